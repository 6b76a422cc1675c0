"""Typed errors and the one handler that renders every error as RFC 9457 problem+json."""

from http import HTTPStatus
from typing import Any

import structlog
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "urn:callvault:problem:"
RETRY_AFTER_SECONDS = 5

log = structlog.get_logger()


class CallvaultError(Exception):
    """Base of every error a service raises on purpose; subclasses set status, slug and title."""

    status: int = 400
    slug: str = "bad-request"
    title: str = "Bad request"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail or self.title)
        self.detail = detail or self.title
        self.extra = extra
        self.headers: dict[str, str] = {}


class NotFound(CallvaultError):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(CallvaultError):
    status, slug, title = 409, "conflict", "Conflict"


class Unauthenticated(CallvaultError):
    status, slug, title = 401, "unauthenticated", "Authentication required"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail, **extra)
        self.headers = {"WWW-Authenticate": "Bearer"}


class Forbidden(CallvaultError):
    status, slug, title = 403, "forbidden", "Forbidden"


class DependencyUnavailable(CallvaultError):
    status, slug, title = 503, "dependency-unavailable", "A dependency is unavailable"

    def __init__(self, dependency: str, detail: str | None = None) -> None:
        super().__init__(detail or f"{dependency} is unavailable; retry later", dependency=dependency)
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}


def problem(
    status: int, slug: str, title: str, detail: str, instance: str, headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail,
            "instance": instance, **extra}
    return JSONResponse(jsonable_encoder(body), status_code=status, headers=headers,
                        media_type=PROBLEM_JSON)


async def _callvault_error(request: Request, exc: CallvaultError) -> JSONResponse:
    return problem(exc.status, exc.slug, exc.title, exc.detail, request.url.path, exc.headers, **exc.extra)


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = [
        {"path": ".".join(str(p) for p in err["loc"]), "message": err["msg"], "type": err["type"]}
        for err in exc.errors()
    ]
    return problem(422, "validation-error", "The request is not valid",
                   "; ".join(f"{e['path']}: {e['message']}" for e in errors), request.url.path,
                   errors=errors)


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    status = HTTPStatus(exc.status_code)
    slug = status.phrase.lower().replace(" ", "-")
    detail = exc.detail if isinstance(exc.detail, str) else status.description
    return problem(exc.status_code, slug, status.phrase, detail, request.url.path,
                   dict(exc.headers or {}))


async def _database_error(request: Request, exc: DBAPIError) -> JSONResponse:
    # A lost or refused connection is an outage (503); anything else from the database is a bug.
    if isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated:
        log.warning("database unavailable", error=str(exc.orig))
        return await _callvault_error(request, DependencyUnavailable("database"))
    return await _unexpected_error(request, exc)


async def _connection_error(request: Request, exc: Exception) -> JSONResponse:
    log.warning("dependency connection failed", error=str(exc))
    return await _callvault_error(request, DependencyUnavailable("a dependency"))


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", path=request.url.path)
    return problem(500, "internal-error", "Internal error",
                   "an unexpected error occurred; it has been logged", request.url.path)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(CallvaultError, _callvault_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_error)
    # Refused connections, connect timeouts and an exhausted pool are outages too, not bugs.
    for outage in (ConnectionError, TimeoutError, PoolTimeout):
        app.add_exception_handler(outage, _connection_error)
    app.add_exception_handler(Exception, _unexpected_error)


def problem_responses(*errors: type[CallvaultError]) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the errors a route can give."""
    return {err.status: {"model": Problem, "description": err.title} for err in errors}


class Problem(BaseModel):
    """RFC 9457 problem details, sent as application/problem+json."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, str]] | None = None

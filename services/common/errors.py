"""Typed errors and the one handler that renders every error as RFC 9457 problem+json."""

import traceback
import typing
from http import HTTPStatus
from typing import Any

import asyncpg
import structlog
from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from prometheus_client import Counter
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

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


class Gone(CallvaultError):
    status, slug, title = 410, "gone", "Gone"


class Unprocessable(CallvaultError):
    status, slug, title = 422, "unprocessable", "The request cannot be carried out"


class Unauthenticated(CallvaultError):
    status, slug, title = 401, "unauthenticated", "Authentication required"

    def __init__(self, detail: str | None = None, **extra: Any) -> None:
        super().__init__(detail, **extra)
        self.headers = {"WWW-Authenticate": "Bearer"}


class Forbidden(CallvaultError):
    status, slug, title = 403, "forbidden", "Forbidden"


# Outages by dependency, counted where they are met (a request's 503, a worker's failed pass).
DEPENDENCY_FAILURES = Counter("callvault_dependency_failures_total",
                              "Failed calls to a dependency, by dependency", ["dependency"])
_DEPENDENCIES = (("key management", "kms"), ("object", "object_storage"), ("database", "database"),
                 ("consent", "consent_service"), ("identity", "identity_provider"))


def dependency_label(dependency: str) -> str:
    """A bounded label for the metric, whatever words name the dependency."""
    return next((label for words, label in _DEPENDENCIES if words in dependency), "other")


class DependencyUnavailable(CallvaultError):
    status, slug, title = 503, "dependency-unavailable", "A dependency is unavailable"

    def __init__(self, dependency: str, detail: str | None = None) -> None:
        super().__init__(detail or f"{dependency} is unavailable; retry later", dependency=dependency)
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
        DEPENDENCY_FAILURES.labels(dependency_label(dependency)).inc()


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
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = _allowed_methods(request)
    return problem(exc.status_code, slug, status.phrase, detail, request.url.path, headers)


def _allowed_methods(request: Request) -> str:
    """Every method any route serves at this path: Starlette names only those of the first route that
    matched the path, which is wrong when two routes share it (GET and POST /v1/calls)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if isinstance(route, APIRoute) and route.path_regex.match(request.url.path):
            methods |= route.methods or set()
    return ", ".join(sorted(methods))


async def _database_error(request: Request, exc: DBAPIError) -> JSONResponse:
    # A value from the request that the driver cannot send (an integer past 64 bits, a year past 9999) is the
    # request's fault, though it reaches here as the database's error; a lost or refused connection is an
    # outage (503); anything else from the database is a bug.
    if _unsendable_argument(exc):
        return problem(422, "validation-error", "The request is not valid",
                       "a value in the request is out of the range callvault stores", request.url.path)
    if isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated:
        log.warning("database unavailable", error=str(exc.orig))
        return await _callvault_error(request, DependencyUnavailable("database"))
    return await _unexpected_error(request, exc)


def _unsendable_argument(exc: BaseException) -> bool:
    """asyncpg's refusal to encode a query argument past its type's range ("invalid input for query argument $1:
    ... (value out of int64 range)"): a DataError raised from the encoder's OverflowError, never sent to the
    server. Only that: a ValueError there (a malformed id callvault built) is a bug of callvault's, and the
    server's own data errors stay so too."""
    seen: BaseException | None = exc
    for _ in range(5):  # SQLAlchemy's wrappers, then the driver's error
        if seen is None:
            return False
        if isinstance(seen, asyncpg.DataError | asyncpg.InterfaceError) and isinstance(seen.__cause__, OverflowError):
            log.info("a request's value out of the database's range", error=str(seen))
            return True
        seen = seen.__cause__ or seen.__context__
    return False


async def _connection_error(request: Request, exc: Exception) -> JSONResponse:
    dependency = _failed_dependency(exc)
    log.warning("dependency connection failed", dependency=dependency, error=str(exc) or type(exc).__name__)
    return await _callvault_error(request, DependencyUnavailable(dependency))


_DATABASE_MODULES = frozenset({"asyncpg", "sqlalchemy", "sqlmodel"})


def _failed_dependency(exc: Exception) -> str:
    """Which dependency a bare connection error came from: a refused or timed-out connect surfaces as
    a plain OSError or TimeoutError, so the frames it was raised through say whose it was."""
    if isinstance(exc, PoolTimeout | asyncpg.PostgresConnectionError | asyncpg.CannotConnectNowError
                  | asyncpg.TooManyConnectionsError):
        return "database"
    modules = {frame.f_globals.get("__name__", "").partition(".")[0]
               for frame, _ in traceback.walk_tb(exc.__traceback__)}
    return "database" if modules & _DATABASE_MODULES else "a dependency"


async def _unexpected_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", path=request.url.path)
    return problem(500, "internal-error", "Internal error",
                   "an unexpected error occurred; it has been logged", request.url.path)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(CallvaultError, _callvault_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(DBAPIError, _database_error)
    # Refused connections, connect timeouts and an exhausted pool are outages too, not bugs (the
    # asyncpg ones reach here from the plain driver pools of hot reads).
    for outage in (ConnectionError, TimeoutError, PoolTimeout, asyncpg.PostgresConnectionError,
                   asyncpg.CannotConnectNowError, asyncpg.TooManyConnectionsError):
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


class UnknownQueryParameter(CallvaultError):
    status, slug, title = 422, "unknown-query-parameter", "The request has a query parameter this route does not take"


_QUERY_PARAMS: dict[int, dict[str, bool]] = {}


async def reject_unknown_query_parameters(request: Request) -> None:
    """A misspelt filter (`?provder=x`) must not silently widen a listing, and `?a=1&a=2` for a
    single-valued parameter must not silently keep one: refuse both."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute) or not request.query_params:
        return
    params = _QUERY_PARAMS.get(id(route))
    if params is None:
        params = _QUERY_PARAMS[id(route)] = _query_params(route.dependant)
    unknown = sorted(set(request.query_params) - set(params))
    if unknown:
        raise UnknownQueryParameter(f"unknown query parameter(s): {', '.join(unknown)}; this route takes "
                                    f"{', '.join(sorted(params)) or 'none'}")
    repeated = sorted(n for n, many in params.items() if not many and len(request.query_params.getlist(n)) > 1)
    if repeated:
        raise UnknownQueryParameter(f"query parameter(s) given more than once: {', '.join(repeated)}")


def _query_params(dependant: Any) -> dict[str, bool]:
    """Name -> whether it takes several values, over the route and its dependencies."""
    params = {}
    for param in dependant.query_params:
        types = typing.get_args(param.field_info.annotation) or (param.field_info.annotation,)
        params[param.alias] = any(typing.get_origin(t) in (list, set, tuple) for t in (param.field_info.annotation,
                                                                                       *types))
    for sub in dependant.dependencies:
        params |= _query_params(sub)
    return params


async def handled(scope: dict, exc: Exception) -> Response:
    """The answer the app's own exception handlers give, for a request answered before routing
    (a hot path), as a routed request's would be; re-raises what no handler takes."""
    handlers = scope["app"].exception_handlers
    handler = next((handlers[cls] for cls in type(exc).__mro__ if cls in handlers), None)
    if handler is None:
        raise exc
    return await handler(Request(scope), exc)

"""The compliance console at `/console`: server-rendered pages (Jinja2) with htmx for the parts that
change in place, every file shipped in the package. It is a client of the gateway's public API."""

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.requests import Request
from starlette.responses import Response

from services.common.settings import Settings
from services.gateway.console import calls, compliance, routes, settings, single_sign_on
from services.gateway.console.api import ApiError, ConsoleApi
from services.gateway.console.pages import SignInRequired, problem_page, sign_in_redirect
from services.gateway.console.session import Sessions

ROUTERS = [routes.router, single_sign_on.router, calls.router, compliance.router, settings.router]


def start(app: FastAPI, config: Settings) -> None:
    app.state.console_sessions = Sessions(config.secret("master_key"), config.public_base_url)
    app.state.console_api = ConsoleApi(app)


async def stop(app: FastAPI) -> None:
    await app.state.console_api.aclose()


def install(app: FastAPI) -> None:
    async def signed_out(request: Request, exc: Exception) -> Response:
        return sign_in_redirect(request)

    async def refused(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return problem_page(request, exc)

    api_invalid = app.exception_handlers[RequestValidationError]

    async def invalid(request: Request, exc: Exception) -> Response:
        """A console form or link the browser's own checks let through: a page that says what is wrong
        (the API's paths keep their problem documents)."""
        assert isinstance(exc, RequestValidationError)
        if not request.url.path.startswith("/console"):
            return await api_invalid(request, exc)
        fields = "; ".join(f"{error['loc'][-1]}: {error['msg']}" for error in exc.errors())
        return problem_page(request, ApiError(422, "Check what you entered", fields))

    app.add_exception_handler(SignInRequired, signed_out)
    app.add_exception_handler(ApiError, refused)
    app.add_exception_handler(RequestValidationError, invalid)

"""What every console page shares: the templates, the headers that lock a page down, the signed-in
session and the CSRF check of a state change."""

import importlib.resources
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.templating import Jinja2Templates
from starlette.responses import HTMLResponse, RedirectResponse, Response

from services.common.permissions import roles_for
from services.gateway.console.api import ApiError
from services.gateway.console.deps import ConsoleSessionsDep
from services.gateway.console.session import Session, same_origin

PACKAGE = importlib.resources.files("services.gateway.console")
STATIC = PACKAGE / "static"
STATIC_URL = "/console/static"
templates = Jinja2Templates(directory=str(PACKAGE / "templates"))

# Nothing but the console's own files: no inline script or style, no other origin, no framing.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                           "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = {"content-security-policy": CONTENT_SECURITY_POLICY, "x-content-type-options": "nosniff",
                    "referrer-policy": "same-origin", "cache-control": "no-store",
                    "cross-origin-opener-policy": "same-origin", "x-frame-options": "DENY"}


class SignInRequired(Exception):
    """No session, or an expired one: the page sends the browser to the sign-in page."""


def _when(value: str | None) -> str:
    """An API timestamp as a person reads it (UTC, to the second)."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return value


templates.env.filters["when"] = _when
templates.env.tests["refused"] = lambda answer: isinstance(answer, ApiError)  # a part the roles may not see


async def _page(request: Request, sessions: ConsoleSessionsDep) -> None:
    """What `render` needs of the app, kept on the request: an error page is rendered by an exception
    handler, which takes no dependencies. The CSRF token of the session cookie, if there is one."""
    cookie = request.cookies.get(sessions.cookie_names(request)[0])
    request.state.console_csrf = sessions.csrf_token(cookie) if cookie else ""


def console_router() -> APIRouter:
    """A router of console pages, each of which `render` can draw."""
    return APIRouter(prefix="/console", include_in_schema=False, dependencies=[Depends(_page)])


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    session = getattr(request.state, "console_session", None)
    context = {"session": session, "csrf": getattr(request.state, "console_csrf", ""),
               "may": (lambda method, path: _may(session, method, path)), "static": STATIC_URL, **context}
    response = templates.TemplateResponse(request, template, context, status_code=status_code)
    response.headers.update(SECURITY_HEADERS)
    return response


def _may(session: Session | None, method: str, path: str) -> bool:
    """Whether the permission table lets one of the session's roles call the route: what is shown."""
    return session is not None and bool(roles_for(method, path) & session.roles)


def redirect(url: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    response.headers.update(SECURITY_HEADERS)
    return response


def sign_in_redirect(request: Request) -> RedirectResponse:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return redirect(f"/console/sign-in?next={quote(target, safe='')}")


async def _session(request: Request, sessions: ConsoleSessionsDep) -> Session:
    session = sessions.open(request.cookies.get(sessions.cookie_names(request)[0]))
    if session is None:
        raise SignInRequired()
    request.state.console_session = session
    return session


async def _checked_session(request: Request, session: Annotated[Session, Depends(_session)],
                           sessions: ConsoleSessionsDep,
                           csrf: Annotated[str | None, Form(max_length=128)] = None) -> Session:
    """A state change: from this origin, with the session's CSRF token (a form field, or the header
    htmx sends)."""
    token = csrf or request.headers.get("x-csrf-token")
    cookie = request.cookies.get(sessions.cookie_names(request)[0])
    if not same_origin(request) or not sessions.csrf_valid(cookie, token):
        raise ApiError(403, "Refused", "the form's security token did not match; reload the page and try again")
    return session


SessionDep = Annotated[Session, Depends(_session)]
CheckedSessionDep = Annotated[Session, Depends(_checked_session)]


def problem_page(request: Request, error: ApiError) -> Response:
    if error.status == 401:  # the key was revoked or expired since sign-in
        return sign_in_redirect(request)
    return render(request, "error.html", status_code=error.status if error.status < 500 else 502, error=error)

"""The console's door and first page: sign-in with an API key, sign-out, the last 24 hours."""

import secrets
import time
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Form, Query, Request
from starlette.responses import Response

from services.common.deps import EngineDep
from services.common.errors import CallvaultError
from services.gateway.authentication import authenticate
from services.gateway.console.api import ApiError
from services.gateway.console.deps import ConsoleApiDep, ConsoleSessionsDep
from services.gateway.console.pages import (
    SECURITY_HEADERS,
    CheckedSessionDep,
    SessionDep,
    console_router,
    redirect,
    render,
)
from services.gateway.console.session import (
    PRE_SESSION_SECONDS,
    SESSION_SECONDS,
    Session,
    Sessions,
    on_loopback,
    same_origin,
)
from services.gateway.deps import AuthDep
from services.gateway.telephony.schemas import PROVIDERS

router = console_router()
DAY_CALLS = 50  # the first page reads each one's decision: a sample, said as such when there are more


def safe_next(target: str | None) -> str:
    """Only a console page of this origin: never an open redirect."""
    if target and target.startswith("/console") and not target.startswith("//") and "\\" not in target:
        return target
    return "/console"


@router.get("/sign-in")
async def sign_in_page(request: Request, sessions: ConsoleSessionsDep,
                       next: Annotated[str | None, Query(max_length=2000)] = None) -> Response:
    return sign_in_form(request, sessions, next)


def sign_in_form(request: Request, sessions: Sessions, next: str | None, status: int = 200,
                 error: str | None = None) -> Response:
    """The form, its token bound to a short-lived cookie of its own (no session exists yet)."""
    pre = secrets.token_urlsafe(32)
    response = render(request, "sign_in.html", status_code=status, next=safe_next(next), error=error,
                      insecure=not _may_sign_in(request, sessions), sign_in_csrf=sessions.csrf_token(pre))
    sessions.set_cookie(request, response, sessions.cookie_names(request)[1], pre, PRE_SESSION_SECONDS)
    return response


def _may_sign_in(request: Request, sessions: Sessions) -> bool:
    """A credential typed into a page served over plain http could be read on the way: only https,
    or a loopback address (a laptop running `callvault up`)."""
    return sessions.served_securely(request) or on_loopback(request)


@router.post("/sign-in")
async def sign_in(request: Request, api_key: Annotated[str, Form(min_length=1, max_length=512)],
                  csrf: Annotated[str, Form(max_length=128)], sessions: ConsoleSessionsDep, engine: EngineDep,
                  auth: AuthDep, next: Annotated[str, Form(max_length=2000)] = "") -> Response:
    session_cookie, pre_cookie = sessions.cookie_names(request)
    if not _may_sign_in(request, sessions):
        return sign_in_form(request, sessions, next, 400, "Serve the console over https: over plain http an API key "
                                                           "could be read on its way. Plain http is accepted on "
                                                           "loopback only.")
    if not same_origin(request) or not sessions.csrf_valid(request.cookies.get(pre_cookie), csrf):
        return sign_in_form(request, sessions, next, 403, "The sign-in form expired. Try again.")
    try:
        principal, _ = await authenticate(engine, auth, api_key.strip())
    except CallvaultError as exc:
        return sign_in_form(request, sessions, next, exc.status, exc.detail)
    secret = api_key.strip()
    session = Session(credential=secret, tenant_id=str(principal.tenant_id), subject=principal.subject,
                      roles=frozenset(principal.roles), label=f"key {secret[:12]}…",
                      expires_at=int(time.time()) + SESSION_SECONDS)
    response = redirect(safe_next(next))
    sessions.set_cookie(request, response, session_cookie, sessions.seal(session), SESSION_SECONDS)
    response.delete_cookie(pre_cookie, path="/", secure=sessions.served_securely(request), httponly=True,
                           samesite="strict")
    return response


@router.post("/sign-out")
async def sign_out(request: Request, session: CheckedSessionDep, sessions: ConsoleSessionsDep) -> Response:
    response = redirect("/console/sign-in")
    response.delete_cookie(sessions.cookie_names(request)[0], path="/", secure=sessions.served_securely(request),
                           httponly=True, samesite="strict")
    response.headers["clear-site-data"] = '"cache", "cookies"'
    return response


@router.get("")
async def home(request: Request, session: SessionDep, console: ConsoleApiDep) -> Response:
    """What to do next, and the last 24 hours."""
    since = (datetime.now(UTC) - timedelta(hours=24)).isoformat()
    week = (datetime.now(UTC) + timedelta(days=7)).isoformat()
    answers = await console.get_many(
        request, session, calls=f"/v1/calls?started_after={_q(since)}&limit={DAY_CALLS}",
        transcripts=f"/v1/transcripts?created_after={_q(since)}&limit=200",
        requests=f"/v1/privacy-requests?due_before={_q(week)}&limit=100",
        endpoints="/v1/webhook-endpoints", announcements="/v1/announcements",
        **{p: f"/v1/telephony/{p}" for p in PROVIDERS})
    calls = None if isinstance(answers["calls"], ApiError) else answers["calls"]["items"]
    decisions = await console.get_many(request, session, **{c["id"]: f"/v1/calls/{c['id']}/decision"
                                                            for c in calls or []})
    return render(request, "home.html", calls=calls, outcomes=_outcomes(decisions.values()), answers=answers,
                  providers=[p for p in PROVIDERS if not isinstance(answers[p], ApiError)],
                  refused=None if isinstance(answers["transcripts"], ApiError) else
                  sum(t["removed_segments"] for t in answers["transcripts"]["items"]),
                  more_calls=calls is not None and answers["calls"]["next_cursor"] is not None)


def _outcomes(decisions) -> dict[str, int]:
    """The calls' decisions by what they allow now: recorded and transcribed, recorded only, neither."""
    counts = {"record and transcribe": 0, "record only": 0, "neither": 0}
    for d in decisions:
        if not isinstance(d, ApiError):
            key = "neither" if not d["may_record"] else "record and transcribe" if d["may_transcribe"] else \
                "record only"
            counts[key] += 1
    return counts


def _q(value: str) -> str:
    return value.replace("+", "%2B").replace(":", "%3A")


@router.get("/static/{name}")
async def static(name: str) -> Response:
    """The console's own files (shipped in the package): htmx, the style sheet, one small script."""
    from services.gateway.console.pages import STATIC

    kinds = {".js": "text/javascript", ".css": "text/css", ".txt": "text/plain"}
    kind = next((kinds[s] for s in kinds if name.endswith(s)), None)
    asset = STATIC / name
    if kind is None or "/" in name or not asset.is_file():
        return Response("not found", status_code=404, media_type="text/plain")
    return Response(asset.read_bytes(), media_type=kind,
                    headers={**SECURITY_HEADERS, "cache-control": "public, max-age=3600"})

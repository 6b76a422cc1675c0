"""Sign-in to the console through the tenant's own identity provider: OpenID Connect's authorization
code flow with PKCE (RFC 7636, S256), against the issuer the tenant configured
(`PUT /v1/tenants/{id}/oidc`), its `audience` as the console's client id; where the tenant stored a
client secret, the console authenticates at the token endpoint with it (HTTP Basic, OpenID Connect
Core 9 `client_secret_basic`) as a confidential client, else it is a public client (PKCE alone).

The flow's secrets (PKCE verifier, state, nonce) travel sealed in a short-lived cookie of their
own, SameSite=Lax: the provider's redirect back is a cross-site navigation, which a Strict cookie
would not come back on. The ID token the provider returns is checked by the gateway's own OIDC
verifier (signature against the issuer's JWKS, issuer, audience, expiry, the role map) and for the
nonce; it then is the session's credential, so the API sees the person as any OIDC caller.
"""

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Annotated
from urllib.parse import quote_plus, urlencode

import httpx
import jwt
from fastapi import Form, Query, Request
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.responses import HTMLResponse, Response

from services.common.crypto.fields import FieldCrypto
from services.common.deps import CryptoDep, EngineDep, SettingsDep
from services.common.errors import CallvaultError
from services.common.settings import Settings
from services.gateway import service
from services.gateway.authentication import authenticate
from services.gateway.clients import identity_providers
from services.gateway.clients.identity_providers import ProviderUnusable, SignIns
from services.gateway.console.deps import ConsoleSessionsDep
from services.gateway.console.pages import SECURITY_HEADERS, console_router, render
from services.gateway.console.routes import safe_next, sign_in_form
from services.gateway.console.session import SESSION_SECONDS, Session, Sessions, same_origin
from services.gateway.deps import AuthDep, SignInsDep

router = console_router()
FLOW_SECONDS = 600
MAX_COOKIE = 3800  # browsers keep cookies up to 4096 bytes, name and attributes included
FLOW_COOKIE = "callvault-console-sign-in-flow"
CALLBACK = "/console/sign-in/oidc/callback"
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _redirect_uri(request: Request, settings: Settings) -> str:
    base = settings.public_base_url or f"{request.url.scheme}://{request.url.netloc}"
    return base.rstrip("/") + CALLBACK


@router.post("/sign-in/oidc")
async def start(request: Request, organization: Annotated[str, Form(min_length=1, max_length=63)],
                csrf: Annotated[str, Form(max_length=128)], sessions: ConsoleSessionsDep, engine: EngineDep,
                sign_ins: SignInsDep, settings: SettingsDep,
                next: Annotated[str, Form(max_length=2000)] = "") -> Response:
    """To the organization's identity provider, with a PKCE challenge, a state and a nonce."""
    pre_cookie = request.cookies.get(sessions.cookie_names(request)[1])
    if not same_origin(request) or not sessions.csrf_valid(pre_cookie, csrf):
        return sign_in_form(request, sessions, next, 403, "The sign-in form expired. Try again.")
    provider = await service.sign_in_provider(engine, organization.strip().lower())
    if provider is None:
        return sign_in_form(request, sessions, next, 404, "That organization has no identity provider configured.")
    try:
        endpoints = await sign_ins.endpoints(str(provider.tenant_id), provider.issuer,
                                             loopback_allowed=identity_providers.loopback_allowed(settings))
        authorize = endpoints.authorization
    except ProviderUnusable as exc:
        return sign_in_form(request, sessions, next, 502, f"The identity provider cannot be used: {exc}.")
    verifier, flow_state, nonce = secrets.token_urlsafe(64), secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    query = urlencode({"response_type": "code", "client_id": provider.audience,
                       "redirect_uri": _redirect_uri(request, settings), "scope": "openid profile", "state": flow_state,
                       "nonce": nonce,
                       "code_challenge": _b64(hashlib.sha256(verifier.encode()).digest()),
                       "code_challenge_method": "S256"})
    # A page that moves on by itself rather than a redirect: the policy's `form-action 'self'` also
    # covers where a form's answer redirects to.
    response = render(request, "moving_on.html", target=f"{authorize}{'&' if '?' in authorize else '?'}{query}",
                      heading="Taking you to your identity provider")
    flow = {"v": verifier, "s": flow_state, "n": nonce, "i": provider.issuer, "a": provider.audience,
            "o": organization.strip().lower(), "x": safe_next(next), "e": int(time.time()) + FLOW_SECONDS}
    response.set_cookie(FLOW_COOKIE, sessions.seal_value(flow), max_age=FLOW_SECONDS, path=CALLBACK,
                        secure=sessions.served_securely(request), httponly=True, samesite="lax")
    return response


@router.get("/sign-in/oidc/callback")
async def callback(request: Request, sessions: ConsoleSessionsDep, engine: EngineDep, auth: AuthDep,
                   crypto: CryptoDep, sign_ins: SignInsDep, settings: SettingsDep,
                   code: Annotated[str | None, Query(max_length=4000)] = None,
                   state: Annotated[str | None, Query(max_length=200)] = None,
                   error: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    """The provider sends the browser back with a code: exchanged (with the PKCE verifier) for an ID
    token, which becomes the session."""
    flow = sessions.open_value(request.cookies.get(FLOW_COOKIE))
    if flow is None or flow["e"] <= time.time():
        return sign_in_form(request, sessions, None, 400, "The sign-in took too long or started elsewhere. Try again.")
    if error or not code or not state or not hmac.compare_digest(state, flow["s"]):
        return sign_in_form(request, sessions, flow["x"], 400,
                            f"The identity provider did not sign you in ({error or 'no code'}).")
    try:
        token = await _exchange(Exchange(sign_ins, engine, crypto, _redirect_uri(request, settings),
                                         identity_providers.loopback_allowed(settings)), flow, code)
        principal, _ = await authenticate(engine, auth, token)
        claims = jwt.decode(token, options={"verify_signature": False})  # verified just above
    except ProviderUnusable as exc:
        return sign_in_form(request, sessions, flow["x"], 502, f"The identity provider cannot be used: {exc}.")
    except CallvaultError as exc:
        return sign_in_form(request, sessions, flow["x"], exc.status, exc.detail)
    if claims.get("iss") != flow["i"] or not hmac.compare_digest(str(claims.get("nonce", "")), flow["n"]):
        return sign_in_form(request, sessions, flow["x"], 400,
                            "The identity provider's answer was not for this sign-in.")
    name = str(claims.get("name") or claims.get("preferred_username") or claims["sub"])[:100]
    session = Session(credential=token, tenant_id=str(principal.tenant_id), subject=principal.subject,
                      roles=frozenset(principal.roles), label=name,
                      expires_at=min(int(claims["exp"]), int(time.time()) + SESSION_SECONDS))
    sealed = sessions.seal(session)
    if len(sealed) > MAX_COOKIE:  # a browser would drop it without a word, and the sign-in would loop
        return sign_in_form(request, sessions, flow["x"], 400, "The identity provider's ID token is too large to "
                                                               "keep in a cookie: ask its administrator to send "
                                                               "fewer groups in it.")
    return _signed_in(request, sessions, sealed, session.expires_at - int(time.time()), flow["x"])


@dataclass(frozen=True)
class Exchange:
    """What exchanging a code for an ID token needs, from the route's dependencies."""

    sign_ins: SignIns
    engine: AsyncEngine
    crypto: FieldCrypto
    redirect_uri: str
    loopback_allowed: bool


async def _exchange(using: Exchange, flow: dict, code: str) -> str:
    # Read again, not carried in the flow's cookie: the secret never leaves the server. Before any call: a flow
    # for an issuer the organization no longer has calls nothing.
    provider = await service.sign_in_provider(using.engine, flow.get("o", ""))
    if provider is None or provider.issuer != flow["i"]:
        raise ProviderUnusable("the organization's identity provider changed during the sign-in")
    endpoints = await using.sign_ins.endpoints(str(provider.tenant_id), flow["i"],
                                               loopback_allowed=using.loopback_allowed)
    secret = service.oidc_client_secret(using.crypto, provider)
    # RFC 6749 2.3.1: the client id and secret form-urlencoded, then joined for HTTP Basic.
    auth = httpx.BasicAuth(quote_plus(flow["a"]), quote_plus(secret)) if secret is not None else None
    return await using.sign_ins.exchange_code(str(provider.tenant_id), endpoints, auth, {
        "grant_type": "authorization_code", "code": code, "redirect_uri": using.redirect_uri,
        "client_id": flow["a"], "code_verifier": flow["v"]})


def _signed_in(request: Request, sessions: Sessions, sealed: str, max_age: int, target: str) -> Response:
    """A page that moves on to the console by itself: the session cookie is SameSite=Strict, and a
    redirect within the provider's cross-site navigation would not carry it back."""
    response: HTMLResponse = render(request, "moving_on.html", target=target, heading="Signed in")
    sessions.set_cookie(request, response, sessions.cookie_names(request)[0], sealed, max_age)
    response.delete_cookie(FLOW_COOKIE, path=CALLBACK, secure=sessions.served_securely(request), httponly=True,
                           samesite="lax")
    response.headers.update(SECURITY_HEADERS)
    return response

"""The console's session: the credential a person signed in with, sealed into a cookie only the gateway
can open, and the CSRF token bound to it.

Sealed (AES-256-GCM under a key derived from the master key), not stored: any gateway replica opens
it, and there is no session table to keep. The cookie is HttpOnly (no script reads the key),
SameSite=Strict, `__Host-` prefixed and Secure over https; over plain http only a loopback address is
served (`callvault up` on a laptop), where browsers already treat the origin as secure; behind a
proxy that terminates TLS, `CALLVAULT_PUBLIC_BASE_URL=https://...` says the browser's side is https. It expires
after `SESSION_SECONDS` whatever the browser does, and every page's API call checks the credential
again, so a revoked key ends the session at once.

CSRF: each state change carries a token that is an HMAC of the session cookie (OWASP's signed
double-submit), and must come from the console's own origin; the sign-in form, before a session,
binds its token to a short-lived cookie of its own.
"""

import base64
import hashlib
import hmac
import ipaddress
import json
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from starlette.requests import Request
from starlette.responses import Response

SESSION_SECONDS = 8 * 3600  # a working day: then sign in again
PRE_SESSION_SECONDS = 600  # the sign-in form's own token
SECURE_COOKIE, LOOPBACK_COOKIE = "__Host-callvault-console", "callvault-console"
SECURE_PRE_COOKIE, LOOPBACK_PRE_COOKIE = "__Host-callvault-sign-in", "callvault-sign-in"
_AAD = b"callvault/console-session/v1"
_NONCE = 12


@dataclass(frozen=True)
class Session:
    credential: str  # the API key (or an identity provider's token) every API call is made with
    tenant_id: str
    subject: str
    roles: frozenset[str]
    label: str  # what the header shows: the key's prefix or the person's name
    expires_at: int

    def may(self, *roles: str) -> bool:
        return bool(self.roles & set(roles))


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"callvault/console/" + purpose).derive(master)


class Sessions:
    """Sessions sealed into cookies, the cookies named and set for how the browser reaches the
    console, and the CSRF tokens bound to them."""

    def __init__(self, master_key_b64: str, public_base_url: str | None) -> None:
        master = base64.b64decode(master_key_b64)
        self._seal = AESGCM(_derive(master, b"seal"))
        self._csrf = _derive(master, b"csrf")
        self._public_https = (public_base_url or "").startswith("https://")

    def seal(self, session: Session) -> str:
        return self.seal_value({"c": session.credential, "t": session.tenant_id, "s": session.subject,
                                "r": sorted(session.roles), "l": session.label, "e": session.expires_at})

    def open(self, sealed: str | None) -> Session | None:
        """The session in a cookie, or None when there is none, it was tampered with or it expired."""
        fields = self.open_value(sealed)
        if fields is None or fields["e"] <= time.time():
            return None
        return Session(fields["c"], fields["t"], fields["s"], frozenset(fields["r"]), fields["l"], fields["e"])

    def seal_value(self, value: dict) -> str:
        nonce = os.urandom(_NONCE)
        body = json.dumps(value).encode()
        return base64.urlsafe_b64encode(nonce + self._seal.encrypt(nonce, body, _AAD)).decode().rstrip("=")

    def open_value(self, sealed: str | None) -> dict | None:
        """What `seal_value` sealed, or None when it is missing or was tampered with."""
        if not sealed or len(sealed) > 8192:
            return None
        try:
            blob = base64.urlsafe_b64decode(sealed + "=" * (-len(sealed) % 4))
            return json.loads(self._seal.decrypt(blob[:_NONCE], blob[_NONCE:], _AAD))
        except (ValueError, InvalidTag):
            return None

    def csrf_token(self, cookie_value: str) -> str:
        return hmac.new(self._csrf, cookie_value.encode(), hashlib.sha256).hexdigest()

    def csrf_valid(self, cookie_value: str | None, token: str | None) -> bool:
        return bool(cookie_value and token) and hmac.compare_digest(self.csrf_token(cookie_value), token)

    def served_securely(self, request: Request) -> bool:
        """https to the browser: this hop's own scheme, or the public address the operator configured (a
        proxy in front terminates TLS and talks plain http to the gateway)."""
        return request.url.scheme == "https" or self._public_https

    def cookie_names(self, request: Request) -> tuple[str, str]:
        """(session cookie, sign-in cookie): `__Host-` ones over https, plain ones on a loopback http."""
        if self.served_securely(request):
            return SECURE_COOKIE, SECURE_PRE_COOKIE
        return LOOPBACK_COOKIE, LOOPBACK_PRE_COOKIE

    def set_cookie(self, request: Request, response: Response, name: str, value: str, max_age: int) -> None:
        response.set_cookie(name, value, max_age=max_age, path="/", secure=self.served_securely(request),
                            httponly=True, samesite="strict")


def on_loopback(request: Request) -> bool:
    host = (request.url.hostname or "").strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def same_origin(request: Request) -> bool:
    """A state change must come from a page of this origin: browsers send Origin on every POST
    (and Sec-Fetch-Site), which a page elsewhere cannot forge."""
    origin = request.headers.get("origin")
    if origin not in (None, "null"):
        return origin == f"{request.url.scheme}://{request.url.netloc}"
    return request.headers.get("sec-fetch-site") == "same-origin"

"""Internal authentication: the gateway signs a short-lived token per request, services verify it.

EdDSA (Ed25519) rather than a shared HMAC secret: services hold only the public key, so none of
them can mint a token that another service would accept.
"""

import time
from dataclasses import dataclass, field
from enum import StrEnum
from uuid import UUID

import jwt
import structlog
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Request
from starlette.types import Scope

from services.common.errors import Unauthenticated

ISSUER = "callvault-gateway"
# A token for a service also names the services it asks on the caller's behalf (transcripts asks
# recording consent for decisions): it forwards the caller's token, which the other service checks
# against its own permission table, so a service can never do more than the caller could.
ONWARD: dict[str, tuple[str, ...]] = {"transcripts": ("recording_consent",)}
ALGORITHM = "EdDSA"
# The subjects the gateway acts as itself ("gateway:telephony"); a caller's subject is always
# "api-key:", "agent:" or "oidc:" and something.
GATEWAY_SUBJECT = "gateway:"
CLOCK_SKEW_SECONDS = 5


class Role(StrEnum):
    platform_admin = "platform_admin"
    tenant_admin = "tenant_admin"
    compliance_officer = "compliance_officer"
    supervisor = "supervisor"
    agent = "agent"
    auditor = "auditor"
    telephony = "telephony"


@dataclass(frozen=True)
class Principal:
    tenant_id: UUID
    subject: str
    roles: frozenset[str] = field(default_factory=frozenset)
    # Set for a softphone token: the caller is this agent (the agent participant's external id) and
    # may act only on the calls it is on.
    agent_id: str | None = None
    # The tenant's data region: where its objects are stored (None: the default bucket).
    data_region: str | None = None

    @property
    def is_gateway(self) -> bool:
        return self.subject.startswith(GATEWAY_SUBJECT)


def generate_keypair() -> tuple[str, str]:
    """A fresh Ed25519 key pair as (private PEM, public PEM)."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    public = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()
    return private, public


def public_key_of(private_pem: str) -> str:
    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    return key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def sign_internal_token(private_pem: str | Ed25519PrivateKey, principal: Principal, audience: str,
                        ttl_seconds: int) -> str:
    now = int(time.time())
    claims = {
        "iss": ISSUER,
        "aud": [audience, *ONWARD[audience]] if audience in ONWARD else audience,
        "sub": principal.subject,
        "tenant": str(principal.tenant_id),
        "roles": sorted(principal.roles),
        **({"agent": principal.agent_id} if principal.agent_id is not None else {}),
        **({"region": principal.data_region} if principal.data_region is not None else {}),
        "iat": now,
        "exp": now + ttl_seconds,
    }
    return jwt.encode(claims, private_pem, algorithm=ALGORITHM)


class InternalTokenSigner:
    """The gateway's signer: one token per caller and service, reused for the first half of its
    life. A token carries who, not which request (the request id travels as `x-request-id`), so
    reusing it lets each service check a signature once per caller instead of once per request."""

    def __init__(self, private_pem: str, ttl_seconds: int, size: int = 10_000) -> None:
        self._key = serialization.load_pem_private_key(private_pem.encode(), password=None)
        self.ttl_seconds, self.size = ttl_seconds, size
        self._tokens: dict[tuple[Principal, str], tuple[str, float]] = {}

    def token(self, principal: Principal, audience: str) -> str:
        now = time.time()
        cached = self._tokens.get((principal, audience))
        if cached is not None and cached[1] > now:
            return cached[0]
        if len(self._tokens) >= self.size:
            self._tokens.clear()
        token = sign_internal_token(self._key, principal, audience, self.ttl_seconds)
        self._tokens[(principal, audience)] = (token, now + self.ttl_seconds / 2)
        return token


def verify_internal_token(public_pem: str, token: str, audience: str) -> Principal:
    try:
        claims = jwt.decode(
            token, public_pem, algorithms=[ALGORITHM], audience=audience, issuer=ISSUER,
            leeway=CLOCK_SKEW_SECONDS, options={"require": ["exp", "iat", "aud", "iss", "sub"]},
        )
        return Principal(
            tenant_id=UUID(claims["tenant"]), subject=claims["sub"],
            roles=frozenset(claims.get("roles", [])), agent_id=claims.get("agent"), data_region=claims.get("region"),
        )
    except jwt.ExpiredSignatureError as exc:
        raise Unauthenticated("internal token expired") from exc
    except jwt.InvalidAudienceError as exc:
        raise Unauthenticated("internal token is for another service") from exc
    except (jwt.InvalidTokenError, KeyError, ValueError) as exc:
        raise Unauthenticated("internal token is not valid") from exc


def bearer_token(request: Request) -> str | None:
    return _bearer(request.headers.get("authorization", ""))


def bearer_token_from_scope(scope: Scope) -> str | None:
    """The same, straight from an ASGI scope (for hot paths that answer before routing)."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            return _bearer(value.decode("latin-1"))
    return None


def _bearer(authorization: str) -> str | None:
    scheme, _, token = authorization.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


class VerifiedTokens:
    """Tokens already verified, until they expire: a signature is checked once, not on every
    request that carries the same token. Bounded; a full cache starts over."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self._entries: dict[str, tuple[Principal, float]] = {}

    def get(self, token: str) -> Principal | None:
        entry = self._entries.get(token)
        if entry is None or entry[1] <= time.time():
            return None
        return entry[0]

    def put(self, token: str, principal: Principal, expires: float) -> None:
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[token] = (principal, expires)


async def internal_principal(request: Request) -> Principal:
    """The caller as the gateway vouched for it; refused with 401 without a valid internal token."""
    token = bearer_token(request)
    if token is None:
        raise Unauthenticated("internal token missing: services are reached through the gateway")
    state = request.app.state
    cache: VerifiedTokens = state.verified_tokens
    principal = cache.get(token)
    if principal is None:
        principal = verify_internal_token(state.verify_key, token, state.service_name)
        cache.put(token, principal, jwt.decode(token, options={"verify_signature": False})["exp"])
    request.state.principal = principal
    structlog.contextvars.bind_contextvars(tenant_id=str(principal.tenant_id))
    return principal

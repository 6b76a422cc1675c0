"""Softphone tokens: what an agent's softphone holds instead of an API key.

Minted by a tenant's own back end (`POST /v1/agent-tokens`) for one agent, for minutes, and good
for reading that agent's calls' decisions and streams and posting consent events on them; nothing
else. A JWT the gateway signs with its Ed25519 key and alone verifies: its audience is not a
service's, so no service would take one for an internal token.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID, uuid4

import jwt
from cryptography.hazmat.primitives import serialization

from services.common.auth import ALGORITHM, CLOCK_SKEW_SECONDS, ISSUER
from services.gateway.errors import InvalidApiKey

AUDIENCE = "callvault-softphone"


@dataclass(frozen=True)
class SoftphoneClaims:
    tenant_id: UUID
    agent_id: str


def looks_like_token(secret: str) -> bool:
    """A JWT (three dot-separated parts); API keys have no dots."""
    return secret.count(".") == 2


def unverified_issuer(token: str) -> str:
    """Who says it issued the token (not yet checked): which verifier to hand it to."""
    try:
        issuer = jwt.decode(token, options={"verify_signature": False}).get("iss")
    except jwt.InvalidTokenError as exc:
        raise InvalidApiKey("the token is not valid") from exc
    if not isinstance(issuer, str):
        raise InvalidApiKey("the token names no issuer")
    return issuer


class SoftphoneTokens:
    def __init__(self, private_pem: str) -> None:
        self._private = serialization.load_pem_private_key(private_pem.encode(), password=None)
        self._public = self._private.public_key()

    def mint(self, tenant_id: UUID, agent_id: str, ttl_seconds: int) -> tuple[str, datetime]:
        now = int(datetime.now(UTC).timestamp())
        claims = {"iss": ISSUER, "aud": AUDIENCE, "sub": agent_id, "tenant": str(tenant_id), "iat": now,
                  "exp": now + ttl_seconds, "jti": str(uuid4())}
        return jwt.encode(claims, self._private, algorithm=ALGORITHM), datetime.fromtimestamp(now + ttl_seconds, UTC)

    def verify(self, token: str) -> SoftphoneClaims:
        try:
            claims = jwt.decode(token, self._public, algorithms=[ALGORITHM], audience=AUDIENCE, issuer=ISSUER,
                                leeway=CLOCK_SKEW_SECONDS,
                                options={"require": ["exp", "iat", "aud", "iss", "sub", "tenant"]})
            return SoftphoneClaims(UUID(claims["tenant"]), claims["sub"])
        except jwt.ExpiredSignatureError as exc:
            raise InvalidApiKey("the softphone token expired; ask for a new one") from exc
        except (jwt.InvalidTokenError, ValueError) as exc:
            raise InvalidApiKey("the softphone token is not valid") from exc

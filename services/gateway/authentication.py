"""Who is calling: the caller behind a bearer credential, whichever kind it is, and its tenant's
rate limit. API keys are looked up (and kept a few seconds), softphone tokens and identity-provider
tokens verified by signature."""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import ISSUER, Principal, Role
from services.gateway.errors import InvalidApiKey, TenantDisabled
from services.gateway.key_cache import KeyCache
from services.gateway.oidc import OidcVerifier
from services.gateway.rate_limits import Limit
from services.gateway.softphone_tokens import SoftphoneTokens, looks_like_token, unverified_issuer


@dataclass(frozen=True)
class Authenticators:
    """What the gateway checks credentials with."""

    keys: KeyCache
    softphone: SoftphoneTokens
    oidc: OidcVerifier

    def forget(self) -> None:
        """After a revocation or a tenant change: this instance re-reads at once."""
        self.keys.clear()
        self.oidc.clear()


async def authenticate(engine: AsyncEngine, auth: Authenticators, secret: str | None) -> tuple[Principal, Limit]:
    """The caller behind a bearer credential (an API key, a softphone token for one agent, or a token
    from the tenant's identity provider), and its tenant's rate limit."""
    if secret is None:
        raise InvalidApiKey("send an API key or a token as `Authorization: Bearer <credential>`")
    if looks_like_token(secret):
        issuer = unverified_issuer(secret)
        if issuer != ISSUER:
            return await auth.oidc.authenticate(engine, secret, issuer)
        claims = auth.softphone.verify(secret)
        status = await auth.keys.tenant_status(engine, claims.tenant_id)
        if status is None:
            raise InvalidApiKey("the softphone token's tenant does not exist")
        if status.disabled:
            raise TenantDisabled()
        return (Principal(tenant_id=claims.tenant_id, subject=f"agent:{claims.agent_id}",
                          roles=frozenset({Role.agent}), agent_id=claims.agent_id, data_region=status.data_region),
                Limit(status.rate_limit_per_second, status.rate_burst))
    record = await auth.keys.lookup(engine, secret)
    now = datetime.now(UTC)
    if record is None or record.revoked_at is not None or (record.expires_at and record.expires_at <= now):
        raise InvalidApiKey()
    if record.tenant_disabled:
        raise TenantDisabled()
    return (Principal(tenant_id=record.tenant_id, subject=f"api-key:{record.id}", roles=frozenset(record.roles),
                      data_region=record.data_region),
            Limit(record.rate_limit_per_second, record.rate_burst))

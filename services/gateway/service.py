"""Use cases of the gateway: tenants and their API keys."""

from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import Principal
from services.common.db import tenant_session
from services.gateway import keys, repository
from services.gateway.errors import InvalidApiKey, TenantDisabled
from services.gateway.key_cache import KeyCache
from services.gateway.models import ApiKey, Tenant


async def authenticate_key(engine: AsyncEngine, cache: KeyCache, secret: str | None) -> Principal:
    if secret is None:
        raise InvalidApiKey("send an API key as `Authorization: Bearer <key>`")
    record = await cache.lookup(engine, secret)
    now = datetime.now(UTC)
    if record is None or record.revoked_at is not None or (record.expires_at and record.expires_at <= now):
        raise InvalidApiKey()
    if record.tenant_disabled:
        raise TenantDisabled()
    return Principal(tenant_id=record.tenant_id, subject=f"api-key:{record.id}", roles=frozenset(record.roles))


async def ensure_tenant_with_key(engine: AsyncEngine, name: str, slug: str, roles: list[str],
                                 label: str, secret: str | None = None) -> tuple[UUID, str]:
    """The tenant with this slug (created if missing) and an API key for it: `secret` when given
    (so a demo key survives restarts), a new one otherwise. Returns (tenant id, secret)."""
    secret = secret or keys.new_secret()
    async with tenant_session(engine, None) as session:
        tenant = await repository.get_tenant_by_slug(session, slug)
        if tenant is None:
            tenant = Tenant(name=name, slug=slug)
            repository.add(session, tenant)
            await session.commit()
    async with engine.connect() as conn:
        known = await repository.lookup_key(conn, keys.secret_hash(secret))
    if known is None:
        async with tenant_session(engine, tenant.id) as session:
            repository.add(session, ApiKey(tenant_id=tenant.id, label=label, prefix=keys.display_prefix(secret),
                                           secret_hash=keys.secret_hash(secret), roles=roles))
            await session.commit()
    return tenant.id, secret

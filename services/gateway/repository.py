"""Every query of the gateway. Bound to a session or connection; never commits."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.gateway.models import ApiKey, Tenant, TenantOidc


@dataclass(frozen=True)
class KeyRecord:
    id: UUID
    tenant_id: UUID
    roles: list[str]
    expires_at: datetime | None
    revoked_at: datetime | None
    tenant_disabled: bool
    rate_limit_per_second: float
    rate_burst: int


@dataclass(frozen=True)
class TenantStatus:
    disabled: bool
    rate_limit_per_second: float
    rate_burst: int


async def lookup_key(conn: AsyncConnection, secret_hash: str) -> KeyRecord | None:
    row = (await conn.execute(text("SELECT * FROM callvault_api_key_lookup(:h)"), {"h": secret_hash})).first()
    return KeyRecord(**row._mapping) if row else None


async def mark_key_used(conn: AsyncConnection, key_id: UUID) -> None:
    """Record that the key was used (at most one write a minute per key, in the function)."""
    await conn.execute(text("SELECT callvault_api_key_used(:id)"), {"id": key_id})


async def tenant_status(conn: AsyncConnection, tenant_id: UUID) -> TenantStatus | None:
    row = (await conn.execute(text("SELECT disabled, rate_limit_per_second, rate_burst FROM tenant WHERE id = :id"),
                              {"id": tenant_id})).first()
    return TenantStatus(*row) if row else None


async def get_tenant_by_slug(session: AsyncSession, slug: str) -> Tenant | None:
    return (await session.exec(select(Tenant).where(Tenant.slug == slug))).first()


async def get_tenant(session: AsyncSession, tenant_id: UUID) -> Tenant | None:
    return await session.get(Tenant, tenant_id)


async def list_tenants(session: AsyncSession, only: UUID | None) -> list[Tenant]:
    query = select(Tenant).order_by(col(Tenant.created_at), col(Tenant.id))
    if only is not None:
        query = query.where(Tenant.id == only)
    return list((await session.exec(query)).all())


async def list_keys(session: AsyncSession) -> list[ApiKey]:
    """The session's tenant's keys (row-level security keeps the others out), newest first."""
    return list((await session.exec(select(ApiKey).order_by(col(ApiKey.created_at).desc()))).all())


async def get_key(session: AsyncSession, key_id: UUID) -> ApiKey | None:
    return await session.get(ApiKey, key_id)


def add(session: AsyncSession, *rows: Tenant | ApiKey) -> None:
    session.add_all(rows)


async def get_oidc(session: AsyncSession) -> TenantOidc | None:
    """The session's tenant's identity provider (row-level security picks the row)."""
    return (await session.exec(select(TenantOidc))).first()

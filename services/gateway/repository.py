"""Every query of the gateway. Bound to a session or connection; never commits."""

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.gateway.models import ApiKey, Tenant


@dataclass(frozen=True)
class KeyRecord:
    id: UUID
    tenant_id: UUID
    roles: list[str]
    expires_at: datetime | None
    revoked_at: datetime | None
    tenant_disabled: bool


async def lookup_key(conn: AsyncConnection, secret_hash: str) -> KeyRecord | None:
    row = (await conn.execute(text("SELECT * FROM callvault_api_key_lookup(:h)"), {"h": secret_hash})).first()
    return KeyRecord(**row._mapping) if row else None


async def get_tenant_by_slug(session: AsyncSession, slug: str) -> Tenant | None:
    return (await session.exec(select(Tenant).where(Tenant.slug == slug))).first()


def add(session: AsyncSession, *rows: Tenant | ApiKey) -> None:
    session.add_all(rows)

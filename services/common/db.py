"""Database engine, tenant-scoped sessions, and the row-level security every tenant table carries."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from uuid import UUID

import asyncpg
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlmodel.ext.asyncio.session import AsyncSession

TENANT_SETTING = "app.tenant_id"
_SET_TENANT = text(f"SELECT set_config('{TENANT_SETTING}', :tenant, true)")


def create_engine(url: str, pool_size: int = 10) -> AsyncEngine:
    return create_async_engine(
        url,
        pool_size=pool_size,
        # No overflow: overflow connections are closed as soon as they are returned, so a burst
        # above the pool size would open (and fork a PostgreSQL backend for) a connection per request.
        max_overflow=0,
        pool_pre_ping=True,
        pool_timeout=5,
        connect_args={"timeout": 5, "command_timeout": 30},
    )


def _set_tenant_on_begin(session, transaction, connection) -> None:
    # Transaction-scoped (`true`): the pool does not reset session settings, so a session-level
    # setting would leak to whichever request gets this connection next.
    tenant = session.info.get("tenant_id")
    if tenant is not None:
        connection.execute(_SET_TENANT, {"tenant": str(tenant)})


@asynccontextmanager
async def tenant_session(engine: AsyncEngine, tenant_id: UUID | None) -> AsyncIterator[AsyncSession]:
    """A session whose every transaction starts by setting the tenant; None means no tenant at all
    (row-level security then shows nothing). Rolls back unless the caller committed."""
    session = AsyncSession(engine, expire_on_commit=False)
    session.info["tenant_id"] = tenant_id
    event.listen(session.sync_session, "after_begin", _set_tenant_on_begin)
    try:
        yield session
    finally:
        await session.close()


async def create_driver_pool(dsn: str, size: int) -> asyncpg.Pool:
    """Plain asyncpg connections for the few hot reads where SQLAlchemy's own cost per checkout
    (pool bookkeeping, a ping, a transaction) would dominate; those reads set the tenant
    themselves, inside their statement. Opened on first use (a service starts while its database
    is down, and says so in /readyz), then kept: a connection opened per request would cost a
    PostgreSQL process start each time."""
    return await asyncpg.create_pool(dsn, min_size=0, max_size=size, timeout=5, command_timeout=30,
                                     reset=_keep_session)


async def _keep_session(_conn: asyncpg.Connection) -> None:
    """No reset query on release (a round trip per request): the statements run on these
    connections leave no session state behind (only transaction-local settings, no LISTEN, no
    session advisory locks, no cursors)."""


def rls_statements(table: str) -> list[str]:
    """What a migration runs for every tenant-owned table: RLS enabled and forced (the owner too),
    one policy that both filters reads (USING) and refuses writes for another tenant (WITH CHECK)."""
    current = f"NULLIF(current_setting('{TENANT_SETTING}', true), '')::uuid"
    return [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"CREATE POLICY tenant_isolation ON {table} USING (tenant_id = {current}) "
        f"WITH CHECK (tenant_id = {current})",
    ]


async def ping(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        await conn.execute(text("SELECT 1"))

"""Creates what is missing, idempotently: roles, one database per service, the schema (Alembic),
the JetStream stream and the S3 bucket. Run by `callvault up`, `callvault migrate` and the tests."""

import asyncio

import asyncpg
import nats
import structlog

from services.common.crypto.keyring import ensure_keyring
from services.common.events.bus import ensure_stream
from services.common.migrations import upgrade
from services.common.settings import APP_ROLE, OWNER_ROLE, SERVICES, Settings
from services.common.storage import ensure_bucket

log = structlog.get_logger()


def _quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


async def ensure_roles_and_databases(settings: Settings) -> None:
    admin = await asyncpg.connect(settings.admin_database_url(), timeout=10)
    try:
        roles = ((OWNER_ROLE, settings.secret("db_owner_password")), (APP_ROLE, settings.secret("db_app_password")))
        for role, password in roles:
            exists = await admin.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", role)
            verb = "ALTER" if exists else "CREATE"
            # The app role owns nothing and may bypass nothing: row-level security binds it.
            await admin.execute(
                f"{verb} ROLE {role} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                f"PASSWORD {_quote_literal(password)}"
            )
        for service in SERVICES:
            name = settings.database_name(service)
            if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
                await admin.execute(f'CREATE DATABASE "{name}" OWNER {OWNER_ROLE}')
            await admin.execute(f'REVOKE ALL ON DATABASE "{name}" FROM PUBLIC')
            await admin.execute(f'GRANT CONNECT, TEMPORARY ON DATABASE "{name}" TO {APP_ROLE}')
    finally:
        await admin.close()
    for service in SERVICES:
        await _grant_app_defaults(settings.service_database_url(service, owner=True))


async def _grant_app_defaults(owner_url: str) -> None:
    # As the owner: whatever its migrations create, the app role may use the rows (never the DDL).
    conn = await asyncpg.connect(owner_url.replace("postgresql+asyncpg://", "postgresql://"), timeout=10)
    try:
        await conn.execute(f"""
            GRANT USAGE ON SCHEMA public TO {APP_ROLE};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public
                GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {APP_ROLE};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {APP_ROLE};
            ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
        """)
    finally:
        await conn.close()


def migrate(settings: Settings) -> None:
    """Alembic upgrade to head for every service, as the owner role. Synchronous: Alembic's async
    environment runs its own event loop."""
    for service in SERVICES:
        upgrade(service, settings.service_database_url(service, owner=True))


async def ensure_messaging_and_storage(settings: Settings) -> None:
    nc = await nats.connect(settings.nats_servers, connect_timeout=5, max_reconnect_attempts=3)
    try:
        await ensure_stream(nc.jetstream(), settings.nats_stream, settings.nats_stream_replicas,
                            settings.event_retention_days)
    finally:
        await nc.close()
    await ensure_bucket(settings)


def bootstrap(settings: Settings) -> None:
    """Everything a fresh (or existing) installation needs before the services start."""
    asyncio.run(ensure_roles_and_databases(settings))
    migrate(settings)
    asyncio.run(ensure_messaging_and_storage(settings))
    if settings.kms_provider == "local" and ensure_keyring(settings):
        log.warning("created a LOCAL KEYRING for transcript keys, encrypted under CALLVAULT_MASTER_KEY: fine for "
                    "development and one machine; in production use Vault or AWS KMS (CALLVAULT_KMS_PROVIDER)",
                    path=str(settings.keyring_file()))
    log.info("bootstrap complete")

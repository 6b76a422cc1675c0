"""What every service's Alembic environment and first migration share.

Migrations run as the owner role, against the service's own database; `run` is what `callvault up`,
`callvault migrate` and the tests call.
"""

import asyncio
import re
from pathlib import Path

import sqlalchemy as sa
from alembic import command, context, op
from alembic.config import Config
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import create_async_engine

from services.common.db import rls_statements
from services.common.events.outbox import NOTIFY_CHANNEL
from services.common.settings import APP_ROLE, OWNER_ROLE

SERVICES_DIR = Path(__file__).resolve().parent.parent


def alembic_config(service: str, owner_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(SERVICES_DIR / service / "migrations"))
    config.attributes["url"] = owner_url
    return config


def upgrade(service: str, owner_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(service, owner_url), revision)


def run_env() -> None:
    """The body of every migrations/env.py: online, async (asyncpg), one transaction per run."""
    url = context.config.attributes["url"]

    def do_run(connection: sa.Connection) -> None:
        context.configure(connection=connection, target_metadata=None, transaction_per_migration=False)
        with context.begin_transaction():
            context.run_migrations()

    async def main() -> None:
        engine = create_async_engine(url)
        async with engine.connect() as conn:
            await conn.run_sync(do_run)
            await conn.commit()
        await engine.dispose()

    asyncio.run(main())


def sql_functions(service: str) -> list[str]:
    """The current definition of each of the service's SQL functions, from its `migrations/sql/functions.sql`."""
    text = (SERVICES_DIR / service / "migrations" / "sql" / "functions.sql").read_text()
    chunks = (re.sub(r"\A(?:--[^\n]*\n|\n)*", "", chunk.strip() + "\n") for chunk in re.split(r"(?m)^;$", text))
    return [chunk.strip() for chunk in chunks if chunk.strip()]


def apply_sql_functions(service: str) -> None:
    """Every function of the service's `sql/functions.sql`, created or replaced. Bodies are not checked
    against the tables (as pg_dump does): on a fresh database an early migration applies today's file,
    whose functions may read columns a later migration adds. Nor may today's results be what the database
    holds: a function whose results grew since (`callvault_call_timeline` in 0016) is dropped and created
    anew where an earlier migration applies the file to a database made by an older release; the migration
    that changed it grants it again."""
    bind = op.get_bind()
    bind.exec_driver_sql("SET LOCAL check_function_bodies = off")
    for statement in sql_functions(service):
        bind.exec_driver_sql("SAVEPOINT callvault_function")
        try:
            bind.exec_driver_sql(statement)
        except DBAPIError as exc:
            if "cannot change return type" not in str(exc.orig):
                raise
            bind.exec_driver_sql("ROLLBACK TO SAVEPOINT callvault_function")
            _replace_function(bind, statement)
        bind.exec_driver_sql("RELEASE SAVEPOINT callvault_function")
    bind.exec_driver_sql("SET LOCAL check_function_bodies = on")


def _replace_function(bind, statement: str) -> None:
    """The function `statement` creates, whose results differ from those of the one of its name and
    arguments: dropped and created. PostgreSQL names its arguments for the drop, from a copy made under
    another name first."""
    name = re.match(r"CREATE OR REPLACE FUNCTION public\.(\w+)\(", statement).group(1)
    bind.exec_driver_sql(statement.replace(f"public.{name}(", f"public.{name}__replacing(", 1))
    arguments = bind.exec_driver_sql(
        "SELECT pg_get_function_identity_arguments(p.oid) FROM pg_proc p JOIN pg_namespace n ON n.oid = "
        f"p.pronamespace WHERE n.nspname = 'public' AND p.proname = '{name}__replacing'").scalar_one()
    bind.exec_driver_sql(f"DROP FUNCTION public.{name}__replacing({arguments})")
    bind.exec_driver_sql(f"DROP FUNCTION public.{name}({arguments})")
    bind.exec_driver_sql(statement)


def enable_rls(table: str) -> None:
    for statement in rls_statements(table):
        op.execute(statement)


def create_event_tables() -> None:
    """The outbox and processed-event tables, tenant-isolated like every other table."""
    op.create_table(
        "outbox_event",
        sa.Column("id", UUID(as_uuid=True), primary_key=True),
        sa.Column("tenant_id", UUID(as_uuid=True), nullable=False),
        sa.Column("type", sa.Text, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("subject", sa.Text),
        sa.Column("time", sa.DateTime(timezone=True), nullable=False),
        sa.Column("data", JSONB, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("published_at", sa.DateTime(timezone=True)),
    )
    op.create_index("outbox_event_pending", "outbox_event", ["tenant_id", "created_at"],
                    postgresql_where=sa.text("published_at IS NULL"))
    enable_rls("outbox_event")
    # The relay must find which tenants have pending events before it can set a tenant context.
    # The app role may learn only those tenant ids, through this function; the owner-only policy
    # lets the function (SECURITY DEFINER, run as owner) see across tenants.
    op.execute(f"CREATE POLICY relay_pending ON outbox_event FOR SELECT TO {OWNER_ROLE} "
               "USING (published_at IS NULL)")
    op.execute(
        "CREATE FUNCTION callvault_outbox_pending_tenants() RETURNS SETOF uuid "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT DISTINCT tenant_id FROM outbox_event WHERE published_at IS NULL $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_outbox_pending_tenants() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_outbox_pending_tenants() TO {APP_ROLE}")
    op.execute(
        "CREATE FUNCTION callvault_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN PERFORM pg_notify('{NOTIFY_CHANNEL}', ''); RETURN NULL; END $$"
    )
    op.execute("CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event "
               "FOR EACH STATEMENT EXECUTE FUNCTION callvault_outbox_notify()")

    op.create_table(
        "processed_event",
        sa.Column("consumer", sa.Text, primary_key=True),
        sa.Column("event_id", UUID(as_uuid=True), primary_key=True),
        sa.Column("tenant_id", UUID(as_uuid=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    enable_rls("processed_event")


def create_outbox_backlog_function() -> None:
    """The relay's gauges read how much of the outbox waits, across tenants, through this function: a
    count and an age, never a row (the owner-only `relay_pending` policy lets it see them)."""
    op.execute(
        "CREATE FUNCTION callvault_outbox_backlog(OUT pending bigint, OUT oldest_seconds double precision) "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
        "$$ SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::double precision "
        "FROM outbox_event WHERE published_at IS NULL $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_outbox_backlog() FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_outbox_backlog() TO {APP_ROLE}")


PRUNING_SETTING = "callvault.pruning"


def create_event_pruning() -> None:
    """Published outbox rows and processed-event ids are kept only for a while (the relay prunes
    them). The owner-only policies let the SECURITY DEFINER function see and delete exactly those,
    across tenants, and only while it runs (it turns `callvault.pruning` on, then off): anywhere
    else the owner still sees one tenant's rows at a time. An outbox row waiting to be published is
    never among them."""
    op.create_index("outbox_event_published", "outbox_event", ["published_at"],
                    postgresql_where=sa.text("published_at IS NOT NULL"))
    op.create_index("processed_event_at", "processed_event", ["processed_at"])
    pruning = f"current_setting('{PRUNING_SETTING}', true) = 'on'"
    for verb in ("select", "delete"):  # a DELETE that reads columns needs the rows visible to SELECT too
        op.execute(f"CREATE POLICY prune_published_{verb} ON outbox_event FOR {verb.upper()} "
                   f"TO {OWNER_ROLE} USING (published_at IS NOT NULL AND {pruning})")
        op.execute(f"CREATE POLICY prune_{verb} ON processed_event FOR {verb.upper()} TO {OWNER_ROLE} "
                   f"USING ({pruning})")
    op.execute(
        "CREATE FUNCTION callvault_events_prune(published_before timestamptz, processed_before timestamptz, "
        "batch integer, OUT outbox bigint, OUT processed bigint) "
        "LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$ BEGIN "
        f"PERFORM set_config('{PRUNING_SETTING}', 'on', true); "
        "WITH o AS (DELETE FROM outbox_event WHERE id IN (SELECT id FROM outbox_event "
        "WHERE published_at < published_before LIMIT batch) RETURNING 1), "
        "p AS (DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT consumer, event_id "
        "FROM processed_event WHERE processed_at < processed_before LIMIT batch) RETURNING 1) "
        "SELECT (SELECT count(*) FROM o), (SELECT count(*) FROM p) INTO outbox, processed; "
        f"PERFORM set_config('{PRUNING_SETTING}', 'off', true); "
        "END $$"
    )
    op.execute("REVOKE ALL ON FUNCTION callvault_events_prune(timestamptz, timestamptz, integer) FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION callvault_events_prune(timestamptz, timestamptz, integer) TO {APP_ROLE}")


def drop_event_pruning() -> None:
    op.execute("DROP FUNCTION callvault_events_prune(timestamptz, timestamptz, integer)")
    for verb in ("select", "delete"):
        op.execute(f"DROP POLICY prune_published_{verb} ON outbox_event")
        op.execute(f"DROP POLICY prune_{verb} ON processed_event")
    op.drop_index("processed_event_at", "processed_event")
    op.drop_index("outbox_event_published", "outbox_event")

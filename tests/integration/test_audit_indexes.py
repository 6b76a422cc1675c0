"""`GET /v1/audit`'s actor and action filters read an index, newest first, under the tenant's row-level
security: over a log of 20,000 entries (inserted in a transaction that is rolled back, and analysed in
it), the plan PostgreSQL makes for the repository's own query as the services' role names the index,
rather than reading the whole log backwards through its primary key and filtering."""

from uuid import uuid4

import asyncpg
import pytest
from sqlalchemy.dialects import postgresql

from services.common.settings import APP_ROLE
from services.transcripts.repository import AuditFilter, audit_query


def _plan_sql(where: AuditFilter) -> str:
    query = audit_query(where, before_position=10_000, limit=50)
    return str(query.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))


@pytest.mark.parametrize(("where", "index"), [(AuditFilter(actor="api-key:abc"), "audit_by_actor"),
                                              (AuditFilter(action="transcript.read"), "audit_by_action")])
async def test_the_audit_filters_plan_an_index_scan(settings, where, index):
    # The bootstrap superuser: ANALYZE needs the owner, and the services' role is taken with SET ROLE.
    conn = await asyncpg.connect(settings.admin_database_url(), database=settings.database_name("transcripts"))
    try:
        transaction = conn.transaction()
        await transaction.start()
        await conn.execute("SELECT set_config('app.tenant_id', $1, true)", str(uuid4()))
        await conn.execute(
            "INSERT INTO audit_entry (tenant_id, action, content, content_hash, created_at) "
            "SELECT current_setting('app.tenant_id')::uuid, 'action-' || (n % 40), "
            "jsonb_build_object('actor', 'api-key:' || (n % 200)), 'x', now() FROM generate_series(1, 20000) n")
        await conn.execute("ANALYZE audit_entry")  # sees the transaction's own rows
        await conn.execute(f"SET LOCAL ROLE {APP_ROLE}")
        plan = "\n".join(row[0] for row in await conn.fetch("EXPLAIN " + _plan_sql(where)))
        await transaction.rollback()
    finally:
        await conn.close()
    assert index in plan, plan
    assert "Sort" not in plan.split(index)[0], plan  # newest first from the index itself, no sort above it


async def test_the_audit_log_stays_append_only_beside_its_generated_actor(settings):
    """The trigger leaves the generated actor out of its comparison (a BEFORE trigger sees it unset): the
    sealer's setting of `leaf_index` passes, and a change of the content, which the actor repeats, does not."""
    conn = await asyncpg.connect(settings.admin_database_url(), database=settings.database_name("transcripts"))
    try:
        for change, allowed in (("leaf_index = 0", True), ("content = '{\"actor\": \"api-key:forged\"}'", False)):
            transaction = conn.transaction()
            await transaction.start()
            try:
                await conn.execute("SELECT set_config('app.tenant_id', $1, true)", str(uuid4()))
                position = await conn.fetchval(
                    "INSERT INTO audit_entry (tenant_id, action, content, content_hash, created_at) VALUES "
                    "(current_setting('app.tenant_id')::uuid, 'transcript.read', '{\"actor\": \"api-key:a\"}', "
                    "'x', now()) RETURNING position")
                update = f"UPDATE audit_entry SET {change} WHERE position = $1"
                if allowed:
                    await conn.execute(update, position)
                    assert await conn.fetchval("SELECT actor FROM audit_entry WHERE position = $1", position) \
                        == "api-key:a"
                else:
                    with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
                        await conn.execute(update, position)
            finally:
                await transaction.rollback()
    finally:
        await conn.close()

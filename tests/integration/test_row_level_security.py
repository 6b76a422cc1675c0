"""Tenant isolation in the database itself: even hand-written SQL, as the runtime role, sees only
its own tenant's rows, and nothing without a tenant."""

from uuid import uuid4

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from services.common.db import tenant_session

INSERT_CALL = text("INSERT INTO call (id, tenant_id, provider, external_id, direction) "
                   "VALUES (:id, :tenant, 'twilio', :ext, 'inbound')")


async def _seed(engine, tenant):
    call_id = uuid4()
    async with tenant_session(engine, tenant) as session:
        await session.execute(INSERT_CALL, {"id": call_id, "tenant": tenant, "ext": f"CA{call_id.hex}"})
        await session.commit()
    return call_id


async def test_one_tenant_sees_changes_and_deletes_none_of_anothers_rows(app_engine):
    tenant_a, tenant_b = uuid4(), uuid4()
    call_a = await _seed(app_engine, tenant_a)
    call_b = await _seed(app_engine, tenant_b)
    async with tenant_session(app_engine, tenant_a) as session:
        visible = (await session.execute(text("SELECT id FROM call WHERE tenant_id IN (:a, :b)"),
                                         {"a": tenant_a, "b": tenant_b})).scalars().all()
        assert visible == [call_a]
        updated = await session.execute(text("UPDATE call SET direction = 'outbound' WHERE id = :id"),
                                        {"id": call_b})
        deleted = await session.execute(text("DELETE FROM call WHERE id = :id"), {"id": call_b})
        assert (updated.rowcount, deleted.rowcount) == (0, 0)
        await session.commit()
    async with tenant_session(app_engine, tenant_b) as session:
        row = (await session.execute(text("SELECT direction FROM call WHERE id = :id"), {"id": call_b})).one()
        assert row.direction == "inbound"


async def test_writing_a_row_for_another_tenant_is_refused(app_engine):
    async with tenant_session(app_engine, uuid4()) as session:
        with pytest.raises(DBAPIError, match="row-level security"):
            await session.execute(INSERT_CALL, {"id": uuid4(), "tenant": uuid4(), "ext": "CAforged"})


async def test_without_a_tenant_context_nothing_is_visible(app_engine):
    await _seed(app_engine, uuid4())
    async with tenant_session(app_engine, None) as session:
        assert (await session.execute(text("SELECT count(*) FROM call"))).scalar_one() == 0
        assert (await session.execute(text("SELECT count(*) FROM outbox_event"))).scalar_one() == 0


async def test_the_tenant_setting_does_not_leak_to_the_next_transaction(app_engine):
    tenant = uuid4()
    await _seed(app_engine, tenant)
    async with app_engine.connect() as conn:  # a pooled connection, no tenant hook
        await conn.execute(text("SELECT set_config('app.tenant_id', :t, true)"), {"t": str(tenant)})
        assert (await conn.execute(text("SELECT count(*) FROM call"))).scalar_one() == 1
        await conn.commit()
        assert (await conn.execute(text("SELECT count(*) FROM call"))).scalar_one() == 0


async def test_the_runtime_role_owns_and_bypasses_nothing(app_engine):
    async with app_engine.connect() as conn:
        role = (await conn.execute(text(
            "SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = current_user"
        ))).one()
        owned = (await conn.execute(text(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user"
        ))).scalar_one()
        unprotected = (await conn.execute(text(
            "SELECT array_agg(relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'alembic_version' "
            "AND NOT (c.relrowsecurity AND c.relforcerowsecurity)"
        ))).scalar_one()
    assert tuple(role) == (False, False, False, False)
    assert owned == 0
    assert unprotected is None, f"tables without forced row-level security: {unprotected}"


async def test_the_runtime_role_cannot_change_the_schema(app_engine):
    async with app_engine.connect() as conn:
        with pytest.raises(DBAPIError, match=r"must be owner|permission denied"):
            await conn.execute(text("ALTER TABLE call DISABLE ROW LEVEL SECURITY"))

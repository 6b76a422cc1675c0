"""The telephony inbox on an installation of the test's own (isolated databases, its own NATS): a
verified webhook waits in the inbox while the consent service is away, and a drainer run as a process
of its own (`callvault drain-inbox`, here its `drain` function) applies it once the service is back."""

from datetime import UTC, datetime
from uuid import uuid4

import asyncpg
import httpx

from services.common.crypto.fields import FieldCrypto
from services.common.db import create_engine, tenant_session
from services.gateway import repository
from services.gateway.service import ensure_tenant_with_key
from services.gateway.telephony import inbox
from services.gateway.telephony.drain_process import drain
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound
from services.recording_consent.app import create_app as consent_app
from services.stack.processes import free_port
from tests.helpers.support import internal_headers, serving


async def _stored_call(dsn: str, dedupe_key: str) -> str:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval("SELECT call::text FROM telephony_inbox WHERE dedupe_key = $1", dedupe_key)
    finally:
        await conn.close()


async def _pending(dsn: str) -> int:
    conn = await asyncpg.connect(dsn)
    try:  # as the owner role, which sees every tenant's rows
        return await conn.fetchval("SELECT count(*) FROM telephony_inbox WHERE status = 'pending'")
    finally:
        await conn.close()


async def test_the_inbox_waits_out_a_consent_outage_and_a_drainer_of_its_own_applies_it(private_nats):
    away = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    settings = private_nats.settings.model_copy(update={"recording_consent_url": away})
    owner = create_engine(settings.service_database_url("gateway", owner=True), 2)
    tenant_id, _ = await ensure_tenant_with_key(owner, "Inbox", f"i-{uuid4().hex[:10]}", ["tenant_admin"], "t")
    await owner.dispose()
    owner_dsn = settings.service_database_url("gateway", owner=True).replace("+asyncpg", "")
    before = await _pending(owner_dsn)

    app_dsn = settings.service_database_url("gateway").replace("+asyncpg", "")
    pool = await asyncpg.create_pool(app_dsn, min_size=1, max_size=2)
    crypto = FieldCrypto(settings.secret("master_key"))
    call_sid = f"CA{uuid4().hex}"
    webhook = Inbound(f"{call_sid}:completed:3", CallLeg(call_sid, "inbound", "+14155550100", "+14155550142"),
                      [Happening("call_ended", datetime.now(UTC))])
    try:
        assert await inbox.put(pool, crypto, tenant_id, "twilio", webhook, "to") is True
        assert await inbox.put(pool, crypto, tenant_id, "twilio", webhook, "to") is False  # a repeat: stored once
    finally:
        await pool.close()

    assert await drain(settings, once=True) == 0  # the consent service is away: nothing applied, nothing lost
    assert await _pending(owner_dsn) == before + 1
    waiting = await _stored_call(owner_dsn, webhook.dedupe_key)
    assert call_sid in waiting and "4155550100" not in waiting  # the numbers wait encrypted

    async with serving(consent_app(settings)) as url:
        back = settings.model_copy(update={"recording_consent_url": url})
        assert await drain(back, once=True) >= 1
        assert await _pending(owner_dsn) == 0
        async with httpx.AsyncClient(base_url=url, headers=internal_headers(back, tenant_id), timeout=10) as client:
            [call] = (await client.get("/v1/calls", params={"provider": "twilio", "external_id": call_sid})
                      ).json()["items"]
            events = (await client.get(f"/v1/calls/{call['id']}/events")).json()
    assert [e["type"] for e in events] == ["call_ended"]
    assert "from_number" not in await _stored_call(owner_dsn, webhook.dedupe_key)  # applied: numbers gone
    assert call["direction"] == "inbound"
    assert events[0]["source_event_id"] == f"twilio:{call_sid}:completed:3#0"


async def test_a_call_one_drainer_is_applying_is_left_whole_to_it(private_nats):
    """Two drainers (two gateways): while one applies a call's webhooks, a webhook of that call that
    arrives meanwhile is not taken by the other (it would be applied before the earlier ones)."""
    settings = private_nats.settings
    owner = create_engine(settings.service_database_url("gateway", owner=True), 2)
    tenant_id, _ = await ensure_tenant_with_key(owner, "Drainers", f"d-{uuid4().hex[:10]}", ["tenant_admin"], "t")
    await owner.dispose()
    app_dsn = settings.service_database_url("gateway").replace("+asyncpg", "")
    pool = await asyncpg.create_pool(app_dsn, min_size=1, max_size=2)
    crypto = FieldCrypto(settings.secret("master_key"))
    engine = create_engine(settings.service_database_url("gateway"), 4)
    call_sid = f"CA{uuid4().hex}"
    leg = CallLeg(call_sid, "inbound", "+14155550100", "+14155550142")

    def webhook(n: int) -> Inbound:
        return Inbound(f"{call_sid}:recording:{n}", leg, [Happening("recording_started", datetime.now(UTC))])

    try:
        await inbox.put(pool, crypto, tenant_id, "twilio", webhook(1), "to")
        async with tenant_session(engine, tenant_id) as first, tenant_session(engine, tenant_id) as second:
            claimed = await repository.pending_inbox(first, 50, 1000)
            assert [r["dedupe_key"] for r in claimed] == [f"{call_sid}:recording:1"]
            await inbox.put(pool, crypto, tenant_id, "twilio", webhook(2), "to")  # arrives meanwhile
            assert await repository.pending_inbox(second, 50, 1000) == []
            await first.rollback()  # the first drainer gives the call up (or commits): now it is free
            await second.rollback()
            taken = await repository.pending_inbox(second, 50, 1000)
            assert [r["dedupe_key"] for r in taken] == [f"{call_sid}:recording:1", f"{call_sid}:recording:2"]
            # nothing left pending for the tests after this one, whose drains count every tenant's rows
            await repository.mark_inbox(second, [(r["provider"], r["dedupe_key"], "done", None) for r in taken])
            await second.commit()
    finally:
        await pool.close()
        await engine.dispose()

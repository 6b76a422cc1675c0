"""NATS stopped for 30 seconds under load, then started again: the API goes on taking writes (their
events wait in the outboxes), and afterwards every event reaches the consumers once. The consumer
observed is the gateway's webhook fan-out: one delivery per event and endpoint, at a receiver of the
test's own."""

import asyncio
from collections import Counter
from uuid import UUID

import httpx
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.common.settings import SERVICES
from tests.helpers.support import ConsentApi, at, by_external_id, call_body, eventually, metric_value
from tests.helpers.webhook_receiver import receiving
from tests.reliability.conftest import Installation, Tenant

OUTAGE_SECONDS = 30
PACE_SECONDS = 0.1  # each writer's pause between calls: a steady load, not a flood


async def _rows(settings, database: str, tenant_id: UUID, sql: str) -> list:
    engine = create_engine(settings.service_database_url(database, owner=True), pool_size=1)
    try:
        async with tenant_session(engine, tenant_id) as session:
            return list((await session.execute(text(sql))).all())
    finally:
        await engine.dispose()



async def test_no_event_is_lost_or_applied_twice_across_a_nats_outage(installation: Installation, tenant: Tenant):
    settings = installation.settings
    api = ConsentApi(tenant.admin, {})
    written: list[tuple[str, str]] = []  # (phase, call id)
    phase = {"now": "before"}
    stopping = asyncio.Event()

    async def write_until_stopped() -> None:
        while not stopping.is_set():
            call = await api.ok("POST", "/v1/calls", 201, json=call_body())
            customer = by_external_id(call)["customer-1"]["id"]
            await api.events(call["id"], {"type": "consent_granted", "participant_id": customer,
                                          "purposes": ["recording"], "method": "dtmf", "occurred_at": at(0)})
            written.append((phase["now"], call["id"]))
            await asyncio.sleep(PACE_SECONDS)

    async def backlog_gauge(holds) -> bool:
        """The consent service's outbox gauge, as Prometheus scrapes it from the process."""
        async with httpx.AsyncClient(timeout=5) as client:
            exposition = (await client.get(installation.ops_url("recording_consent") + "/metrics")).text
        return holds(metric_value(exposition, "callvault_outbox_pending_events", service="recording_consent"))

    async with receiving() as receiver:
        endpoint = await api.ok("POST", "/v1/webhook-endpoints", 201, json={"url": receiver.url,
                                                                            "event_types": ["*"]})
        writers = [asyncio.create_task(write_until_stopped()) for _ in range(2)]
        try:
            await eventually(lambda: len(receiver.received) >= 5, 30, what="deliveries before the outage")
            await asyncio.to_thread(installation.stop, "nats")
            phase["now"] = "outage"
            outage_ends = asyncio.get_running_loop().time() + OUTAGE_SECONDS
            await eventually(lambda: backlog_gauge(lambda pending: pending > 0), 20, 0.5, "the backlog gauge rose")
            # The outage lasts its time whatever happens meanwhile: a pause is the fault itself here.
            await asyncio.sleep(outage_ends - asyncio.get_running_loop().time())
            during = sum(1 for p, _ in written if p == "outage")
            await asyncio.to_thread(installation.start, "nats")
            phase["now"] = "after"
            await eventually(lambda: any(p == "after" for p, _ in written), 30, what="writes after")
        finally:
            stopping.set()
            await asyncio.gather(*writers)
        assert during >= 20  # the API took writes all through the outage

        async def events() -> set[str]:
            found: set[str] = set()
            for database in SERVICES:
                rows = await _rows(settings, database, tenant.id, "SELECT id::text FROM outbox_event")
                found |= {row.id for row in rows}
            return found

        expected = await events()

        async def all_delivered() -> bool:
            return set(receiver.ids()) >= expected

        await eventually(all_delivered, 90, 0.2, "every event delivered")
        await eventually(lambda: backlog_gauge(lambda pending: pending == 0), 20, 0.5, "the backlog gauge at 0")
        assert len(expected) >= 2 * len(written)  # each call made at least its creation and its consent
        received = Counter(receiver.ids())
        assert set(received) == expected and set(received.values()) == {1}, received.most_common(3)
        bodies = receiver.verified(endpoint["secret"])
        assert {b["id"] for b in bodies} == expected
    deliveries = await _rows(settings, "gateway", tenant.id,
                             "SELECT event_id::text, count(*) AS n FROM webhook_delivery GROUP BY event_id")
    assert {row.event_id for row in deliveries} == expected and {row.n for row in deliveries} == {1}
    unpublished = [r for d in SERVICES
                   for r in await _rows(settings, d, tenant.id,
                                        "SELECT id FROM outbox_event WHERE published_at IS NULL")]
    assert unpublished == []

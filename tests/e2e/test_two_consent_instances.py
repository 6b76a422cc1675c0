"""Two instances of the consent service against one PostgreSQL, as a scaled deployment runs them:
events appended through both at once, a dead holder's sealer lease taken over, one instance killed
(SIGKILL) while it writes and seals; the tenant's log still verifies, with every acknowledged event
sealed once, no gap and no duplicate."""

import asyncio
import os
import signal
from uuid import uuid4

import httpx
import pytest
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.stack.processes import free_port
from services.stack.up import start_service, wait_ready
from tests.helpers.support import at, call_body, eventually, internal_headers

pytestmark = pytest.mark.last  # it kills a process of its own; the session's stay untouched


@pytest.fixture
async def second(services):
    settings = services.model_copy(update={"recording_consent_port": free_port(), "log_lease_seconds": 2})
    process = await asyncio.to_thread(start_service, settings, "recording_consent")
    await asyncio.to_thread(wait_ready, settings, "recording_consent", process)
    yield f"http://127.0.0.1:{settings.recording_consent_port}", process
    process.stop()


async def _post_events(client: httpx.AsyncClient, headers: dict, call_id: str, count: int,
                       acknowledged: list[str]) -> list[str]:
    """Events of one call, one request each; the ids of those the instance acknowledged, added to
    `acknowledged` as they come (so the test can watch the load's progress)."""
    for n in range(count):
        try:
            response = await client.post(f"/v1/calls/{call_id}/events", headers=headers, json={
                "type": "recording_started" if n % 2 == 0 else "recording_paused", "occurred_at": at(-30 + n * 0.1)})
        except httpx.TransportError:  # the instance was killed under this request
            return acknowledged
        if response.status_code == 200:
            acknowledged += [e["id"] for e in response.json()["events"]]
    return acknowledged


async def test_two_instances_append_and_a_killed_one_leaves_the_log_whole(services, second):
    second_url, second_process = second
    tenant_id = uuid4()
    headers = internal_headers(services, tenant_id)
    owner = create_engine(services.service_database_url("recording_consent", owner=True), pool_size=1)
    first = httpx.AsyncClient(base_url=f"http://127.0.0.1:{services.recording_consent_port}", timeout=30)
    other = httpx.AsyncClient(base_url=second_url, timeout=30)
    try:
        # A sealer that died holding the tenant's lease: nobody seals until it expires.
        async with tenant_session(owner, tenant_id) as session:
            await session.execute(text("INSERT INTO tlog_lease (tenant_id, holder, expires_at) "
                                       "VALUES (:t, 'dead-host:1:00000000', now() + interval '3 seconds')"),
                                  {"t": tenant_id})
            await session.commit()
        calls = []
        for _ in range(6):
            response = await first.post("/v1/calls", headers=headers, json=call_body())
            assert response.status_code == 201, response.text
            calls.append(response.json()["id"])
        progress: list[list[str]] = [[] for _ in calls]
        writes = [asyncio.create_task(_post_events(client, headers, call_id, 30, done))
                  for client, call_id, done in zip([first, other] * 3, calls, progress, strict=True)]
        # Mid-load: once the second instance has acknowledged some of its events (and may be sealing).
        await eventually(lambda: sum(len(done) for done in progress[1::2]) >= 15, timeout=30,
                         what="the second instance acknowledging events")
        os.kill(second_process.pid, signal.SIGKILL)
        acknowledged = [event for done in await asyncio.gather(*writes) for event in done]
        assert acknowledged

        async def whole() -> bool:
            report = (await first.get("/v1/ledger/verify", headers=headers)).json()
            return report["ok"] and report["unsealed"] == 0 and report["tree_size"] > len(acknowledged)

        await eventually(whole, timeout=30, what="the log sealed whole by the surviving instance")
        async with tenant_session(owner, tenant_id) as session:
            leaves = list((await session.execute(text(
                "SELECT leaf_index FROM ledger_entry WHERE tenant_id = :t ORDER BY leaf_index"),
                {"t": tenant_id})).scalars())
            sealed_events = set((await session.execute(text(
                "SELECT content->>'event_id' FROM ledger_entry WHERE tenant_id = :t AND kind <> 'call_created' "
                "AND content->>'event_id' IS NOT NULL"), {"t": tenant_id})).scalars())
        assert leaves == list(range(len(leaves)))  # no gap, no duplicate
        assert set(acknowledged) <= sealed_events  # every acknowledged event is in the log
    finally:
        await first.aclose()
        await other.aclose()
        await owner.dispose()

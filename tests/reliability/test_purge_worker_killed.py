"""The purge worker (`callvault worker`, a process of its own) SIGKILLed in the middle of a batch, between
claiming it (keys shredded) and certifying it: the next worker completes the batch, and the lifecycle's
invariants hold. Every due transcript is purged once, with one certificate, no key and no object left;
what was not due is untouched."""

import asyncio

from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from tests.helpers.consenting_calls import consenting_call
from tests.helpers.stored_transcripts import clock_started, objects_of, stored
from tests.helpers.support import ConsentApi, at, eventually
from tests.reliability.conftest import Installation, Tenant

DUE = 150


async def test_a_purge_worker_killed_mid_batch_is_completed_by_the_next(installation: Installation, tenant: Tenant):
    settings = installation.settings
    api = ConsentApi(tenant.admin, {})
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    call = await consenting_call(api)
    due = [(await stored(api, call=call))["id"] for _ in range(DUE)]
    kept = await stored(api)  # its call goes on: its retention has not started
    await api.events(call[0]["id"], {"type": "call_ended", "occurred_at": at(0)})
    owner = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=2)
    frequent = settings.model_copy(update={"purge_interval_seconds": 0.2})

    async def statuses() -> dict[str, int]:
        async with tenant_session(owner, tenant.id) as session:
            return dict((await session.execute(text(
                "SELECT status, count(*) FROM transcript GROUP BY status"))).all())

    try:
        await clock_started(owner, tenant.id, *due)
        await asyncio.to_thread(installation.stop, "purge-worker")
        await asyncio.to_thread(installation.start, "purge-worker", frequent)

        async def claimed() -> bool:
            return (await statuses()).get("purging", 0) > 0

        await eventually(claimed, 30, 0.005, "the worker claimed the batch")
        await asyncio.to_thread(installation.kill, "purge-worker")
        at_kill = await statuses()
        assert at_kill.get("purging", 0) > 0, at_kill  # killed after the claim, before the batch was certified
        async with tenant_session(owner, tenant.id) as session:
            keyed = (await session.execute(text(
                "SELECT count(*) FROM transcript WHERE status = 'purging' AND wrapped_key IS NOT NULL"))).scalar()
        assert keyed == 0  # a claimed transcript's key is shredded in the claim's own commit

        await asyncio.to_thread(installation.start, "purge-worker", frequent)

        async def all_purged() -> bool:
            return (await statuses()).get("purged", 0) == DUE

        await eventually(all_purged, 60, 0.1, "the next worker finished the batch")
        async with tenant_session(owner, tenant.id) as session:
            rows = (await session.execute(text(
                "SELECT t.id::text, t.status, t.wrapped_key IS NULL AS shredded, count(c.id) AS certificates "
                "FROM transcript t LEFT JOIN deletion_certificate c ON c.transcript_id = t.id "
                "GROUP BY t.id"))).all()
    finally:
        await owner.dispose()
        await asyncio.to_thread(installation.stop, "purge-worker")
        await asyncio.to_thread(installation.start, "purge-worker")
    by_id = {row.id: row for row in rows}
    assert {(by_id[t].status, by_id[t].shredded, by_id[t].certificates) for t in due} == {("purged", True, 1)}
    untouched = by_id[kept["id"]]
    assert (untouched.status, untouched.shredded, untouched.certificates) == ("active", False, 0)
    for transcript_id in due:
        assert await objects_of(settings, tenant.id, transcript_id) == [], transcript_id
    assert await objects_of(settings, tenant.id, kept["id"], kind="segments.json")
    certificates = (await api.ok("GET", "/v1/deletion-certificates", params={"call_id": call[0]["id"],
                                                                              "limit": 200}))["items"]
    assert sorted(c["transcript_id"] for c in certificates) == sorted(due)

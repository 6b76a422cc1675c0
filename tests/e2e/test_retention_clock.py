"""The transcripts service never moves a call's end backwards: a back-dated `call.ended` (refused by
the consent service today, but redelivered from before) leaves the retention clock where the first end
put it; a forged one, published on the bus without the publishers' key, is dropped."""

from datetime import UTC, datetime, timedelta

import httpx

from services.common.db import tenant_session
from services.common.events.envelope import CloudEvent
from services.common.events.signing import HEADER, sign
from services.transcripts.lifecycle.consumers import CALL_ENDS
from services.transcripts.lifecycle.retention import on_call_ended
from tests.helpers.stored_transcripts import clock_started, row_of, stored
from tests.helpers.support import at, event_headers, eventually, metric_value


async def test_a_back_dated_call_end_never_moves_the_retention_clock(api, owner, tenant_key):
    tenant_id = tenant_key[0]
    transcript = await stored(api, ended=True)
    await clock_started(owner, tenant_id, transcript["id"])
    before = await row_of(owner, tenant_id, transcript["id"])
    call_id = transcript["call"][0]["id"]
    refused = await api.request("POST", f"/v1/calls/{call_id}/events",
                                json={"type": "call_ended", "occurred_at": at(-86400 * 400)})
    assert refused.status_code == 422, refused.text
    back_dated = before.call_ended_at - timedelta(days=400)
    async with tenant_session(owner, tenant_id) as session:
        await on_call_ended(session, CloudEvent(source="test", type="call.ended", tenantid=tenant_id, data={
            "call_id": call_id, "ended_at": back_dated.isoformat()}))
        await session.commit()
    after = await row_of(owner, tenant_id, transcript["id"])
    assert (after.call_ended_at, after.expires_at) == (before.call_ended_at, before.expires_at)
    assert after.expires_at > datetime.now(before.expires_at.tzinfo) and after.status == "active"


async def test_a_forged_call_ended_on_the_bus_is_counted_and_ignored(api, owner, tenant_key, js, services):
    """Something on the bus that does not hold CALLVAULT_EVENT_KEY publishes `call.ended` for a live call:
    the transcripts service counts it and drops it, and the call's retention clock does not start. The
    same event signed with the key is applied, so only the signature stood in the way."""
    tenant_id = tenant_key[0]
    transcript = await stored(api)
    call_id = transcript["call"][0]["id"]
    event = CloudEvent(source="callvault/recording-consent", type="call.ended", tenantid=tenant_id,
                       data={"call_id": call_id, "ended_at": datetime.now(UTC).isoformat()})
    subject, body = "callvault.call.ended", event.model_dump_json().encode()

    async def refused() -> float:
        async with httpx.AsyncClient(timeout=10) as client:
            exposition = (await client.get(f"{services.ops_url('transcripts')}/metrics")).text
        return metric_value(exposition, "callvault_events_refused_total", consumer=CALL_ENDS)

    before = await refused()
    await js.publish(subject, body)
    await js.publish(subject, body, headers={HEADER: sign(b"a key of someone else's, 32 bytes", subject, body)})

    async def dropped() -> bool:
        return await refused() == before + 2

    await eventually(dropped, timeout=15, what="both forged events counted and dropped")
    assert (await row_of(owner, tenant_id, transcript["id"])).call_ended_at is None
    await js.publish(subject, body, headers=event_headers(services, subject, body))
    await clock_started(owner, tenant_id, transcript["id"])

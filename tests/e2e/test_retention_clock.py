"""The transcripts service never moves a call's end backwards: a back-dated `call.ended` (refused by
the consent service today, but redelivered from before, or forged) leaves the retention clock where
the first end put it."""

from datetime import datetime, timedelta

from services.common.db import tenant_session
from services.common.events.envelope import CloudEvent
from services.transcripts.lifecycle.retention import on_call_ended
from tests.lifecycle import clock_started, row_of, stored
from tests.support import at


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

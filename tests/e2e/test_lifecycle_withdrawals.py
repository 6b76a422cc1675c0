"""Consent withdrawn, end to end: the consent service's `consent.withdrawn` reaches the transcripts
service, which applies the tenant's policy (keep, remove the participant's segments, remove the
transcript), unless a legal hold defers it until its release."""

import asyncio
from uuid import UUID

import pytest
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.common.storage import s3_client
from tests.helpers.call_locks import call_lock
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.stored_transcripts import objects_of, row_of, stored
from tests.helpers.support import ConsentApi, at, eventually


async def _withdraw(api: ConsentApi, transcript: dict, *purposes: str) -> None:
    call, ids = transcript["call"]
    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": list(purposes), "method": "verbal", "occurred_at": at(0)})


async def _withdrawal(owner, tenant_id: UUID, call_id: str):
    async with tenant_session(owner, tenant_id) as session:
        return (await session.execute(text("SELECT action, status, result FROM withdrawal WHERE call_id = :call"),
                                      {"call": call_id})).one_or_none()


async def _version(owner, tenant_id: UUID, transcript_id: str) -> int:
    async with tenant_session(owner, tenant_id) as session:
        return (await session.execute(text("SELECT version FROM transcript WHERE id = :id"),
                                      {"id": transcript_id})).scalar_one()


async def test_removing_the_participants_segments_writes_a_new_version_and_shreds_the_old(
        api, officer, owner, settings, tenant_key, gateway):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": "remove_segments"})
    assert (await api.ok("GET", "/v1/retention-policies"))["on_withdrawal"] == "remove_segments"
    transcript = await stored(api)
    [old_key] = await objects_of(settings, tenant_id, transcript["id"], kind="segments.json")
    await _withdraw(api, transcript, "transcription")

    async def rewritten() -> bool:
        return await _version(owner, tenant_id, transcript["id"]) == 2 and [
            k for k in await objects_of(settings, tenant_id, transcript["id"]) if "/v1/" in k] == []

    await eventually(rewritten, what="the customer's segments removed in a new version, the old one deleted")
    full = await officer.ok("GET", f"/v1/transcripts/{transcript['id']}",
                            params={"view": "full", "reason": "withdrawal check"})
    agent, customer = full["segments"]
    assert agent["text"] == "Hello." and not agent["removed"]
    assert customer["text"] is None and customer["removed_reason"] == "consent withdrawn"
    assert full["version"] == 2 and full["removed_segments"] == 1
    assert "/v2/" in (await objects_of(settings, tenant_id, transcript["id"], kind="segments.json"))[0]
    assert "/v1/" in old_key
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates",
                                  params={"transcript_id": transcript["id"]}))["items"]
    claims = certificate["claims"]
    assert (claims["reason"], claims["scope"], claims["version"]) == ("withdrawal", "version", 1)
    assert claims["cause"]["policy"] == "remove_segments"
    assert [o["key"] for o in claims["objects"] if o["kind"] == "segments.json"] == [old_key]
    assert (await _withdrawal(owner, tenant_id, transcript["call_id"])).status == "applied"


async def test_a_hold_defers_a_withdrawals_removal_until_it_is_released(api, officer, owner, purger, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": "remove_transcript"})
    held, free = await stored(api), await stored(api)
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-withdrawn", "reason": "litigation", "scope": {"call_ids": [held["call_id"]]}})
    await _withdraw(api, held, "recording", "transcription")
    await _withdraw(api, free, "transcription")

    async def free_purged() -> bool:
        return (await row_of(owner, tenant_id, free["id"])).status == "purged"

    await eventually(free_purged, what="the withdrawn transcript purged")
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates", params={"transcript_id": free["id"]}))["items"]
    assert certificate["reason"] == "withdrawal" and certificate["claims"]["scope"] == "transcript"
    # The held one waits, and says why.
    waiting = await _withdrawal(owner, tenant_id, held["call_id"])
    assert waiting.status == "pending" and waiting.result["kept"] == [
        {"transcript_id": held["id"], "matters": ["M-withdrawn"]}]
    # A transcript of the held call that comes now (a voice-AI platform's, at the call's end) keeps its words
    # as the hold keeps the first one's, until the hold is released.
    call, ids = held["call"]
    later = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids, "Hi.", "It is 415 555 0100."))
    assert later["removed"] == []
    waiting = await _withdrawal(owner, tenant_id, held["call_id"])
    assert waiting.status == "pending" and sorted(k["transcript_id"] for k in waiting.result["kept"]) == sorted(
        [held["id"], later["id"]])
    assert (await purger.run_once(tenant_id)).purged == 0
    assert (await row_of(owner, tenant_id, held["id"])).status == "active"
    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    report = await purger.run_once(tenant_id)
    assert report.by_reason == {"withdrawal": 2}
    assert (await row_of(owner, tenant_id, held["id"])).status == "purged"
    assert (await row_of(owner, tenant_id, later["id"])).status == "purged"
    assert (await _withdrawal(owner, tenant_id, held["call_id"])).status == "applied"


async def test_by_default_a_withdrawal_keeps_what_was_collected_before_it(api, owner, settings, tenant_key):
    tenant_id = tenant_key[0]
    kept, analytics = await stored(api), await stored(api)
    await _withdraw(api, analytics, "analytics")  # first: one consumer handles them in order
    await _withdraw(api, kept, "transcription")

    async def recorded() -> bool:
        return await _withdrawal(owner, tenant_id, kept["call_id"]) is not None

    await eventually(recorded, what="the withdrawal recorded")
    assert (await _withdrawal(owner, tenant_id, kept["call_id"]))[:2] == ("keep", "applied")
    assert await _withdrawal(owner, tenant_id, analytics["call_id"]) is None  # not about the words
    for t in (kept, analytics):
        assert (await row_of(owner, tenant_id, t["id"])).status == "active"
        assert await _version(owner, tenant_id, t["id"]) == 1
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"tenants/{tenant_id}/")
    assert sum(o["Key"].endswith("/segments.json") for o in listed["Contents"]) == 2


@pytest.mark.parametrize("policy", ["remove_segments", "remove_transcript"])
async def test_a_transcript_that_comes_after_the_withdrawal_is_stored_as_the_withdrawal_would_have_left_it(
        api, officer, owner, tenant_key, policy):
    # A voice-AI platform sends its transcript when the call ends: after a withdrawal made during the call.
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": policy})
    call, ids = await consenting_call(api)
    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": ["transcription"], "method": "verbal", "occurred_at": at(0)})

    async def applied() -> bool:
        found = await _withdrawal(owner, tenant_id, call["id"])
        return found is not None and found.status == "applied"

    await eventually(applied, what="the withdrawal applied to the call's transcripts (none yet)")
    answer = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(
        call, ids, "Hello.", "My number is 415 555 0100.", "Bye."))
    assert [(r["index"], r["reason"]) for r in answer["removed"]] == (
        [(1, "consent withdrawn")] if policy == "remove_segments" else [(i, "consent withdrawn") for i in range(3)])
    full = await officer.ok("GET", f"/v1/transcripts/{answer['id']}", params={"view": "full", "reason": "check"})
    texts = [s["text"] for s in full["segments"]]
    assert texts == (["Hello.", None, "Bye."] if policy == "remove_segments" else [None, None, None])


async def _waiting(owner, where: str) -> bool:
    """Whether some statement waits for a lock (`where`: which kind, as pg_locks says)."""
    async with owner.connect() as c:
        query = f"SELECT count(*) FROM pg_locks WHERE NOT granted AND {where}"
        return bool((await c.execute(text(query))).scalar_one())


async def _rewritten(owner, tenant_id: UUID, *transcript_ids: str) -> None:
    async def all_rewritten() -> bool:
        return all([await _version(owner, tenant_id, i) == 2 for i in transcript_ids])

    await eventually(all_rewritten, what="every transcript of the call rewritten by the withdrawal")


async def test_a_withdrawal_that_comes_while_a_transcript_is_being_stored_waits_for_it_and_removes_its_words(
        api, officer, owner, tenant_key):
    """The ingest read the call's withdrawals (none) and is storing its transcript when the withdrawal comes:
    its application waits for the store, then finds the transcript."""
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": "remove_segments"})
    call, ids = await consenting_call(api)
    async with owner.connect() as held:  # holds the store's insert back, whatever the tenant
        await held.execute(text("LOCK TABLE transcript_subject IN SHARE MODE"))
        posting = asyncio.create_task(api.request("POST", "/v1/transcripts", json=transcript_body(
            call, ids, "Hello.", "My number is 415 555 0100.", "Bye.")))
        await eventually(lambda: call_lock(owner, call["id"], held=True),
                         what="the transcript's store waiting, with the call's lock")
        await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                      "purposes": ["transcription"], "method": "verbal", "occurred_at": at(0)})
        await eventually(lambda: call_lock(owner, call["id"], held=False),
                         what="the withdrawal's application waiting for the store")
        await held.rollback()
    answer = (await posting).json()
    assert answer["removed"] == []  # judged before the withdrawal was known
    await _rewritten(owner, tenant_id, answer["id"])
    full = await officer.ok("GET", f"/v1/transcripts/{answer['id']}", params={"view": "full", "reason": "check"})
    assert [s["text"] for s in full["segments"]] == ["Hello.", None, "Bye."]
    assert (await _withdrawal(owner, tenant_id, call["id"])).status == "applied"


async def test_a_transcript_stored_while_a_withdrawal_was_being_applied_is_rewritten_by_it_too(
        api, officer, owner, settings, tenant_key):
    """The ingest read the call's withdrawals before the withdrawal was recorded; its application had listed
    the call's transcripts before this one was stored: the store sends the withdrawal back to pending."""
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": "remove_segments"})
    first = await stored(api)
    call, ids = first["call"]

    async def redacted() -> bool:  # its redacted copy written (announced in pending_object, as the ingest's)
        async with tenant_session(owner, tenant_id) as session:
            return bool((await session.execute(text(
                "SELECT count(*) FROM transcript_artifact WHERE transcript_id = :id AND kind <> 'segments.json'"),
                {"id": first["id"]})).scalar_one())

    await eventually(redacted, what="the first transcript's redacted copy written")
    holder = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=3)
    async with (holder.connect() as recording, holder.connect() as announcing,
                tenant_session(holder, tenant_id) as listing):
        # The application, once it has the call's lock, held back listing the first transcript; the withdrawal
        # held back before it is recorded.
        await listing.execute(text("SELECT 1 FROM transcript WHERE id = :id FOR UPDATE"), {"id": first["id"]})
        await recording.execute(text("LOCK TABLE withdrawal IN SHARE MODE"))
        await _withdraw(api, first, "transcription")
        await eventually(lambda: _waiting(owner, "relation = 'withdrawal'::regclass"),
                         what="the withdrawal's recording waiting")
        # The second transcript's ingest reads the call's withdrawals (none yet), then is held back.
        await announcing.execute(text("LOCK TABLE pending_object IN SHARE MODE"))
        posting = asyncio.create_task(api.request("POST", "/v1/transcripts", json=transcript_body(
            call, ids, "Hello again.", "It is 415 555 0100.")))
        await eventually(lambda: _waiting(owner, "relation = 'pending_object'::regclass"),
                         what="the second transcript's ingest waiting")
        await recording.rollback()
        await eventually(lambda: call_lock(owner, call["id"], held=True),
                         what="the withdrawal's application waiting for the first transcript, with the call's lock")
        await announcing.rollback()
        await eventually(lambda: call_lock(owner, call["id"], held=False),
                         what="the second transcript's store waiting for the application")
        await listing.rollback()
    await holder.dispose()
    answer = (await posting).json()
    assert answer["removed"] == []  # judged before the withdrawal was known
    await _rewritten(owner, tenant_id, first["id"], answer["id"])
    full = await officer.ok("GET", f"/v1/transcripts/{answer['id']}", params={"view": "full", "reason": "check"})
    assert [s["text"] for s in full["segments"]] == ["Hello again.", None]
    assert (await _withdrawal(owner, tenant_id, call["id"])).status == "applied"

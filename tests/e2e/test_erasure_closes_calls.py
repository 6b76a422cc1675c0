"""An erasure closes the erased subject's calls: a transcript of one that comes after the erasure (a voice-AI
platform's, in flight from the gateway's inbox while the erasure ran) is refused with 410 `call-erased` and
stored nowhere; one whose store commits while the erasure runs is found and erased with the rest, before the
request is finished. Each interleaving is staged on the call's lock, which both take. A call a legal hold
keeps is left open."""

import asyncio
from uuid import UUID

from sqlalchemy import text

from services.common.db import tenant_session
from services.common.storage import s3_client
from tests.helpers.data_subjects import a_number, call_with, customer, request, verified_and_finished
from tests.helpers.stored_transcripts import objects_of, row_of
from tests.helpers.support import eventually

LINES = ("Hi, I would like to cancel.", "My number is on file.")


def _body(call: dict, ids: dict) -> dict:
    segments = [{"participant_id": ids["cust"], "start_ms": 1000 * (i + 1), "end_ms": 1000 * (i + 1) + 900,
                 "text": words} for i, words in enumerate(LINES)]
    return {"call_id": call["id"], "language": "en-US", "engine": "voice-ai", "segments": segments}


async def _transcripts_of_call(owner, tenant_id: UUID, call_id: str) -> list[tuple[str, str]]:
    async with tenant_session(owner, tenant_id) as session:
        rows = await session.execute(text("SELECT id::text, status FROM transcript WHERE call_id = :c ORDER BY id"),
                                     {"c": call_id})
        return [tuple(row) for row in rows]


async def _erased_calls(owner, tenant_id: UUID) -> list[tuple[str, str]]:
    async with tenant_session(owner, tenant_id) as session:
        rows = await session.execute(text("SELECT call_id::text, request_id::text FROM erased_call ORDER BY 1"))
        return [tuple(row) for row in rows]


def _is_call_lock(x: str) -> str:
    """Whether pg_locks row `x` is the call's lock that its stores and an erasure closing it take."""
    return (f"{x}.locktype = 'advisory' AND {x}.objsubid = 2 AND {x}.classid::bigint = "
            f"(hashtext('callvault.withdrawals')::bigint + 4294967296) % 4294967296 "
            f"AND {x}.objid::bigint = (hashtext(CAST(:call AS text))::bigint + 4294967296) % 4294967296")


async def _call_lock(owner, call_id: str, *, held: bool) -> bool:
    """held: a backend has the call's lock and waits for another; otherwise: one waits for the call's lock."""
    query = (f"SELECT count(*) FROM pg_locks h JOIN pg_locks w ON w.pid = h.pid AND NOT w.granted "
             f"WHERE h.granted AND {_is_call_lock('h')}" if held
             else f"SELECT count(*) FROM pg_locks w WHERE NOT w.granted AND {_is_call_lock('w')}")
    async with owner.connect() as c:
        return bool((await c.execute(text(query), {"call": call_id})).scalar_one())


async def _erasing(officer, number: str) -> tuple[dict, asyncio.Task]:
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    return erasure, asyncio.create_task(verified_and_finished(officer, erasure["id"], timeout=60))


async def test_a_transcript_that_comes_after_the_erasure_is_refused_and_stored_nowhere(officer, api, owner,
                                                                                      settings, tenant_key):
    """The voice-AI platform's transcript comes at the call's end, after the subject's erasure finished (the
    call had no transcript for the erasure to find): refused for good, nothing stored."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    assert report["status"] == "completed", report

    for _ in range(2):  # a retry is refused the same way
        refused = await api.request("POST", "/v1/transcripts", json=_body(call, ids))
        assert refused.status_code == 410, refused.text
        assert refused.headers["content-type"] == "application/problem+json"
        problem = refused.json()
        assert problem["type"] == "urn:callvault:problem:call-erased"
        assert (problem["call_id"], problem["request_id"]) == (call["id"], erasure["id"])
    assert await _transcripts_of_call(owner, tenant_id, call["id"]) == []
    # The objects the refused stores wrote (sealed under keys that were never kept) are the sweeper's.
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"tenants/{tenant_id}/transcripts/")
    written = {o["Key"] for o in listed.get("Contents", [])}
    async with tenant_session(owner, tenant_id) as session:
        announced = set((await session.execute(text("SELECT object_key FROM pending_object"))).scalars())
    assert len(written) == 2 and written <= announced
    assert await _erased_calls(owner, tenant_id) == [(call["id"], erasure["id"])]
    [closed] = [d for d in report["report"]["done"] if d.get("action") == "calls_closed"]
    assert closed["calls"] == [call["id"]] and "calls_closed" in report["report"]["steps"]


async def test_a_transcript_stored_while_the_erasure_closes_its_call_is_erased_before_the_request_finishes(
        officer, api, owner, settings, tenant_key):
    """The store has the call's lock (its insert held back) when the erasure comes to close the call: the
    erasure waits for the store's commit, then finds the transcript and erases it with the rest."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    async with owner.connect() as held:  # holds the store's insert back, whatever the tenant
        await held.execute(text("LOCK TABLE transcript_subject IN SHARE MODE"))
        posting = asyncio.create_task(api.request("POST", "/v1/transcripts", json=_body(call, ids)))
        await eventually(lambda: _call_lock(owner, call["id"], held=True),
                         what="the transcript's store waiting, with the call's lock")
        erasure, erasing = await _erasing(officer, number)
        await eventually(lambda: _call_lock(owner, call["id"], held=False),
                         what="the erasure waiting for the call's lock")
        await held.rollback()
    stored = await posting
    assert stored.status_code == 201, stored.text  # it came first
    report = await erasing
    assert report["status"] == "completed", report
    late = [d for d in report["report"]["done"] if d.get("action") == "purged" and d.get("note")]
    assert [d["transcripts"] for d in late] == [[stored.json()["id"]]]
    assert await _transcripts_of_call(owner, tenant_id, call["id"]) == [(stored.json()["id"], "purged")]
    assert await objects_of(settings, tenant_id, stored.json()["id"]) == []
    certificates = (await officer.ok("GET", "/v1/deletion-certificates",
                                     params={"transcript_id": stored.json()["id"]}))["items"]
    assert [(c["reason"], c["claims"]["cause"]["request"]) for c in certificates] == [("erasure", erasure["id"])]


async def test_a_transcript_whose_store_waits_for_the_erasure_closing_its_call_is_refused(officer, api, owner,
                                                                                         tenant_key):
    """The erasure has the call's lock (its record of the closed call held back) when the store comes: the store
    waits for the erasure's commit, then finds the call closed and stores nothing."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    async with owner.connect() as held:  # holds the erasure's record of the closed call back
        await held.execute(text("LOCK TABLE erased_call IN SHARE MODE"))
        erasure, erasing = await _erasing(officer, number)
        await eventually(lambda: _call_lock(owner, call["id"], held=True),
                         what="the erasure waiting, with the call's lock")
        posting = asyncio.create_task(api.request("POST", "/v1/transcripts", json=_body(call, ids)))
        await eventually(lambda: _call_lock(owner, call["id"], held=False),
                         what="the transcript's store waiting for the call's lock")
        await held.rollback()
    refused = await posting
    assert refused.status_code == 410 and refused.json()["type"].endswith("call-erased"), refused.text
    assert refused.json()["request_id"] == erasure["id"]
    assert (await erasing)["status"] == "completed"
    assert await _transcripts_of_call(owner, tenant_id, call["id"]) == []


async def test_a_call_a_legal_hold_keeps_is_not_closed_by_the_erasure(officer, api, owner, tenant_key):
    """The hold defers the erasure of its call: a transcript of it that comes later is stored, as the hold wants;
    the subject's other call is closed."""
    tenant_id, number = tenant_key[0], a_number()
    held_call, held_ids = await call_with(api, customer("cust", number))
    free_call, free_ids = await call_with(api, customer("cust", number))
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-held-call", "reason": "litigation",
                                                           "scope": {"call_ids": [held_call["id"]]}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    [closed] = [d for d in report["report"]["done"] if d.get("action") == "calls_closed"]
    assert closed["calls"] == [free_call["id"]]
    assert await _erased_calls(owner, tenant_id) == [(free_call["id"], erasure["id"])]
    await api.ok("POST", "/v1/transcripts", 201, json=_body(held_call, held_ids))
    assert (await api.request("POST", "/v1/transcripts", json=_body(free_call, free_ids))).status_code == 410
    [(kept_id, status)] = await _transcripts_of_call(owner, tenant_id, held_call["id"])
    assert status == "active" and (await row_of(owner, tenant_id, kept_id)).status == "active"

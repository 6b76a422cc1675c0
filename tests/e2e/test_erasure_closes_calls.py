"""An erasure closes the erased subject's calls: a transcript of one that comes after the erasure (a voice-AI
platform's, in flight from the gateway's inbox while the erasure ran) is refused with 410 `call-erased` and
stored nowhere; one whose store commits while the erasure runs is found and erased with the rest, before the
request is finished. Each interleaving is staged on the call's lock, which both take. A call a legal hold
keeps is left open."""

import asyncio
from uuid import UUID, uuid4

import asyncpg
from sqlalchemy import text

from services.common.db import tenant_session
from services.common.storage import s3_client
from tests.helpers.call_locks import call_lock
from tests.helpers.data_subjects import a_number, call_with, customer, finished, request, verified_and_finished
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


async def _erasing(officer, number: str, subject: dict | None = None) -> tuple[dict, asyncio.Task]:
    erasure = await request(officer, "erasure", subject or {"phone_numbers": [number]})
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
        # Generic: the writer (an ASR vendor's key) learns neither the request nor when; those are in the log.
        assert problem["call_id"] == call["id"] and "request_id" not in problem, problem
        assert erasure["id"] not in problem["detail"] and str(erasure["received_at"])[:10] not in problem["detail"]
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
        await eventually(lambda: call_lock(owner, call["id"], held=True),
                         what="the transcript's store waiting, with the call's lock")
        erasure, erasing = await _erasing(officer, number)
        await eventually(lambda: call_lock(owner, call["id"], held=False),
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
        await eventually(lambda: call_lock(owner, call["id"], held=True),
                         what="the erasure waiting, with the call's lock")
        posting = asyncio.create_task(api.request("POST", "/v1/transcripts", json=_body(call, ids)))
        await eventually(lambda: call_lock(owner, call["id"], held=False),
                         what="the transcript's store waiting for the call's lock")
        await held.rollback()
    refused = await posting
    assert refused.status_code == 410 and refused.json()["type"].endswith("call-erased"), refused.text
    assert "request_id" not in refused.json() and erasure["id"] not in refused.text
    assert (await erasing)["status"] == "completed"
    assert await _transcripts_of_call(owner, tenant_id, call["id"]) == []


async def test_a_hold_naming_a_call_keeps_its_later_transcripts_and_is_reported(officer, api, owner, tenant_key):
    """Every call is closed; the hold keeps transcripts, not calls: a later transcript of the held call is stored
    (the store reads the holds, by the close's rule), one of the subject's other call is refused, and the report
    says what the hold keeps."""
    tenant_id, number = tenant_key[0], a_number()
    held_call, held_ids = await call_with(api, customer("cust", number))
    free_call, free_ids = await call_with(api, customer("cust", number))
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-held-call", "reason": "litigation",
                                                           "scope": {"call_ids": [held_call["id"]]}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    [closed] = [d for d in report["report"]["done"] if d.get("action") == "calls_closed"]
    assert closed["calls"] == sorted([free_call["id"], held_call["id"]])
    assert await _erased_calls(owner, tenant_id) == sorted([(free_call["id"], erasure["id"]),
                                                            (held_call["id"], erasure["id"])])
    assert [(k["what"], k["id"], k["matters"]) for k in report["report"]["kept"] if k.get("service") == "transcripts"
            ] == [("call", held_call["id"], ["M-held-call"])]
    assert report["status"] == "partially_completed"
    await api.ok("POST", "/v1/transcripts", 201, json=_body(held_call, held_ids))
    assert (await api.request("POST", "/v1/transcripts", json=_body(free_call, free_ids))).status_code == 410
    [(kept_id, status)] = await _transcripts_of_call(owner, tenant_id, held_call["id"])
    assert status == "active" and (await row_of(owner, tenant_id, kept_id)).status == "active"


async def test_a_call_with_a_held_transcript_is_closed_to_an_unheld_later_one(officer, api, owner, tenant_key):
    """A hold by tag keeps the call's first transcript; the call is closed all the same: a later transcript
    without the tag is refused (it would have escaped the erasure), one with it is stored, as the hold wants."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    first = await api.ok("POST", "/v1/transcripts", 201, json={**_body(call, ids), "tags": ["dispute"]})
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-dispute", "reason": "litigation",
                                                           "scope": {"tags": ["dispute"]}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    assert await _erased_calls(owner, tenant_id) == [(call["id"], erasure["id"])]
    assert [(k["what"], k["id"]) for k in report["report"]["kept"] if k.get("service") == "transcripts"] == [
        ("transcript", first["id"])]
    refused = await api.request("POST", "/v1/transcripts", json=_body(call, ids))
    assert refused.status_code == 410 and refused.json()["type"].endswith("call-erased"), refused.text
    tagged = await api.ok("POST", "/v1/transcripts", 201, json={**_body(call, ids), "tags": ["dispute"]})
    assert sorted(await _transcripts_of_call(owner, tenant_id, call["id"])) == sorted(
        [(first["id"], "active"), (tagged["id"], "active")])


async def test_a_hold_naming_the_subject_keeps_a_later_transcript_of_the_closed_call(officer, api, owner,
                                                                                     tenant_key):
    """The erasure erased the subject's number, so a later transcript is not indexed to them: the store still
    sees the hold naming the subject, through the erasing request's blind indexes."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-person", "reason": "litigation",
                                                           "scope": {"subjects": {"phone_numbers": [number]}}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    assert await _erased_calls(owner, tenant_id) == [(call["id"], erasure["id"])]
    assert ("call", call["id"]) in [(k["what"], k.get("id")) for k in report["report"]["kept"]]
    await api.ok("POST", "/v1/transcripts", 201, json=_body(call, ids))


async def test_a_transcript_that_was_there_before_and_is_not_the_subjects_is_left_alone(officer, api, owner,
                                                                                        tenant_key):
    """The subject (by email) is in one transcript of the call; the call's other transcript, stored before the
    erasure and not indexed to them, is not the erasure's: the close leaves it, as the shred step did."""
    tenant_id, email = tenant_key[0], f"{uuid4().hex}@example.com"
    call, ids = await call_with(api, customer("cust", a_number()))
    theirs = await api.ok("POST", "/v1/transcripts", 201, json={**_body(call, ids), "subjects": {"emails": [email]}})
    other = await api.ok("POST", "/v1/transcripts", 201, json=_body(call, ids))
    erasure = await request(officer, "erasure", {"emails": [email]})
    report = await verified_and_finished(officer, erasure["id"])
    assert report["status"] == "completed", report
    assert sorted(await _transcripts_of_call(owner, tenant_id, call["id"])) == sorted(
        [(theirs["id"], "purged"), (other["id"], "active")])
    assert [d for d in report["report"]["done"] if d.get("note") == "stored while the erasure ran"] == []


async def test_a_transcript_of_a_new_call_indexed_to_the_subject_while_the_close_runs_is_erased(
        officer, api, owner, tenant_key):
    """The subject (by email) is on one call when the erasure starts; while the close waits for that call's lock,
    a transcript of another call, indexed to the subject's email, is stored: the close looks again, closes that
    call too, and erases the transcript as the erasure's."""
    tenant_id, email = tenant_key[0], f"{uuid4().hex}@example.com"
    known, known_ids = await call_with(api, customer("cust", a_number()))
    await api.ok("POST", "/v1/transcripts", 201, json={**_body(known, known_ids), "subjects": {"emails": [email]}})
    new, new_ids = await call_with(api, customer("cust", a_number()))
    async with owner.connect() as held:
        await held.execute(text("SELECT pg_advisory_xact_lock(hashtext('callvault.withdrawals'), "
                                "hashtext(CAST(:call AS text)))"), {"call": known["id"]})
        erasure, erasing = await _erasing(officer, email, {"emails": [email]})
        await eventually(lambda: call_lock(owner, known["id"], held=False), timeout=30,
                         what="the erasure waiting for the known call's lock")
        meanwhile = await api.ok("POST", "/v1/transcripts", 201, json={**_body(new, new_ids),
                                                                       "subjects": {"emails": [email]}})
        await held.rollback()
    report = await erasing
    assert report["status"] == "completed", report
    assert await _transcripts_of_call(owner, tenant_id, new["id"]) == [(meanwhile["id"], "purged")]
    assert await _erased_calls(owner, tenant_id) == sorted([(known["id"], erasure["id"]), (new["id"], erasure["id"])])
    [closed] = [d for d in report["report"]["done"] if d.get("action") == "calls_closed"]
    assert closed["calls"] == sorted([known["id"], new["id"]])


async def test_each_call_is_closed_in_its_own_commit(officer, api, owner, tenant_key):
    """The close holds one call's lock at a time: while it waits for the second call's lock, the first call's
    closing is committed (its lock released), so a subject's thousands of calls never pile up locks."""
    tenant_id, number = tenant_key[0], a_number()
    calls = sorted([(await call_with(api, customer("cust", number)))[0]["id"] for _ in range(2)])
    async with owner.connect() as held:
        await held.execute(text("SELECT pg_advisory_xact_lock(hashtext('callvault.withdrawals'), "
                                "hashtext(CAST(:call AS text)))"), {"call": calls[1]})
        erasure, erasing = await _erasing(officer, number)
        await eventually(lambda: call_lock(owner, calls[1], held=False),
                         what="the erasure waiting for the second call's lock")
        assert await _erased_calls(owner, tenant_id) == [(calls[0], erasure["id"])]
        await held.rollback()
    assert (await erasing)["status"] == "completed"
    assert await _erased_calls(owner, tenant_id) == [(c, erasure["id"]) for c in calls]


async def test_a_report_line_written_while_the_erasure_closes_calls_is_kept(officer, api, owner, settings,
                                                                             tenant_key):
    """The consent service's reply is in before this service's step starts, so the step shreds, commits, then
    closes the calls. Another writer of the report (the gateway's answer) commits while the close waits for a
    call's lock: the close has taken the request's row again, so that writer waits for it, and neither's
    lines are lost. (The request is put in progress with the reply's calls by hand: a restart finds it so.)"""
    tenant_id, number = tenant_key[0], a_number()
    call, _ = await call_with(api, customer("cust", number))
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    async with owner.connect() as held:
        await held.execute(text("SELECT pg_advisory_xact_lock(hashtext('callvault.withdrawals'), "
                                "hashtext(CAST(:call AS text)))"), {"call": call["id"]})
        await _in_progress_with_reply(settings, tenant_id, erasure["id"], call["id"])
        await eventually(lambda: call_lock(owner, call["id"], held=False), timeout=30,
                         what="the erasure waiting for the call's lock")
        writing = asyncio.create_task(_add_step(settings, tenant_id, erasure["id"], "probe"))
        await eventually(lambda: _row_lock_waited_or_done(owner, writing), what="the other writer at the row")
        await held.rollback()
    await writing
    report = await finished(officer, erasure["id"])
    assert report["status"] == "completed", report
    assert {"probe", "calls_closed"} <= set(report["report"]["steps"]), report["report"]["steps"]
    assert await _erased_calls(owner, tenant_id) == [(call["id"], erasure["id"])]


async def _in_progress_with_reply(settings, tenant_id: UUID, request_id: str, call_id: str) -> None:
    """The request in progress, the consent service's reply (naming the call) recorded: the scan picks it up."""
    await _owner_run(settings, tenant_id, """
        UPDATE privacy_request SET status = 'in_progress', report = report
            || jsonb_build_object('steps', COALESCE(report -> 'steps', '{}') || jsonb_build_object('consent', now()))
            || jsonb_build_object('found', COALESCE(report -> 'found', '{}')
                                  || jsonb_build_object('recording_consent', jsonb_build_object(
                                         'calls', jsonb_build_array($2::text))))
        WHERE id = $1""", UUID(request_id), call_id)


async def _add_step(settings, tenant_id: UUID, request_id: str, step: str) -> None:
    """As the gateway's answer is recorded: a step added to the request's report."""
    await _owner_run(settings, tenant_id, "UPDATE privacy_request SET report = jsonb_set(report, ARRAY['steps', $1], "
                                          "to_jsonb(now())) WHERE id = $2", step, UUID(request_id))


async def _owner_run(settings, tenant_id: UUID, statement: str, *args) -> None:
    """One statement as the tenant, committed, on a connection of its own (the test's pool is small)."""
    conn = await asyncpg.connect(settings.service_database_url("transcripts", owner=True).replace("+asyncpg", ""))
    try:
        async with conn.transaction():
            await conn.execute("SELECT set_config('app.tenant_id', $1, true)", str(tenant_id))
            await conn.execute(statement, *args)
    finally:
        await conn.close()


async def _row_lock_waited_or_done(owner, writing: asyncio.Task) -> bool:
    """The writer's update is done, or waits for a lock (the erasure's, on the request's row)."""
    if writing.done():
        return True
    async with owner.connect() as c:
        return bool((await c.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND query LIKE 'UPDATE privacy_request SET report = jsonb_set%'"))).scalar_one())

"""Privacy requests (data-subject requests) end to end, through the gateway and the real services:
deadlines and extensions, identity verification before anything runs, erasure with a legal hold,
restriction on every read path, rectification, objection, a restart mid-erasure, and another
tenant's subject with the same number left alone."""

import asyncio
import io
import json
import os
import signal
import zipfile
from datetime import UTC, datetime, timedelta

import httpx
import jwt
from dateutil.relativedelta import relativedelta
from sqlalchemy import text
from vcon import Vcon

from services.common.db import create_engine, tenant_session
from services.common.storage import s3_client
from services.gateway.service import ensure_tenant_with_key
from services.transcripts import key_rotation
from services.transcripts.lifecycle.purge import Purger
from tests.helpers import crash
from tests.helpers.call_locks import call_lock
from tests.helpers.consenting_calls import key_with_roles
from tests.helpers.data_subjects import (
    a_number,
    call_with,
    customer,
    finished,
    formatted,
    request,
    transcript_of,
    verified_and_finished,
)
from tests.helpers.stored_transcripts import clock_started, objects_of, row_of
from tests.helpers.support import ConsentApi, at, by_external_id, eventually


def _iso(value: str) -> datetime:
    return datetime.fromisoformat(value)


async def test_the_deadline_follows_the_regulation_and_is_extended_once_with_a_reason(officer):
    subject = {"emails": ["someone@example.com"]}
    gdpr = await request(officer, "access", subject, received_at="2026-01-31T09:00:00+00:00")
    # One month from receipt ends on the month's last day when it has no 31st; it is long overdue now.
    assert _iso(gdpr["due_at"]) == datetime(2026, 2, 28, 9, tzinfo=UTC)
    assert gdpr["overdue"] is True and gdpr["days_left"] < -200 and gdpr["status"] == "received"
    ccpa = await officer.ok("POST", "/v1/privacy-requests", 201, json={
        "type": "erasure", "regulation": "ccpa", "subject": subject, "received_at": at(-86400)})
    assert _iso(ccpa["due_at"]) - _iso(ccpa["received_at"]) == timedelta(days=45)
    assert ccpa["days_left"] == 43 and ccpa["overdue"] is False
    # Once due, a request can no longer be extended: the person must hear of it within the first period.
    too_late = await officer.request("POST", f"/v1/privacy-requests/{gdpr['id']}/extend", json={"reason": "late"})
    assert too_late.status_code == 409 and too_late.json()["type"].endswith("privacy-request-no-extension")
    assert "GDPR art. 12(3)" in too_late.json()["detail"]
    # One extension each, with its reason, while not yet due: GDPR two months, CCPA 45 days.
    fresh = await officer.ok("POST", "/v1/privacy-requests", 201, json={
        "type": "access", "regulation": "gdpr", "subject": subject, "received_at": at(-10 * 86400)})
    no_reason = await officer.request("POST", f"/v1/privacy-requests/{fresh['id']}/extend", json={})
    assert no_reason.status_code == 422
    extended = await officer.ok("POST", f"/v1/privacy-requests/{fresh['id']}/extend",
                                json={"reason": "complex request: many calls"})
    assert _iso(extended["due_at"]) == _iso(fresh["due_at"]) + relativedelta(months=2)
    assert extended["extension"]["reason"] == "complex request: many calls"
    assert _iso(extended["extension"]["previous_due_at"]) == _iso(fresh["due_at"])
    again = await officer.request("POST", f"/v1/privacy-requests/{fresh['id']}/extend", json={"reason": "more"})
    assert again.status_code == 409 and again.json()["type"].endswith("privacy-request-extended")
    ccpa_extended = await officer.ok("POST", f"/v1/privacy-requests/{ccpa['id']}/extend", json={"reason": "volume"})
    assert _iso(ccpa_extended["due_at"]) - _iso(ccpa["due_at"]) == timedelta(days=45)
    # What is at risk: the open requests due before a date, soonest first.
    at_risk = await officer.ok("GET", "/v1/privacy-requests", params={"due_before": at(30 * 86400)})
    assert [r["id"] for r in at_risk["items"]] == [gdpr["id"]]
    later = await officer.ok("GET", "/v1/privacy-requests", params={"due_before": at(200 * 86400)})
    assert [r["id"] for r in later["items"]] == [gdpr["id"], extended["id"], ccpa["id"]]
    future = await officer.request("POST", "/v1/privacy-requests", json={
        "type": "access", "regulation": "gdpr", "subject": subject, "received_at": at(86400)})
    assert future.status_code == 422 and future.json()["type"].endswith("received-in-the-future")


async def test_lgpd_and_quebec_requests_cannot_be_extended_and_each_regime_cites_its_clock(officer):
    subject = {"emails": ["someone@example.com"]}
    for regime, days in (("lgpd", 15), ("quebec_law25", 30)):
        made = await officer.ok("POST", "/v1/privacy-requests", 201, json={
            "type": "access", "regulation": regime, "subject": subject, "received_at": at(-3600)})
        assert _iso(made["due_at"]) - _iso(made["received_at"]) == timedelta(days=days)
        refused = await officer.request("POST", f"/v1/privacy-requests/{made['id']}/extend", json={"reason": "busy"})
        assert refused.status_code == 409 and refused.json()["type"].endswith("privacy-request-no-extension")
    for regime in ("uk_gdpr", "us_state", "pipeda"):
        made = await officer.ok("POST", "/v1/privacy-requests", 201, json={
            "type": "access", "regulation": regime, "subject": subject, "received_at": at(-3600)})
        assert made["deadline_citation"] and made["acknowledge_by"] is None


async def test_a_ccpa_request_by_an_authorized_agent_is_acknowledged_and_verified_for_both(officer):
    made = await officer.ok("POST", "/v1/privacy-requests", 201, json={
        "type": "access", "regulation": "ccpa", "subject": {"emails": ["consumer@example.com"]},
        "received_at": at(-3600), "requested_by": {"kind": "authorized_agent", "name": "Privacy Helpers LLC",
                                                   "authorization": "signed permission dated 2026-11-30"}})
    assert made["requested_by"] == {"kind": "authorized_agent", "name": "Privacy Helpers LLC",
                                    "authorization": "signed permission dated 2026-11-30"}
    received = _iso(made["received_at"])
    assert timedelta(days=12) <= _iso(made["acknowledge_by"]) - received <= timedelta(days=16)
    assert made["acknowledgement"] is None
    acknowledged = await officer.ok("POST", f"/v1/privacy-requests/{made['id']}/acknowledge",
                                    json={"method": "email to the agent"})
    assert acknowledged["acknowledgement"]["method"] == "email to the agent"
    twice = await officer.request("POST", f"/v1/privacy-requests/{made['id']}/acknowledge", json={"method": "again"})
    assert twice.status_code == 409
    # The consumer's identity alone is not enough: nothing runs (and nothing is disclosed) before both.
    identity_only = await officer.request("POST", f"/v1/privacy-requests/{made['id']}/verify",
                                          json={"method": "identity document checked", "verified_by": "officer"})
    assert identity_only.status_code == 422 and identity_only.json()["type"].endswith("agent-authority-not-verified")
    assert (await officer.ok("GET", f"/v1/privacy-requests/{made['id']}"))["status"] == "received"
    both = await officer.ok("POST", f"/v1/privacy-requests/{made['id']}/verify", json={
        "method": "identity document checked", "verified_by": "officer",
        "agent_authority": {"method": "signed permission checked with the consumer", "verified_by": "officer"}})
    assert both["status"] in ("verified", "in_progress", "completed")
    assert both["verification"]["agent_authority"]["method"] == "signed permission checked with the consumer"
    half_named = await officer.request("POST", "/v1/privacy-requests", json={
        "type": "access", "regulation": "ccpa", "subject": {"emails": ["consumer@example.com"]},
        "received_at": at(-3600), "requested_by": {"kind": "authorized_agent", "name": "Someone"}})
    assert half_named.status_code == 422


async def test_a_rejection_needs_a_reason_and_nothing_runs_before_verification(officer, api):
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    kept = await transcript_of(api, call, ids, ("cust", "Please delete my data."))
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    assert erasure["status"] == "received" and erasure["report"]["done"] == []
    # Unverified, nothing happened: the transcript is there.
    await api.ok("GET", f"/v1/transcripts/{kept['id']}")
    assert (await officer.request("POST", f"/v1/privacy-requests/{erasure['id']}/reject", json={})).status_code == 422
    rejected = await officer.ok("POST", f"/v1/privacy-requests/{erasure['id']}/reject",
                                json={"reason": "identity could not be verified"})
    assert rejected["status"] == "rejected" and rejected["rejection"]["reason"] == "identity could not be verified"
    assert rejected["days_left"] is None and rejected["completed_at"]
    late = await officer.request("POST", f"/v1/privacy-requests/{erasure['id']}/verify",
                                 json={"method": "id", "verified_by": "me"})
    assert late.status_code == 409 and late.json()["type"].endswith("privacy-request-state")
    await api.ok("GET", f"/v1/transcripts/{kept['id']}")
    # Agents and supervisors do not file requests; the audit trail has each step.
    agentish = ConsentApi(api.client, await key_with_roles(api.client, api.headers, "supervisor"))
    refused = await agentish.request("POST", "/v1/privacy-requests", json={
        "type": "access", "regulation": "gdpr", "subject": {"phone_numbers": [number]}, "received_at": at(-60)})
    assert refused.status_code == 403
    trail = await officer.ok("GET", "/v1/audit", params={"action": "privacy_request.rejected"})
    assert [e["content"]["reason"] for e in trail["items"]] == ["identity could not be verified"]


async def test_erasure_purges_the_subjects_transcripts_keeps_the_held_one_and_says_so(
        officer, api, gateway, gateway_engine, owner, settings, tenant_key):
    tenant_id = tenant_key[0]
    number, other = a_number(), a_number()
    # The subject on three calls: as the customer under two spellings of the number, and as a third party.
    first = await call_with(api, customer("cust", number))
    second = await call_with(api, customer("cust", formatted(number)))
    third = await call_with(api, customer("cust", other), customer("friend", number, "third_party"))
    t1 = await transcript_of(api, *first, ("cust", "Hi, I want to cancel."), ("agent-7", "Sure."))
    t2 = await transcript_of(api, *second, ("cust", "Calling again about my bill."))
    t3 = await transcript_of(api, *third, ("cust", "My friend is here."), ("friend", "Hello."))
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-2026-7", "reason": "billing dispute",
                                                           "scope": {"call_ids": [second[0]["id"]]}})
    # Another tenant, the same number: none of this touches it.
    stranger_id, stranger_key = await ensure_tenant_with_key(gateway_engine, "Stranger", f"s-{os.urandom(5).hex()}",
                                                             ["tenant_admin"], "test")
    stranger = ConsentApi(gateway, {"Authorization": f"Bearer {stranger_key}"})
    theirs = await call_with(stranger, customer("cust", number))
    their_transcript = await transcript_of(stranger, *theirs, ("cust", "I am someone else's customer."))

    erasure = await request(officer, "erasure", {"phone_numbers": [formatted(number)]})
    report = await verified_and_finished(officer, erasure["id"])

    assert report["status"] == "partially_completed", report
    found = report["report"]["found"]
    assert sorted(found["transcripts"]["transcripts"]["ids"]) == sorted([t1["id"], t2["id"], t3["id"]])
    subject_participants = {first[1]["cust"], second[1]["cust"], third[1]["friend"]}
    assert set(found["recording_consent"]["participants"]) == subject_participants
    purged = next(d for d in report["report"]["done"] if d.get("action") == "purged")
    assert sorted(purged["transcripts"]) == sorted([t1["id"], t3["id"]])
    certified = next(d for d in report["report"]["done"] if d.get("action") == "certified")
    assert certified["count"] == 2
    held = [k for k in report["report"]["kept"] if k.get("why") == "legal_hold"]
    assert held == [{"service": "transcripts", "what": "transcript", "id": t2["id"], "call_id": second[0]["id"],
                     "why": "legal_hold", "matters": ["M-2026-7"]},
                    # the erasure closed the call; a later transcript of it the hold keeps is stored
                    {"service": "transcripts", "what": "call", "id": second[0]["id"], "why": "legal_hold",
                     "matters": ["M-2026-7"], "note": "a later transcript of it that the hold covers is stored"}]
    assert any(k["what"] == "privacy_request" for k in report["report"]["kept"])
    assert {"received", "verified", "in_progress", "transcripts", "consent", "partially_completed"} <= set(
        report["report"]["steps"])
    # The erased transcripts are gone, with their objects and certificates saying why; the held one stays.
    for gone in (t1, t3):
        assert (await api.request("GET", f"/v1/transcripts/{gone['id']}")).status_code == 410
        assert (await row_of(owner, tenant_id, gone["id"])).status == "purged"
        assert await objects_of(settings, tenant_id, gone["id"]) == []
        certificates = (await officer.ok("GET", "/v1/deletion-certificates",
                                         params={"transcript_id": gone["id"]}))["items"]
        assert [c["reason"] for c in certificates] == ["erasure"]
    await api.ok("GET", f"/v1/transcripts/{t2['id']}")
    # The consent service no longer holds the subject's number; the other customer's stays.
    for (call, _), external_id, has_number in ((first, "cust", False), (third, "friend", False),
                                               (third, "cust", True)):
        participants = by_external_id(await api.ok("GET", f"/v1/calls/{call['id']}"))
        assert participants[external_id]["has_phone_number"] is has_number
    # The ledger and the audit trail still verify.
    assert (await officer.ok("GET", "/v1/ledger/verify"))["ok"] is True
    assert (await officer.ok("GET", "/v1/audit/verify"))["ok"] is True
    # The other tenant's subject with the same number: untouched.
    await stranger.ok("GET", f"/v1/transcripts/{their_transcript['id']}")
    assert by_external_id(await stranger.ok("GET", f"/v1/calls/{theirs[0]['id']}"))["cust"]["has_phone_number"]
    assert stranger_id != tenant_id


async def test_a_restriction_keeps_everyone_but_a_compliance_officer_with_a_reason_out_until_lifted(officer, api):
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    restricted = await transcript_of(api, call, ids, ("cust", "Restrict what you do with this."))
    free_call = await call_with(api, customer("cust", a_number()))
    free = await transcript_of(api, *free_call, ("cust", "Nothing to restrict here."))
    assert (await api.decision(call["id"]))["may_analyze"] is True
    supervisor = ConsentApi(api.client, await key_with_roles(api.client, api.headers, "supervisor"))

    restriction = await request(officer, "restriction", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, restriction["id"])
    assert report["status"] == "completed"

    # Every read path: the redacted view, the full view, the call's list, the tenant's list.
    for reader in (api, supervisor):
        refused = await reader.request("GET", f"/v1/transcripts/{restricted['id']}")
        assert refused.status_code == 403 and refused.json()["type"].endswith("transcript-restricted")
        listed = await reader.ok("GET", "/v1/transcripts")
        assert restricted["id"] not in [t["id"] for t in listed["items"]] and free["id"] in [
            t["id"] for t in listed["items"]]
        assert (await reader.ok("GET", f"/v1/calls/{call['id']}/transcripts"))["items"] == []
    full = await supervisor.request("GET", f"/v1/transcripts/{restricted['id']}",
                                    params={"view": "full", "reason": "quality review"})
    assert full.status_code == 403
    no_reason = await officer.request("GET", f"/v1/transcripts/{restricted['id']}")
    assert no_reason.status_code == 422 and no_reason.json()["type"].endswith("reason-required")
    read = await officer.ok("GET", f"/v1/transcripts/{restricted['id']}",
                            params={"view": "full", "reason": "the subject's complaint"})
    assert read["segments"][0]["text"] == "Restrict what you do with this."
    trail = await officer.ok("GET", "/v1/audit", params={"transcript_id": restricted["id"]})
    assert trail["items"][0]["content"]["restricted"] is True
    # No analytics or AI training of the subject's call from now on.
    decision = await api.decision(call["id"])
    assert (decision["may_analyze"], decision["may_train"], decision["may_record"]) == (False, False, True)

    lifted = await officer.ok("POST", f"/v1/privacy-requests/{restriction['id']}/lift",
                              json={"reason": "the subject's complaint is resolved"})
    assert lifted["lift"]["reason"] == "the subject's complaint is resolved"
    await api.ok("GET", f"/v1/transcripts/{restricted['id']}")

    async def decided_as_before() -> bool:
        return (await api.decision(call["id"]))["may_analyze"] is True

    await eventually(decided_as_before, timeout=15, what="the consent service lifted the restriction")
    again = await officer.request("POST", f"/v1/privacy-requests/{restriction['id']}/lift", json={"reason": "twice"})
    assert again.status_code == 409


async def test_a_rectification_makes_a_new_version_and_shreds_the_old_one(officer, api, owner, settings, tenant_key):
    tenant_id = tenant_key[0]
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    stored = await transcript_of(api, call, ids, ("agent-7", "What is your surname?"), ("cust", "It is Smyth."))
    rectification = await request(officer, "rectification", {"phone_numbers": [number]}, corrections=[
        {"transcript_id": stored["id"], "segment": 1, "text": "It is Smith, with an i."},
        {"transcript_id": stored["id"], "segment": 7, "text": "No such segment."}])
    report = await verified_and_finished(officer, rectification["id"])
    # One correction could not be applied: the request says so and is partial.
    assert report["status"] == "partially_completed"
    assert [(n["segment"], n["why"]) for n in report["report"]["not_done"]] == [(7, "no such segment")]
    assert report["corrections"] == 2
    rectified = await officer.ok("GET", f"/v1/transcripts/{stored['id']}", params={"view": "full", "reason": "check"})
    assert rectified["version"] == 2
    assert [s["text"] for s in rectified["segments"]] == ["What is your surname?", "It is Smith, with an i."]

    async def old_version_gone() -> bool:
        keys = await objects_of(settings, tenant_id, stored["id"])
        return bool(keys) and all("/v1/" not in k for k in keys)

    await eventually(old_version_gone, timeout=15, what="the superseded version's objects deleted")
    assert (await row_of(owner, tenant_id, stored["id"])).status == "active"


async def test_under_a_legal_hold_a_rectification_keeps_the_old_version_until_the_hold_is_released(
        officer, api, purger, settings, tenant_key):
    tenant_id = tenant_key[0]
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    stored = await transcript_of(api, call, ids, ("agent-7", "Your postcode?"), ("cust", "It is SW1A 1AA."))
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-rectified", "reason": "litigation", "scope": {"call_ids": [call["id"]]}})
    rectification = await request(officer, "rectification", {"phone_numbers": [number]}, corrections=[
        {"transcript_id": stored["id"], "segment": 1, "text": "It is SW1A 2AA."}])
    report = await verified_and_finished(officer, rectification["id"])
    # The correction is made; the words before it are kept for the matter, and the report says so.
    assert report["status"] == "partially_completed" and report["report"]["not_done"] == []
    [rectified] = [d for d in report["report"]["done"] if d.get("action") == "rectified"]
    assert (rectified["version"], rectified["superseded_version"]) == (2, 1)
    [kept] = [k for k in report["report"]["kept"] if k["what"] == "transcript version"]
    assert (kept["id"], kept["version"], kept["matters"]) == (stored["id"], 1, ["M-rectified"])
    full = {"view": "full", "reason": "the matter's evidence"}
    current = await officer.ok("GET", f"/v1/transcripts/{stored['id']}", params=full)
    assert current["version"] == 2 and current["segments"][1]["text"] == "It is SW1A 2AA."
    old = await officer.ok("GET", f"/v1/transcripts/{stored['id']}", params={**full, "version": 1})
    assert old["version"] == 1 and old["segments"][1]["text"] == "It is SW1A 1AA."
    # Only a compliance officer reads it, with a reason; a version never kept is not found.
    assert (await api.request("GET", f"/v1/transcripts/{stored['id']}", params={"version": 1})).status_code == 403
    no_reason = await officer.request("GET", f"/v1/transcripts/{stored['id']}", params={"version": 1})
    assert no_reason.status_code == 422 and no_reason.json()["type"].endswith("reason-required")
    never = await officer.request("GET", f"/v1/transcripts/{stored['id']}", params={**full, "version": 7})
    assert never.status_code == 404 and never.json()["type"].endswith("transcript-version-not-found")
    # A key rotation rewraps the kept key too: the old KEK version is retired and the old words still open.
    job = await key_rotation.rotate(purger.engine, purger.kms, tenant_id)
    assert job.retired_below == job.to_version
    again = await officer.ok("GET", f"/v1/transcripts/{stored['id']}", params={**full, "version": 1})
    assert again["segments"][1]["text"] == "It is SW1A 1AA."
    # The purge leaves it while the hold lasts, and takes it, certified, once the hold is released.
    await purger.run_once(tenant_id)
    assert any("/v1/" in k for k in await objects_of(settings, tenant_id, stored["id"]))
    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    await purger.run_once(tenant_id)
    keys_left = await objects_of(settings, tenant_id, stored["id"])
    assert keys_left and all("/v1/" not in k for k in keys_left)
    certificates = (await api.ok("GET", "/v1/deletion-certificates", params={"transcript_id": stored["id"]}))["items"]
    assert [(c["reason"], c["claims"]["scope"], c["claims"]["version"]) for c in certificates] == [
        ("rectification", "version", 1)]
    gone = await officer.request("GET", f"/v1/transcripts/{stored['id']}", params={**full, "version": 1})
    assert gone.status_code == 404


async def test_an_objection_stops_recording_on_the_next_call(officer, api):
    number = a_number()
    objection = await request(officer, "objection", {"phone_numbers": [formatted(number)]},
                              purposes=["recording", "ai_training"])
    report = await verified_and_finished(officer, objection["id"])
    assert report["status"] == "completed" and report["purposes"] == ["ai_training", "recording"]
    added = next(d for d in report["report"]["done"] if d.get("action") == "do_not_record_added")
    entries = await officer.ok("GET", "/v1/do-not-record", params={"phone_number": number})
    assert [e["id"] for e in entries] == added["do_not_record_entries"]
    call, _ = await call_with(api, customer("cust", number))
    decision = await api.decision(call["id"])
    assert decision["may_record"] is False and decision["may_train"] is False
    assert by_external_id(decision)["cust"]["purposes"]["recording"]["state"] == "objected"


async def test_a_transcripts_service_killed_mid_erasure_finishes_it_once_after_its_restart(
        officer, api, owner, settings, tenant_key, service_processes):
    tenant_id = tenant_key[0]
    number = a_number()
    calls = [await call_with(api, customer("cust", number)) for _ in range(2)]
    stored = [await transcript_of(api, *c, ("cust", "Erase me, please.")) for c in calls]
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    process = next(p for p in service_processes.processes if p.name == "transcripts")
    # The service, restarted with a kill point: it dies right after the erasure's keys are destroyed.
    process.stop()
    args = process.args
    process.args = crash.command("privacy.shredded", args)
    process.start()
    try:
        await eventually(_ready(settings), timeout=60, what="the transcripts service answering again")
        await officer.ok("POST", f"/v1/privacy-requests/{erasure['id']}/verify",
                         json={"method": "call-back", "verified_by": "officer@example.com"})
        await eventually(_exited(process), timeout=30, what="the transcripts service killed mid-erasure")
        assert process.popen.returncode == -signal.SIGKILL
        rows = [await row_of(owner, tenant_id, t["id"]) for t in stored]
        assert [(r.status, r.wrapped_key) for r in rows] == [("purging", None)] * 2
    finally:
        process.stop()
        process.args = args
        process.start()
    await eventually(_ready(settings), timeout=60, what="the transcripts service restarted")
    report = await finished(officer, erasure["id"], timeout=60)
    assert report["status"] == "completed"
    for t in stored:
        assert (await row_of(owner, tenant_id, t["id"])).status == "purged"
        assert len((await officer.ok("GET", "/v1/deletion-certificates",
                                     params={"transcript_id": t["id"]}))["items"]) == 1
    async with tenant_session(owner, tenant_id) as session:
        steps = (await session.execute(text("SELECT report -> 'done' FROM privacy_request WHERE id = :id"),
                                       {"id": erasure["id"]})).scalar_one()
    assert [d["action"] for d in steps if d["service"] == "transcripts"] == ["purged", "calls_closed", "certified"]


def _ready(settings):
    async def ready() -> bool:
        try:
            async with httpx.AsyncClient(timeout=2) as client:
                answer = await client.get(f"{settings.ops_url('transcripts')}/readyz")
            return answer.status_code == 200
        except httpx.HTTPError:
            return False
    return ready


def _exited(process):
    async def exited() -> bool:
        return not process.running()
    return exited



async def test_an_access_export_holds_everything_about_the_subject_and_nothing_of_the_others(officer, api, settings,
                                                                                             tenant_key):
    number, other = a_number(), a_number()
    own = await call_with(api, customer("cust", number))
    shared = await call_with(api, customer("cust", other), customer("friend", formatted(number), "third_party"))
    t1 = await transcript_of(api, *own, ("agent-7", "How can I help?"), ("cust", f"Call me back on {number}."))
    t2 = await transcript_of(api, *shared, ("cust", f"My own number is {other}, write it down."),
                             ("friend", "I am only listening."))
    portability = await request(officer, "portability", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, portability["id"])
    assert report["status"] == "completed", report
    assert report["export"]["available"] is True and report["export"]["downloads_left"] == 3

    response = await officer.request("GET", f"/v1/privacy-requests/{portability['id']}/export")
    assert response.status_code == 200 and response.headers["content-type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {"schema.json", "request.json", "calls.json", f"transcripts/{t1['id']}.json",
            f"transcripts/{t2['id']}.json", f"vcon/{own[0]['id']}.vcon.json",
            f"vcon/{shared[0]['id']}.vcon.json"} == names
    calls = {c["call"]["id"]: c for c in json.loads(archive.read("calls.json"))["calls"]}
    mine = {p["id"]: p for c in calls.values() for p in c["participants"]}
    assert mine[own[1]["cust"]]["phone_number"] == number and mine[shared[1]["friend"]]["phone_number"] == number
    assert mine[shared[1]["cust"]]["phone_number"] == "[redacted]"
    assert other not in archive.read("calls.json").decode()
    # Receipts as JWS, verifiable with the published key; consent events; decisions.
    receipt = calls[own[0]["id"]]["receipts"][0]
    assert receipt["participant_id"] == own[1]["cust"] and receipt["jws"].count(".") == 2
    assert any(e["type"] == "consent_granted" for e in calls[own[0]["id"]]["consent_events"])
    assert calls[own[0]["id"]]["decision"]["may_record"] is True
    # The subject's own words in full; another participant's number redacted.
    first = json.loads(archive.read(f"transcripts/{t1['id']}.json"))
    assert first["segments"][1]["text"] == f"Call me back on {number}." and first["segments"][1]["by_subject"]
    # The agent's words hide nothing: not flagged as redacted (the flag says something was hidden).
    assert first["segments"][0]["text"] == "How can I help?" and first["segments"][0]["redacted"] is False
    second = json.loads(archive.read(f"transcripts/{t2['id']}.json"))
    assert other not in second["segments"][0]["text"] and second["segments"][0]["redacted"] is True
    assert second["segments"][1]["text"] == "I am only listening."
    vcon = json.loads(archive.read(f"vcon/{shared[0]['id']}.vcon.json"))
    assert {p.get("tel") for p in vcon["parties"]} == {None, number}
    assert [d["body"] for d in vcon["dialog"]][1] == "I am only listening."
    assert vcon["vcon"] == "0.4.0" and vcon["analysis"][0]["type"] == "wtf_transcription"
    [basis] = [a for a in vcon["attachments"] if a["purpose"] == "lawful_basis"]  # the subject's only
    assert vcon["parties"][basis["party"]]["tel"] == number
    [receipt] = [a for a in vcon["attachments"] if a["purpose"] == "consent_receipt"]
    assert receipt["body"].count(".") == 2
    assert Vcon(vcon).is_valid() == (True, [])  # the vCon 0.4.0 library: an oracle other than our code
    assert set(json.loads(archive.read("schema.json"))["files"]) >= {"request.json", "calls.json"}
    # Encrypted at rest: the stored object is not a zip.
    stored = report["report"]["done"]
    async with s3_client(settings) as s3:
        key = f"tenants/{tenant_key[0]}/privacy-requests/{portability['id']}/export.zip"
        blob = await (await s3.get_object(Bucket=settings.s3_bucket, Key=key))["Body"].read()
    assert not blob.startswith(b"PK") and number.encode() not in blob
    assert any(d.get("action") == "export_ready" for d in stored)
    # Limited downloads: the last one deletes it, and a certificate says so.
    for _ in range(2):
        assert (await officer.request("GET", f"/v1/privacy-requests/{portability['id']}/export")).status_code == 200
    gone = await officer.request("GET", f"/v1/privacy-requests/{portability['id']}/export")
    assert gone.status_code == 410 and gone.json()["type"].endswith("export-gone")
    after = await officer.ok("GET", f"/v1/privacy-requests/{portability['id']}")
    deleted = next(d for d in after["report"]["done"] if d.get("action") == "export_deleted")
    assert deleted["reason"] == "downloads_used" and after["export"]["available"] is False
    assert jwt.decode(deleted["certificate"], options={"verify_signature": False})["reason"] == "downloads_used"
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket,
                                          Prefix=f"tenants/{tenant_key[0]}/privacy-requests/{portability['id']}/")
    assert listed.get("Contents", []) == []


async def test_an_access_report_lists_the_subjects_transcripts_already_deleted_with_their_certificates(
        officer, api):
    number = a_number()
    gone_call = await call_with(api, customer("cust", number))
    kept_call = await call_with(api, customer("cust", number))
    gone = await transcript_of(api, *gone_call, ("cust", "Delete this one."))
    kept = await transcript_of(api, *kept_call, ("cust", "Keep this one."))
    await officer.ok("DELETE", f"/v1/transcripts/{gone['id']}", 204, params={"reason": "the customer asked"})

    async def certified() -> bool:
        return bool((await officer.ok("GET", "/v1/deletion-certificates",
                                      params={"transcript_id": gone["id"]}))["items"])

    await eventually(certified, what="the deletion certified")
    [certificate] = (await officer.ok("GET", "/v1/deletion-certificates", params={"transcript_id": gone["id"]}))[
        "items"]
    access = await request(officer, "access", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, access["id"])
    found = report["report"]["found"]["transcripts"]
    assert found["transcripts"]["ids"] == [kept["id"]]
    assert [(p["transcript_id"], p["certificate"], p["reason"]) for p in found["purged"]] == [
        (gone["id"], certificate["id"], "manual")]


async def _erased_after_hold(officer: ConsentApi, api: ConsentApi, transcript: dict, number: str,
                             erasure_id: str) -> dict:
    """The transcript gone as the erasure's (read, searched, certified) and the request's answer now."""
    gone = await api.request("GET", f"/v1/transcripts/{transcript['id']}")
    assert gone.status_code == 410 and gone.json()["type"].endswith("transcript-purged")
    assert (await officer.ok("GET", "/v1/transcripts", params={"phone_number": number}))["items"] == []
    [certificate] = (await officer.ok("GET", "/v1/deletion-certificates",
                                      params={"transcript_id": transcript["id"]}))["items"]
    assert certificate["reason"] == "erasure" and certificate["claims"]["cause"]["request"] == erasure_id
    return {**await officer.ok("GET", f"/v1/privacy-requests/{erasure_id}"), "certificate": certificate}


async def test_an_erasure_a_hold_kept_back_is_carried_out_once_the_hold_is_released(
        officer, api, owner, purger, settings, tenant_key):
    tenant_id = tenant_key[0]
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    held = await transcript_of(api, call, ids, ("cust", "About the dispute."), ("agent-7", "Noted."))
    free = await transcript_of(api, *await call_with(api, customer("cust", number)), ("cust", "Another call."))
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-held", "reason": "litigation",
                                                                  "scope": {"call_ids": [call["id"]]}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    answer = await verified_and_finished(officer, erasure["id"])
    assert answer["status"] == "partially_completed"
    assert [k["id"] for k in answer["report"]["kept"] if k["what"] == "transcript"] == [held["id"]]
    # The erasure closed the call; the hold lets a later transcript of it in, owed to the erasure as well.
    later = await transcript_of(api, call, ids, ("agent-7", "One more thing."))
    # While the hold lasts the transcript stays, found by the subject's number, and no purge takes it.
    await purger.run_once(tenant_id)
    await api.ok("GET", f"/v1/transcripts/{held['id']}")
    found = (await officer.ok("GET", "/v1/transcripts", params={"phone_number": number}))["items"]
    assert sorted(t["id"] for t in found) == sorted([held["id"], later["id"]])
    assert (await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}"))["report"] == answer["report"]

    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    await officer.ok("POST", "/v1/purge")  # or the worker's next pass: either carries it out, once

    async def erased() -> bool:
        return (await row_of(owner, tenant_id, held["id"])).status == "purged"

    await eventually(erased, timeout=30, what="the held transcript erased once the hold was released")
    assert await objects_of(settings, tenant_id, held["id"]) == []
    assert (await row_of(owner, tenant_id, later["id"])).status == "purged"
    now = await _erased_after_hold(officer, api, held, number, erasure["id"])
    [later_certificate] = (await officer.ok("GET", "/v1/deletion-certificates",
                                            params={"transcript_id": later["id"]}))["items"]
    assert later_certificate["reason"] == "erasure" and later_certificate["claims"]["cause"]["held_by"] == ["M-held"]
    report = now["report"]
    [purged, certified] = [line for line in report["done"] if line.get("note", "").startswith("kept by a legal hold")]
    assert purged["action"] == "purged" and purged["matters"] == ["M-held"]
    assert sorted(purged["transcripts"]) == sorted([held["id"], later["id"]])
    assert certified["action"] == "certified" and sorted(certified["certificates"]) == sorted(
        [now["certificate"]["id"], later_certificate["id"]])
    assert [d["call_id"] for d in report["done"] if d["action"] == "call_closed"] == [call["id"]]
    # Nothing else kept it partial: completed, the first answer's step and time kept beside the new one.
    assert now["status"] == "completed" and now["completed_at"] == answer["completed_at"]
    assert {"partially_completed", "held_erasure", "completed"} <= set(report["steps"])
    assert report["steps"]["partially_completed"] == answer["report"]["steps"]["partially_completed"]
    assert report["done"][:len(answer["report"]["done"])] == answer["report"]["done"]
    # The other call's transcript went with the erasure itself; later passes change nothing.
    assert (await row_of(owner, tenant_id, free["id"])).status == "purged"
    await purger.run_once(tenant_id)
    assert (await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}"))["report"] == report
    assert (await officer.ok("GET", "/v1/audit/verify"))["ok"] is True


async def test_an_erasure_kept_by_two_holds_waits_for_the_last_one_and_two_workers_carry_it_out_once(
        officer, api, owner, purger, settings, tenant_key):
    tenant_id = tenant_key[0]
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    held = await transcript_of(api, call, ids, ("cust", "About the dispute."))
    by_call = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-call", "reason": "litigation", "scope": {"call_ids": [call["id"]]}})
    by_subject = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-subject", "reason": "regulator's inquiry", "scope": {"subjects": {"phone_numbers": [number]}}})
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    answer = await verified_and_finished(officer, erasure["id"])
    assert answer["status"] == "partially_completed"
    [kept] = [k for k in answer["report"]["kept"] if k["what"] == "transcript"]
    assert kept["matters"] == ["M-call", "M-subject"]
    # One released: the other still covers it, so it stays and the request stays partial.
    await officer.ok("POST", f"/v1/legal-holds/{by_call['id']}/release", json={"reason": "settled"})
    await officer.ok("POST", "/v1/purge")
    assert (await row_of(owner, tenant_id, held["id"])).status == "active"
    await api.ok("GET", f"/v1/transcripts/{held['id']}")
    still = await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}")
    assert still["status"] == "partially_completed" and still["report"]["done"] == answer["report"]["done"]
    # The last one released: two workers at once erase it once.
    await officer.ok("POST", f"/v1/legal-holds/{by_subject['id']}/release", json={"reason": "closed"})
    engine = create_engine(settings.service_database_url("transcripts"), pool_size=2)
    try:
        other = Purger(engine, purger.store, purger.signer, purger.kms)
        await asyncio.gather(purger.run_once(tenant_id), other.run_once(tenant_id))
    finally:
        await engine.dispose()
    assert (await row_of(owner, tenant_id, held["id"])).status == "purged"
    now = await _erased_after_hold(officer, api, held, number, erasure["id"])
    purged = [d for d in now["report"]["done"] if d["action"] == "purged" and held["id"] in d["transcripts"]]
    assert len(purged) == 1 and purged[0]["matters"] == ["M-call", "M-subject"]
    assert now["status"] == "completed"


async def test_an_erasure_kept_by_a_hold_and_deleted_by_retention_meanwhile_is_reported_so(
        officer, api, owner, purger, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    held = await transcript_of(api, call, ids, ("cust", "About the dispute."))
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-short", "reason": "litigation", "scope": {"call_ids": [call["id"]]}})
    await api.events(call["id"], {"type": "call_ended", "occurred_at": at(0)})
    await clock_started(owner, tenant_id, held["id"])
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    assert (await verified_and_finished(officer, erasure["id"]))["status"] == "partially_completed"
    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    # Another worker's pass takes it for its retention first; this one finds it gone: no error, reported.
    # The claim skips a locked row: the stack's redacted-artifact writer holds the transcript's while it redacts.
    claims: list[tuple[int, int]] = []

    async def claimed() -> bool:
        claims.append(await purger.claim(tenant_id))
        return claims[-1] != (0, 0)

    await eventually(claimed, timeout=30, what="the released transcript claimed for its retention")
    assert claims[-1] == (1, 0)
    assert (await purger.run_once(tenant_id)).failed == 0
    [certificate] = (await officer.ok("GET", "/v1/deletion-certificates",
                                      params={"transcript_id": held["id"]}))["items"]
    assert certificate["reason"] == "retention"
    now = await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}")
    [gone] = [d for d in now["report"]["done"] if d["action"] == "deleted_meanwhile"]
    assert gone["transcripts"] == [held["id"]]
    assert now["status"] == "completed"


async def test_a_hold_released_while_its_erasure_runs_lets_the_purge_erase_what_it_kept(
        officer, api, owner, purger, tenant_key):
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    held = await transcript_of(api, call, ids, ("cust", "About the dispute."))
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-brief", "reason": "litigation",
                                                                  "scope": {"call_ids": [call["id"]]}})
    async with owner.connect() as locked:  # the erasure's close of the call waits for this
        await locked.execute(text("SELECT pg_advisory_xact_lock(hashtext('callvault.withdrawals'), "
                                  "hashtext(CAST(:call AS text)))"), {"call": call["id"]})
        erasure = await request(officer, "erasure", {"phone_numbers": [number]})
        erasing = asyncio.create_task(verified_and_finished(officer, erasure["id"], timeout=60))
        await eventually(lambda: call_lock(owner, call["id"], held=False), timeout=30,
                         what="the erasure's close waiting for the call's lock")
        running = await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}")
        assert running["status"] == "in_progress"
        assert [k["id"] for k in running["report"]["kept"] if k["what"] == "transcript"] == [held["id"]]
        await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
        purging = asyncio.create_task(purger.run_once(tenant_id))  # queues on the request the close holds
        await locked.rollback()
    assert (await purging).failed == 0
    await erasing
    answer: dict = {}

    async def completed() -> bool:
        answer.update(await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}"))
        return answer["status"] == "completed"

    await eventually(completed, timeout=30, what="the erasure completed, the held transcript erased")
    assert (await row_of(owner, tenant_id, held["id"])).status == "purged"
    [certificate] = (await officer.ok("GET", "/v1/deletion-certificates",
                                      params={"transcript_id": held["id"]}))["items"]
    assert certificate["reason"] == "erasure" and certificate["claims"]["cause"]["request"] == erasure["id"]
    assert any(held["id"] in d.get("transcripts", []) for d in answer["report"]["done"] if d["action"] == "purged")


async def test_reading_or_listing_privacy_requests_is_audited_for_the_subjects_they_show(officer):
    """A privacy request's read shows its subject's identifiers (and an authorized agent's name): each read and
    each list is in the audit chain, naming the requests it showed, never their subjects."""
    number = a_number()
    made = await request(officer, "access", {"phone_numbers": [number]})
    await officer.ok("GET", f"/v1/privacy-requests/{made['id']}")
    await officer.ok("GET", "/v1/privacy-requests", params={"limit": 200})
    read = (await officer.ok("GET", "/v1/audit", params={"action": "privacy_request.read"}))["items"]
    assert any(e["content"]["request"] == made["id"] for e in read)
    listed = (await officer.ok("GET", "/v1/audit", params={"action": "privacy_request.listed"}))["items"]
    assert any(made["id"] in e["content"]["requests"] for e in listed)
    assert number.lstrip("+") not in json.dumps(read + listed)

"""The provider's own copies of calls that never had a transcript: no `transcript.purged` reaches them, so
their own retention (the tenant's transcript retention, from the call's end) and a privacy request's erasure
delete them at the provider (faked at the HTTP layer), and a legal hold over the call keeps them."""

import asyncio
import re
import subprocess
import sys
from uuid import UUID, uuid4

import pytest
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.gateway import repository
from services.stack.up import settings_env
from tests.helpers.consenting_calls import key_with_roles
from tests.helpers.data_subjects import request, verified_and_finished
from tests.helpers.signed_webhooks import Phone, call_sid, calls_named, drained, telnyx_body, twilio_status
from tests.helpers.support import ConsentApi, eventually, participant

TWILIO_ACCOUNT = "AC" + "0" * 32
CUSTOMER = "+14155550100"  # the caller of every Twilio call of twilio_status: the customer
WITHIN = 60  # the gateway worker's round after the webhook, an event across NATS (see test_provider_recordings)


async def _tenant_id(phone: Phone, gateway_engine):
    async with tenant_session(gateway_engine, None) as session:
        return (await repository.get_tenant_by_slug(session, phone.slug)).id


async def _recording(gateway_engine, tenant_id, recording_id: str) -> dict:
    async with tenant_session(gateway_engine, tenant_id) as session:
        row = (await session.execute(text(
            "SELECT state, reason, certificate_id, request_id, held_by, retention_checked_at, attempts "
            "FROM provider_recording WHERE provider = 'twilio' AND recording_id = :r"), {"r": recording_id})).one()
        return dict(row._mapping)


async def _call_started(phone: Phone, caller: str = CUSTOMER) -> tuple[str, dict]:
    sid = call_sid()
    assert (await phone.twilio_form(twilio_status(sid, "in-progress", 1, From=caller))).status_code == 200
    [call] = await calls_named(phone, "twilio", sid)
    return sid, call


async def _recorded_and_ended(phone: Phone, sid: str) -> str:
    recording = "RE" + uuid4().hex
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": recording,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200, answer.text
    assert (await phone.twilio_form(twilio_status(sid, "completed", 2))).status_code == 200
    return recording


async def _officer(phone: Phone, gateway) -> ConsentApi:
    return ConsentApi(gateway, await key_with_roles(gateway, dict(phone.admin.headers), "compliance_officer"))


async def test_the_recording_of_a_call_without_transcripts_is_deleted_at_twilio_once_its_retention_passed(
        phone, gateway_engine, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    assert (await phone.admin.put("/v1/retention-policies", json={"default_days": 0})).status_code == 200
    sid, call = await _call_started(phone)
    recording = "RE" + uuid4().hex
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": recording,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200, answer.text

    async def checked() -> bool:  # once while the call has no end: kept (it may still be going on)
        return (await _recording(gateway_engine, tenant_id, recording))["retention_checked_at"] is not None

    await eventually(checked, WITHIN, what="the recording checked while its call had no end")
    assert (await _recording(gateway_engine, tenant_id, recording))["state"] == "kept"
    assert (await phone.twilio_form(twilio_status(sid, "completed", 2))).status_code == 200

    async def deleted() -> bool:  # the end makes it checked again at once, not at the next hourly check
        return (await _recording(gateway_engine, tenant_id, recording))["state"] == "deleted"

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio by its retention")
    [sent] = provider_api.sent(f"/Recordings/{recording}.json")
    assert sent["method"] == "DELETE"
    copies = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()
    [listed] = copies["provider_recordings"]
    assert {k: listed[k] for k in ("recording_id", "state", "reason", "certificate_id", "request_id", "attempts")} == {
        "recording_id": recording, "state": "deleted", "reason": "retention", "certificate_id": None,
        "request_id": None, "attempts": 1}
    assert copies["transcripts"] == [] and copies["kept_anywhere"] is False
    # The call ended past its retention: a recording Twilio names later is deleted at once.
    late = "RE" + uuid4().hex
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": late,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200, answer.text
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{late}.json")) == 1, WITHIN,
                     what="the late recording deleted")
    assert (await _recording(gateway_engine, tenant_id, late))["reason"] == "retention"


async def test_a_recording_whose_retention_has_not_passed_is_kept_and_says_when_it_was_checked(
        phone, gateway_engine, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)  # the default: 30 days
    sid, call = await _call_started(phone)
    recording = await _recorded_and_ended(phone, sid)

    async def checked() -> bool:
        return (await _recording(gateway_engine, tenant_id, recording))["retention_checked_at"] is not None

    await eventually(checked, WITHIN, what="the recording's retention checked")
    row = await _recording(gateway_engine, tenant_id, recording)
    assert (row["state"], row["reason"], row["held_by"]) == ("kept", None, None)
    assert provider_api.sent(f"/Recordings/{recording}.json") == []
    retention = (await phone.admin.get(f"/v1/calls/{call['id']}/retention")).json()
    assert (retention["days"], retention["source"], retention["transcripts"], retention["held_by"]) == (
        30, "default", 0, [])


OTHER = "+14155559999"  # someone who was not on the call
HOLDS = {"call": lambda call: {"call_ids": [call["id"]]},
         "the customer's number": lambda call: {"subjects": {"phone_numbers": [CUSTOMER]}},
         "an email": lambda call: {"subjects": {"emails": ["someone@example.com"]}},
         "a number without its country code": lambda call: {"subjects": {"phone_numbers": ["(415) 555-9999"]}},
         "a number, the caller's withheld": lambda call: {"subjects": {"phone_numbers": [OTHER]}}}


@pytest.mark.parametrize("scope", HOLDS)
async def test_a_legal_hold_keeps_the_recording_of_a_call_without_transcripts_past_its_retention(
        phone, gateway, gateway_engine, provider_api, scope):
    """A hold naming the call keeps it; so does one naming a participant's number, and, where whether that
    person was on the call cannot be told (kept: safe), one naming anyone by email (a call without transcripts
    knows its participants by number only), one naming a number without its country code (read in the
    tenant's region of now, the participants' in that of then), and one naming a number when the caller's
    was withheld."""
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, call = await _call_started(phone, "anonymous" if "withheld" in scope else CUSTOMER)
    officer = await _officer(phone, gateway)
    matter = f"M-{uuid4().hex[:8]}"
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": matter, "reason": "litigation",
                                                           "scope": HOLDS[scope](call)})
    assert (await phone.admin.put("/v1/retention-policies", json={"default_days": 0})).status_code == 200
    recording = await _recorded_and_ended(phone, sid)

    async def checked() -> bool:
        return (await _recording(gateway_engine, tenant_id, recording))["retention_checked_at"] is not None

    await eventually(checked, WITHIN, what="the recording's retention checked")
    row = await _recording(gateway_engine, tenant_id, recording)
    assert (row["state"], row["held_by"]) == ("kept", [matter])
    assert provider_api.sent(f"/Recordings/{recording}.json") == []
    [listed] = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()["provider_recordings"]
    assert (listed["state"], listed["held_by"]) == ("kept", [matter])
    retention = await officer.ok("GET", f"/v1/calls/{call['id']}/retention")
    assert (retention["days"], retention["transcripts"], retention["held_by"]) == (0, 0, [matter])


@pytest.mark.parametrize("side", [("agent",), ("agent", "virtual_agent"), ("agent", "customer")])
async def test_a_hold_naming_a_number_keeps_a_call_whose_other_side_is_not_known_by_number(phone, gateway, side):
    """Agents are the tenant's side, never the person a hold names by number: a call with no one else on it
    (the other side never reported) or a customer without a number cannot be told not to be the named
    person's, so a hold naming any number keeps it (safe); its own number is not needed."""
    officer = await _officer(phone, gateway)
    matter = f"M-{uuid4().hex[:8]}"
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": matter, "reason": "litigation", "scope": {
        "subjects": {"phone_numbers": [OTHER]}}})
    numbers = {"agent": "+14155550111", "virtual_agent": "+14155550122"}
    admin = ConsentApi(gateway, dict(phone.admin.headers))
    call = await admin.call(*(participant(f"{role}-{uuid4().hex[:6]}", role,
                                            **({"phone_number": numbers[role]} if role in numbers else {}))
                                for role in side))
    retention = await officer.ok("GET", f"/v1/calls/{call['id']}/retention")
    assert (retention["transcripts"], retention["held_by"]) == (0, [matter])
    # The same hold does not keep a call whose customer's number is known and not the one it names.
    known = await admin.call(participant(f"agent-{uuid4().hex[:6]}", "agent", phone_number=numbers["agent"]),
                               participant(f"customer-{uuid4().hex[:6]}", "customer", phone_number=CUSTOMER))
    assert (await officer.ok("GET", f"/v1/calls/{known['id']}/retention"))["held_by"] == []


async def test_a_hold_naming_someone_else_by_number_neither_keeps_the_recording_nor_appears_in_an_erasure(
        phone, gateway, gateway_engine, provider_api):
    """A hold over another person's number is not this call's: its recording goes at its retention, and an
    erasure of the customer does not name the other matter (it was reported kept under it, before)."""
    tenant_id = await _tenant_id(phone, gateway_engine)
    officer = await _officer(phone, gateway)
    matter = f"M-{uuid4().hex[:8]}"
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": matter, "reason": "litigation", "scope": {
        "subjects": {"phone_numbers": [OTHER]}}})
    sid, call = await _call_started(phone)
    recording = await _recorded_and_ended(phone, sid)
    retention = await officer.ok("GET", f"/v1/calls/{call['id']}/retention")
    assert retention["held_by"] == []

    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    report = await verified_and_finished(officer, erasure["id"], timeout=WITHIN)
    assert report["status"] == "completed", report
    assert matter not in str(report["report"])

    async def deleted() -> bool:
        return (await _recording(gateway_engine, tenant_id, recording))["state"] == "deleted"

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio by the erasure")
    assert (await _recording(gateway_engine, tenant_id, recording))["held_by"] is None


async def test_an_erasure_deletes_the_recordings_of_the_subjects_calls_without_transcripts_and_reports_them(
        phone, gateway, gateway_engine, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)  # 30 days: only the erasure deletes it
    sid, call = await _call_started(phone)
    recording = await _recorded_and_ended(phone, sid)
    officer = await _officer(phone, gateway)

    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    report = await verified_and_finished(officer, erasure["id"], timeout=WITHIN)

    assert report["status"] == "completed", report
    assert "provider_recordings" in report["report"]["steps"]
    [asked] = [d for d in report["report"]["done"] if d.get("action") == "provider_recordings_deletion_requested"]
    assert asked["service"] == "gateway" and asked["count"] == 1
    assert asked["recordings"] == [{"call_id": call["id"], "provider": "twilio", "recording_id": recording,
                                    "copies": f"/v1/calls/{call['id']}/copies"}]

    async def deleted() -> bool:
        return (await _recording(gateway_engine, tenant_id, recording))["state"] == "deleted"

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio by the erasure")
    assert [s["method"] for s in provider_api.sent(f"/Recordings/{recording}.json")] == ["DELETE"]
    [listed] = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()["provider_recordings"]
    assert (listed["reason"], listed["request_id"], listed["certificate_id"]) == ("erasure", erasure["id"], None)


async def test_an_erasure_keeps_a_held_calls_recording_and_says_which_matter_kept_it(
        phone, gateway, gateway_engine, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, call = await _call_started(phone)
    officer = await _officer(phone, gateway)
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-keep", "reason": "litigation",
                                                           "scope": {"call_ids": [call["id"]]}})
    recording = await _recorded_and_ended(phone, sid)

    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    report = await verified_and_finished(officer, erasure["id"], timeout=WITHIN)

    assert report["status"] == "partially_completed", report
    held = [k for k in report["report"]["kept"] if k.get("what") == "provider_recording"]
    assert held == [{"service": "gateway", "what": "provider_recording", "id": recording, "provider": "twilio",
                     "call_id": call["id"], "why": "legal_hold", "matters": ["M-keep"]}]
    assert (await _recording(gateway_engine, tenant_id, recording))["state"] == "kept"
    assert provider_api.sent(f"/Recordings/{recording}.json") == []


async def test_a_recording_named_after_an_erasure_is_kept_by_a_hold_placed_since(
        phone, gateway, gateway_engine, provider_api):
    """The erasure deleted the call's recordings and asked for those named later; a legal hold over the call
    placed after it keeps one Twilio names afterwards (it went at once, before), until the hold is released."""
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, call = await _call_started(phone)
    recording = await _recorded_and_ended(phone, sid)
    officer = await _officer(phone, gateway)
    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    assert (await verified_and_finished(officer, erasure["id"], timeout=WITHIN))["status"] == "completed"
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{recording}.json")) == 1, WITHIN,
                     what="the erased call's recording deleted")
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-late", "reason": "litigation",
                                                                  "scope": {"call_ids": [call["id"]]}})
    late = "RE" + uuid4().hex
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": late,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200, answer.text

    async def checked() -> bool:
        return (await _recording(gateway_engine, tenant_id, late))["retention_checked_at"] is not None

    await eventually(checked, WITHIN, what="the late recording checked")
    row = await _recording(gateway_engine, tenant_id, late)
    assert (row["state"], row["held_by"]) == ("kept", ["M-late"])
    assert provider_api.sent(f"/Recordings/{late}.json") == []

    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    async with tenant_session(gateway_engine, tenant_id) as session:  # its next check, now rather than in an hour
        await session.execute(text("UPDATE provider_recording SET next_check_at = now() WHERE recording_id = :r"),
                              {"r": late})
        await session.commit()
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{late}.json")) == 1, WITHIN,
                     what="the late recording deleted once the hold was released")
    row = await _recording(gateway_engine, tenant_id, late)
    assert (row["reason"], row["request_id"]) == ("erasure", UUID(erasure["id"]))


async def test_an_erasure_reports_a_recording_it_could_not_have_deleted_as_not_done(phone, gateway, gateway_engine):
    """A Telnyx recording saved without a `recording_id`: no id the provider's API deletes by, so the erasure
    cannot be complete; the request says so (partially completed, the recording not done), never `completed`."""
    control = f"v3:{uuid4().hex}"
    assert (await phone.telnyx_event(telnyx_body("call.answered", control))).status_code == 200
    saved = await phone.telnyx_event(telnyx_body("call.recording.saved", control, recording_urls={
        "mp3": "https://s3.example/recording.mp3"}))
    assert saved.status_code == 200, saved.text
    assert (await phone.telnyx_event(telnyx_body("call.hangup", control))).status_code == 200
    await drained(phone)
    [call] = await calls_named(phone, "telnyx", control)
    officer = await _officer(phone, gateway)

    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    report = await verified_and_finished(officer, erasure["id"], timeout=WITHIN)

    assert report["status"] == "partially_completed", report
    [missing] = [n for n in report["report"]["not_done"] if n.get("what") == "provider_recording"]
    assert missing["why"] == "no_provider_id" and missing["call_id"] == call["id"]
    assert missing["id"].startswith("unnamed:") and missing["service"] == "gateway"
    assert not [d for d in report["report"]["done"] if d.get("action") == "provider_recordings_deletion_requested"]


async def test_an_erasure_a_restore_of_the_gateway_lost_is_handled_again_from_the_erasure_ledger(
        phone, gateway, gateway_engine, provider_api, settings):
    """The restore brings the recording back as kept and loses the erasure; `callvault purge --reapply-erasures`
    gives the erasure back from the consent service's record in the ledger, the recording is deleted again,
    and the privacy request's report keeps its first answer only."""
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, call = await _call_started(phone)
    recording = await _recorded_and_ended(phone, sid)
    async with tenant_session(gateway_engine, tenant_id) as session:  # the backup, before the erasure
        backup = (await session.execute(text("SELECT row_to_json(x)::text FROM provider_recording x "
                                             "WHERE recording_id = :r"), {"r": recording})).scalar_one()
    officer = await _officer(phone, gateway)
    erasure = await request(officer, "erasure", {"phone_numbers": [CUSTOMER]})
    first = await verified_and_finished(officer, erasure["id"], timeout=WITHIN)
    assert first["status"] == "completed", first

    async def deleted() -> bool:
        return (await _recording(gateway_engine, tenant_id, recording))["state"] == "deleted"

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio by the erasure")
    async with tenant_session(gateway_engine, tenant_id) as session:  # the restore
        await session.execute(text("DELETE FROM recording_erasure WHERE request_id = :q"), {"q": erasure["id"]})
        await session.execute(text("DELETE FROM recording_deletion WHERE call_id = :c"), {"c": call["id"]})
        await session.execute(text("DELETE FROM provider_recording WHERE recording_id = :r"), {"r": recording})
        await session.execute(text("INSERT INTO provider_recording SELECT * FROM json_populate_record("
                                   "NULL::provider_recording, CAST(:row AS json))"), {"row": backup})
        await session.commit()
    assert (await _recording(gateway_engine, tenant_id, recording))["state"] == "kept"

    command = [sys.executable, "-m", "services.cli", "purge", "--reapply-erasures"]
    done = await asyncio.to_thread(subprocess.run, command, env={**settings_env(settings), "COLUMNS": "250"},
                                   capture_output=True, timeout=300)
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()[-2000:]
    assert re.search(r"[1-9][0-9]* erasures' provider recordings asked again", out), out
    await eventually(deleted, WITHIN, what="the restored recording deleted again")
    assert [s["method"] for s in provider_api.sent(f"/Recordings/{recording}.json")] == ["DELETE", "DELETE"]

    async def answers() -> list:
        async with tenant_session(gateway_engine, tenant_id) as session:
            return list((await session.execute(text(
                "SELECT id FROM outbox_event WHERE type LIKE '%provider_recordings_applied' "
                "AND data->>'request_id' = :q"), {"q": erasure["id"]})).scalars())

    await eventually(lambda: _count(answers(), 2), WITHIN, what="the gateway's second answer sent")
    transcripts = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=1)
    try:
        async def both_applied() -> bool:
            async with tenant_session(transcripts, tenant_id) as session:
                return (await session.execute(text("SELECT count(*) FROM processed_event WHERE event_id = ANY(:e)"),
                                              {"e": await answers()})).scalar_one() == 2

        await eventually(both_applied, WITHIN, what="the second answer taken by the transcripts service")
    finally:
        await transcripts.dispose()
    again = await officer.ok("GET", f"/v1/privacy-requests/{erasure['id']}")
    assert again["report"]["done"] == first["report"]["done"] and again["status"] == "completed"


async def _count(rows, n: int) -> bool:
    return len(await rows) == n

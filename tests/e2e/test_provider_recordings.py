"""The provider's own copies: a recording a provider's webhook names is tracked, and deleted through the
provider's API (faked at the HTTP layer) when callvault deletes the call's transcripts; a provider that
fails is asked again until it answers."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
from sqlalchemy import text

from services.common.db import tenant_session
from services.gateway import repository
from services.gateway.service import ensure_tenant_with_key
from tests.helpers.consenting_calls import key_with_roles
from tests.helpers.signed_webhooks import Phone, call_sid, calls_named, drained, telnyx_body, twilio_status, vonage_body
from tests.helpers.support import eventually, metric_value

TWILIO_ACCOUNT = "AC" + "0" * 32
# A purge's event crosses the outbox relay, NATS, the gateway's consumer and its worker's next round;
# on a loaded machine (the first test of a session starts every consumer) that takes more than 10 s.
WITHIN = 60
FAILED_METRIC = "callvault_provider_recording_deletions_total"


async def _gateway_metrics(services) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        return (await client.get(f"{services.ops_url('gateway')}/metrics")).text


async def _tenant_id(phone: Phone, gateway_engine):
    async with tenant_session(gateway_engine, None) as session:
        return (await repository.get_tenant_by_slug(session, phone.slug)).id


async def _recordings(gateway_engine, tenant_id, provider: str, call_external_id: str) -> list[dict]:
    async with tenant_session(gateway_engine, tenant_id) as session:
        rows = await session.execute(text(
            "SELECT recording_id, state, attempts, call_id, certificate_id, reason, last_error, deleted_at "
            "FROM provider_recording WHERE provider = :p AND call_external_id = :e"),
            {"p": provider, "e": call_external_id})
        return [dict(row._mapping) for row in rows.all()]


async def _twilio_recorded_call(phone: Phone) -> tuple[str, str, dict]:
    """A Twilio call with a completed recording, its customer consenting to transcription: (call sid,
    recording sid, the call)."""
    sid, recording = call_sid(), "RE" + uuid4().hex
    assert (await phone.twilio_form(twilio_status(sid, "in-progress", 1))).status_code == 200
    for status in ("in-progress", "completed"):
        answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": recording,
                                          "RecordingStatus": status})
        assert answer.status_code == 200, answer.text
    [call] = await calls_named(phone, "twilio", sid)
    call = (await phone.admin.get(f"/v1/calls/{call['id']}")).json()
    return sid, recording, call


async def _transcript_stored(phone: Phone, call: dict) -> dict:
    """The customer consents as soon as everyone is on the call, and a transcript of the call is stored (its
    words just after the consent: segments are timed from the answer)."""
    ids = {p["role"]: p["id"] for p in call["participants"]}
    consented = max(datetime.fromisoformat(p["joined_at"]) for p in call["participants"]) + timedelta(milliseconds=10)
    answer = await phone.admin.post(f"/v1/calls/{call['id']}/events", json={"events": [
        {"type": "consent_granted", "participant_id": ids["customer"], "purposes": ["recording", "transcription"],
         "method": "dtmf", "occurred_at": consented.isoformat()}]})
    assert answer.status_code in (200, 201), answer.text
    offset = int((consented - datetime.fromisoformat(call["started_at"])).total_seconds() * 1000) + 50
    segments = [{"participant_id": ids["customer"], "start_ms": offset, "end_ms": offset + 100, "text": "Hello."}]
    stored = await phone.admin.post("/v1/transcripts", json={"call_id": call["id"], "language": "en-US",
                                                             "engine": "test-asr", "segments": segments})
    assert stored.status_code == 201, stored.text
    return stored.json()


async def _transcript_purged(phone: Phone, purger, tenant_id, sid: str, call: dict) -> str:
    """The call's transcript stored, the call ended and the transcript purged by retention: its certificate.
    The retention shortened only once the transcript is stored: before, the recording of a call without
    transcripts would be due itself (test_provider_recordings_without_transcripts.py)."""
    await _transcript_stored(phone, call)
    assert (await phone.admin.put("/v1/retention-policies", json={"default_days": 0})).status_code == 200
    assert (await phone.twilio_form(twilio_status(sid, "completed", 2))).status_code == 200
    await drained(phone)

    async def purged() -> bool:
        return (await purger.run_once(tenant_id)).purged == 1

    await eventually(purged, WITHIN, what="the transcript purged once its call's end reached the transcripts service")
    [certificate] = (await phone.admin.get("/v1/deletion-certificates", params={"call_id": call["id"]})).json()["items"]
    return certificate


async def test_a_twilio_recording_is_deleted_at_twilio_when_the_calls_transcript_is_purged(
        phone, gateway_engine, purger, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, recording, call = await _twilio_recorded_call(phone)
    [kept] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    assert (kept["recording_id"], kept["state"], kept["attempts"]) == (recording, "kept", 0)
    assert provider_api.sent(f"/Recordings/{recording}.json") == []  # nothing asked while the transcripts live

    certificate = await _transcript_purged(phone, purger, tenant_id, sid, call)

    async def deleted() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["deleted"]

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio")
    [sent] = provider_api.sent(f"/Recordings/{recording}.json")
    assert sent["method"] == "DELETE"
    assert sent["path"] == f"/twilio/2010-04-01/Accounts/{phone.twilio['account_sid']}/Recordings/{recording}.json"
    assert sent["headers"]["Authorization"].startswith("Basic ")
    [row] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    assert (str(row["call_id"]), str(row["certificate_id"]), row["reason"]) == (call["id"], certificate["id"],
                                                                                "retention")
    assert row["deleted_at"] is not None and row["attempts"] == 1
    # The certificate, signed before Twilio answered, names the follow-up record; it lists the recording
    # against the certificate, deleted, with every transcript object gone.
    assert certificate["claims"]["provider_copies"] == f"/v1/calls/{call['id']}/copies"
    copies = await phone.admin.get(certificate["claims"]["provider_copies"])
    assert copies.status_code == 200, copies.text
    [listed] = copies.json()["provider_recordings"]
    assert {k: listed[k] for k in ("provider", "recording_id", "state", "certificate_id", "reason", "attempts")} == {
        "provider": "twilio", "recording_id": recording, "state": "deleted", "certificate_id": certificate["id"],
        "reason": "retention", "attempts": 1}
    assert listed["deleted_at"] >= listed["deletion_requested_at"]
    [transcript] = copies.json()["transcripts"]
    assert transcript["status"] == "purged" and transcript["objects"]
    assert {(o["state"], o["certificate_id"]) for o in transcript["objects"]} == {("deleted", certificate["id"])}
    assert {o["key"] for o in transcript["objects"]} == {o["key"] for o in certificate["claims"]["objects"]}
    assert copies.json()["kept_anywhere"] is False


async def test_a_withdrawal_under_the_remove_policy_deletes_the_recording_at_twilio_too(
        phone, gateway_engine, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    policy = {"default_days": 30, "on_withdrawal": "remove_transcript"}
    assert (await phone.admin.put("/v1/retention-policies", json=policy)).status_code == 200
    sid, recording, call = await _twilio_recorded_call(phone)
    await _transcript_stored(phone, call)
    customer = next(p["id"] for p in call["participants"] if p["role"] == "customer")
    withdrawn = await phone.admin.post(f"/v1/calls/{call['id']}/events", json={"events": [
        {"type": "consent_withdrawn", "participant_id": customer, "purposes": ["transcription"],
         "method": "verbal", "occurred_at": datetime.now(UTC).isoformat()}]})
    assert withdrawn.status_code in (200, 201), withdrawn.text

    async def deleted() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["deleted"]

    await eventually(deleted, WITHIN, what="the recording deleted at Twilio after the withdrawal")
    [row] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    [certificate] = (await phone.admin.get("/v1/deletion-certificates", params={"call_id": call["id"]})).json()["items"]
    assert (row["reason"], str(row["certificate_id"])) == ("withdrawal", certificate["id"])
    assert [r["method"] for r in provider_api.sent(f"/Recordings/{recording}.json")] == ["DELETE"]


async def test_the_copies_of_a_live_call_show_its_stored_transcript_and_its_kept_recording(phone):
    _, recording, call = await _twilio_recorded_call(phone)
    stored = await _transcript_stored(phone, call)
    copies = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()
    assert [(r["recording_id"], r["state"], r["certificate_id"]) for r in copies["provider_recordings"]] == [
        (recording, "kept", None)]
    [transcript] = copies["transcripts"]
    assert transcript["transcript_id"] == stored["id"] and transcript["status"] == "active"
    assert "transcript" in {o["kind"] for o in transcript["objects"]}
    assert {o["state"] for o in transcript["objects"]} == {"stored"} and copies["kept_anywhere"] is True


async def test_the_copies_of_a_call_are_for_auditors_and_another_tenants_call_is_a_404(phone, gateway,
                                                                                      gateway_engine):
    _, _, call = await _twilio_recorded_call(phone)
    path = f"/v1/calls/{call['id']}/copies"
    assert (await phone.admin.get(f"/v1/calls/{uuid4()}/copies")).status_code == 404
    agent = await key_with_roles(gateway, dict(phone.admin.headers), "agent")
    auditor = await key_with_roles(gateway, dict(phone.admin.headers), "auditor")
    assert (await gateway.get(path, headers=agent)).status_code == 403
    assert (await gateway.get(path, headers=auditor)).status_code == 200
    _, other = await ensure_tenant_with_key(gateway_engine, "Other", f"o-{uuid4().hex[:12]}", ["tenant_admin"], "t")
    foreign = await gateway.get(path, headers={"Authorization": f"Bearer {other}"})
    assert foreign.status_code == 404 and foreign.headers["content-type"] == "application/problem+json"


async def test_a_provider_that_fails_is_asked_again_until_the_recording_is_deleted(
        phone, gateway_engine, purger, provider_api, services):
    tenant_id = await _tenant_id(phone, gateway_engine)
    failed_before = metric_value(await _gateway_metrics(services), FAILED_METRIC, provider="twilio", outcome="failed")
    sid, recording, call = await _twilio_recorded_call(phone)
    provider_api.fail(f"/Recordings/{recording}.json", 503, 500, 503, 503)  # past the 3 retries: `failed`
    await _transcript_purged(phone, purger, tenant_id, sid, call)

    async def failed() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["failed"]

    await eventually(failed, WITHIN, what="the recording shown failed once the retries ran out")
    [row] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    assert row["attempts"] == 3 and row["last_error"]["status"] == 503
    failed_now = metric_value(await _gateway_metrics(services), FAILED_METRIC, provider="twilio", outcome="failed")
    assert failed_now >= failed_before + 1  # visible to an alert, not only in the row

    async def deleted() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["deleted"]

    await eventually(deleted, WITHIN, what="the recording deleted once Twilio recovered")
    assert len(provider_api.sent(f"/Recordings/{recording}.json")) == 5


async def test_a_recording_named_after_the_transcripts_went_is_deleted_at_once(
        phone, gateway_engine, purger, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, first, call = await _twilio_recorded_call(phone)
    await _transcript_purged(phone, purger, tenant_id, sid, call)
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{first}.json")) == 1, WITHIN, what="the first deleted")
    late = "RE" + uuid4().hex  # Twilio's callback of a second recording, late
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": late,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{late}.json")) == 1, WITHIN,
                     what="the late one deleted")


async def test_telnyx_and_vonage_recordings_are_tracked_from_their_webhooks(phone, gateway_engine):
    tenant_id = await _tenant_id(phone, gateway_engine)
    control, telnyx_recording = f"v3:{uuid4().hex}", str(uuid4())
    saved = await phone.telnyx_event(telnyx_body("call.recording.saved", control, recording_id=telnyx_recording))
    assert saved.status_code == 200, saved.text
    conversation, file_id = f"CON-{uuid4()}", str(uuid4())
    finished = await phone.vonage_event(vonage_body(conversation, recording_uuid=str(uuid4()),
                                                    recording_url=f"https://api.nexmo.com/v1/files/{file_id}"))
    assert finished.status_code == 200, finished.text
    assert [r["recording_id"] for r in await _recordings(gateway_engine, tenant_id, "telnyx", control)] == [
        telnyx_recording]
    assert [r["recording_id"] for r in await _recordings(gateway_engine, tenant_id, "vonage", conversation)] == [
        file_id]


async def test_a_recording_id_that_could_not_name_a_recording_is_a_400_and_nothing_is_stored(phone, gateway_engine):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid = call_sid()
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": "../../Calls/x",
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 400 and "recording id" in answer.json()["detail"]
    assert await _recordings(gateway_engine, tenant_id, "twilio", sid) == []


async def test_a_recording_saved_without_an_id_to_delete_it_by_is_listed_kept_and_its_deletion_fails_visibly(
        phone, gateway_engine, purger, provider_api):
    """Telnyx's `call.recording.saved` without a `recording_id`, Vonage's recording outside the Media API's
    files: the provider keeps them all the same. They are listed, and a deletion asked for them fails with
    why (delete them at the provider), never sent to a path guessed from the webhook."""
    tenant_id = await _tenant_id(phone, gateway_engine)
    conversation = f"CON-{uuid4()}"
    outside = await phone.vonage_event(vonage_body(conversation, recording_uuid=str(uuid4()),
                                                   recording_url="https://media.example/recordings/abc.mp3"))
    assert outside.status_code == 200, outside.text
    [vonage] = await _recordings(gateway_engine, tenant_id, "vonage", conversation)
    assert vonage["recording_id"].startswith("unnamed:") and vonage["state"] == "kept"

    control = f"v3:{uuid4().hex}"
    assert (await phone.telnyx_event(telnyx_body("call.answered", control))).status_code == 200
    saved = await phone.telnyx_event(telnyx_body("call.recording.saved", control, recording_urls={
        "mp3": "https://s3.example/recording.mp3"}))
    assert saved.status_code == 200, saved.text
    [call] = await calls_named(phone, "telnyx", control)
    call = (await phone.admin.get(f"/v1/calls/{call['id']}")).json()
    copies = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()
    [listed] = copies["provider_recordings"]
    assert listed["recording_id"].startswith("unnamed:") and listed["state"] == "kept" and copies["kept_anywhere"]

    await _transcript_stored(phone, call)
    assert (await phone.admin.put("/v1/retention-policies", json={"default_days": 0})).status_code == 200
    assert (await phone.telnyx_event(telnyx_body("call.hangup", control))).status_code == 200
    await drained(phone)
    await eventually(lambda: _purged_one(purger, tenant_id), WITHIN, what="the transcript purged")

    async def failed() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "telnyx", control)] == ["failed"]

    await eventually(failed, WITHIN, what="the deletion of the unnamed recording shown failed")
    [row] = await _recordings(gateway_engine, tenant_id, "telnyx", control)
    assert "named no recording id" in row["last_error"]["error"] and row["reason"] == "retention"
    assert provider_api.sent("unnamed") == []  # nothing asked of the provider at a guessed path
    copies = (await phone.admin.get(f"/v1/calls/{call['id']}/copies")).json()
    assert copies["kept_anywhere"] is True and copies["provider_recordings"][0]["state"] == "failed"


async def _purged_one(purger, tenant_id) -> bool:
    return (await purger.run_once(tenant_id)).purged == 1

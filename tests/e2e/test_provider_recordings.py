"""The provider's own copies: a recording a provider's webhook names is tracked, and deleted through the
provider's API (faked at the HTTP layer) when callvault deletes the call's transcripts; a provider that
fails is asked again until it answers."""

from uuid import uuid4

from sqlalchemy import text

from services.common.db import tenant_session
from services.gateway import repository
from tests.helpers.signed_webhooks import Phone, call_sid, calls_named, drained, telnyx_body, twilio_status, vonage_body
from tests.helpers.support import at, eventually

TWILIO_ACCOUNT = "AC" + "0" * 32


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


async def _transcript_purged(phone: Phone, purger, tenant_id, sid: str, call: dict) -> str:
    """The call's transcript stored, the call ended and the transcript purged by retention: its certificate."""
    ids = {p["role"]: p["id"] for p in call["participants"]}
    answer = await phone.admin.post(f"/v1/calls/{call['id']}/events", json={"events": [
        {"type": "consent_granted", "participant_id": ids["customer"], "purposes": ["recording", "transcription"],
         "method": "dtmf", "occurred_at": at(0)}]})
    assert answer.status_code in (200, 201), answer.text
    assert (await phone.admin.put("/v1/retention-policies", json={"default_days": 0})).status_code == 200
    segments = [{"participant_id": ids["customer"], "start_ms": 3000, "end_ms": 3900, "text": "Hello."}]
    stored = await phone.admin.post("/v1/transcripts", json={"call_id": call["id"], "language": "en-US",
                                                             "engine": "test-asr", "segments": segments})
    assert stored.status_code == 201, stored.text
    assert (await phone.twilio_form(twilio_status(sid, "completed", 2))).status_code == 200
    await drained(phone)

    async def purged() -> bool:
        return (await purger.run_once(tenant_id)).purged == 1

    await eventually(purged, what="the transcript purged once its call's end reached the transcripts service")
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

    await eventually(deleted, what="the recording deleted at Twilio")
    [sent] = provider_api.sent(f"/Recordings/{recording}.json")
    assert sent["method"] == "DELETE"
    assert sent["path"] == f"/twilio/2010-04-01/Accounts/{phone.twilio['account_sid']}/Recordings/{recording}.json"
    assert sent["headers"]["Authorization"].startswith("Basic ")
    [row] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    assert (str(row["call_id"]), str(row["certificate_id"]), row["reason"]) == (call["id"], certificate["id"],
                                                                                "retention")
    assert row["deleted_at"] is not None and row["attempts"] == 1


async def test_a_provider_that_fails_is_asked_again_until_the_recording_is_deleted(
        phone, gateway_engine, purger, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, recording, call = await _twilio_recorded_call(phone)
    provider_api.fail(f"/Recordings/{recording}.json", 503, 500, 503, 503)  # past the 3 retries: `failed`
    await _transcript_purged(phone, purger, tenant_id, sid, call)

    async def failed() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["failed"]

    await eventually(failed, what="the recording shown failed once the retries ran out")
    [row] = await _recordings(gateway_engine, tenant_id, "twilio", sid)
    assert row["attempts"] == 3 and row["last_error"]["status"] == 503

    async def deleted() -> bool:
        return [r["state"] for r in await _recordings(gateway_engine, tenant_id, "twilio", sid)] == ["deleted"]

    await eventually(deleted, what="the recording deleted once Twilio recovered")
    assert len(provider_api.sent(f"/Recordings/{recording}.json")) == 5


async def test_a_recording_named_after_the_transcripts_went_is_deleted_at_once(
        phone, gateway_engine, purger, provider_api):
    tenant_id = await _tenant_id(phone, gateway_engine)
    sid, first, call = await _twilio_recorded_call(phone)
    await _transcript_purged(phone, purger, tenant_id, sid, call)
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{first}.json")) == 1, what="the first deleted")
    late = "RE" + uuid4().hex  # Twilio's callback of a second recording, late
    answer = await phone.twilio_form({"CallSid": sid, "AccountSid": TWILIO_ACCOUNT, "RecordingSid": late,
                                      "RecordingStatus": "completed"})
    assert answer.status_code == 200
    await eventually(lambda: len(provider_api.sent(f"/Recordings/{late}.json")) == 1, what="the late one deleted")


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

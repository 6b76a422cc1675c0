"""A whole call per provider, through the gateway: the call arrives, the consent IVR answers, the caller
presses a key, the call is connected (recorded only when allowed); consent is then withdrawn through
the API, the provider's API (the session's fake) is asked to stop the recording, and the call's
decision stream shows the outcome."""

import asyncio
import json
import re
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit
from uuid import uuid4

import httpx
import pytest

from tests.helpers.signed_webhooks import DIAL_TARGET, Phone, call_sid, calls_named, twilio_status
from tests.helpers.support import at, eventually, sse_events

VERSION = "ivr-v1"
ANNOUNCEMENT = "This call is recorded for quality. You may decline."


@pytest.fixture
async def ivr_phone(phone: Phone) -> Phone:
    response = await phone.admin.post("/v1/announcements", json={"version": VERSION, "language": "en",
                                                                  "text": ANNOUNCEMENT})
    assert response.status_code == 201, response.text
    return phone


def _twilio_call(sid: str) -> dict:
    return {"CallSid": sid, "AccountSid": "AC" + "0" * 32, "From": "+14155550100", "To": "+14155550142",
            "Direction": "inbound", "CallStatus": "ringing", "FromCountry": "US"}


def _gather_query(markup: str) -> str:
    """The query of the gather URL the IVR's markup names (it carries the announcement's version)."""
    url = re.search(r'(https?://[^"<\s]+/gather\?[^"<\s]+)', markup).group(1).replace("&amp;", "&")
    return urlsplit(url).query


async def _withdraw_and_watch(phone: Phone, provider: str, external_id: str) -> dict:
    """Withdraw the caller's recording consent through the API and return the stop outcome the
    decision stream shows."""
    [call] = await calls_named(phone, provider, external_id)
    detail = (await phone.admin.get(f"/v1/calls/{call['id']}")).json()
    customer = next(p["id"] for p in detail["participants"] if p["external_id"] == "customer")
    async with phone.admin.stream("GET", f"/v1/calls/{call['id']}/decision/stream",
                                  timeout=httpx.Timeout(10, read=None)) as response:
        assert response.status_code == 200
        events = sse_events(response)
        assert (await asyncio.wait_for(anext(events), 5))["event"] == "decision"
        withdrawn = await phone.admin.post(f"/v1/calls/{call['id']}/events", json={
            "type": "consent_withdrawn", "participant_id": customer, "purposes": ["recording"],
            "method": "verbal", "occurred_at": at(0)})
        assert withdrawn.status_code == 200, withdrawn.text
        async with asyncio.timeout(15):
            async for event in events:
                if event["event"].startswith("recording.stop_"):
                    return {"event": event["event"], "sse_id": event.get("id"), "call_id": call["id"],
                            **json.loads(event["data"])}
    raise AssertionError("the stream ended")


async def test_twilio_whole_call_press_1_then_withdraw(ivr_phone: Phone, provider_api):
    sid = call_sid()
    answer = await ivr_phone.twilio_form(_twilio_call(sid), step="voice")
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/xml")
    assert "<Gather" in answer.text and ANNOUNCEMENT in answer.text and "Press 1" in answer.text
    query = _gather_query(answer.text)
    assert {k: v for k, v in parse_qs(query).items() if k != "sig"} == {"v": [VERSION], "lang": ["en"]}

    pressed = await ivr_phone.twilio_form({**_twilio_call(sid), "Digits": "1"}, step="gather", query=query)
    assert pressed.status_code == 200, pressed.text
    assert 'record="record-from-answer-dual"' in pressed.text and f"<Number>{DIAL_TARGET}</Number>" in pressed.text
    [call] = await calls_named(ivr_phone, "twilio", sid)
    events = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/events")).json()
    assert [(e["type"], e["method"], e["evidence"]) for e in events] == [
        ("notice_given", None, None), ("consent_granted", "dtmf", {"digits": "1"}), ("participant_left", None, None)]
    roles = {p["external_id"]: p for p in (await ivr_phone.admin.get(f"/v1/calls/{call['id']}")).json()["participants"]}
    # The IVR is the tenant's virtual agent, and leaves once it connects the caller; the agent's DID places nobody.
    assert roles["ivr"]["role"] == "virtual_agent" and events[2]["participant_id"] == roles["ivr"]["id"]
    agent = roles[f"twilio:{sid}"]  # named after the call: a PSTN agent has no identity of Twilio's
    assert agent["role"] == "agent" and agent["has_phone_number"] is False
    assert agent["jurisdiction_source"] != "phone_number"
    assert events[0]["announcement_version"] == VERSION
    assert (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/decision")).json()["may_record"] is True

    # Twilio's recording callback: the recording runs.
    recording = {"CallSid": sid, "RecordingSid": "RE" + sid[2:], "RecordingStatus": "in-progress"}
    assert (await ivr_phone.twilio_form(recording)).status_code == 200

    stop = await _withdraw_and_watch(ivr_phone, "twilio", sid)
    assert stop["event"] == "recording.stop_confirmed" and stop["provider"] == "twilio"
    updates = [r for r in provider_api.sent(f"/Calls/{sid}/Recordings/") if r["method"] == "POST"]
    assert len(updates) == 1 and parse_qs(updates[0]["body"]) == {"Status": ["stopped"]}
    assert updates[0]["path"].startswith(f"/twilio/2010-04-01/Accounts/{ivr_phone.twilio['account_sid']}/")


async def test_transcript_offsets_count_from_the_answer_so_a_segment_inside_the_ivr_is_refused(ivr_phone: Phone):
    """Twilio answered 20 s before the caller pressed 1: a segment 2 s after the answer was spoken while
    the IVR played, before any consent, and is refused; one after the key press passes."""
    sid = call_sid()
    answered = (datetime.now(UTC) - timedelta(seconds=20)).replace(microsecond=0)
    in_progress = twilio_status(sid, "in-progress", 1, Timestamp=answered.strftime("%a, %d %b %Y %H:%M:%S +0000"))
    assert (await ivr_phone.twilio_form(in_progress)).status_code == 200
    answer = await ivr_phone.twilio_form(_twilio_call(sid), step="voice")
    pressed = await ivr_phone.twilio_form({**_twilio_call(sid), "Digits": "1"}, step="gather",
                                          query=_gather_query(answer.text))
    assert 'record="record-from-answer-dual"' in pressed.text
    [call] = await calls_named(ivr_phone, "twilio", sid)
    assert datetime.fromisoformat(call["started_at"]) == answered
    detail = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}")).json()
    customer = next(p["id"] for p in detail["participants"] if p["external_id"] == "customer")
    after_press = int((datetime.now(UTC) - answered).total_seconds() * 1000) + 1000
    segments = [{"participant_id": customer, "start_ms": 2000, "end_ms": 4000, "text": "Hello? Is this recorded?"},
                {"participant_id": customer, "start_ms": after_press, "end_ms": after_press + 2000, "text": "Fine."}]
    body = {"call_id": call["id"], "language": "en-US", "engine": "test-asr", "segments": segments}
    refused = await ivr_phone.admin.post("/v1/transcripts", json=body)
    assert refused.status_code == 422, refused.text
    assert [s["index"] for s in refused.json()["segments"]] == [0]
    stored = await ivr_phone.admin.post("/v1/transcripts", json={**body, "segments": segments[1:]})
    assert stored.status_code == 201, stored.text
    assert datetime.fromisoformat(stored.json()["call_started_at"]) == answered


async def test_without_an_announcement_of_its_own_the_ivr_plays_and_records_the_builtin_one(phone: Phone):
    configured = (await phone.admin.put("/v1/telephony/twilio", json=phone.twilio)).json()
    builtin = configured["announcement"]
    assert builtin["builtin"] is True and builtin["version"] == "callvault-builtin-1" and builtin["text"]
    listed = (await phone.admin.get("/v1/announcements")).json()
    assert [(a["version"], a["builtin"]) for a in listed] == [("callvault-builtin-1", True)]
    sid = call_sid()
    answer = await phone.twilio_form(_twilio_call(sid), step="voice")
    assert builtin["text"] in answer.text
    pressed = await phone.twilio_form({**_twilio_call(sid), "Digits": "1"}, step="gather",
                                      query=_gather_query(answer.text))
    assert 'record="record-from-answer-dual"' in pressed.text
    [call] = await calls_named(phone, "twilio", sid)
    events = (await phone.admin.get(f"/v1/calls/{call['id']}/events")).json()
    assert [(e["type"], e["announcement_version"]) for e in events] == [
        ("notice_given", "callvault-builtin-1"), ("consent_granted", None), ("participant_left", None)]

    # Never retired (past notices name it); replaced by making one's own, which the answer then names.
    retired = await phone.admin.delete(f"/v1/announcements/{listed[0]['id']}")
    assert retired.status_code == 409 and retired.json()["type"].endswith("builtin-announcement")
    reserved = await phone.admin.post("/v1/announcements", json={"version": "callvault-2", "language": "en",
                                                                  "text": "Ours."})
    assert reserved.status_code == 422
    assert (await phone.admin.post("/v1/announcements", json={"version": "own-1", "language": "en",
                                                               "text": ANNOUNCEMENT})).status_code == 201
    replaced = (await phone.admin.get("/v1/telephony/twilio")).json()["announcement"]
    assert replaced == {"version": "own-1", "language": "en", "text": ANNOUNCEMENT, "builtin": False}
    assert (await phone.admin.get("/v1/telephony/standard")).json()["announcement"] is None  # no IVR there


async def test_twilio_whole_call_press_2_dials_without_recording(ivr_phone: Phone):
    sid = call_sid()
    answer = await ivr_phone.twilio_form(_twilio_call(sid), step="voice")
    pressed = await ivr_phone.twilio_form({**_twilio_call(sid), "Digits": "2"}, step="gather",
                                          query=_gather_query(answer.text))
    assert pressed.status_code == 200
    assert 'record="do-not-record"' in pressed.text and f"<Number>{DIAL_TARGET}</Number>" in pressed.text
    [call] = await calls_named(ivr_phone, "twilio", sid)
    events = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/events")).json()
    assert [e["type"] for e in events] == ["notice_given", "consent_denied", "participant_left"]
    # A repeat of the key press (Twilio retrying) gets the same answer and records nothing more.
    again = await ivr_phone.twilio_form({**_twilio_call(sid), "Digits": "2"}, step="gather",
                                        query=_gather_query(answer.text))
    assert again.text == pressed.text
    assert len((await ivr_phone.admin.get(f"/v1/calls/{call['id']}/events")).json()) == 3


async def test_twilio_stay_on_line_counts_the_notice_complete_only_when_the_caller_comes_back_after_it(
        ivr_phone: Phone):
    settings = await ivr_phone.admin.put("/v1/ivr-settings", json={"mode": "stay_on_line"})
    assert settings.status_code == 200, settings.text
    consent = await ivr_phone.admin.put("/v1/consent-settings", json={"stay_on_line_seconds": 4})
    assert consent.status_code == 200, consent.text
    sid = call_sid()
    answer = await ivr_phone.twilio_form(_twilio_call(sid), step="voice")
    assert "<Gather" not in answer.text and ANNOUNCEMENT in answer.text and '<Pause length="4"' in answer.text
    query = urlsplit(re.search(r"<Redirect[^>]*>([^<]+)</Redirect>", answer.text).group(1).replace("&amp;", "&")).query
    [call] = await calls_named(ivr_phone, "twilio", sid)
    # While the announcement plays, nothing says it was heard to its end: a caller hanging up now heard none.
    events = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/events")).json()
    assert [(e["type"], e["completed"]) for e in events] == [("notice_given", False)]
    assert (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/decision")).json()["may_record"] is False

    continued = await ivr_phone.twilio_form(_twilio_call(sid), step="continue", query=query)
    assert continued.status_code == 200, continued.text
    decision = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/decision")).json()
    expected = 'record="record-from-answer-dual"' if decision["may_record"] else 'record="do-not-record"'
    assert expected in continued.text
    events = (await ivr_phone.admin.get(f"/v1/calls/{call['id']}/events")).json()
    assert [(e["type"], e["completed"]) for e in events] == [
        ("notice_given", False), ("notice_given", True), ("participant_left", None)]
    began, heard, left = (datetime.fromisoformat(e["occurred_at"]) for e in events)
    # The end of the announcement: 4 s (the Pause) before the caller came back, and not before it began.
    assert heard == max(left - timedelta(seconds=4), began)


async def test_vonage_stay_on_line_cut_short_by_a_key_waits_again_before_recording(ivr_phone: Phone):
    assert (await ivr_phone.admin.put("/v1/ivr-settings", json={"mode": "stay_on_line"})).status_code == 200
    assert (await ivr_phone.admin.put("/v1/consent-settings", json={"stay_on_line_seconds": 5})).status_code == 200
    conversation = f"CON-{uuid4()}"
    call = {"uuid": str(uuid4()), "conversation_uuid": conversation, "from": "14155550100", "to": "14155550142"}
    ncco = (await ivr_phone.vonage_event(call, step="voice")).json()
    assert ncco[1]["action"] == "input" and ncco[1]["dtmf"]["timeOut"] == 5
    query = urlsplit(ncco[1]["eventUrl"][0]).query
    pressed = await ivr_phone.vonage_event({**call, "dtmf": {"digits": "5", "timed_out": False}}, step="continue",
                                           query=query)
    assert pressed.status_code == 200, pressed.text
    # The wait was cut short: the notice counts as complete only now, so the delay has not passed.
    assert [a["action"] for a in pressed.json()] == ["connect"]
    [row] = await calls_named(ivr_phone, "vonage", conversation)
    events = (await ivr_phone.admin.get(f"/v1/calls/{row['id']}/events")).json()
    assert [(e["type"], e["completed"]) for e in events] == [
        ("notice_given", False), ("notice_given", True), ("participant_left", None)]
    assert events[1]["occurred_at"] == events[2]["occurred_at"]


@pytest.mark.parametrize("forged", ["a longer wait", "no signature", "another event of the call"])
async def test_vonage_stay_on_line_counts_no_notice_from_a_continue_request_callvault_did_not_write(
        ivr_phone: Phone, forged: str):
    # Vonage's token signs the body only: the continue URL's own parameters carry callvault's signature.
    assert (await ivr_phone.admin.put("/v1/ivr-settings", json={"mode": "stay_on_line"})).status_code == 200
    assert (await ivr_phone.admin.put("/v1/consent-settings", json={"stay_on_line_seconds": 5})).status_code == 200
    call = {"uuid": str(uuid4()), "conversation_uuid": f"CON-{uuid4()}", "from": "14155550100", "to": "14155550142"}
    ncco = (await ivr_phone.vonage_event(call, step="voice")).json()
    query = parse_qs(urlsplit(ncco[1]["eventUrl"][0]).query)
    body = {**call, "dtmf": {"digits": "", "timed_out": True}}
    if forged == "a longer wait":
        query["wait"] = ["600"]
    elif forged == "no signature":
        del query["sig"]
    else:
        body = call  # the answer's signed body, replayed to the continue URL before the input ended
    answer = await ivr_phone.vonage_event(body, step="continue", query=urlencode(query, doseq=True))
    assert answer.status_code == 200, answer.text
    assert [a["action"] for a in answer.json()] == ["connect"]
    [row] = await calls_named(ivr_phone, "vonage", call["conversation_uuid"])
    events = (await ivr_phone.admin.get(f"/v1/calls/{row['id']}/events")).json()
    assert [(e["type"], e["completed"]) for e in events] == [("notice_given", False), ("participant_left", None)]


async def test_telnyx_whole_call_press_1_then_withdraw(ivr_phone: Phone, provider_api):
    control = f"v3:{uuid4().hex}"
    form = {"CallSid": control, "From": "+14155550100", "To": "+14155550142", "Direction": "inbound",
            "CallStatus": "ringing", "AccountSid": str(uuid4())}
    answer = await ivr_phone.texml_form(form, step="voice")
    assert answer.status_code == 200, answer.text
    assert "<Gather" in answer.text and ANNOUNCEMENT in answer.text
    pressed = await ivr_phone.texml_form({**form, "Digits": "1"}, step="gather", query=_gather_query(answer.text))
    assert pressed.status_code == 200, pressed.text
    assert 'record="record-from-answer-dual"' in pressed.text
    assert (await ivr_phone.telnyx_event({"data": {
        "event_type": "call.recording.started", "id": str(uuid4()), "occurred_at": at(0),
        "payload": {"call_control_id": control, "from": "+14155550100", "to": "+14155550142"}}})).status_code == 200

    stop = await _withdraw_and_watch(ivr_phone, "telnyx", control)
    assert stop["event"] == "recording.stop_confirmed"
    [sent] = provider_api.sent(f"/calls/{control}/actions/record_stop")
    assert sent["path"] == f"/telnyx/v2/calls/{control}/actions/record_stop"
    assert sent["headers"]["Authorization"] == f"Bearer {ivr_phone.telnyx['api_key']}"


async def test_vonage_whole_call_press_1_then_withdraw(ivr_phone: Phone, provider_api):
    conversation = f"CON-{uuid4()}"
    call = {"uuid": str(uuid4()), "conversation_uuid": conversation, "from": "14155550100", "to": "14155550142"}
    answer = await ivr_phone.vonage_event(call, step="voice")
    assert answer.status_code == 200, answer.text
    ncco = answer.json()
    assert ncco[0]["action"] == "talk" and ANNOUNCEMENT in ncco[0]["text"]
    assert ncco[1]["action"] == "input" and ncco[1]["dtmf"]["maxDigits"] == 1
    query = urlsplit(ncco[1]["eventUrl"][0]).query
    pressed = await ivr_phone.vonage_event({**call, "dtmf": {"digits": "1", "timed_out": False}}, step="gather",
                                           query=query)
    assert pressed.status_code == 200, pressed.text
    actions = [a["action"] for a in pressed.json()]
    assert actions == ["record", "connect"]
    assert pressed.json()[1]["endpoint"] == [{"type": "phone", "number": DIAL_TARGET.lstrip("+")}]
    recording = {**call, "status": "answered"}
    assert (await ivr_phone.vonage_event(recording)).status_code == 200
    [row] = await calls_named(ivr_phone, "vonage", conversation)
    started = await ivr_phone.admin.post(f"/v1/calls/{row['id']}/events", json={
        "type": "recording_started", "occurred_at": at(0)})
    assert started.status_code == 200

    stop = await _withdraw_and_watch(ivr_phone, "vonage", conversation)
    assert stop["event"] == "recording.stop_confirmed"
    [transfer] = [r for r in provider_api.sent(f"/vonage/v1/calls/leg-of-{conversation}") if r["method"] == "PUT"]
    assert json.loads(transfer["body"])["action"] == "transfer"
    assert transfer["headers"]["Authorization"].startswith("Bearer ey")


async def test_a_stop_is_retried_through_provider_outages_and_a_refusal_is_reported_failed(ivr_phone: Phone,
                                                                                            provider_api):
    async def recording_call(control: str) -> None:
        """A Telnyx call whose caller consented, being recorded."""
        async def event(event_type: str) -> None:
            response = await ivr_phone.telnyx_event({"data": {
                "event_type": event_type, "id": str(uuid4()), "occurred_at": at(0),
                "payload": {"call_control_id": control, "from": "+14155550100", "to": "+14155550142"}}})
            assert response.status_code == 200

        await event("call.initiated")
        [row] = await calls_named(ivr_phone, "telnyx", control)
        detail = (await ivr_phone.admin.get(f"/v1/calls/{row['id']}")).json()
        customer = next(p["id"] for p in detail["participants"] if p["external_id"] == "customer")
        granted = await ivr_phone.admin.post(f"/v1/calls/{row['id']}/events", json={
            "type": "consent_granted", "participant_id": customer, "purposes": ["recording"], "method": "dtmf",
            "occurred_at": at(-1)})
        assert granted.status_code == 200, granted.text
        await event("call.recording.started")

    flaky = f"v3:{uuid4().hex}"
    await recording_call(flaky)
    provider_api.fail(flaky, 503, 503)
    stop = await _withdraw_and_watch(ivr_phone, "telnyx", flaky)
    assert stop["event"] == "recording.stop_confirmed" and stop["attempts"] == 3
    assert len(provider_api.sent(f"/calls/{flaky}/actions/record_stop")) == 3

    gone = f"v3:{uuid4().hex}"
    await recording_call(gone)
    provider_api.fail(gone, 422)
    stop = await _withdraw_and_watch(ivr_phone, "telnyx", gone)
    assert stop["event"] == "recording.stop_failed" and stop["attempts"] == 1
    assert stop["provider_answer"]["status"] == 422
    # Every event on the stream has an id: a reconnect with the stop's resumes after it (the decision it
    # had is not sent again; the next change is).
    version, _, stop_id = stop["sse_id"].partition(":stop:")
    assert stop_id == stop["id"] and int(version) >= 1
    async with ivr_phone.admin.stream("GET", f"/v1/calls/{stop['call_id']}/decision/stream",
                                      headers={"Last-Event-ID": stop["sse_id"]},
                                      timeout=httpx.Timeout(10, read=None)) as response:
        assert response.status_code == 200
        events = sse_events(response)
        detail = (await ivr_phone.admin.get(f"/v1/calls/{stop['call_id']}")).json()
        agent = next(p["id"] for p in detail["participants"] if p["role"] == "agent")
        changed = await ivr_phone.admin.post(f"/v1/calls/{stop['call_id']}/events", json={
            "type": "consent_denied", "participant_id": agent, "purposes": ["ai_training"], "method": "verbal",
            "occurred_at": at(0)})
        assert changed.status_code == 200, changed.text
        first = await asyncio.wait_for(anext(events), 10)
    assert first["event"] == "decision" and int(first["id"]) > int(version)
    await eventually(lambda: len(provider_api.sent(f"/calls/{gone}/")) == 1, 2, what="a single attempt")


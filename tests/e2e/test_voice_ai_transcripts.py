"""The transcripts Retell and Vapi send at the end of a call, through the gateway and the consent gate of
`POST /v1/transcripts`: taken when the caller consented (readable, its speakers mapped to the call's
virtual agent and customer, its times in the call's time base), refused when they did not, one
transcript however often the provider sends it, and a transcript that cannot be taken acknowledged (a
provider retries anything else) and listed as refused. Retell's bodies are built with Retell's own SDK
types and signed with its SDK; Vapi's signed by its documented HMAC scheme."""

import hashlib
import hmac
import json
import math
import secrets
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from retell.lib.webhook_auth import symmetric
from retell.types.phone_call_response import PhoneCallResponse, TranscriptObject, TranscriptObjectWord

from tests.helpers.signed_webhooks import calls_named, drained, events_of

CALLER = "+14155550100"  # California: every party's consent, for transcription too
GREETING, ANSWER = "Thanks for calling, how can I help?", "I would like to move my appointment."


@pytest.fixture
async def retell(phone):
    api_key = "key_" + secrets.token_hex(16)
    assert (await phone.admin.put("/v1/telephony/retell", json={"api_key": api_key})).status_code == 200
    return api_key


@pytest.fixture
async def vapi(phone):
    secret = secrets.token_urlsafe(32)
    assert (await phone.admin.put("/v1/telephony/vapi", json={"hmac_secret": secret})).status_code == 200
    return secret


# --- Retell -----------------------------------------------------------------------------------------
def _retell(event: str, call_id: str, start_ms: int, transcript: list[TranscriptObject] | None = None) -> bytes:
    call = PhoneCallResponse(agent_id="agent_0123", agent_version=1, call_id=call_id, call_status="ended",
                             call_type="phone_call", direction="inbound", from_number=CALLER,
                             to_number="+12125550142", start_timestamp=start_ms,
                             end_timestamp=int(time.time() * 1000) + 1, transcript_object=transcript)  # now
    body = {"event": event, "call": call.model_dump(mode="json", exclude_none=True)}
    return json.dumps(body, separators=(",", ":")).encode()


def _said(role: str, content: str, origin_ms: int, span: tuple[int, int]) -> TranscriptObject:
    """An utterance whose words spread evenly over `span` (milliseconds since the epoch), timed as Retell
    times them: seconds of audio from the call's start."""
    words, (begin, end) = content.split(), span
    marks = [begin + (end - begin) * i // len(words) for i in range(len(words))] + [end]
    return TranscriptObject(role=role, content=content, words=[
        TranscriptObjectWord(word=w, start=(marks[i] - origin_ms) / 1000, end=(marks[i + 1] - origin_ms) / 1000)
        for i, w in enumerate(words)])


def _window(call: dict) -> tuple[datetime, int, int]:
    """A consent given 1 ms after the participants joined (when the call's first webhook arrived), and the
    span from then to now (milliseconds since the epoch) that a consenting caller's words can fill."""
    joined = max(datetime.fromisoformat(p["joined_at"].replace("Z", "+00:00")) for p in call["participants"])
    consented = joined + timedelta(milliseconds=1)
    begin, end = math.ceil(consented.timestamp() * 1000) + 1, int(time.time() * 1000) - 1
    assert end - begin >= 4, "the call's first webhook was applied in under 4 ms: no room for its words"
    return consented, begin, end


def _halves(begin: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
    middle = (begin + end) // 2
    return (begin, middle - 1), (middle, end)


async def _post_retell(phone, body: bytes, api_key: str):
    return await phone.client.post(phone.url("retell"), content=body, headers={
        "content-type": "application/json", "x-retell-signature": symmetric["sign"](body.decode(), api_key, None)})


async def _consent(phone, call: dict, at: datetime) -> None:
    customer = next(p for p in call["participants"] if p["role"] == "customer")
    response = await phone.admin.post(f"/v1/calls/{call['id']}/events", json={"events": [{
        "type": "consent_granted", "participant_id": customer["id"], "purposes": ["recording", "transcription"],
        "method": "verbal", "evidence": {"utterance": "yes"}, "occurred_at": at.isoformat()}]})
    assert response.status_code == 200, response.text


async def _transcripts(phone, call_id: str) -> list[dict]:
    response = await phone.admin.get(f"/v1/calls/{call_id}/transcripts")
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def test_a_retell_transcript_of_a_consenting_caller_is_taken_once_however_often_it_arrives(phone, retell):
    call_id = f"call_{uuid4().hex}"
    start = int(time.time() * 1000)
    assert (await _post_retell(phone, _retell("call_started", call_id, start), retell)).status_code == 200
    [row] = await calls_named(phone, "retell", call_id)
    call = (await phone.admin.get(f"/v1/calls/{row['id']}")).json()
    consented, begin, end = _window(call)
    await _consent(phone, call, consented)
    first, second = _halves(begin, end)
    said = [_said("agent", GREETING, start, first), _said("user", ANSWER, start, second),
            _said("transfer_target", "Front desk speaking.", start, second)]  # not on the call callvault knows
    ended = _retell("call_ended", call_id, start, said)
    assert (await _post_retell(phone, ended, retell)).status_code == 200
    retried = await _post_retell(phone, ended, retell)  # Retell retries what it thinks failed
    assert retried.status_code == 200 and retried.headers["callvault-webhook-repeated"] == "true"
    analyzed = await _post_retell(phone, _retell("call_analyzed", call_id, start, said), retell)
    assert analyzed.status_code == 200 and analyzed.json() == {"accepted": True}  # the same transcript again
    await drained(phone)

    [stored] = await _transcripts(phone, row["id"])  # one transcript
    assert stored["engine"] == "retell" and stored["removed_segments"] == 0
    transcript = (await phone.admin.get(f"/v1/transcripts/{stored['id']}")).json()
    roles = {p["id"]: p["role"] for p in call["participants"]}
    segments = transcript["segments"]
    assert [roles[s["participant_id"]] for s in segments] == ["virtual_agent", "customer"]
    assert [s["text"] for s in segments] == [GREETING, ANSWER]
    # the words' seconds of audio count from start_timestamp, the call's answer: its time base
    assert [(s["start_ms"], s["end_ms"]) for s in segments] == [
        (first[0] - start, first[1] - start), (second[0] - start, second[1] - start)]
    inbox = (await phone.admin.get("/v1/webhook-inbox")).json()
    assert inbox["refused"] == 0, inbox["latest_refused"]


async def test_a_retell_transcript_without_times_is_acknowledged_and_listed_as_refused(phone, retell):
    call_id = f"call_{uuid4().hex}"
    start = int(time.time() * 1000) - 40_000
    body = json.loads(_retell("call_ended", call_id, start, [_said("user", ANSWER, start, (start + 1, start + 9))]))
    del body["call"]["start_timestamp"]
    raw = json.dumps(body, separators=(",", ":")).encode()
    assert (await _post_retell(phone, raw, retell)).status_code == 200  # a 4xx would only be retried
    [row] = await calls_named(phone, "retell", call_id)
    assert [e["type"] for e in await events_of(phone, "retell", call_id)] == ["call_ended"]  # applied all the same
    assert await _transcripts(phone, row["id"]) == []
    [refused] = [r for r in (await phone.admin.get("/v1/webhook-inbox")).json()["latest_refused"]
                 if r["dedupe_key"] == f"call_ended:{call_id}"]
    assert "start_timestamp" in refused["problem"]["detail"]


# --- Vapi ---------------------------------------------------------------------------------------------
def _vapi_report(call_id: str, messages: list[dict], consent: dict | None = None) -> bytes:
    call = {"id": call_id, "orgId": "org_1", "type": "inboundPhoneCall", "customer": {"number": CALLER},
            "phoneNumber": {"number": "+12125550142"}}
    if consent is not None:
        call["compliance"] = {"recordingConsent": consent}
    message = {"type": "end-of-call-report", "timestamp": int(time.time() * 1000) + 1, "call": call,  # now
               "endedReason": "customer-ended-call", "assistant": {"transcriber": {"language": "en-US"}},
               "artifact": {"messages": messages, "transcript": "AI: ...\nUser: ..."}}
    return json.dumps({"message": message}, separators=(",", ":")).encode()


def _vapi_status(call_id: str, status: str, at_ms: int | None = None) -> bytes:
    at_ms = int(time.time() * 1000) if at_ms is None else at_ms
    return json.dumps({"message": {"type": "status-update", "status": status, "timestamp": at_ms,
                                   "call": {"id": call_id, "type": "inboundPhoneCall", "customer": {"number": CALLER},
                                            "phoneNumber": {"number": "+12125550142"}}}}).encode()


def _spoken(role: str, text: str, span: tuple[int, int]) -> dict:
    """A message as Vapi's artifact has it: `time` and `endTime` in milliseconds since the epoch."""
    return {"role": role, "message": text, "time": span[0], "endTime": span[1], "secondsFromStart": 1.5,
            "duration": span[1] - span[0]}


async def _post_vapi(phone, body: bytes, secret: str):
    stamp = str(int(time.time() * 1000))
    signature = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return await phone.client.post(phone.url("vapi"), content=body, headers={
        "content-type": "application/json", "x-vapi-signature": signature, "x-vapi-timestamp": stamp})


async def test_a_vapi_transcript_after_the_callers_verbal_consent_is_taken_and_readable(phone, vapi):
    call_id = f"call-{uuid4()}"
    assert (await _post_vapi(phone, _vapi_status(call_id, "in-progress"), vapi)).status_code == 200
    [row] = await calls_named(phone, "vapi", call_id)
    call = (await phone.admin.get(f"/v1/calls/{row['id']}")).json()
    started = datetime.fromisoformat(row["started_at"].replace("Z", "+00:00"))
    granted, begin, end = _window(call)
    first, second = _halves(begin, end)
    messages = [{"role": "system", "message": "You are a scheduling assistant.", "time": 1, "secondsFromStart": 0},
                _spoken("bot", GREETING, first), _spoken("user", ANSWER, second),
                {"role": "tool_calls", "toolCalls": [], "message": "", "time": 2, "secondsFromStart": 0}]
    report = _vapi_report(call_id, messages, consent={"type": "verbal", "grantedAt": granted.isoformat()})
    assert (await _post_vapi(phone, report, vapi)).status_code == 200
    await drained(phone)

    [stored] = await _transcripts(phone, row["id"])
    assert (stored["engine"], stored["language"], stored["removed_segments"]) == ("vapi", "en-US", 0)
    transcript = (await phone.admin.get(f"/v1/transcripts/{stored['id']}")).json()
    roles = {p["id"]: p["role"] for p in call["participants"]}
    assert [(roles[s["participant_id"]], s["text"]) for s in transcript["segments"]] == [
        ("virtual_agent", GREETING), ("customer", ANSWER)]
    origin = round(started.timestamp() * 1000)  # offsets count from the call's answer
    assert [(s["start_ms"], s["end_ms"]) for s in transcript["segments"]] == [
        (first[0] - origin, first[1] - origin), (second[0] - origin, second[1] - origin)]
    types = [e["type"] for e in await events_of(phone, "vapi", call_id)]
    assert types == ["call_answered", "consent_granted", "call_ended"]


async def test_a_vapi_call_known_only_by_its_report_starts_when_the_report_says(phone, vapi):
    # A tenant that subscribes to the end-of-call report alone: without the report's startedAt the call would
    # start when callvault heard of it, its end, and every word would be left out as said before the call.
    call_id = f"call-{uuid4()}"
    now = int(time.time() * 1000)
    started = datetime.fromtimestamp((now - 10_000) / 1000, UTC)
    granted = datetime.fromtimestamp((now - 9_000) / 1000, UTC)
    said = [_spoken("bot", GREETING, (now - 8_000, now - 6_000)), _spoken("user", ANSWER, (now - 5_000, now - 3_000))]
    report = json.loads(_vapi_report(call_id, said, consent={"type": "verbal", "grantedAt": granted.isoformat()}))
    report["message"]["startedAt"] = started.isoformat().replace("+00:00", "Z")
    assert (await _post_vapi(phone, json.dumps(report).encode(), vapi)).status_code == 200
    await drained(phone)

    [row] = await calls_named(phone, "vapi", call_id)
    assert datetime.fromisoformat(row["started_at"].replace("Z", "+00:00")) == started
    inbox = (await phone.admin.get("/v1/webhook-inbox")).json()
    assert inbox["refused"] == 0, inbox["latest_refused"]
    [stored] = await _transcripts(phone, row["id"])
    transcript = (await phone.admin.get(f"/v1/transcripts/{stored['id']}")).json()
    assert [(s["text"], s["start_ms"]) for s in transcript["segments"]] == [(GREETING, 2_000), (ANSWER, 5_000)]


async def test_a_vapi_transcript_without_the_callers_consent_is_refused_and_nothing_stored(phone, vapi):
    call_id = f"call-{uuid4()}"
    now = int(time.time() * 1000)
    # answered before any word (words before the answer are left out, and the refusal would count 1 of 1)
    assert (await _post_vapi(phone, _vapi_status(call_id, "in-progress", now - 20), vapi)).status_code == 200
    said = [_spoken("bot", GREETING, (now - 9, now - 5)), _spoken("user", ANSWER, (now - 4, now))]
    report = _vapi_report(call_id, said)
    assert (await _post_vapi(phone, report, vapi)).status_code == 200
    again = await _post_vapi(phone, report, vapi)
    assert again.status_code == 200 and again.headers["callvault-webhook-repeated"] == "true"
    [row] = await calls_named(phone, "vapi", call_id)
    assert await _transcripts(phone, row["id"]) == []
    [refused] = [r for r in (await phone.admin.get("/v1/webhook-inbox")).json()["latest_refused"]
                 if r["dedupe_key"] == f"end-of-call-report:{call_id}"]
    assert refused["problem"]["status"] == 422
    assert "2 of 2 segments lack transcription consent" in refused["problem"]["detail"]
    assert [e["type"] for e in await events_of(phone, "vapi", call_id)] == ["call_answered", "call_ended"]


async def test_an_utterance_too_long_for_a_segment_is_acknowledged_and_the_transcript_refused(phone, vapi):
    call_id = f"call-{uuid4()}"
    now = int(time.time() * 1000)
    report = _vapi_report(call_id, [_spoken("user", "word " * 5_000, (now - 9, now))])  # 25,000 characters
    document = json.loads(report)
    document["message"]["artifact"]["transcript"] = "User: word\n" * 10_000  # unread, but over 64 KiB in all
    report = json.dumps(document).encode()
    assert len(report) > 64 * 1024
    assert (await _post_vapi(phone, report, vapi)).status_code == 200
    [row] = await calls_named(phone, "vapi", call_id)
    assert await _transcripts(phone, row["id"]) == []
    [refused] = [r for r in (await phone.admin.get("/v1/webhook-inbox")).json()["latest_refused"]
                 if r["dedupe_key"] == f"end-of-call-report:{call_id}"]
    assert "more than 20000 characters" in refused["problem"]["detail"]

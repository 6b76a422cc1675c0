"""Reading the transcripts Retell and Vapi send at a call's end: speakers mapped to the call's sides,
times kept as instants, what cannot be judged left out, what cannot be taken refused with why (never
an exception), sealed at rest, and turned into `POST /v1/transcripts`'s body in the call's time base."""

import base64
import json
import os
from datetime import UTC, datetime
from uuid import uuid4

import pytest
from cryptography.exceptions import InvalidTag

from services.common import gateway_keys
from services.common.crypto.fields import FieldCrypto
from services.gateway.clients.consent import KnownCall
from services.gateway.telephony import retell, transcripts, vapi
from services.gateway.telephony.happenings import Seen, SpokenTranscript, Utterance

START = 1_764_000_000_000  # call.start_timestamp, ms


def _retell(event: str, transcript: object, **call) -> SpokenTranscript | None:
    body = {"event": event, "call": {"call_id": "call_1", "direction": "inbound", "from_number": "+14155550100",
                                     "start_timestamp": START, "transcript_object": transcript, **call}}
    return retell.parse({}, Seen("", {}, json.dumps(body).encode())).transcript


def _words(*spans: tuple[float, float]) -> list[dict]:
    return [{"word": "w", "start": start, "end": end} for start, end in spans]


def test_retell_utterances_become_the_agent_and_the_customer_from_first_word_to_last():
    spoken = _retell("call_ended", [
        {"role": "agent", "content": "Hello there", "words": _words((1.0, 1.4), (1.5, 2.25))},
        {"role": "user", "content": "Hi", "words": _words((3.0, 3.5))},
        {"role": "transfer_target", "content": "Front desk", "words": _words((4.0, 4.5))},  # nobody callvault knows
        {"role": "user", "content": "(no timed words)", "words": [{"word": "x"}]},  # cannot be judged
        {"role": ["user"], "content": "unhashable role", "words": _words((5.0, 5.5))},
    ])
    assert spoken == SpokenTranscript("retell", "und", (Utterance("agent", START + 1000, START + 2250, "Hello there"),
                                                        Utterance("customer", START + 3000, START + 3500, "Hi")))


@pytest.mark.parametrize(("transcript", "call", "why"), [
    ({"not": "a list"}, {}, "not a list"),
    ([{"role": "user", "content": "x", "words": _words((1, 2))}] * 10_001, {}, "10001 utterances"),
    ([{"role": "user", "content": "x" * 20_001, "words": _words((1, 2))}], {}, "more than 20000 characters"),
    ([{"role": "user", "content": "a\x00b", "words": _words((1, 2))}], {}, "NUL"),
    ([{"role": "user", "content": "x", "words": _words((1, 2))}], {"start_timestamp": None}, "start_timestamp"),
])
def test_a_retell_transcript_that_cannot_be_taken_is_refused_with_why(transcript, call, why):
    spoken = _retell("call_ended", transcript, **call)
    assert spoken.utterances == () and why in spoken.refused


def test_call_analyzed_is_used_only_for_the_transcript_it_carries():
    body = {"event": "call_analyzed", "call": {"call_id": "call_1", "start_timestamp": START}}
    assert retell.parse({}, Seen("", {}, json.dumps(body).encode())).ignored == "call_analyzed"
    body["call"]["transcript_object"] = [{"role": "user", "content": "Hi", "words": _words((1, 2))}]
    inbound = retell.parse({}, Seen("", {}, json.dumps(body).encode()))
    assert inbound.call.external_id == "call_1" and inbound.transcript.utterances
    # Its start is an answer, should call_started never have come: else every word would be before the call.
    assert [(h.type, h.occurred_at.timestamp() * 1000) for h in inbound.happenings] == [("call_answered", START)]


def test_an_end_of_call_webhook_answers_the_call_at_its_start():
    ended = {"event": "call_ended", "call": {"call_id": "call_1", "start_timestamp": START,
                                             "end_timestamp": START + 60_000}}
    happenings = retell.parse({}, Seen("", {}, json.dumps(ended).encode())).happenings
    assert [h.type for h in happenings] == ["call_ended", "call_answered"]  # call_ended keeps its place: #0
    assert happenings[1].occurred_at.timestamp() * 1000 == START
    del ended["call"]["start_timestamp"]
    assert [h.type for h in retell.parse({}, Seen("", {}, json.dumps(ended).encode())).happenings] == ["call_ended"]
    report = {"type": "end-of-call-report", "startedAt": "2025-11-24T16:00:00.000Z",
              "call": {"id": "c1", "type": "inboundPhoneCall"}}
    happenings = vapi.parse({}, Seen("", {}, json.dumps({"message": report}).encode())).happenings
    assert [h.type for h in happenings] == ["call_ended", "call_answered"]
    assert happenings[1].occurred_at.isoformat() == "2025-11-24T16:00:00+00:00"
    report["startedAt"] = "2999-01-01T00:00:00Z"  # a start in the future is now at the latest
    before = datetime.now(UTC)
    answered = vapi.parse({}, Seen("", {}, json.dumps({"message": report}).encode())).happenings[1]
    assert before <= answered.occurred_at <= datetime.now(UTC)


def _vapi(messages: object, language: object = "en-US") -> SpokenTranscript | None:
    message = {"type": "end-of-call-report", "call": {"id": "c1", "type": "inboundPhoneCall"},
               "assistant": {"transcriber": {"language": language}}, "artifact": {"messages": messages}}
    return vapi.parse({}, Seen("", {}, json.dumps({"message": message}).encode())).transcript


def test_vapi_bot_and_user_messages_become_segments_and_the_rest_is_left_out():
    spoken = _vapi([{"role": "system", "message": "prompt", "time": START},
                    {"role": "bot", "message": "Hello", "time": START + 100, "endTime": START + 900},
                    {"role": "tool_calls", "message": "", "time": START + 950},
                    {"role": "user", "message": "Hi", "time": START + 1000.7},  # no endTime: an instant
                    {"role": "user", "message": "when?", "time": True},  # no time to judge consent by
                    {"role": "user", "message": "   ", "time": START + 2000}])
    assert spoken == SpokenTranscript("vapi", "en-US", (Utterance("agent", START + 100, START + 900, "Hello"),
                                                        Utterance("customer", START + 1000, START + 1000, "Hi")))


@pytest.mark.parametrize(("given", "kept"), [("en-US", "en-US"), ("fr", "fr"), ("multi", "und"), (None, "und"),
                                             ("en US", "und"), (7, "und")])
def test_the_transcripts_language_is_the_transcribers_when_it_is_a_language_tag(given, kept):
    assert _vapi([], given).language == kept


def test_a_report_without_messages_carries_no_transcript():
    assert _vapi(None) is None


def test_a_sealed_transcript_holds_none_of_its_words_and_opens_to_the_same():
    crypto, tenant = FieldCrypto(base64.b64encode(os.urandom(32)).decode()), uuid4()
    spoken = SpokenTranscript("vapi", "en", (Utterance("customer", START, START + 5, "my card is 4111"),))
    sealed = transcripts.seal(crypto, tenant, spoken)
    assert "card" not in sealed and "4111" not in sealed
    assert transcripts.unseal(crypto, tenant, sealed) == spoken
    with pytest.raises(InvalidTag):  # bound to its tenant
        transcripts.unseal(crypto, uuid4(), sealed)


def test_the_body_counts_from_the_calls_start_leaves_out_words_before_it_and_names_only_its_participants():
    agent, customer = uuid4(), uuid4()
    call = KnownCall(uuid4(), {"agent": agent, "customer": customer})
    started = datetime.fromtimestamp((START + 500) / 1000, UTC)
    spoken = SpokenTranscript("retell", "und", (Utterance("agent", START, START + 800, "before the answer"),
                                                Utterance("customer", START + 500, START + 900, "at it"),
                                                Utterance("customer", START + 1500, START + 2000, "after")))
    body = transcripts.body(spoken, call, started)
    # Words before the start would be judged by the call's state at its start: they are not sent at all.
    assert body["segments"] == [
        {"participant_id": str(customer), "start_ms": 0, "end_ms": 400, "text": "at it"},
        {"participant_id": str(customer), "start_ms": 1000, "end_ms": 1500, "text": "after"}]
    assert transcripts.body(spoken, KnownCall(call.id, {}), started) is None  # nobody to name: nothing to send
    late = datetime.fromtimestamp((START + 5000) / 1000, UTC)  # the call first heard of at its end
    assert transcripts.body(spoken, call, late) is None


def test_the_idempotency_key_is_the_providers_call_and_fits_the_header():
    key = gateway_keys.for_call("retell", "call_ü " + "x" * 300)
    assert key == gateway_keys.for_call("retell", "call_ü " + "x" * 300) != gateway_keys.for_call(
        "vapi", "call_ü " + "x" * 300)
    assert len(key) <= 200 and all(0x21 <= ord(c) <= 0x7E for c in key)
    # The key the transcripts service reserves for the gateway is the one the gateway builds, for every provider.
    assert all(gateway_keys.is_gateway_key(gateway_keys.for_call(p, "c")) for p in ("retell", "vapi", "twilio"))
    assert not gateway_keys.is_gateway_key("my-call:" + "0" * 63) and not gateway_keys.is_gateway_key(key + "0")

"""Inbound telephony webhooks through the gateway: each provider's realistic payloads, signed as the
provider signs them, are accepted and recorded once; tampered, stale or foreign ones are refused with
nothing stored; a repeat gets the first answer and changes nothing."""

import asyncio
import random
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from services.gateway.service import ensure_tenant_with_key
from tests.helpers.signed_webhooks import (
    call_sid,
    calls_named,
    events_of,
    standard_config,
    telnyx_body,
    twilio_config,
    twilio_status,
    vonage_body,
    vonage_config,
)
from tests.helpers.support import metric_value


async def _gateway_metrics(services) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        return (await client.get(f"{services.ops_url('gateway')}/metrics")).text


# --- configuration --------------------------------------------------------------------------------
async def test_a_configuration_is_read_back_without_its_secrets_and_with_the_urls_to_give(phone):
    read = (await phone.admin.get("/v1/telephony/twilio")).json()
    assert read["secrets_set"] == ["auth_token"]
    assert phone.twilio["auth_token"] not in str(read)
    assert read["settings"]["account_sid"] == phone.twilio["account_sid"]
    assert read["webhook_url"] == f"{phone.base_url}/v1/webhooks/twilio/{phone.slug}"
    assert read["voice_url"] == f"{phone.base_url}/v1/webhooks/twilio/{phone.slug}/voice"
    assert read["gather_url"] == f"{phone.base_url}/v1/webhooks/twilio/{phone.slug}/gather"
    assert read["continue_url"] == f"{phone.base_url}/v1/webhooks/twilio/{phone.slug}/continue"


async def test_an_invalid_configuration_is_a_422_naming_the_field(phone):
    response = await phone.admin.put("/v1/telephony/telnyx", json={**phone.telnyx, "public_key": "bm90IGEga2V5"})
    assert response.status_code == 422
    assert "public_key" in response.json()["detail"]
    response = await phone.admin.put("/v1/telephony/twilio", json={**phone.twilio, "dial_target": "somewhere"})
    assert response.status_code == 422
    assert "dial_target" in response.json()["detail"]


async def test_a_removed_provider_has_its_webhooks_refused(phone):
    assert (await phone.admin.delete("/v1/telephony/standard")).status_code == 204
    response = await phone.standard_event({"type": "call.started", "call_id": "gone"})
    assert response.status_code == 401
    assert (await phone.admin.get("/v1/telephony/standard")).status_code == 404


async def test_only_a_tenant_administrator_configures_telephony(phone, gateway, gateway_engine):
    _, telephony_key = await ensure_tenant_with_key(gateway_engine, "Other", f"o-{uuid4().hex[:10]}",
                                                    ["telephony"], "t")
    response = await gateway.put("/v1/telephony/twilio", json=phone.twilio,
                                 headers={"Authorization": f"Bearer {telephony_key}"})
    assert response.status_code == 403


# --- Twilio ---------------------------------------------------------------------------------------
async def test_twilio_status_callbacks_create_the_call_and_end_it(phone):
    sid = call_sid()
    response = await phone.twilio_form(twilio_status(sid, "initiated", 0))
    assert response.status_code == 200, response.text
    [call] = await calls_named(phone, "twilio", sid)
    assert call["direction"] == "inbound"
    detail = (await phone.admin.get(f"/v1/calls/{call['id']}")).json()
    roles = {p["external_id"]: p for p in detail["participants"]}
    # A PSTN agent has no identity of the provider's: the agent is named after the call, not `agent`.
    assert roles[f"twilio:{sid}"]["role"] == "agent" and roles["customer"]["role"] == "customer"
    assert roles["customer"]["jurisdiction"] == "US-CA"  # from +1 415, the From number

    assert (await phone.twilio_form(twilio_status(sid, "completed", 3))).status_code == 200
    assert [e["type"] for e in await events_of(phone, "twilio", sid)] == ["call_ended"]


@pytest.mark.parametrize("tampering", ["body", "url", "signature", "other_tenants_token", "missing"])
async def test_a_tampered_twilio_callback_is_refused_and_stores_nothing(phone, services, tampering):
    refused_before = metric_value(await _gateway_metrics(services), "callvault_telephony_webhooks_total",
                                  provider="twilio", outcome="signature_invalid")
    sid = call_sid()
    params = twilio_status(sid, "initiated", 0)
    if tampering == "body":
        signed = dict(params)
        path = phone.url("twilio")
        from twilio.request_validator import RequestValidator
        signature = RequestValidator(phone.twilio["auth_token"]).compute_signature(phone.base_url + path, signed)
        response = await phone.client.post(path, data={**params, "CallStatus": "completed"},
                                           headers={"X-Twilio-Signature": signature})
    elif tampering == "url":
        response = await phone.twilio_form(params, signed_url=phone.base_url + phone.url("twilio") + "?x=1")
    elif tampering == "signature":
        response = await phone.twilio_form(params, headers={"X-Twilio-Signature": "bm90IGl0"})
    elif tampering == "other_tenants_token":
        response = await phone.twilio_form(params, token=twilio_config()["auth_token"])
    else:
        response = await phone.client.post(phone.url("twilio"), data=params)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("webhook-signature-invalid")
    assert await calls_named(phone, "twilio", sid) == []
    refused = metric_value(await _gateway_metrics(services), "callvault_telephony_webhooks_total",
                           provider="twilio", outcome="signature_invalid")
    assert refused == refused_before + 1


async def test_a_replayed_twilio_callback_gets_the_first_answer_and_changes_nothing(phone):
    sid = call_sid()
    await phone.twilio_form(twilio_status(sid, "initiated", 0))
    first = await phone.twilio_form(twilio_status(sid, "completed", 2))
    again = await phone.twilio_form(twilio_status(sid, "completed", 2))
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert again.headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "twilio", sid)] == ["call_ended"]


async def test_a_signed_twilio_callback_without_a_call_sid_is_a_400(phone):
    params = twilio_status(call_sid(), "initiated", 0)
    del params["CallSid"]
    response = await phone.twilio_form(params)
    assert response.status_code == 400
    assert "CallSid" in response.json()["detail"]


async def test_twilio_recording_callbacks_become_recording_events(phone):
    sid = call_sid()
    await phone.twilio_form(twilio_status(sid, "in-progress", 1))
    recording = {"CallSid": sid, "RecordingSid": "RE" + uuid4().hex, "AccountSid": "AC" + "0" * 32}
    assert (await phone.twilio_form({**recording, "RecordingStatus": "in-progress"})).status_code == 200
    assert (await phone.twilio_form({**recording, "RecordingStatus": "completed"})).status_code == 200
    types = [e["type"] for e in await events_of(phone, "twilio", sid)]
    assert types == ["call_answered", "recording_started", "recording_stopped"]



async def test_a_softphone_token_for_another_agent_cannot_reach_a_telephony_call(phone):
    """The agent participant of a telephony call is the provider's identity of the agent (Twilio
    Client's `client:alice`) or the call's own name: a token minted for "agent", or for another agent,
    reaches neither call; the right agent's token reaches its call."""
    client_call, pstn_call = call_sid(), call_sid()
    for sid, to in ((client_call, "client:alice"), (pstn_call, "+14155550142")):
        assert (await phone.twilio_form(twilio_status(sid, "initiated", 0, To=to))).status_code == 200
    [called] = await calls_named(phone, "twilio", client_call)
    agents = [p["external_id"] for p in (await phone.admin.get(f"/v1/calls/{called['id']}")).json()["participants"]
              if p["role"] == "agent"]
    assert agents == ["alice"]

    async def reaches(agent_id: str, sid: str) -> int:
        minted = await phone.admin.post("/v1/agent-tokens", json={"agent_id": agent_id})
        assert minted.status_code == 201, minted.text
        answer = await phone.client.get(f"/v1/calls/by-provider/twilio/{sid}/decision",
                                        headers={"Authorization": f"Bearer {minted.json()['token']}"})
        return answer.status_code

    assert [await reaches(a, client_call) for a in ("agent", "bob", f"twilio:{client_call}", "alice")] == [
        404, 404, 404, 200]
    assert [await reaches(a, pstn_call) for a in ("agent", "alice", f"twilio:{pstn_call}")] == [404, 404, 200]


# --- Telnyx ---------------------------------------------------------------------------------------
async def test_telnyx_events_are_verified_and_recorded(phone):
    control = f"v3:{uuid4().hex}"
    assert (await phone.telnyx_event(telnyx_body("call.initiated", control))).status_code == 200
    assert (await phone.telnyx_event(telnyx_body("call.hangup", control, hangup_cause="normal_clearing"))
            ).status_code == 200
    assert [e["type"] for e in await events_of(phone, "telnyx", control)] == ["call_ended"]


async def test_a_telnyx_answer_is_the_calls_start(phone):
    control = f"v3:{uuid4().hex}"
    answered = datetime.now(UTC) - timedelta(seconds=30)
    body = telnyx_body("call.answered", control)
    body["data"]["occurred_at"] = answered.isoformat()
    assert (await phone.telnyx_event(body)).status_code == 200
    [call] = await calls_named(phone, "telnyx", control)
    assert datetime.fromisoformat(call["started_at"]) == answered


@pytest.mark.parametrize("tampering", ["body", "stale", "future", "other_key"])
async def test_a_tampered_or_stale_telnyx_event_is_refused(phone, tampering):
    control = f"v3:{uuid4().hex}"
    body = telnyx_body("call.initiated", control)
    if tampering == "body":
        response = await phone.telnyx_event(body, tamper=str(body).encode())
    elif tampering == "stale":
        response = await phone.telnyx_event(body, at=time.time() - 301)
    elif tampering == "future":
        response = await phone.telnyx_event(body, at=time.time() + 400)
    else:
        response = await phone.telnyx_event(body, key=Ed25519PrivateKey.generate())
    assert response.status_code == 401
    assert await calls_named(phone, "telnyx", control) == []


async def test_a_replayed_telnyx_event_is_recorded_once(phone):
    control = f"v3:{uuid4().hex}"
    await phone.telnyx_event(telnyx_body("call.initiated", control))
    hangup = telnyx_body("call.hangup", control)
    assert (await phone.telnyx_event(hangup)).status_code == 200
    again = await phone.telnyx_event(hangup)
    assert again.status_code == 200 and again.headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "telnyx", control)] == ["call_ended"]


async def test_a_telnyx_event_callvault_does_not_use_is_acknowledged_and_ignored(phone, services):
    control = f"v3:{uuid4().hex}"
    response = await phone.telnyx_event(telnyx_body("call.speak.ended", control))
    assert response.status_code == 200
    assert response.json() == {"ignored": "call.speak.ended"}
    assert await calls_named(phone, "telnyx", control) == []
    metrics = await _gateway_metrics(services)
    assert 'callvault_telephony_webhooks_ignored_total{provider="telnyx"}' in metrics


async def test_a_signed_telnyx_event_that_is_not_json_is_a_400(phone):
    response = await phone.telnyx_event(b"not json at all")
    assert response.status_code == 400
    assert response.json()["type"].endswith("webhook-malformed")


# --- Vonage ---------------------------------------------------------------------------------------
async def test_vonage_events_are_verified_and_recorded(phone):
    conversation = f"CON-{uuid4()}"
    assert (await phone.vonage_event(vonage_body(conversation, "started"))).status_code == 200
    assert (await phone.vonage_event(vonage_body(conversation, "completed", duration="12"))).status_code == 200
    [call] = await calls_named(phone, "vonage", conversation)
    participants = (await phone.admin.get(f"/v1/calls/{call['id']}")).json()["participants"]
    assert {p["external_id"]: p["jurisdiction"] for p in participants}["customer"] == "US-CA"
    assert [e["type"] for e in await events_of(phone, "vonage", conversation)] == ["call_ended"]


async def test_the_first_vonage_answer_is_the_calls_start_whatever_the_order(phone):
    conversation = f"CON-{uuid4()}"
    first, second = (datetime.now(UTC) - timedelta(seconds=s) for s in (40, 10))
    for when in (second, first):  # the later leg's answer arrives first
        body = vonage_body(conversation, "answered", timestamp=when.isoformat())
        assert (await phone.vonage_event(body)).status_code == 200
    [call] = await calls_named(phone, "vonage", conversation)
    assert datetime.fromisoformat(call["started_at"]) == first


@pytest.mark.parametrize("tampering", ["body", "stale_iat", "other_secret", "other_account"])
async def test_a_tampered_or_stale_vonage_event_is_refused(phone, tampering):
    conversation = f"CON-{uuid4()}"
    body = vonage_body(conversation, "started")
    if tampering == "body":
        response = await phone.vonage_event(body, tamper=str(body).encode())
    elif tampering == "stale_iat":
        response = await phone.vonage_event(body, iat=time.time() - 600)
    elif tampering == "other_secret":
        response = await phone.vonage_event(body, secret=vonage_config()["signature_secret"])
    else:
        response = await phone.vonage_event(body, api_key="deadbeef")
    assert response.status_code == 401
    assert await calls_named(phone, "vonage", conversation) == []


async def test_a_replayed_vonage_event_is_recorded_once(phone):
    conversation = f"CON-{uuid4()}"
    completed = vonage_body(conversation, "completed")
    assert (await phone.vonage_event(completed)).status_code == 200
    assert (await phone.vonage_event(completed)).headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "vonage", conversation)] == ["call_ended"]


# --- Standard Webhooks -----------------------------------------------------------------------------
async def test_standard_webhooks_are_verified_and_recorded(phone):
    call = f"call-{uuid4().hex}"
    started = {"type": "call.started", "call_id": call, "direction": "outbound", "from": "+14155550142",
               "to": "+442071838750"}
    assert (await phone.standard_event(started)).status_code == 200
    [row] = await calls_named(phone, "standard", call)
    participants = (await phone.admin.get(f"/v1/calls/{row['id']}")).json()["participants"]
    # outbound, agent_side "to": the agent is the From number, the customer the one called
    assert {p["external_id"]: p["jurisdiction"] for p in participants}["customer"] == "GB"
    response = await phone.standard_event({"type": "consent.dtmf", "call_id": call, "digits": "1"})
    assert response.status_code == 200, response.text
    types = [e["type"] for e in await events_of(phone, "standard", call)]
    # the sender played its own notice: no announcement of ours to name
    assert types == ["call_answered", "consent_granted"]
    assert (await phone.admin.get(f"/v1/calls/{row['id']}")).json()["started_at"] is not None


@pytest.mark.parametrize("tampering", ["body", "stale", "other_secret"])
async def test_a_tampered_or_stale_standard_webhook_is_refused(phone, tampering):
    call = f"call-{uuid4().hex}"
    body = {"type": "call.started", "call_id": call}
    if tampering == "body":
        response = await phone.standard_event(body, tamper=b'{"type": "call.started", "call_id": "x"}')
    elif tampering == "stale":
        response = await phone.standard_event(body, at=datetime.now(UTC) - timedelta(minutes=6))
    else:
        response = await phone.standard_event(body, secret=standard_config()["secret"])
    assert response.status_code == 401
    assert await calls_named(phone, "standard", call) == []


async def test_a_replayed_standard_webhook_is_recorded_once(phone):
    call = f"call-{uuid4().hex}"
    ended = {"type": "call.ended", "call_id": call}
    assert (await phone.standard_event(ended, message_id="msg_1")).status_code == 200
    assert (await phone.standard_event(ended, message_id="msg_1")).headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "standard", call)] == ["call_ended"]


async def test_a_webhook_for_an_unknown_tenant_is_refused_like_a_bad_signature(phone):
    response = await phone.client.post(f"/v1/webhooks/twilio/no-such-{uuid4().hex[:8]}", data={"CallSid": "CA1"},
                                       headers={"X-Twilio-Signature": "x"})
    assert response.status_code == 401


async def test_a_burst_of_2000_webhooks_with_duplicates_stores_each_event_exactly_once(phone):
    """360 calls of five webhooks each (started, key press, recording started and stopped, ended),
    sent 32 calls at a time, each call's in order; 200 of them (10%) delivered a second time."""
    calls = [f"burst-{uuid4().hex}" for _ in range(360)]
    kinds = ["call.started", "consent.dtmf", "recording.started", "recording.stopped", "call.ended"]
    webhooks = {call: [(f"msg_{call}_{n}", {"type": kind, "call_id": call, "digits": "1"})
                       for n, kind in enumerate(kinds)] for call in calls}
    everything = [hook for call in calls for hook in webhooks[call]]
    repeats = random.Random(7).sample(everything, 200)
    statuses: list[int] = []
    gate = asyncio.Semaphore(32)

    async def send(batch: list[tuple[str, dict]]) -> None:
        async with gate:
            for message_id, body in batch:
                statuses.append((await phone.standard_event(body, message_id=message_id)).status_code)

    await asyncio.gather(*(send(webhooks[call]) for call in calls))
    await asyncio.gather(*(send([hook]) for hook in repeats))
    assert len(statuses) == 2000 and set(statuses) == {200}
    for call in random.Random(8).sample(calls, 40) + [call for _, body in repeats[:20] for call in [body["call_id"]]]:
        types = [e["type"] for e in await events_of(phone, "standard", call)]
        assert types == ["call_answered", "consent_granted", "recording_started", "recording_stopped", "call_ended"], \
            (call, types)
    total = 0
    for call in calls:
        total += len(await calls_named(phone, "standard", call))
    assert total == 360  # one call each, however many webhooks named it


async def test_a_webhook_the_consent_service_refuses_is_acknowledged_and_listed_with_the_reason(phone):
    call = f"call-{uuid4().hex}"
    for body in ({"type": "call.started", "call_id": call}, {"type": "call.ended", "call_id": call},
                 {"type": "consent.dtmf", "call_id": call, "digits": "1"}):  # consent after the call ended
        assert (await phone.standard_event(body)).status_code == 200
    assert [e["type"] for e in await events_of(phone, "standard", call)] == ["call_answered", "call_ended"]
    inbox = (await phone.admin.get("/v1/webhook-inbox")).json()
    assert inbox["pending"] == 0 and inbox["refused"] == 1 and inbox["done"] == 2
    [refused] = inbox["latest_refused"]
    assert refused["provider"] == "standard" and refused["problem"]["status"] in (409, 422)
    assert "ended" in refused["problem"]["detail"]

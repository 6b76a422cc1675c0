"""Vapi's server messages through the gateway, signed as Vapi's HMAC credential signs them (its
`HMACAuthenticationPlan`: hex HMAC-SHA256 of `{timestamp}.{body}`; Vapi's SDKs ship no verifier, so
the signing here is written from that documented plan): the call created with the AI as a virtual
agent, the outcome of its `recordingConsentPlan` recorded as the caller's consent, deduplicated, and
refused when forged, stale or signed with another secret, with nothing stored."""

import hashlib
import hmac
import json
import secrets
import time
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from tests.helpers.signed_webhooks import calls_named, events_of

CALLER = "+14155550100"  # California: every party's consent


@pytest.fixture
async def vapi(phone):
    secret = secrets.token_urlsafe(32)
    response = await phone.admin.put("/v1/telephony/vapi", json={"hmac_secret": secret})
    assert response.status_code == 200, response.text
    assert response.json()["webhook_url"].endswith(f"/v1/webhooks/vapi/{phone.slug}")
    assert "hmac_secret" in response.json()["secrets_set"] and secret not in response.text
    return secret


def _message(kind: str, call_id: str, status: str | None = None, consent: dict | None = None) -> bytes:
    call = {"id": call_id, "orgId": "org_1", "type": "inboundPhoneCall", "customer": {"number": CALLER},
            "phoneNumber": {"number": "+12125550142"}}
    if consent is not None:
        call["compliance"] = {"recordingConsent": consent}
    message = {"type": kind, "timestamp": int(time.time() * 1000), "call": call}
    if status is not None:
        message["status"] = status
    return json.dumps({"message": message}, separators=(",", ":")).encode()


async def _post(phone, body: bytes, secret: str, stamp: str | None = None, tamper: bytes | None = None):
    stamp = stamp or str(int(time.time() * 1000))
    signature = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return await phone.client.post(phone.url("vapi"), content=tamper or body, headers={
        "content-type": "application/json", "x-vapi-signature": signature, "x-vapi-timestamp": stamp})


async def test_a_vapi_call_records_its_ai_as_a_virtual_agent_and_the_callers_verbal_consent(phone, vapi):
    call_id = f"call-{uuid4()}"
    assert (await _post(phone, _message("status-update", call_id, "in-progress"), vapi)).status_code == 200
    granted = datetime.now(UTC)  # the caller says yes after the answer
    ignored = await _post(phone, _message("speech-update", call_id), vapi)
    assert ignored.status_code == 200 and ignored.json() == {"ignored": "speech-update"}
    callless = json.dumps({"message": {"type": "assistant-request"}}).encode()  # no call: acknowledged too
    answer = await _post(phone, callless, vapi)
    assert answer.status_code == 200 and answer.json() == {"ignored": "assistant-request"}
    report = _message("end-of-call-report", call_id, consent={"type": "verbal", "grantedAt": granted.isoformat()})
    assert (await _post(phone, report, vapi)).status_code == 200
    [row] = await calls_named(phone, "vapi", call_id)
    call = (await phone.admin.get(f"/v1/calls/{row['id']}")).json()
    assert sorted(p["role"] for p in call["participants"]) == ["customer", "virtual_agent"]
    # on the call since the first message arrived, not since the inbox applied it
    assert all(datetime.fromisoformat(p["joined_at"].replace("Z", "+00:00")) < granted for p in call["participants"])
    events = await events_of(phone, "vapi", call_id)
    assert [e["type"] for e in events] == ["call_answered", "consent_granted", "call_ended"]
    consent = events[1]
    assert consent["method"] == "verbal" and set(consent["purposes"]) == {"recording", "transcription"}
    before = (granted - timedelta(milliseconds=1)).isoformat()
    after = (granted + timedelta(milliseconds=1)).isoformat()
    decision = f"/v1/calls/{row['id']}/decision"
    assert (await phone.admin.get(decision, params={"at": before})).json()["may_record"] is False
    assert (await phone.admin.get(decision, params={"at": after})).json()["may_record"] is True


async def test_a_stay_on_line_consent_is_not_recorded_as_consent(phone, vapi):
    call_id = f"call-{uuid4()}"
    assert (await _post(phone, _message("status-update", call_id, "in-progress"), vapi)).status_code == 200
    granted = datetime.now(UTC)
    ended = _message("status-update", call_id, "ended",
                     consent={"type": "stay-on-line", "grantedAt": granted.isoformat()})
    assert (await _post(phone, ended, vapi)).status_code == 200
    [row] = await calls_named(phone, "vapi", call_id)
    assert [e["type"] for e in await events_of(phone, "vapi", call_id)] == ["call_answered", "call_ended"]
    after = (granted + timedelta(milliseconds=1)).isoformat()
    answer = (await phone.admin.get(f"/v1/calls/{row['id']}/decision", params={"at": after})).json()
    assert answer["may_record"] is False  # Vapi does not say what was played: no notice, so it fails safe


async def test_a_declined_consent_records_none_and_a_repeated_message_is_recorded_once(phone, vapi):
    call_id = f"call-{uuid4()}"
    body = _message("status-update", call_id, "in-progress", consent={"type": "verbal"})  # no grantedAt
    assert (await _post(phone, body, vapi)).status_code == 200
    again = await _post(phone, body, vapi)
    assert again.status_code == 200 and again.headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "vapi", call_id)] == ["call_answered"]


@pytest.mark.parametrize("forgery", ["tampered", "stale", "other_secret", "unsigned", "seconds_stale"])
async def test_a_forged_vapi_message_is_refused_and_nothing_stored(phone, vapi, forgery):
    call_id = f"call-{uuid4()}"
    body = _message("status-update", call_id, "in-progress")
    if forgery == "tampered":
        response = await _post(phone, body, vapi, tamper=body.replace(CALLER.encode(), b"+14155550199"))
    elif forgery == "stale":
        response = await _post(phone, body, vapi, stamp=str(int(time.time() * 1000) - 6 * 60_000))
    elif forgery == "seconds_stale":
        response = await _post(phone, body, vapi, stamp=str(int(time.time()) - 6 * 60))
    elif forgery == "other_secret":
        response = await _post(phone, body, secrets.token_urlsafe(32))
    else:
        response = await phone.client.post(phone.url("vapi"), content=body,
                                           headers={"content-type": "application/json"})
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await calls_named(phone, "vapi", call_id) == []


async def test_a_message_signed_in_seconds_is_accepted(phone, vapi):
    call_id = f"call-{uuid4()}"
    response = await _post(phone, _message("status-update", call_id, "in-progress"), vapi, stamp=str(int(time.time())))
    assert response.status_code == 200, response.text
    assert [e["type"] for e in await events_of(phone, "vapi", call_id)] == ["call_answered"]

"""Retell AI's webhooks through the gateway, signed by Retell's own SDK (`retell.lib.webhook_auth`):
accepted, the call created with the AI as a virtual agent, deduplicated, and refused when forged,
stale or signed with another key, with nothing stored."""

import json
import secrets
import time
from uuid import uuid4

import pytest
from retell.lib.webhook_auth import symmetric

from tests.helpers.signed_webhooks import calls_named, events_of


@pytest.fixture
async def retell(phone):
    api_key = "key_" + secrets.token_hex(16)
    response = await phone.admin.put("/v1/telephony/retell", json={"api_key": api_key})
    assert response.status_code == 200, response.text
    assert response.json()["webhook_url"].endswith(f"/v1/webhooks/retell/{phone.slug}")
    return api_key


def _event(event: str, call_id: str, **call) -> bytes:
    now = int(time.time() * 1000)
    body = {"event": event, "call": {"call_id": call_id, "call_type": "phone_call", "direction": "inbound",
                                     "from_number": "+14155550100", "to_number": "+12125550142",
                                     "agent_id": "agent_0123", "start_timestamp": now - 60_000, **call}}
    return json.dumps(body, separators=(",", ":")).encode()  # as Retell sends it: compact JSON


async def _post(phone, body: bytes, api_key: str, timestamp: int | None = None, tamper: bytes | None = None):
    signature = symmetric["sign"](body.decode(), api_key, timestamp)
    return await phone.client.post(phone.url("retell"), content=tamper or body,
                                   headers={"content-type": "application/json", "x-retell-signature": signature})


async def test_a_retell_call_is_recorded_with_its_ai_as_a_virtual_agent(phone, retell):
    call_id = f"call_{uuid4().hex}"
    assert (await _post(phone, _event("call_started", call_id), retell)).status_code == 200
    assert (await _post(phone, _event("call_ended", call_id, end_timestamp=int(time.time() * 1000)),
                        retell)).status_code == 200
    analyzed = await _post(phone, _event("call_analyzed", call_id), retell)
    assert analyzed.status_code == 200  # acknowledged, not used
    [row] = await calls_named(phone, "retell", call_id)
    call = (await phone.admin.get(f"/v1/calls/{row['id']}")).json()
    assert sorted(p["role"] for p in call["participants"]) == ["customer", "virtual_agent"]
    # call_ended says when the call started too (an answer, should call_started not have come): the earliest counts
    assert [e["type"] for e in await events_of(phone, "retell", call_id)] == ["call_answered", "call_answered",
                                                                            "call_ended"]


async def test_a_repeated_retell_webhook_is_recorded_once(phone, retell):
    call_id = f"call_{uuid4().hex}"
    body = _event("call_started", call_id)
    assert (await _post(phone, body, retell)).status_code == 200
    again = await _post(phone, body, retell)
    assert again.status_code == 200 and again.headers["callvault-webhook-repeated"] == "true"
    assert [e["type"] for e in await events_of(phone, "retell", call_id)] == ["call_answered"]


@pytest.mark.parametrize("forgery", ["tampered", "stale", "other_key", "unsigned"])
async def test_a_forged_retell_webhook_is_refused_and_nothing_stored(phone, retell, forgery):
    call_id = f"call_{uuid4().hex}"
    body = _event("call_started", call_id)
    if forgery == "tampered":
        response = await _post(phone, body, retell, tamper=body.replace(b"+14155550100", b"+14155550199"))
    elif forgery == "stale":
        response = await _post(phone, body, retell, timestamp=int(time.time() * 1000) - 6 * 60_000)
    elif forgery == "other_key":
        response = await _post(phone, body, "key_" + secrets.token_hex(16))
    else:
        response = await phone.client.post(phone.url("retell"), content=body,
                                           headers={"content-type": "application/json"})
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert await calls_named(phone, "retell", call_id) == []

"""Softphone tokens through the gateway: one agent, its calls' decisions, streams and consent events,
nothing else; and refused when expired, forged, for another audience, or for a disabled tenant."""

import asyncio
import json

import httpx
import pytest

from services.common.auth import Principal, Role, generate_keypair, sign_internal_token
from services.common.settings import Settings
from services.gateway.service import ensure_tenant_with_key
from services.gateway.softphone_tokens import SoftphoneTokens
from tests.helpers.support import at, call_body, participant, sse_events

PROBLEM = "application/problem+json"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def _call(gateway, admin: str, agent: str) -> dict:
    body = call_body(started_at=at(-60), participants=[participant(agent, "agent", jurisdiction="US-NY"),
                                                       participant("cust", phone_number="+14155550100")])
    response = await gateway.post("/v1/calls", headers=bearer(admin), json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def _mint(gateway, admin: str, agent: str, **extra) -> str:
    response = await gateway.post("/v1/agent-tokens", headers=bearer(admin), json={"agent_id": agent, **extra})
    assert response.status_code == 201, response.text
    return response.json()["token"]


async def test_a_softphone_token_reads_and_posts_on_its_agents_calls_only(gateway, tenant_key):
    _, admin = tenant_key
    mine, other = await _call(gateway, admin, "agent-7"), await _call(gateway, admin, "agent-8")
    token = await _mint(gateway, admin, "agent-7")
    read = await gateway.get(f"/v1/calls/{mine['id']}/decision", headers=bearer(token))
    assert read.status_code == 200
    again = await gateway.get(f"/v1/calls/{mine['id']}/decision", headers=bearer(token))  # the fast path now
    assert again.json() == read.json() == (await gateway.get(f"/v1/calls/{mine['id']}/decision",
                                                             headers=bearer(admin))).json()
    cust = next(p["id"] for p in mine["participants"] if p["external_id"] == "cust")
    consent = {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
               "method": "agent_attested", "occurred_at": at(-1)}
    posted = await gateway.post(f"/v1/calls/{mine['id']}/events", headers=bearer(token), json=consent)
    assert posted.status_code == 200, posted.text
    async with gateway.stream("GET", f"/v1/calls/{mine['id']}/decision/stream", headers=bearer(token)) as stream:
        assert stream.status_code == 200

    for _ in range(2):  # a refusal holds on repeat (the fast path refuses too)
        elsewhere = await gateway.get(f"/v1/calls/{other['id']}/decision", headers=bearer(token))
        assert elsewhere.status_code == 403 and elsewhere.json()["type"].endswith("agent-not-on-call")
    assert (await gateway.post(f"/v1/calls/{other['id']}/events", headers=bearer(token),
                               json=consent)).status_code == 403
    async with gateway.stream("GET", f"/v1/calls/{other['id']}/decision/stream", headers=bearer(token)) as stream:
        assert stream.status_code == 403
    started = await gateway.post(f"/v1/calls/{mine['id']}/events", headers=bearer(token),
                                 json={"type": "recording_started", "occurred_at": at(-1)})
    assert started.status_code == 403 and started.json()["type"].endswith("softphone-consent-events-only")
    for method, path in (("GET", "/v1/calls"), ("GET", f"/v1/calls/{mine['id']}"), ("GET", "/v1/api-keys"),
                         ("GET", "/v1/ledger/verify"), ("POST", "/v1/agent-tokens")):
        refused = await gateway.request(method, path, headers=bearer(token), json={} if method == "POST" else None)
        assert refused.status_code == 403, (method, path, refused.status_code)


async def test_softphone_tokens_that_must_not_work(gateway, tenant_key, settings: Settings):
    tenant_id, admin = tenant_key
    call = await _call(gateway, admin, "agent-7")
    path = f"/v1/calls/{call['id']}/decision"
    tokens = SoftphoneTokens(settings.secret("internal_signing_key"))
    good = await _mint(gateway, admin, "agent-7")
    header, payload, signature = good.split(".")
    forged_signature = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    refused = {
        "expired": tokens.mint(tenant_id, "agent-7", -120)[0],
        "forged signature": f"{header}.{payload}.{forged_signature}",
        "another key": SoftphoneTokens(generate_keypair()[0]).mint(tenant_id, "agent-7", 600)[0],
        "an internal token": sign_internal_token(settings.secret("internal_signing_key"),
                                                 Principal(tenant_id, "x", frozenset({Role.tenant_admin})),
                                                 "recording_consent", 60),
        "not a token": "a.b.c",
    }
    for name, token in refused.items():
        response = await gateway.get(path, headers=bearer(token))
        assert response.status_code == 401, name
        assert response.headers["content-type"] == PROBLEM and response.headers["www-authenticate"] == "Bearer"


async def test_a_disabled_tenants_softphone_tokens_stop(gateway, gateway_engine, tenant_key):
    tenant_id, admin = tenant_key
    call = await _call(gateway, admin, "agent-7")
    token = await _mint(gateway, admin, "agent-7")
    assert (await gateway.get(f"/v1/calls/{call['id']}/decision", headers=bearer(token))).status_code == 200
    _, platform = await ensure_tenant_with_key(gateway_engine, "Operator", f"p-{tenant_id.hex[:12]}",
                                               ["platform_admin"], "platform")
    await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(platform), json={"disabled": True})
    refused = await gateway.get(f"/v1/calls/{call['id']}/decision", headers=bearer(token))
    assert refused.status_code == 403 and refused.json()["type"].endswith("tenant-disabled")


@pytest.mark.parametrize("body", [{"agent_id": ""}, {"agent_id": "a", "ttl_seconds": 5},
                                  {"agent_id": "a", "ttl_seconds": 86400}, {"ttl_seconds": 600}])
async def test_a_bad_token_request_is_a_422(gateway, tenant_key, body):
    response = await gateway.post("/v1/agent-tokens", headers=bearer(tenant_key[1]), json=body)
    assert response.status_code == 422 and response.headers["content-type"] == PROBLEM


async def test_only_a_back_end_role_mints_tokens(gateway, gateway_engine, tenant_key):
    tenant_id, _ = tenant_key
    _, agent_key = await ensure_tenant_with_key(gateway_engine, "T", f"a-{tenant_id.hex[:12]}", ["agent"], "agent")
    response = await gateway.post("/v1/agent-tokens", headers=bearer(agent_key), json={"agent_id": "agent-7"})
    assert response.status_code == 403


async def test_a_withdrawal_reaches_a_softphone_stream_within_one_second(gateway, tenant_key):
    _, admin = tenant_key
    call = await _call(gateway, admin, "agent-7")
    cust = next(p["id"] for p in call["participants"] if p["external_id"] == "cust")
    consent = {"participant_id": cust, "purposes": ["recording"], "method": "dtmf"}
    await gateway.post(f"/v1/calls/{call['id']}/events", headers=bearer(admin),
                       json={"type": "consent_granted", **consent, "occurred_at": at(-5)})
    token = await _mint(gateway, admin, "agent-7")
    async with gateway.stream("GET", f"/v1/calls/{call['id']}/decision/stream", headers=bearer(token),
                              timeout=httpx.Timeout(10, read=None)) as response:
        events = sse_events(response)
        current = await asyncio.wait_for(anext(events), 5)
        assert json.loads(current["data"])["may_record"] is True
        await gateway.post(f"/v1/calls/{call['id']}/events", headers=bearer(admin),
                           json={"type": "consent_withdrawn", **consent, "occurred_at": at(0)})
        change = await asyncio.wait_for(anext(events), 1.0)
        assert json.loads(change["data"])["may_record"] is False


async def test_a_softphone_finds_its_calls_decision_by_the_providers_call_id(gateway, tenant_key):
    _, admin = tenant_key
    mine, other = await _call(gateway, admin, "agent-7"), await _call(gateway, admin, "agent-8")
    token = await _mint(gateway, admin, "agent-7")
    found = await gateway.get(f"/v1/calls/by-provider/twilio/{mine['external_id']}/decision", headers=bearer(token))
    assert found.status_code == 200, found.text
    assert found.json()["call_id"] == mine["id"]
    assert found.json() == (await gateway.get(f"/v1/calls/{mine['id']}/decision", headers=bearer(token))).json()
    # Another agent's call and a call that does not exist answer alike: provider ids are not secrets.
    for path in (f"twilio/{other['external_id']}", "twilio/CA-no-such-call", f"telnyx/{mine['external_id']}"):
        missing = await gateway.get(f"/v1/calls/by-provider/{path}/decision", headers=bearer(token))
        assert missing.status_code == 404 and missing.json()["type"].endswith("call-not-found"), path
    # A back end's key finds any call of its tenant.
    assert (await gateway.get(f"/v1/calls/by-provider/twilio/{other['external_id']}/decision",
                              headers=bearer(admin))).json()["call_id"] == other["id"]

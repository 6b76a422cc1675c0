"""Consent end to end through the gateway over HTTP: the live stream, receipts checked against the
published keys with another JOSE library, and the ledger."""

import asyncio
import json

import httpx
import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from tests.helpers.support import at, by_external_id, eventually, participant, sse_events

NY_AGENT = participant("agent", "agent", jurisdiction="US-NY")
CA_CUSTOMER = participant("cust", phone_number="+14155550100")


async def test_a_withdrawal_reaches_a_stream_subscriber_within_one_second(api, gateway):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                  "method": "dtmf", "occurred_at": at(-5)})
    async with gateway.stream("GET", f"/v1/calls/{call['id']}/decision/stream", headers=api.headers,
                              timeout=httpx.Timeout(10, read=None)) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        events = sse_events(response)
        current = await asyncio.wait_for(anext(events), 5)
        assert current["event"] == "decision" and json.loads(current["data"])["may_record"] is True

        await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": cust,
                                      "purposes": ["recording"], "method": "verbal", "occurred_at": at(0)})
        change = await asyncio.wait_for(anext(events), 1.0)
        decision = json.loads(change["data"])
        assert decision["may_record"] is False and int(change["id"]) == decision["version"]
        assert int(change["id"]) > int(current["id"])


async def test_the_stream_resumes_after_the_last_event_id(api, gateway):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    version = (await api.decision(call["id"]))["version"]
    headers = {**api.headers, "Last-Event-ID": str(version)}
    async with gateway.stream("GET", f"/v1/calls/{call['id']}/decision/stream", headers=headers,
                              timeout=httpx.Timeout(10, read=None)) as response:
        events = sse_events(response)
        # the client already has the current version: the first event it sees is the next change
        await api.events(call["id"], {"type": "call_ended", "occurred_at": at(0)})
        change = await asyncio.wait_for(anext(events), 5)
        assert int(change["id"]) == version + 1


async def test_a_stream_for_an_unknown_call_is_a_404_problem(api, gateway):
    response = await api.request("GET", "/v1/calls/00000000-0000-0000-0000-000000000000/decision/stream")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.filterwarnings("error::joserfc.errors.SecurityWarning")  # RFC 9864: no deprecated `alg`
async def test_a_receipt_verifies_against_the_published_keys_with_another_jose_library(api, gateway, tenant_key):
    await api.announcement()
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    await api.events(
        call["id"],
        {"type": "notice_given", "announcement_version": "v1", "completed": True, "occurred_at": at(-5)},
        {"type": "consent_granted", "participant_id": cust, "purposes": ["recording", "transcription"],
         "method": "dtmf", "evidence": {"digit": "1"}, "occurred_at": at(-2)})
    receipt = await api.ok("GET", f"/v1/calls/{call['id']}/participants/{cust}/receipt")

    keys = (await gateway.get("/.well-known/jwks.json")).json()  # public: no credential
    verified = jws.deserialize_compact(receipt["jws"], KeySet.import_key_set(keys), algorithms=["Ed25519"])
    assert verified.headers()["kid"] in {k["kid"] for k in keys["keys"]} and verified.headers()["alg"] == "Ed25519"
    claims = json.loads(verified.payload)
    assert claims["controller"] == {"tenant_id": str(tenant_key[0])}
    assert claims["jurisdiction"] == "US-CA" and claims["method"] == "dtmf"
    assert claims["notice"]["announcement_version"] == "v1"
    assert {p["purpose"]: p["state"] for p in claims["purposes"]}["recording"] == "satisfied"
    assert len(claims["ledger_entry"]["leaf_hash"]) == 64 and "4155550100" not in receipt["jws"]
    head = json.loads(jws.deserialize_compact(receipt["evidence"]["tree_head"], KeySet.import_key_set(keys),
                                              algorithms=["Ed25519"]).payload)
    assert head["tenant_id"] == str(tenant_key[0]) and head["tree_size"] > claims["ledger_entry"]["leaf_index"]

    header, payload, signature = receipt["jws"].split(".")
    forged = f"{header}.{payload[:-4]}AAAA.{signature}"
    with pytest.raises(Exception, match=r"(?i)signature"):
        jws.deserialize_compact(forged, KeySet.import_key_set(keys), algorithms=["Ed25519"])


async def test_the_ledger_is_sealed_and_verifies_through_the_gateway(api):
    await api.call(NY_AGENT, CA_CUSTOMER)

    async def sealed() -> bool:
        report = await api.ok("GET", "/v1/ledger/verify")
        return report["ok"] is True and report["entries"] == 3 and report["unsealed"] == 0

    await eventually(sealed, what="the ledger sealed and verified")
    head = await api.ok("GET", "/v1/ledger/tree-heads")
    proof = await api.ok("GET", "/v1/ledger/entries/2/proof")
    assert head["tree_size"] == proof["tree_size"] == 3 and len(proof["audit_path"]) == 1


async def test_agents_are_placed_by_their_site_else_by_the_tenants_agent_jurisdiction(api, gateway):
    settings = (await gateway.get("/v1/consent-settings", headers=api.headers)).json()
    settings.pop("updated_at")
    moved = await gateway.put("/v1/consent-settings", headers=api.headers,
                              json={**settings, "agent_jurisdiction": "US-TX"})
    assert moved.status_code == 200, moved.text
    site = await gateway.put("/v1/agent-sites/nyc", headers=api.headers, json={"jurisdiction": "US-NY"})
    assert site.status_code == 200 and site.json()["jurisdiction"] == "US-NY", site.text

    at_site = await api.call(participant("a1", "agent", site="nyc"), participant("c1", phone_number="+12125550100"))
    assert by_external_id(at_site)["a1"]["jurisdiction"] == "US-NY"
    assert by_external_id(at_site)["a1"]["jurisdiction_source"] == "site"
    decision = await api.decision(at_site["id"])
    assert decision["may_record"] is True and decision["requirement"] == "one_party"

    nowhere = await api.call(participant("a2", "agent"), participant("bot", "virtual_agent"),
                             participant("c2", phone_number="+14155550100"))
    placed = by_external_id(nowhere)
    assert {placed["a2"]["jurisdiction_source"], placed["bot"]["jurisdiction_source"]} == {"agent_jurisdiction"}
    decision = await api.decision(nowhere["id"])
    assert decision["may_record"] is False and decision["rule"]["jurisdiction"] == "US-CA"
    own = {p["external_id"]: p["rule"]["jurisdiction"] for p in decision["participants"]}
    assert own == {"a2": "US-TX", "bot": "US-TX", "c2": "US-CA"}

    unknown_site = await gateway.post("/v1/calls", headers=api.headers, json={
        "external_id": "CA-unknown-site", "provider": "api", "direction": "inbound",
        "participants": [participant("a3", "agent", site="manila"), participant("c3")]})
    assert unknown_site.status_code == 422 and "manila" in unknown_site.json()["detail"]
    customer_site = await gateway.post("/v1/calls", headers=api.headers, json={
        "external_id": "CA-customer-site", "provider": "api", "direction": "inbound",
        "participants": [participant("c4", site="nyc")]})
    assert customer_site.status_code == 422
    assert [s["name"] for s in (await gateway.get("/v1/agent-sites", headers=api.headers)).json()] == ["nyc"]
    assert (await gateway.delete("/v1/agent-sites/nyc", headers=api.headers)).status_code == 204
    assert (await gateway.get("/v1/agent-sites/nyc", headers=api.headers)).status_code == 404


async def test_the_jurisdiction_table_shows_announced_recordings_and_the_purpose_policies(api, gateway):
    table = (await gateway.get("/v1/jurisdictions", headers=api.headers)).json()
    rules = {r["jurisdiction"]: r for r in table["jurisdictions"]}
    assert rules["US-WA"]["announced_recording_counts"] is True and rules["DE"]["announced_recording_counts"] is False
    assert rules["PH"]["requirement"] == "all_party" and rules["IN"]["effective"] is None
    assert set(table["purposes"]) == {"ai_training", "consent_basis"}

"""Calls in the recording-consent service, against the real database."""

import asyncio
from uuid import uuid4

from sqlalchemy import text

from services.common.db import tenant_session
from tests.helpers.support import call_body, internal_headers


async def test_creating_a_call_stores_it_with_an_initial_decision(consent_client, settings, tenant_id):
    headers = internal_headers(settings, tenant_id)
    created = await consent_client.post("/v1/calls", json=call_body(), headers=headers)
    assert created.status_code == 201, created.text
    call = created.json()
    assert [p["external_id"] for p in call["participants"]] == ["agent-1", "customer-1"]
    decision = (await consent_client.get(f"/v1/calls/{call['id']}/decision", headers=headers)).json()
    # a California agent and a German customer: all-party; the agent is covered by prior agreement
    assert decision["may_record"] is False and decision["may_transcribe"] is False
    assert decision["requirement"] == "all_party" and decision["version"] == 1
    waiting = {p["external_id"] for p in decision["participants"]
               if any(m["purpose"] == "recording" for m in p["missing"])}
    assert waiting == {"customer-1"}
    assert decision["reasons"]


async def test_phone_numbers_are_stored_encrypted_and_indexed(consent_client, settings, tenant_id, app_engine):
    created = await consent_client.post("/v1/calls", json=call_body(), headers=internal_headers(settings, tenant_id))
    async with tenant_session(app_engine, tenant_id) as session:
        rows = (await session.execute(text(
            "SELECT phone_number_encrypted, phone_number_index FROM participant WHERE call_id = :c"
        ), {"c": created.json()["id"]})).all()
    assert len(rows) == 2
    for encrypted, index in rows:
        assert b"4155550100" not in encrypted and b"15112345678" not in encrypted
        assert len(index) == 64


async def test_the_same_call_twice_is_a_conflict_and_writes_nothing(consent_client, settings, tenant_id, app_engine):
    headers = internal_headers(settings, tenant_id)
    body = call_body()
    assert (await consent_client.post("/v1/calls", json=body, headers=headers)).status_code == 201
    again = await consent_client.post("/v1/calls", json=body, headers=headers)
    assert again.status_code == 409
    assert again.json()["type"] == "urn:callvault:problem:call-already-exists"
    async with tenant_session(app_engine, tenant_id) as session:
        counts = (await session.execute(text(
            "SELECT (SELECT count(*) FROM call), (SELECT count(*) FROM participant), "
            "(SELECT count(*) FROM outbox_event)"
        ))).one()
    assert tuple(counts) == (1, 2, 2)  # call.created and decision.changed


async def test_concurrent_creates_of_one_call_give_one_call_and_conflicts_never_a_500(consent_client, settings,
                                                                                       tenant_id):
    """Two webhooks of a new call (a status callback drained, the IVR's voice step) create it at once."""
    headers = internal_headers(settings, tenant_id)
    body = call_body()
    answers = await asyncio.gather(*(consent_client.post("/v1/calls", json=body, headers=headers) for _ in range(6)))
    assert sorted(a.status_code for a in answers) == [201] + [409] * 5, [a.text for a in answers]


async def test_another_tenant_can_neither_read_nor_see_a_call(consent_client, settings, tenant_id):
    call = (await consent_client.post("/v1/calls", json=call_body(),
                                      headers=internal_headers(settings, tenant_id))).json()
    intruder = internal_headers(settings, uuid4())
    for path in (f"/v1/calls/{call['id']}", f"/v1/calls/{call['id']}/decision"):
        response = await consent_client.get(path, headers=intruder)
        assert response.status_code == 404
        assert response.json()["type"] == "urn:callvault:problem:call-not-found"
    # the same external id is free for the other tenant: uniqueness is per tenant
    again = await consent_client.post("/v1/calls", json=call_body(call["external_id"]), headers=intruder)
    assert again.status_code == 201

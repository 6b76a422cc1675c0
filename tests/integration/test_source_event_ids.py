"""A source event id names one event of one call: unique per call, a repeat must be the same event,
and the ids the gateway gives its webhooks' events are refused from anyone else."""

from uuid import uuid4

import pytest

from services.common.auth import Principal, Role, sign_internal_token
from services.common.schemas import GATEWAY_SOURCE_ID_PREFIXES
from services.gateway.clients.consent import source_event_id
from services.gateway.telephony.schemas import PROVIDERS
from tests.helpers.support import ConsentApi, at, by_external_id, participant

AGENT = participant("agent", "agent", jurisdiction="US-NY")
CUSTOMER = participant("customer", phone_number="+1 (415) 555-0100")


def _as(consent_client, settings, tenant_id, subject: str, agent_id: str | None = None) -> ConsentApi:
    roles = frozenset({Role.agent if agent_id else Role.telephony})
    principal = Principal(tenant_id=tenant_id, subject=subject, roles=roles, agent_id=agent_id)
    token = sign_internal_token(settings.secret("internal_signing_key"), principal, "recording_consent", 60)
    return ConsentApi(consent_client, {"Authorization": f"Bearer {token}"})


def _granted(customer_id: str, source_id: str, occurred: str, **extra) -> dict:
    return {"type": "consent_granted", "participant_id": customer_id, "purposes": ["recording"], "method": "dtmf",
            "occurred_at": occurred, "source_event_id": source_id, **extra}


async def test_events_numbered_per_call_are_all_stored_on_every_call(api):
    first, second = await api.call(AGENT, CUSTOMER), await api.call(AGENT, CUSTOMER)
    for call in (first, second):
        customer = by_external_id(call)["customer"]["id"]
        answer = await api.events(call["id"], _granted(customer, "1", at(-2)))
        assert answer["events"][0]["replayed"] is False
        timeline = await api.ok("GET", f"/v1/calls/{call['id']}/events")
        assert [e["source_event_id"] for e in timeline] == ["1"]


async def test_a_repeated_source_event_id_with_other_content_is_a_409(api):
    call = await api.call(AGENT, CUSTOMER)
    customer = by_external_id(call)["customer"]["id"]
    occurred = at(-2)
    await api.events(call["id"], _granted(customer, "dtmf-1", occurred, evidence={"digit": "1"}))
    again = await api.events(call["id"], _granted(customer, "dtmf-1", occurred, evidence={"digit": "1"}))
    assert again["events"][0]["replayed"] is True
    for changed in (_granted(customer, "dtmf-1", occurred, evidence={"digit": "2"}),
                    {**_granted(customer, "dtmf-1", occurred), "type": "consent_denied"},
                    _granted(customer, "dtmf-1", at(-1), evidence={"digit": "1"})):
        problem = await api.events(call["id"], changed, status=409)
        assert problem["type"].endswith(":source-event-id-reused"), problem
    timeline = await api.ok("GET", f"/v1/calls/{call['id']}/events")
    assert [(e["type"], e["evidence"]) for e in timeline] == [("consent_granted", {"digit": "1"})]


@pytest.mark.parametrize("poster", ["softphone", "api"])
async def test_the_gateways_source_event_ids_are_refused_from_anyone_else(api, consent_client, settings, tenant_id,
                                                                          poster):
    call = await api.call(AGENT, CUSTOMER)
    customer = by_external_id(call)["customer"]["id"]
    call_sid = f"CA{uuid4().hex}"
    reserved = source_event_id("twilio", f"{call_sid}:digits", 0)  # what the customer's key press will carry
    caller = _as(consent_client, settings, tenant_id, "agent:agent", "agent") if poster == "softphone" else api
    refused = await caller.events(call["id"], _granted(customer, reserved, at(-3)), status=422)
    assert refused["type"].endswith(":reserved-source-event-id"), refused
    batch = {"calls": [{"call_id": call["id"], "events": [_granted(customer, reserved, at(-3))]}]}
    if poster == "api":
        assert (await api.request("POST", "/v1/event-batches", json=batch)).status_code == 422
    # The customer's refusal, as the gateway posts it, is then stored (not dropped as a replay).
    gateway = _as(consent_client, settings, tenant_id, "gateway:telephony")
    denial = {**_granted(customer, reserved, at(-2)), "type": "consent_denied"}
    answer = await gateway.events(call["id"], denial)
    assert answer["events"][0]["replayed"] is False and answer["decision"]["may_record"] is False
    assert [e["type"] for e in await api.ok("GET", f"/v1/calls/{call['id']}/events")] == ["consent_denied"]


def test_every_providers_source_event_ids_are_reserved_to_the_gateway():
    for provider in PROVIDERS:
        assert source_event_id(provider, "CA1:completed:3", 0).startswith(GATEWAY_SOURCE_ID_PREFIXES), provider

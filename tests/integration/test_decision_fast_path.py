"""The softphones' poll and the transcripts service's question of the phone region answered before routing
(`hot_read.DecisionFastPath`, `hot_read.PhoneRegionFastPath`): each answers only the plain case and hands
everything else to the route, so every refusal still holds once a token is cached, and an answer from the
fast path is the route's answer."""

import json
from uuid import uuid4

import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from services.common.auth import Principal, Role, sign_internal_token
from services.common.db import tenant_session
from services.recording_consent.hot_read import REGION, DecisionFastPath, PhoneRegionFastPath
from tests.helpers.support import internal_headers, participant

AGENT = participant("agent", "agent", jurisdiction="US-NY")
CUSTOMER = participant("cust", jurisdiction="US-NY")


class Downstream:
    """Stands for the FastAPI app behind the fast path: records what was handed on."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    async def __call__(self, scope, receive, send) -> None:
        self.paths.append(scope["path"])
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b""})


async def _get(fast: DecisionFastPath, app, path: str, headers: dict[str, str],
               query: bytes = b"") -> tuple[int, bytes]:
    scope = {"type": "http", "method": "GET", "path": path, "query_string": query, "app": app,
             "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()]}
    sent: list[dict] = []

    async def send(message: dict) -> None:
        sent.append(message)

    async def receive() -> dict:
        return {"type": "http.request", "body": b""}

    await fast(scope, receive, send)
    return sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


@pytest.fixture
def service_app(consent_client):
    return consent_client._transport.app


async def test_answers_the_plain_case_with_the_routes_answer(api, service_app, settings, tenant_id):
    call = await api.call(AGENT, CUSTOMER)
    path = f"/v1/calls/{call['id']}/decision"
    headers = internal_headers(settings, tenant_id, (Role.agent,))
    route = await api.client.get(path, headers=headers)  # first sight of the token: the route verifies it
    downstream = Downstream()
    status, body = await _get(DecisionFastPath(downstream), service_app, path, headers)
    assert downstream.paths == [] and status == 200
    assert route.status_code == 200 and route.json() == json.loads(body)


@pytest.mark.parametrize("case", ["unverified token", "role may not read", "other tenant's call", "unknown call",
                                  "query string", "malformed id", "stale decision"])
async def test_hands_everything_else_to_the_route(case, api, service_app, settings, tenant_id, owner_engine):
    call = await api.call(AGENT, CUSTOMER)
    path, query = f"/v1/calls/{call['id']}/decision", b""
    headers = internal_headers(settings, tenant_id, (Role.auditor,))
    if case == "unverified token":  # a subject no other request used: a token never seen
        principal = Principal(tenant_id, f"test-{uuid4()}", frozenset({Role.auditor}))
        headers = {"Authorization": "Bearer " + sign_internal_token(settings.secret("internal_signing_key"), principal,
                                                                     "recording_consent", 60)}
    else:
        if case == "role may not read":
            headers = internal_headers(settings, tenant_id, (Role.platform_admin,))
        elif case == "other tenant's call":
            headers = internal_headers(settings, uuid4(), (Role.auditor,))
        await api.client.get(f"/v1/calls/{uuid4()}/decision", headers=headers)  # verified and cached now
    if case == "unknown call":
        path = f"/v1/calls/{uuid4()}/decision"
    elif case == "query string":
        query = b"at=2026-01-01T00:00:00Z"
    elif case == "malformed id":
        path = f"/v1/calls/{call['id'][:-1]}x/decision"
    elif case == "stale decision":
        async with tenant_session(owner_engine, tenant_id) as session:
            await session.execute(text("UPDATE decision SET stale_after = now() - interval '1 second' "
                                       "WHERE call_id = :id"), {"id": call["id"]})
            await session.commit()
    downstream = Downstream()
    status, _ = await _get(DecisionFastPath(downstream), service_app, path, headers, query)
    assert status == 299 and downstream.paths == [path]


async def test_refusals_hold_on_every_request_not_just_the_first(api, consent_client, settings, tenant_id):
    call = await api.call(AGENT, CUSTOMER)
    path = f"/v1/calls/{call['id']}/decision"
    not_a_reader = internal_headers(settings, tenant_id, (Role.platform_admin,))
    other_tenant = internal_headers(settings, uuid4(), (Role.tenant_admin,))
    for _ in range(3):
        assert (await consent_client.get(path, headers=not_a_reader)).status_code == 403
        refused = await consent_client.get(path, headers=other_tenant)
        assert refused.status_code == 404 and refused.headers["content-type"] == "application/problem+json"


async def test_fast_answers_carry_the_request_id_and_are_counted(api, consent_client):
    call = await api.call(AGENT, CUSTOMER)
    path = f"/v1/calls/{call['id']}/decision"
    before = await _decision_reads(consent_client)
    for n in range(3):
        response = await consent_client.get(path, headers={**api.headers, "X-Request-ID": f"poll-{n}"})
        assert response.status_code == 200 and response.headers["x-request-id"] == f"poll-{n}"
    assert await _decision_reads(consent_client) == before + 3


async def _decision_reads(client) -> float:
    text_format = (await client.get("/metrics")).text
    wanted = {"service": "recording_consent", "method": "GET", "route": "/v1/calls/{call_id}/decision", "status": "200"}
    return sum(sample.value for family in text_string_to_metric_families(text_format) for sample in family.samples
               if sample.name == "callvault_http_requests_total" and sample.labels == wanted)


async def test_answers_the_tenants_phone_region_as_the_route_does(api, service_app, settings, tenant_id):
    headers = internal_headers(settings, tenant_id, (Role.auditor,))
    for region in (None, "FR"):
        if region is not None:
            await api.client.put("/v1/consent-settings", json={"default_region": region}, headers=api.headers)
        route = await api.client.get(REGION, headers=headers)  # first sight of the token: the route verifies it
        downstream = Downstream()
        status, body = await _get(PhoneRegionFastPath(downstream), service_app, REGION, headers)
        assert downstream.paths == [] and status == 200
        assert route.status_code == 200 and route.json() == json.loads(body) == {"default_region": region or "US"}


@pytest.mark.parametrize("case", ["unverified token", "role may not read", "softphone token", "query string"])
async def test_hands_every_other_region_question_to_the_route(case, api, service_app, settings, tenant_id):
    headers, query = internal_headers(settings, tenant_id, (Role.auditor,)), b""
    key = settings.secret("internal_signing_key")
    if case == "unverified token":
        principal = Principal(tenant_id, f"test-{uuid4()}", frozenset({Role.auditor}))
        headers = {"Authorization": "Bearer " + sign_internal_token(key, principal, "recording_consent", 60)}
    else:
        if case == "role may not read":
            headers = internal_headers(settings, tenant_id, (Role.platform_admin,))
        elif case == "softphone token":
            principal = Principal(tenant_id, f"agent:{uuid4()}", frozenset({Role.agent}), agent_id="a-1")
            headers = {"Authorization": "Bearer " + sign_internal_token(key, principal, "recording_consent", 60)}
        refused = await api.client.get(REGION, headers=headers)  # verified and cached now
        assert refused.status_code == (200 if case == "query string" else 403)
    if case == "query string":
        query = b"x=1"
    downstream = Downstream()
    status, _ = await _get(PhoneRegionFastPath(downstream), service_app, REGION, headers, query)
    assert status == 299 and downstream.paths == [REGION]

"""The thin slice end to end: an API key, through the gateway over HTTP, to the recording-consent
service, and its event onto JetStream."""

from uuid import UUID, uuid4

import pytest
from sqlalchemy import text

from tests.helpers.support import call_body, eventually, stream_events

PROBLEM = "application/problem+json"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def test_create_a_call_read_its_decision_and_see_its_event(gateway, tenant_key, js, settings):
    tenant_id, secret = tenant_key
    created = await gateway.post("/v1/calls", json=call_body(), headers=bearer(secret))
    assert created.status_code == 201, created.text
    call = created.json()
    assert len(call["participants"]) == 2 and all(p["id"] for p in call["participants"])

    decision = await gateway.get(f"/v1/calls/{call['id']}/decision", headers=bearer(secret))
    assert decision.status_code == 200
    assert decision.json()["may_record"] is False
    assert any(reason.startswith("recording is not allowed") for reason in decision.json()["reasons"])

    async def event_arrived() -> bool:
        events = await stream_events(js, settings.nats_stream, "callvault.call.created")
        return any(e["data"]["call_id"] == call["id"] for e in events.values())

    await eventually(event_arrived, timeout=10, what="call.created on JetStream")
    events = await stream_events(js, settings.nats_stream, "callvault.call.created")
    [event] = [e for e in events.values() if e["data"]["call_id"] == call["id"]]
    assert event["tenantid"] == str(tenant_id) and event["specversion"] == "1.0"
    assert event["source"] == "callvault/recording-consent" and event["subject"] == f"calls/{call['id']}"


async def test_missing_or_wrong_keys_are_refused(gateway, tenant_key):
    for headers in ({}, bearer("cvk_not-a-real-key"), {"Authorization": "Basic dXNlcjpwYXNz"}):
        response = await gateway.post("/v1/calls", json=call_body(), headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"] == PROBLEM
        assert response.headers["www-authenticate"] == "Bearer"
        assert response.json()["type"] == "urn:callvault:problem:invalid-credentials"


async def test_a_revoked_key_stops_working_within_the_cache_time(gateway, tenant_key, gateway_engine, services):
    tenant_id, secret = tenant_key
    assert (await gateway.get(f"/v1/calls/{uuid4()}", headers=bearer(secret))).status_code == 404
    await _owner_sql(gateway_engine, tenant_id, "UPDATE api_key SET revoked_at = now()")

    async def refused() -> bool:
        return (await gateway.get(f"/v1/calls/{uuid4()}", headers=bearer(secret))).status_code == 401

    await eventually(refused, timeout=services.api_key_cache_seconds + 2)


async def test_a_disabled_tenant_is_refused_within_the_cache_time(gateway, tenant_key, gateway_engine, services):
    tenant_id, secret = tenant_key
    assert (await gateway.get(f"/v1/calls/{uuid4()}", headers=bearer(secret))).status_code == 404
    await _owner_sql(gateway_engine, tenant_id, "UPDATE tenant SET disabled = true WHERE id = :tenant")

    async def refused() -> bool:
        response = await gateway.get(f"/v1/calls/{uuid4()}", headers=bearer(secret))
        return response.status_code == 403 and response.json()["type"] == "urn:callvault:problem:tenant-disabled"

    await eventually(refused, timeout=services.api_key_cache_seconds + 2)


async def test_a_tenant_cannot_reach_another_tenants_call(gateway, tenant_key, gateway_engine):
    from services.gateway.service import ensure_tenant_with_key

    _, secret = tenant_key
    call = (await gateway.post("/v1/calls", json=call_body(), headers=bearer(secret))).json()
    _, other = await ensure_tenant_with_key(gateway_engine, "Other", f"o-{uuid4().hex[:12]}", ["tenant_admin"], "t")
    for path in (f"/v1/calls/{call['id']}", f"/v1/calls/{call['id']}/decision"):
        assert (await gateway.get(path, headers=bearer(other))).status_code == 404


async def test_errors_through_the_gateway_are_problems(gateway, tenant_key):
    _, secret = tenant_key
    malformed = await gateway.post("/v1/calls", content=b"{", headers={**bearer(secret),
                                                                       "content-type": "application/json"})
    assert malformed.status_code == 422 and malformed.headers["content-type"] == PROBLEM
    unknown = await gateway.get("/v1/nothing-here", headers=bearer(secret))
    assert unknown.status_code == 404 and unknown.headers["content-type"] == PROBLEM
    outside = await gateway.get("/not-an-api-path")
    assert outside.status_code == 404 and outside.headers["content-type"] == PROBLEM


async def test_the_gateway_assigns_the_request_id_and_returns_it(gateway, tenant_key):
    _, secret = tenant_key
    response = await gateway.get(f"/v1/calls/{uuid4()}", headers={**bearer(secret), "X-Request-ID": "req-42"})
    assert response.headers["x-request-id"] != "req-42" and UUID(response.headers["x-request-id"]).version == 4


async def test_services_refuse_requests_that_bypass_the_gateway(services, gateway):
    import httpx

    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{services.recording_consent_port}") as direct:
        response = await direct.post("/v1/calls", json=call_body())
    assert response.status_code == 401


async def test_every_service_is_ready(services):
    import httpx

    async with httpx.AsyncClient() as client:
        for service in ("gateway", "recording_consent", "transcripts"):
            response = await client.get(f"{services.ops_url(service)}/readyz")
            assert response.status_code == 200, (service, response.text)


async def _owner_sql(engine, tenant_id, statement: str) -> None:
    from services.common.db import tenant_session

    async with tenant_session(engine, tenant_id) as session:
        await session.execute(text(statement), {"tenant": tenant_id})
        await session.commit()


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
async def test_the_documentation_pages_load_everything_from_the_gateway(gateway, page):
    import re

    html = await gateway.get(page)
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html.text)
    assert assets and all(a.startswith("/") for a in assets), assets  # nothing from a CDN
    for asset in assets:
        response = await gateway.get(asset)
        assert response.status_code == 200 and len(response.content) > 100, asset
    assert (await gateway.get("/openapi.json")).json()["paths"]

"""A dependency that is down is a 503 with Retry-After, never a 500 and never a half-written record."""

from uuid import uuid4

from services.stack.processes import free_port
from tests.helpers.support import call_body, internal_headers, metric_value, running


async def _database_failures(client) -> float:
    exposition = (await client.get("/metrics")).text
    return metric_value(exposition, "callvault_dependency_failures_total", dependency="database")


async def test_database_down_is_a_503_with_retry_after(settings, tenant_id):
    from services.recording_consent.app import create_app

    app = create_app(settings.model_copy(update={"db_port": free_port(), "run_outbox_relay": False}))
    async for client in running(app):
        failures = await _database_failures(client)
        response = await client.post("/v1/calls", json=call_body(), headers=internal_headers(settings, tenant_id))
        assert response.status_code == 503, response.text
        assert await _database_failures(client) == failures + 1  # a refused connect is the database's, not `other`
        assert response.headers["retry-after"].isdigit()
        assert response.headers["content-type"] == "application/problem+json"
        for _ in range(2):  # the second time with a verified token: the hot read's own pool, same answer
            read = await client.get(f"/v1/calls/{uuid4()}/decision", headers=internal_headers(settings, tenant_id))
            assert read.status_code == 503 and read.headers["retry-after"].isdigit(), read.text
        assert await _database_failures(client) == failures + 3
        ready = await client.get("/readyz")
        assert ready.status_code == 503 and "database" in ready.json()["failing"]
        assert ready.headers["retry-after"].isdigit()
        assert await _database_failures(client) == failures + 3  # a failing probe is not counted as a failed call


async def test_gateway_with_its_service_down_is_a_503(settings, tenant_key):
    from services.gateway.app import create_app

    _, secret = tenant_key
    app = create_app(settings.model_copy(update={"recording_consent_url": f"http://127.0.0.1:{free_port()}",
                                                 "run_outbox_relay": False, "gateway_ops_port": 0}))
    async for client in running(app):
        response = await client.get("/v1/calls/00000000-0000-0000-0000-000000000000",
                                    headers={"Authorization": f"Bearer {secret}"})
        assert response.status_code == 503
        assert response.headers["retry-after"].isdigit()
        assert "recording-consent" in response.json()["detail"]
        exposition = (await client.get("/metrics")).text
        assert metric_value(exposition, "callvault_dependency_failures_total", dependency="consent_service") >= 1

"""The operators' view: each service's /metrics says what it decided and how far its consumers lag."""

from uuid import uuid4

import httpx

from tests.helpers.consenting_calls import AGENT
from tests.helpers.support import eventually, metric_value


async def _metrics(services, service: str) -> str:
    async with httpx.AsyncClient(timeout=10) as client:
        return (await client.get(f"{services.ops_url(service)}/metrics")).text


async def test_decisions_are_counted_by_purpose_and_outcome(api, services):
    before = metric_value(await _metrics(services, "recording_consent"), "callvault_decisions_total",
                          purpose="ai_training", outcome="refused")
    await api.call(AGENT)  # nobody has consented to AI training
    after = metric_value(await _metrics(services, "recording_consent"), "callvault_decisions_total",
                         purpose="ai_training", outcome="refused")
    assert after >= before + 1


async def test_each_event_consumer_reports_its_lag(services):
    async def reported() -> bool:
        text = await _metrics(services, "transcripts")
        return "callvault_event_consumer_lag{" in text

    await eventually(reported, timeout=20, interval=0.5, what="the transcripts service's consumers' lag")
    text = await _metrics(services, "transcripts")
    lags = [line for line in text.splitlines() if line.startswith("callvault_event_consumer_lag{")]
    assert all(float(line.rsplit(" ", 1)[1]) >= 0 for line in lags) and lags


async def test_the_gateway_counts_proxied_requests_by_their_route_template(gateway, services, tenant_key):
    labels = {"service": "gateway", "method": "GET", "route": "/v1/calls/{call_id}", "status": "404"}
    before = metric_value(await _metrics(services, "gateway"), "callvault_http_requests_total", **labels)
    call_id = uuid4()
    missing = await gateway.get(f"/v1/calls/{call_id}", headers={"Authorization": f"Bearer {tenant_key[1]}"})
    assert missing.status_code == 404
    text = await _metrics(services, "gateway")
    assert metric_value(text, "callvault_http_requests_total", **labels) == before + 1
    assert str(call_id) not in text  # the template, never the path

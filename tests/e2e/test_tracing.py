"""OpenTelemetry tracing, with a collector configured: one trace from the gateway through the services
it reached, received by a fake OTLP/HTTP collector that decodes what it is sent with OpenTelemetry's
own protobuf definitions. The spans carry no personal data."""

from uuid import uuid4

import httpx
import pytest
from aiohttp import web
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest

from services.common.settings import SERVICES
from services.stack.processes import free_port
from services.stack.up import Stack, start_services
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.support import ConsentApi, eventually


class Collector:
    def __init__(self) -> None:
        self.port = free_port()
        self.spans: list[dict] = []

    async def handle(self, request: web.Request) -> web.Response:
        export = ExportTraceServiceRequest.FromString(await request.read())
        for resource_spans in export.resource_spans:
            service = next(a.value.string_value for a in resource_spans.resource.attributes if a.key == "service.name")
            for scope_spans in resource_spans.scope_spans:
                for span in scope_spans.spans:
                    self.spans.append({
                        "service": service, "name": span.name, "trace": span.trace_id.hex(),
                        "id": span.span_id.hex(), "parent": span.parent_span_id.hex(),
                        "attributes": {a.key: str(a.value) for a in span.attributes}})
        return web.Response(status=200)


@pytest.fixture
async def collector():
    collector = Collector()
    app = web.Application()
    app.router.add_post("/v1/traces", collector.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", collector.port).start()
    try:
        yield collector
    finally:
        await runner.cleanup()


@pytest.fixture
def traced(services, collector, monkeypatch):
    """The three services as processes again, on ports of their own, sending their traces to the collector."""
    monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "100")  # the SDK's batch interval: spans within 0.1 s
    settings = services.model_copy(update={f"{s}_port": free_port() for s in SERVICES}
                                   | {"gateway_ops_port": free_port(),  # the session's gateway holds its own
                                      "otel_exporter_endpoint": f"http://127.0.0.1:{collector.port}"})
    stack = Stack(settings)
    try:
        start_services(stack)
        yield settings
    finally:
        stack.stop()


async def test_one_trace_runs_from_the_gateway_through_the_services(traced, collector, tenant_key):
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{traced.gateway_port}", timeout=10,
                                 headers={"Authorization": f"Bearer {tenant_key[1]}"}) as client:
        api = ConsentApi(client, {})
        call, ids = await consenting_call(api)
        ingest = await client.post("/v1/transcripts", json=transcript_body(call, ids, "Call me on 415 555 0100."))
        assert ingest.status_code == 201, ingest.text
        missing = await client.get(f"/v1/transcripts/{uuid4()}", params={"phone_number": "+14155550100"})
        assert missing.status_code in (404, 422)

    def ingest_spans() -> list[dict]:
        stored = [s for s in collector.spans if s["service"] == "callvault-transcripts"
                  and s["name"] == "POST /v1/transcripts" and "201" in s["attributes"]["http.response.status_code"]]
        return [s for s in collector.spans if stored and s["trace"] == stored[0]["trace"]]

    async def arrived() -> bool:
        return {s["service"] for s in ingest_spans()} == {"callvault-gateway", "callvault-transcripts",
                                                          "callvault-recording_consent"}

    await eventually(arrived, 15, 0.1, "the ingest's spans from all three services")
    spans = {s["service"]: s for s in ingest_spans() if s["service"] != "callvault-recording_consent"}
    consent = [s for s in ingest_spans() if s["service"] == "callvault-recording_consent"]
    # The gateway's span is the root; the transcripts service's its child; the consent reads its children.
    assert spans["callvault-gateway"]["parent"] == ""
    assert spans["callvault-transcripts"]["parent"] == spans["callvault-gateway"]["id"]
    assert spans["callvault-gateway"]["name"] == "POST /v1/transcripts"  # the route the gateway proxied
    assert consent and {s["parent"] for s in consent} == {spans["callvault-transcripts"]["id"]}
    assert {s["name"] for s in consent} <= {"GET /v1/calls/{call_id}/consent-periods",
                                            "GET /v1/calls/{call_id}/decision"}
    # No ids of a path, no query string, no words: only methods, route templates and statuses.
    everything = str(collector.spans)
    for personal in ("4155550100", "415 555", call["id"], "Call me"):
        assert personal not in everything

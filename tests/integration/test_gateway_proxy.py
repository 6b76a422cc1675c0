"""The gateway's hop, against a recording upstream of the test's own (standing in for a service):
what reaches the service, what comes back, and what a slow or dropped service gives the caller."""

import asyncio
import gzip
import hashlib
import json

import httpx
import pytest
from aiohttp import web

from services.common.app import verify_key
from services.common.auth import verify_internal_token
from services.common.settings import Settings
from services.gateway.app import create_app
from services.stack.processes import free_port
from tests.helpers.support import serving

TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
LIMIT = 4 << 20


class Upstream:
    """Answers every request with what it received; `/v1/calls/slow` takes its time, and
    `/v1/calls/flaky` drops the connection of the first request it sees, and `/v1/calls/gzipped`
    answers compressed."""

    def __init__(self) -> None:
        self.seen: list[dict] = []
        self.dropped = False

    async def handle(self, request: web.Request) -> web.StreamResponse:
        body = await request.read()
        self.seen.append({"method": request.method, "raw_path": request.raw_path, "headers": dict(request.headers),
                          "sha256": hashlib.sha256(body).hexdigest(), "size": len(body)})
        if request.path == "/v1/calls/slow":
            await asyncio.sleep(1.5)
        if request.path == "/v1/calls/flaky" and not self.dropped:
            self.dropped = True
            request.transport.close()
        if request.path == "/v1/calls/gzipped":
            return web.Response(body=gzip.compress(json.dumps(self.seen[-1]).encode()),
                                headers={"content-type": "application/json", "content-encoding": "gzip"})
        return web.json_response(self.seen[-1], headers={"x-upstream": "yes", "server": "upstream"})


@pytest.fixture
async def hop(settings: Settings, tenant_key):
    upstream = Upstream()
    app = web.Application(client_max_size=8 << 20)
    app.router.add_route("*", "/{tail:.*}", upstream.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    gateway = create_app(settings.model_copy(update={
        "recording_consent_url": f"http://127.0.0.1:{port}", "run_outbox_relay": False, "gateway_ops_port": 0,
        "upstream_timeout_seconds": 0.5, "max_request_body_bytes": LIMIT}))
    try:
        async with serving(gateway) as url, httpx.AsyncClient(
                base_url=url, headers={"Authorization": f"Bearer {tenant_key[1]}"}, timeout=10) as client:
            yield client, upstream
    finally:
        await runner.cleanup()


async def test_only_what_the_service_needs_reaches_it(hop, settings, tenant_key):
    client, upstream = hop
    response = await client.get("/v1/calls/x", headers={
        "X-Request-Id": "req-7", "traceparent": TRACE, "Accept": "application/json",
        "Cookie": "session=1", "X-Forwarded-For": "10.0.0.1", "X-Tenant-Id": "someone-else",
        "Forwarded": "for=10.0.0.1"})
    assert response.status_code == 200
    seen = {k.lower(): v for k, v in upstream.seen[-1]["headers"].items()}
    for refused in ("cookie", "x-forwarded-for", "x-tenant-id", "forwarded"):
        assert refused not in seen
    # The request id is the gateway's own (a caller's is only logged), the same to the service and back.
    assert seen["x-request-id"] != "req-7" and seen["x-request-id"] == response.headers["x-request-id"]
    assert seen["traceparent"] == TRACE and seen["accept"] == "application/json"
    # The API key stays at the gateway: the service gets an internal token naming the key's tenant.
    scheme, token = seen["authorization"].split(" ", 1)
    assert scheme == "Bearer" and token != tenant_key[1]
    assert verify_internal_token(verify_key(settings), token, "recording_consent").tenant_id == tenant_key[0]
    # What comes back: the service's headers, the gateway's own hop headers, the ids.
    assert response.headers["x-upstream"] == "yes" and response.headers["server"] != "upstream"
    assert response.headers["traceparent"] == TRACE


async def test_a_trace_is_started_when_the_caller_sent_none_or_a_malformed_one(hop):
    client, upstream = hop
    for headers in ({}, {"traceparent": "00-zz-not-a-trace"}):
        response = await client.get("/v1/calls/x", headers=headers)
        sent = {k.lower(): v for k, v in upstream.seen[-1]["headers"].items()}["traceparent"]
        assert sent != headers.get("traceparent") and len(sent.split("-")) == 4
        assert response.headers["traceparent"] == sent


async def test_path_and_query_reach_the_service_as_the_caller_encoded_them(hop):
    client, upstream = hop
    await client.get("/v1/calls/a%2Fb/decision?x=1&x=2&y=%20z")
    assert upstream.seen[-1]["raw_path"] == "/v1/calls/a%2Fb/decision?x=1&x=2&y=%20z"


@pytest.mark.parametrize("size", [10, 3 << 20], ids=["small", "streamed"])
async def test_bodies_reach_the_service_whole(hop, size):
    client, upstream = hop
    body = bytes(range(256)) * (size // 256 + 1)
    response = await client.post("/v1/calls", content=body[:size], headers={"content-type": "application/octet-stream"})
    assert response.status_code == 200
    assert upstream.seen[-1]["size"] == size
    assert upstream.seen[-1]["sha256"] == hashlib.sha256(body[:size]).hexdigest()
    assert {k.lower(): v for k, v in upstream.seen[-1]["headers"].items()}["content-length"] == str(size)


async def test_a_body_over_the_limit_is_a_413_and_reaches_no_service(hop):
    client, upstream = hop
    response = await client.post("/v1/calls", content=b"x" * (LIMIT + 1))
    assert response.status_code == 413 and response.headers["content-type"] == "application/problem+json"
    assert upstream.seen == []


async def test_a_body_without_a_length_is_a_411(hop):
    client, upstream = hop

    async def chunks():
        yield b'{"a": '
        yield b"1}"

    response = await client.post("/v1/calls", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 411 and response.json()["type"].endswith("length-required")
    assert upstream.seen == []


async def test_a_service_too_slow_to_answer_is_a_504_naming_it(hop):
    client, _ = hop
    response = await client.get("/v1/calls/slow")
    assert response.status_code == 504, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"].isdigit()
    assert "recording-consent" in response.json()["detail"]


async def test_a_dropped_connection_is_retried_once_for_an_idempotent_request(hop):
    client, upstream = hop
    response = await client.get("/v1/calls/flaky")
    assert response.status_code == 200 and upstream.dropped
    assert [s["raw_path"] for s in upstream.seen].count("/v1/calls/flaky") == 2


async def test_a_dropped_connection_is_not_retried_for_a_post(hop):
    client, upstream = hop
    response = await client.post("/v1/calls/flaky", json={"n": 1})
    assert response.status_code == 503 and response.headers["retry-after"].isdigit()
    assert [s["raw_path"] for s in upstream.seen].count("/v1/calls/flaky") == 1


async def test_a_compressed_answer_reaches_the_caller_as_the_service_encoded_it(hop):
    client, _ = hop
    response = await client.get("/v1/calls/gzipped")
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert response.json()["raw_path"] == "/v1/calls/gzipped"  # httpx decoded what the gateway passed on


async def test_a_path_no_service_owns_is_the_gateways_404(hop):
    client, upstream = hop
    response = await client.get("/v1/nothing-here")
    assert response.status_code == 404 and response.headers["content-type"] == "application/problem+json"
    assert upstream.seen == []


async def test_credentials_are_checked_before_anything_reaches_a_service(hop):
    client, upstream = hop
    for headers in ({"Authorization": ""}, {"Authorization": "Bearer cvk_unknown"}):
        response = await client.get("/v1/calls/x", headers=headers)
        assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert upstream.seen == []

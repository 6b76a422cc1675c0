"""A tenant's slow webhook receiver (its headers at once, then a byte every 5 s) never delays another
tenant's deliveries, and its own attempt ends at the attempt's deadline with what it answered."""

import asyncio
import contextlib
from uuid import uuid4

import httpx

from services.gateway.service import ensure_tenant_with_key
from services.stack.processes import free_port
from tests.helpers.support import call_body, eventually
from tests.helpers.webhook_receiver import receiving
from tests.reliability.conftest import Installation, Tenant

DRIP_SECONDS = 5


class SlowReceiver:
    """Answers 200 with a 1 KB body it sends a byte at a time, every DRIP_SECONDS."""

    def __init__(self) -> None:
        self.port, self.requests = free_port(), 0
        self.url = f"http://127.0.0.1:{self.port}/hook"

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(ConnectionError, asyncio.IncompleteReadError):
            head = await reader.readuntil(b"\r\n\r\n")
            length = next((int(line.split(b":")[1]) for line in head.split(b"\r\n")
                           if line.lower().startswith(b"content-length:")), 0)
            await reader.readexactly(length)
            self.requests += 1
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: 1024\r\n\r\n")
            for _ in range(1024):
                writer.write(b"x")
                await writer.drain()
                await asyncio.sleep(DRIP_SECONDS)  # the receiver's own pace, not a wait for a condition
        writer.close()


async def _subscribe(admin: httpx.AsyncClient, url: str) -> dict:
    response = await admin.post("/v1/webhook-endpoints", json={"url": url, "event_types": ["*"]})
    assert response.status_code == 201, response.text
    return response.json()


async def test_a_slow_receiver_never_delays_another_tenants_deliveries(installation: Installation, tenant: Tenant,
                                                                        gateway_owner):
    slow = SlowReceiver()
    server = await asyncio.start_server(slow.handle, "127.0.0.1", slow.port)
    _, other_key = await ensure_tenant_with_key(gateway_owner, "Other", f"r-{uuid4().hex[:12]}", ["tenant_admin"],
                                                "test")
    try:
        async with receiving() as fast, httpx.AsyncClient(base_url=installation.url(), timeout=10, headers={
                "Authorization": f"Bearer {other_key}"}) as other:
            endpoint = await _subscribe(tenant.admin, slow.url)
            await _subscribe(other, fast.url)
            assert (await tenant.admin.post("/v1/calls", json=call_body())).status_code == 201
            await eventually(lambda: slow.requests >= 1, 30, what="the slow receiver reached")
            # While it drips its answer, the other tenant's events arrive as ever.
            assert (await other.post("/v1/calls", json=call_body())).status_code == 201
            await eventually(lambda: len(fast.received) >= 1, 10, what="the other tenant's delivery")

            async def attempt_ended() -> bool:
                deliveries = (await tenant.admin.get(f"/v1/webhook-endpoints/{endpoint['id']}/deliveries")).json()
                return any(d["status"] == "delivered" for d in deliveries)

            limit = installation.settings.webhook_attempt_seconds
            await eventually(attempt_ended, limit + 15, 0.2, "the slow attempt ended at its deadline")
    finally:
        server.close()

"""/readyz names the dependency that is down, and recovers by itself."""

import asyncio

import httpx
import pytest

from services.common.app import create_service_app
from services.gateway.app import create_app as gateway_app
from services.recording_consent.app import create_app
from services.stack.processes import free_port
from tests.helpers.support import eventually, running


async def test_readyz_reports_nats_down_and_recovers(private_nats):
    app = create_app(private_nats.settings)
    async for client in running(app):
        async def status(client=client) -> int:
            return (await client.get("/readyz")).status_code

        await eventually(lambda: _is(status, 200), timeout=10, what="ready with NATS up")
        private_nats.stop()
        await eventually(lambda: _is(status, 503), timeout=10, what="not ready with NATS down")
        down = await client.get("/readyz")
        assert down.json()["failing"] == ["nats"]
        assert down.headers["retry-after"].isdigit()
        assert down.headers["content-type"] == "application/problem+json"
        private_nats.start()
        await eventually(lambda: _is(status, 200), timeout=20, what="ready again after NATS returned")


async def _is(status, expected: int) -> bool:
    return await status() == expected


async def test_the_gateway_serves_readyz_and_metrics_on_its_ops_port_only(settings):
    """/readyz and /metrics are for the platform: on the gateway's public port they are not found, on its
    ops port (`CALLVAULT_GATEWAY_OPS_PORT`) they answer; /healthz answers on both."""
    ops_port = free_port()
    app = gateway_app(settings.model_copy(update={"gateway_ops_port": ops_port, "run_outbox_relay": False}))
    async for public in running(app):
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{ops_port}", timeout=10) as ops:
            async def ready() -> bool:
                return (await ops.get("/readyz")).status_code == 200

            await eventually(ready, timeout=10, what="the ops port ready")
            assert "callvault_http_requests_total" in (await ops.get("/metrics")).text
            assert (await ops.get("/healthz")).status_code == 200
            for path in ("/readyz", "/metrics"):
                refused = await public.get(path)
                assert refused.status_code == 404, (path, refused.text)
                assert refused.headers["content-type"] == "application/problem+json"
            assert (await public.get("/healthz")).status_code == 200
    with pytest.raises(httpx.ConnectError):  # closed with the app
        async with httpx.AsyncClient(timeout=2) as client:
            await client.get(f"http://127.0.0.1:{ops_port}/healthz")


async def test_a_background_task_that_dies_makes_the_service_not_ready(settings):
    """A consumer or worker that dies of an error leaves a process that answers but no longer works:
    /readyz says so (and the orchestrator restarts it); one that is still running does not count."""
    async def works() -> None:
        await asyncio.Event().wait()

    async def dies() -> None:
        raise RuntimeError("a consumer's bug")

    app = create_service_app("recording_consent", settings.model_copy(update={"run_outbox_relay": False}), [],
                             title="test", description="test", background=lambda app: [works(), dies()])
    async for client in running(app):
        async def not_ready(client=client) -> bool:
            return (await client.get("/readyz")).status_code == 503

        await eventually(not_ready, timeout=10, what="not ready once the task died")
        assert (await client.get("/readyz")).json()["failing"] == ["background work"]

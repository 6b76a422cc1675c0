"""/readyz names the dependency that is down, and recovers by itself."""

from services.recording_consent.app import create_app
from tests.support import eventually, running


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

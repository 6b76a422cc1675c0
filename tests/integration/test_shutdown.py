"""A service stops even when a step of its shutdown hangs: the step is abandoned after a bound."""

import asyncio

import pytest

from services.common import app as service_app


async def test_a_task_that_will_not_end_does_not_keep_the_service_from_stopping(settings, monkeypatch):
    monkeypatch.setattr(service_app, "SHUTDOWN_STEP_SECONDS", 0.5)
    release = asyncio.Event()
    state = {"running": False}

    async def stubborn() -> None:  # ignores cancellation until released
        state["running"] = True
        while not release.is_set():
            try:
                await release.wait()
            except asyncio.CancelledError:
                continue
        state["running"] = False

    app = service_app.create_service_app(
        "recording_consent", settings.model_copy(update={"run_outbox_relay": False}), [], title="t",
        description="d", background=lambda app: [stubborn()])
    async with app.router.lifespan_context(app):
        await asyncio.sleep(0)  # one turn of the loop: the background task starts
        assert state["running"]
    assert state["running"]  # the lifespan ended without it: the shutdown did not wait for ever
    release.set()
    for _ in range(100):
        if not state["running"]:
            break
        await asyncio.sleep(0)  # loop turns, not time: the released task finishing
    assert not state["running"]


@pytest.mark.parametrize("outcome", ["finishes", "fails"])
async def test_a_step_that_ends_or_fails_is_not_abandoned(outcome, monkeypatch):
    monkeypatch.setattr(service_app, "SHUTDOWN_STEP_SECONDS", 5)

    async def step() -> None:
        if outcome == "fails":
            raise RuntimeError("closing failed")

    assert await service_app._bounded("a step", step()) is True

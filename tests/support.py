"""Helpers the tests share (fixtures live in conftest.py)."""

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from uuid import UUID, uuid4

import httpx
from fastapi import FastAPI

from services.common.auth import Principal, Role, sign_internal_token
from services.common.settings import Settings


def internal_token(settings: Settings, tenant_id: UUID, roles: tuple[str, ...] = (Role.tenant_admin,),
                   audience: str = "recording_consent", ttl: int = 60) -> str:
    principal = Principal(tenant_id=tenant_id, subject="test", roles=frozenset(roles), request_id="test")
    return sign_internal_token(settings.secret("internal_signing_key"), principal, audience, ttl)


def internal_headers(settings: Settings, tenant_id: UUID, roles: tuple[str, ...] = (Role.tenant_admin,),
                     audience: str = "recording_consent") -> dict[str, str]:
    return {"Authorization": f"Bearer {internal_token(settings, tenant_id, roles, audience)}"}


async def running(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://service") as client:
            yield client


def call_body(external_id: str | None = None, **overrides) -> dict:
    body = {
        "external_id": external_id or f"CA{uuid4().hex}",
        "provider": "twilio",
        "direction": "inbound",
        "participants": [
            {"external_id": "agent-1", "role": "agent", "phone_number": "+14155550100"},
            {"external_id": "customer-1", "role": "customer", "phone_number": "+4915112345678"},
        ],
    }
    return {**body, **overrides}


async def eventually(check: Callable[[], Awaitable[bool]], timeout: float = 10.0,
                     interval: float = 0.05, what: str = "condition") -> None:
    """Poll `check` until it holds, failing after `timeout` seconds: never a bare sleep."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        if await check():
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{what} did not hold within {timeout}s")
        await asyncio.sleep(interval)


async def stream_events(js, stream: str, subject: str) -> dict[str, dict]:
    """Every CloudEvent on `subject` in the stream, by id (read through an ephemeral consumer)."""
    import json

    from nats.errors import TimeoutError as NatsTimeout
    from nats.js.api import ConsumerConfig, DeliverPolicy

    sub = await js.pull_subscribe(subject, stream=stream,
                                  config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, inactive_threshold=10))
    events: dict[str, dict] = {}
    try:
        while True:
            try:
                msgs = await sub.fetch(100, timeout=0.3)
            except NatsTimeout:
                return events
            for msg in msgs:
                event = json.loads(msg.data)
                events[event["id"]] = event
                await msg.ack()
    finally:
        await sub.unsubscribe()

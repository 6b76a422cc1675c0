"""Helpers the tests share (fixtures live in conftest.py)."""

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from uuid import UUID, uuid4

import httpx
from fastapi import FastAPI

from services.common.auth import Principal, Role, sign_internal_token
from services.common.settings import Settings


def internal_token(settings: Settings, tenant_id: UUID, roles: tuple[str, ...] = (Role.tenant_admin,),
                   audience: str = "recording_consent", ttl: int = 60) -> str:
    principal = Principal(tenant_id=tenant_id, subject="test", roles=frozenset(roles))
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


async def eventually(check: Callable[[], Awaitable[bool] | bool], timeout: float = 10.0,
                     interval: float = 0.05, what: str = "condition") -> None:
    """Poll `check` (a coroutine function, or a plain one for state this process holds) until it holds,
    failing after `timeout` seconds: never a bare sleep."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        result = check()
        if await result if inspect.isawaitable(result) else result:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{what} did not hold within {timeout}s")
        await asyncio.sleep(interval)


async def stream_events(js, stream: str, subject: str) -> dict[str, dict]:
    """Every CloudEvent on `subject` in the stream, by id (read through an ephemeral consumer)."""
    import json

    from nats.js.api import ConsumerConfig, DeliverPolicy

    sub = await js.pull_subscribe(subject, stream=stream,
                                  config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL, inactive_threshold=10))
    events: dict[str, dict] = {}
    try:
        while True:
            try:
                msgs = await sub.fetch(100, timeout=0.3)
            except TimeoutError:  # nats' own, or asyncio's when fetch's deadline ran out between its two requests
                return events
            for msg in msgs:
                event = json.loads(msg.data)
                events[event["id"]] = event
                await msg.ack()
    finally:
        await sub.unsubscribe()


def event_headers(settings: Settings, subject: str, body: bytes, msg_id: str | None = None) -> dict[str, str]:
    """The headers a service's outbox relay publishes an event with: its signature (and its id)."""
    from services.common.events.signing import HEADER, event_key, sign

    return {HEADER: sign(event_key(settings), subject, body), **({"Nats-Msg-Id": msg_id} if msg_id else {})}


def at(seconds: float = 0.0) -> str:
    """An ISO 8601 time `seconds` from now (negative: in the past)."""
    from datetime import UTC, datetime, timedelta

    return (datetime.now(UTC) + timedelta(seconds=seconds)).isoformat()


class ConsentApi:
    """The recording-consent API as one tenant sees it, through whichever client is given (the
    service in-process with an internal token, or the gateway over HTTP with an API key)."""

    def __init__(self, client: httpx.AsyncClient, headers: dict[str, str]) -> None:
        self.client, self.headers = client, headers

    async def request(self, method: str, path: str, **kwargs) -> httpx.Response:
        return await self.client.request(method, path, headers=self.headers, **kwargs)

    async def ok(self, method: str, path: str, status: int = 200, **kwargs) -> dict | list:
        response = await self.request(method, path, **kwargs)
        assert response.status_code == status, response.text
        return response.json() if response.content else {}

    async def call(self, *participants: dict, started: float = -60) -> dict:
        overrides: dict = {"started_at": at(started)}
        if participants:
            overrides["participants"] = list(participants)
        return await self.ok("POST", "/v1/calls", 201, json=call_body(**overrides))

    async def announcement(self, version: str = "v1", language: str = "en", **extra) -> dict:
        return await self.ok("POST", "/v1/announcements", 201,
                             json={"version": version, "language": language, "text": "This call may be recorded.",
                                   **extra})

    async def events(self, call_id: str, *events: dict, status: int = 200) -> dict:
        body = events[0] if len(events) == 1 else {"events": list(events)}
        return await self.ok("POST", f"/v1/calls/{call_id}/events", status, json=body)

    async def decision(self, call_id: str, **params) -> dict:
        return await self.ok("GET", f"/v1/calls/{call_id}/decision", params=params)


def participant(external_id: str, role: str = "customer", **fields) -> dict:
    return {"external_id": external_id, "role": role, **fields}


def by_external_id(call_or_decision: dict) -> dict[str, dict]:
    return {p["external_id"]: p for p in call_or_decision["participants"]}


@asynccontextmanager
async def serving(app: FastAPI) -> AsyncIterator[str]:
    """The app behind a real uvicorn server on a free port, in this event loop: its base URL."""
    import uvicorn

    from services.stack.processes import free_port

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    task = asyncio.create_task(server.serve())
    try:
        await eventually(lambda: server.started or task.done(), timeout=15, what="the server started")
        if task.done():
            task.result()  # raises why it did not start
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await asyncio.wait_for(task, timeout=15)


async def sse_events(response: httpx.Response) -> AsyncIterator[dict]:
    """Server-sent events as dicts (id, event, data); comments (keep-alives) skipped."""
    event: dict = {}
    async for line in response.aiter_lines():
        if not line:
            if "data" in event:
                yield event
            event = {}
        elif not line.startswith(":"):
            field, _, value = line.partition(":")
            event[field] = value.removeprefix(" ")


def metric_value(exposition: str, name: str, **labels: str) -> float:
    """The sum of a metric's samples with these labels in a Prometheus text exposition (0 when there is
    no such series yet)."""
    from prometheus_client.parser import text_string_to_metric_families

    return sum(sample.value for family in text_string_to_metric_families(exposition) for sample in family.samples
               if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()))

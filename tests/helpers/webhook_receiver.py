"""A tenant's webhook receiver, on a free port: answers as told and keeps what it was sent; verifies
signatures with the `standardwebhooks` package, the Standard Webhooks reference implementation."""

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web
from standardwebhooks import Webhook

from services.stack.processes import free_port


class Receiver:
    """Answers with the next status of `statuses` (then 200), and keeps what it was sent."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/hook"
        self.statuses: list[int] = []
        self.fail_query: str | None = None  # requests with this query string always get a 500
        self.received: list[tuple[dict, dict]] = []  # (headers, body)
        self.queries: list[str] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.received.append((dict(request.headers), json.loads(await request.read())))
        self.queries.append(request.query_string)
        if self.fail_query is not None and request.query_string == self.fail_query:
            return web.Response(status=500)
        return web.Response(status=self.statuses.pop(0) if self.statuses else 200, text="ok")

    def received_at(self, query: str) -> list[tuple[dict, dict]]:
        return [r for r, q in zip(self.received, self.queries, strict=True) if q == query]

    def ids(self) -> list[str]:
        """The `webhook-id` of everything received, in order (a retried delivery's more than once)."""
        return [{k.lower(): v for k, v in headers.items()}["webhook-id"] for headers, _ in self.received]

    def verified(self, secret: str) -> list[dict]:
        """The bodies whose signature holds (`verify` raises on a bad or stale one)."""
        return [Webhook(secret).verify(json.dumps(body), {k.lower(): v for k, v in headers.items()})
                for headers, body in self.received]


@asynccontextmanager
async def receiving(host: str = "127.0.0.1") -> AsyncIterator[Receiver]:
    receiver = Receiver()
    app = web.Application()
    app.router.add_post("/hook", receiver.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, host, receiver.port).start()
    try:
        yield receiver
    finally:
        await runner.cleanup()

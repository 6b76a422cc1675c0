"""All the request bodies a process is receiving together are bounded (services.common.body_limit): a
chunk that would take the bytes held past the budget is a 503 with Retry-After, and a finished request
gives its bytes back. Driven through the middleware with ASGI messages whose arrival the test controls."""

import asyncio
import json

from fastapi import FastAPI, Request

from services.common.body_limit import BodyLimit
from services.common.errors import install_error_handlers

MIB = 1024 * 1024


def _app() -> BodyLimit:
    app = FastAPI()
    install_error_handlers(app)

    @app.post("/echo")
    async def echo(request: Request) -> dict:
        return {"size": len(await request.body())}

    return BodyLimit(app, limit=2 * MIB, in_flight=3 * MIB)


async def _post(app: BodyLimit, chunks: list[bytes], hold: asyncio.Event | None = None,
                held: asyncio.Event | None = None) -> tuple[int, dict, bytes]:
    """Sends the chunks; with `hold`, waits for it before the last (the body is then still arriving),
    setting `held` once every chunk before the last was read."""
    scope = {"type": "http", "method": "POST", "path": "/echo", "raw_path": b"/echo", "query_string": b"",
             "headers": [(b"content-type", b"application/octet-stream")], "http_version": "1.1",
             "scheme": "http", "server": ("test", 80), "client": ("test", 1), "root_path": "", "app": app}
    queue = [*chunks]
    answer: dict = {"body": b""}

    async def receive() -> dict:
        if not queue:
            await asyncio.Event().wait()  # the client is done; a disconnect never comes
        if hold is not None and len(queue) == 1:
            held.set()
            await hold.wait()
        chunk = queue.pop(0)
        return {"type": "http.request", "body": chunk, "more_body": bool(queue)}

    async def send(message: dict) -> None:
        if message["type"] == "http.response.start":
            answer["status"], answer["headers"] = message["status"], dict(message["headers"])
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    scope["app"] = app.app
    await app(scope, receive, send)
    return answer["status"], answer["headers"], answer["body"]


async def test_bodies_past_the_budget_together_are_a_503_and_a_finished_one_gives_its_bytes_back():
    app = _app()
    release, held = asyncio.Event(), asyncio.Event()
    # 2 MiB held by a body that has not finished arriving.
    first = asyncio.create_task(_post(app, [b"a" * MIB, b"a" * MIB, b""], hold=release, held=held))
    await asyncio.wait_for(held.wait(), 5)
    assert app.held == 2 * MIB
    status, headers, body = await _post(app, [b"b" * MIB, b"b" * (MIB // 2)])
    assert status == 503 and headers[b"retry-after"] == b"5"
    assert json.loads(body)["type"].endswith("request-bodies-in-flight")
    assert app.held == 2 * MIB  # the refused body's bytes are given back
    release.set()
    assert (await asyncio.wait_for(first, 5))[0] == 200
    assert app.held == 0
    status, _, body = await _post(app, [b"c" * MIB, b"c" * (MIB // 2)])
    assert status == 200 and json.loads(body) == {"size": MIB + MIB // 2}
    assert app.held == 0


async def test_one_body_over_its_own_limit_is_still_a_413():
    app = _app()
    status, _, body = await _post(app, [b"x" * MIB, b"x" * MIB, b"x"])
    assert status == 413 and json.loads(body)["type"].endswith("body-too-large")
    assert app.held == 0


"""The typed SDK in clients/python: generated from the current OpenAPI, and its hand-written helpers
(webhook signatures checked against the Standard Webhooks scheme written from its specification, and
the decision follower's reconnection with `Last-Event-ID`, against a local server that drops it)."""

import asyncio
import base64
import hashlib
import hmac
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from uuid import uuid4

import pytest
from aiohttp import web
from callvault_client import AuthenticatedClient
from callvault_client.decisions import follow_decision
from callvault_client.errors import UnexpectedStatus
from callvault_client.webhooks import WebhookVerificationError, verify_webhook

from services.stack.processes import free_port

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "clients" / "python"))
import generate  # noqa: E402  (clients/python/generate.py)


def _formatted_copy(source: Path, into: Path) -> dict[str, str]:
    """The generated files of a package, formatted by the installed ruff with its defaults: the
    committed client was formatted by the ruff of whoever generated it."""
    shutil.copytree(source, into, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache", *generate.HAND_WRITTEN))
    subprocess.run([str(Path(sys.executable).parent / "ruff"), "format", "--isolated", "--quiet", str(into)],
                   check=True)
    return {str(p.relative_to(into)): p.read_text() for p in sorted(into.rglob("*")) if p.is_file()}


def test_the_committed_client_is_generated_from_the_current_openapi(tmp_path):
    generate.generate(tmp_path / "fresh")
    fresh = _formatted_copy(tmp_path / "fresh", tmp_path / "fresh-formatted")
    committed = _formatted_copy(generate.PACKAGE, tmp_path / "committed")
    assert sorted(fresh) == sorted(committed), "clients/python is stale: run `make client`"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert stale == [], f"clients/python is stale ({stale[:5]}...): run `make client`"


def test_operations_are_named_by_their_operation_ids():
    calls = generate.PACKAGE / "api" / "calls"
    assert {"create_call.py", "get_decision.py", "record_consent_events.py"} <= {p.name for p in calls.iterdir()}


# Standard Webhooks, section "Signature scheme": HMAC-SHA256 over "{id}.{timestamp}.{body}" with the
# base64 secret after "whsec_"; the header is "v1,{base64 signature}", several separated by spaces.
def _sign(secret: str, msg_id: str, timestamp: int, body: str) -> str:
    key = base64.b64decode(secret.removeprefix("whsec_"))
    mac = hmac.new(key, f"{msg_id}.{timestamp}.{body}".encode(), hashlib.sha256).digest()
    return "v1," + base64.b64encode(mac).decode()


SECRET = "whsec_" + base64.b64encode(b"k" * 32).decode()


def _delivery(body: str, timestamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    timestamp = int(time.time()) if timestamp is None else timestamp
    msg_id = str(uuid4())
    return {"Webhook-Id": msg_id, "Webhook-Timestamp": str(timestamp),
            "Webhook-Signature": _sign(secret, msg_id, timestamp, body)}


def test_a_signed_webhook_is_verified_and_its_event_returned():
    body = json.dumps({"type": "callvault.recording.must_stop", "data": {"call_id": str(uuid4())}})
    assert verify_webhook(SECRET, body.encode(), _delivery(body))["type"] == "callvault.recording.must_stop"


@pytest.mark.parametrize("forgery", ["tampered", "other_secret", "stale"])
def test_a_forged_or_stale_webhook_is_refused(forgery):
    body = json.dumps({"type": "callvault.consent.withdrawn"})
    other = "whsec_" + base64.b64encode(b"o" * 32).decode()
    headers = {"tampered": lambda: _delivery(body.replace("withdrawn", "granted")),
               "other_secret": lambda: _delivery(body, secret=other),
               "stale": lambda: _delivery(body, timestamp=int(time.time()) - 3600)}[forgery]()
    with pytest.raises(WebhookVerificationError):
        verify_webhook(SECRET, body, headers)


def _decision(version: int, may_record: bool) -> dict:
    now = "2026-01-01T00:00:00+00:00"
    return {"call_id": str(uuid4()), "computed_at": now, "evaluated_at": now, "jurisdiction_mode": "by_jurisdiction",
            "may_analyze": False, "may_record": may_record, "may_train": False, "may_transcribe": may_record,
            "participants": [], "reasons": [], "requirement": None, "rule": None, "rules_version": "test",
            "version": version}


class DroppingStream:
    """Sends one decision per connection, then drops it; answers 503 once in between."""

    def __init__(self) -> None:
        self.last_event_ids: list[str | None] = []

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.last_event_ids.append(request.headers.get("Last-Event-ID"))
        if len(self.last_event_ids) == 2:
            return web.json_response({"status": 503}, status=503)
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        version = len(self.last_event_ids)
        await response.write(f"event: decision\nid: {version}\ndata: {json.dumps(_decision(version, True))}\n\n"
                             .encode())
        return response  # the connection ends: the follower must reconnect


async def _not_found(_: web.Request) -> web.Response:
    return web.json_response({"status": 404}, status=404)


@pytest.fixture
async def server():
    stream = DroppingStream()
    app = web.Application()
    app.router.add_get("/v1/calls/missing/decision/stream", _not_found)
    app.router.add_get("/v1/calls/{call_id}/decision/stream", stream.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    yield stream, f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_the_follower_reconnects_with_the_last_event_id(server):
    stream, url = server
    seen = []
    async with AuthenticatedClient(base_url=url, token="t") as client:
        async for decision in follow_decision(client, uuid4(), retry_seconds=0.01):
            seen.append(decision.version)
            if len(seen) == 3:
                break
    assert seen == [1, 3, 4]
    assert stream.last_event_ids == [None, "1", "1", "3"]  # after the 503 it resumes from the same place


async def test_the_follower_raises_on_a_permanent_refusal(server):
    _, url = server
    async with AuthenticatedClient(base_url=url, token="t") as client:
        with pytest.raises(UnexpectedStatus):
            await asyncio.wait_for(anext(aiter(follow_decision(client, "missing"))), 5)

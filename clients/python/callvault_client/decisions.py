"""Follows a call's live decision for a softphone: `GET /v1/calls/{call_id}/decision/stream`, reconnecting
after a drop with `Last-Event-ID`, so that no change is missed and none is delivered twice."""

import asyncio
from collections.abc import AsyncIterator
from uuid import UUID

import httpx
from httpx_sse import SSEError, aconnect_sse

from .client import AuthenticatedClient
from .errors import UnexpectedStatus
from .models.decision_read import DecisionRead
from .models.recording_stop_read import RecordingStopRead

__all__ = ["follow_decision"]

# A refusal that reconnecting cannot change (bad credentials, no such call): raised, not retried.
PERMANENT = frozenset({400, 401, 403, 404, 422})


async def follow_decision(client: AuthenticatedClient, call_id: UUID | str, *, retry_seconds: float = 0.5,
                          max_retry_seconds: float = 30.0,
                          read_timeout_seconds: float = 60.0) -> AsyncIterator[DecisionRead | RecordingStopRead]:
    """The current decision, then each change, and each recording stop's outcome, as they happen.
    A dropped connection, an outage (503) or a rate limit (429) is retried with a growing delay;
    a permanent refusal raises UnexpectedStatus. Stop following by leaving the `async for`."""
    last_event_id: str | None = None
    delay = retry_seconds
    http = client.get_async_httpx_client()
    timeout = httpx.Timeout(10.0, read=read_timeout_seconds)  # beyond the server's keep-alive interval
    while True:
        headers = {"Last-Event-ID": last_event_id} if last_event_id else {}
        try:
            async with aconnect_sse(http, "GET", f"/v1/calls/{call_id}/decision/stream", headers=headers,
                                    timeout=timeout) as source:
                status = source.response.status_code
                if status in PERMANENT:
                    raise UnexpectedStatus(status, await source.response.aread())
                if status == 200:
                    delay = retry_seconds
                    async for event in source.aiter_sse():
                        if event.event == "decision":
                            last_event_id = event.id
                            yield DecisionRead.from_dict(event.json())
                        elif event.event.startswith("recording.stop_"):
                            yield RecordingStopRead.from_dict(event.json())
        except (httpx.TransportError, SSEError):
            pass
        await asyncio.sleep(delay)
        delay = min(delay * 2, max_retry_seconds)

"""The live decision stream. A trigger on the decision table sends a PostgreSQL NOTIFY when a call's
decision is stored, at commit and only if it commits; one listening connection per process fans it
out to that call's subscribers, who read the new row and pass it on. Any service instance that
stores a decision therefore reaches subscribers connected to every other instance, within the
NOTIFY's latency (milliseconds), with nothing else to run."""

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from uuid import UUID

import asyncpg
import structlog
from sqlalchemy.ext.asyncio import AsyncEngine
from sse_starlette import ServerSentEvent

from services.common.db import tenant_session
from services.recording_consent import recording_stops, service
from services.recording_consent.schemas import RecordingStopRead

log = structlog.get_logger()
CHANNEL = "callvault_decision"
RECONNECT_SECONDS = 1.0


class DecisionListener:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self._subscribers: dict[UUID, set[asyncio.Queue[int | UUID]]] = {}

    async def run(self) -> None:
        """Listen for as long as the service runs, reconnecting after an outage; on reconnect every
        subscriber re-reads, since a notification may have been missed meanwhile."""
        while True:
            try:
                conn = await asyncpg.connect(self.dsn, timeout=5)
            except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                log.warning("decision listener cannot connect", error=str(exc) or type(exc).__name__)
                await asyncio.sleep(RECONNECT_SECONDS)
                continue
            closed = asyncio.Event()
            conn.add_termination_listener(lambda _conn, closed=closed: closed.set())
            try:
                await conn.add_listener(CHANNEL, self._notified)
                self._wake_all()
                await closed.wait()
            finally:
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    def _notified(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        """`call:version` for a new decision, `call:stop:id` for a recording stop's outcome."""
        call_id, _, rest = payload.partition(":")
        item = UUID(rest.removeprefix("stop:")) if rest.startswith("stop:") else int(rest)
        for queue in self._subscribers.get(UUID(call_id), ()):
            queue.put_nowait(item)

    def _wake_all(self) -> None:
        for queues in self._subscribers.values():
            for queue in queues:
                queue.put_nowait(0)

    @contextlib.contextmanager
    def subscribe(self, call_id: UUID) -> Iterator[asyncio.Queue[int | UUID]]:
        queue: asyncio.Queue[int | UUID] = asyncio.Queue()
        self._subscribers.setdefault(call_id, set()).add(queue)
        try:
            yield queue
        finally:
            queues = self._subscribers.get(call_id, set())
            queues.discard(queue)
            if not queues:
                self._subscribers.pop(call_id, None)


async def current(engine: AsyncEngine, ctx: service.Context, call_id: UUID) -> dict:
    async with tenant_session(engine, ctx.tenant_id) as session:
        return await service.get_decision_document(session, ctx, call_id)


async def decision_events(engine: AsyncEngine, listener: DecisionListener, ctx: service.Context, call_id: UUID,
                          first: dict, last_event_id: int | None) -> AsyncIterator[ServerSentEvent]:
    """The current decision (unless the client already has it: `Last-Event-ID`), then each change, and
    the outcome of each recording stop as it is reported."""
    with listener.subscribe(call_id) as queue:
        sent = last_event_id or 0
        document = first
        while True:
            if document["version"] > sent:
                sent = document["version"]
                yield ServerSentEvent(json.dumps(document), event="decision", id=str(sent))
            item = None
            with contextlib.suppress(TimeoutError):
                item = await asyncio.wait_for(queue.get(), _until_stale(document))
            if isinstance(item, UUID):
                if stop := await _recording_stop(engine, ctx, item):
                    yield ServerSentEvent(stop.model_dump_json(), event=f"recording.stop_{stop.outcome}",
                                          id=f"{sent}:stop:{stop.id}")
                continue
            document = await current(engine, ctx, call_id)


def resumed_version(last_event_id: str | None) -> int | None:
    """The decision version a reconnecting client has: every event's id starts with it (a decision's id
    is its version; a recording stop's is `{version}:stop:{stop id}`)."""
    return int(last_event_id.partition(":")[0]) if last_event_id else None


async def _recording_stop(engine: AsyncEngine, ctx: service.Context, stop_id: UUID) -> RecordingStopRead | None:
    async with tenant_session(engine, ctx.tenant_id) as session:
        return await recording_stops.read(session, stop_id)


def _until_stale(document: dict) -> float | None:
    """How long the decision holds with no event; reading it after that recomputes it."""
    valid_until = document.get("valid_until")
    if valid_until is None:
        return None
    return max(0.0, (datetime.fromisoformat(valid_until) - datetime.now(UTC)).total_seconds()) + 0.05

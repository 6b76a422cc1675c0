"""Durable JetStream pull consumers with an exactly-once effect on at-least-once delivery.

Each event's id is recorded in `processed_event` in the same transaction as the handler's changes:
a redelivered (or republished) event finds its id there and is acknowledged without a second effect.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import timedelta

import structlog
from nats.aio.msg import Msg
from nats.errors import TimeoutError as NatsTimeout
from nats.js import JetStreamContext
from nats.js.api import AckPolicy, ConsumerConfig
from prometheus_client import Counter, Gauge
from pydantic import ValidationError
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.common.events.envelope import CloudEvent
from services.common.events.models import ProcessedEvent
from services.common.events.signing import HEADER, verify

log = structlog.get_logger()
Handler = Callable[[AsyncSession, CloudEvent], Awaitable[None]]
Wanted = Callable[[CloudEvent], bool]
Committed = Callable[[CloudEvent], None]
RETRY_DELAY = timedelta(seconds=2)
LAG = Gauge("callvault_event_consumer_lag", "Events in the stream this consumer has not acknowledged yet "
            "(pending and in flight), read from JetStream", ["consumer"])
LAG_EVERY_SECONDS = 5.0
REFUSED = Counter("callvault_events_refused_total", "Events dropped because they do not carry a valid signature "
                  "(forged, or published by something that does not hold CALLVAULT_EVENT_KEY)", ["consumer"])


STARTED = time.monotonic()
STARTUP_GRACE_SECONDS = 30.0  # NATS connects in the background: rounds before it does are expected to fail


def round_failure_level(exc: BaseException, now: float | None = None) -> str:
    """How loud a failed consumer round is: a fetch that timed out on an idle subject, or NATS not yet
    connected just after the start, is routine (debug); anything else, or NATS away later, is a warning."""
    if isinstance(exc, NatsTimeout | TimeoutError):
        return "debug"
    starting = (time.monotonic() if now is None else now) - STARTED < STARTUP_GRACE_SECONDS
    return "debug" if starting and isinstance(exc, ConnectionError) else "warning"


class EventConsumer:
    def __init__(self, engine: AsyncEngine, stream: str, durable: str, filter_subject: str,
                 handler: Handler, wanted: Wanted | None = None, committed: Committed | None = None, *,
                 key: bytes) -> None:
        """`wanted` passes over events the handler would do nothing with, with no database work;
        `committed` hears of each event once the handler's changes are committed (to start work on them);
        `key` checks each event's signature (`signing`) before anything else is read."""
        self.engine = engine
        self.key = key
        self.wanted = wanted
        self.committed = committed
        self.stream = stream
        self.durable = durable
        self.filter_subject = filter_subject
        self.handler = handler

    async def subscribe(self, js: JetStreamContext) -> JetStreamContext.PullSubscription:
        config = ConsumerConfig(durable_name=self.durable, ack_policy=AckPolicy.EXPLICIT,
                                filter_subject=self.filter_subject, max_deliver=-1, ack_wait=30)
        return await js.pull_subscribe(self.filter_subject, durable=self.durable, stream=self.stream,
                                       config=config)

    async def run(self, js_of: Callable[[], JetStreamContext], batch: int = 20, timeout: float = 1.0) -> None:
        """Consume for as long as the task lives; NATS or the database away: try again shortly."""
        subscription = None
        lag_read_at = 0.0
        while True:
            try:
                subscription = subscription or await self.subscribe(js_of())
                await self.consume_batch(subscription, batch=batch, timeout=timeout)
                if time.monotonic() - lag_read_at >= LAG_EVERY_SECONDS:
                    info = await subscription.consumer_info()
                    LAG.labels(self.durable).set(info.num_pending + info.num_ack_pending)
                    lag_read_at = time.monotonic()
            except Exception as exc:
                getattr(log, round_failure_level(exc))("event consumer round failed", consumer=self.durable,
                                                       error=str(exc) or type(exc).__name__)
                subscription = None
                await asyncio.sleep(1)

    async def consume_batch(self, sub: JetStreamContext.PullSubscription, batch: int = 20,
                            timeout: float = 1.0) -> int:
        """Fetch and handle up to `batch` messages; returns how many were handled (acked)."""
        try:
            msgs = await sub.fetch(batch, timeout=timeout)
        except NatsTimeout:
            return 0
        handled = 0
        for msg in msgs:
            handled += await self._handle(msg)
        return handled

    async def _handle(self, msg: Msg) -> int:
        if not verify(self.key, msg.subject, msg.data, (msg.headers or {}).get(HEADER)):
            REFUSED.labels(self.durable).inc()  # not redelivered: the same bytes never verify
            log.warning("event without a valid signature dropped", consumer=self.durable, subject=msg.subject)
            await msg.term()
            return 0
        try:
            event = CloudEvent.model_validate_json(msg.data)
        except ValidationError:
            log.error("unreadable event dropped", consumer=self.durable, subject=msg.subject)
            await msg.term()
            return 0
        if self.wanted is not None and not self.wanted(event):
            await msg.ack()
            return 1
        try:
            async with tenant_session(self.engine, event.tenantid) as session:
                first = await self._first_time(session, event)
                if first:
                    await self.handler(session, event)
                await session.commit()
            if first and self.committed is not None:
                self.committed(event)
        except ValidationError:  # a payload its catalogued model refuses: the same on every delivery
            log.error("event payload does not match the catalogue; dropped", consumer=self.durable,
                      event_id=str(event.id), type=event.type)
            await msg.term()
            return 0
        except Exception:
            log.exception("event handler failed; redelivering", consumer=self.durable, event_id=str(event.id))
            await msg.nak(delay=RETRY_DELAY.total_seconds())
            return 0
        await msg.ack_sync()  # confirmed, so a handled event is not redelivered after a restart
        return 1

    async def _first_time(self, session: AsyncSession, event: CloudEvent) -> bool:
        inserted = await session.execute(
            insert(ProcessedEvent).values(consumer=self.durable, event_id=event.id, tenant_id=event.tenantid)
            .on_conflict_do_nothing().returning(ProcessedEvent.event_id)
        )
        return inserted.first() is not None

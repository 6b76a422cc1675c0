"""The outbox relay: publishes committed outbox rows to JetStream and marks them published.

Crash-safe by ordering: a row is marked only after JetStream acknowledged it, and it is published
with its event id as `Nats-Msg-Id`, so a crash between the two gives a duplicate that JetStream
drops (within the stream's duplicate window) and consumers ignore (they remember event ids).

Once an hour it also prunes what is no longer needed: outbox rows published longer ago than the
event retention (JetStream has dropped those events by then), and processed-event ids twice as old.
"""

import asyncio
import contextlib
import time
from datetime import UTC, datetime, timedelta
from uuid import UUID

import asyncpg
import structlog
from prometheus_client import Gauge
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select, update

from services.common.db import tenant_session
from services.common.events.bus import EventBus
from services.common.events.envelope import nats_subject
from services.common.events.models import OutboxEvent
from services.common.events.outbox import NOTIFY_CHANNEL, to_envelope
from services.common.events.signing import HEADER, sign

log = structlog.get_logger()
BATCH = 100
BACKLOG_EVERY_SECONDS = 2.0
PRUNE_EVERY_SECONDS = 3600.0
PRUNE_BATCH = 5000  # rows per statement, so a first prune of a large table holds no long lock
PENDING = Gauge("callvault_outbox_pending_events", "Outbox events not yet published to JetStream", ["service"])
OLDEST = Gauge("callvault_outbox_oldest_pending_seconds", "Age of the oldest outbox event not yet published "
               "(0 when none waits)", ["service"])


class OutboxRelay:
    def __init__(self, engine: AsyncEngine, bus: EventBus, listen_dsn: str, poll_seconds: float,
                 service: str, retention_days: int = 7, *, key: bytes) -> None:
        self.engine = engine
        self.key = key
        self.service = service
        self.retention = timedelta(days=retention_days)
        self._measured_at = 0.0
        self._pruned_at: float | None = None
        self.bus = bus
        self.listen_dsn = listen_dsn
        self.poll_seconds = poll_seconds
        self._wake = asyncio.Event()
        self._listener: asyncpg.Connection | None = None

    async def run(self) -> None:
        failures = 0
        while True:
            try:
                await self._listen()
                published = await self.publish_pending()
                failures = 0
            except Exception as exc:  # outage of NATS or PostgreSQL: rows stay, retried next round
                failures += 1
                if failures == 1 or failures % 60 == 0:  # say so, without a line every poll
                    log.warning("outbox relay round failed", error=str(exc) or type(exc).__name__,
                                failures=failures)
                published = 0
            if time.monotonic() - self._measured_at >= BACKLOG_EVERY_SECONDS:
                await self._measure_backlog()
            if self._pruned_at is None or time.monotonic() - self._pruned_at >= PRUNE_EVERY_SECONDS:
                await self._prune_quietly()
            if published == 0:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
                self._wake.clear()

    async def publish_pending(self) -> int:
        async with self.engine.connect() as conn:
            tenants = (await conn.execute(text("SELECT callvault_outbox_pending_tenants()"))).scalars()
            tenant_ids: list[UUID] = list(tenants)
        total = 0
        for tenant_id in tenant_ids:
            total += await self._publish_for_tenant(tenant_id)
        return total

    async def _publish_for_tenant(self, tenant_id: UUID) -> int:
        js = self.bus.js
        async with tenant_session(self.engine, tenant_id) as session:
            rows = (await session.exec(
                select(OutboxEvent).where(col(OutboxEvent.published_at).is_(None))
                .order_by(col(OutboxEvent.created_at)).limit(BATCH).with_for_update(skip_locked=True)
            )).all()
            sent: list[UUID] = []
            try:
                for row in rows:
                    subject, body = nats_subject(row.type), to_envelope(row).model_dump_json().encode()
                    await js.publish(subject, body, headers={"Nats-Msg-Id": str(row.id),
                                                             HEADER: sign(self.key, subject, body)})
                    sent.append(row.id)
            finally:
                # Mark what JetStream acknowledged even when a later publish failed.
                if sent:
                    await session.execute(update(OutboxEvent).where(col(OutboxEvent.id).in_(sent))
                                       .values(published_at=datetime.now(UTC)))
                    await session.commit()
        return len(sent)

    async def _measure_backlog(self) -> None:
        """The gauges, read apart from publishing: during a NATS outage they are what shows the backlog."""
        self._measured_at = time.monotonic()
        try:
            async with self.engine.connect() as conn:
                row = (await conn.execute(text("SELECT * FROM callvault_outbox_backlog()"))).one()
        except Exception as exc:  # the database away: the gauges keep their last value, readiness says why
            log.debug("outbox backlog not read", error=str(exc) or type(exc).__name__)
            return
        PENDING.labels(self.service).set(row.pending)
        OLDEST.labels(self.service).set(row.oldest_seconds)

    async def prune(self, now: datetime) -> tuple[int, int]:
        """Delete published outbox rows older than the retention and processed-event ids older than
        twice that, every tenant's (a SECURITY DEFINER function); returns how many of each."""
        total_outbox = total_processed = 0
        while True:
            async with self.engine.begin() as conn:
                outbox, processed = (await conn.execute(
                    text("SELECT * FROM callvault_events_prune(:published, :processed, :batch)"),
                    {"published": now - self.retention, "processed": now - 2 * self.retention,
                     "batch": PRUNE_BATCH})).one()
            total_outbox, total_processed = total_outbox + outbox, total_processed + processed
            if outbox < PRUNE_BATCH and processed < PRUNE_BATCH:
                return total_outbox, total_processed

    async def _prune_quietly(self) -> None:
        self._pruned_at = time.monotonic()
        try:
            outbox, processed = await self.prune(datetime.now(UTC))
        except Exception as exc:  # the database away: tried again in an hour, nothing is lost meanwhile
            log.warning("event pruning failed", error=str(exc) or type(exc).__name__)
            return
        if outbox or processed:
            log.info("events pruned", outbox=outbox, processed=processed, service=self.service)

    async def _listen(self) -> None:
        """LISTEN for new outbox rows so an event leaves within milliseconds; polling covers the gaps."""
        if self._listener is not None and not self._listener.is_closed():
            return
        try:
            self._listener = await asyncpg.connect(self.listen_dsn, timeout=5)
            await self._listener.add_listener(NOTIFY_CHANNEL, lambda *_: self._wake.set())
        except (OSError, asyncpg.PostgresError) as exc:
            log.warning("outbox listen failed; polling", error=str(exc))
            self._listener = None

    async def close(self) -> None:
        if self._listener is not None and not self._listener.is_closed():
            await self._listener.close()

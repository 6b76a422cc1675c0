"""What the lifecycle consumes from the consent service: `call.ended` (the retention clock of a call's
transcripts starts there, and of those stored later, which find the end recorded) and
`consent.withdrawn` (recorded, then applied at once by this service when the tenant's policy removes
anything; the purge worker's passes apply what a legal hold deferred)."""

import asyncio
from uuid import UUID

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import nats_subject
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.transcripts.lifecycle import withdrawals
from services.transcripts.lifecycle.purge import Purger, PurgeReport
from services.transcripts.lifecycle.retention import on_call_ended

log = structlog.get_logger()
CALL_ENDS, WITHDRAWALS = "transcripts-call-ends", "transcripts-withdrawals"


async def run_call_ends(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, CALL_ENDS, nats_subject(*catalog.CallEnded.TYPES),
                             on_call_ended, key=event_key(settings))
    await consumer.run(lambda: bus.js)


async def run_withdrawals(purger: Purger, bus: EventBus, settings: Settings) -> None:
    """Consume withdrawals, and apply each tenant's pending ones once a withdrawal of it is committed."""
    woken: asyncio.Queue[UUID] = asyncio.Queue()
    consumer = EventConsumer(purger.engine, settings.nats_stream, WITHDRAWALS, nats_subject(catalog.CONSENT_WITHDRAWN),
                             withdrawals.on_consent_withdrawn, committed=lambda event: woken.put_nowait(event.tenantid),
                             key=event_key(settings))
    async with asyncio.TaskGroup() as group:
        group.create_task(consumer.run(lambda: bus.js))
        while True:
            tenant_id = await woken.get()
            try:
                await withdrawals.apply_pending(purger, tenant_id, PurgeReport())
            except Exception as exc:  # storage or the KMS away: the purge worker's next pass applies it
                log.warning("withdrawal not applied yet; the purge worker will", tenant_id=str(tenant_id),
                            error=str(exc) or type(exc).__name__)

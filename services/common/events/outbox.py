"""Writing events: into the outbox, in the caller's transaction, so the change and its event commit
together or not at all. The relay publishes them afterwards."""

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events.envelope import CloudEvent
from services.common.events.models import OutboxEvent

NOTIFY_CHANNEL = "callvault_outbox"


def add_event(session: AsyncSession, event: CloudEvent) -> None:
    session.add(
        OutboxEvent(
            id=event.id, tenant_id=event.tenantid, type=event.type, source=event.source,
            subject=event.subject, time=event.time, data=event.data,
        )
    )


def to_envelope(row: OutboxEvent) -> CloudEvent:
    return CloudEvent(
        id=row.id, source=row.source, type=row.type, time=row.time, subject=row.subject,
        tenantid=row.tenant_id, data=row.data,
    )

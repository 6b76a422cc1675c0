"""The tenant's phone region, kept from the consent service's `consent_settings.updated`: the redaction
that has no caller to ask the consent service with (the redacted-artifact consumer, the backfill) reads
numbers in it, as `/v1/redact` and the redacted view do."""

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import CloudEvent, nats_subject
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.transcripts import repository
from services.transcripts.models import TranscriptSettings

CONSUMER = "transcripts-consent-settings"


async def on_settings_updated(session: AsyncSession, event: CloudEvent) -> None:
    region = catalog.ConsentSettingsUpdated.parse(event).default_region
    row = await repository.get_settings(session, event.tenantid) or TranscriptSettings(tenant_id=event.tenantid)
    if row.phone_region != region:
        row.phone_region, row.updated_at = region, datetime.now(UTC)
        repository.add(session, row)


async def run(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    subject = nats_subject(*catalog.ConsentSettingsUpdated.TYPES)
    consumer = EventConsumer(engine, settings.nats_stream, CONSUMER, subject, on_settings_updated,
                             key=event_key(settings))
    await consumer.run(lambda: bus.js)

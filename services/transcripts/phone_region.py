"""The tenant's phone region, kept from the consent service's `consent_settings.updated`: the redaction
that has no caller to ask the consent service with (the redacted-artifact consumer, the backfill) reads
numbers in it, as `/v1/redact` and the redacted view do."""

from datetime import UTC, datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.transcripts import repository
from services.transcripts.models import TranscriptSettings


async def on_settings_updated(session: AsyncSession, event: CloudEvent) -> None:
    region = catalog.ConsentSettingsUpdated.parse(event).default_region
    row = await repository.get_settings(session, event.tenantid) or TranscriptSettings(tenant_id=event.tenantid)
    if row.phone_region != region:
        row.phone_region, row.updated_at = region, datetime.now(UTC)
        repository.add(session, row)


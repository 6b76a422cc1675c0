"""What the transcripts service consumes, beside its lifecycle's (`lifecycle/consumers.py`) and its
privacy requests' (`privacy/consumers.py`): its own new versions (`transcript.stored`,
`.segments_removed`, `.rectified`), whose redacted artifact is written off the ingest path, and the
consent service's `consent_settings.updated`, whose phone region it keeps."""

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import SUBJECT_PREFIX, nats_subject
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.transcripts.phone_region import on_settings_updated
from services.transcripts.redacted_artifact import WANTED, RedactedWriter

REDACTED_ARTIFACTS, PHONE_REGIONS = "transcripts-redaction", "transcripts-consent-settings"


async def run_redacted_artifacts(writer: RedactedWriter, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(writer.engine, settings.nats_stream, REDACTED_ARTIFACTS, f"{SUBJECT_PREFIX}.transcript.>",
                             writer.on_event, wanted=lambda event: event.type in WANTED, key=event_key(settings))
    await consumer.run(lambda: bus.js)


async def run_phone_regions(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, PHONE_REGIONS,
                             nats_subject(*catalog.ConsentSettingsUpdated.TYPES), on_settings_updated,
                             key=event_key(settings))
    await consumer.run(lambda: bus.js)

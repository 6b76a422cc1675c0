"""What the telephony side of the gateway consumes: `recording.must_stop` (a stop job for the
provider's recording, `stops.on_must_stop`), `transcript.purged` (a deletion of the provider's own
copies, `recordings.on_purged`) and an erasure's `privacy_request.consent_applied` (the recordings of the
subject's calls, `recording_retention.on_consent_applied`), each recorded in the transaction that marks the
event handled."""

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import nats_subject
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.gateway.telephony import recording_retention
from services.gateway.telephony.recordings import on_purged
from services.gateway.telephony.stops import on_must_stop

RECORDING_STOPS, PROVIDER_RECORDINGS = "gateway-recording-stops", "gateway-provider-recordings"
RECORDING_ERASURES = "gateway-provider-recording-erasures"


async def run_recording_stops(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, RECORDING_STOPS,
                             nats_subject(*catalog.RecordingMustStop.TYPES), on_must_stop, key=event_key(settings))
    await consumer.run(lambda: bus.js)


async def run_provider_recordings(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, PROVIDER_RECORDINGS,
                             nats_subject(*catalog.TranscriptPurged.TYPES), on_purged, key=event_key(settings))
    await consumer.run(lambda: bus.js)


async def run_recording_erasures(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, RECORDING_ERASURES, catalog.PRIVACY_REQUESTS,
                             recording_retention.on_consent_applied,
                             wanted=lambda event: event.type in catalog.ConsentApplied.TYPES, key=event_key(settings))
    await consumer.run(lambda: bus.js)

"""What privacy requests consume: the consent service's part (`privacy_request.consent_applied`) and, of
an erasure, the gateway's (`privacy_request.provider_recordings_applied`), into the request's report
(`fulfillment.on_applied`); once committed, the work is woken to finish the request."""

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.transcripts.privacy.fulfillment import PrivacyWork, on_applied

CONSENT_APPLIED = "transcripts-privacy-requests"
APPLIED = (*catalog.ConsentApplied.TYPES, *catalog.ProviderRecordingsApplied.TYPES)


async def run_consent_applied(work: PrivacyWork, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(work.engine, settings.nats_stream, CONSENT_APPLIED, catalog.PRIVACY_REQUESTS,
                             on_applied, wanted=lambda event: event.type in APPLIED,
                             committed=lambda event: work.wake(), key=event_key(settings))
    await consumer.run(lambda: bus.js)

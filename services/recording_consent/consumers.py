"""What the consent service consumes: the transcripts service's privacy requests
(`privacy_request.verified`, `privacy_request.lifted`), each applied by `privacy.on_privacy_request` in
the transaction that marks the event handled and emits `privacy_request.consent_applied`."""

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events import catalog
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import CloudEvent
from services.common.events.signing import event_key
from services.recording_consent.privacy import Tools, on_privacy_request

PRIVACY_REQUESTS = "consent-privacy-requests"


async def run_privacy_requests(tools: Tools, bus: EventBus) -> None:
    async def handle(session: AsyncSession, event: CloudEvent) -> None:
        await on_privacy_request(session, event, tools)

    consumer = EventConsumer(tools.engine, tools.settings.nats_stream, PRIVACY_REQUESTS, catalog.PRIVACY_REQUESTS,
                             handle, wanted=lambda event: event.type in catalog.PrivacyRequestWork.TYPES,
                             key=event_key(tools.settings))
    await consumer.run(lambda: bus.js)

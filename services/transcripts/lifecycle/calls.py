"""The calls' ends, from the consent service's `call.ended`: the retention clock of a call's
transcripts starts there (and of those stored later, which find the end recorded)."""

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import SUBJECT_PREFIX
from services.common.settings import Settings
from services.transcripts.lifecycle.retention import on_call_ended

CONSUMER = "transcripts-call-ends"
CALL_ENDED = "call.ended"


async def run_consumer(engine: AsyncEngine, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(engine, settings.nats_stream, CONSUMER, f"{SUBJECT_PREFIX}.{CALL_ENDED}", on_call_ended)
    await consumer.run(lambda: bus.js)

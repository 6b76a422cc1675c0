"""What the gateway consumes: every domain event of a tenant with webhook endpoints, fanned out into
deliveries (`webhooks.fan_out`, in the transaction that marks the event handled). What its telephony
consumes is in `telephony/consumers.py`."""

import asyncio

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer, round_failure_level
from services.common.events.envelope import SUBJECT_PREFIX
from services.common.events.signing import event_key
from services.common.settings import Settings
from services.gateway.webhooks import SUBSCRIBERS_SECONDS, Subscribers, fan_out

log = structlog.get_logger()
WEBHOOKS = "gateway-webhooks"


async def run_fan_out(engine: AsyncEngine, bus: EventBus, settings: Settings, subscribers: Subscribers) -> None:
    """Every domain event of a subscribed tenant, once (the consumer records what it handled)."""
    consumer = EventConsumer(engine, settings.nats_stream, WEBHOOKS, f"{SUBJECT_PREFIX}.>", fan_out,
                             wanted=subscribers.wanted, key=event_key(settings))
    subscription = None
    while True:
        try:
            await subscribers.refresh(engine)
            subscription = subscription or await consumer.subscribe(bus.js)
            await consumer.consume_batch(subscription, batch=50, timeout=SUBSCRIBERS_SECONDS)
        except Exception as exc:  # NATS or the database away: try again shortly
            getattr(log, round_failure_level(exc))("webhook fan-out round failed", error=str(exc) or type(exc).__name__)
            subscription = None
            await asyncio.sleep(1)

"""Outbound webhooks: the endpoints a tenant subscribes to its events, and the deliveries it is owed.

Events arrive from JetStream (`fan_out`, through an idempotent consumer) and become one delivery
per matching endpoint; `Dispatcher` sends what is due (through `clients.webhook_receivers`, signed
per the Standard Webhooks specification), retries on the `CALLVAULT_WEBHOOK_RETRY_SECONDS` schedule,
keeps each endpoint's deliveries of one call in order, and disables an endpoint that has failed for
`CALLVAULT_WEBHOOK_DISABLE_AFTER_SECONDS`.
"""

import asyncio
import base64
import random
import secrets
import time
from datetime import UTC, datetime, timedelta
from uuid import UUID

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import Principal
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.errors import NotFound
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.common.settings import Environment, Settings
from services.gateway import events, repository, ssrf
from services.gateway.clients.webhook_receivers import WebhookReceivers
from services.gateway.models import WebhookDelivery, WebhookEndpoint
from services.gateway.schemas import (
    WebhookDeliveryRead,
    WebhookEndpointCreate,
    WebhookEndpointCreated,
    WebhookEndpointRead,
    WebhookEndpointUpdate,
)

log = structlog.get_logger()
SECRET_COLUMN = "webhook_endpoint.secret"
DELIVERIES_LISTED = 200
DUE_PER_ROUND = 20  # per tenant and round
LEASE_MARGIN_SECONDS = 30  # a claimed delivery is due again after its attempt's deadline and this
SUBSCRIBERS_SECONDS = 1.0


class EndpointNotFound(NotFound):
    slug, title = "webhook-endpoint-not-found", "No such webhook endpoint"


class DeliveryNotFound(NotFound):
    slug, title = "webhook-delivery-not-found", "No such webhook delivery"


def matches(patterns: list[str], event_type: str) -> bool:
    return any(p == "*" or p == event_type or (p.endswith(".*") and event_type.startswith(p[:-1]))
               for p in patterns)


# --- endpoints ----------------------------------------------------------------------------------
async def create_endpoint(engine: AsyncEngine, crypto: FieldCrypto, settings: Settings, caller: Principal,
                          data: WebhookEndpointCreate) -> WebhookEndpointCreated:
    loopback = await ssrf.check(data.url, development=settings.env == Environment.development)
    secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    endpoint = WebhookEndpoint(tenant_id=caller.tenant_id, url=data.url, event_types=data.event_types,
                               description=data.description, loopback=loopback,
                               secret_encrypted=crypto.encrypt(caller.tenant_id, SECRET_COLUMN, secret))
    async with tenant_session(engine, caller.tenant_id) as session:
        session.add(endpoint)
        await session.commit()
    return WebhookEndpointCreated(**_read(endpoint).model_dump(), secret=secret)


async def list_endpoints(engine: AsyncEngine, caller: Principal) -> list[WebhookEndpointRead]:
    async with tenant_session(engine, caller.tenant_id) as session:
        return [_read(e) for e in await repository.list_endpoints(session)]


async def get_endpoint(engine: AsyncEngine, caller: Principal, endpoint_id: UUID) -> WebhookEndpointRead:
    async with tenant_session(engine, caller.tenant_id) as session:
        return _read(await _endpoint(session, endpoint_id))


async def update_endpoint(engine: AsyncEngine, settings: Settings, caller: Principal, endpoint_id: UUID,
                          data: WebhookEndpointUpdate) -> WebhookEndpointRead:
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    loopback = None
    if "url" in changes:
        loopback = await ssrf.check(changes["url"], development=settings.env == Environment.development)
    async with tenant_session(engine, caller.tenant_id) as session:
        endpoint = await _endpoint(session, endpoint_id)
        for name in ("url", "event_types", "description"):
            if name in changes:
                setattr(endpoint, name, changes[name])
        if loopback is not None:
            endpoint.loopback = loopback
        if "disabled" in changes:
            endpoint.disabled_at = datetime.now(UTC) if changes["disabled"] else None
            endpoint.failing_since = None
        endpoint.updated_at = datetime.now(UTC)
        session.add(endpoint)
        await session.commit()
    return _read(endpoint)


async def delete_endpoint(engine: AsyncEngine, caller: Principal, endpoint_id: UUID) -> None:
    """The endpoint and its deliveries: nothing more is sent to it."""
    async with tenant_session(engine, caller.tenant_id) as session:
        await session.delete(await _endpoint(session, endpoint_id))
        await session.commit()


async def list_deliveries(engine: AsyncEngine, caller: Principal, endpoint_id: UUID) -> list[WebhookDeliveryRead]:
    async with tenant_session(engine, caller.tenant_id) as session:
        await _endpoint(session, endpoint_id)
        return [WebhookDeliveryRead.model_validate(d, from_attributes=True)
                for d in await repository.list_deliveries(session, endpoint_id, DELIVERIES_LISTED)]


async def replay(engine: AsyncEngine, caller: Principal, endpoint_id: UUID, delivery_id: UUID) -> WebhookDeliveryRead:
    """Send the event again, as a new delivery (the first one keeps its history)."""
    async with tenant_session(engine, caller.tenant_id) as session:
        await _endpoint(session, endpoint_id)
        first = await repository.get_delivery(session, delivery_id)
        if first is None or first.endpoint_id != endpoint_id:
            raise DeliveryNotFound(f"no delivery {delivery_id} to endpoint {endpoint_id}")
        again = WebhookDelivery(tenant_id=first.tenant_id, endpoint_id=endpoint_id, event_id=first.event_id,
                                event_type=first.event_type, subject=first.subject, payload=first.payload)
        session.add(again)
        await session.commit()
    return WebhookDeliveryRead.model_validate(again, from_attributes=True)


async def _endpoint(session: AsyncSession, endpoint_id: UUID) -> WebhookEndpoint:
    endpoint = await repository.get_endpoint(session, endpoint_id)
    if endpoint is None:
        raise EndpointNotFound(f"no webhook endpoint {endpoint_id}")
    return endpoint


def _read(endpoint: WebhookEndpoint) -> WebhookEndpointRead:
    return WebhookEndpointRead.model_validate(endpoint, from_attributes=True)


# --- deliveries ---------------------------------------------------------------------------------
async def fan_out(session: AsyncSession, event: CloudEvent) -> None:
    """One delivery per enabled endpoint of the event's tenant that subscribed to its type."""
    endpoints = await repository.list_endpoints(session, enabled_only=True)
    payload = event.model_dump(mode="json")
    for endpoint in endpoints:
        if matches(endpoint.event_types, event.type):
            session.add(WebhookDelivery(tenant_id=event.tenantid, endpoint_id=endpoint.id, event_id=event.id,
                                        event_type=event.type, subject=event.subject, payload=payload))


class Dispatcher:
    """Each tenant's deliveries in a round of its own, each endpoint's in order beside the others';
    a delivery is claimed (its next attempt pushed past the attempt's deadline) and committed before
    it is sent, so no row stays locked while a receiver answers, and an attempt has a deadline
    (`CALLVAULT_WEBHOOK_ATTEMPT_SECONDS`) and reads at most a few KB of the answer. One slow
    receiver (headers, then a byte every few seconds) held every tenant's next round back before."""

    def __init__(self, engine: AsyncEngine, crypto: FieldCrypto, settings: Settings,
                 receivers: WebhookReceivers) -> None:
        self.engine, self.crypto, self.settings, self.receivers = engine, crypto, settings, receivers
        self.rounds: dict[UUID, asyncio.Task] = {}

    async def run_once(self) -> int:
        """Start a round for each tenant with deliveries due and none running; how many started."""
        async with self.engine.connect() as conn:
            tenants = await repository.tenants_with_due_deliveries(conn)
        started = [t for t in tenants if t not in self.rounds]
        for tenant_id in started:
            task = asyncio.create_task(self._tenant_round(tenant_id), name=f"webhooks-{tenant_id}")
            self.rounds[tenant_id] = task
            task.add_done_callback(lambda _task, tenant_id=tenant_id: self.rounds.pop(tenant_id, None))
        return len(started)

    async def _tenant_round(self, tenant_id: UUID) -> None:
        try:
            async with tenant_session(self.engine, tenant_id) as session:
                due = await repository.due_deliveries(session, DUE_PER_ROUND)
                lease = timedelta(seconds=self.settings.webhook_attempt_seconds + LEASE_MARGIN_SECONDS)
                for delivery in due:
                    delivery.next_attempt_at = datetime.now(UTC) + lease
                session.add_all(due)
                ids = [(d.endpoint_id, d.id) for d in due]
                await session.commit()
            by_endpoint: dict[UUID, list[UUID]] = {}
            for endpoint_id, delivery_id in ids:
                by_endpoint.setdefault(endpoint_id, []).append(delivery_id)
            await asyncio.gather(*(self._endpoint_round(tenant_id, d) for d in by_endpoint.values()))
        except Exception as exc:  # the next round tries again (the claims lapse)
            log.warning("webhook round failed", tenant_id=str(tenant_id), error=str(exc) or type(exc).__name__)

    async def _endpoint_round(self, tenant_id: UUID, delivery_ids: list[UUID]) -> None:
        for delivery_id in delivery_ids:
            async with tenant_session(self.engine, tenant_id) as session:  # read, then let go of the connection
                delivery = await session.get(WebhookDelivery, delivery_id)
                endpoint = await repository.get_endpoint(session, delivery.endpoint_id)
            outcome = None if endpoint is None or endpoint.disabled_at is not None else \
                await self.receivers.send(endpoint, self._secret(endpoint), delivery)
            async with tenant_session(self.engine, tenant_id) as session:
                delivery = await session.get(WebhookDelivery, delivery_id)
                await self._attempt(session, delivery, outcome)
                await session.commit()

    async def _attempt(self, session: AsyncSession, delivery: WebhookDelivery, outcome: dict | None) -> None:
        endpoint = await repository.get_endpoint(session, delivery.endpoint_id)
        now = datetime.now(UTC)
        if endpoint is None or endpoint.disabled_at is not None or outcome is None:
            delivery.status = "failed"
            delivery.attempt_log = [*delivery.attempt_log, {"at": now.isoformat(), "error": "endpoint disabled"}]
            session.add(delivery)
            return
        delivery.attempts += 1
        delivery.attempt_log = [*delivery.attempt_log, {"at": now.isoformat(), **outcome}]
        if 200 <= outcome.get("status", 0) < 300:
            delivery.status, delivery.delivered_at = "delivered", now
            endpoint.failing_since = None
        else:
            schedule = self.settings.webhook_retry_seconds
            if delivery.attempts > len(schedule):
                delivery.status = "failed"
            else:
                wait = schedule[delivery.attempts - 1] * random.uniform(0.8, 1.2)
                delivery.next_attempt_at = now + timedelta(seconds=wait)
            endpoint.failing_since = endpoint.failing_since or now
            if now - endpoint.failing_since > timedelta(seconds=self.settings.webhook_disable_after_seconds):
                endpoint.disabled_at = now
                add_event(session, events.endpoint_disabled(endpoint, endpoint.failing_since))
                log.warning("webhook endpoint disabled", endpoint_id=str(endpoint.id))
        session.add_all([delivery, endpoint])

    def _secret(self, endpoint: WebhookEndpoint) -> str:
        return self.crypto.decrypt(endpoint.tenant_id, SECRET_COLUMN, endpoint.secret_encrypted)


# --- the two loops the gateway runs beside its requests -----------------------------------------


class Subscribers:
    """The tenants with an enabled endpoint, read again every second: an event of any other tenant
    is passed over without a database transaction (most tenants subscribe nothing, and a busy
    tenant's events number thousands a second). An endpoint registered on this instance counts at
    once; on another, within a second."""

    def __init__(self) -> None:
        self.tenants: set[UUID] = set()
        self.read_at = 0.0

    async def refresh(self, engine: AsyncEngine) -> None:
        now = time.monotonic()
        if now - self.read_at >= SUBSCRIBERS_SECONDS:
            async with engine.connect() as conn:
                self.tenants = set(await repository.subscribed_tenants(conn))
            self.read_at = now

    def wanted(self, event: CloudEvent) -> bool:
        return event.tenantid in self.tenants


async def run_dispatcher(dispatcher: Dispatcher, poll_seconds: float) -> None:
    try:
        while True:
            try:
                await dispatcher.run_once()
            except Exception as exc:
                log.warning("webhook dispatch round failed", error=str(exc) or type(exc).__name__)
            await asyncio.sleep(poll_seconds)
    finally:
        for task in list(dispatcher.rounds.values()):
            task.cancel()

"""The transactional outbox: an event commits with its change, reaches JetStream even after an
outage, has its effect once however often it is delivered, and is kept only for the retention."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest
from prometheus_client import generate_latest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from services.common.db import tenant_session
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.common.events.relay import OutboxRelay
from services.common.events.signing import HEADER, event_key, sign
from services.recording_consent.models import Call
from tests.helpers.support import (
    call_body,
    event_headers,
    eventually,
    internal_headers,
    metric_value,
    running,
    stream_events,
)


async def _outbox(engine, tenant_id):
    async with tenant_session(engine, tenant_id) as session:
        return (await session.execute(text(
            "SELECT id, type, data, published_at FROM outbox_event WHERE type = 'call.created'"))).all()


async def _backlog(engine) -> tuple[int, float]:
    async with engine.connect() as conn:
        return tuple((await conn.execute(text("SELECT * FROM callvault_outbox_backlog()"))).one())


async def test_creating_a_call_emits_call_created_onto_jetstream(consent_client, settings, tenant_id, app_engine,
                                                                 js):
    call = (await consent_client.post("/v1/calls", json=call_body(),
                                      headers=internal_headers(settings, tenant_id))).json()
    [row] = await _outbox(app_engine, tenant_id)
    assert row.type == "call.created" and row.data["call_id"] == call["id"]

    async def published() -> bool:
        return (await _outbox(app_engine, tenant_id))[0].published_at is not None

    await eventually(published, timeout=5, what="the relay marking the event published")
    assert str(row.id) in await stream_events(js, settings.nats_stream, "callvault.call.created")


async def test_a_change_that_fails_leaves_no_event(app_engine, tenant_id):
    async with tenant_session(app_engine, tenant_id) as session:
        session.add(Call(tenant_id=tenant_id, provider="twilio", external_id="CA-dup", direction="inbound"))
        await session.commit()
    async with tenant_session(app_engine, tenant_id) as session:
        session.add(Call(tenant_id=tenant_id, provider="twilio", external_id="CA-dup", direction="inbound"))
        add_event(session, CloudEvent(source="test", type="call.created", tenantid=tenant_id))
        with pytest.raises(IntegrityError):
            await session.commit()
    assert await _outbox(app_engine, tenant_id) == []


async def test_an_event_delivered_twice_has_its_effect_once(app_engine, settings, tenant_id, js):
    subject = f"callvault.test.{uuid4().hex}"
    event = CloudEvent(source="test", type=subject.removeprefix("callvault."), tenantid=tenant_id)
    payload = event.model_dump_json().encode()
    first = await js.publish(subject, payload, headers=event_headers(settings, subject, payload, str(event.id)))
    deduplicated = await js.publish(subject, payload, headers=event_headers(settings, subject, payload, str(event.id)))
    assert deduplicated.duplicate and deduplicated.seq == first.seq  # JetStream's own dedup window
    # past the window:
    await js.publish(subject, payload, headers=event_headers(settings, subject, payload, f"{event.id}-again"))

    effects: list[str] = []

    async def handler(session, received: CloudEvent) -> None:
        effects.append(str(received.id))

    consumer = EventConsumer(app_engine, settings.nats_stream, f"test-{uuid4().hex[:8]}", subject, handler,
                             key=event_key(settings))
    sub = await consumer.subscribe(js)
    handled = 0
    while handled < 2:
        handled += await consumer.consume_batch(sub, timeout=2)
    assert effects == [str(event.id)]
    info = await js.consumer_info(settings.nats_stream, consumer.durable)
    assert (info.num_pending, info.num_ack_pending) == (0, 0)
    async with tenant_session(app_engine, tenant_id) as session:
        processed = (await session.execute(text("SELECT count(*) FROM processed_event WHERE event_id = :e"),
                                           {"e": event.id})).scalar_one()
    assert processed == 1


async def test_an_event_without_its_publishers_signature_is_counted_and_dropped(app_engine, settings, tenant_id, js):
    """What something else on the bus publishes (no signature, another key's, or a genuine one copied onto
    another subject) never reaches a handler and is not redelivered; the genuine event is handled."""
    subject = f"callvault.test.{uuid4().hex}"
    genuine = CloudEvent(source="test", type="test", tenantid=tenant_id)
    forged = [CloudEvent(source="test", type="test", tenantid=tenant_id) for _ in range(3)]
    bodies = [e.model_dump_json().encode() for e in forged]
    await js.publish(subject, bodies[0])
    await js.publish(subject, bodies[1], headers={HEADER: sign(b"k" * 32, subject, bodies[1])})
    await js.publish(subject, bodies[2], headers=event_headers(settings, "callvault.test.elsewhere", bodies[2]))
    body = genuine.model_dump_json().encode()
    await js.publish(subject, body, headers=event_headers(settings, subject, body))
    handled: list = []

    async def handler(session, event):
        handled.append(event.id)

    consumer = EventConsumer(app_engine, settings.nats_stream, f"test-{uuid4().hex[:8]}", subject, handler,
                             key=event_key(settings))
    before = metric_value(generate_latest().decode(), "callvault_events_refused_total", consumer=consumer.durable)
    sub = await consumer.subscribe(js)
    assert await consumer.consume_batch(sub, timeout=2) == 1
    assert handled == [genuine.id]
    after = metric_value(generate_latest().decode(), "callvault_events_refused_total", consumer=consumer.durable)
    assert after - before == 3
    info = await js.consumer_info(settings.nats_stream, consumer.durable)
    assert (info.num_pending, info.num_ack_pending) == (0, 0)  # dropped, not left for redelivery


async def test_a_failing_handler_leaves_the_event_for_redelivery(app_engine, settings, tenant_id, js):
    subject = f"callvault.test.{uuid4().hex}"
    event = CloudEvent(source="test", type="test", tenantid=tenant_id)
    body = event.model_dump_json().encode()
    await js.publish(subject, body, headers=event_headers(settings, subject, body))
    calls = []

    async def failing(session, received):
        calls.append(received.id)
        raise RuntimeError("handler bug")

    consumer = EventConsumer(app_engine, settings.nats_stream, f"test-{uuid4().hex[:8]}", subject, failing,
                             key=event_key(settings))
    sub = await consumer.subscribe(js)
    assert await consumer.consume_batch(sub, timeout=2) == 0
    assert calls == [event.id]
    async with tenant_session(app_engine, tenant_id) as session:
        assert (await session.execute(text("SELECT count(*) FROM processed_event"))).scalar_one() == 0


async def test_events_wait_in_the_outbox_while_nats_is_down(private_nats, tenant_id):
    import nats

    from services.common.db import create_engine
    from services.recording_consent.app import create_app

    settings = private_nats.settings
    app_engine = create_engine(settings.service_database_url("recording_consent"), pool_size=1)
    app = create_app(settings)
    async for client in running(app):
        private_nats.stop()
        created = await client.post("/v1/calls", json=call_body(), headers=internal_headers(settings, tenant_id))
        assert created.status_code == 201
        [row] = await _outbox(app_engine, tenant_id)
        assert row.published_at is None
        # What the relay's gauges read: counted across tenants by the app role, which sees no row of theirs.
        pending, oldest = await _backlog(app_engine)
        assert pending >= 1 and oldest >= 0

        private_nats.start()

        async def published() -> bool:
            return (await _outbox(app_engine, tenant_id))[0].published_at is not None

        await eventually(published, timeout=20, what="the event leaving the outbox after NATS returned")

        async def no_backlog() -> bool:  # this relay publishes every tenant's pending events
            return await _backlog(app_engine) == (0, 0.0)

        await eventually(no_backlog, timeout=10, what="an empty outbox backlog")
    await app_engine.dispose()
    nc = await nats.connect(private_nats.url)
    try:
        ids = await stream_events(nc.jetstream(), settings.nats_stream, "callvault.call.created")
    finally:
        await nc.close()
    assert str(row.id) in ids


async def test_the_stream_keeps_events_for_the_retention_only(settings, js):
    info = await js.stream_info(settings.nats_stream)
    assert info.config.max_age == settings.event_retention_days * 86400


async def test_pruning_removes_old_published_events_and_processed_ids_only(app_engine, owner_engine, tenant_id):
    now = datetime.now(UTC)
    days = timedelta(days=1)
    outbox = {"published long ago": (now - 30 * days, now - 8 * days),
              "published yesterday": (now - days, now - days),
              "waiting since long ago": (now - 30 * days, None)}  # never published (an outage): kept
    processed = {"twice the retention ago": now - 15 * days, "within twice the retention": now - 10 * days}
    ids = {name: uuid4() for name in [*outbox, *processed]}
    async with tenant_session(app_engine, tenant_id) as session:
        for name, (created, published) in outbox.items():
            await session.execute(text(
                "INSERT INTO outbox_event (id, tenant_id, type, source, time, data, created_at, published_at) "
                "VALUES (:id, :tenant, 'test.pruning', 'test', :created, '{}', :created, :published)"),
                {"id": ids[name], "tenant": tenant_id, "created": created, "published": published})
        for name, at in processed.items():
            await session.execute(text(
                "INSERT INTO processed_event (consumer, event_id, tenant_id, processed_at) "
                "VALUES ('test-pruning', :id, :tenant, :at)"), {"id": ids[name], "tenant": tenant_id, "at": at})
        await session.commit()
        # The runtime role cannot delete another tenant's rows itself: only through the function.
        other = await session.execute(text("DELETE FROM outbox_event WHERE tenant_id <> :t"), {"t": tenant_id})
        assert other.rowcount == 0

    # The owner's cross-tenant view of published and processed rows exists only inside the pruning function:
    # elsewhere, in another tenant's context, it sees none of them. (A row waiting to be published is the relay's
    # to see whichever tenant's, by the owner-only `relay_pending` policy: whether the stack's relay has published
    # "waiting since long ago" yet is a race this check must not depend on.)
    async with tenant_session(owner_engine, uuid4()) as session:
        seen = await session.execute(text("SELECT id FROM outbox_event WHERE id = ANY(:ids) AND published_at IS NOT "
                                          "NULL UNION ALL SELECT event_id FROM processed_event WHERE event_id = "
                                          "ANY(:ids)"), {"ids": list(ids.values())})
        assert seen.all() == []

    relay = OutboxRelay(app_engine, bus=None, listen_dsn="", poll_seconds=1, service="test", retention_days=7,
                        key=b"unused: prune publishes nothing".ljust(32))
    pruned_outbox, pruned_processed = await relay.prune(now)
    assert pruned_outbox >= 1 and pruned_processed >= 1

    async with tenant_session(app_engine, tenant_id) as session:
        kept = {row.id for row in await session.execute(text("SELECT id FROM outbox_event"))}
        kept |= {row.event_id for row in await session.execute(text("SELECT event_id FROM processed_event"))}
    assert kept == {ids["published yesterday"], ids["waiting since long ago"], ids["within twice the retention"]}

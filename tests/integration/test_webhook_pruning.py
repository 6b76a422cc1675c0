"""The gateway's webhook tables are kept for `CALLVAULT_WEBHOOK_RETENTION_DAYS` once finished: applied
or refused inbox rows, IVR answers and delivered or failed outbound deliveries older than that go;
anything pending (an applied row whose transcript still waits too), and anything newer, stays, whichever
tenant it belongs to."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.gateway import pruning
from services.gateway.models import WebhookDelivery, WebhookEndpoint
from services.gateway.service import ensure_tenant_with_key

OLD, RECENT = timedelta(days=8), timedelta(days=1)


async def _rows(session, tenant_id, now: datetime) -> set[str]:
    """One of each kind of row, old and recent, finished and pending: their names."""
    for name, status, age, transcript in (
            ("old-done", "done", OLD, None), ("old-refused", "refused", OLD, None),
            ("old-pending", "pending", OLD, None), ("recent-done", "done", RECENT, None),
            ("old-transcript-waiting", "done", OLD, "pending"), ("old-transcript-delivered", "done", OLD, "delivered")):
        await session.execute(text(
            "INSERT INTO telephony_inbox (tenant_id, provider, dedupe_key, happenings, agent_side, status, "
            "received_at, processed_at, transcript_state) VALUES (:t, 'twilio', :k, '[]', 'to', :s, :at, "
            "CASE WHEN :s = 'pending' THEN NULL ELSE CAST(:at AS timestamptz) END, :ts)"),
            {"t": tenant_id, "k": name, "s": status, "at": now - age, "ts": transcript})
    for name, age in (("old-answer", OLD), ("recent-answer", RECENT)):
        await session.execute(text(
            "INSERT INTO telephony_webhook (tenant_id, provider, dedupe_key, status_code, media_type, body, "
            "received_at) VALUES (:t, 'twilio', :k, 200, 'application/xml', '', :at)"),
            {"t": tenant_id, "k": name, "at": now - age})
    endpoint = WebhookEndpoint(tenant_id=tenant_id, url="https://example.com/hook", event_types=["*"],
                               secret_encrypted=b"x")
    session.add(endpoint)
    await session.flush()
    for name, status, age in (("old-delivered", "delivered", OLD), ("old-failed", "failed", OLD),
                              ("old-pending-delivery", "pending", OLD), ("recent-delivered", "delivered", RECENT)):
        session.add(WebhookDelivery(tenant_id=tenant_id, endpoint_id=endpoint.id, event_id=uuid4(), event_type=name,
                                    payload={}, status=status, next_attempt_at=now - age,
                                    delivered_at=now - age if status == "delivered" else None))
    await session.commit()


async def _left(session, tenant_id) -> set[str]:
    """The tenant's rows (the owner sees every tenant's inbox rows: the drainer's scan policy)."""
    found = set()
    for column, table in (("dedupe_key", "telephony_inbox"), ("dedupe_key", "telephony_webhook"),
                          ("event_type", "webhook_delivery")):
        found |= set((await session.execute(text(f"SELECT {column} FROM {table} WHERE tenant_id = :t"),
                                            {"t": tenant_id})).scalars())
    return found


async def test_finished_webhooks_and_deliveries_older_than_the_retention_are_pruned_for_every_tenant(
        settings, gateway_engine):
    now = datetime.now(UTC)
    tenants = [(await ensure_tenant_with_key(gateway_engine, "Prune", f"pr-{uuid4().hex[:10]}", ["tenant_admin"],
                                             "t"))[0] for _ in range(2)]
    for tenant_id in tenants:
        async with tenant_session(gateway_engine, tenant_id) as session:
            await _rows(session, tenant_id, now)
    app_engine = create_engine(settings.service_database_url("gateway"), 2)  # the runtime role, as the gateway
    try:
        pruned = await pruning.prune(app_engine, 7, now)
    finally:
        await app_engine.dispose()
    assert pruned.inbox >= 6 and pruned.answers >= 2 and pruned.deliveries >= 4  # two tenants' (and older tests')
    for tenant_id in tenants:
        async with tenant_session(gateway_engine, tenant_id) as session:
            assert await _left(session, tenant_id) == {"old-pending", "old-transcript-waiting", "recent-done",
                                                       "recent-answer",
                                                       "old-pending-delivery", "recent-delivered"}

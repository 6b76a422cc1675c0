"""Every query of the gateway. Bound to a session or connection; never commits (but for a webhook's
acknowledgement: one statement, its own transaction)."""

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import TENANT_SETTING
from services.gateway.models import ApiKey, Tenant, TenantOidc, WebhookDelivery, WebhookEndpoint


@dataclass(frozen=True)
class KeyRecord:
    id: UUID
    tenant_id: UUID
    roles: list[str]
    expires_at: datetime | None
    revoked_at: datetime | None
    tenant_disabled: bool
    rate_limit_per_second: float
    rate_burst: int
    data_region: str


@dataclass(frozen=True)
class TenantStatus:
    disabled: bool
    rate_limit_per_second: float
    rate_burst: int
    data_region: str


async def lookup_key(conn: AsyncConnection, secret_hash: str) -> KeyRecord | None:
    row = (await conn.execute(text("SELECT * FROM callvault_api_key_lookup(:h)"), {"h": secret_hash})).first()
    return KeyRecord(**row._mapping) if row else None


async def mark_key_used(conn: AsyncConnection, key_id: UUID) -> None:
    """Record that the key was used (at most one write a minute per key, in the function)."""
    await conn.execute(text("SELECT callvault_api_key_used(:id)"), {"id": key_id})


async def tenant_status(conn: AsyncConnection, tenant_id: UUID) -> TenantStatus | None:
    row = (await conn.execute(text("SELECT disabled, rate_limit_per_second, rate_burst, data_region FROM tenant "
                                   "WHERE id = :id"),
                              {"id": tenant_id})).first()
    return TenantStatus(*row) if row else None


async def get_tenant_by_slug(session: AsyncSession, slug: str) -> Tenant | None:
    return (await session.exec(select(Tenant).where(Tenant.slug == slug))).first()


async def get_tenant(session: AsyncSession, tenant_id: UUID) -> Tenant | None:
    return await session.get(Tenant, tenant_id)


async def list_tenants(session: AsyncSession, only: UUID | None) -> list[Tenant]:
    query = select(Tenant).order_by(col(Tenant.created_at), col(Tenant.id))
    if only is not None:
        query = query.where(Tenant.id == only)
    return list((await session.exec(query)).all())


async def list_keys(session: AsyncSession) -> list[ApiKey]:
    """The session's tenant's keys (row-level security keeps the others out), newest first."""
    return list((await session.exec(select(ApiKey).order_by(col(ApiKey.created_at).desc()))).all())


async def get_key(session: AsyncSession, key_id: UUID) -> ApiKey | None:
    return await session.get(ApiKey, key_id)


def add(session: AsyncSession, *rows: Tenant | ApiKey) -> None:
    session.add_all(rows)


async def get_oidc(session: AsyncSession) -> TenantOidc | None:
    """The session's tenant's identity provider (row-level security picks the row)."""
    return (await session.exec(select(TenantOidc))).first()


async def oidc_lookup(conn: AsyncConnection, issuer: str) -> dict | None:
    """The configuration of the tenant that signs in through `issuer`, with the tenant's flag and
    limits (through a definer function: the issuer comes before the tenant is known)."""
    row = (await conn.execute(text("SELECT * FROM callvault_oidc_lookup(:issuer)"), {"issuer": issuer})).first()
    return dict(row._mapping) if row else None


# --- webhooks -----------------------------------------------------------------------------------
async def list_endpoints(session: AsyncSession, *, enabled_only: bool = False) -> list[WebhookEndpoint]:
    query = select(WebhookEndpoint).order_by(col(WebhookEndpoint.created_at))
    if enabled_only:
        query = query.where(col(WebhookEndpoint.disabled_at).is_(None))
    return list((await session.exec(query)).all())


async def get_endpoint(session: AsyncSession, endpoint_id: UUID) -> WebhookEndpoint | None:
    return await session.get(WebhookEndpoint, endpoint_id)


async def list_deliveries(session: AsyncSession, endpoint_id: UUID, limit: int) -> list[WebhookDelivery]:
    query = select(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint_id).order_by(
        col(WebhookDelivery.created_at).desc()).limit(limit)
    return list((await session.exec(query)).all())


async def get_delivery(session: AsyncSession, delivery_id: UUID) -> WebhookDelivery | None:
    return await session.get(WebhookDelivery, delivery_id)


async def tenants_with_due_deliveries(conn: AsyncConnection) -> list[UUID]:
    """Through a definer function: the dispatcher learns which tenants, nothing else."""
    return [row[0] for row in (await conn.execute(text("SELECT callvault_webhook_due_tenants()"))).all()]


# Due, and not behind an earlier pending delivery of the same call to the same endpoint; locked, so
# two gateway instances never send the same one.
_DUE = text("""
    SELECT d.id FROM webhook_delivery d
    WHERE d.status = 'pending' AND d.next_attempt_at <= now()
      AND NOT EXISTS (SELECT 1 FROM webhook_delivery o WHERE o.endpoint_id = d.endpoint_id
                      AND o.subject IS NOT DISTINCT FROM d.subject AND o.status = 'pending'
                      AND o.created_at < d.created_at)
    ORDER BY d.created_at LIMIT :limit FOR UPDATE SKIP LOCKED
""")


async def due_deliveries(session: AsyncSession, limit: int) -> list[WebhookDelivery]:
    ids = [row[0] for row in (await session.execute(_DUE, {"limit": limit})).all()]
    return [await session.get(WebhookDelivery, i) for i in ids]


# --- telephony -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class TelephonyTenant:
    tenant_id: UUID
    tenant_disabled: bool
    sealed: bytes
    rate_limit_per_second: float
    rate_burst: int


async def telephony_lookup(conn: AsyncConnection, slug: str, provider: str) -> TelephonyTenant | None:
    """A webhook's tenant, by slug, with its sealed configuration for the provider."""
    row = (await conn.execute(text("SELECT * FROM callvault_telephony_lookup(:slug, :provider)"),
                              {"slug": slug, "provider": provider})).first()
    return TelephonyTenant(**row._mapping) if row else None


async def get_telephony(session: AsyncSession, provider: str) -> bytes | None:
    return (await session.exec(text("SELECT sealed FROM telephony_credential WHERE provider = :p"),
                               params={"p": provider})).scalar()


async def put_telephony(session: AsyncSession, tenant_id: UUID, provider: str, sealed: bytes) -> None:
    await session.exec(text(
        "INSERT INTO telephony_credential (tenant_id, provider, sealed) VALUES (:t, :p, :s) "
        "ON CONFLICT (tenant_id, provider) DO UPDATE SET sealed = excluded.sealed, updated_at = now()"),
        params={"t": tenant_id, "p": provider, "s": sealed})


async def delete_telephony(session: AsyncSession, provider: str) -> bool:
    result = await session.exec(text("DELETE FROM telephony_credential WHERE provider = :p"), params={"p": provider})
    return result.rowcount > 0


async def get_ivr(session: AsyncSession) -> dict | None:
    return (await session.exec(text("SELECT settings FROM telephony_ivr"))).scalar()


async def put_ivr(session: AsyncSession, tenant_id: UUID, settings: dict) -> None:
    await session.exec(text(
        "INSERT INTO telephony_ivr (tenant_id, settings) VALUES (:t, CAST(:s AS jsonb)) "
        "ON CONFLICT (tenant_id) DO UPDATE SET settings = excluded.settings, updated_at = now()"),
        params={"t": tenant_id, "s": json.dumps(settings)})


async def answered_webhook(session: AsyncSession, provider: str, dedupe_key: str) -> tuple[int, str, bytes] | None:
    row = (await session.exec(text(
        "SELECT status_code, media_type, body FROM telephony_webhook WHERE provider = :p AND dedupe_key = :k"),
        params={"p": provider, "k": dedupe_key})).first()
    return (row[0], row[1], bytes(row[2])) if row else None


async def remember_webhook(session: AsyncSession, tenant_id: UUID, provider: str, dedupe_key: str,
                           status_code: int, media_type: str, body: bytes) -> None:
    """The first answer wins: a retry that raced its first attempt keeps the first one's."""
    await session.exec(text(
        "INSERT INTO telephony_webhook (tenant_id, provider, dedupe_key, status_code, media_type, body) "
        "VALUES (:t, :p, :k, :c, :m, :b) ON CONFLICT DO NOTHING"),
        params={"t": tenant_id, "p": provider, "k": dedupe_key, "c": status_code, "m": media_type, "b": body})


async def add_recording_stop(session: AsyncSession, tenant_id: UUID, call_id: UUID, provider: str,
                             external_id: str) -> None:
    await session.exec(text(
        "INSERT INTO recording_stop_job (id, tenant_id, call_id, provider, external_id) "
        "VALUES (gen_random_uuid(), :t, :c, :p, :e)"),
        params={"t": tenant_id, "c": call_id, "p": provider, "e": external_id})


async def tenants_with_due_stops(conn: AsyncConnection) -> list[UUID]:
    return [row[0] for row in (await conn.execute(text("SELECT callvault_recording_stops_due()"))).all()]


async def due_stops(session: AsyncSession, limit: int) -> list[dict]:
    """Due stops, locked until the transaction ends (another instance skips them)."""
    rows = await session.exec(text(
        "SELECT id, call_id, provider, external_id, attempts FROM recording_stop_job "
        "WHERE status = 'pending' AND next_attempt_at <= now() ORDER BY created_at "
        "LIMIT :n FOR UPDATE SKIP LOCKED"), params={"n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def update_stop(session: AsyncSession, stop_id: UUID, *, done: bool, attempts: int, answer: dict,
                      retry_in: float) -> None:
    await session.exec(text(
        "UPDATE recording_stop_job SET status = :s, attempts = :a, answer = CAST(:ans AS jsonb), "
        "next_attempt_at = now() + make_interval(secs => :r) WHERE id = :id"),
        params={"s": "done" if done else "pending", "a": attempts, "ans": json.dumps(answer), "r": retry_in,
                "id": stop_id})


async def inbox_put(pool: asyncpg.Pool, tenant_id: UUID, provider: str, dedupe_key: str, call: str | None,
                    happenings: str, agent_side: str) -> bool:
    """A webhook's acknowledgement: one statement on the driver directly (see the function)."""
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT callvault_inbox_put($1, $2, $3, $4::jsonb, $5::jsonb, $6)", tenant_id,
                                   provider, dedupe_key, call, happenings, agent_side)


async def inbox_tenants(conn: AsyncConnection) -> list[UUID]:
    return [row[0] for row in (await conn.execute(text("SELECT callvault_inbox_tenants()"))).all()]


# The columns of a webhook whose events are to be applied: never its sealed transcript (up to megabytes
# each, a round of a thousand rows would carry them all), which is read one at a time when delivered.
INBOX_EVENT_COLUMNS = ("i.provider, i.dedupe_key, i.call - 'transcript' AS call, i.happenings, i.agent_side, "
                       "i.received_at")


async def pending_inbox(session: AsyncSession, calls: int, limit: int) -> list[dict]:
    """The pending webhooks of the calls the oldest pending ones are about (all of each call's, so a
    backlog is applied a call at a time), oldest first, without their transcripts. Each call is claimed
    with a transaction-level advisory lock: a call another drainer is applying is left to it whole, so
    no drainer applies a call's later webhooks before another has applied its earlier ones."""
    rows = await session.exec(text(
        "WITH head AS MATERIALIZED (SELECT DISTINCT provider, external_id FROM ("
        "  SELECT provider, call->>'external_id' AS external_id FROM telephony_inbox WHERE status = 'pending' "
        "  ORDER BY seq LIMIT :calls) h), "
        "claimed AS MATERIALIZED (SELECT * FROM head WHERE pg_try_advisory_xact_lock("
        "  hashtextextended('telephony_inbox:' || provider || ':' || coalesce(external_id, ''), 0))) "
        f"SELECT {INBOX_EVENT_COLUMNS} FROM telephony_inbox i "
        "JOIN claimed c "
        "ON i.provider = c.provider AND (i.call->>'external_id') IS NOT DISTINCT FROM c.external_id "
        "WHERE i.status = 'pending' ORDER BY i.seq LIMIT :n FOR UPDATE OF i SKIP LOCKED"),
        params={"calls": calls, "n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def mark_inbox(session: AsyncSession, outcomes: list[tuple[str, str, str, dict | None]]) -> None:
    """(provider, dedupe key, status, problem) for each drained row; its phone numbers are dropped, and
    its transcript too unless the row's events were applied: then the transcript waits for delivery."""
    if not outcomes:
        return
    waits = "o.status = 'done' AND i.call->'transcript' IS NOT NULL"
    await session.exec(text(
        "UPDATE telephony_inbox i SET status = o.status, problem = o.problem, processed_at = now(), "
        f"transcript_state = CASE WHEN {waits} THEN 'pending' END, "
        f"transcript_next_at = CASE WHEN {waits} THEN now() END, "
        # drained: the numbers are the consent service's now
        f"call = CASE WHEN {waits} THEN i.call - 'from_number' - 'to_number' "
        "ELSE i.call - 'from_number' - 'to_number' - 'transcript' END "
        "FROM jsonb_to_recordset(CAST(:outcomes AS jsonb)) AS o(provider text, dedupe_key text, status text, "
        "problem jsonb) WHERE i.provider = o.provider AND i.dedupe_key = o.dedupe_key"),
        params={"outcomes": json.dumps([{"provider": p, "dedupe_key": k, "status": s, "problem": problem}
                                        for p, k, s, problem in outcomes])})


async def due_inbox_transcripts(session: AsyncSession, limit: int) -> list[dict]:
    """Applied webhooks whose transcript is due for delivery, oldest first, without the transcript itself;
    locked until the transaction ends (another drainer skips them)."""
    rows = await session.exec(text(
        "SELECT provider, dedupe_key, call->>'external_id' AS external_id, transcript_attempts, processed_at "
        "FROM telephony_inbox WHERE transcript_state = 'pending' AND transcript_next_at <= now() "
        "ORDER BY seq LIMIT :n FOR UPDATE SKIP LOCKED"), params={"n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def inbox_transcript(session: AsyncSession, provider: str, dedupe_key: str) -> str | None:
    """One row's sealed transcript."""
    return (await session.exec(text(
        "SELECT call->>'transcript' FROM telephony_inbox WHERE provider = :p AND dedupe_key = :k"),
        params={"p": provider, "k": dedupe_key})).scalar()


async def postpone_inbox_transcript(session: AsyncSession, provider: str, dedupe_key: str, attempts: int,
                                    retry_in: float) -> None:
    await session.exec(text(
        "UPDATE telephony_inbox SET transcript_attempts = :a, "
        "transcript_next_at = now() + make_interval(secs => :r) WHERE provider = :p AND dedupe_key = :k"),
        params={"a": attempts, "r": retry_in, "p": provider, "k": dedupe_key})


async def finish_inbox_transcript(session: AsyncSession, provider: str, dedupe_key: str, attempts: int,
                                  problem: dict | None) -> None:
    """Delivered (no problem), or refused with why: the row is then listed refused. Either way the
    transcript leaves the row."""
    await session.exec(text(
        "UPDATE telephony_inbox SET transcript_attempts = :a, transcript_next_at = NULL, "
        "transcript_state = CASE WHEN CAST(:problem AS jsonb) IS NULL THEN 'delivered' ELSE 'refused' END, "
        "status = CASE WHEN CAST(:problem AS jsonb) IS NULL THEN status ELSE 'refused' END, "
        "problem = coalesce(CAST(:problem AS jsonb), problem), processed_at = now(), call = call - 'transcript' "
        "WHERE provider = :p AND dedupe_key = :k"),
        params={"a": attempts, "problem": None if problem is None else json.dumps(problem), "p": provider,
                "k": dedupe_key})


async def discard_inbox_transcripts(session: AsyncSession, provider: str, call_external_id: str,
                                    problem: dict) -> int:
    """The call's transcripts still waiting in the inbox, dropped (an erasure): listed refused with why."""
    result = await session.exec(text(
        "UPDATE telephony_inbox SET transcript_next_at = NULL, transcript_state = 'refused', status = 'refused', "
        "problem = CAST(:problem AS jsonb), processed_at = now(), call = call - 'transcript' "
        "WHERE provider = :p AND call->>'external_id' = :e AND transcript_state = 'pending'"),
        params={"problem": json.dumps(problem), "p": provider, "e": call_external_id})
    return result.rowcount


async def inbox_summary(session: AsyncSession, refused_limit: int) -> tuple[dict[str, int], list[dict]]:
    """The rows by status, and `transcripts_waiting`: applied rows whose transcript is not yet delivered."""
    counts = {row[0]: row[1] for row in (await session.exec(text(
        "SELECT status, count(*) FROM telephony_inbox GROUP BY status UNION ALL "
        "SELECT 'transcripts_waiting', count(*) FROM telephony_inbox WHERE transcript_state = 'pending'"))).all()}
    refused = await session.exec(text(
        "SELECT provider, dedupe_key, problem, received_at, processed_at FROM telephony_inbox "
        "WHERE status = 'refused' ORDER BY processed_at DESC LIMIT :n"), params={"n": refused_limit})
    return counts, [dict(row._mapping) for row in refused.all()]


async def subscribed_tenants(conn: AsyncConnection) -> list[UUID]:
    return [row[0] for row in (await conn.execute(text("SELECT callvault_webhook_subscribed_tenants()"))).all()]


# --- the provider's own copies of a call (telephony/recordings.py) --------------------------------
RECORDING_COLUMNS = ("id, provider, recording_id, call_external_id, call_id, state, attempts, last_error, "
                     "certificate_id, request_id, reason, deletion_requested_at, deleted_at, created_at, "
                     "retention_checked_at, COALESCE(held_by, '{}') AS held_by")


async def track_recording(pool: asyncpg.Pool, tenant_id: UUID, provider: str, recording_id: str,
                          call_external_id: str) -> None:
    """A recording the provider keeps, checked at the next round (`next_check_at` defaults to now): one of a
    call whose copies were deleted already goes then, unless a legal hold placed since keeps it.
    On the driver pool, as the inbox's insert that follows it: a webhook's path, where an ORM session
    (its ping, its machinery) cost the gateway more CPU than the rest of the acknowledgement."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(f"SELECT set_config('{TENANT_SETTING}', $1, true)", str(tenant_id))
        await conn.execute(
            "INSERT INTO provider_recording (tenant_id, provider, recording_id, call_external_id, state) "
            "VALUES ($1, $2, $3, $4, 'kept') ON CONFLICT DO NOTHING", tenant_id, provider, recording_id,
            call_external_id)


async def call_deletion(session: AsyncSession, provider: str, call_external_id: str) -> dict | None:
    """The first deletion of the call's copies (its transcripts purged, its retention passed, an erasure),
    which takes the recordings its provider names after it too."""
    row = (await session.exec(text(
        "SELECT call_id, certificate_id, request_id, reason FROM recording_deletion "
        "WHERE provider = :p AND call_external_id = :e AND status = 'resolved' ORDER BY created_at LIMIT 1"),
        params={"p": provider, "e": call_external_id})).first()
    return dict(row._mapping) if row else None


async def delete_following(session: AsyncSession, recordings: list[UUID], deletion: dict) -> None:
    """Kept recordings to be deleted as the call's earlier deletion asked (its reason, certificate, request)."""
    await session.exec(text(
        "UPDATE provider_recording SET state = 'deleting', call_id = :c, certificate_id = :k, request_id = :q, "
        "reason = :r, held_by = NULL, retention_checked_at = now(), deletion_requested_at = now(), "
        "next_attempt_at = now() WHERE id = ANY(:ids) AND state = 'kept'"),
        params={"c": deletion["call_id"], "k": deletion["certificate_id"], "q": deletion["request_id"],
                "r": deletion["reason"], "ids": recordings})


async def add_recording_deletion(session: AsyncSession, tenant_id: UUID, call_id: UUID, certificate_id: UUID,
                                 reason: str) -> None:
    await session.exec(text(
        "INSERT INTO recording_deletion (tenant_id, call_id, certificate_id, reason) VALUES (:t, :c, :k, :r) "
        "ON CONFLICT DO NOTHING"), params={"t": tenant_id, "c": call_id, "k": certificate_id, "r": reason})


async def tenants_with_due_deletions(conn: AsyncConnection) -> list[UUID]:
    return [row[0] for row in (await conn.execute(text("SELECT callvault_recording_deletions_due()"))).all()]


async def due_recording_deletions(session: AsyncSession, limit: int) -> list[dict]:
    """Deletions whose call is not resolved yet, locked until the transaction ends."""
    rows = await session.exec(text(
        "SELECT id, call_id, certificate_id, reason, attempts FROM recording_deletion "
        "WHERE status = 'pending' AND next_attempt_at <= now() ORDER BY created_at "
        "LIMIT :n FOR UPDATE SKIP LOCKED"), params={"n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def resolve_recording_deletion(session: AsyncSession, deletion: dict, provider: str | None,
                                     call_external_id: str | None) -> None:
    """The call is the provider's: its kept recordings are to be deleted."""
    await session.exec(text(
        "UPDATE recording_deletion SET status = 'resolved', provider = :p, call_external_id = :e WHERE id = :id"),
        params={"p": provider, "e": call_external_id, "id": deletion["id"]})
    if provider is not None:
        await session.exec(text(
            "UPDATE provider_recording SET state = 'deleting', call_id = :c, certificate_id = :k, reason = :r, "
            "deletion_requested_at = now(), next_attempt_at = now() "
            "WHERE provider = :p AND call_external_id = :e AND state = 'kept'"),
            params={"c": deletion["call_id"], "k": deletion["certificate_id"], "r": deletion["reason"],
                    "p": provider, "e": call_external_id})


async def postpone_recording_deletion(session: AsyncSession, deletion_id: UUID, attempts: int,
                                      retry_in: float) -> None:
    await session.exec(text(
        "UPDATE recording_deletion SET attempts = :a, next_attempt_at = now() + make_interval(secs => :r) "
        "WHERE id = :id"), params={"a": attempts, "r": retry_in, "id": deletion_id})


async def due_recordings(session: AsyncSession, limit: int) -> list[dict]:
    rows = await session.exec(text(
        "SELECT id, provider, recording_id, attempts FROM provider_recording "
        "WHERE state IN ('deleting', 'failed') AND next_attempt_at <= now() ORDER BY next_attempt_at "
        "LIMIT :n FOR UPDATE SKIP LOCKED"), params={"n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def update_recording(session: AsyncSession, recording: UUID, *, state: str, attempts: int, answer: dict,
                           retry_in: float) -> None:
    deleted = state == "deleted"
    await session.exec(text(
        "UPDATE provider_recording SET state = :s, attempts = :a, provider_answer = CAST(:ans AS jsonb), "
        "last_error = CASE WHEN :deleted THEN last_error ELSE CAST(:ans AS jsonb) END, "
        "deleted_at = CASE WHEN :deleted THEN now() ELSE deleted_at END, "
        "next_attempt_at = now() + make_interval(secs => :r) WHERE id = :id"),
        params={"s": state, "a": attempts, "ans": json.dumps(answer), "deleted": deleted, "r": retry_in,
                "id": recording})


async def recordings_of_call(session: AsyncSession, call_id: UUID, provider: str | None,
                             call_external_id: str | None) -> list[dict]:
    """The call's recordings at its provider: those a deletion named by call id, and those its webhooks
    named by the provider's call id."""
    rows = await session.exec(text(
        f"SELECT {RECORDING_COLUMNS} FROM provider_recording "
        "WHERE call_id = :c OR (provider = :p AND call_external_id = :e) ORDER BY created_at, recording_id"),
        params={"c": call_id, "p": provider, "e": call_external_id})
    return [dict(row._mapping) for row in rows.all()]


# --- retention and erasure of the recordings of calls without transcripts (telephony/recording_retention.py) --
async def now(session: AsyncSession) -> datetime:
    """The database's clock: what retention is measured against, never a caller's."""
    return (await session.exec(text("SELECT now()"))).scalar_one()


async def recordings_to_check(session: AsyncSession, limit: int) -> list[dict]:
    """Kept recordings whose retention is to be checked, locked until the transaction ends."""
    rows = await session.exec(text(
        "SELECT id, provider, call_external_id, created_at FROM provider_recording "
        "WHERE state = 'kept' AND next_check_at <= now() ORDER BY next_check_at "
        "LIMIT :n FOR UPDATE SKIP LOCKED"), params={"n": limit})
    return [dict(row._mapping) for row in rows.all()]


async def recheck_at(session: AsyncSession, recordings: list[UUID], at: datetime | None, held_by: list[str] | None,
                     checked: bool = True) -> None:
    """Kept for now: checked again at `at` (None: never), with the matters of the holds keeping them."""
    await session.exec(text(
        "UPDATE provider_recording SET next_check_at = COALESCE(CAST(:at AS timestamptz), 'infinity'), "
        "held_by = CAST(:held AS text[]), "
        "retention_checked_at = CASE WHEN :checked THEN now() ELSE retention_checked_at END "
        "WHERE id = ANY(:ids) AND state = 'kept'"),
        params={"at": at, "held": held_by or None, "checked": checked, "ids": recordings})


async def delete_recordings(session: AsyncSession, recordings: list[UUID], call_id: UUID | None, reason: str,
                            request_id: UUID | None = None) -> None:
    """Kept recordings to be deleted, for `reason` (retention, erasure: no certificate names them)."""
    await session.exec(text(
        "UPDATE provider_recording SET state = 'deleting', call_id = COALESCE(:c, call_id), reason = :r, "
        "request_id = :q, held_by = NULL, retention_checked_at = now(), deletion_requested_at = now(), "
        "next_attempt_at = now() WHERE id = ANY(:ids) AND state = 'kept'"),
        params={"c": call_id, "r": reason, "q": request_id, "ids": recordings})


async def recheck_call_recordings(session: AsyncSession, provider: str, call_external_id: str) -> None:
    """The call's kept recordings checked at the next round (its end changes when they fall due)."""
    await session.exec(text(
        "UPDATE provider_recording SET next_check_at = now() "
        "WHERE provider = :p AND call_external_id = :e AND state = 'kept' AND next_check_at > now()"),
        params={"p": provider, "e": call_external_id})


async def delete_call_recordings(session: AsyncSession, tenant_id: UUID, call_id: UUID, provider: str,
                                 call_external_id: str, reason: str, request_id: UUID | None = None) -> None:
    """Every kept recording of the call to be deleted, and those its provider's webhooks name later too
    (a resolved deletion without a certificate)."""
    await session.exec(text(
        "INSERT INTO recording_deletion (tenant_id, call_id, reason, request_id, status, provider, call_external_id) "
        "VALUES (:t, :c, :r, :q, 'resolved', :p, :e)"),
        params={"t": tenant_id, "c": call_id, "r": reason, "q": request_id, "p": provider, "e": call_external_id})
    await session.exec(text(
        "UPDATE provider_recording SET state = 'deleting', call_id = :c, reason = :r, request_id = :q, "
        "held_by = NULL, deletion_requested_at = now(), next_attempt_at = now() "
        "WHERE provider = :p AND call_external_id = :e AND state = 'kept'"),
        params={"c": call_id, "r": reason, "q": request_id, "p": provider, "e": call_external_id})


async def add_recording_erasure(session: AsyncSession, tenant_id: UUID, request_id: UUID,
                                call_ids: list[UUID]) -> bool:
    """Whether it is new (False: the request's erasure was recorded before)."""
    result = await session.exec(text(
        "INSERT INTO recording_erasure (tenant_id, request_id, call_ids) VALUES (:t, :q, CAST(:c AS uuid[])) "
        "ON CONFLICT DO NOTHING"), params={"t": tenant_id, "q": request_id, "c": [str(c) for c in call_ids]})
    return result.rowcount == 1


async def due_recording_erasures(session: AsyncSession, limit: int) -> list[UUID]:
    rows = await session.exec(text(
        "SELECT id FROM recording_erasure WHERE status = 'pending' AND next_attempt_at <= now() "
        "ORDER BY created_at LIMIT :n"), params={"n": limit})
    return [row[0] for row in rows.all()]


async def lock_recording_erasure(session: AsyncSession, erasure_id: UUID) -> dict | None:
    """The erasure, if still pending and no other worker holds it."""
    row = (await session.exec(text(
        "SELECT id, request_id, call_ids, attempts FROM recording_erasure WHERE id = :id AND status = 'pending' "
        "FOR UPDATE SKIP LOCKED"), params={"id": erasure_id})).first()
    return dict(row._mapping) if row else None


async def finish_recording_erasure(session: AsyncSession, erasure_id: UUID) -> None:
    await session.exec(text("UPDATE recording_erasure SET status = 'done' WHERE id = :id"), params={"id": erasure_id})


async def postpone_recording_erasure(session: AsyncSession, erasure_id: UUID, attempts: int, retry_in: float) -> None:
    await session.exec(text(
        "UPDATE recording_erasure SET attempts = :a, next_attempt_at = now() + make_interval(secs => :r) "
        "WHERE id = :id"), params={"a": attempts, "r": retry_in, "id": erasure_id})

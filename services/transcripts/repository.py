"""Every query of the transcripts service, bound to a tenant session; nothing here commits."""

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

import asyncpg
from sqlalchemy import delete, func, text
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events.envelope import CloudEvent
from services.transcripts.models import (
    AuditEntry,
    DeletionCertificate,
    KeyRotation,
    PendingObject,
    SupersededVersion,
    Transcript,
    TranscriptArtifact,
    TranscriptSettings,
    TranscriptSubject,
    Withdrawal,
)
from services.transcripts.privacy.repository import holds_sql, restricted_sql


def add(session: AsyncSession, *rows: object) -> None:
    session.add_all(rows)


async def get(session: AsyncSession, transcript_id: UUID, for_update: bool = False) -> Transcript | None:
    query = select(Transcript).where(Transcript.id == transcript_id, Transcript.status == "active")
    return (await session.exec(query.with_for_update() if for_update else query)).first()


async def get_deleted(session: AsyncSession, transcript_id: UUID) -> Transcript | None:
    """A transcript that is being, or was, purged."""
    query = select(Transcript).where(Transcript.id == transcript_id, col(Transcript.status).in_(["purging", "purged"]))
    return (await session.exec(query)).first()


async def certificate_ids(session: AsyncSession, transcript_id: UUID) -> list[str]:
    query = (select(DeletionCertificate.id).where(DeletionCertificate.transcript_id == transcript_id)
             .order_by(col(DeletionCertificate.issued_at)))
    return [str(i) for i in (await session.exec(query)).all()]


async def get_by_idempotency_key(session: AsyncSession, key: str) -> Transcript | None:
    return (await session.exec(select(Transcript).where(Transcript.idempotency_key == key))).first()


async def removing_withdrawals(session: AsyncSession, call_id: UUID) -> list[Withdrawal]:
    """The call's withdrawals whose policy removes words (not `keep`), applied or not, oldest first."""
    return list((await session.exec(select(Withdrawal).where(Withdrawal.call_id == call_id, Withdrawal.action != "keep")
                                    .order_by(col(Withdrawal.occurred_at)))).all())


async def artifact(session: AsyncSession, transcript_id: UUID, version: int, kind: str) -> TranscriptArtifact | None:
    return await session.get(TranscriptArtifact, (transcript_id, version, kind))


async def list_transcripts(session: AsyncSession, *, call_id: UUID | None, tag: str | None,
                           created_after: datetime | None, created_before: datetime | None,
                           subject: tuple[str, str] | None, agent: str | None,
                           after: tuple[datetime, UUID] | None, limit: int,
                           hide_restricted: bool = False) -> list[Transcript]:
    """Newest first; `subject` is (kind, blind index), `agent` keeps the calls that agent was on,
    `hide_restricted` leaves out those a privacy request restricts."""
    query = select(Transcript).where(Transcript.status == "active")
    if hide_restricted:
        query = query.where(text(f"NOT {restricted_sql('transcript')}"))
    if call_id is not None:
        query = query.where(Transcript.call_id == call_id)
    if tag is not None:
        query = query.where(col(Transcript.tags).contains([tag]))
    if created_after is not None:
        query = query.where(col(Transcript.created_at) >= created_after)
    if created_before is not None:
        query = query.where(col(Transcript.created_at) < created_before)
    if agent is not None:
        query = query.where(col(Transcript.agent_ids).contains([agent]))
    if subject is not None:
        query = query.where(col(Transcript.id).in_(select(TranscriptSubject.transcript_id).where(
            TranscriptSubject.kind == subject[0], TranscriptSubject.digest == subject[1])))
    if after is not None:
        query = query.where(func.row(Transcript.created_at, Transcript.id) < func.row(*after))
    query = query.order_by(col(Transcript.created_at).desc(), col(Transcript.id).desc()).limit(limit)
    return list((await session.exec(query)).all())


async def count_active(session: AsyncSession) -> int:
    return (await session.exec(select(func.count()).select_from(Transcript).where(Transcript.status == "active"))).one()


# --- the write path: one statement each, on the driver pool (the ORM's unit of work cost more CPU
# than the rest of an ingest together) -------------------------------------------------------------
async def announce_object(pool: asyncpg.Pool, tenant_id: UUID, object_key: str, bucket: str) -> None:
    """Committed on its own, before the object is written: the sweeper's lead if no row follows."""
    await pool.execute("SELECT callvault_object_announce($1, $2, $3)", tenant_id, object_key, bucket)


async def readable(pool: asyncpg.Pool, tenant_id: UUID, transcript_id: UUID) -> asyncpg.Record | None:
    """One statement (the tenant set inside it): an active transcript's columns for a read, whether a
    restriction is in force, the tenant's redaction operators (JSON text, None for the defaults) and its
    current version's artifacts (JSON text: kind -> [bucket, key, sha256])."""
    return await pool.fetchrow("SELECT * FROM callvault_transcript_readable($1, $2)", tenant_id, transcript_id)


async def add_audit_entry(pool: asyncpg.Pool, tenant_id: UUID, action: str, transcript_id: UUID | None,
                          content: str, content_hash: str, created_at: datetime) -> None:
    """`content`: the entry's JSON text; one statement (the tenant set inside it), committed on return."""
    await pool.execute("SELECT callvault_audit_append($1, $2, $3, $4::jsonb, $5, $6)", tenant_id, action,
                       transcript_id, content, content_hash, created_at)


async def store(pool: asyncpg.Pool, t: Transcript, a: TranscriptArtifact, subjects: list[TranscriptSubject],
                event: CloudEvent, known_withdrawals: list[UUID]) -> tuple[datetime, list[UUID]]:
    """The row, its artifact, its blind index, its event, and the announcement's removal, in one
    transaction; its creation time, and the call's withdrawals that remove words which it sent back to
    `pending` (those the ingest did not see, `known_withdrawals` being those it did: they were recorded, and
    perhaps applied to the call's other transcripts, while it stored its object). UniqueViolationError: the
    Idempotency-Key won by a concurrent twin; Erased: an erasure erased the call, and nothing is stored."""
    async with pool.acquire() as connection, connection.transaction():
        # First, holding nothing: waits for a withdrawal of this call being applied, or an erasure closing it.
        await connection.execute(call_withdrawals_lock("$1"), t.call_id)
        created = await _store(connection, t, a, subjects, event)
        if erased := await connection.fetchrow(_ERASED, t.call_id, t.id):  # raised: all of it rolls back
            raise Erased(erased["request_id"], erased["erased_at"])
        repended = await connection.fetch(_REPEND, t.call_id, known_withdrawals)
    return created, [row["id"] for row in repended]


class Erased(Exception):
    """The store refused: an erasure erased the transcript's call (`request_id`, at `erased_at`)."""

    def __init__(self, request_id: UUID, erased_at: datetime) -> None:
        super().__init__(f"call erased by privacy request {request_id}")
        self.request_id, self.erased_at = request_id, erased_at


def call_withdrawals_lock(call: str) -> str:
    """Applying a withdrawal of a call, an erasure closing it, and storing a transcript of it take this lock (one
    per call, not one of the 512 call locks that calls share: a wait stays within the call), so one always sees
    the other."""
    return ("SELECT pg_advisory_xact_lock(hashtext('callvault.withdrawals'), "
            f"hashtext(CAST(CAST({call} AS uuid) AS text)))")


# SKIP LOCKED: a withdrawal locked now is being applied by one that waits for this store's lock, and lists
# this transcript once it has it. The store function has set the tenant for the transaction.
_REPEND = """
    UPDATE withdrawal SET status = 'pending', applied_at = NULL
    WHERE id IN (SELECT id FROM withdrawal WHERE call_id = $1 AND action <> 'keep' AND NOT (id = ANY($2::uuid[]))
                 FOR UPDATE SKIP LOCKED)
    RETURNING id"""


# Read under the call's lock, after the insert: an erasure closing the call either committed before (seen
# here) or waits for this commit and then finds the transcript itself (`privacy/erased_calls.py`). The legal
# holds that keep the new transcript are those the close keeps the call's transcripts by (`holds_sql`); one they
# keep is owed to the erasure once they no longer do (`held_erasure`, `privacy/held_erasures.py`).
_ERASED = f"""
    WITH e AS (SELECT e.tenant_id, e.call_id, e.request_id, e.erased_at, {holds_sql("t", "e.request_id")} AS matters
               FROM erased_call e JOIN transcript t ON t.id = $2 WHERE e.call_id = $1),
         owed AS (INSERT INTO held_erasure (tenant_id, transcript_id, request_id, call_id, matters)
                  SELECT tenant_id, $2, request_id, call_id, matters FROM e WHERE matters IS NOT NULL
                  ON CONFLICT DO NOTHING)
    SELECT request_id, erased_at FROM e WHERE matters IS NULL"""


async def _store(connection: asyncpg.Connection, t: Transcript, a: TranscriptArtifact,
                 subjects: list[TranscriptSubject], event: CloudEvent) -> datetime:
    return await connection.fetchval(
        "SELECT callvault_transcript_store($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15, "
        "$16, "
        "$17, $18, $19, $20, $21, $22, $23, $24, $25::jsonb, $26, $27, $28, $29, $30, $31::jsonb)",
        t.tenant_id, t.id, t.call_id, t.version, t.language, t.engine, t.tags, t.agent_ids, t.segment_count,
        t.removed_segments, json.dumps(t.removed), t.call_started_at, t.wrapped_key, t.kek_id, t.kek_version,
        t.idempotency_key, t.request_digest, a.kind, a.bucket, a.object_key, a.size, a.sha256,
        [s.kind for s in subjects], [s.digest for s in subjects],
        json.dumps([[str(p) for p in s.participant_ids] for s in subjects]), event.id, event.type, event.source,
        event.subject, event.time, json.dumps(event.data))


async def forget_pending(session: AsyncSession, tenant_id: UUID, keys: list[str]) -> None:
    await session.exec(delete(PendingObject).where(PendingObject.tenant_id == tenant_id,
                                                   col(PendingObject.object_key).in_(keys)))


async def pending_objects_due(session: AsyncSession, before: datetime, limit: int) -> list[tuple[UUID, str, str]]:
    rows = await session.exec(text("SELECT * FROM callvault_pending_objects_due(:before, :limit)"),
                              params={"before": before, "limit": limit})
    return [tuple(row) for row in rows.all()]


async def claim_pending(session: AsyncSession, object_key: str) -> bool:
    """The announcement, locked for the sweep; False while its writer holds it (or it is gone)."""
    query = text("SELECT 1 FROM pending_object WHERE object_key = :key FOR UPDATE SKIP LOCKED")
    return (await session.exec(query, params={"key": object_key})).first() is not None


async def has_artifact_at(session: AsyncSession, object_key: str) -> bool:
    query = select(TranscriptArtifact.transcript_id).where(TranscriptArtifact.object_key == object_key).limit(1)
    return (await session.exec(query)).first() is not None


# --- settings -------------------------------------------------------------------------------------
async def get_settings(session: AsyncSession, tenant_id: UUID) -> TranscriptSettings | None:
    return await session.get(TranscriptSettings, tenant_id)


# --- audit ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AuditFilter:
    action: str | None = None
    transcript_id: UUID | None = None
    actor: str | None = None
    since: datetime | None = None
    until: datetime | None = None


async def audit_page(session: AsyncSession, where: AuditFilter, *, before_position: int | None,
                     limit: int) -> list[AuditEntry]:
    return list((await session.exec(audit_query(where, before_position=before_position, limit=limit))).all())


def audit_query(where: AuditFilter, *, before_position: int | None, limit: int):
    query = select(AuditEntry)
    if where.action is not None:
        query = query.where(AuditEntry.action == where.action)
    if where.transcript_id is not None:
        query = query.where(AuditEntry.transcript_id == where.transcript_id)
    if where.actor is not None:
        query = query.where(AuditEntry.actor == where.actor)
    if where.since is not None:
        query = query.where(col(AuditEntry.created_at) >= where.since)
    if where.until is not None:
        query = query.where(col(AuditEntry.created_at) < where.until)
    if before_position is not None:
        query = query.where(col(AuditEntry.position) < before_position)
    return query.order_by(col(AuditEntry.position).desc()).limit(limit)


# --- keys -----------------------------------------------------------------------------------------
async def count_by_kek_version(session: AsyncSession) -> dict[int, int]:
    """Stored data keys by KEK version: the transcripts' and those of versions kept for a legal hold."""
    counts: dict[int, int] = {}
    for model in (Transcript, SupersededVersion):
        query = select(model.kek_version, func.count()).where(col(model.wrapped_key).is_not(None)).group_by(
            model.kek_version)
        for version, count in (await session.exec(query)).all():
            counts[version] = counts.get(version, 0) + count
    return counts


async def keys_below(session: AsyncSession, version: int, limit: int,
                     skip_locked: bool = True) -> list[Transcript | SupersededVersion]:
    """A batch of rows whose data key is wrapped under an older KEK version, locked: transcripts first,
    then versions kept for a legal hold. `FOR NO KEY UPDATE` because only the key columns change: it does
    not conflict with the key-share locks that rows referencing a transcript (audit, access) take."""
    for model in (Transcript, SupersededVersion):
        query = select(model).where(col(model.wrapped_key).is_not(None), col(model.kek_version) < version)
        lock = query.limit(limit).with_for_update(skip_locked=skip_locked, key_share=True)
        if rows := list((await session.exec(lock)).all()):
            return rows
    return []


async def kept_version(session: AsyncSession, transcript_id: UUID, version: int) -> SupersededVersion | None:
    """An older version of the transcript whose key a legal hold keeps."""
    query = select(SupersededVersion).where(SupersededVersion.transcript_id == transcript_id,
                                            SupersededVersion.version == version,
                                            col(SupersededVersion.wrapped_key).is_not(None))
    return (await session.exec(query)).first()


async def running_rotation(session: AsyncSession) -> KeyRotation | None:
    query = select(KeyRotation).where(KeyRotation.status == "running").order_by(col(KeyRotation.started_at).desc())
    return (await session.exec(query.limit(1))).first()


async def rotations(session: AsyncSession, limit: int = 10) -> list[KeyRotation]:
    query = select(KeyRotation).order_by(col(KeyRotation.started_at).desc()).limit(limit)
    return list((await session.exec(query)).all())

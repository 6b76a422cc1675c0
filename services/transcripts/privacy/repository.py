"""Every query of privacy requests, bound to a tenant session; nothing here commits."""

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, text
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.transcripts.models import DeletionCertificate, PrivacyRequest

# A restriction in force: from the moment its work starts until it is lifted.
RESTRICTING = ("r.type = 'restriction' AND r.status IN ('in_progress', 'completed', 'partially_completed') "
               "AND r.lift IS NULL")


def restricted_sql(transcript: str) -> str:
    """Whether the transcript (a table name or alias) has a subject under a restriction in force."""
    return f"""EXISTS (SELECT 1 FROM transcript_subject s JOIN privacy_request r
                        ON r.tenant_id = s.tenant_id AND s.digest = ANY (r.digests)
                       WHERE {RESTRICTING} AND s.transcript_id = {transcript}.id)"""


async def get(session: AsyncSession, request_id: UUID, for_update: bool = False) -> PrivacyRequest | None:
    query = select(PrivacyRequest).where(PrivacyRequest.id == request_id)
    if for_update:
        query = query.with_for_update()
    return (await session.exec(query)).first()


async def page(session: AsyncSession, *, due_before: datetime | None, status: list[str] | None,
               after: tuple[datetime, UUID] | None, limit: int) -> list[PrivacyRequest]:
    """Soonest due first."""
    query = select(PrivacyRequest)
    if due_before is not None:
        query = query.where(col(PrivacyRequest.due_at) < due_before)
    if status:
        query = query.where(col(PrivacyRequest.status).in_(status))
    if after is not None:
        query = query.where(func.row(PrivacyRequest.due_at, PrivacyRequest.id) > func.row(*after))
    query = query.order_by(col(PrivacyRequest.due_at), col(PrivacyRequest.id)).limit(limit)
    return list((await session.exec(query)).all())


async def purged_of(session: AsyncSession, digests: list[str]) -> list[Any]:
    """The subject's transcripts already deleted, through their certificates (which keep the blind
    indexes the transcripts' index lost): id, call, certificate, reason, when."""
    if not digests:
        return []
    rows = await session.execute(text("""
        SELECT c.transcript_id, c.call_id, c.id AS certificate_id, c.reason, c.issued_at
        FROM deletion_certificate c
        WHERE c.claims->>'scope' = 'transcript' AND EXISTS (
            SELECT 1 FROM jsonb_array_elements(c.claims->'subjects') s WHERE s->>'blind_index' = ANY (:digests))
        ORDER BY c.issued_at, c.id"""), {"digests": digests})
    return list(rows)


async def transcripts_of(session: AsyncSession, digests: list[str], *, lock: bool = False) -> list[Any]:
    """The subject's active transcripts (through the blind index's primary key: kind, digest), each with
    its call and the matters of the active legal holds that cover it (None: none does)."""
    if not digests:
        return []
    rows = await session.execute(text(f"""
        SELECT t.id, t.call_id, t.version,
               (SELECT array_agg(h.matter_id ORDER BY h.created_at) FROM legal_hold h
                WHERE h.status = 'active' AND callvault_hold_covers(h, t)) AS matters
        FROM transcript t
        WHERE t.status = 'active' AND t.id IN (
            SELECT s.transcript_id FROM transcript_subject s
            WHERE s.kind = ANY (ARRAY['phone', 'email', 'external_id']) AND s.digest = ANY (:digests))
        ORDER BY t.call_started_at, t.id {"FOR UPDATE OF t" if lock else ""}"""), {"digests": digests})
    return list(rows)


async def transcripts_page(session: AsyncSession, digests: list[str], after: tuple[UUID, UUID] | None,
                           limit: int) -> list[Any]:
    """A page of the subject's active transcripts (id, call_id) in (call, id) order, after the keyset `after`."""
    if not digests:
        return []
    rows = await session.execute(text(f"""
        SELECT t.id, t.call_id FROM transcript t
        WHERE t.status = 'active' {"AND (t.call_id, t.id) > (:call_id, :id)" if after else ""} AND t.id IN (
            SELECT s.transcript_id FROM transcript_subject s
            WHERE s.kind = ANY (ARRAY['phone', 'email', 'external_id']) AND s.digest = ANY (:digests))
        ORDER BY t.call_id, t.id LIMIT :limit"""),
        {"digests": digests, "limit": limit, **({"call_id": after[0], "id": after[1]} if after else {})})
    return list(rows)


async def restricted(session: AsyncSession, transcript_id: UUID) -> bool:
    return bool((await session.execute(text(f"SELECT {restricted_sql('t')} FROM transcript t WHERE t.id = :id"),
                                       {"id": transcript_id})).scalar())


async def statuses(session: AsyncSession, ids: list[UUID]) -> dict[UUID, str]:
    rows = await session.execute(text("SELECT id, status FROM transcript WHERE id = ANY(:ids)"), {"ids": ids})
    return {row.id: row.status for row in rows}


async def certificates_for(session: AsyncSession, ids: list[UUID]) -> list[DeletionCertificate]:
    query = select(DeletionCertificate).where(col(DeletionCertificate.transcript_id).in_(ids))
    return list((await session.exec(query.order_by(col(DeletionCertificate.issued_at)))).all())


async def with_work(session: AsyncSession, limit: int) -> list[tuple[UUID, UUID]]:
    """(tenant, request) of every tenant's requests with work left (a SECURITY DEFINER function of 0007)."""
    rows = await session.execute(text("SELECT tenant_id, id FROM callvault_privacy_work(:limit)"), {"limit": limit})
    return [(row.tenant_id, row.id) for row in rows]


async def overdue(session: AsyncSession) -> int:
    return (await session.execute(text("SELECT callvault_privacy_overdue()"))).scalar_one()


# Exports' data keys live in their request's `export` (dropped from it when the export is deleted).
_EXPORT_KEY = "export ? 'wrapped_key'"


async def export_keys_by_version(session: AsyncSession) -> dict[int, int]:
    """Live exports' data keys by KEK version (a rotation must not retire a version one still uses)."""
    rows = await session.execute(text(f"SELECT (export->>'kek_version')::int AS v, count(*) AS n FROM privacy_request "
                                      f"WHERE {_EXPORT_KEY} GROUP BY 1"))
    return {row.v: row.n for row in rows}


async def exports_below(session: AsyncSession, version: int, limit: int, skip_locked: bool = True
                        ) -> list[PrivacyRequest]:
    """A batch of requests whose export's data key is wrapped under an older KEK version, locked."""
    query = select(PrivacyRequest).where(text(_EXPORT_KEY), text("(export->>'kek_version')::int < :version"))
    query = query.params(version=version).limit(limit).with_for_update(skip_locked=skip_locked)
    return list((await session.exec(query)).all())


async def live_exports_of(session: AsyncSession, digests: list[str], transcript_ids: list[UUID] = ()
                          ) -> list[PrivacyRequest]:
    """Requests whose export is still there, locked: of a subject sharing one of these blind indexes, or holding
    one of these transcripts (its report lists them: a subject asked for by email, erased by number)."""
    holds = text("EXISTS (SELECT 1 FROM jsonb_array_elements_text(report #> '{found,transcripts,transcripts,ids}') "
                 "AS listed(id) WHERE listed.id = ANY (CAST(:ids AS text[])))").bindparams(
        ids=[str(i) for i in transcript_ids])
    query = select(PrivacyRequest).where(text(_EXPORT_KEY), col(PrivacyRequest.export_deleted_at).is_(None),
                                         or_(col(PrivacyRequest.digests).op("&&")(digests), holds))
    return list((await session.exec(query.order_by(col(PrivacyRequest.created_at)).with_for_update())).all())


async def erasures_verified_since(session: AsyncSession, digests: list[str], since: datetime) -> list[UUID]:
    """Erasures of a subject sharing one of these blind indexes, verified after `since`."""
    rows = await session.execute(text(
        "SELECT id FROM privacy_request WHERE type = 'erasure' AND digests && CAST(:digests AS text[]) "
        "AND verification IS NOT NULL AND CAST(verification ->> 'at' AS timestamptz) > :since "
        "ORDER BY created_at"), {"digests": digests, "since": since})
    return list(rows.scalars())


async def subject_participants(session: AsyncSession, transcript_id: UUID, digests: list[str]) -> set[str]:
    """The transcript's participants whose own identifiers are among these blind indexes."""
    rows = await session.execute(text(
        "SELECT DISTINCT unnest(participant_ids)::text FROM transcript_subject "
        "WHERE transcript_id = :id AND digest = ANY (:digests)"), {"id": transcript_id, "digests": digests})
    return set(rows.scalars())


# --- erased calls -----------------------------------------------------------------------------------
def holds_sql(transcript: str, request_id: str) -> str:
    """The matters (NULL: none) of the active holds that keep `transcript` of a call the erasure `request_id`
    closed: one rule for the close and the store. A hold that covers it; or one naming the erasing request's
    subject, in its time range: the erasure erased the subject's numbers, so a later transcript is not indexed
    to them and `callvault_hold_covers` cannot see it."""
    return f"""(SELECT array_agg(h.matter_id ORDER BY h.created_at) FROM legal_hold h
                WHERE h.status = 'active' AND (callvault_hold_covers(h, {transcript}) OR (
                    h.subject_digests && (SELECT r.digests FROM privacy_request r WHERE r.id = {request_id})
                    AND (h.from_at IS NULL OR {transcript}.call_started_at >= h.from_at)
                    AND (h.to_at IS NULL OR {transcript}.call_started_at < h.to_at))))"""


async def erased_call_transcripts(session: AsyncSession, call_id: str, request_id: UUID) -> list[Any]:
    """The active transcripts of a call the request closes, locked in id order (the shred step's order within a
    call): id, created_at, whether indexed to the subject, and the matters of the holds that keep them."""
    rows = await session.execute(text(f"""
        SELECT t.id, t.created_at, {holds_sql("t", ":request")} AS matters,
               EXISTS (SELECT 1 FROM transcript_subject s JOIN privacy_request r ON r.id = :request
                       WHERE s.transcript_id = t.id AND s.digest = ANY (r.digests)) AS subject
        FROM transcript t WHERE t.call_id = CAST(:call AS uuid) AND t.status = 'active'
        ORDER BY t.id FOR UPDATE OF t"""), {"call": call_id, "request": request_id})
    return list(rows)


async def subject_calls(session: AsyncSession, digests: list[str]) -> list[str]:
    """The calls of the subject's active transcripts now."""
    return sorted({str(row.call_id) for row in await transcripts_of(session, digests)})


async def matters_naming(session: AsyncSession, call_id: str, digests: list[str]) -> list[str]:
    """The active holds that keep a call whatever its transcripts: naming it, naming the subject, or the whole
    tenant's (no scope, no time range)."""
    rows = await session.execute(text(
        "SELECT matter_id FROM legal_hold WHERE status = 'active' AND (CAST(:call AS uuid) = ANY (call_ids) "
        "OR subject_digests && CAST(:digests AS text[]) OR (cardinality(call_ids) = 0 AND cardinality(tags) = 0 "
        "AND cardinality(subject_digests) = 0 AND from_at IS NULL AND to_at IS NULL)) ORDER BY created_at"),
        {"call": call_id, "digests": digests})
    return list(rows.scalars())


async def add_erased_call(session: AsyncSession, tenant_id: UUID, call_id: str, request_id: UUID) -> None:
    await session.execute(text(
        "INSERT INTO erased_call (tenant_id, call_id, request_id) VALUES (:tenant, CAST(:call AS uuid), :request) "
        "ON CONFLICT DO NOTHING"), {"tenant": tenant_id, "call": call_id, "request": request_id})


async def erased_calls(session: AsyncSession, call_ids: list[str]) -> list[str]:
    """Which of these calls an erasure closed."""
    rows = await session.execute(text(
        "SELECT call_id::text FROM erased_call WHERE call_id = ANY (CAST(:calls AS uuid[]))"), {"calls": call_ids})
    return list(rows.scalars())


# --- held erasures ----------------------------------------------------------------------------------
async def add_held_erasures(session: AsyncSession, tenant_id: UUID, request_id: UUID,
                            rows: list[tuple[UUID, UUID, list[str]]]) -> None:
    """Transcripts (id, call, matters) the erasure `request_id` kept for a legal hold, owed once it ends."""
    for transcript_id, call_id, matters in rows:
        await session.execute(text(
            "INSERT INTO held_erasure (tenant_id, transcript_id, request_id, call_id, matters) "
            "VALUES (:tenant, :transcript, :request, :call, :matters) ON CONFLICT DO NOTHING"),
            {"tenant": tenant_id, "transcript": transcript_id, "request": request_id, "call": call_id,
             "matters": list(matters)})


# Something to do: a transcript shredded and not yet certified into the report, or one still owed that no
# active hold covers any more (or that something else deleted meanwhile).
# The holds are those that keep a transcript of a call the erasure closed (`holds_sql`), which include those
# that cover it.
_HELD_ERASURE_DUE = f"""e.state = 'shredded' OR (e.state = 'held' AND (
    t.status <> 'active' OR {holds_sql("t", "e.request_id")} IS NULL))"""


async def held_erasure_requests(session: AsyncSession, limit: int) -> list[UUID]:
    """Requests with a held erasure the purge can settle now, oldest first."""
    rows = await session.execute(text(f"""
        SELECT e.request_id FROM held_erasure e JOIN transcript t ON t.id = e.transcript_id
        WHERE e.state IN ('held', 'shredded') AND ({_HELD_ERASURE_DUE})
        GROUP BY e.request_id ORDER BY min(e.held_at) LIMIT :limit"""), {"limit": limit})
    return list(rows.scalars())


async def lock_held_erasures(session: AsyncSession, request_id: UUID) -> list[Any]:
    """The request's open held erasures with their transcripts, both locked (the caller holds the request's
    row first, as the erasure's own step does): transcript id, call, state, the matters that kept it, the
    transcript's status, and the matters of the active holds that cover it now (None: none does)."""
    rows = await session.execute(text(f"""
        SELECT e.transcript_id, e.call_id, e.state, e.matters, t.status,
               {holds_sql("t", "e.request_id")} AS matters_now
        FROM held_erasure e JOIN transcript t ON t.id = e.transcript_id
        WHERE e.request_id = :request AND e.state IN ('held', 'shredded')
        ORDER BY t.call_started_at, t.id FOR UPDATE OF e, t"""), {"request": request_id})  # as `transcripts_of`
    return list(rows)


async def settle_held_erasures(session: AsyncSession, request_id: UUID, ids: list[UUID], state: str) -> None:
    settled = "now()" if state in ("erased", "gone") else "NULL"
    await session.execute(text(
        f"UPDATE held_erasure SET state = :state, settled_at = {settled} "
        "WHERE request_id = :request AND transcript_id = ANY(:ids)"),
        {"state": state, "request": request_id, "ids": ids})


async def holds_keep_call(session: AsyncSession, call_id: str, digests: list[str]) -> bool:
    """Whether an active hold still keeps the erased call open to later transcripts (`matters_naming`)."""
    return bool(await matters_naming(session, call_id, digests))

"""Every query of retention, legal holds and the purge, bound to a tenant session; nothing here commits.
The rules that need the database's view of every row (a transcript's retention, whether a hold covers
it) are SQL functions of migration 0004, so that the purge, the preview and a hold's count agree."""

import json
from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy import func, or_, text
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.transcripts.models import (
    CallRetention,
    DeletionCertificate,
    LegalHold,
    RetentionPolicy,
    SupersededVersion,
    Transcript,
    TranscriptArtifact,
    TranscriptSubject,
    Withdrawal,
)
from services.transcripts.repository import call_withdrawals_lock

_DUE_COUNTS = """
    count(*) FILTER (WHERE e <= now()) AS due_now,
    count(*) FILTER (WHERE e <= now() + interval '7 days') AS due_within_7_days,
    count(*) FILTER (WHERE e <= now() + interval '30 days') AS due_within_30_days"""

# The matter ids of the active holds that cover transcript `t`, oldest first (NULL: none does).
_MATTERS = """(SELECT array_agg(h.matter_id ORDER BY h.created_at) FROM legal_hold h
               WHERE h.status = 'active' AND callvault_hold_covers(h, t))"""


async def get_policy(session: AsyncSession) -> RetentionPolicy | None:
    return (await session.exec(select(RetentionPolicy))).first()


async def get_call_retention(session: AsyncSession, call_id: UUID) -> CallRetention | None:
    return (await session.exec(select(CallRetention).where(CallRetention.call_id == call_id))).first()


async def call_overrides_outside(session: AsyncSession, low: int, high: int | None) -> int:
    return (await session.execute(text(
        "SELECT count(*) FROM call_retention WHERE days < :low OR days > COALESCE(:high, days)"),
        {"low": low, "high": high})).scalar_one()


async def recompute_retention(session: AsyncSession, call_id: UUID | None = None) -> int:
    """Each active transcript's retention (and so its expiry) from the saved policies; how many."""
    query = ("UPDATE transcript t SET (retention_days, retention_source) = "
             "(SELECT r.days, r.source FROM callvault_retention_for(t.tenant_id, t.call_id, t.tags) r) "
             "WHERE t.status = 'active'")
    if call_id is not None:
        query += " AND t.call_id = :call"
    result = await session.execute(text(query), {"call": call_id} if call_id else {})
    return result.rowcount


async def call_expiries(session: AsyncSession, call_id: UUID) -> list[tuple[UUID, int, str, datetime | None]]:
    """The call's active transcripts: id, retention days, its source, expiry."""
    rows = await session.execute(text(
        "SELECT id, retention_days, retention_source, expires_at FROM transcript "
        "WHERE call_id = :call AND status = 'active' ORDER BY created_at"), {"call": call_id})
    return [tuple(r) for r in rows]


async def retention_for(session: AsyncSession, tenant_id: UUID, call_id: UUID) -> tuple[int, str]:
    """The retention an untagged transcript of the call would get now, and its source."""
    row = (await session.execute(text("SELECT days, source FROM callvault_retention_for(:t, :c, '{}')"),
                                 {"t": tenant_id, "c": call_id})).one()
    return row.days, row.source


async def due_counts_proposed(session: AsyncSession, default_days: int, by_tag: dict[str, int]) -> dict[str, int]:
    row = (await session.execute(text(f"""
        SELECT {_DUE_COUNTS},
               count(*) FILTER (WHERE e <= now() AND EXISTS (
                   SELECT 1 FROM legal_hold h WHERE h.status = 'active' AND callvault_hold_covers(h, x.t))) AS held
        FROM (SELECT t, t.call_ended_at + r.days * interval '24 hours' AS e
              FROM transcript t
              LEFT JOIN call_retention c ON c.tenant_id = t.tenant_id AND c.call_id = t.call_id,
              LATERAL callvault_retention_pick(:default, CAST(:by_tag AS jsonb), c.days, t.tags) r
              WHERE t.status = 'active' AND t.call_ended_at IS NOT NULL) x
    """), {"default": default_days, "by_tag": json.dumps(by_tag)})).mappings().one()
    return dict(row)


async def due_counts_current(session: AsyncSession) -> dict[str, int]:
    row = (await session.execute(text(f"""
        SELECT {_DUE_COUNTS}, count(*) FILTER (WHERE call_ended IS NULL) AS awaiting_call_end
        FROM (SELECT expires_at AS e, call_ended_at AS call_ended FROM transcript WHERE status = 'active') x
    """))).mappings().one()
    return dict(row)


async def record_call_end(session: AsyncSession, tenant_id: UUID, call_id: UUID, ended_at: datetime) -> int:
    """Remember when the call ended (for transcripts still to come) and start its transcripts' clocks.
    Under the call's lock, which storing a transcript also takes (migration 0004): one sees the other."""
    await session.execute(text("SELECT callvault_lock_call(:call)"), {"call": call_id})
    # Never backwards: an earlier end would make transcripts due before their time (a later one,
    # from a redelivery after a fix, may only lengthen what is kept).
    ended = (await session.execute(text(
        "INSERT INTO call_end (tenant_id, call_id, ended_at) VALUES (:tenant, :call, :ended) "
        "ON CONFLICT (tenant_id, call_id) DO UPDATE SET ended_at = greatest(call_end.ended_at, EXCLUDED.ended_at) "
        "RETURNING ended_at"), {"tenant": tenant_id, "call": call_id, "ended": ended_at})).scalar_one()
    result = await session.execute(text(
        "UPDATE transcript SET call_ended_at = :ended WHERE call_id = :call AND status = 'active' "
        "AND (call_ended_at IS NULL OR call_ended_at < :ended)"), {"call": call_id, "ended": ended})
    return result.rowcount


async def call_ended_at(session: AsyncSession, call_id: UUID) -> datetime | None:
    """When the call ended, as `call.ended` said (never moved backwards)."""
    return (await session.execute(text("SELECT ended_at FROM call_end WHERE call_id = :call"),
                                  {"call": call_id})).scalar_one_or_none()


async def transcript_count(session: AsyncSession, call_id: UUID) -> int:
    return (await session.execute(text("SELECT count(*) FROM transcript WHERE call_id = :call"),
                                  {"call": call_id})).scalar_one()


# Legal holds

async def get_hold(session: AsyncSession, hold_id: UUID) -> LegalHold | None:
    return await session.get(LegalHold, hold_id)


async def holds(session: AsyncSession) -> list[tuple[LegalHold, int]]:
    """Every hold, newest first, with the count of active transcripts it covers (0 once released)."""
    rows = (await session.execute(text("""
        SELECT h.id, CASE WHEN h.status = 'active' THEN (
                   SELECT count(*) FROM transcript t WHERE t.status = 'active' AND callvault_hold_covers(h, t))
               ELSE 0 END AS covered
        FROM legal_hold h ORDER BY h.created_at DESC, h.id DESC
    """))).all()
    found = {h.id: h for h in (await session.exec(select(LegalHold))).all()}
    return [(found[row.id], row.covered) for row in rows]


async def covered_count(session: AsyncSession, hold_id: UUID) -> int:
    return (await session.execute(text(
        "SELECT count(*) FROM legal_hold h JOIN transcript t ON t.status = 'active' AND callvault_hold_covers(h, t) "
        "WHERE h.id = :id AND h.status = 'active'"), {"id": hold_id})).scalar_one()


async def matters_holding(session: AsyncSession, transcript_id: UUID) -> list[str]:
    """The matter ids of the active holds that cover the transcript."""
    rows = await session.execute(text(
        "SELECT h.matter_id FROM legal_hold h JOIN transcript t ON t.id = :id "
        "WHERE h.status = 'active' AND callvault_hold_covers(h, t) ORDER BY h.created_at"), {"id": transcript_id})
    return list(rows.scalars())


async def holds_name_subjects(session: AsyncSession) -> bool:
    """Whether an active hold names people (subjects) in its scope."""
    return (await session.execute(text(
        "SELECT EXISTS (SELECT 1 FROM legal_hold WHERE status = 'active' AND cardinality(subject_digests) > 0)"
    ))).scalar_one()


async def matters_holding_call(session: AsyncSession, call_id: UUID, started_at: datetime,
                               participant_digests: list[str], someone_unnumbered: bool) -> list[str]:
    """The matter ids of the active holds that keep the call's copies other than transcripts: as
    `callvault_hold_covers` reads a transcript of the call, except that tags never match (a call without
    transcripts has none) and subjects match by the blind index of a participant's number
    (`participant_digests`). Where that cannot tell, the hold keeps the call: a hold naming anyone by email,
    external id or a number in a national format (read in the tenant's region of now, the participants' in
    that of then), or made before its kinds were kept, and any hold naming people when a customer or third
    party on the call has no number (`someone_unnumbered`)."""
    rows = await session.execute(text(
        "SELECT h.matter_id FROM legal_hold h WHERE h.status = 'active' "
        "AND (h.from_at IS NULL OR :started >= h.from_at) AND (h.to_at IS NULL OR :started < h.to_at) "
        "AND ((cardinality(h.call_ids) = 0 AND cardinality(h.tags) = 0 AND cardinality(h.subject_digests) = 0) "
        "OR CAST(:call AS uuid) = ANY (h.call_ids) "
        "OR (cardinality(h.subject_digests) > 0 AND (:unnumbered OR h.subject_kinds IS NULL "
        "    OR NOT h.subject_kinds <@ ARRAY['phone'] OR h.subject_digests && CAST(:digests AS text[])))) "
        "ORDER BY h.created_at"), {"call": call_id, "started": started_at, "digests": participant_digests,
                                   "unnumbered": someone_unnumbered})
    return list(rows.scalars())


async def unhold_all(session: AsyncSession) -> int:
    """Due transcripts set aside for a hold go back to the backlog, where the next pass checks them again."""
    return (await session.execute(text("UPDATE transcript SET held = false WHERE held"))).rowcount


# The purge

async def tenants_with_work(session: AsyncSession, limit: int) -> list[UUID]:
    """Tenants with due or unfinished purges (across tenants: a SECURITY DEFINER function of 0004)."""
    rows = await session.execute(text("SELECT tenant_id FROM callvault_purge_tenants(now(), :limit)"),
                                 {"limit": limit})
    return list(rows.scalars())


# The backlog: a tenant's due transcripts, oldest expiry first, through the partial index `transcript_due`.
CLAIM_DUE = f"""
    SELECT t.id, {_MATTERS} AS matters
    FROM transcript t
    WHERE t.status = 'active' AND NOT t.held AND t.expires_at <= now()
    ORDER BY t.expires_at LIMIT :limit FOR UPDATE OF t SKIP LOCKED"""


async def claim_due(session: AsyncSession, limit: int) -> list[tuple[UUID, list[str] | None]]:
    """Due transcripts, locked against other workers; with the matters of any active hold that covers
    each (None: none does)."""
    rows = await session.execute(text(CLAIM_DUE), {"limit": limit})
    return [(row.id, row.matters) for row in rows]


async def due(session: AsyncSession, limit: int | None = None) -> list[Any]:
    """Every due transcript not set aside (or the `limit` soonest), with why it is due and the matters
    of any hold covering it."""
    rows = await session.execute(text(f"""
        SELECT t.tenant_id, t.id, t.call_id, t.expires_at,
               t.retention_source || ', ' || t.retention_days || ' days' AS why, {_MATTERS} AS matters
        FROM transcript t WHERE t.status = 'active' AND NOT t.held AND t.expires_at <= now() ORDER BY t.expires_at
        {"LIMIT :limit" if limit is not None else ""}
    """), {"limit": limit} if limit is not None else {})
    return list(rows)


async def set_held(session: AsyncSession, ids: list[UUID]) -> None:
    await session.execute(text("UPDATE transcript SET held = true WHERE id = ANY(:ids)"), {"ids": ids})


async def shred(session: AsyncSession, ids: list[UUID], purge: dict[str, Any] | None = None) -> None:
    """Crypto-shredding: the wrapped data keys go (no copy of the objects can be decrypted from this
    commit on), and the transcripts enter `purging`. `purge` says why; by default, their retention."""
    cause = ("CAST(:purge AS jsonb)" if purge is not None else
             "jsonb_build_object('reason', 'retention', 'policy', retention_source, 'days', retention_days, "
             "'expired_at', expires_at)")
    await session.execute(text(
        f"UPDATE transcript SET status = 'purging', wrapped_key = NULL, purge = {cause}, purge_requested_at = now() "
        "WHERE id = ANY(:ids) AND status = 'active'"), {"ids": ids, "purge": json.dumps(purge)})
    # Older versions kept for a hold that has ended lose their keys with the transcript's.
    await session.execute(text(
        "UPDATE superseded_version SET wrapped_key = NULL, kek_id = NULL, kek_version = NULL, key_destroyed_at = now() "
        "WHERE transcript_id = ANY(:ids) AND wrapped_key IS NOT NULL"), {"ids": ids})


async def lock_purging(session: AsyncSession, limit: int, ids: list[UUID] | None = None) -> list[Any]:
    """Transcripts whose keys are gone and whose objects may not be, locked against other workers."""
    only = " AND id = ANY(:ids)" if ids is not None else ""
    rows = await session.execute(text(
        "SELECT id, tenant_id, call_id, version, purge, purge_requested_at FROM transcript "
        f"WHERE status = 'purging'{only} ORDER BY purge_requested_at LIMIT :limit FOR UPDATE SKIP LOCKED"),
        {"limit": limit, "ids": ids})
    return list(rows)


async def restored_transcript(session: AsyncSession, transcript_id: UUID) -> Transcript | None:
    """The transcript, locked, if it is not purged: after a restore, one a certificate says is gone."""
    query = (select(Transcript).where(Transcript.id == transcript_id, col(Transcript.status).in_(["active", "purging"]))
             .with_for_update())
    return (await session.exec(query)).first()


async def artifacts_of(session: AsyncSession, ids: list[UUID]) -> list[TranscriptArtifact]:
    query = select(TranscriptArtifact).where(col(TranscriptArtifact.transcript_id).in_(ids))
    return list((await session.exec(query)).all())


async def subjects_of(session: AsyncSession, ids: list[UUID]) -> list[TranscriptSubject]:
    query = select(TranscriptSubject).where(col(TranscriptSubject.transcript_id).in_(ids))
    return list((await session.exec(query)).all())


async def finish_purge(session: AsyncSession, ids: list[UUID]) -> None:
    """The objects are gone: the transcripts are purged, and no longer found by subject."""
    await session.execute(text("UPDATE transcript SET status = 'purged', deleted_at = now() WHERE id = ANY(:ids)"),
                          {"ids": ids})
    await session.execute(text("DELETE FROM transcript_subject WHERE transcript_id = ANY(:ids)"), {"ids": ids})


# Withdrawals and superseded versions

async def pending_withdrawals(session: AsyncSession, limit: int) -> list[UUID]:
    rows = await session.execute(text(
        "SELECT id FROM withdrawal WHERE status = 'pending' ORDER BY received_at LIMIT :limit"), {"limit": limit})
    return list(rows.scalars())


async def lock_withdrawal(session: AsyncSession, withdrawal_id: UUID) -> Withdrawal | None:
    """The withdrawal, if still pending and no other worker is applying it."""
    query = (select(Withdrawal).where(Withdrawal.id == withdrawal_id, Withdrawal.status == "pending")
             .with_for_update(skip_locked=True))
    return (await session.exec(query)).first()


async def lock_call_withdrawals(session: AsyncSession, call_id: UUID) -> None:
    await session.execute(text(call_withdrawals_lock(":call")), {"call": call_id})


async def call_transcripts(session: AsyncSession, call_id: UUID) -> list[tuple[Transcript, list[str] | None]]:
    """The call's active transcripts, locked, each with the matters of the holds that cover it."""
    rows = (await session.execute(text(
        f"SELECT t.id, {_MATTERS} AS matters FROM transcript t WHERE t.call_id = :call AND t.status = 'active' "
        "ORDER BY t.created_at FOR UPDATE OF t"), {"call": call_id})).all()
    found = {t.id: t for t in (await session.exec(
        select(Transcript).where(col(Transcript.id).in_([r.id for r in rows])))).all()} if rows else {}
    return [(found[r.id], r.matters) for r in rows]


async def announce_object(session: AsyncSession, tenant_id: UUID, object_key: str, bucket: str) -> None:
    """As at ingest (`repository.announce_object`), on a session: the sweeper's lead if no row follows."""
    await session.execute(text("SELECT callvault_object_announce(:tenant, :key, :bucket)"),
                          {"tenant": tenant_id, "key": object_key, "bucket": bucket})


async def hold_announcement(session: AsyncSession, object_key: str) -> None:
    """The writer's hold on its announcement until its row commits (with the announcement's removal):
    the sweeper skips an announcement a writer holds, however long the writer takes."""
    await session.execute(text("SELECT 1 FROM pending_object WHERE object_key = :key FOR UPDATE"), {"key": object_key})


async def forget_announcement(session: AsyncSession, object_key: str) -> None:
    """The announced object has its row now: the sweeper must leave it alone."""
    await session.execute(text("DELETE FROM pending_object WHERE object_key = :key"), {"key": object_key})


async def superseded(session: AsyncSession, limit: int, keys: list[tuple[UUID, int]] | None = None
                     ) -> list[SupersededVersion]:
    """Versions whose objects may not be gone yet, locked against other workers: those whose key is gone,
    and those whose key was kept for a legal hold that no longer covers their transcript."""
    query = select(SupersededVersion).where(or_(col(SupersededVersion.wrapped_key).is_(None), text(
        "NOT EXISTS (SELECT 1 FROM legal_hold h JOIN transcript t ON t.id = superseded_version.transcript_id "
        "WHERE h.status = 'active' AND callvault_hold_covers(h, t))")))
    if keys is not None:
        query = query.where(func.row(SupersededVersion.transcript_id, SupersededVersion.version)
                            .in_([func.row(t, v) for t, v in keys]))
    query = query.order_by(col(SupersededVersion.key_destroyed_at)).limit(limit).with_for_update(skip_locked=True)
    return list((await session.exec(query)).all())


async def version_artifacts(session: AsyncSession, versions: list[SupersededVersion]) -> list[TranscriptArtifact]:
    if not versions:
        return []
    query = select(TranscriptArtifact).where(func.row(TranscriptArtifact.transcript_id, TranscriptArtifact.version)
                                             .in_([func.row(v.transcript_id, v.version) for v in versions]))
    return list((await session.exec(query)).all())


async def drop_versions(session: AsyncSession, versions: list[SupersededVersion]) -> None:
    """Their objects are gone: their artifact rows and their superseded mark go."""
    for v in versions:
        await session.execute(text("DELETE FROM transcript_artifact WHERE transcript_id = :t AND version = :v"),
                              {"t": v.transcript_id, "v": v.version})
        await session.delete(v)


async def lifecycle_stats(session: AsyncSession) -> dict[str, float]:
    """Across tenants: a SECURITY DEFINER function of migration 0005."""
    return dict((await session.execute(text("SELECT * FROM callvault_lifecycle_stats()"))).mappings().one())


# Deletion certificates

async def certificates_page(session: AsyncSession, *, transcript_id: UUID | None, call_id: UUID | None,
                            after: tuple[datetime, UUID] | None, limit: int) -> list[DeletionCertificate]:
    query = select(DeletionCertificate)
    if transcript_id is not None:
        query = query.where(DeletionCertificate.transcript_id == transcript_id)
    if call_id is not None:
        query = query.where(DeletionCertificate.call_id == call_id)
    if after is not None:
        at, last = after
        query = query.where((col(DeletionCertificate.issued_at) < at)
                            | ((col(DeletionCertificate.issued_at) == at) & (col(DeletionCertificate.id) < last)))
    query = query.order_by(col(DeletionCertificate.issued_at).desc(), col(DeletionCertificate.id).desc()).limit(limit)
    return list((await session.exec(query)).all())


async def get_certificate(session: AsyncSession, certificate_id: UUID) -> DeletionCertificate | None:
    return await session.get(DeletionCertificate, certificate_id)


async def transcripts_of_call(session: AsyncSession, call_id: UUID) -> list[Transcript]:
    query = select(Transcript).where(Transcript.call_id == call_id).order_by(col(Transcript.created_at),
                                                                            col(Transcript.id))
    return list((await session.exec(query)).all())


async def certificates_of_call(session: AsyncSession, call_id: UUID) -> list[DeletionCertificate]:
    query = select(DeletionCertificate).where(DeletionCertificate.call_id == call_id).order_by(
        col(DeletionCertificate.issued_at), col(DeletionCertificate.id))
    return list((await session.exec(query)).all())

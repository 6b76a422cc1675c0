"""The transcripts service's context and its smaller use cases: tenant settings and deletion.
Ingest, views and key rotation have modules of their own."""

from datetime import UTC, datetime
from uuid import UUID

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.errors import DependencyUnavailable
from services.common.events.outbox import add_event
from services.transcripts import audit, events, repository
from services.transcripts.audit import Actor
from services.transcripts.errors import TranscriptNotFound
from services.transcripts.lifecycle import holds
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.purge import PurgeReport
from services.transcripts.models import Transcript, TranscriptSettings
from services.transcripts.schemas import TranscriptSettingsRead, TranscriptSettingsUpdate, TranscriptSummary
from services.transcripts.vault import Context

log = structlog.get_logger()


async def tenant_settings(session: AsyncSession, tenant_id: UUID) -> TranscriptSettingsRead:
    row = await repository.get_settings(session, tenant_id)
    return TranscriptSettingsRead() if row is None else TranscriptSettingsRead.model_validate(row, from_attributes=True)


async def update_settings(session: AsyncSession, actor: Actor,
                          change: TranscriptSettingsUpdate) -> TranscriptSettingsRead:
    row = await repository.get_settings(session, actor.tenant_id) or TranscriptSettings(tenant_id=actor.tenant_id)
    changed = change.model_dump(exclude_none=True)
    for name, value in changed.items():
        setattr(row, name, value)
    row.updated_at = datetime.now(UTC)
    repository.add(session, row)
    await audit.record(session, actor, audit.SETTINGS_CHANGED, changes=changed)
    await session.commit()
    return TranscriptSettingsRead.model_validate(row, from_attributes=True)


async def delete_transcript(session: AsyncSession, ctx: Context, transcript_id: UUID, reason: str) -> None:
    """The purge's path, now: refused while a legal hold covers the transcript; else its wrapped data
    key is destroyed (crypto-shredding) in the commit that records who asked and why, then its objects
    are deleted and a certificate issued. If object storage fails after the commit, the transcript is
    unreadable already and the purge worker finishes it."""
    transcript = await repository.get(session, transcript_id, for_update=True)  # a purge worker waits, or skips it
    if transcript is None:
        raise TranscriptNotFound(f"no transcript {transcript_id}")
    try:
        await holds.refuse_if_held(session, transcript_id)
    except holds.HeldByLegalHold as exc:
        raise await audit.refusal(session, ctx.actor, audit.DELETE_REFUSED, exc, transcript_id=transcript_id,
                                  reason=reason, matters=exc.extra["matters"]) from None
    await lifecycle.shred(session, [transcript_id], {"reason": "manual", "request_id": ctx.actor.request_id})
    add_event(session, events.deleted(ctx.tenant_id, transcript_id, transcript.call_id))
    await audit.record(session, ctx.actor, audit.DELETED, transcript_id=transcript_id, reason=reason)
    await session.commit()
    try:
        await ctx.purger.complete(ctx.tenant_id, PurgeReport(), [transcript_id])
    except DependencyUnavailable as exc:
        log.warning("deleted transcript's objects left to the purge worker", transcript_id=str(transcript_id),
                    error=exc.detail)


def summary(t: Transcript) -> TranscriptSummary:
    return TranscriptSummary(id=t.id, call_id=t.call_id, version=t.version, language=t.language, engine=t.engine,
                             tags=t.tags, segment_count=t.segment_count, removed_segments=t.removed_segments,
                             call_started_at=t.call_started_at, created_at=t.created_at, expires_at=t.expires_at,
                             retention_days=t.retention_days, retention_source=t.retention_source)

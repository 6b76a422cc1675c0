"""Storing a transcript: consent-gated, encrypted under a fresh data key, object before row.

Write order: the object is announced (`pending_object`, committed), written, and then its row and
the announcement's removal commit together (one statement each, `repository.announce_object` and
`repository.store`). A crash between the two leaves an announcement the
sweeper acts on, never a row that points at nothing.

A withdrawal of the call recorded after the ingest read the call's withdrawals reaches this transcript
too: its application, if it runs while the row is being stored, waits for the commit and lists it; if it
ran before, the store sends it back to pending and it is applied again at once (`repository.store`).
An erasure that closed the call (`privacy/erased_calls.py`) is seen the same way, under the same lock: the
store is refused (410 `call-erased`) and nothing is kept.
"""

from functools import partial
from uuid import UUID, uuid4

import asyncpg
import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import gateway_keys, subjects
from services.common.crypto.envelope import Place
from services.transcripts import artifacts, events, repository
from services.transcripts.clients.consent import ConsentPeriods
from services.transcripts.consent_check import refused_segments, withdrawn_segments
from services.transcripts.documents import SEGMENTS, pack
from services.transcripts.errors import (
    CallErased,
    IdempotencyKeyReserved,
    IdempotencyKeyReused,
    SegmentsWithoutConsent,
    TooManySegments,
    UnknownSubjectParticipant,
)
from services.transcripts.lifecycle import withdrawals
from services.transcripts.models import Transcript, TranscriptArtifact, TranscriptSubject
from services.transcripts.schemas import RefusedSegment, TranscriptCreate, TranscriptStored
from services.transcripts.service import summary, tenant_settings
from services.transcripts.vault import Context, PurgeReport

log = structlog.get_logger()


async def store_transcript(session: AsyncSession, ctx: Context, body: TranscriptCreate, fingerprint: str | None,
                           idempotency_key: str | None) -> tuple[TranscriptStored, bool]:
    """The stored transcript, and whether it is new (False: the replay of an Idempotency-Key, which
    must come with the same body: `fingerprint`)."""
    if (idempotency_key is not None and gateway_keys.is_gateway_key(idempotency_key)
            and not ctx.actor.principal.is_gateway):
        raise IdempotencyKeyReserved("Idempotency-Keys of the form '<provider>-call:<sha-256 hex>' are callvault's own "
                                     "(a voice-AI platform's transcript, delivered by the gateway); choose another")
    if idempotency_key is not None and (first := await repository.get_by_idempotency_key(session, idempotency_key)):
        return _replay(first, fingerprint), False
    if len(body.segments) > ctx.settings.max_transcript_segments:
        raise TooManySegments(f"{len(body.segments)} segments; at most {ctx.settings.max_transcript_segments} "
                              "in one transcript")
    periods = await ctx.consent.transcription_periods(ctx.token, ctx.actor.request_id, body.call_id)
    _check_subjects(body, periods)
    refused = refused_segments(periods, body.segments)
    if refused and (await tenant_settings(session, ctx.tenant_id)).refused_segments == "reject":
        raise SegmentsWithoutConsent(f"{len(refused)} of {len(body.segments)} segments lack transcription consent; "
                                     "nothing was stored", segments=[r.model_dump(mode="json") for r in refused])
    # A transcript that comes after a withdrawal (a voice-AI platform's, at the call's end) is stored as the
    # withdrawal would have left it; one stored before it is rewritten by the withdrawal itself. A withdrawal
    # still pending (a legal hold defers it, or it is being applied) is left to its application, which a hold
    # may keep this transcript from: the store sends it back to pending and it is applied at once.
    applied = [w for w in await repository.removing_withdrawals(session, body.call_id) if w.status == "applied"]
    withdrawn = withdrawn_segments(periods, body.segments, applied, refused)
    refused = sorted([*refused, *withdrawn], key=lambda r: r.index)
    transcript = _transcript(ctx, body, periods, refused, idempotency_key, fingerprint)
    artifact = await _write_object(ctx, transcript, _document(body, refused))
    event = events.stored(ctx.tenant_id, transcript.id, transcript.call_id, transcript.version,
                          transcript.segment_count, transcript.removed_segments, transcript.tags)
    try:
        transcript.created_at, repended = await repository.store(
            ctx.pool, transcript, artifact, _subjects(ctx, body, periods, transcript.id), event,
            [w.id for w in applied])
    except asyncpg.UniqueViolationError:
        first = await repository.get_by_idempotency_key(session, idempotency_key) if idempotency_key else None
        if first is None:
            raise
        return _replay(first, fingerprint), False  # a concurrent twin won; this object is the sweeper's
    except repository.Erased as erased:  # nothing stored; the object, never referenced, is the sweeper's
        # The writer (an ASR vendor's key, the gateway's inbox that lists it) learns only that the call is gone;
        # which request erased it, and when, stays in the log.
        log.info("transcript of an erased call refused", call_id=str(body.call_id),
                 request_id=str(erased.request_id), erased_at=erased.erased_at.isoformat())
        raise CallErased(f"call {body.call_id} was erased: a transcript of it is not stored",
                         call_id=str(body.call_id)) from None
    if repended:
        await _apply_withdrawals(ctx, repended)
    return _answer(transcript), True


async def _apply_withdrawals(ctx: Context, ids: list[UUID]) -> None:
    """Withdrawals recorded while this transcript was being stored (sent back to pending by the store) applied
    now, to it too, as they would have been had the transcript come first; the purge worker's next pass does
    it if this cannot (the transcript is stored either way). The answer says what was stored, before them."""
    try:
        for withdrawal_id in ids:
            await withdrawals.apply(ctx.purger, ctx.tenant_id, withdrawal_id, PurgeReport())
    except Exception as exc:  # storage or the KMS away
        log.warning("withdrawal not applied to a transcript stored meanwhile; the purge worker will",
                    tenant_id=str(ctx.tenant_id), error=str(exc) or type(exc).__name__)


def _replay(first: Transcript, fingerprint: str | None) -> TranscriptStored:
    if first.request_digest != fingerprint:
        raise IdempotencyKeyReused("this Idempotency-Key first came with a different transcript")
    return _answer(first)


def _answer(t: Transcript) -> TranscriptStored:
    """The same for the first answer and its replays: the retention fields come after it (the database sets
    them at the insert), so neither carries them."""
    unset = {"expires_at": None, "retention_days": None, "retention_source": None}
    return TranscriptStored(**(summary(t).model_dump() | unset),
                            removed=[RefusedSegment.model_validate(r) for r in t.removed])


def _transcript(ctx: Context, body: TranscriptCreate, periods: ConsentPeriods, refused: list[RefusedSegment],
                idempotency_key: str | None, fingerprint: str | None) -> Transcript:
    return Transcript(
        id=uuid4(), tenant_id=ctx.tenant_id, call_id=body.call_id, language=body.language, engine=body.engine,
        tags=sorted(set(body.tags)),
        agent_ids=sorted({p.external_id for p in periods.participants if p.role == "agent"}),
        segment_count=len(body.segments), removed_segments=len(refused),
        removed=[r.model_dump(mode="json") for r in refused], call_started_at=periods.started_at,
        kek_id="", kek_version=0, idempotency_key=idempotency_key, request_digest=fingerprint)


def _document(body: TranscriptCreate, refused: list[RefusedSegment]) -> bytes:
    """The words, as stored: kept segments whole, removed ones as markers without their text."""
    segments: list = list(body.segments)
    for r in refused:
        s = body.segments[r.index]
        segments[r.index] = {"participant_id": s.participant_id, "start_ms": s.start_ms, "end_ms": s.end_ms,
                             "removed": True, "removed_reason": r.reason}
    return pack(segments)


async def _write_object(ctx: Context, transcript: Transcript, plaintext: bytes) -> TranscriptArtifact:
    data_key, wrapped = await artifacts.new_data_key(ctx.kms, ctx.tenant_id, "nothing was stored")
    transcript.wrapped_key, transcript.kek_id = wrapped.blob, wrapped.kek_id
    transcript.kek_version = wrapped.kek_version
    place = Place(ctx.tenant_id, transcript.id, transcript.version, SEGMENTS)
    bucket = ctx.store.bucket_for(ctx.actor.principal.data_region)
    return await artifacts.write(ctx.store, partial(repository.announce_object, ctx.pool), data_key, place, bucket,
                                 plaintext)


def _check_subjects(body: TranscriptCreate, periods: ConsentPeriods) -> None:
    on_call = {p.participant_id for p in periods.participants}
    if unknown := sorted({str(p.participant_id) for p in body.subjects.participants} - {str(i) for i in on_call}):
        raise UnknownSubjectParticipant(f"subjects.participants names {', '.join(unknown)}, who is not on call "
                                        f"{body.call_id}")


def _subjects(ctx: Context, body: TranscriptCreate, periods: ConsentPeriods, transcript_id: UUID
              ) -> list[TranscriptSubject]:
    """The blind index: participants' numbers (the consent service's index, under the same tenant key),
    and the emails and external ids sent with the transcript; each with the participants whose own it is,
    so that whatever identifier finds a subject, their own segments are known."""
    named: dict[tuple[str, str], set[UUID]] = {}
    for p in periods.participants:
        if p.phone_number_index:
            named.setdefault((subjects.PHONE, p.phone_number_index), set()).add(p.participant_id)
    for pair in subjects.other_indexes(ctx.crypto, ctx.tenant_id, body.subjects.emails, body.subjects.external_ids):
        named.setdefault(pair, set())
    for own in body.subjects.participants:
        for pair in subjects.other_indexes(ctx.crypto, ctx.tenant_id, own.emails, own.external_ids):
            named.setdefault(pair, set()).add(own.participant_id)
    return [TranscriptSubject(tenant_id=ctx.tenant_id, kind=kind, digest=d, transcript_id=transcript_id,
                              participant_ids=sorted(named[kind, d])) for kind, d in sorted(named)]


"""Reading transcripts: who may see which view, decrypting with integrity checks, and the audit
entry every read and list leaves before it answers. A transcript a privacy request restricts is read
by a compliance officer only, with a reason, and left out of everyone else's lists."""

from datetime import datetime
from uuid import UUID

from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import subjects
from services.common.auth import Role
from services.common.crypto.envelope import IntegrityError, Place, digest, open_sealed
from services.common.crypto.kms import UnknownKeyVersion, WrappedKey, kms_outage
from services.common.db import tenant_session
from services.common.events.outbox import add_event
from services.transcripts import audit, cursors, events, hot_read, redacted_artifact, repository
from services.transcripts.documents import SEGMENTS, unpack
from services.transcripts.errors import (
    FullViewForbidden,
    KeyVersionMissing,
    OneSubjectAtATime,
    ReasonRequired,
    TranscriptErased,
    TranscriptIntegrity,
    TranscriptNotFound,
    TranscriptPurged,
    TranscriptRestricted,
    TranscriptVersionNotFound,
)
from services.transcripts.models import SupersededVersion, Transcript
from services.transcripts.privacy import repository as privacy
from services.transcripts.schemas import Finding, SegmentRead, TranscriptList, TranscriptRead, View
from services.transcripts.service import summary, tenant_settings
from services.transcripts.tenant_redaction import caller_redactor, unchecked
from services.transcripts.vault import Context

INTEGRITY_FAILURES = Counter("callvault_transcript_integrity_failures_total",
                             "Stored transcripts that failed their checksum or decryption", ["kind"])
OBJECTS_MISSING = Counter("callvault_transcript_objects_missing_total",
                          "Reads of a transcript whose row is here but whose objects are gone: a database restore "
                          "not yet followed by `callvault purge --reapply-erasures`")
# Roles that see every transcript of their tenant; an agent sees only the calls it was on.
_SEES_ALL = frozenset({Role.tenant_admin, Role.compliance_officer, Role.supervisor})


def _agent_scope(ctx: Context) -> str | None:
    """The agent id a caller is confined to, or None for a caller who sees every call."""
    principal = ctx.actor.principal
    if principal.roles & _SEES_ALL:
        return None
    return principal.agent_id or principal.subject.partition(":")[2]


async def read_transcript(session: AsyncSession, ctx: Context, transcript_id: UUID, view: View,
                          reason: str | None, version: int | None = None) -> TranscriptRead:
    if plain := await _plain(ctx, transcript_id, view, reason, version):
        return plain
    return await _read_on_session(session, ctx, transcript_id, view, reason, version)


async def read_transcript_on(engine: AsyncEngine, ctx: Context, transcript_id: UUID, view: View,
                             reason: str | None, version: int | None = None) -> TranscriptRead:
    """`read_transcript` opening the tenant's session only when the plain case is not the one (the route:
    an ORM session made and closed for nothing cost the plain read more than its JSON)."""
    if plain := await _plain(ctx, transcript_id, view, reason, version):
        return plain
    async with tenant_session(engine, ctx.tenant_id) as session:
        return await _read_on_session(session, ctx, transcript_id, view, reason, version)


async def _plain(ctx: Context, transcript_id: UUID, view: View, reason: str | None, version: int | None
                 ) -> TranscriptRead | None:
    """The redacted view's plain case (`hot_read`), when it is the one asked for and can answer."""
    if view is View.redacted and version is None:
        return await hot_read.redacted(ctx, transcript_id, reason, _agent_scope(ctx))
    return None


async def _read_on_session(session: AsyncSession, ctx: Context, transcript_id: UUID, view: View,
                           reason: str | None, version: int | None) -> TranscriptRead:
    try:
        transcript, keys, restricted = await _readable(session, ctx, transcript_id, view, reason, version)
    except (FullViewForbidden, TranscriptRestricted) as exc:
        raise await audit.refusal(session, ctx.actor, audit.READ_REFUSED, exc, transcript_id=transcript_id,
                                  reason=reason, view=view.value) from None
    if view is View.redacted:
        rendered = await _redacted(session, ctx, transcript, keys)
    else:
        rendered = _render(transcript, unpack(await _open(session, ctx, transcript, SEGMENTS, keys)), view)
    await audit.record(session, ctx.actor, audit.READ, transcript_id=transcript.id, reason=reason, view=view.value,
                       call_id=str(transcript.call_id), **({"restricted": True} if restricted else {}),
                       **({"version": version} if isinstance(keys, SupersededVersion) else {}))
    if view is View.full:
        add_event(session, events.viewed_full(ctx.tenant_id, transcript.id, transcript.call_id,
                                              ctx.actor.principal.subject, ctx.actor.request_id))
    await session.commit()
    return rendered


async def _readable(session: AsyncSession, ctx: Context, transcript_id: UUID, view: View, reason: str | None,
                    version: int | None) -> tuple[Transcript, Transcript | SupersededVersion, bool]:
    """The transcript (as of `version`), the row whose key opens it, and whether it is restricted; or
    the refusal (403 before any 422 about the reason)."""
    if view is View.full:
        await _ensure_full_view_allowed(session, ctx, reason)
    transcript = await repository.get(session, transcript_id)
    agent = _agent_scope(ctx)
    if transcript is None:
        await _refuse_if_deleted(session, transcript_id, agent)
    if transcript is None:
        raise TranscriptNotFound(f"no transcript {transcript_id}")
    if agent is not None and agent not in transcript.agent_ids:  # said so: an agent sees only its own calls'
        raise TranscriptNotFound(f"transcript {transcript_id} is not one of this agent's calls: an agent reads "
                                 "only the transcripts of calls it was on (an API key with the agent role names no "
                                 "agent, so none)")
    restricted = await privacy.restricted(session, transcript_id)
    if restricted:
        _ensure_restricted_read_allowed(ctx, reason)
    keys: Transcript | SupersededVersion = transcript
    if version is not None and version != transcript.version:
        keys = await _kept_version(session, ctx, transcript, version, reason)
        transcript = Transcript.model_validate(transcript.model_dump() | {"version": version})  # detached
    return transcript, keys, restricted


async def _refuse_if_deleted(session: AsyncSession, transcript_id: UUID, agent: str | None) -> None:
    """410 for a transcript the caller could have read before its deletion, naming its certificates."""
    deleted = await repository.get_deleted(session, transcript_id)
    if deleted is None or (agent is not None and agent not in deleted.agent_ids):
        return
    certificates = await repository.certificate_ids(session, transcript_id)
    named = f"; deletion certificate {', '.join(certificates)}" if certificates else " (its objects are being deleted)"
    raise TranscriptPurged(f"transcript {transcript_id} was deleted ({(deleted.purge or {}).get('reason', 'purged')})"
                           f"{named}", certificates=certificates)


async def _ensure_full_view_allowed(session: AsyncSession, ctx: Context, reason: str | None) -> None:
    roles = ctx.actor.principal.roles
    allowed = Role.compliance_officer in roles or (
        Role.supervisor in roles and (await tenant_settings(session, ctx.tenant_id)).supervisors_see_full)
    if not allowed:
        raise FullViewForbidden("the full view needs the compliance_officer role (or supervisor, where the tenant "
                                "allows it)")
    if not reason:
        raise ReasonRequired("say why the full text is needed: `?view=full&reason=...` (it is audited)")


async def _kept_version(session: AsyncSession, ctx: Context, transcript: Transcript, version: int,
                        reason: str | None) -> SupersededVersion:
    """An older version a legal hold keeps (a rectification under the hold): evidence, read by a
    compliance officer with a reason."""
    if Role.compliance_officer not in ctx.actor.principal.roles:
        raise FullViewForbidden("an older version of a transcript is read by a compliance officer only")
    if not reason:
        raise ReasonRequired("say why you read an older version: `?version=...&reason=...` (it is audited)")
    kept = await repository.kept_version(session, transcript.id, version)
    if kept is None:
        raise TranscriptVersionNotFound(f"transcript {transcript.id} has no version {version} kept: the current one "
                                        f"is {transcript.version}, and older ones are kept only under a legal hold")
    return kept


def _ensure_restricted_read_allowed(ctx: Context, reason: str | None) -> None:
    if Role.compliance_officer not in ctx.actor.principal.roles:
        raise TranscriptRestricted("a privacy request restricts this transcript: only a compliance officer may read "
                                   "it, with a reason")
    if not reason:
        raise ReasonRequired("this transcript is restricted by a privacy request: say why you read it, "
                             "`?reason=...` (it is audited)")


async def _redacted(session: AsyncSession, ctx: Context, transcript: Transcript,
                    keys: Transcript | SupersededVersion) -> TranscriptRead:
    """From the stored redacted artifact when there is one made with the tenant's operators of now;
    otherwise redacted here, from the words."""
    redactor = await caller_redactor(session, ctx)
    kind = redacted_artifact.kind(redactor)
    if await repository.artifact(session, transcript.id, transcript.version, kind):
        stored = redacted_artifact.unpack(await _open(session, ctx, transcript, kind, keys))
        findings = [Finding(type=t, segment=i, start=a, end=b, recognizer=r) for t, i, a, b, r in stored.findings]
        return TranscriptRead(**summary(transcript).model_dump(), view=View.redacted,
                              segments=[SegmentRead.model_validate(s) for s in stored.segments],
                              redactions=findings, not_checked=unchecked())
    segments = unpack(await _open(session, ctx, transcript, SEGMENTS, keys))
    texts, found = await redactor.segments([s.text for s in segments])
    for segment, text in zip(segments, texts, strict=True):
        segment.text = text
    findings = [Finding(type=f.type, segment=f.segment, start=f.start, end=f.end, recognizer=f.recognizer)
                for f in found]
    return TranscriptRead(**summary(transcript).model_dump(), view=View.redacted, segments=segments,
                          redactions=findings, not_checked=unchecked())


async def _open(session: AsyncSession, ctx: Context, transcript: Transcript, kind: str,
                keys: Transcript | SupersededVersion) -> bytes:
    """The artifact's plaintext, checked against its recorded digest and its place; `keys` is the row
    holding the version's wrapped data key (the transcript, or an older version a legal hold keeps)."""
    artifact = await repository.artifact(session, transcript.id, transcript.version, kind)
    if artifact is None:
        raise TranscriptIntegrity(f"transcript {transcript.id} has no stored {kind}")
    blob = await ctx.store.get(artifact.bucket, artifact.object_key)
    if blob is None:
        OBJECTS_MISSING.inc()
        certificates = await repository.certificate_ids(session, transcript.id)
        raise TranscriptErased(f"the stored words of transcript {transcript.id} are gone: it was erased and a "
                               "database restore brought its row back (run `callvault purge --reapply-erasures`)"
                               + (f"; deletion certificate {', '.join(certificates)}" if certificates else ""),
                               certificates=certificates)
    if digest(blob) != artifact.sha256:
        INTEGRITY_FAILURES.labels("checksum").inc()
        raise TranscriptIntegrity(f"the stored object of transcript {transcript.id} is not the one written "
                                  "(checksum mismatch)")
    data_key = await _data_key(session, ctx, keys)
    try:
        return open_sealed(data_key, Place(ctx.tenant_id, transcript.id, transcript.version, kind), blob)
    except IntegrityError as exc:
        INTEGRITY_FAILURES.labels("decryption").inc()
        raise TranscriptIntegrity(f"transcript {transcript.id}: {exc}") from exc


async def _data_key(session: AsyncSession, ctx: Context, keys: Transcript | SupersededVersion) -> bytes:
    """Unwrap; when a rotation moved the key to a new KEK version and retired the old one between
    our read of the row and now, read the row again."""
    for attempt in range(2):
        try:
            with kms_outage():
                return await ctx.kms.unwrap(ctx.tenant_id, WrappedKey(keys.kek_id, keys.kek_version, keys.wrapped_key))
        except UnknownKeyVersion as exc:
            if attempt:
                raise KeyVersionMissing(str(exc)) from exc
            await session.refresh(keys)
    raise AssertionError("unreachable")


def _render(transcript: Transcript, segments: list[SegmentRead], view: View) -> TranscriptRead:
    return TranscriptRead(**summary(transcript).model_dump(), view=view, segments=segments, redactions=[])


async def list_transcripts(session: AsyncSession, ctx: Context, *, call_id: UUID | None, tag: str | None,
                           created_after: datetime | None, created_before: datetime | None,
                           phone_number: str | None, email: str | None, external_id: str | None,
                           cursor: str | None, limit: int) -> TranscriptList:
    subject = await _subject(ctx, phone_number, email, external_id)
    rows = await repository.list_transcripts(
        session, call_id=call_id, tag=tag, created_after=created_after, created_before=created_before,
        subject=subject, agent=_agent_scope(ctx), after=cursors.decode(cursor) if cursor else None, limit=limit + 1,
        hide_restricted=Role.compliance_officer not in ctx.actor.principal.roles)
    page = rows[:limit]
    filters = {name: True for name, value in (("call_id", call_id), ("tag", tag), ("phone_number", phone_number),
                                               ("email", email), ("external_id", external_id)) if value}
    await audit.record(session, ctx.actor, audit.LISTED, filters=sorted(filters), results=len(page),
                       call_id=call_id and str(call_id))
    await session.commit()
    return TranscriptList(items=[summary(t) for t in page],
                          next_cursor=cursors.encode(page[-1].created_at, page[-1].id) if len(rows) > limit else None)


async def list_call_transcripts(session: AsyncSession, ctx: Context, call_id: UUID, cursor: str | None,
                                limit: int) -> TranscriptList:
    """A call the caller cannot see is a 404, as everywhere else, not an empty page."""
    await ctx.consent.ensure_call(ctx.token, ctx.actor.request_id, call_id)
    return await list_transcripts(session, ctx, call_id=call_id, tag=None, created_after=None, created_before=None,
                                  phone_number=None, email=None, external_id=None, cursor=cursor, limit=limit)


async def _subject(ctx: Context, phone_number: str | None, email: str | None, external_id: str | None
             ) -> tuple[str, str] | None:
    """The blind index to look for (one subject at a time): never the value itself."""
    if sum(1 for value in (phone_number, email, external_id) if value) > 1:
        raise OneSubjectAtATime("look for one of phone_number, email or external_id at a time")
    if phone_number:
        return subjects.PHONE, await ctx.phone_index(phone_number)
    if email:
        return subjects.EMAIL, subjects.email_index(ctx.crypto, ctx.tenant_id, email)
    if external_id:
        return subjects.EXTERNAL_ID, subjects.external_id_index(ctx.crypto, ctx.tenant_id, external_id)
    return None

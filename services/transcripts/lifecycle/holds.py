"""Legal holds: while an active hold covers a transcript, nothing deletes it (retention, erasure, a
manual delete, a withdrawal policy), and whoever asked is told which matter kept it. A hold's scope
is evaluated whenever a deletion is considered, never copied onto transcripts, so it covers those that
arrive later and has no limit on how many it covers. Subjects are kept as blind indexes (and, for
the hold's readers, encrypted as given)."""

import json
from datetime import UTC, datetime
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.errors import Conflict, NotFound
from services.transcripts import audit
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.schemas import LegalHoldCreate, LegalHoldList, LegalHoldRead
from services.transcripts.models import LegalHold
from services.transcripts.vault import Context

HOLD_CREATED = "legal_hold.created"
HOLD_RELEASED = "legal_hold.released"
HOLDS_LISTED = "legal_hold.listed"
_SUBJECTS_COLUMN = "legal_hold.subjects"


class LegalHoldNotFound(NotFound):
    slug, title = "legal-hold-not-found", "Legal hold not found"


class LegalHoldReleased(Conflict):
    slug, title = "legal-hold-released", "The legal hold is already released"


class HeldByLegalHold(Conflict):
    """Refused because a legal hold covers the transcript; `matters` says which."""

    slug, title = "held-by-legal-hold", "Kept by a legal hold"


async def create(session: AsyncSession, ctx: Context, body: LegalHoldCreate) -> LegalHoldRead:
    scope, subjects = body.scope, body.scope.subjects
    pairs = await ctx.subject_indexes(subjects.phone_numbers, subjects.emails, subjects.external_ids)
    digests = {digest for _, digest in pairs}
    sealed = (ctx.crypto.encrypt(ctx.tenant_id, _SUBJECTS_COLUMN, subjects.model_dump_json())
              if digests else None)
    hold = LegalHold(tenant_id=ctx.tenant_id, matter_id=body.matter_id, reason=body.reason,
                     call_ids=sorted(set(scope.call_ids)), tags=sorted(set(scope.tags)),
                     subject_digests=sorted(digests), subject_kinds=_kinds(pairs, subjects.phone_numbers),
                     subjects_sealed=sealed, from_at=scope.from_, to_at=scope.to,
                     created_by=ctx.actor.principal.subject, created_at=datetime.now(UTC))
    session.add(hold)
    await session.flush()
    await audit.record(session, ctx.actor, HOLD_CREATED, reason=body.reason, hold_id=str(hold.id),
                       matter_id=body.matter_id)
    await session.commit()
    return _read(ctx, hold, await lifecycle.covered_count(session, hold.id))


def _kinds(pairs: list[tuple[str, str]], phone_numbers: list[str]) -> list[str]:
    """The kinds of identifier the subjects were named by; `phone_national` beside `phone` when a number was
    given without a `+` and its country code (its digest depends on the tenant's region of now: even '00' is
    an international prefix in some regions only, '011' in North America, '010' in Japan)."""
    national = any(not n.strip().startswith("+") for n in phone_numbers)
    return sorted({kind for kind, _ in pairs} | ({"phone_national"} if national else set()))


async def list_holds(session: AsyncSession, ctx: Context) -> LegalHoldList:
    """Audited where a hold names people: their numbers, ids and emails are shown, decrypted."""
    answer = LegalHoldList(items=[_read(ctx, hold, count) for hold, count in await lifecycle.holds(session)])
    if naming := [str(h.id) for h in answer.items if any(h.scope["subjects"].values())]:
        await audit.record(session, ctx.actor, HOLDS_LISTED, holds_naming_subjects=naming)
        await session.commit()
    return answer


async def release(session: AsyncSession, ctx: Context, hold_id: UUID, reason: str) -> LegalHoldRead:
    """Release the hold; transcripts it alone kept from a deletion are deleted by the next purge pass."""
    hold = await lifecycle.get_hold(session, hold_id)
    if hold is None:
        raise LegalHoldNotFound(f"no legal hold {hold_id}")
    if hold.status != "active":
        raise LegalHoldReleased(f"legal hold {hold_id} was released at {hold.released_at:%Y-%m-%dT%H:%M:%SZ}")
    hold.status, hold.released_by, hold.release_reason = "released", ctx.actor.principal.subject, reason
    hold.released_at = datetime.now(UTC)
    session.add(hold)
    await session.flush()
    await lifecycle.unhold_all(session)
    await audit.record(session, ctx.actor, HOLD_RELEASED, reason=reason, hold_id=str(hold.id),
                       matter_id=hold.matter_id)
    await session.commit()
    return _read(ctx, hold, 0)


async def refuse_if_held(session: AsyncSession, transcript_id: UUID) -> None:
    """HeldByLegalHold (409, with the matter ids) when an active hold covers the transcript."""
    if matters := await lifecycle.matters_holding(session, transcript_id):
        raise HeldByLegalHold(f"kept by the legal hold of matter {', '.join(matters)}; nothing was deleted",
                              matters=matters)


def _read(ctx: Context, hold: LegalHold, transcripts: int) -> LegalHoldRead:
    subjects = (json.loads(ctx.crypto.decrypt(ctx.tenant_id, _SUBJECTS_COLUMN, hold.subjects_sealed))
                if hold.subjects_sealed else {"phone_numbers": [], "external_ids": [], "emails": []})
    scope = {"call_ids": [str(c) for c in hold.call_ids], "subjects": subjects, "tags": hold.tags,
             "from": hold.from_at and hold.from_at.isoformat(), "to": hold.to_at and hold.to_at.isoformat()}
    return LegalHoldRead(id=hold.id, matter_id=hold.matter_id, reason=hold.reason, scope=scope, status=hold.status,
                         created_by=hold.created_by, created_at=hold.created_at, released_by=hold.released_by,
                         release_reason=hold.release_reason, released_at=hold.released_at, transcripts=transcripts)

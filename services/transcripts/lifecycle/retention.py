"""Retention: how long transcripts are kept after their call ends. A tenant's default (30 days when
it sets none), days per tag, and per-call overrides, all within the tenant's bounds; when several
apply the longest wins, and the transcript records which one (`retention_source`). A change
recomputes every active transcript's expiry in the same commit."""

from datetime import UTC, datetime
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.errors import Unprocessable
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.transcripts import audit
from services.transcripts.audit import Actor
from services.transcripts.errors import CallNotFound
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.schemas import (
    DEFAULT_DAYS,
    CallRetentionRead,
    CallRetentionStatus,
    CallRetentionUpdate,
    DueCounts,
    RetentionApplied,
    RetentionPolicyRead,
    RetentionPolicyUpdate,
    RetentionPreview,
)
from services.transcripts.models import CallRetention, RetentionPolicy
from services.transcripts.vault import Context

RETENTION_CHANGED = "retention.changed"
CALL_RETENTION_SET = "retention.call_set"


class OutsideRetentionBounds(Unprocessable):
    slug, title = "outside-retention-bounds", "Outside the tenant's retention bounds"


async def get_policy(session: AsyncSession) -> RetentionPolicyRead:
    row = await lifecycle.get_policy(session)
    if row is None:
        return RetentionPolicyRead(default_days=DEFAULT_DAYS)
    return RetentionPolicyRead.model_validate(row, from_attributes=True)


async def put_policy(session: AsyncSession, actor: Actor, change: RetentionPolicyUpdate) -> RetentionPolicyRead:
    """Save the policy, recompute every active transcript's expiry, audit; one commit."""
    if outside := await lifecycle.call_overrides_outside(session, change.min_days, change.max_days):
        raise OutsideRetentionBounds(f"{outside} calls have a retention override outside "
                                     f"{change.min_days}..{change.max_days if change.max_days is not None else '∞'}"
                                     " days; change those first")
    row = await lifecycle.get_policy(session) or RetentionPolicy(tenant_id=actor.tenant_id, default_days=DEFAULT_DAYS,
                                                                  updated_by=actor.principal.subject)
    for name, value in change.model_dump().items():
        setattr(row, name, value)
    row.updated_by, row.updated_at = actor.principal.subject, datetime.now(UTC)
    session.add(row)
    await session.flush()
    recomputed = await lifecycle.recompute_retention(session)
    await audit.record(session, actor, RETENTION_CHANGED, policy=change.model_dump(), transcripts=recomputed)
    await session.commit()
    return RetentionPolicyRead.model_validate(row, from_attributes=True)


async def preview(session: AsyncSession, default_days: int | None, by_tag: dict[str, int] | None) -> RetentionPreview:
    """What a policy would make due, beside what the saved one does; fields not given keep their value."""
    saved = await get_policy(session)
    proposed = await lifecycle.due_counts_proposed(
        session, saved.default_days if default_days is None else default_days,
        saved.by_tag if by_tag is None else by_tag)
    current = await lifecycle.due_counts_current(session)
    return RetentionPreview(proposed=DueCounts(**proposed), current=DueCounts(**current), held=proposed["held"],
                            awaiting_call_end=current["awaiting_call_end"])


async def put_call_retention(session: AsyncSession, ctx: Context, call_id: UUID,
                             change: CallRetentionUpdate) -> CallRetentionRead:
    """A call's own retention (it wins only when longer than what its tags and the default say)."""
    policy = await get_policy(session)
    if change.days < policy.min_days or (policy.max_days is not None and change.days > policy.max_days):
        raise OutsideRetentionBounds(f"{change.days} days is outside the tenant's bounds "
                                     f"({policy.min_days}..{policy.max_days if policy.max_days is not None else '∞'})")
    await ctx.consent.ensure_call(ctx.token, ctx.actor.request_id, call_id)
    row = await lifecycle.get_call_retention(session, call_id) or CallRetention(
        tenant_id=ctx.tenant_id, call_id=call_id, days=change.days, reason=change.reason,
        set_by=ctx.actor.principal.subject)
    row.days, row.reason, row.set_by = change.days, change.reason, ctx.actor.principal.subject
    row.updated_at = datetime.now(UTC)
    session.add(row)
    await session.flush()
    recomputed = await lifecycle.recompute_retention(session, call_id)
    await audit.record(session, ctx.actor, CALL_RETENTION_SET, reason=change.reason, call_id=str(call_id),
                       days=change.days, transcripts=recomputed)
    await session.commit()
    applied = [RetentionApplied(transcript_id=t, retention_days=d, retention_source=s, expires_at=e)
               for t, d, s, e in await lifecycle.call_expiries(session, call_id)]
    days, source = await lifecycle.retention_for(session, ctx.tenant_id, call_id)  # an untagged transcript's
    governs = all(a.retention_source == "call" for a in applied) if applied else source == "call"
    note = None if governs else (
        f"the longest retention wins: {max([days, *(a.retention_days for a in applied)])} days "
        f"({', '.join(sorted({a.retention_source for a in applied} or {source}))}) apply, not this "
        f"override's {change.days}; it is kept and applies if it becomes the longest")
    return CallRetentionRead(call_id=call_id, days=row.days, reason=row.reason, set_by=row.set_by,
                             updated_at=row.updated_at, transcripts=recomputed, governs=governs, applied=applied,
                             note=note)


async def call_status(session: AsyncSession, ctx: Context, call_id: UUID) -> CallRetentionStatus:
    """The retention of the call's copies without transcripts, and the holds keeping them (the call read
    from the consent service as the caller: CallNotFound unless it may see it)."""
    call = await ctx.consent.read(ctx.token, ctx.actor.request_id, f"/v1/calls/{call_id}", call_id)
    started = datetime.fromisoformat(call.get("started_at") or call["created_at"])
    days, source = await lifecycle.retention_for(session, ctx.tenant_id, call_id)
    ended = await lifecycle.call_ended_at(session, call_id) or (
        datetime.fromisoformat(call["ended_at"]) if call.get("ended_at") else None)
    digests, unknown = [], False
    if await lifecycle.holds_name_subjects(session):  # are the people a hold names on the call?
        try:
            digests, unknown = await ctx.consent.participant_indexes(ctx.token, ctx.actor.request_id, call_id)
        except CallNotFound:  # its participants not readable: who was on it cannot be told, so anyone may have been
            unknown = True
    return CallRetentionStatus(call_id=call_id, days=days, source=source,
                               transcripts=await lifecycle.transcript_count(session, call_id),
                               call_ended_at=ended,
                               held_by=await lifecycle.matters_holding_call(session, call_id, started, digests,
                                                                            unknown))


async def on_call_ended(session: AsyncSession, event: CloudEvent) -> None:
    """`call.ended` from the consent service: the clock of the call's transcripts starts."""
    data = catalog.CallEnded.parse(event)
    await lifecycle.record_call_end(session, event.tenantid, data.call_id, datetime.fromisoformat(data.ended_at))

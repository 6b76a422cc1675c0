"""A call's history as periods over which a purpose's decision does not change: one answer that lets
the transcripts service check every segment of a transcript without a request per segment."""

from datetime import datetime
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.recording_consent import decisions, repository
from services.recording_consent.errors import CallNotFound
from services.recording_consent.schemas import ConsentPeriod, ConsentPeriods, PeriodParticipant
from services.recording_consent.service import Context

MAX_PERIODS = 10_000  # each event can start one; a call never has this many


async def consent_periods(session: AsyncSession, ctx: Context, call_id: UUID, purpose: str) -> ConsentPeriods:
    call = await repository.get_call(session, call_id)
    if call is None:
        raise CallNotFound(f"no call {call_id}")
    participants = await repository.list_participants(session, call_id)
    events = [decisions.event_facts(e) for e in await repository.list_events(session, call_id)]
    objections = await repository.objections_for(session, [p.phone_number_index for p in participants
                                                           if p.phone_number_index])
    settings = await decisions.tenant_settings(session, ctx.tenant_id)
    started = call.started_at or min([call.created_at, *(p.joined_at for p in participants)])
    periods: list[ConsentPeriod] = []
    at: datetime | None = started
    while at is not None and len(periods) < MAX_PERIODS:
        outcome = decisions.outcome_of(ctx.rules, settings, participants, objections, events, at)
        period = ConsentPeriod(
            starts_at=at, ends_at=outcome.changes_at, allowed=outcome.may[purpose],
            states={p.participant_id: p.purposes[purpose].state for p in outcome.participants},
            reasons=outcome.reasons)
        if periods and _same(periods[-1], period):
            periods[-1].ends_at = period.ends_at
        else:
            periods.append(period)
        at = outcome.changes_at
    return ConsentPeriods(
        call_id=call.id, purpose=purpose, started_at=started, ended_at=call.ended_at,
        participants=[PeriodParticipant(participant_id=p.id, external_id=p.external_id, role=p.role,
                                        phone_number_index=p.phone_number_index) for p in participants],
        periods=periods)


def _same(a: ConsentPeriod, b: ConsentPeriod) -> bool:
    return (a.allowed, a.states, a.reasons) == (b.allowed, b.states, b.reasons)

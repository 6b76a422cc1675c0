"""A call's history as periods over which a purpose's decision does not change: one answer that lets
the transcripts service check every segment of a transcript without a request per segment."""

from datetime import datetime
from uuid import UUID

import asyncpg

from services.recording_consent import event_store, recomputation
from services.recording_consent.errors import CallNotFound
from services.recording_consent.schemas import ConsentPeriod, ConsentPeriods, ConsentSettingsRead, PeriodParticipant
from services.recording_consent.service import Context

MAX_PERIODS = 10_000  # each event can start one; a call never has this many


async def consent_periods(pool: asyncpg.Pool, ctx: Context, call_id: UUID, purpose: str) -> ConsentPeriods:
    """The call's state in one statement (the event write path's), then the decision at every moment
    it can change."""
    async with pool.acquire() as conn:
        state = await event_store.load(conn, ctx.tenant_id, call_id, [], [], lock=False)
    if state is None:
        raise CallNotFound(f"no call {call_id}")
    call, participants, objections = state.call, state.participants, state.objections
    events = state.events
    settings = recomputation.DEFAULT_SETTINGS if state.settings is None else ConsentSettingsRead.model_validate(
        state.settings, from_attributes=True)
    started = call.started_at or min([call.created_at, *(p.joined_at for p in participants)])
    periods: list[ConsentPeriod] = []
    at: datetime | None = started
    while at is not None and len(periods) < MAX_PERIODS:
        outcome = recomputation.outcome_of(ctx.rules, settings, participants, objections, events, at)
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

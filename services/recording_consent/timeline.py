"""Recording consent and call events: validated, stored once, entered in the ledger, and the
decision recomputed, all in one transaction. A batch is applied in order and atomically."""

import asyncio
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import asyncpg
from pydantic import TypeAdapter
from pydantic_core import to_json
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import Principal
from services.common.errors import PROBLEM_BASE, CallvaultError
from services.common.schemas import GATEWAY_SOURCE_ID_PREFIXES
from services.common.transparency import entries
from services.recording_consent import announcements, event_store, events, recomputation, repository
from services.recording_consent.errors import (
    CallEndOutOfOrder,
    CallNotFound,
    ConsentAfterCallEnded,
    DuplicateSourceEventId,
    EventInFuture,
    NotAConsentEvent,
    ReservedSourceEventId,
    SourceEventIdReused,
    UnknownAnnouncement,
    UnknownParticipant,
)
from services.recording_consent.kept_states import KEPT
from services.recording_consent.models import Call, ConsentEvent, Participant
from services.recording_consent.schemas import (
    CONSENT_EVENTS,
    CallEventsOutcome,
    CallsEventsBatch,
    CallsEventsOutcome,
    ConsentSettingsRead,
    EventCreate,
    EventRead,
    EventType,
    RecordedEvent,
)
from services.recording_consent.service import Context, change_events

CLOCK_SKEW = timedelta(seconds=30)
CALLS_AT_ONCE = 4  # of a batch's calls, recorded concurrently (each on a connection of the driver pool)
RECORDING_STATES = {EventType.recording_started: "recording", EventType.recording_paused: "paused",
                    EventType.recording_resumed: "recording", EventType.recording_stopped: "stopped"}
EVIDENCE_COLUMN = "consent_event.evidence"
SOFTPHONE_EVENTS = {str(t) for t in (*CONSENT_EVENTS, EventType.notice_given)}

# What may still happen once a call has ended: a withdrawal, a participant's leaving, and a recording's
# stop, which a provider reports once the file is ready (Twilio's recording callback comes after the
# call's `completed`); none of them allows anything.
AFTER_THE_END = (EventType.consent_withdrawn, EventType.participant_left, EventType.recording_stopped)
RECORDED_EVENTS = TypeAdapter(list[RecordedEvent])


@dataclass(frozen=True)
class Recorded:
    """What a post of events answers (`EventsRecorded` on the wire): the events, and the call's decision
    document as stored, which `document_data` built as DecisionRead's JSON (or an earlier request did).
    Not validated into a DecisionRead again only to be dumped: the decision read serves the same
    document as it is stored, too."""

    events: list[RecordedEvent]
    decision: dict

    def json(self) -> bytes:
        return b'{"events":' + RECORDED_EVENTS.dump_json(self.events) + b',"decision":' + to_json(self.decision) + b"}"


async def record_calls_events(pool: asyncpg.Pool, ctx: Context, batch: CallsEventsBatch) -> CallsEventsOutcome:
    """Each call's events as `record_events` records them, a few calls at a time (one call's items
    in their order); a call whose events are refused does not stop the others. A database outage
    stops the whole request (a 503). One call after another, a batch spent most of its time waiting
    on the database's answers: the drain of the webhook inbox fell behind at 600 webhooks a second."""
    outcomes: dict[int, CallEventsOutcome] = {}
    by_call: dict[UUID, list[int]] = {}
    for position, item in enumerate(batch.calls):
        by_call.setdefault(item.call_id, []).append(position)
    gate = asyncio.Semaphore(CALLS_AT_ONCE)

    async def one_call(positions: list[int]) -> None:
        async with gate:
            for position in positions:
                outcomes[position] = await _call_outcome(pool, ctx, batch.calls[position])

    try:
        async with asyncio.TaskGroup() as group:
            for positions in by_call.values():
                group.create_task(one_call(positions))
    except ExceptionGroup as failed:  # an outage: the others were cancelled; answered as that one error
        raise failed.exceptions[0] from None
    return CallsEventsOutcome(calls=[outcomes[p] for p in range(len(batch.calls))])


async def _call_outcome(pool: asyncpg.Pool, ctx: Context, item) -> CallEventsOutcome:
    try:
        recorded = await record_events(pool, ctx, item.call_id, item.events)
    except CallvaultError as exc:
        return CallEventsOutcome(call_id=item.call_id, status=exc.status, recorded=0, problem={
            "type": PROBLEM_BASE + exc.slug, "title": exc.title, "status": exc.status, "detail": exc.detail})
    return CallEventsOutcome(call_id=item.call_id, status=200, recorded=sum(not e.replayed for e in recorded.events))


async def record_events(pool: asyncpg.Pool, ctx: Context, call_id: UUID, batch: list[EventCreate],
                        *, retry: bool = True) -> Recorded:
    source_ids = [e.source_event_id for e in batch if e.source_event_id]
    if len(source_ids) != len(set(source_ids)):
        raise DuplicateSourceEventId("each event in a batch needs its own source_event_id")
    versions = sorted({e.announcement_version for e in batch if e.announcement_version})
    try:
        async with pool.acquire() as conn:
            # Decide from the state this instance's last write of the call left, and write: one round
            # trip. Else (or when the call moved on since) read, decide, write: two. When another request
            # changed the call in between, nothing was written, and the last attempt holds the call's
            # lock from read to commit.
            outcome = None
            if (kept := KEPT.take(ctx.tenant_id, call_id, versions)) is not None:
                outcome = await _attempt(conn, ctx, call_id, batch, source_ids, versions, kept=kept)
            if outcome is None:
                outcome = await _attempt(conn, ctx, call_id, batch, source_ids, versions)
            if outcome is None:
                async with conn.transaction():
                    outcome = await _attempt(conn, ctx, call_id, batch, source_ids, versions, lock=True)
    except asyncpg.UniqueViolationError as exc:
        if not retry or not event_store.is_source_id_race(exc):
            raise
        # The same source event id committed concurrently: answered as a replay.
        return await record_events(pool, ctx, call_id, batch, retry=False)
    if outcome is None:
        raise AssertionError("a locked call cannot move on")
    return outcome


async def _attempt(conn: asyncpg.Connection, ctx: Context, call_id: UUID, batch: list[EventCreate],
                   source_ids: list[str], versions: list[str], *, lock: bool = False,
                   kept: event_store.CallState | None = None) -> Recorded | None:
    state = kept or await event_store.load(conn, ctx.tenant_id, call_id, source_ids, versions, lock=lock)
    if state is None:
        raise CallNotFound(f"no call {call_id}")
    fresh = [e for e in batch if e.source_event_id not in state.seen]
    for position, event in enumerate(batch):
        if event.source_event_id in state.seen and not _same_event(ctx, state.seen[event.source_event_id], event):
            raise SourceEventIdReused(f"events[{position}]: source_event_id {event.source_event_id!r} was used on "
                                      "this call for an event with other content; a repeat must be identical")
    try:
        rows, digests = _validated_rows(ctx, state, fresh)
    except CallvaultError:
        if kept is None:
            raise
        return None  # refused on a state another path may have moved on (a participant added): the call as stored
    changes = _changes(ctx, state, rows, digests)
    positions = await event_store.record(conn, state, changes, locked=lock)
    if kept is not None:
        KEPT.used(positions is not None)
    if positions is None:
        return None
    for row, position in zip(rows, positions, strict=True):
        row.ledger_position = position
    stored = {id(data): row for data, row in zip(fresh, rows, strict=True)}
    answers = [
        recorded_event(ctx, stored[id(e)], replayed=False) if id(e) in stored
        else recorded_event(ctx, state.seen[e.source_event_id], replayed=True)
        for e in batch
    ]
    KEPT.keep(ctx.tenant_id, call_id, state, changes)
    return Recorded(answers, changes.decision.document)


def ensure_softphone_may_post(principal: Principal, batch: list[EventCreate]) -> None:
    """A softphone token posts what an agent witnesses: notices and consent, not call events."""
    if principal.agent_id is not None and (other := sorted({str(e.type) for e in batch} - SOFTPHONE_EVENTS)):
        raise NotAConsentEvent(f"a softphone token may not post: {', '.join(other)}")


def ensure_source_ids_allowed(principal: Principal, batch: list[EventCreate]) -> None:
    """The ids the gateway gives its webhooks' events are its own: taken first by a softphone or an
    API caller, they would turn the webhook's event (a customer's refusal) into a dropped "replay"."""
    if principal.is_gateway:
        return
    for position, event in enumerate(batch):
        if event.source_event_id and event.source_event_id.startswith(GATEWAY_SOURCE_ID_PREFIXES):
            raise ReservedSourceEventId(f"events[{position}]: source_event_id may not start with "
                                        f"{', '.join(GATEWAY_SOURCE_ID_PREFIXES)} (the gateway's webhooks use them)")


def _same_event(ctx: Context, stored, event: EventCreate) -> bool:
    """A repeat carries what the first one did (purposes a notice took from its announcement aside)."""
    evidence = json.loads(ctx.crypto.decrypt(ctx.tenant_id, EVIDENCE_COLUMN, stored.evidence_encrypted)) \
        if stored.evidence_encrypted else None
    return (str(event.type) == stored.type and event.participant_id == stored.participant_id
            and event.occurred_at == stored.occurred_at and event.method == stored.method
            and event.announcement_version == stored.announcement_version and event.completed == stored.completed
            and (event.evidence or None) == evidence
            and (event.purposes is None or sorted(map(str, event.purposes)) == sorted(stored.purposes)))


async def list_events(session: AsyncSession, ctx: Context, call_id: UUID) -> list[EventRead]:
    if await repository.get_call(session, call_id) is None:
        raise CallNotFound(f"no call {call_id}")
    return [event_read(ctx, e) for e in await repository.list_events(session, call_id)]


def _validated_rows(ctx: Context, state: event_store.CallState,
                    batch: list[EventCreate]) -> tuple[list[event_store.NewEvent], list[str | None]]:
    call = state.call
    known = {p.id for p in state.participants}
    latest = datetime.now(UTC) + CLOCK_SKEW
    ended_at = call.ended_at
    last = max((e.occurred_at for e in state.events), default=None)
    rows, digests = [], []
    for position, event in enumerate(batch):
        where = f"events[{position}]" if len(batch) > 1 else "the event"
        if event.participant_id is not None and event.participant_id not in known:
            raise UnknownParticipant(f"{where}: participant {event.participant_id} is not on call {call.id}")
        if event.occurred_at > latest:
            raise EventInFuture(f"{where}: occurred_at {event.occurred_at.isoformat()} is in the future "
                                f"(more than {int(CLOCK_SKEW.total_seconds())} s ahead)")
        if (ended_at is not None and event.occurred_at > ended_at
                and event.type not in AFTER_THE_END):
            raise ConsentAfterCallEnded(f"{where}: {event.type} at {event.occurred_at.isoformat()} comes after "
                                        f"the call ended at {ended_at.isoformat()}")
        purposes = [str(p) for p in event.purposes or []]
        if event.type == EventType.notice_given:
            announcement = (state.announcements.get(event.announcement_version)
                            or announcements.builtin(event.announcement_version))
            if announcement is None:
                raise UnknownAnnouncement(f"{where}: announcement version {event.announcement_version!r} does not "
                                          "exist or was retired; create it under /v1/announcements first")
            purposes = purposes or [str(p) for p in announcement.purposes]
        if event.type == EventType.call_ended:
            _ensure_end_in_order(where, event.occurred_at, call.started_at, last)
            ended_at = ended_at or event.occurred_at
        last = event.occurred_at if last is None else max(last, event.occurred_at)
        evidence = json.dumps(event.evidence, sort_keys=True) if event.evidence else None
        rows.append(event_store.NewEvent(
            tenant_id=ctx.tenant_id, call_id=call.id, type=event.type, participant_id=event.participant_id,
            purposes=purposes, method=event.method, announcement_version=event.announcement_version,
            completed=event.completed, occurred_at=event.occurred_at, source_event_id=event.source_event_id,
            evidence_encrypted=ctx.crypto.encrypt(ctx.tenant_id, EVIDENCE_COLUMN, evidence) if evidence else None,
        ))
        digests.append(ctx.crypto.blind_index(ctx.tenant_id, "evidence", evidence) if evidence else None)
    return rows, digests


def _ensure_end_in_order(where: str, end: datetime, started_at: datetime | None, last: datetime | None) -> None:
    """Retention runs from a call's end: a back-dated end would make its transcripts due at once and
    purge them as "expired", around the audited manual delete. So an end comes after the call's start
    and its last event (a later end is refused as an event after the call ended: the first stays)."""
    for floor, what in ((started_at, "the call started"), (last, "the call's last event")):
        if floor is not None and end < floor:
            raise CallEndOutOfOrder(f"{where}: call_ended at {end.isoformat()} is before {what} "
                                    f"({floor.isoformat()})")


def _changes(ctx: Context, state: event_store.CallState, rows: list[event_store.NewEvent],
             digests: list[str | None]) -> event_store.Changes:
    """Everything the new events change: the call, who left, the decision (and the events that tell
    subscribers), and the ledger entries that prove them."""
    call = state.call
    by_id = {p.id: p for p in state.participants}
    before = (call.recording_state, call.ended_at, {p.id: p.left_at for p in state.participants})
    outbox = []
    for position, row in enumerate(rows):
        row.sequence = state.last_sequence + position + 1  # where the database will put it, for ordering
        _apply_to_call(call, by_id, row)
        if row.type in {*CONSENT_EVENTS, EventType.notice_given}:
            outbox.append(events.consent_event(ctx.tenant_id, call.id, row.id, row.type, row.participant_id,
                                               row.purposes, row.method, row.occurred_at.isoformat()))
        if row.type == EventType.call_ended:
            outbox.append(events.call_ended(ctx.tenant_id, call.id, row.occurred_at.isoformat()))
    now = datetime.now(UTC)
    settings = recomputation.DEFAULT_SETTINGS if state.settings is None else ConsentSettingsRead.model_validate(
        state.settings, from_attributes=True)
    timeline = sorted([*state.events, *map(recomputation.event_facts, rows)], key=lambda e: (e.occurred_at, e.sequence))
    outcome = recomputation.outcome_of(ctx.rules, settings, state.participants, state.objections, timeline, now)
    change, decision_changed = recomputation.successor(state.decision, call, ctx.rules, outcome, settings, now)
    outbox += change_events(ctx.tenant_id, call, change)
    started_while_closed = any(r.type == EventType.recording_started for r in rows) and not change.decision.may_record
    if started_while_closed and change.changed is False:
        outbox.append(events.recording_must_stop(ctx.tenant_id, call, change.decision.document))
    contents = [_ledger_content(row, by_id.get(row.participant_id), digest) for row, digest in zip(rows, digests,
                                                                                                   strict=True)]
    return event_store.Changes(
        events=rows, call_changed=(call.recording_state, call.ended_at) != before[:2],
        left=[p for p in state.participants if p.left_at != before[2][p.id]],
        decision=change.decision, decision_changed=decision_changed, outbox=outbox,
        ledger=[(row.type, content, entries.content_hash(content))
                for row, content in zip(rows, contents, strict=True)])


def _apply_to_call(call: Call, participants: dict[UUID, Participant], row: event_store.NewEvent) -> None:
    if row.type in RECORDING_STATES:
        call.recording_state = RECORDING_STATES[row.type]
    elif row.type == EventType.call_answered:  # stored by the trigger `call_started_by_answer`
        call.started_at = row.occurred_at if call.started_at is None else min(call.started_at, row.occurred_at)
    elif row.type == EventType.call_ended:
        call.ended_at = call.ended_at or row.occurred_at  # the first end stays
        if call.recording_state in ("recording", "paused"):
            call.recording_state = "stopped"
    elif row.type == EventType.participant_left and row.participant_id in participants:
        participant = participants[row.participant_id]
        participant.left_at = row.occurred_at if participant.left_at is None else min(participant.left_at,
                                                                                      row.occurred_at)


def _ledger_content(row: event_store.NewEvent, participant: Participant | None, evidence_digest: str | None) -> dict:
    """What the ledger commits to: ids, the blind index of the participant, never the number or the
    evidence itself (only a keyed digest of it), so erasing personal data leaves the log whole."""
    return {
        "kind": "consent_event", "event_id": str(row.id), "call_id": str(row.call_id), "type": row.type,
        "participant_id": row.participant_id and str(row.participant_id),
        "subject": participant.phone_number_index if participant else None,
        "purposes": row.purposes, "method": row.method, "announcement_version": row.announcement_version,
        "completed": row.completed, "occurred_at": row.occurred_at.isoformat(),
        "source_event_id": row.source_event_id,
        "evidence_digest": evidence_digest,
    }


def event_read(ctx: Context, row: ConsentEvent | event_store.NewEvent) -> EventRead:
    return EventRead(**_event_fields(ctx, row))


def recorded_event(ctx: Context, row: ConsentEvent | event_store.NewEvent, *, replayed: bool) -> RecordedEvent:
    """Built at once (not an EventRead dumped and validated again: this answers every event posted)."""
    return RecordedEvent(**_event_fields(ctx, row), replayed=replayed)


def _event_fields(ctx: Context, row: ConsentEvent | event_store.NewEvent) -> dict:
    evidence = json.loads(ctx.crypto.decrypt(ctx.tenant_id, EVIDENCE_COLUMN, row.evidence_encrypted)) \
        if row.evidence_encrypted else None
    return {"id": row.id, "sequence": row.sequence, "type": row.type, "participant_id": row.participant_id,
            "purposes": row.purposes, "method": row.method, "evidence": evidence,
            "announcement_version": row.announcement_version, "completed": row.completed,
            "occurred_at": row.occurred_at, "received_at": row.received_at, "source_event_id": row.source_event_id,
            "ledger_entry": row.ledger_position}

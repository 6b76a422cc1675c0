"""The queries of the event write path, in plain SQL on the driver pool.

Telephony platforms post consent and call events as they happen, so this is the service's busiest
write, and on this kind of machine each database round trip costs the service a few hundred
microseconds of CPU (mostly the loopback send). Through the ORM an event took about thirty; here it
takes two: `callvault_call_timeline` reads the call's whole state (its timeline as the decision's
facts, a column each), and `callvault_record_events` writes everything the events change (events,
call, participants, decision, outbox rows, ledger entries) in one statement, so in one transaction,
unless the call moved on in between.
Rows come back as attribute objects with their JSON decoded, so the decision and ledger code reads
them as it reads ORM rows. A state the last write left may be kept for the call's next events
(`kept_states`): the write checks it is still the stored one, as it checks a state just read.
"""

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import SimpleNamespace
from uuid import UUID, uuid4

import asyncpg

from services.common.events.envelope import CloudEvent
from services.recording_consent.decision import EventFacts

_STATE = "SELECT * FROM callvault_call_timeline($1, $2, $3, $4, $5)"
_RECORD = "SELECT * FROM callvault_record_events(" + ", ".join(f"${n}" for n in range(1, 41)) + ")"
_JSON_COLUMNS = {"purposes", "jurisdiction_notes", "document", "lawful_basis"}


@dataclass(slots=True)
class NewEvent:
    """An event about to be stored, with the columns of a `consent_event` row: a plain object, since
    building an ORM row cost more CPU than the statement that writes it."""

    tenant_id: UUID
    call_id: UUID
    type: str
    participant_id: UUID | None
    purposes: list[str]
    method: str | None
    announcement_version: str | None
    completed: bool | None
    occurred_at: datetime
    source_event_id: str | None
    evidence_encrypted: bytes | None
    id: UUID = field(default_factory=uuid4)
    sequence: int | None = None  # given by the database, as are the two below
    received_at: datetime | None = None
    ledger_position: int | None = None


@dataclass
class CallState:
    """A call as its next events find it."""

    call: SimpleNamespace
    participants: list[SimpleNamespace]
    events: list[EventFacts]  # the timeline as the decision reads it, in order
    decision: SimpleNamespace | None  # a `decision` row's columns
    settings: SimpleNamespace | None
    objections: list[SimpleNamespace]
    seen: dict[str, SimpleNamespace]  # events already stored, by source event id
    announcements: dict[str, SimpleNamespace]  # usable announcements, by version
    # As read: the write goes ahead only if they are still so (the inputs unless the call is locked:
    # the tenant's settings, do-not-record entries and announcements move on without the call's lock).
    last_sequence: int
    decision_version: int
    fingerprint: str  # the call's and its participants' rows (callvault_call_fingerprint)
    inputs: int  # the generation of the tenant's settings, do-not-record entries and announcements


@dataclass(frozen=True)
class Changes:
    """What new events change, ready to write."""

    events: Sequence[NewEvent]
    call_changed: bool
    left: Sequence[SimpleNamespace]  # participants whose left_at changed
    decision: SimpleNamespace  # a `decision` row's columns (an ORM row when the call had none)
    decision_changed: bool
    outbox: Sequence[CloudEvent]
    ledger: Sequence[tuple[str, dict, str]]  # per event: kind, content, content hash


async def load(conn: asyncpg.Connection, tenant_id: UUID, call_id: UUID, source_ids: Sequence[str],
               versions: Sequence[str], *, lock: bool) -> CallState | None:
    """The call, its participants, timeline, decision, the tenant's settings, the objections that
    concern its numbers, and the events and announcements the new events name. `lock` (inside a
    transaction) keeps the call locked until the transaction ends."""
    row = await conn.fetchrow(_STATE, tenant_id, call_id, list(source_ids), list(versions), lock)
    if row is None:
        return None
    decision = row["decision_row"]
    purposes = map(tuple, json.loads(row["event_purposes"]))
    events = [EventFacts(*facts) for facts in zip(row["event_types"], row["event_times"], row["event_participants"],
                                                  purposes, row["event_methods"], row["event_completed"],
                                                  row["event_sequences"], strict=True)]
    return CallState(
        call=_row(row["call_row"]), participants=[_row(p) for p in row["participant_rows"]],
        events=events,
        decision=_row(decision) if decision is not None else None,
        settings=_row(row["settings_row"]) if row["settings_row"] is not None else None,
        objections=[_row(o) for o in row["objection_rows"]],
        seen={e.source_event_id: e for e in map(_row, row["seen_rows"])},
        announcements={a.version: a for a in map(_row, row["announcement_rows"])},
        last_sequence=max((e.sequence for e in events), default=0),
        decision_version=decision["version"] if decision is not None else 0,
        fingerprint=row["fingerprint"], inputs=row["inputs"],
    )


async def record(conn: asyncpg.Connection, state: CallState, changes: Changes, *,
                 locked: bool) -> list[int] | None:
    """Write the changes; None, and nothing written, when the call moved on since `state` was read
    (`locked`: read in this transaction, holding the call). Gives each new event its sequence number
    and receipt time, and the state the call's fingerprint after the write; returns the new events'
    ledger entries' positions."""
    call, events, decision, outbox = state.call, changes.events, changes.decision, changes.outbox
    written = await conn.fetchrow(
        _RECORD, call.tenant_id, call.id, state.last_sequence, state.decision_version,
        [e.id for e in events], [e.type for e in events], [e.participant_id for e in events],
        [json.dumps(e.purposes) for e in events], [e.method for e in events], [e.evidence_encrypted for e in events],
        [e.announcement_version for e in events], [e.completed for e in events], [e.occurred_at for e in events],
        [e.source_event_id for e in events],
        changes.call_changed, call.recording_state, call.ended_at,
        [p.id for p in changes.left], [p.left_at for p in changes.left],
        changes.decision_changed, decision.version, decision.may_record, decision.may_transcribe,
        decision.may_analyze, decision.may_train, decision.rules_version,
        json.dumps(decision.document) if changes.decision_changed else None,  # written only when it changed
        decision.computed_at, decision.stale_after,
        [e.id for e in outbox], [e.type for e in outbox], [e.source for e in outbox], [e.subject for e in outbox],
        [e.time for e in outbox], [json.dumps(e.data) for e in outbox],
        [kind for kind, _, _ in changes.ledger], [json.dumps(content) for _, content, _ in changes.ledger],
        [digest for _, _, digest in changes.ledger],
        state.fingerprint, None if locked else state.inputs,
    )
    if written["moved_on"]:
        return None
    state.fingerprint = written["fingerprint"]
    assigned = dict(zip(written["event_ids"] or [], zip(written["event_sequences"] or [],
                                                        written["received_ats"] or [], strict=True), strict=True))
    for event in events:
        event.sequence, event.received_at = assigned[event.id]
    return list(written["ledger_positions"])


def is_source_id_race(exc: asyncpg.UniqueViolationError) -> bool:
    """Another request stored an event with the same source event id first."""
    return exc.constraint_name == "consent_event_source"


def _row(record: asyncpg.Record) -> SimpleNamespace:
    return SimpleNamespace(**{key: json.loads(value) if key in _JSON_COLUMNS and isinstance(value, str) else value
                              for key, value in record.items()})

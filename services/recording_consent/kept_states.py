"""Calls' states kept between their events, so that the next event of a call this instance wrote last is
decided without reading the call again (issue 30: the read was a fifth of what an event cost the
database). Safe because the write checks everything the decision reads against what the state holds
(`event_store.record`: the call's last sequence, its decision's version, its own rows' fingerprint, the
tenant's inputs' generation; and that no event it stores is there already, a replay) and writes nothing
when any moved on; then the call is read again. A database restored under running instances could repeat
what they kept: restart them after a restore (docs/operations/backup-and-restore.md).

One process's memory, bounded: a state is taken out while a request uses it (so two requests of one
call never share one) and put back only after a write that succeeded, as the write left the call.

A kept state that had moved on costs a round trip (the write that refused it) before the read it saved:
where instances share a call's events (a load balancer with no affinity) most would, and the event
would cost three round trips instead of two. So the states are used only while most of them are still
the call as stored, which each process measures: while they are not, one take in `PROBE` still tries,
to see when that changes."""

from collections import OrderedDict
from dataclasses import replace
from datetime import UTC
from uuid import UUID

from services.recording_consent import announcements, recomputation
from services.recording_consent.event_store import CallState, Changes

# The calls most recently written: a state is some 30 KB (a three-party call of 20 events, its decision document
# the most of it), so about 30 MiB.
KEPT_CALLS = 1024
WEIGHT = 1 / 64  # of each use's outcome in the running share of states still current
PROBE = 16


class KeptStates:
    def __init__(self, size: int = KEPT_CALLS) -> None:
        self._size = size
        self._states: OrderedDict[tuple[UUID, UUID], CallState] = OrderedDict()
        self.current = 1.0  # the running share of the states used that were still the call as stored
        self._skipped = 0

    def take(self, tenant_id: UUID, call_id: UUID, versions: list[str]) -> CallState | None:
        """The call's kept state, if it holds every announcement the new events name (or they are
        the built-in one: a tenant's own of that version would move the inputs on), and kept states
        have been worth using lately."""
        state = self._states.pop((tenant_id, call_id), None)
        if state is None or any(v not in state.announcements and announcements.builtin(v) is None for v in versions):
            return None
        if self.current < 0.5:
            self._skipped += 1
            if self._skipped % PROBE:
                return None
        return state

    def used(self, current: bool) -> None:
        """How a taken state fared at the write: still the call as stored (it went ahead) or not (a refused
        event is neither: it was refused before the write)."""
        self.current += WEIGHT * (float(current) - self.current)

    def keep(self, tenant_id: UUID, call_id: UUID, state: CallState, changes: Changes) -> None:
        """`state` as the write of `changes` left the call (`_changes` applied them to its call and
        participants; the write gave the events their sequences and the state its fingerprint)."""
        # times in UTC, as a read of the call has them (a client's offset would show in the next `valid_until`)
        said = [replace(recomputation.event_facts(e), occurred_at=e.occurred_at.astimezone(UTC))
                for e in changes.events]
        state.events = sorted([*state.events, *said], key=lambda e: (e.occurred_at, e.sequence))
        state.last_sequence = max((e.sequence for e in state.events), default=0)
        state.decision, state.decision_version = changes.decision, changes.decision.version
        state.seen = {}  # a source event id is looked up by the write's unique index then (a replay)
        self._states[(tenant_id, call_id)] = state
        if len(self._states) > self._size:
            self._states.popitem(last=False)

    def __len__(self) -> int:
        return len(self._states)

    def __contains__(self, key: tuple[UUID, UUID]) -> bool:
        return key in self._states


# The process's own: an instance keeps the calls it wrote (each request of a call finds the state its
# last write left, or reads the call).
KEPT = KeptStates()

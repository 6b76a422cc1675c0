"""The process's kept call states (services/recording_consent/kept_states.py): bounded, taken out while
used, and set aside while most of those used had moved on (instances sharing calls' events)."""

from types import SimpleNamespace
from uuid import uuid4

from services.recording_consent.event_store import CallState, Changes
from services.recording_consent.kept_states import PROBE, KeptStates


def _state() -> CallState:
    return CallState(call=SimpleNamespace(), participants=[], events=[], decision=None, settings=None,
                     objections=[], seen={}, announcements={}, last_sequence=0, decision_version=0,
                     fingerprint="f", inputs=0)


def _keep(states: KeptStates, tenant, call) -> CallState:
    state = _state()
    states.keep(tenant, call, state, Changes(events=[], call_changed=False, left=[],
                                              decision=SimpleNamespace(version=1), decision_changed=False,
                                              outbox=[], ledger=[]))
    return state


def test_a_state_is_taken_once_and_only_with_the_announcements_it_holds():
    states, tenant, call = KeptStates(), uuid4(), uuid4()
    state = _keep(states, tenant, call)
    assert states.take(tenant, call, []) is state and states.take(tenant, call, []) is None
    _keep(states, tenant, call)
    assert states.take(tenant, call, ["a tenant's own"]) is None  # not read with the state: read the call
    assert states.take(uuid4(), call, []) is None
    state = _keep(states, tenant, call)
    assert states.take(tenant, call, ["callvault-builtin-1"]) is state


def test_the_oldest_states_make_room():
    states, tenant = KeptStates(size=3), uuid4()
    calls = [uuid4() for _ in range(5)]
    for call in calls:
        _keep(states, tenant, call)
    assert len(states) == 3
    assert [states.take(tenant, c, []) is not None for c in calls] == [False, False, True, True, True]


def test_states_that_keep_moving_on_are_set_aside_but_probed():
    states, tenant, call = KeptStates(), uuid4(), uuid4()
    for _ in range(64):
        states.used(False)
    assert states.current < 0.5
    taken = []
    for _ in range(2 * PROBE):
        _keep(states, tenant, call)
        taken.append(states.take(tenant, call, []) is not None)
    assert sum(taken) == 2  # one take in PROBE still tries
    for _ in range(64):
        states.used(True)
    _keep(states, tenant, call)
    assert states.current > 0.5 and states.take(tenant, call, []) is not None

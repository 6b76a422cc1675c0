"""A call's state kept between its events (services/recording_consent/kept_states.py): what the next event
is decided from is the call as a fresh read finds it, and whatever moves on without an event of the call
(the tenant's settings, do-not-record entries, announcements; a participant added or erased; an event stored
already) sends the next event back to a fresh read. Each test here would fail if the write did not check
that input: each first holds that the call's state was kept, so the next event is tried from it."""

from datetime import UTC, datetime, timedelta, timezone
from uuid import UUID

import asyncpg
import pytest
from sqlalchemy import text

from services.common.db import tenant_session
from services.recording_consent import event_store, timeline
from services.recording_consent.kept_states import KEPT
from tests.helpers.support import ConsentApi, at, by_external_id, eventually, participant

NY_AGENT = participant("agent", "agent", jurisdiction="US-NY")
DECISION_COLUMNS = ("version", "may_record", "may_transcribe", "may_analyze", "may_train", "rules_version",
                    "document", "computed_at", "stale_after")


@pytest.fixture(autouse=True)
def _kept_states_in_use():
    """The share of states still current is the process's: other tests' events move it."""
    KEPT.current = 1.0


def _is_kept(tenant_id: UUID, call: dict) -> bool:
    return (tenant_id, UUID(call["id"])) in KEPT


@pytest.fixture
async def conn(settings):
    connection = await asyncpg.connect(settings.service_database_url("recording_consent")
                                       .replace("postgresql+asyncpg://", "postgresql://"))
    yield connection
    await connection.close()


def _comparable(state: event_store.CallState) -> dict:
    return {
        "call": vars(state.call), "participants": [vars(p) for p in state.participants], "events": state.events,
        "decision": {c: getattr(state.decision, c) for c in DECISION_COLUMNS},
        "settings": state.settings and vars(state.settings), "objections": [vars(o) for o in state.objections],
        "last_sequence": state.last_sequence, "decision_version": state.decision_version,
        "fingerprint": state.fingerprint, "inputs": state.inputs,
    }


def _kept(tenant_id: UUID, call_id: str) -> event_store.CallState:
    state = KEPT.take(tenant_id, UUID(call_id), [])
    assert state is not None, "the last write kept the call's state"
    return state


async def test_a_kept_state_is_the_call_as_a_fresh_read_finds_it(api: ConsentApi, conn, tenant_id):
    await api.ok("POST", "/v1/do-not-record", 201, json={"phone_number": "+13055550177", "purposes": ["ai_training"],
                                                         "source": "customer asked"})
    call = await api.call(NY_AGENT, participant("cust", phone_number="+13055550177"),
                          participant("sup", "third_party", jurisdiction="US-CA"), started=-120)
    ids = by_external_id(call)
    # Pairs: the first event of each is decided from a fresh read, the second from the state it kept.
    pairs = [
        ({"type": "call_answered", "occurred_at": at(-110)},
         {"type": "notice_given", "announcement_version": "callvault-builtin-1", "completed": True,
          "occurred_at": at(-100)}),
        ({"type": "consent_granted", "participant_id": ids["cust"]["id"], "purposes": ["recording"],
          "method": "verbal", "occurred_at": at(-90)},
         {"type": "recording_started", "occurred_at": at(-80)}),
        ({"type": "consent_granted", "participant_id": ids["sup"]["id"], "purposes": ["recording", "transcription"],
          "method": "verbal", "occurred_at": at(-70)},
         {"type": "participant_left", "participant_id": ids["sup"]["id"], "occurred_at": at(-60)}),
        ({"type": "recording_paused", "occurred_at": at(-50)},
         {"type": "call_ended", "occurred_at": at(-40)}),
    ]
    for first, second in pairs:
        await api.events(call["id"], first)
        answered = await api.events(call["id"], second)
        kept = _kept(tenant_id, call["id"])
        fresh = await event_store.load(conn, tenant_id, UUID(call["id"]), [], [], lock=False)
        assert _comparable(kept) == _comparable(fresh)
        assert answered["decision"] == fresh.decision.document
    assert fresh.call.ended_at is not None and fresh.call.recording_state == "stopped"
    assert fresh.call.started_at is not None and len(fresh.events) == 8


async def test_a_settings_change_reaches_the_next_event(api: ConsentApi, tenant_id):
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    assert _is_kept(tenant_id, call)
    await api.ok("PUT", "/v1/consent-settings", json={"jurisdiction_mode": "strict"})
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["jurisdiction_mode"] == "strict" and answered["decision"]["may_record"] is False


async def test_a_do_not_record_entry_reaches_the_next_event(api: ConsentApi, tenant_id):
    call = await api.call(NY_AGENT, participant("cust", phone_number="+12125550142"))
    opened = await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    assert opened["decision"]["may_record"] is True and _is_kept(tenant_id, call)
    await api.ok("POST", "/v1/do-not-record", 201, json={"phone_number": "+12125550142", "purposes": ["recording"],
                                                         "source": "customer asked"})
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["may_record"] is False
    assert by_external_id(answered["decision"])["cust"]["purposes"]["recording"]["state"] == "objected"


async def test_a_retired_announcement_is_refused_to_the_next_event(api: ConsentApi, tenant_id):
    created = await api.announcement("kept-v1")
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-CA"))
    notice = {"type": "notice_given", "announcement_version": "kept-v1", "completed": True, "occurred_at": at(-50)}
    await api.events(call["id"], notice)
    assert _is_kept(tenant_id, call)
    await api.ok("DELETE", f"/v1/announcements/{created['id']}", 204)
    refused = await api.request("POST", f"/v1/calls/{call['id']}/events", json={**notice, "occurred_at": at(-40)})
    assert refused.status_code == 422 and refused.json()["type"].endswith(":unknown-announcement")


async def test_a_participant_added_between_events_is_known_to_the_next(api: ConsentApi):
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    joined = await api.ok("POST", f"/v1/calls/{call['id']}/participants", 201,
                          json=participant("transfer", "third_party", jurisdiction="US-FL"))
    answered = await api.events(call["id"], {"type": "consent_granted", "participant_id": joined["id"],
                                             "purposes": ["recording"], "method": "verbal", "occurred_at": at(-1)})
    assert by_external_id(answered["decision"])["transfer"]["purposes"]["recording"]["state"] == "satisfied"


async def test_a_participant_changed_outside_an_event_sends_the_next_to_a_fresh_read(api: ConsentApi, app_engine,
                                                                                     tenant_id):
    """A participant's row changed by another path (here by hand: its jurisdiction put right): the call's
    fingerprint moves on, the kept state is not used, and the decision is made as the row now says."""
    call = await api.call(NY_AGENT, participant("cust", phone_number="+12125550143"))
    opened = await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    assert opened["decision"]["may_record"] is True and _is_kept(tenant_id, call)
    async with tenant_session(app_engine, tenant_id) as session:
        await session.execute(text("UPDATE participant SET jurisdiction = 'US-CA' WHERE call_id = :c AND "
                                   "external_id = 'cust'"), {"c": call["id"]})
        await session.commit()
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["may_record"] is False  # California: all parties
    assert {p.jurisdiction for p in _kept(tenant_id, call["id"]).participants} == {"US-NY", "US-CA"}


async def test_an_erased_number_leaves_the_kept_state_in_use(api: ConsentApi, app_engine, tenant_id):
    """An erasure removes only a participant's encrypted number, which no decision reads: the call's fingerprint
    leaves it out, so an erasure need not take the call's lock (it waits on the object store meanwhile)."""
    call = await api.call(NY_AGENT, participant("cust", phone_number="+12125550144"))
    await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    before = await _fingerprint(app_engine, tenant_id, call["id"])
    async with tenant_session(app_engine, tenant_id) as session:
        await session.execute(text("UPDATE participant SET phone_number_encrypted = NULL WHERE call_id = :c"),
                              {"c": call["id"]})
        await session.commit()
    assert await _fingerprint(app_engine, tenant_id, call["id"]) == before
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["may_record"] is True and KEPT.current == 1.0  # the kept state's write went ahead


async def _fingerprint(engine, tenant_id: UUID, call_id: str) -> str:
    async with tenant_session(engine, tenant_id) as session:
        return (await session.execute(text("SELECT callvault_call_fingerprint(:c)"), {"c": call_id})).scalar_one()


async def test_a_participant_joining_a_moment_later_is_known_to_the_next_event(api: ConsentApi, tenant_id):
    """Added with a join time a moment ahead (a provider's clock), a participant changes neither the decision's
    substance nor its version when added: only the call's fingerprint tells a kept state of them."""
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    opened = await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    assert _is_kept(tenant_id, call)
    joins = datetime.now(UTC) + timedelta(seconds=1)
    await api.ok("POST", f"/v1/calls/{call['id']}/participants", 201,
                 json=participant("transfer", jurisdiction="US-FL", joined_at=joins.isoformat()))
    await eventually(lambda: datetime.now(UTC) > joins, timeout=5, what="the join time passing")
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-1)})
    assert answered["decision"]["may_record"] is False, "decided without the Florida customer who joined"
    assert answered["decision"]["version"] == opened["decision"]["version"] + 1


async def test_a_replay_meeting_another_event_of_the_call_is_answered_as_a_replay(api: ConsentApi, tenant_id,
                                                                                   monkeypatch):
    """A provider's retry of an event stored already, while another event of the call is written by this
    process: the write from a kept state, which cannot know of the first, answers that the call moved on
    (not the unique index's error, which a second kept state would meet again: a 500)."""
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    first = {"type": "call_answered", "occurred_at": at(-50), "source_event_id": "prov-1"}
    await api.events(call["id"], first)
    assert _is_kept(tenant_id, call)
    recorded = timeline.record_events

    async def with_a_neighbour(pool, ctx, call_id, batch, *, retry=True):
        if batch[0].source_event_id == "prov-1":  # another event of the call lands just before the replay
            await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
        return await recorded(pool, ctx, call_id, batch, retry=retry)

    monkeypatch.setattr(timeline, "record_events", with_a_neighbour)
    replayed = await api.events(call["id"], first)
    assert replayed["events"][0]["replayed"] is True


async def test_refused_events_do_not_set_kept_states_aside(api: ConsentApi):
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    for n in range(40):
        await api.events(call["id"], {"type": "recording_paused" if n % 2 else "recording_resumed",
                                      "occurred_at": at(-100 + n)})
        refused = await api.request("POST", f"/v1/calls/{call['id']}/events",
                                    json={"type": "recording_paused", "occurred_at": at(300)})
        assert refused.status_code == 422
    assert KEPT.current > 0.9  # a refusal costs its kept state (the next event reads the call), not the rest


async def test_a_kept_timeline_holds_times_as_a_read_does(api: ConsentApi, tenant_id):
    """An event posted with its caller's offset: the next decision's `valid_until` is written in UTC either way."""
    async def valid_until(kept: bool) -> str:
        call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
        cust = by_external_id(call)["cust"]["id"]
        ahead = (datetime.now(UTC) + timedelta(seconds=20)).astimezone(timezone(timedelta(hours=2))).isoformat()
        await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                      "method": "verbal", "occurred_at": ahead})
        if not kept:  # the next event reads the call
            assert KEPT.take(tenant_id, UUID(call["id"]), []) is not None
        answered = await api.events(call["id"], {"type": "consent_denied", "participant_id": cust,
                                                 "purposes": ["recording"], "method": "verbal", "occurred_at": at(-1)})
        return answered["decision"]["valid_until"]

    kept, fresh = await valid_until(kept=True), await valid_until(kept=False)
    assert datetime.fromisoformat(kept).utcoffset() == datetime.fromisoformat(fresh).utcoffset() == timedelta(0)

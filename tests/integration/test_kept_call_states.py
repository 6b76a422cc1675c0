"""A call's state kept between its events (services/recording_consent/kept_states.py): what the next event
is decided from is the call as a fresh read finds it, and whatever moves on without an event of the call
(the tenant's settings, do-not-record entries, announcements; a participant added or erased) sends the
next event back to a fresh read. Each test here would fail if the write did not check that input."""

from uuid import UUID

import asyncpg
import pytest
from sqlalchemy import text

from services.common.db import tenant_session
from services.recording_consent import event_store
from services.recording_consent.kept_states import KEPT
from tests.helpers.support import ConsentApi, at, by_external_id, participant

NY_AGENT = participant("agent", "agent", jurisdiction="US-NY")
DECISION_COLUMNS = ("version", "may_record", "may_transcribe", "may_analyze", "may_train", "rules_version",
                    "document", "computed_at", "stale_after")


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
         {"type": "notice_given", "announcement_version": "callvault-builtin-1", "completed": True, "occurred_at": at(-100)}),
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


async def test_a_settings_change_reaches_the_next_event(api: ConsentApi):
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    await api.ok("PUT", "/v1/consent-settings", json={"jurisdiction_mode": "strict"})
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["jurisdiction_mode"] == "strict" and answered["decision"]["may_record"] is False


async def test_a_do_not_record_entry_reaches_the_next_event(api: ConsentApi):
    call = await api.call(NY_AGENT, participant("cust", phone_number="+12125550142"))
    opened = await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    assert opened["decision"]["may_record"] is True
    await api.ok("POST", "/v1/do-not-record", 201, json={"phone_number": "+12125550142", "purposes": ["recording"],
                                                         "source": "customer asked"})
    answered = await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    assert answered["decision"]["may_record"] is False
    assert by_external_id(answered["decision"])["cust"]["purposes"]["recording"]["state"] == "objected"


async def test_a_retired_announcement_is_refused_to_the_next_event(api: ConsentApi):
    created = await api.announcement("kept-v1")
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-CA"))
    notice = {"type": "notice_given", "announcement_version": "kept-v1", "completed": True, "occurred_at": at(-50)}
    await api.events(call["id"], notice)
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


async def test_a_participant_erased_between_events_sends_the_next_to_a_fresh_read(api: ConsentApi, app_engine,
                                                                                  tenant_id):
    call = await api.call(NY_AGENT, participant("cust", phone_number="+12125550143"))
    await api.events(call["id"], {"type": "call_answered", "occurred_at": at(-50)})
    async with tenant_session(app_engine, tenant_id) as session:
        await session.execute(text("UPDATE participant SET phone_number_encrypted = NULL WHERE call_id = :c"),
                              {"c": call["id"]})
        await session.commit()
    await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-40)})
    kept = _kept(tenant_id, call["id"])
    assert all(p.phone_number_encrypted is None for p in kept.participants)

"""The decision function against the scenario table in tests/data/decision_scenarios.yaml."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import NAMESPACE_URL, UUID, uuid5

import pytest
import yaml

from services.recording_consent import recomputation
from services.recording_consent.decision import (
    ConsentSettings,
    EventFacts,
    Objection,
    ParticipantFacts,
    decide,
)
from services.recording_consent.policy.resolve import resolve_participant
from services.recording_consent.policy.rules import load_rules

TABLE = yaml.safe_load((Path(__file__).parents[1] / "data" / "decision_scenarios.yaml").read_text())
SCENARIOS = TABLE["scenarios"]
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _at(seconds: float | None) -> datetime | None:
    return None if seconds is None else START + timedelta(seconds=seconds)


def _id(name: str) -> UUID:
    return uuid5(NAMESPACE_URL, f"participant/{name}")


def _participant(row: dict, scenario: dict) -> ParticipantFacts:
    site = scenario.get("sites", {}).get(row["site"]) if "site" in row else None
    resolution = resolve_participant(row["role"], row.get("phone"), row.get("jurisdiction"), site=site,
                                     agent_jurisdiction=scenario.get("agent_jurisdiction"))
    objections = tuple(Objection(frozenset(o["purposes"]), _at(o["since"]), _at(o.get("until")))
                       for o in row.get("objections", []))
    return ParticipantFacts(_id(row["id"]), row["id"], row["role"], resolution.jurisdiction,
                            _at(row.get("joined", 0)), resolution.notes, objections)


def _event(sequence: int, row: dict) -> EventFacts:
    participant = row.get("participant")
    return EventFacts(row["type"], _at(row["t"]), _id(participant) if participant else None,
                      tuple(row.get("purposes", ())), row.get("method"), row.get("completed"), sequence)


def test_the_table_has_at_least_sixty_distinct_scenarios():
    names = [s["name"] for s in SCENARIOS]
    assert len(names) >= 60
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_decision_scenario(scenario):
    outcome = decide(load_rules(), ConsentSettings(**scenario.get("settings", {})),
                     [_participant(p, scenario) for p in scenario["participants"]],
                     [_event(i, e) for i, e in enumerate(scenario.get("events", []))],
                     _at(scenario.get("at", 100)))
    expect = scenario["expect"]
    for purpose, key in (("recording", "may_record"), ("transcription", "may_transcribe"),
                         ("analytics", "may_analyze"), ("ai_training", "may_train")):
        if key in expect:
            assert outcome.may[purpose] is expect[key], (key, outcome.reasons)
    if "requirement" in expect:
        assert outcome.requirement == expect["requirement"]
    if "rule" in expect:
        assert outcome.rule.jurisdiction == expect["rule"]
    by_name = {p.external_id: p for p in outcome.participants}
    for name, jurisdiction in expect.get("own_rules", {}).items():
        assert by_name[name].rule.jurisdiction == jurisdiction, (name, by_name[name].rule.jurisdiction)
    for name, states in expect.get("states", {}).items():
        for purpose, state in states.items():
            assert by_name[name].purposes[purpose].state == state, (name, purpose, by_name[name].purposes[purpose])
    for name, needs in expect.get("needs", {}).items():
        missing = {m["purpose"]: m["needs"] for m in by_name[name].missing}
        for purpose, what in needs.items():
            assert missing.get(purpose) == what, (name, purpose, missing)
    for expected in ([expect["reason"]] if "reason" in expect else []) + expect.get("reasons", []):
        assert any(expected in reason for reason in outcome.reasons), (expected, outcome.reasons)
    for unexpected in expect.get("no_reason", []):
        assert not any(unexpected in reason for reason in outcome.reasons), (unexpected, outcome.reasons)
    if all(outcome.may.values()):
        assert outcome.reasons == []
    else:
        assert outcome.reasons, "a decision that allows less than everything says why"


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_plain_decision_document_is_the_models_json(scenario):
    """Each event compares a decision built as plain data with the stored one: it must be, key for key
    and in order, what DecisionRead would have made, or every event would look like a change."""
    outcome = decide(load_rules(), ConsentSettings(**scenario.get("settings", {})),
                     [_participant(p, scenario) for p in scenario["participants"]],
                     [_event(i, e) for i, e in enumerate(scenario.get("events", []))],
                     _at(scenario.get("at", 100)))
    mode = scenario.get("settings", {}).get("jurisdiction_mode", "by_jurisdiction")
    settings = recomputation.DEFAULT_SETTINGS.model_copy(update={"jurisdiction_mode": mode})
    call_id, computed_at = uuid5(NAMESPACE_URL, scenario["name"]), START + timedelta(seconds=1, microseconds=7)
    expected = recomputation.document(call_id, outcome, settings, 3, computed_at).model_dump(mode="json")
    plain = recomputation.document_data(call_id, outcome, settings, 3, computed_at)
    assert json.dumps(plain) == json.dumps(expected)

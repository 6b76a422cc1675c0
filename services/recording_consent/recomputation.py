"""From stored rows to the decision function's facts, and from its outcome to the stored decision."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from prometheus_client import Counter
from pydantic_core import to_jsonable_python
from sqlmodel.ext.asyncio.session import AsyncSession

from services.recording_consent import repository
from services.recording_consent.decision import (
    ConsentSettings,
    EventFacts,
    Objection,
    Outcome,
    ParticipantFacts,
    decide,
)
from services.recording_consent.models import Call, ConsentEvent, Decision, DoNotRecord, Participant
from services.recording_consent.policy.rules import Rule, RuleSet
from services.recording_consent.schemas import ConsentSettingsRead, DecisionRead, RuleRead

DEFAULT_SETTINGS = ConsentSettingsRead(updated_at=None)
# Each new version of a call's decision, per purpose (reads of a stored decision are not counted).
DECISIONS = Counter("callvault_decisions_total", "New decision versions, by purpose and outcome",
                    ["purpose", "outcome"])


@dataclass(frozen=True)
class Change:
    decision: Decision
    previous: dict | None  # the document before, None for a new call

    @property
    def changed(self) -> bool:
        return self.previous is None or _substance(self.previous) != _substance(self.decision.document)

    def stopped(self) -> bool:
        """Recording was allowed and no longer is."""
        return bool(self.previous and self.previous["may_record"] and not self.decision.may_record)


async def tenant_settings(session: AsyncSession, tenant_id: UUID) -> ConsentSettingsRead:
    row = await repository.get_settings(session, tenant_id)
    return DEFAULT_SETTINGS if row is None else ConsentSettingsRead.model_validate(row, from_attributes=True)


def decision_settings(settings: ConsentSettingsRead) -> ConsentSettings:
    return ConsentSettings(settings.jurisdiction_mode, settings.agents_prior_agreement,
                           settings.stay_on_line_seconds, {str(k): v for k, v in settings.lawful_basis.items()})


def participant_facts(participant: Participant, objections: Sequence[DoNotRecord]) -> ParticipantFacts:
    own = tuple(
        Objection(frozenset(o.purposes), o.created_at,
                  min((t for t in (o.expires_at, o.removed_at) if t is not None), default=None))
        for o in objections if participant.phone_number_index and o.phone_number_index == participant.phone_number_index
    )
    return ParticipantFacts(participant.id, participant.external_id, participant.role, participant.jurisdiction,
                            participant.joined_at, tuple(participant.jurisdiction_notes), own)


def event_facts(event: ConsentEvent) -> EventFacts:
    return EventFacts(event.type, event.occurred_at, event.participant_id, tuple(event.purposes), event.method,
                      event.completed, event.sequence or 0)


async def evaluate(session: AsyncSession, rules: RuleSet, call: Call, at: datetime,
                   participants: list[Participant] | None = None,
                   events: list[ConsentEvent] | None = None) -> tuple[Outcome, ConsentSettingsRead]:
    participants = participants if participants is not None else await repository.list_participants(session, call.id)
    events = events if events is not None else await repository.list_events(session, call.id)
    indexes = [p.phone_number_index for p in participants if p.phone_number_index]
    objections = await repository.objections_for(session, indexes)
    settings = await tenant_settings(session, call.tenant_id)
    return outcome_of(rules, settings, participants, objections, [event_facts(e) for e in events], at), settings


def outcome_of(rules: RuleSet, settings: ConsentSettingsRead, participants: Sequence[Participant],
               objections: Sequence[DoNotRecord], events: list[EventFacts], at: datetime) -> Outcome:
    return decide(rules, decision_settings(settings), [participant_facts(p, objections) for p in participants],
                  events, at)


def document(call_id: UUID, outcome: Outcome, settings: ConsentSettingsRead, version: int,
             computed_at: datetime) -> DecisionRead:
    return DecisionRead(
        call_id=call_id, version=version, may_record=outcome.may["recording"],
        may_transcribe=outcome.may["transcription"], may_analyze=outcome.may["analytics"],
        may_train=outcome.may["ai_training"], requirement=outcome.requirement,
        rule=outcome.rule.public() if outcome.rule else None, jurisdiction_mode=settings.jurisdiction_mode,
        participants=[
            {"participant_id": p.participant_id, "external_id": p.external_id, "role": p.role,
             "jurisdiction": p.jurisdiction, "requirement": p.requirement, "rule": p.rule.public(),
             "purposes": {k: {"state": v.state, "basis": v.basis} for k, v in p.purposes.items()},
             "missing": p.missing, "notes": p.notes}
            for p in outcome.participants
        ],
        reasons=outcome.reasons, rules_version=outcome.rules_version, evaluated_at=outcome.evaluated_at,
        computed_at=computed_at, valid_until=outcome.changes_at,
    )


def document_data(call_id: UUID, outcome: Outcome, settings: ConsentSettingsRead, version: int,
                  computed_at: datetime) -> dict:
    """`document(...).model_dump(mode="json")` built as plain data, field for field: every event
    builds one to compare with the stored decision, and validating what the decision function has
    just built cost more than deciding. pydantic_core serializes the values (datetimes, UUIDs, dates)
    as the model would; a unit test holds the two equal over the whole scenario table."""
    return to_jsonable_python({
        "call_id": call_id, "version": version, "may_record": outcome.may["recording"],
        "may_transcribe": outcome.may["transcription"], "may_analyze": outcome.may["analytics"],
        "may_train": outcome.may["ai_training"], "requirement": outcome.requirement,
        "rule": _rule_data(outcome.rule) if outcome.rule else None, "jurisdiction_mode": settings.jurisdiction_mode,
        "participants": [
            {"participant_id": p.participant_id, "external_id": p.external_id, "role": p.role,
             "jurisdiction": p.jurisdiction, "requirement": p.requirement, "rule": _rule_data(p.rule),
             "purposes": {k: {"state": v.state, "basis": v.basis} for k, v in p.purposes.items()},
             "missing": [{"purpose": m["purpose"], "needs": m["needs"]} for m in p.missing], "notes": p.notes}
            for p in outcome.participants
        ],
        "reasons": outcome.reasons, "rules_version": outcome.rules_version, "evaluated_at": outcome.evaluated_at,
        "computed_at": computed_at, "valid_until": outcome.changes_at,
    })


_RULES: dict[int, tuple[Rule, dict]] = {}  # id -> the rule (kept, so the id stays its) and its RuleRead JSON


def _rule_data(rule: Rule) -> dict:
    """A rule as RuleRead shows it, made once per rule of the process's rule set (they are frozen)."""
    known = _RULES.get(id(rule))
    if known is None or known[0] is not rule:
        known = _RULES[id(rule)] = (rule, RuleRead.model_validate(rule.public()).model_dump(mode="json"))
    return known[1]


async def recompute(session: AsyncSession, rules: RuleSet, call: Call, participants: list[Participant] | None = None,
                    events: list[ConsentEvent] | None = None) -> Change:
    """Evaluate now and store the result when it differs in substance; the version counts changes."""
    now = datetime.now(UTC)
    outcome, settings = await evaluate(session, rules, call, now, participants, events)
    change, write = successor(await repository.get_decision(session, call.id), call, rules, outcome, settings, now)
    if write:
        repository.add(session, change.decision)
    return change


def successor(stored: Decision | None, call: Call, rules: RuleSet, outcome: Outcome, settings: ConsentSettingsRead,
              now: datetime) -> tuple[Change, bool]:
    """The decision that follows the stored one, and whether it must be written: a new version when
    the substance changed, the same version with a new `valid_until` when only that moved."""
    previous = stored.document if stored else None
    version = (stored.version if stored else 0) + 1
    fresh = document_data(call.id, outcome, settings, version, now)
    if stored is not None and _substance(previous) == _substance(fresh):
        if stored.stale_after == outcome.changes_at:
            return Change(stored, stored.document), False
        stored.stale_after = outcome.changes_at
        stored.document = {**previous, "valid_until": fresh["valid_until"]}
        return Change(stored, stored.document), True
    row = stored or Decision(call_id=call.id, tenant_id=call.tenant_id, may_record=False, may_transcribe=False,
                             may_analyze=False, may_train=False, rules_version=rules.version, document={})
    row.version, row.document, row.computed_at, row.stale_after = version, fresh, now, outcome.changes_at
    for purpose, allowed in outcome.may.items():
        DECISIONS.labels(purpose, "allowed" if allowed else "refused").inc()
    row.may_record, row.may_transcribe = outcome.may["recording"], outcome.may["transcription"]
    row.may_analyze, row.may_train = outcome.may["analytics"], outcome.may["ai_training"]
    row.rules_version = rules.version
    return Change(row, previous), True


def _substance(doc: dict | None) -> dict | None:
    if doc is None:
        return None
    return {k: v for k, v in doc.items() if k not in ("version", "evaluated_at", "computed_at", "valid_until")}

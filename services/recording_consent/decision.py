"""The decision function: pure, no I/O. From the rules, the tenant's settings, the participants and
the consent events up to a moment, may the call be recorded, transcribed, analyzed, used for training?

How it reads the law (stated once, here):
- The call's strictest rule applies to every participant on it; an unknown place is the strictest.
  Among equally strict rules the governing one is chosen by its code (`unknown` first), never by
  the order participants were listed. Each participant is still cited with its own rule.
- Per participant and purpose, the latest of granted / denied / withdrawn wins; a denial or a
  withdrawal switches that purpose off whatever the rule, and a do-not-record objection outranks all.
- one_party: the consent of one party still on the call is enough. The tenant is a party only
  through its agents on the call: a human agent by prior agreement (or explicitly), a virtual
  agent (an AI voice agent or IVR speaking for the tenant) by being there. When the last of them
  has left, the consent must come from someone else still on the call (18 U.S.C. § 2511(2)(d):
  "a person ... where such person is a party to the communication").
- notice: every party must have heard a completed notice since joining (or consented);
  all_party: every party must consent. Staying on the line after a completed notice counts only
  where the tenant set a delay, every rule on the call says an announced recording counts, and the
  purpose's lawful basis is not consent (GDPR art. 4(11), recital 32: silence is not consent).
- AI training always needs every party's explicit consent; a purpose whose lawful basis the tenant
  set to `consent` does too; both cite callvault's policy for the purpose. Transcription, analytics
  and training are uses of the recording, so none is allowed while recording is not.
- A virtual agent is not a person whose consent is asked: it never needs a notice or a consent.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from uuid import UUID

from services.recording_consent.policy.rules import UNKNOWN, Applied, PurposePolicy, Requirement, Rule, RuleSet

PURPOSES = ("recording", "transcription", "analytics", "ai_training")
NOTICE_PURPOSES = ("recording", "transcription", "analytics")  # what a notice covers when it does not say
CONSENT_TYPES = frozenset({"consent_granted", "consent_denied", "consent_withdrawn"})
VIRTUAL_AGENT = "virtual_agent"
TENANT_ROLES = frozenset({"agent", VIRTUAL_AGENT})


class State(StrEnum):
    satisfied = "satisfied"
    pending = "pending"
    denied = "denied"
    withdrawn = "withdrawn"
    objected = "objected"


@dataclass(frozen=True)
class ConsentSettings:
    jurisdiction_mode: str = "by_jurisdiction"  # or "strict": all-party everywhere
    agents_prior_agreement: bool = True
    stay_on_line_seconds: int | None = None  # None: staying on the line is not consent
    lawful_basis: Mapping[str, str] = field(default_factory=dict)  # purpose -> consent | legitimate_interest


@dataclass(frozen=True)
class Objection:
    purposes: frozenset[str]
    since: datetime
    until: datetime | None = None

    def active(self, at: datetime) -> bool:
        return self.since <= at and (self.until is None or at < self.until)


@dataclass(frozen=True)
class ParticipantFacts:
    id: UUID
    external_id: str
    role: str
    jurisdiction: str
    joined_at: datetime
    notes: tuple[str, ...] = ()
    objections: tuple[Objection, ...] = ()


@dataclass(frozen=True)
class EventFacts:
    type: str
    occurred_at: datetime
    participant_id: UUID | None = None
    purposes: tuple[str, ...] = ()
    method: str | None = None
    completed: bool | None = None
    sequence: int = 0


@dataclass(frozen=True)
class PurposeState:
    state: State
    basis: str


@dataclass(frozen=True)
class ParticipantOutcome:
    participant_id: UUID
    external_id: str
    role: str
    jurisdiction: str
    requirement: Requirement  # what this participant must give on this call (the call's requirement)
    rule: Rule  # the participant's own rule, whatever governs the call
    purposes: dict[str, PurposeState]
    missing: list[dict[str, str]]
    notes: list[str]


@dataclass(frozen=True)
class Outcome:
    may: dict[str, bool]
    requirement: Requirement | None
    rule: Rule | None
    participants: list[ParticipantOutcome]
    reasons: list[str]
    rules_version: str
    evaluated_at: datetime
    changes_at: datetime | None = None  # when the outcome may change with no new event (a delay, an expiry)


@dataclass(frozen=True)
class _Context:
    rules: RuleSet
    settings: ConsentSettings
    call_requirement: Requirement
    governing: Applied
    events: list[EventFacts]
    present: list[ParticipantFacts]
    applied: dict[UUID, Applied]
    at: datetime


def decide(rules: RuleSet, settings: ConsentSettings, participants: Iterable[ParticipantFacts],
           events: Iterable[EventFacts], at: datetime) -> Outcome:
    participants, events = list(participants), list(events)
    history = sorted((e for e in events if e.occurred_at <= at), key=lambda e: (e.occurred_at, e.sequence))
    left = {e.participant_id for e in history if e.type == "participant_left"}
    present = [p for p in participants if p.joined_at <= at and p.id not in left]
    applied = {p.id: rules.for_jurisdiction(p.jurisdiction) for p in present}
    changes_at = _next_change(settings, participants, events, at)
    if not present:
        return Outcome({purpose: False for purpose in PURPOSES}, None, None, [],
                       ["nobody is on the call"], rules.version, at, changes_at)
    governing = _strictest(applied[p.id] for p in present)
    strict = settings.jurisdiction_mode == "strict"
    context = _Context(rules, settings, _call_requirement(governing, present, strict), governing, history, present,
                       applied, at)
    outcomes = [_participant_outcome(context, p, applied[p.id]) for p in present]
    may, reasons = _verdict(context, outcomes, ended=any(e.type == "call_ended" for e in history))
    if strict:
        reasons = [*reasons, "the tenant is in strict mode: every party must consent everywhere"] if reasons else []
    elif context.call_requirement is not governing.rule.requirement and reasons:
        kind = governing.rule.requirement.value.replace("_", "-")
        reasons.append(f"no agent of the tenant is on the call: the {kind} rule rests on a party's own recording, "
                       "so every party must consent")
    return Outcome(may, context.call_requirement, governing.rule, outcomes, reasons, rules.version, at, changes_at)


def _next_change(settings: ConsentSettings, participants: list[ParticipantFacts], events: list[EventFacts],
                 at: datetime) -> datetime | None:
    """The next moment after `at` at which time alone may change the outcome, so that a stored
    decision knows when it goes stale."""
    moments = [p.joined_at for p in participants] + [e.occurred_at for e in events]  # clocks a little ahead
    moments += [t for p in participants for o in p.objections for t in (o.since, o.until) if t is not None]
    if settings.stay_on_line_seconds is not None:
        delay = timedelta(seconds=settings.stay_on_line_seconds)
        moments += [e.occurred_at + delay for e in events if e.type == "notice_given" and e.completed]
    return min((m for m in moments if m > at), default=None)


def _call_requirement(governing: Applied, present: list[ParticipantFacts], strict: bool) -> Requirement:
    """The governing rule's requirement; all-party in strict mode, and where a notice rule's basis (a
    party may record, with notice) is gone because no agent of the tenant is on the call."""
    if strict:
        return Requirement.all_party
    requirement = governing.rule.requirement
    if requirement is Requirement.notice and not any(p.role in TENANT_ROLES for p in present):
        return Requirement.all_party
    return requirement


def _strictest(applied: Iterable[Applied]) -> Applied:
    """The strictest rule; among equals `unknown` (its reason is the one to give), then by code."""
    return min(applied, key=lambda a: (-a.rule.requirement.strictness, a.rule.jurisdiction != UNKNOWN,
                                       a.rule.jurisdiction))


def _purpose_policy(context: _Context, purpose: str) -> PurposePolicy | None:
    """callvault's own policy when it, not a place's statute, sets what the purpose needs."""
    if purpose == "ai_training":
        return context.rules.purposes["ai_training"]
    if context.settings.lawful_basis.get(purpose) == "consent":
        return context.rules.purposes["consent_basis"]
    return None


def _requirement_for(context: _Context, purpose: str) -> Requirement:
    if _purpose_policy(context, purpose) is not None:
        return Requirement.all_party
    return context.call_requirement


def _participant_outcome(context: _Context, p: ParticipantFacts, own: Applied) -> ParticipantOutcome:
    purposes: dict[str, PurposeState] = {}
    missing: list[dict[str, str]] = []
    for purpose in PURPOSES:
        state, needs = _purpose_state(context, p, purpose)
        purposes[purpose] = state
        if needs:
            missing.append({"purpose": purpose, "needs": needs})
    notes = list(p.notes) + list(own.notes)
    governing = context.governing.rule
    if governing.jurisdiction != own.rule.jurisdiction and governing.requirement != own.rule.requirement:
        notes.append(f"the call's strictest rule ({governing.name}, {governing.citation}) applies to everyone on it")
    return ParticipantOutcome(p.id, p.external_id, p.role, p.jurisdiction, context.call_requirement,
                              own.rule, purposes, missing, notes)


def _purpose_state(context: _Context, p: ParticipantFacts, purpose: str) -> tuple[PurposeState, str | None]:
    if any(o.active(context.at) and purpose in o.purposes for o in p.objections):
        return PurposeState(State.objected, "on the do-not-record registry"), None
    latest = _latest_consent(context.events, p.id, purpose)
    if latest is not None and latest.type == "consent_denied":
        return PurposeState(State.denied, f"denied ({latest.method})"), None
    if latest is not None and latest.type == "consent_withdrawn":
        return PurposeState(State.withdrawn, f"withdrawn ({latest.method})"), None
    consent = _consent_basis(context, p, latest, purpose)
    requirement = _requirement_for(context, purpose)
    if requirement is Requirement.one_party:
        if consent or _any_party_consents(context, purpose):
            return PurposeState(State.satisfied, consent or "one-party: another party consented"), None
        return PurposeState(State.pending, "one-party: no party has consented"), "consent of one party"
    if consent:
        return PurposeState(State.satisfied, consent), None
    notice = _completed_notice(context, p, purpose)
    if requirement is Requirement.notice:
        if notice is not None:
            return PurposeState(State.satisfied, "notice given"), None
        return PurposeState(State.pending, "notice required"), "notice"
    stay = _stay_on_line(context, notice, purpose)
    if stay is not None:
        return PurposeState(State.satisfied, stay), None
    needs = "consent" if notice is not None else "notice and consent"
    return PurposeState(State.pending, "every party must consent"), needs


def _latest_consent(events: list[EventFacts], participant_id: UUID, purpose: str) -> EventFacts | None:
    latest = None
    for event in events:  # in time order, so the last match is the latest
        if event.type in CONSENT_TYPES and event.participant_id == participant_id and purpose in event.purposes:
            latest = event
    return latest


def _consent_basis(context: _Context, p: ParticipantFacts, latest: EventFacts | None, purpose: str) -> str | None:
    """Why this participant counts as consenting to the purpose, or None."""
    if p.role == VIRTUAL_AGENT:
        return "the tenant's virtual agent: the tenant is a party through it"
    if latest is not None and latest.type == "consent_granted":
        if latest.method != "stay_on_line":
            return f"consent ({latest.method})"
        # Reported by a platform: it counts as the tenant's own would, after a completed notice and its delay.
        if stay := _stay_on_line(context, _completed_notice(context, p, purpose), purpose):
            return stay
    # An employee's standing agreement is not the explicit consent a consent basis needs (EDPB
    # Guidelines 05/2020 para. 21), nor consent to training.
    if p.role == "agent" and context.settings.agents_prior_agreement and _purpose_policy(context, purpose) is None:
        return "consent (prior_agreement)"
    return None


def _stay_counts(context: _Context, purpose: str) -> bool:
    """Staying on the line after a notice is consent only where the tenant set a delay, the purpose
    does not rest on consent (silence is not consent: GDPR art. 4(11), recital 32), and every rule
    on the call accepts an announced recording (RCW 9.73.030(3), say; § 201 StGB does not)."""
    return (context.settings.stay_on_line_seconds is not None and _purpose_policy(context, purpose) is None
            and context.settings.jurisdiction_mode != "strict"  # strict: every party's explicit consent
            and all(a.rule.announced_recording_counts for a in context.applied.values()))


def _any_party_consents(context: _Context, purpose: str) -> bool:
    """One-party: someone still on the call consents; the tenant only through an agent on it."""
    for p in context.present:
        latest = _latest_consent(context.events, p.id, purpose)
        if (latest is None or latest.type == "consent_granted") and _consent_basis(context, p, latest, purpose):
            return True
    return False


def _completed_notice(context: _Context, p: ParticipantFacts, purpose: str) -> EventFacts | None:
    """The first completed notice this participant heard since joining that covers the purpose. A
    notice to everyone (no participant) reaches only those on the call when it was given."""
    for event in context.events:
        if (event.type == "notice_given" and event.completed and event.occurred_at >= p.joined_at
                and event.participant_id in (None, p.id) and purpose in (event.purposes or NOTICE_PURPOSES)):
            return event
    return None


def _stay_on_line(context: _Context, notice: EventFacts | None, purpose: str) -> str | None:
    delay = context.settings.stay_on_line_seconds
    if delay is None or notice is None or not _stay_counts(context, purpose):
        return None
    if notice.occurred_at + timedelta(seconds=delay) <= context.at:
        return f"consent (stay_on_line, {delay} s after the notice)"
    return None


_VERBS = {State.pending: "has not yet given what the rule needs", State.denied: "denied consent",
          State.withdrawn: "withdrew consent", State.objected: "is on the do-not-record registry"}


def _verdict(context: _Context, outcomes: list[ParticipantOutcome],
             ended: bool) -> tuple[dict[str, bool], list[str]]:
    if ended:
        return {purpose: False for purpose in PURPOSES}, ["the call has ended"]
    may: dict[str, bool] = {}
    reasons: list[str] = []
    for purpose in PURPOSES:
        blockers = [o for o in outcomes if o.purposes[purpose].state is not State.satisfied]
        may[purpose] = not blockers and (purpose == "recording" or may["recording"])
        reasons += [_reason(context, purpose, o) for o in blockers]
        if not blockers and not may[purpose]:
            reasons.append(f"{purpose} is not allowed while recording is not")
    return may, reasons


def _reason(context: _Context, purpose: str, o: ParticipantOutcome) -> str:
    """Why one participant blocks a purpose, citing that participant's own rule (and the call's
    stricter one when that is what applies), or callvault's policy for the purpose."""
    needs = next((m["needs"] for m in o.missing if m["purpose"] == purpose), None)
    what = _VERBS[o.purposes[purpose].state] + (f" ({needs})" if needs else "")
    who = f"{purpose} is not allowed: {o.role} {o.external_id}"
    if (policy := _purpose_policy(context, purpose)) is not None:
        return f"{who} ({o.jurisdiction}) {what}; {policy.name}: {policy.citation}"
    own = f"{o.rule.requirement.value.replace('_', '-')} rule, {o.rule.citation}"
    governing = context.governing.rule
    if context.settings.jurisdiction_mode == "strict" or governing.requirement == o.rule.requirement:
        return f"{who} ({o.jurisdiction}, {own}) {what}"
    return (f"{who} ({o.jurisdiction}, {own}) {what}, under the call's strictest rule "
            f"({governing.jurisdiction}, {governing.requirement.value.replace('_', '-')}, {governing.citation})")

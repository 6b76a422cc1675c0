"""The decision function: pure, no I/O. Given a call's participants (and, with the consent issue,
their consent events and jurisdictions), may the call be recorded or transcribed right now?"""

from dataclasses import dataclass, field
from uuid import UUID

PURPOSES_GATED = ("recording", "transcription")


@dataclass(frozen=True)
class ParticipantFacts:
    id: UUID
    external_id: str
    role: str
    consented: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Outcome:
    may_record: bool
    may_transcribe: bool
    missing: list[dict] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


def decide(participants: list[ParticipantFacts]) -> Outcome:
    """Fail safe: until every participant has consented to a purpose, that purpose is not allowed.
    (The jurisdiction rules that relax this for one-party and notice regimes come with the consent
    issue; until then the strictest rule, all-party consent, applies everywhere.)"""
    missing = [
        {"participant_id": str(p.id), "external_id": p.external_id,
         "purposes": [purpose for purpose in PURPOSES_GATED if purpose not in p.consented]}
        for p in participants
        if not set(PURPOSES_GATED) <= p.consented
    ]

    def allowed(purpose: str) -> bool:
        return bool(participants) and all(purpose in p.consented for p in participants)

    reasons = [
        f"participant {m['external_id']} has not consented to {' or '.join(m['purposes'])}" for m in missing
    ]
    if not participants:
        reasons.append("the call has no participants")
    return Outcome(allowed("recording"), allowed("transcription"), missing, reasons)

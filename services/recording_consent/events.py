"""Events the recording-consent service emits. Payloads carry ids, never personal data."""

from typing import Any
from uuid import UUID

from services.common.events.envelope import CloudEvent

SOURCE = "callvault/recording-consent"
CALL_CREATED = "call.created"
CALL_ENDED = "call.ended"
PARTICIPANT_JOINED = "participant.joined"
DECISION_CHANGED = "decision.changed"
RECORDING_MUST_STOP = "recording.must_stop"
# recording.stop_confirmed, recording.stop_failed: what the provider said when asked to stop.
RECORDING_STOP_PREFIX = "recording.stop_"
# consent.granted, consent.denied, consent.withdrawn, consent.notice_given: one per consent event.
CONSENT_PREFIX = "consent."


def _event(tenant_id: UUID, type_: str, call_id: UUID, data: dict[str, Any]) -> CloudEvent:
    return CloudEvent(source=SOURCE, type=type_, subject=f"calls/{call_id}", tenantid=tenant_id,
                      data={"call_id": str(call_id), **data})


def call_created(tenant_id: UUID, call_id: UUID, provider: str, external_id: str, direction: str,
                 participant_ids: list[UUID]) -> CloudEvent:
    return _event(tenant_id, CALL_CREATED, call_id,
                  {"provider": provider, "external_id": external_id, "direction": direction,
                   "participant_ids": [str(p) for p in participant_ids]})


def participant_joined(tenant_id: UUID, call_id: UUID, participant_id: UUID, role: str,
                       jurisdiction: str) -> CloudEvent:
    return _event(tenant_id, PARTICIPANT_JOINED, call_id,
                  {"participant_id": str(participant_id), "role": role, "jurisdiction": jurisdiction})


def consent_event(tenant_id: UUID, call_id: UUID, event_id: UUID, kind: str, participant_id: UUID | None,
                  purposes: list[str], method: str | None, occurred_at: str) -> CloudEvent:
    type_ = CONSENT_PREFIX + kind.removeprefix("consent_")
    return _event(tenant_id, type_, call_id,
                  {"event_id": str(event_id), "participant_id": participant_id and str(participant_id),
                   "purposes": purposes, "method": method, "occurred_at": occurred_at})


def decision_changed(tenant_id: UUID, call_id: UUID, decision: dict[str, Any]) -> CloudEvent:
    return _event(tenant_id, DECISION_CHANGED, call_id,
                  {key: decision[key] for key in ("version", "may_record", "may_transcribe", "may_analyze",
                                                  "may_train", "requirement")})


def recording_must_stop(tenant_id: UUID, call: Any, decision: dict[str, Any]) -> CloudEvent:
    """With the provider's name for the call, so whoever stops the recording needs no lookup."""
    return _event(tenant_id, RECORDING_MUST_STOP, call.id,
                  {"version": decision["version"], "reasons": decision["reasons"], "provider": call.provider,
                   "external_id": call.external_id})


def recording_stop(tenant_id: UUID, call_id: UUID, stop_id: UUID, outcome: str, provider: str,
                   answer: dict[str, Any], attempts: int) -> CloudEvent:
    return _event(tenant_id, RECORDING_STOP_PREFIX + outcome, call_id,
                  {"stop_id": str(stop_id), "provider": provider, "provider_answer": answer, "attempts": attempts})


def call_ended(tenant_id: UUID, call_id: UUID, ended_at: str) -> CloudEvent:
    return _event(tenant_id, CALL_ENDED, call_id, {"ended_at": ended_at})

"""Events the recording-consent service emits (their payloads are in `common/events/catalog.py`).
Payloads carry ids, never personal data."""

from typing import Any
from uuid import UUID

from services.common.events import catalog
from services.common.events.envelope import CloudEvent

SOURCE = "callvault/recording-consent"


def _event(tenant_id: UUID, payload: catalog.CallPayload, type_: str | None = None) -> CloudEvent:
    return catalog.envelope(payload, source=SOURCE, tenant_id=tenant_id, subject=f"calls/{payload.call_id}",
                            type_=type_)


def call_created(tenant_id: UUID, call_id: UUID, provider: str, external_id: str, direction: str,
                 participant_ids: list[UUID]) -> CloudEvent:
    return _event(tenant_id, catalog.CallCreated(call_id=call_id, provider=provider, external_id=external_id,
                                                 direction=direction, participant_ids=participant_ids))


def participant_joined(tenant_id: UUID, call_id: UUID, participant_id: UUID, role: str,
                       jurisdiction: str) -> CloudEvent:
    return _event(tenant_id, catalog.ParticipantJoined(call_id=call_id, participant_id=participant_id, role=role,
                                                       jurisdiction=jurisdiction))


def consent_event(tenant_id: UUID, call_id: UUID, event_id: UUID, kind: str, participant_id: UUID | None,
                  purposes: list[str], method: str | None, occurred_at: str) -> CloudEvent:
    """`consent.granted`, `consent.denied`, `consent.withdrawn`, `consent.notice_given`: one per consent event."""
    return _event(tenant_id, catalog.ConsentRecorded(call_id=call_id, event_id=event_id, participant_id=participant_id,
                                                     purposes=purposes, method=method, occurred_at=occurred_at),
                  "consent." + kind.removeprefix("consent_"))


def decision_changed(tenant_id: UUID, call_id: UUID, decision: dict[str, Any]) -> CloudEvent:
    return _event(tenant_id, catalog.DecisionChanged(
        call_id=call_id, **{key: decision[key] for key in ("version", "may_record", "may_transcribe", "may_analyze",
                                                           "may_train", "requirement")}))


def recording_must_stop(tenant_id: UUID, call: Any, decision: dict[str, Any]) -> CloudEvent:
    return _event(tenant_id, catalog.RecordingMustStop(call_id=call.id, version=decision["version"],
                                                       reasons=decision["reasons"], provider=call.provider,
                                                       external_id=call.external_id))


def recording_stop(tenant_id: UUID, call_id: UUID, stop_id: UUID, outcome: str, provider: str,
                   answer: dict[str, Any], attempts: int) -> CloudEvent:
    """`recording.stop_confirmed`, `recording.stop_failed`: what the provider said when asked to stop."""
    return _event(tenant_id, catalog.RecordingStopAnswered(call_id=call_id, stop_id=stop_id, provider=provider,
                                                           provider_answer=answer, attempts=attempts),
                  "recording.stop_" + outcome)


def call_ended(tenant_id: UUID, call_id: UUID, ended_at: str) -> CloudEvent:
    return _event(tenant_id, catalog.CallEnded(call_id=call_id, ended_at=ended_at))


def settings_updated(tenant_id: UUID, default_region: str) -> CloudEvent:
    return catalog.envelope(catalog.ConsentSettingsUpdated(default_region=default_region), source=SOURCE,
                            tenant_id=tenant_id, subject="consent-settings")

from enum import StrEnum


class EventType(StrEnum):
    CALL_ANSWERED = "call_answered"
    CALL_ENDED = "call_ended"
    CONSENT_DENIED = "consent_denied"
    CONSENT_GRANTED = "consent_granted"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    NOTICE_GIVEN = "notice_given"
    PARTICIPANT_LEFT = "participant_left"
    RECORDING_PAUSED = "recording_paused"
    RECORDING_RESUMED = "recording_resumed"
    RECORDING_STARTED = "recording_started"
    RECORDING_STOPPED = "recording_stopped"

    def __str__(self) -> str:
        return str(self.value)

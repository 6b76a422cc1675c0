from enum import StrEnum


class RecordingStopReadOutcome(StrEnum):
    CONFIRMED = "confirmed"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)

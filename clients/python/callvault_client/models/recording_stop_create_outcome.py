from enum import StrEnum


class RecordingStopCreateOutcome(StrEnum):
    CONFIRMED = "confirmed"
    FAILED = "failed"

    def __str__(self) -> str:
        return str(self.value)

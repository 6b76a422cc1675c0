from enum import StrEnum


class Status(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PARTIALLY_COMPLETED = "partially_completed"
    RECEIVED = "received"
    REJECTED = "rejected"
    VERIFIED = "verified"

    def __str__(self) -> str:
        return str(self.value)

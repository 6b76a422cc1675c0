from enum import StrEnum


class ProviderRecordingReadState(StrEnum):
    DELETED = "deleted"
    DELETING = "deleting"
    FAILED = "failed"
    KEPT = "kept"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class TranscriptSettingsReadRefusedSegments(StrEnum):
    REJECT = "reject"
    REMOVE = "remove"

    def __str__(self) -> str:
        return str(self.value)

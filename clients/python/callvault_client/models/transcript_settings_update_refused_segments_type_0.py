from enum import StrEnum


class TranscriptSettingsUpdateRefusedSegmentsType0(StrEnum):
    REJECT = "reject"
    REMOVE = "remove"

    def __str__(self) -> str:
        return str(self.value)

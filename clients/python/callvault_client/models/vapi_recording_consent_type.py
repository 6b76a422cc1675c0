from enum import StrEnum


class VapiRecordingConsentType(StrEnum):
    STAY_ON_LINE = "stay-on-line"
    VERBAL = "verbal"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class ParticipantReadJurisdictionSource(StrEnum):
    DECLARED = "declared"
    PHONE_NUMBER = "phone_number"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

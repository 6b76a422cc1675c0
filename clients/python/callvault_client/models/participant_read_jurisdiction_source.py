from enum import StrEnum


class ParticipantReadJurisdictionSource(StrEnum):
    AGENT_JURISDICTION = "agent_jurisdiction"
    DECLARED = "declared"
    PHONE_NUMBER = "phone_number"
    SITE = "site"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

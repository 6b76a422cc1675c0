from enum import StrEnum


class PutTelephonyProviderTwilioConfigAgentSide(StrEnum):
    FROM = "from"
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)

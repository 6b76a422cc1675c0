from enum import StrEnum


class PutTelephonyProviderVonageConfigAgentSide(StrEnum):
    FROM = "from"
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PutTelephonyProviderStandardConfigAgentSide(StrEnum):
    FROM = "from"
    TO = "to"

    def __str__(self) -> str:
        return str(self.value)

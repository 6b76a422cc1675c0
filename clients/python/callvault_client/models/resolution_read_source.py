from enum import StrEnum


class ResolutionReadSource(StrEnum):
    DECLARED = "declared"
    PHONE_NUMBER = "phone_number"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

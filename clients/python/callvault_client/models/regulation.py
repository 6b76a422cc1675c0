from enum import StrEnum


class Regulation(StrEnum):
    CCPA = "ccpa"
    GDPR = "gdpr"
    OTHER = "other"

    def __str__(self) -> str:
        return str(self.value)

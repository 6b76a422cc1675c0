from enum import StrEnum


class LegalHoldReadStatus(StrEnum):
    ACTIVE = "active"
    RELEASED = "released"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class View(StrEnum):
    FULL = "full"
    REDACTED = "redacted"

    def __str__(self) -> str:
        return str(self.value)

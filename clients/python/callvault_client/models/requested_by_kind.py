from enum import StrEnum


class RequestedByKind(StrEnum):
    AUTHORIZED_AGENT = "authorized_agent"
    SUBJECT = "subject"

    def __str__(self) -> str:
        return str(self.value)

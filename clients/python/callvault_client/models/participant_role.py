from enum import StrEnum


class ParticipantRole(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"

    def __str__(self) -> str:
        return str(self.value)

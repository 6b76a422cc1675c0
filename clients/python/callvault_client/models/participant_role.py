from enum import StrEnum


class ParticipantRole(StrEnum):
    AGENT = "agent"
    CUSTOMER = "customer"
    THIRD_PARTY = "third_party"
    VIRTUAL_AGENT = "virtual_agent"

    def __str__(self) -> str:
        return str(self.value)

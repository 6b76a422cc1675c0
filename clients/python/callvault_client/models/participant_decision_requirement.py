from enum import StrEnum


class ParticipantDecisionRequirement(StrEnum):
    ALL_PARTY = "all_party"
    NOTICE = "notice"
    ONE_PARTY = "one_party"

    def __str__(self) -> str:
        return str(self.value)

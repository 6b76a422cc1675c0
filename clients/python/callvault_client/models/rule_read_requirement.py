from enum import StrEnum


class RuleReadRequirement(StrEnum):
    ALL_PARTY = "all_party"
    NOTICE = "notice"
    ONE_PARTY = "one_party"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PurposeDecisionState(StrEnum):
    DENIED = "denied"
    OBJECTED = "objected"
    PENDING = "pending"
    SATISFIED = "satisfied"
    WITHDRAWN = "withdrawn"

    def __str__(self) -> str:
        return str(self.value)

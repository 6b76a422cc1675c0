from enum import StrEnum


class Operator(StrEnum):
    LABEL = "label"
    LAST_FOUR = "last_four"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class IvrSettingsMode(StrEnum):
    GATHER = "gather"
    STAY_ON_LINE = "stay_on_line"

    def __str__(self) -> str:
        return str(self.value)

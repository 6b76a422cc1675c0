from enum import StrEnum


class ConsentSettingsUpdateJurisdictionMode(StrEnum):
    BY_JURISDICTION = "by_jurisdiction"
    STRICT = "strict"

    def __str__(self) -> str:
        return str(self.value)

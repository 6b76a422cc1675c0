from enum import StrEnum


class ConsentSettingsReadJurisdictionMode(StrEnum):
    BY_JURISDICTION = "by_jurisdiction"
    STRICT = "strict"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class Regulation(StrEnum):
    CCPA = "ccpa"
    GDPR = "gdpr"
    LGPD = "lgpd"
    OTHER = "other"
    PIPEDA = "pipeda"
    QUEBEC_LAW25 = "quebec_law25"
    UK_GDPR = "uk_gdpr"
    US_STATE = "us_state"

    def __str__(self) -> str:
        return str(self.value)

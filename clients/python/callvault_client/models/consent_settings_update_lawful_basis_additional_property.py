from enum import StrEnum


class ConsentSettingsUpdateLawfulBasisAdditionalProperty(StrEnum):
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"

    def __str__(self) -> str:
        return str(self.value)

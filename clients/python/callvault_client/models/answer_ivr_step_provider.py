from enum import StrEnum


class AnswerIvrStepProvider(StrEnum):
    TELNYX = "telnyx"
    TWILIO = "twilio"
    VONAGE = "vonage"

    def __str__(self) -> str:
        return str(self.value)

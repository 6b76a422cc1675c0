from enum import StrEnum


class PutTelephonyProviderProvider(StrEnum):
    STANDARD = "standard"
    TELNYX = "telnyx"
    TWILIO = "twilio"
    VONAGE = "vonage"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PutTelephonyProviderProvider(StrEnum):
    RETELL = "retell"
    STANDARD = "standard"
    TELNYX = "telnyx"
    TWILIO = "twilio"
    VAPI = "vapi"
    VONAGE = "vonage"

    def __str__(self) -> str:
        return str(self.value)

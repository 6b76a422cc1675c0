from enum import StrEnum


class ReceiveWebhookProvider(StrEnum):
    STANDARD = "standard"
    TELNYX = "telnyx"
    TWILIO = "twilio"
    VONAGE = "vonage"

    def __str__(self) -> str:
        return str(self.value)

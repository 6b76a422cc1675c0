from enum import StrEnum


class PutTelephonyProviderTwilioConfigStopAs(StrEnum):
    PAUSED = "paused"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)

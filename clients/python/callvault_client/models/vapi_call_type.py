from enum import StrEnum


class VapiCallType(StrEnum):
    INBOUNDPHONECALL = "inboundPhoneCall"
    OUTBOUNDPHONECALL = "outboundPhoneCall"
    WEBCALL = "webCall"

    def __str__(self) -> str:
        return str(self.value)

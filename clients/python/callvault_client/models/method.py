from enum import StrEnum


class Method(StrEnum):
    AGENT_ATTESTED = "agent_attested"
    DTMF = "dtmf"
    PRIOR_AGREEMENT = "prior_agreement"
    STAY_ON_LINE = "stay_on_line"
    VERBAL = "verbal"
    WEB_FORM = "web_form"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class AnswerVonageIvrStepStep(StrEnum):
    CONTINUE = "continue"
    GATHER = "gather"
    VOICE = "voice"

    def __str__(self) -> str:
        return str(self.value)

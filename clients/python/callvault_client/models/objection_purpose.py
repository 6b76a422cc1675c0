from enum import StrEnum


class ObjectionPurpose(StrEnum):
    AI_TRAINING = "ai_training"
    ANALYTICS = "analytics"
    RECORDING = "recording"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class IvrSettingsPurposesItem(StrEnum):
    AI_TRAINING = "ai_training"
    ANALYTICS = "analytics"
    RECORDING = "recording"
    TRANSCRIPTION = "transcription"

    def __str__(self) -> str:
        return str(self.value)

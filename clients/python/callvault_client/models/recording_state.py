from enum import StrEnum


class RecordingState(StrEnum):
    NOT_RECORDING = "not_recording"
    PAUSED = "paused"
    RECORDING = "recording"
    STOPPED = "stopped"

    def __str__(self) -> str:
        return str(self.value)

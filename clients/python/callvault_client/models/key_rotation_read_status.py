from enum import StrEnum


class KeyRotationReadStatus(StrEnum):
    DONE = "done"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

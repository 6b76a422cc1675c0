from enum import StrEnum


class RetentionPolicyUpdateOnWithdrawal(StrEnum):
    KEEP = "keep"
    REMOVE_SEGMENTS = "remove_segments"
    REMOVE_TRANSCRIPT = "remove_transcript"

    def __str__(self) -> str:
        return str(self.value)

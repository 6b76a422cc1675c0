from enum import StrEnum


class DeletionCertificateReadReason(StrEnum):
    ERASURE = "erasure"
    MANUAL = "manual"
    RECTIFICATION = "rectification"
    RETENTION = "retention"
    WITHDRAWAL = "withdrawal"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    AUDITOR = "auditor"
    COMPLIANCE_OFFICER = "compliance_officer"
    PLATFORM_ADMIN = "platform_admin"
    SUPERVISOR = "supervisor"
    TELEPHONY = "telephony"
    TENANT_ADMIN = "tenant_admin"

    def __str__(self) -> str:
        return str(self.value)

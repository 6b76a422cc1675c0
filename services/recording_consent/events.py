"""Events the recording-consent service emits. Payloads carry ids, never personal data."""

from uuid import UUID

from services.common.events.envelope import CloudEvent

SOURCE = "callvault/recording-consent"
CALL_CREATED = "call.created"


def call_created(tenant_id: UUID, call_id: UUID, provider: str, external_id: str, direction: str,
                 participant_ids: list[UUID]) -> CloudEvent:
    return CloudEvent(
        source=SOURCE, type=CALL_CREATED, subject=f"calls/{call_id}", tenantid=tenant_id,
        data={"call_id": str(call_id), "provider": provider, "external_id": external_id,
              "direction": direction, "participant_ids": [str(p) for p in participant_ids]},
    )

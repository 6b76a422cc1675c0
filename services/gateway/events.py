"""Events the gateway emits (their payloads are in `common/events/catalog.py`)."""

from datetime import UTC, datetime
from uuid import UUID

from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.gateway.models import WebhookEndpoint

SOURCE = "callvault/gateway"


def endpoint_disabled(endpoint: WebhookEndpoint, failing_since: datetime) -> CloudEvent:
    """An endpoint failing for longer than `CALLVAULT_WEBHOOK_DISABLE_AFTER_SECONDS` is disabled."""
    payload = catalog.WebhookEndpointDisabled(endpoint_id=endpoint.id, url=endpoint.url,
                                              failing_since=failing_since.isoformat())
    return catalog.envelope(payload, source=SOURCE, tenant_id=endpoint.tenant_id,
                            subject=f"webhook-endpoints/{endpoint.id}")


def provider_recordings_applied(tenant_id: UUID, request_id: UUID, done: list[catalog.ReportLine],
                                kept: list[catalog.ReportLine]) -> CloudEvent:
    """The gateway's part of an erasure: the provider recordings of the subject's calls, asked to be deleted or
    kept by a legal hold."""
    payload = catalog.ProviderRecordingsApplied(request_id=request_id, done=done, kept=kept,
                                                finished_at=datetime.now(UTC).isoformat())
    return catalog.envelope(payload, source=SOURCE, tenant_id=tenant_id, subject=f"privacy-requests/{request_id}")

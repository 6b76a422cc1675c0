"""Events the gateway emits (their payloads are in `common/events/catalog.py`)."""

from datetime import datetime

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

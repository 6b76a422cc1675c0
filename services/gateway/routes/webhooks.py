"""Outbound webhook endpoints of a tenant, and what was delivered to them."""

from uuid import UUID

from fastapi import APIRouter, status

from services.common.deps import CryptoDep, EngineDep, SettingsDep
from services.common.errors import problem_responses
from services.gateway import webhooks
from services.gateway.deps import CallerDep, SubscribersDep
from services.gateway.schemas import (
    WebhookDeliveryRead,
    WebhookEndpointCreate,
    WebhookEndpointCreated,
    WebhookEndpointRead,
    WebhookEndpointUpdate,
)
from services.gateway.ssrf import UnsafeUrl

router = APIRouter(prefix="/v1/webhook-endpoints", tags=["webhooks"])


@router.post("", status_code=status.HTTP_201_CREATED, response_model=WebhookEndpointCreated,
             responses=problem_responses(UnsafeUrl))
async def create_webhook_endpoint(body: WebhookEndpointCreate, caller: CallerDep, crypto: CryptoDep, engine: EngineDep,
                                  settings: SettingsDep, subscribers: SubscribersDep) -> WebhookEndpointCreated:
    """Subscribe a URL to event types. Deliveries are signed per the Standard Webhooks specification
    with the secret in this answer (shown once)."""
    created = await webhooks.create_endpoint(engine, crypto, settings, caller, body)
    subscribers.tenants.add(caller.tenant_id)  # its events count from now on this instance
    return created


@router.get("", response_model=list[WebhookEndpointRead])
async def list_webhook_endpoints(caller: CallerDep, engine: EngineDep) -> list[WebhookEndpointRead]:
    return await webhooks.list_endpoints(engine, caller)


@router.get("/{endpoint_id}", response_model=WebhookEndpointRead,
            responses=problem_responses(webhooks.EndpointNotFound))
async def get_webhook_endpoint(endpoint_id: UUID, caller: CallerDep, engine: EngineDep) -> WebhookEndpointRead:
    return await webhooks.get_endpoint(engine, caller, endpoint_id)


@router.patch("/{endpoint_id}", response_model=WebhookEndpointRead,
              responses=problem_responses(webhooks.EndpointNotFound, UnsafeUrl))
async def update_webhook_endpoint(endpoint_id: UUID, body: WebhookEndpointUpdate, caller: CallerDep,
                                  engine: EngineDep, settings: SettingsDep,
                                  subscribers: SubscribersDep) -> WebhookEndpointRead:
    """Change the fields sent; `"disabled": false` re-enables an endpoint that was disabled."""
    updated = await webhooks.update_endpoint(engine, settings, caller, endpoint_id, body)
    subscribers.tenants.add(caller.tenant_id)  # re-enabled: its events count from now on this instance
    return updated


@router.delete("/{endpoint_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(webhooks.EndpointNotFound))
async def delete_webhook_endpoint(endpoint_id: UUID, caller: CallerDep, engine: EngineDep) -> None:
    await webhooks.delete_endpoint(engine, caller, endpoint_id)


@router.get("/{endpoint_id}/deliveries", response_model=list[WebhookDeliveryRead],
            responses=problem_responses(webhooks.EndpointNotFound))
async def list_webhook_deliveries(endpoint_id: UUID, caller: CallerDep, engine: EngineDep) -> list[WebhookDeliveryRead]:
    """The latest 200 deliveries, newest first, with every attempt and its response."""
    return await webhooks.list_deliveries(engine, caller, endpoint_id)


@router.post("/{endpoint_id}/deliveries/{delivery_id}/replay", status_code=status.HTTP_202_ACCEPTED,
             response_model=WebhookDeliveryRead,
             responses=problem_responses(webhooks.EndpointNotFound, webhooks.DeliveryNotFound))
async def replay_webhook_delivery(endpoint_id: UUID, delivery_id: UUID,
                                  caller: CallerDep, engine: EngineDep) -> WebhookDeliveryRead:
    """Send a delivery's event again (a new delivery; the first keeps its history)."""
    return await webhooks.replay(engine, caller, endpoint_id, delivery_id)

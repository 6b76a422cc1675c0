"""Telephony routes: a tenant administrator configures providers and the IVR (API key auth, in the
permission table); providers post webhooks (their signature is the authentication, so these routes
are not in the permission table and take no API key)."""

from typing import Annotated, Any, Literal
from uuid import UUID

from fastapi import APIRouter, Body, Path, Request, Response, status

from services.common.body_limit import BodyTooLarge
from services.common.deps import CryptoDep, EngineDep, SettingsDep
from services.common.errors import DependencyUnavailable, problem_responses
from services.gateway.clients.consent import ConsentRefused
from services.gateway.deps import CallerDep, TelephonyDep
from services.gateway.errors import CallNotFound, TenantDisabled
from services.gateway.schemas import Slug
from services.gateway.telephony import contract, copies, inbound, service
from services.gateway.telephony.errors import (
    InvalidSignature,
    IvrInvalid,
    MalformedWebhook,
    TelephonyNotConfigured,
)
from services.gateway.telephony.schemas import CONFIGS, PROVIDERS, InboxRead, IvrSettings, Provider, TelephonyRead

router = APIRouter(prefix="/v1/telephony", tags=["telephony"])
ivr_router = APIRouter(prefix="/v1/ivr-settings", tags=["telephony"])
inbox_router = APIRouter(prefix="/v1/webhook-inbox", tags=["telephony"])
copies_router = APIRouter(prefix="/v1/calls", tags=["retention and legal holds"])
webhooks = APIRouter(prefix="/v1/webhooks", tags=["telephony webhooks"])
WEBHOOK_ERRORS = problem_responses(InvalidSignature, MalformedWebhook, BodyTooLarge, ConsentRefused, TenantDisabled)


@copies_router.get("/{call_id}/copies", response_model=copies.CallCopies,
                   responses=problem_responses(CallNotFound, DependencyUnavailable))
async def get_call_copies(call_id: UUID, caller: CallerDep, tel: TelephonyDep) -> copies.CallCopies:
    """Where every copy of the call is and its state: the transcripts' objects in object storage (words and
    redacted artifacts, each version) and the recordings its telephony provider keeps, with the deletion
    certificate that asked for each deletion."""
    return await copies.of_call(tel.engine, tel.consent.upstreams, tel.consent.signer, caller, call_id)


@ivr_router.get("", response_model=IvrSettings)
async def get_ivr_settings(caller: CallerDep, engine: EngineDep) -> IvrSettings:
    """The consent IVR's wording, digits and mode (the defaults until set)."""
    return await service.get_ivr(engine, caller)


@ivr_router.put("", response_model=IvrSettings, responses=problem_responses(IvrInvalid))
async def put_ivr_settings(body: IvrSettings, caller: CallerDep,
                           engine: EngineDep, telephony: TelephonyDep) -> IvrSettings:
    settings = await service.put_ivr(engine, caller, body)
    telephony.lookup.forget(caller.tenant_id)
    return settings


@router.put("/{provider}", response_model=TelephonyRead, responses=problem_responses(DependencyUnavailable),
            openapi_extra={"requestBody": {
    "required": True, "description": "The provider's configuration: the body of its kind",
    "content": {"application/json": {"schema": {"oneOf": [
        model.model_json_schema() for model in CONFIGS.values()]}}}}})
async def put_telephony_provider(provider: Provider, caller: CallerDep,
                                 body: Annotated[dict[str, Any], Body(include_in_schema=False)], crypto: CryptoDep,
                                 engine: EngineDep, settings: SettingsDep, telephony: TelephonyDep) -> TelephonyRead:
    """Configure a provider (TwilioConfig, TelnyxConfig, VonageConfig or StandardConfig, by the path):
    its webhooks are checked with these secrets, recordings stopped through its API. The answer says
    which URLs to give the provider and, for an IVR provider, which announcement its IVR plays."""
    read = await service.put(engine, crypto, settings, telephony.consent, caller,
                                   provider, body)
    telephony.lookup.forget(caller.tenant_id)
    return read


@router.get("/{provider}", response_model=TelephonyRead, responses=problem_responses(TelephonyNotConfigured))
async def get_telephony_provider(provider: Provider, caller: CallerDep, crypto: CryptoDep, engine: EngineDep,
                                 settings: SettingsDep, telephony: TelephonyDep) -> TelephonyRead:
    """The configuration without its secrets, and the URLs to give the provider."""
    return await service.get(engine, crypto, settings, telephony.consent, caller,
                                   provider)


@router.delete("/{provider}", status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(TelephonyNotConfigured))
async def delete_telephony_provider(provider: Provider, caller: CallerDep,
                                    engine: EngineDep, telephony: TelephonyDep) -> Response:
    """Forget the provider's credentials: its webhooks are refused from now on."""
    await service.delete(engine, caller, provider)
    telephony.lookup.forget(caller.tenant_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@inbox_router.get("", response_model=InboxRead)
async def get_webhook_inbox(caller: CallerDep, engine: EngineDep) -> InboxRead:
    """How many verified webhooks wait to be applied, how many were, and the latest the consent
    service refused (with its reason)."""
    return await service.inbox(engine, caller)


def _receive_route(provider: str) -> None:
    async def receive(tenant_slug: Annotated[Slug, Path()], request: Request, telephony: TelephonyDep) -> Response:
        return await inbound.receive(telephony, provider, tenant_slug, request)

    webhooks.add_api_route(
        f"/{provider}/{{tenant_slug}}", receive, methods=["POST"], name=f"receive_{provider}_webhook",
        responses=WEBHOOK_ERRORS, openapi_extra=contract.receive_openapi(provider),
        description=f"A {provider} status or event webhook, verified by its signature. Answered 200 once stored "
                    "(or when its event type is not one callvault uses); a repeat gets the first answer again.")


def _ivr_route(provider: str) -> None:
    async def answer(tenant_slug: Annotated[Slug, Path()], step: Literal["voice", "gather", "continue"],
                     request: Request, telephony: TelephonyDep) -> Response:
        return await inbound.ivr(telephony, provider, tenant_slug, step, request)

    webhooks.add_api_route(
        f"/{provider}/{{tenant_slug}}/{{step}}", answer, methods=["POST"], name=f"answer_{provider}_ivr_step",
        response_class=Response,  # the markup's own media type, from contract.ivr_openapi
        responses=WEBHOOK_ERRORS, openapi_extra=contract.ivr_openapi(provider),
        description=f"The consent IVR on {provider}: `voice` is where the provider sends a new call; `gather` "
                    "(the key press) and `continue` (after the stay-on-line wait) are the IVR's own callbacks, "
                    "named in its markup. Each answers with the next markup.")


# One route per provider, so that the OpenAPI document says what each sends and gets back.
for _provider in PROVIDERS:
    _receive_route(_provider)
for _provider in contract.IVR_BODIES:
    _ivr_route(_provider)

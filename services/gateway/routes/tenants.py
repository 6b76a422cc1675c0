"""The gateway's own resources: tenants, the API keys that act for them, and softphone tokens."""

from uuid import UUID

from fastapi import APIRouter, status

from services.common.deps import CryptoDep, EngineDep, SettingsDep
from services.common.errors import problem_responses
from services.gateway import service
from services.gateway.clients import identity_providers
from services.gateway.clients.consent_settings import ConsentSettingsInvalid
from services.gateway.deps import AuthDep, CallerDep, ConsentSettingsDep
from services.gateway.errors import (
    ApiKeyNotFound,
    ExpiryInPast,
    FieldNotNullable,
    IssuerTaken,
    NotYours,
    OidcNotConfigured,
    SlugTaken,
    TenantNotFound,
    UnsafeIdentityProvider,
)
from services.gateway.schemas import (
    AgentTokenCreate,
    AgentTokenRead,
    ApiKeyCreate,
    ApiKeyCreated,
    ApiKeyRead,
    OidcRead,
    OidcSettings,
    TenantCreate,
    TenantRead,
    TenantUpdate,
)

router = APIRouter(prefix="/v1")


@router.post("/tenants", tags=["tenants"], status_code=status.HTTP_201_CREATED, response_model=TenantRead,
             responses=problem_responses(SlugTaken))
async def create_tenant(body: TenantCreate, caller: CallerDep, engine: EngineDep) -> TenantRead:
    """Register a tenant (platform administrators). Give it a first key with `POST /v1/api-keys`
    and `tenant_id`."""
    return await service.create_tenant(engine, body)


@router.get("/tenants", tags=["tenants"], response_model=list[TenantRead])
async def list_tenants(caller: CallerDep, engine: EngineDep) -> list[TenantRead]:
    """Every tenant for a platform administrator; a tenant administrator's own."""
    return await service.list_tenants(engine, caller)


@router.get("/tenants/{tenant_id}", tags=["tenants"], response_model=TenantRead,
            responses=problem_responses(TenantNotFound))
async def get_tenant(tenant_id: UUID, caller: CallerDep,
                     consent_settings: ConsentSettingsDep, engine: EngineDep) -> TenantRead:
    """The tenant, with its consent settings."""
    return await service.get_tenant(engine, consent_settings, caller, tenant_id)


@router.patch("/tenants/{tenant_id}", tags=["tenants"], response_model=TenantRead,
              responses=problem_responses(TenantNotFound, NotYours, FieldNotNullable, ConsentSettingsInvalid))
async def update_tenant(tenant_id: UUID, body: TenantUpdate, caller: CallerDep,
                        auth: AuthDep, consent_settings: ConsentSettingsDep, engine: EngineDep) -> TenantRead:
    """Change the fields sent. A tenant administrator may change its tenant's name, default retention
    and consent settings; the rest (region, rate limits, disabling) is for platform administrators."""
    return await service.update_tenant(engine, auth, consent_settings, caller, tenant_id, body)


@router.post("/api-keys", tags=["api keys"], status_code=status.HTTP_201_CREATED, response_model=ApiKeyCreated,
             responses=problem_responses(TenantNotFound, NotYours, ExpiryInPast))
async def create_api_key(body: ApiKeyCreate, caller: CallerDep, engine: EngineDep) -> ApiKeyCreated:
    """A new key with the roles given; its secret is in this answer only."""
    return await service.create_key(engine, caller, body)


@router.get("/api-keys", tags=["api keys"], response_model=list[ApiKeyRead])
async def list_api_keys(caller: CallerDep, engine: EngineDep) -> list[ApiKeyRead]:
    """The caller's tenant's keys, revoked ones too, never their secrets."""
    return await service.list_keys(engine, caller)


@router.delete("/api-keys/{key_id}", tags=["api keys"], status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(ApiKeyNotFound))
async def revoke_api_key(key_id: UUID, caller: CallerDep, auth: AuthDep, engine: EngineDep) -> None:
    """Revoke a key: refused from the next request on this gateway instance, and on every other
    within `CALLVAULT_API_KEY_CACHE_SECONDS`."""
    await service.revoke_key(engine, auth, caller, key_id)


@router.post("/agent-tokens", tags=["softphone tokens"], status_code=status.HTTP_201_CREATED,
             response_model=AgentTokenRead)
async def mint_agent_token(body: AgentTokenCreate, caller: CallerDep, auth: AuthDep) -> AgentTokenRead:
    """A short-lived token for one agent's softphone (for the tenant's own back end to hand over):
    it reads the decisions and streams of the calls that agent is on and posts consent events on
    them, nothing else. Softphones never hold API keys."""
    return await service.mint_agent_token(auth.softphone, caller, body)


@router.put("/tenants/{tenant_id}/oidc", tags=["tenants"], response_model=OidcRead,
            responses=problem_responses(TenantNotFound, IssuerTaken, UnsafeIdentityProvider))
async def put_tenant_oidc(tenant_id: UUID, body: OidcSettings, caller: CallerDep, auth: AuthDep,
                          crypto: CryptoDep, engine: EngineDep, settings: SettingsDep) -> OidcRead:
    """Let the tenant's users sign in with its identity provider's tokens (OpenID Connect)."""
    return await service.put_oidc(engine, auth, crypto, caller, tenant_id, body,
                                  loopback_allowed=identity_providers.loopback_allowed(settings))


@router.get("/tenants/{tenant_id}/oidc", tags=["tenants"], response_model=OidcRead,
            responses=problem_responses(TenantNotFound, OidcNotConfigured))
async def get_tenant_oidc(tenant_id: UUID, caller: CallerDep, engine: EngineDep) -> OidcRead:
    return await service.get_oidc(engine, caller, tenant_id)


@router.delete("/tenants/{tenant_id}/oidc", tags=["tenants"], status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(TenantNotFound, OidcNotConfigured))
async def delete_tenant_oidc(tenant_id: UUID, caller: CallerDep, auth: AuthDep, engine: EngineDep) -> None:
    await service.delete_oidc(engine, auth, caller, tenant_id)

"""Use cases of the gateway: tenants, their API keys, softphone tokens and identity providers."""

from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import Principal, Role
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.gateway import api_keys, repository
from services.gateway.authentication import Authenticators
from services.gateway.clients.consent_settings import ConsentSettings
from services.gateway.clients.identity_providers import names_loopback
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
from services.gateway.models import ApiKey, Tenant, TenantOidc
from services.gateway.schemas import (
    TENANT_ADMIN_FIELDS,
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
from services.gateway.softphone_tokens import SoftphoneTokens


async def ensure_tenant_with_key(engine: AsyncEngine, name: str, slug: str, roles: list[str],
                                 label: str, secret: str | None = None) -> tuple[UUID, str]:
    """The tenant with this slug (created if missing) and an API key for it: `secret` when given
    (so a demo key survives restarts), a new one otherwise. Returns (tenant id, secret)."""
    secret = secret or api_keys.new_secret()
    async with tenant_session(engine, None) as session:
        tenant = await repository.get_tenant_by_slug(session, slug)
        if tenant is None:
            tenant = Tenant(name=name, slug=slug)
            repository.add(session, tenant)
            await session.commit()
    async with engine.connect() as conn:
        known = await repository.lookup_key(conn, api_keys.secret_hash(secret))
    if known is None:
        async with tenant_session(engine, tenant.id) as session:
            repository.add(session, ApiKey(tenant_id=tenant.id, label=label, prefix=api_keys.display_prefix(secret),
                                           secret_hash=api_keys.secret_hash(secret), roles=roles))
            await session.commit()
    return tenant.id, secret


# --- tenants ------------------------------------------------------------------------------------
def _platform(caller: Principal) -> bool:
    return Role.platform_admin in caller.roles


async def create_tenant(engine: AsyncEngine, data: TenantCreate) -> TenantRead:
    async with tenant_session(engine, None) as session:
        if await repository.get_tenant_by_slug(session, data.slug):
            raise SlugTaken(f"a tenant with slug {data.slug!r} exists")
        tenant = Tenant(**data.model_dump())
        repository.add(session, tenant)
        try:
            await session.commit()
        except IntegrityError as exc:  # created concurrently
            raise SlugTaken(f"a tenant with slug {data.slug!r} exists") from exc
    return TenantRead.model_validate(tenant, from_attributes=True)


async def list_tenants(engine: AsyncEngine, caller: Principal) -> list[TenantRead]:
    """Every tenant for a platform administrator; a tenant administrator sees its own."""
    async with tenant_session(engine, None) as session:
        tenants = await repository.list_tenants(session, None if _platform(caller) else caller.tenant_id)
    return [TenantRead.model_validate(t, from_attributes=True) for t in tenants]


async def get_tenant(engine: AsyncEngine, consent: ConsentSettings, caller: Principal, tenant_id: UUID) -> TenantRead:
    async with tenant_session(engine, None) as session:
        tenant = await _visible_tenant(session, caller, tenant_id)
    return TenantRead(**TenantRead.model_validate(tenant, from_attributes=True).model_dump(exclude={"consent"}),
                      consent=await consent.read(tenant_id))


async def update_tenant(engine: AsyncEngine, auth: Authenticators, consent: ConsentSettings, caller: Principal,
                        tenant_id: UUID, data: TenantUpdate) -> TenantRead:
    """Change the fields sent; consent settings are written to the recording-consent service before
    the tenant row commits, so a refusal there changes nothing here."""
    changes = data.model_dump(exclude_unset=True)
    if nulls := sorted(name for name, value in changes.items() if value is None):
        raise FieldNotNullable(f"cannot be null: {', '.join(nulls)}")
    if not _platform(caller) and (beyond := sorted(set(changes) - TENANT_ADMIN_FIELDS)):
        raise NotYours(f"only a platform administrator may change: {', '.join(beyond)}")
    settings = changes.pop("consent", None)
    async with tenant_session(engine, None) as session:
        tenant = await _visible_tenant(session, caller, tenant_id)
        for name, value in changes.items():
            setattr(tenant, name, value)
        tenant.updated_at = datetime.now(UTC)
        repository.add(session, tenant)
        await session.flush()
        written = await (consent.write(tenant_id, settings) if settings is not None else consent.read(tenant_id))
        await session.commit()
    auth.forget()  # disabled, or new limits: this instance at once, the others within the cache time
    return TenantRead(**TenantRead.model_validate(tenant, from_attributes=True).model_dump(exclude={"consent"}),
                      consent=written)


async def _visible_tenant(session: AsyncSession, caller: Principal, tenant_id: UUID) -> Tenant:
    tenant = await repository.get_tenant(session, tenant_id)
    if tenant is None or (not _platform(caller) and tenant.id != caller.tenant_id):
        raise TenantNotFound(f"no tenant {tenant_id}")
    return tenant


# --- API keys -----------------------------------------------------------------------------------
async def create_key(engine: AsyncEngine, caller: Principal, data: ApiKeyCreate) -> ApiKeyCreated:
    tenant_id = data.tenant_id or caller.tenant_id
    if Role.platform_admin in data.roles and not _platform(caller):
        raise NotYours("only a platform administrator may give the platform_admin role")
    if data.expires_at is not None and data.expires_at <= datetime.now(UTC):
        raise ExpiryInPast(f"expires_at {data.expires_at.isoformat()} is not in the future")
    async with tenant_session(engine, None) as session:
        await _visible_tenant(session, caller, tenant_id)
    secret = api_keys.new_secret()
    key = ApiKey(tenant_id=tenant_id, label=data.label, prefix=api_keys.display_prefix(secret),
                 secret_hash=api_keys.secret_hash(secret), roles=[str(r) for r in data.roles],
                 expires_at=data.expires_at)
    async with tenant_session(engine, tenant_id) as session:
        repository.add(session, key)
        await session.commit()
    return ApiKeyCreated(**ApiKeyRead.model_validate(key, from_attributes=True).model_dump(), secret=secret)


async def list_keys(engine: AsyncEngine, caller: Principal) -> list[ApiKeyRead]:
    async with tenant_session(engine, caller.tenant_id) as session:
        return [ApiKeyRead.model_validate(k, from_attributes=True) for k in await repository.list_keys(session)]


async def revoke_key(engine: AsyncEngine, auth: Authenticators, caller: Principal, key_id: UUID) -> None:
    """Revoked at once on this gateway instance, within the cache time on the others. Revoking a
    revoked key changes nothing (its first revocation time stays)."""
    async with tenant_session(engine, caller.tenant_id) as session:
        key = await repository.get_key(session, key_id)
        if key is None:
            raise ApiKeyNotFound(f"no API key {key_id}")
        if key.revoked_at is None:
            key.revoked_at = datetime.now(UTC)
            repository.add(session, key)
            await session.commit()
    auth.forget()


# --- softphone tokens ---------------------------------------------------------------------------
async def mint_agent_token(tokens: SoftphoneTokens, caller: Principal, data: AgentTokenCreate) -> AgentTokenRead:
    token, expires_at = tokens.mint(caller.tenant_id, data.agent_id, data.ttl_seconds)
    return AgentTokenRead(token=token, agent_id=data.agent_id, expires_at=expires_at)


# --- sign-in through the tenant's identity provider -------------------------------------------
OIDC_SECRET_COLUMN = "oidc.client_secret"


async def put_oidc(engine: AsyncEngine, auth: Authenticators, crypto: FieldCrypto, caller: Principal,
                   tenant_id: UUID, data: OidcSettings, *, loopback_allowed: bool) -> OidcRead:
    async with tenant_session(engine, None) as session:
        await _visible_tenant(session, caller, tenant_id)
    on_loopback = [name for name in ("issuer", "jwks_url") if names_loopback(getattr(data, name))]
    if on_loopback and not loopback_allowed:
        raise UnsafeIdentityProvider(f"the {' and the '.join(on_loopback)} {'are' if len(on_loopback) > 1 else 'is'} "
                                     "on the gateway's own loopback: allowed only in development or where the "
                                     "deployment sets CALLVAULT_OIDC_LOOPBACK=true")
    fields = data.model_dump(mode="json", exclude={"client_secret"})
    async with tenant_session(engine, tenant_id) as session:
        row = await repository.get_oidc(session) or TenantOidc(tenant_id=tenant_id, **fields)
        for name, value in fields.items():
            setattr(row, name, value)
        if data.client_secret is not None:  # left out: the stored one stays; "": none any more
            row.client_secret_encrypted = (crypto.encrypt(tenant_id, OIDC_SECRET_COLUMN, data.client_secret)
                                           if data.client_secret else None)
        row.updated_at = datetime.now(UTC)
        repository.add(session, row)
        try:
            await session.commit()
        except IntegrityError as exc:
            raise IssuerTaken(f"another tenant signs in through {data.issuer}") from exc
    auth.forget()
    return _oidc_read(row)


def _oidc_read(row: TenantOidc) -> OidcRead:
    shown = {name: getattr(row, name) for name in OidcRead.model_fields
             if name != "client_secret" and hasattr(row, name)}
    return OidcRead.model_validate({**shown, "client_secret_set": row.client_secret_encrypted is not None})


def oidc_client_secret(crypto: FieldCrypto, row: TenantOidc) -> str | None:
    """The console's secret at the tenant's provider, or None for a public client."""
    if row.client_secret_encrypted is None:
        return None
    return crypto.decrypt(row.tenant_id, OIDC_SECRET_COLUMN, bytes(row.client_secret_encrypted))


async def get_oidc(engine: AsyncEngine, caller: Principal, tenant_id: UUID) -> OidcRead:
    async with tenant_session(engine, None) as session:
        await _visible_tenant(session, caller, tenant_id)
    async with tenant_session(engine, tenant_id) as session:
        row = await repository.get_oidc(session)
    if row is None:
        raise OidcNotConfigured(f"tenant {tenant_id} has no identity provider")
    return _oidc_read(row)


async def sign_in_provider(engine: AsyncEngine, slug: str) -> TenantOidc | None:
    """The identity provider a tenant's people sign in to the console with, found by the tenant's slug
    (what a person types: they have no credential yet); None for an unknown slug or none configured."""
    async with tenant_session(engine, None) as session:
        tenant = await repository.get_tenant_by_slug(session, slug)
    if tenant is None or tenant.disabled:
        return None
    async with tenant_session(engine, tenant.id) as session:
        return await repository.get_oidc(session)


async def delete_oidc(engine: AsyncEngine, auth: Authenticators, caller: Principal, tenant_id: UUID) -> None:
    """Its tokens stop working at once here, within the cache time on other gateway instances."""
    async with tenant_session(engine, None) as session:
        await _visible_tenant(session, caller, tenant_id)
    async with tenant_session(engine, tenant_id) as session:
        row = await repository.get_oidc(session)
        if row is None:
            raise OidcNotConfigured(f"tenant {tenant_id} has no identity provider")
        await session.delete(row)
        await session.commit()
    auth.forget()

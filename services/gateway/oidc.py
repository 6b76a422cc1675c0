"""Tokens from a tenant's own identity provider (OpenID Connect) as credentials.

The token's issuer names the tenant (one issuer per tenant). Its signature is checked against the
issuer's published keys (JWKS, from `clients.identity_providers`); then issuer, audience and expiry
(with a small clock skew). The configured claim's values become callvault roles through the tenant's
map; a token that maps to none is refused. An identity provider never grants `platform_admin`.
"""

import json
import time
from dataclasses import dataclass
from uuid import UUID

import jwt
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import Principal
from services.common.errors import Forbidden
from services.gateway import repository
from services.gateway.clients.identity_providers import IdentityProviderKeys
from services.gateway.errors import InvalidApiKey, TenantDisabled
from services.gateway.rate_limits import Limit

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"]
CLOCK_SKEW_SECONDS = 30


@dataclass(frozen=True)
class OidcConfig:
    tenant_id: UUID
    issuer: str
    jwks_url: str
    audience: str
    roles_claim: str
    role_map: dict[str, str]
    tenant_disabled: bool
    rate_limit_per_second: float
    rate_burst: int
    data_region: str


class NoRoles(Forbidden):
    slug, title = "no-roles", "The token grants no callvault role"


class OidcVerifier:
    def __init__(self, keys: IdentityProviderKeys, config_ttl: float) -> None:
        self.keys, self.config_ttl = keys, config_ttl
        self._configs: dict[str, tuple[OidcConfig | None, float]] = {}

    async def authenticate(self, engine: AsyncEngine, token: str, issuer: str) -> tuple[Principal, Limit]:
        config = await self._config(engine, issuer)
        if config is None:
            raise InvalidApiKey("the token's issuer is not configured for any tenant")
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.InvalidTokenError as exc:
            raise InvalidApiKey("the token is not valid") from exc
        key = await self.keys.key(config.jwks_url, kid)
        if key is None:
            raise InvalidApiKey("the token is signed with a key its issuer does not publish")
        try:
            claims = jwt.decode(token, key, algorithms=ALGORITHMS, audience=config.audience, issuer=config.issuer,
                                leeway=CLOCK_SKEW_SECONDS, options={"require": ["exp", "iat", "iss", "aud", "sub"]})
        except jwt.ExpiredSignatureError as exc:
            raise InvalidApiKey("the token expired") from exc
        except jwt.InvalidAudienceError as exc:
            raise InvalidApiKey("the token is for another audience") from exc
        except jwt.InvalidTokenError as exc:
            raise InvalidApiKey("the token is not valid") from exc
        if config.tenant_disabled:
            raise TenantDisabled()
        values = claims.get(config.roles_claim, [])
        values = [values] if isinstance(values, str) else values if isinstance(values, list) else []
        roles = frozenset(config.role_map[v] for v in values if isinstance(v, str) and v in config.role_map)
        if not roles:
            raise NoRoles(f"no value of the token's `{config.roles_claim}` claim maps to a callvault role")
        return (Principal(tenant_id=config.tenant_id, subject=f"oidc:{claims['sub']}", roles=roles,
                          data_region=config.data_region),
                Limit(config.rate_limit_per_second, config.rate_burst))

    def clear(self) -> None:
        self._configs.clear()

    async def _config(self, engine: AsyncEngine, issuer: str) -> OidcConfig | None:
        entry = self._configs.get(issuer)
        if entry is not None and entry[1] > time.monotonic():
            return entry[0]
        async with engine.connect() as conn:
            values = await repository.oidc_lookup(conn, issuer)
        config = None
        if values is not None:
            role_map = values.pop("role_map")
            config = OidcConfig(**values, role_map=json.loads(role_map) if isinstance(role_map, str) else role_map)
        if len(self._configs) >= 10_000:
            self._configs.clear()
        self._configs[issuer] = (config, time.monotonic() + self.config_ttl)
        return config

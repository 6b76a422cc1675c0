"""Tokens from a tenant's own identity provider (OpenID Connect) as credentials.

The token's issuer names the tenant (one issuer per tenant). Its signature is checked against the
issuer's published keys (JWKS), kept for ten minutes and fetched again at once when a token names
a key not seen yet (a rotation), at most every `CALLVAULT_JWKS_REFETCH_SECONDS`; then issuer, audience and expiry (with
a small clock skew). The configured claim's values become callvault roles through the tenant's
map; a token that maps to none is refused. An identity provider never grants `platform_admin`.
"""

import json
import time
from dataclasses import dataclass
from uuid import UUID

import httpx
import jwt
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import Principal
from services.common.errors import DependencyUnavailable, Forbidden
from services.gateway import repository, ssrf
from services.gateway.errors import InvalidApiKey, TenantDisabled
from services.gateway.rate_limits import Limit

ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "ES256", "ES384", "EdDSA"]
CLOCK_SKEW_SECONDS = 30
JWKS_TTL_SECONDS = 600
JWKS_MAX_BYTES = 64 * 1024  # a provider's key set is a few KB; more is refused, not read


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
    def __init__(self, http: httpx.AsyncClient, config_ttl: float, refetch_seconds: float) -> None:
        self.http, self.config_ttl, self.refetch_seconds = http, config_ttl, refetch_seconds
        self._configs: dict[str, tuple[OidcConfig | None, float]] = {}
        self._keys: dict[str, tuple[dict[str, jwt.PyJWK], float]] = {}  # jwks url -> (keys by kid, fetched at)

    async def authenticate(self, engine: AsyncEngine, token: str, issuer: str) -> tuple[Principal, Limit]:
        config = await self._config(engine, issuer)
        if config is None:
            raise InvalidApiKey("the token's issuer is not configured for any tenant")
        try:
            kid = jwt.get_unverified_header(token).get("kid")
        except jwt.InvalidTokenError as exc:
            raise InvalidApiKey("the token is not valid") from exc
        key = await self._key(config.jwks_url, kid)
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

    async def _key(self, url: str, kid: str | None) -> jwt.PyJWK:
        keys, fetched = self._keys.get(url, ({}, 0.0))
        age = time.monotonic() - fetched
        if age > JWKS_TTL_SECONDS or (kid not in keys and age > self.refetch_seconds):
            keys = await self._fetch(url)
        if kid is None and len(keys) == 1:
            return next(iter(keys.values()))
        if kid not in keys:
            raise InvalidApiKey("the token is signed with a key its issuer does not publish")
        return keys[kid]

    async def _fetch(self, url: str) -> dict[str, jwt.PyJWK]:
        """Through the outbound webhooks' address checks (a tenant names this URL: never an address
        inside the network callvault runs in; loopback stays allowed, as the OIDC settings document),
        connecting to the address checked, and at most JWKS_MAX_BYTES of it read."""
        try:
            target = await ssrf.pin(url, development=True)
            async with self.http.stream("GET", target.url, headers={"host": target.host_header}, timeout=5,
                                        extensions={"sni_hostname": target.hostname}) as response:
                response.raise_for_status()
                body = bytearray()
                async for chunk in response.aiter_raw():
                    body += chunk
                    if len(body) > JWKS_MAX_BYTES:
                        raise ValueError(f"the JWKS is larger than {JWKS_MAX_BYTES} bytes")
            keys = {k.key_id: k for k in jwt.PyJWKSet.from_dict(json.loads(body)).keys}
        except ssrf.UnsafeUrl as exc:
            raise DependencyUnavailable("the identity provider's keys (JWKS)",
                                        f"the JWKS URL is refused: {exc.detail}") from exc
        except (httpx.HTTPError, ValueError, jwt.PyJWKSetError) as exc:
            raise DependencyUnavailable("the identity provider's keys (JWKS)") from exc
        self._keys[url] = (keys, time.monotonic())
        return keys

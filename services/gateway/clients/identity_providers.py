"""The tenants' identity providers, as the gateway calls them: each issuer's published signing keys
(JWKS), kept for ten minutes and fetched again at once when a token names a key not seen yet (a
rotation), at most every `CALLVAULT_JWKS_REFETCH_SECONDS`.

A tenant names the JWKS URL, so it is fetched through the outbound webhooks' address checks (never an
address inside the network callvault runs in; loopback stays allowed, as the OIDC settings document),
connecting to the address checked, and at most JWKS_MAX_BYTES of it read.
"""

import json
import time

import httpx
import jwt

from services.common.errors import DependencyUnavailable
from services.gateway import ssrf

JWKS_TTL_SECONDS = 600
JWKS_MAX_BYTES = 64 * 1024  # a provider's key set is a few KB; more is refused, not read


class IdentityProviderKeys:
    def __init__(self, http: httpx.AsyncClient, refetch_seconds: float) -> None:
        self.http, self.refetch_seconds = http, refetch_seconds
        self._keys: dict[str, tuple[dict[str, jwt.PyJWK], float]] = {}  # jwks url -> (keys by kid, fetched at)

    async def key(self, url: str, kid: str | None) -> jwt.PyJWK | None:
        """The key a token names (with no name, the issuer's only key); None when the issuer does not
        publish it."""
        keys, fetched = self._keys.get(url, ({}, 0.0))
        age = time.monotonic() - fetched
        if age > JWKS_TTL_SECONDS or (kid not in keys and age > self.refetch_seconds):
            keys = await self._fetch(url)
        if kid is None and len(keys) == 1:
            return next(iter(keys.values()))
        return keys.get(kid)

    async def _fetch(self, url: str) -> dict[str, jwt.PyJWK]:
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

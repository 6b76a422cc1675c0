"""The tenants' identity providers, as the gateway calls them: each issuer's published signing keys
(JWKS), kept for ten minutes and fetched again at once when a token names a key not seen yet (a
rotation), at most every `CALLVAULT_JWKS_REFETCH_SECONDS`; for the console's sign-in, the issuer's
discovery document (its authorization and token endpoints) and the exchange of a code for an ID token.
Every tenant's calls share one connection pool, so one tenant's provider that never answers must not hold
it: concurrent look-ups of one JWKS share one fetch and a failed one is not tried again for
`CALLVAULT_JWKS_REFETCH_SECONDS`; the console's sign-ins keep an issuer's endpoints for five minutes and
send at most MAX_IN_FLIGHT_PER_TENANT requests for one tenant at once, MAX_IN_FLIGHT for all
(`SignIns`).

A tenant names these URLs, so each is fetched through the outbound webhooks' address checks (never an
address inside the network callvault runs in; the gateway's own loopback only where `loopback_allowed`),
connecting to the address checked, and at most DOCUMENT_MAX_BYTES of the answer read, as sent (no
decompression).
"""

import asyncio
import contextlib
import ipaddress
import json
import re
import socket
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import jwt

from services.common.errors import DependencyUnavailable
from services.common.settings import Environment, Settings
from services.gateway import ssrf

JWKS_TTL_SECONDS = 600
DISCOVERY_TTL_SECONDS = 300
MAX_IN_FLIGHT_PER_TENANT = 4  # a sign-in's requests take well under a second: a queue of a few is a burst
MAX_IN_FLIGHT = 32  # every tenant's together: a third of the pool, the rest left to the keys' fetches
DOCUMENT_MAX_BYTES = 64 * 1024  # a key set, a discovery document, a token answer: a few KB; more is refused
LOOPBACK_HTTP = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/")


def loopback_allowed(settings: Settings) -> bool:
    """Whether a tenant's identity provider may be on the gateway's own loopback: in development, or where
    the operator runs one beside the gateway and says so (`CALLVAULT_OIDC_LOOPBACK`). Elsewhere any tenant
    administrator could aim the gateway's requests at the services on its host."""
    return settings.oidc_loopback or settings.env == Environment.development


def names_loopback(url: str) -> bool:
    """The URL names the loopback itself: an address in any of the forms resolvers read ("127.1", "0x7f.1",
    "2130706433", "::ffff:127.0.0.1", "0.0.0.0", which reaches the host's own services) or `localhost`; a
    name that resolves there is caught when it is fetched."""
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        try:
            ip = ipaddress.IPv4Address(socket.inet_aton(host))
        except (OSError, ValueError):  # ValueError: a NUL in it
            return host == "localhost" or host.endswith(".localhost")
    mapped = ip.ipv4_mapped if isinstance(ip, ipaddress.IPv6Address) else None
    return ip.is_loopback or ip.is_unspecified or (mapped is not None and (mapped.is_loopback or mapped.is_unspecified))


class ProviderUnusable(Exception):
    """The provider's discovery document or token answer is not one the console can use."""


@dataclass(frozen=True)
class SignInEndpoints:
    authorization: str
    token: str
    loopback: bool  # the issuer is on loopback (development, or a provider beside the gateway)


async def _read(http: httpx.AsyncClient, method: str, url: str, timeout: float, *, loopback: bool,
                **kwargs: Any) -> tuple[int, bytes, bool]:
    """The status and body of a request to an address the tenant named, once checked (ssrf.UnsafeUrl; a
    loopback address only where `loopback` allows it), and whether it was on loopback; at most
    DOCUMENT_MAX_BYTES of it (ValueError beyond, as for JSON nested past the parser's depth), all within
    `timeout` seconds (TimeoutError): a server answering a byte every few seconds holds a sign-in, or a
    token's check, no longer than that."""
    async with asyncio.timeout(timeout):  # the name's lookup too: a slow resolver holds no sign-in longer
        target = await ssrf.pin(url, development=loopback)
        headers = {"host": target.host_header, "accept-encoding": "identity"}
        async with http.stream(method, target.url, headers=headers, timeout=timeout,
                               extensions={"sni_hostname": target.hostname}, **kwargs) as response:
            body = bytearray()
            async for chunk in response.aiter_raw():
                body += chunk
                if len(body) > DOCUMENT_MAX_BYTES:
                    raise ValueError(f"the answer is larger than {DOCUMENT_MAX_BYTES} bytes")
    return response.status_code, bytes(body), target.loopback


def _json(body: bytes) -> Any:
    try:
        return json.loads(body)
    except RecursionError as exc:  # nested past the parser's depth: not a document any provider sends
        raise ValueError("the answer is nested too deeply") from exc


async def sign_in_endpoints(http: httpx.AsyncClient, issuer: str, *, loopback_allowed: bool) -> SignInEndpoints:
    """The provider's authorization and token endpoints, from its discovery document. An issuer that is not on
    loopback may name none there: its document would have the gateway call a service beside it."""
    try:
        status, body, loopback = await _read(http, "GET", issuer.rstrip("/") + "/.well-known/openid-configuration",
                                             5, loopback=loopback_allowed)
        document = _json(body) if status == 200 else None
    except ssrf.UnsafeUrl as exc:
        raise ProviderUnusable(f"its issuer is refused: {exc.detail}") from exc
    except (httpx.HTTPError, ValueError, TimeoutError) as exc:
        raise ProviderUnusable("its discovery document could not be read") from exc
    if not isinstance(document, dict):
        raise ProviderUnusable("its discovery document could not be read")
    endpoints = document.get("authorization_endpoint"), document.get("token_endpoint")
    if not all(isinstance(e, str) and (e.startswith("https://") or (loopback and LOOPBACK_HTTP.match(e)))
               for e in endpoints):
        raise ProviderUnusable("its discovery document names no https authorization and token endpoints")
    return SignInEndpoints(*endpoints, loopback)  # type: ignore[arg-type]


async def exchange_code(http: httpx.AsyncClient, endpoints: SignInEndpoints, auth: httpx.Auth | None,
                        form: dict[str, str]) -> str:
    """The ID token the provider's token endpoint gives for an authorization code."""
    try:
        status, body, _ = await _read(http, "POST", endpoints.token, 10, loopback=endpoints.loopback, auth=auth,
                                      data=form)
        answer = _json(body) if status == 200 else {}
    except ssrf.UnsafeUrl as exc:
        raise ProviderUnusable(f"its token endpoint is refused: {exc.detail}") from exc
    except (httpx.HTTPError, ValueError, TimeoutError) as exc:
        raise ProviderUnusable("its token endpoint did not answer") from exc
    token = answer.get("id_token") if isinstance(answer, dict) else None
    if not isinstance(token, str) or len(token) > 16_000:
        raise ProviderUnusable(f"its token endpoint gave no ID token (HTTP {status})")
    return token


class SignIns:
    """The console's sign-in calls to the tenants' identity providers: an issuer's endpoints kept for
    DISCOVERY_TTL_SECONDS, and at most MAX_IN_FLIGHT_PER_TENANT requests for one tenant at a time
    (MAX_IN_FLIGHT for all), the others waiting within their own time limit. Anyone may start a sign-in for an
    organization, so without these a tenant administrator whose provider accepts connections and never answers
    could hold every connection of the pool the other tenants' sign-ins and keys use. By tenant, not by
    issuer: tenants that share one (a public provider's) do not share a turn, and one tenant cannot take more
    turns by changing its issuer between sign-ins."""

    def __init__(self, http: httpx.AsyncClient, wait_seconds: float = 5.0) -> None:
        self.http, self.wait_seconds = http, wait_seconds  # the longest a sign-in waits for its turn
        self._endpoints: dict[tuple[str, bool], tuple[SignInEndpoints, float]] = {}
        self._gates: dict[str, asyncio.Semaphore] = {}
        self._all = asyncio.Semaphore(MAX_IN_FLIGHT)

    async def endpoints(self, tenant: str, issuer: str, *, loopback_allowed: bool) -> SignInEndpoints:
        if kept := self._kept(issuer, loopback_allowed):
            return kept
        async with self._gate(tenant):
            if kept := self._kept(issuer, loopback_allowed):  # read while this one waited its turn
                return kept
            endpoints = await sign_in_endpoints(self.http, issuer, loopback_allowed=loopback_allowed)
        self._endpoints[(issuer, loopback_allowed)] = (endpoints, time.monotonic())
        return endpoints

    def _kept(self, issuer: str, loopback_allowed: bool) -> SignInEndpoints | None:
        kept = self._endpoints.get((issuer, loopback_allowed))
        return kept[0] if kept is not None and time.monotonic() - kept[1] < DISCOVERY_TTL_SECONDS else None

    async def exchange_code(self, tenant: str, endpoints: SignInEndpoints, auth: httpx.Auth | None,
                            form: dict[str, str]) -> str:
        async with self._gate(tenant):
            return await exchange_code(self.http, endpoints, auth, form)

    @contextlib.asynccontextmanager
    async def _gate(self, tenant: str) -> AsyncIterator[None]:
        gate = self._gates.setdefault(tenant, asyncio.Semaphore(MAX_IN_FLIGHT_PER_TENANT))
        async with contextlib.AsyncExitStack() as turns:
            try:
                async with asyncio.timeout(self.wait_seconds):
                    for semaphore in (gate, self._all):
                        await turns.enter_async_context(semaphore)
            except TimeoutError:
                raise ProviderUnusable("too many sign-ins are waiting for it; try again in a moment") from None
            yield


class IdentityProviderKeys:
    def __init__(self, http: httpx.AsyncClient, refetch_seconds: float, *, loopback_allowed: bool) -> None:
        self.http, self.refetch_seconds, self.loopback_allowed = http, refetch_seconds, loopback_allowed
        self._keys: dict[str, tuple[dict[str, jwt.PyJWK], float]] = {}  # jwks url -> (keys by kid, fetched at)
        self._fetching: dict[str, asyncio.Future[dict[str, jwt.PyJWK]]] = {}  # jwks url -> the fetch under way
        self._failed: dict[str, tuple[float, str]] = {}  # jwks url -> (when its last fetch failed, why)

    async def key(self, url: str, kid: str | None) -> jwt.PyJWK | None:
        """The key a token names (with no name, the issuer's only key); None when the issuer does not
        publish it."""
        keys, fetched = self._keys.get(url, ({}, 0.0))
        age = time.monotonic() - fetched
        if age > JWKS_TTL_SECONDS or (kid not in keys and age > self.refetch_seconds):
            try:
                keys = await self._fetch_once(url)
            except DependencyUnavailable:
                if kid not in keys and not (kid is None and len(keys) == 1):
                    raise
                # the keys kept, past their ten minutes: a provider away for a moment signs nobody out

        if kid is None and len(keys) == 1:
            return next(iter(keys.values()))
        return keys.get(kid)

    async def _fetch_once(self, url: str) -> dict[str, jwt.PyJWK]:
        """One fetch of a key set at a time, which every look-up waiting for it shares; after a failure, none
        for `refetch_seconds` (tokens naming an issuer whose keys cannot be read are refused meanwhile)."""
        if (failed := self._failed.get(url)) and time.monotonic() - failed[0] < self.refetch_seconds:
            raise DependencyUnavailable("the identity provider's keys (JWKS)", failed[1])
        if (fetching := self._fetching.get(url)) is None:
            fetching = self._fetching[url] = asyncio.ensure_future(self._fetch(url))
            fetching.add_done_callback(lambda done: self._fetched(url, done))
        return await asyncio.shield(fetching)  # a caller that gives up does not cancel the others' fetch

    def _fetched(self, url: str, done: asyncio.Future) -> None:
        self._fetching.pop(url, None)
        if not done.cancelled():
            done.exception()  # read here too: every caller may have given up on it

    async def _fetch(self, url: str) -> dict[str, jwt.PyJWK]:
        try:
            return await self._read_keys(url)
        except DependencyUnavailable as exc:
            self._failed[url] = (time.monotonic(), exc.detail)
            raise

    async def _read_keys(self, url: str) -> dict[str, jwt.PyJWK]:
        try:
            status, body, _ = await _read(self.http, "GET", url, 5, loopback=self.loopback_allowed)
            if status != 200:
                raise ValueError(f"the JWKS URL answered {status}")
            document = _json(body)
            if not isinstance(document, dict):  # PyJWT reads only an object ('[]' raised AttributeError: a 500)
                raise ValueError("the JWKS URL answered no key set")
            keys = {k.key_id: k for k in jwt.PyJWKSet.from_dict(document).keys}
        except ssrf.UnsafeUrl as exc:
            raise DependencyUnavailable("the identity provider's keys (JWKS)",
                                        f"the JWKS URL is refused: {exc.detail}") from exc
        except (httpx.HTTPError, ValueError, TimeoutError, jwt.PyJWKSetError) as exc:
            raise DependencyUnavailable("the identity provider's keys (JWKS)") from exc
        self._keys[url] = (keys, time.monotonic())
        self._failed.pop(url, None)
        return keys

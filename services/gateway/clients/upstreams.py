"""The services behind the gateway: one pooled connection set per service.

The proxied hop runs on aiohttp's client directly. It is the gateway's hottest code, and each layer
over it showed in the profile: httpcore's pool walked every connection with a readiness syscall per
request (about 1.5 ms of CPU), and httpx's request and response objects over aiohttp's cost a
further sixth of the gateway's CPU. The gateway's own calls to a service (documents, keys, settings)
keep the httpx client every other HTTP call in callvault uses.
"""

from collections.abc import AsyncIterator

import aiohttp
import httpx
from httpx_aiohttp import AiohttpTransport
from yarl import URL

from services.common import tracing
from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.gateway.errors import UpstreamTimeout
from services.gateway.routing import ROUTES

CONNECT_TIMEOUT = 2.0
POOL_SIZE = 200
# Idle connections are dropped before uvicorn's own 5 s keep-alive ends, so a request is rarely sent
# on a connection the service is closing.
KEEPALIVE_SECONDS = 4.0
# A live stream is quiet between changes (keep-alives every 15 s): only connecting is bounded.


async def _traced(request: httpx.Request) -> None:
    tracing.inject(request.headers)


class Upstreams:
    def __init__(self, settings: Settings) -> None:
        services = sorted(set(ROUTES.values()))
        self._base = {service: settings.service_url(service) for service in services}
        # `connect` bounds the wait for a pooled connection too: a full pool is a 503, never a hang.
        self._timeout = aiohttp.ClientTimeout(total=None, connect=settings.upstream_pool_wait_seconds,
                                              sock_connect=CONNECT_TIMEOUT, sock_read=settings.upstream_timeout_seconds)
        self._stream_timeout = aiohttp.ClientTimeout(total=None, connect=settings.upstream_pool_wait_seconds,
                                                     sock_connect=CONNECT_TIMEOUT)
        self._pool_sizes = {False: POOL_SIZE, True: settings.stream_pool_size}
        self._sessions: dict[tuple[str, bool], aiohttp.ClientSession] = {}
        limits = httpx.Limits(max_connections=POOL_SIZE, max_keepalive_connections=POOL_SIZE,
                              keepalive_expiry=KEEPALIVE_SECONDS)
        timeout = httpx.Timeout(settings.upstream_timeout_seconds, connect=CONNECT_TIMEOUT)
        self._clients = {service: httpx.AsyncClient(base_url=self._base[service], timeout=timeout,
                                                    transport=AiohttpTransport(limits=limits),
                                                    event_hooks={"request": [_traced]})
                         for service in services}

    def client(self, service: str) -> httpx.AsyncClient:
        """For the gateway's own calls to a service (documents, keys, settings)."""
        return self._clients[service]

    def items(self) -> list[tuple[str, httpx.AsyncClient]]:
        return list(self._clients.items())

    async def send(self, service: str, method: str, path: str, headers: dict[str, str],
                   body: bytes | AsyncIterator[bytes], *, streaming: bool, retry: bool) -> aiohttp.ClientResponse:
        """Send a proxied request as the client encoded it (no redirects, no cookies, no
        decompression) and return the answer with its body unread. A request that may be sent
        again (idempotent, body in hand) is, once, when the connection failed: most often a pooled
        connection the service had just closed. A service too slow to answer is a 504, one that
        cannot be reached a 503; both name it and say when to retry."""
        url = URL(self._base[service] + path, encoded=True)
        tracing.inject(headers)
        for attempt in (1, 2):
            try:
                return await self._session(service, streaming).request(
                    method, url, headers=headers, data=body or None, allow_redirects=False,
                    auto_decompress=False, compress=False, skip_auto_headers=("User-Agent", "Accept-Encoding"),
                    timeout=self._stream_timeout if streaming else self._timeout)
            except aiohttp.SocketTimeoutError as exc:  # sent, and no answer in time
                raise UpstreamTimeout(service_name(service)) from exc
            except aiohttp.ClientError as exc:
                if not retry or attempt == 2:
                    raise DependencyUnavailable(service_name(service)) from exc
        raise AssertionError("unreachable")

    def _session(self, service: str, streaming: bool) -> aiohttp.ClientSession:
        """Streams on a pool of their own: however many are open, other requests find connections."""
        session = self._sessions.get((service, streaming))
        if session is None:  # made on first use, inside the running event loop
            connector = aiohttp.TCPConnector(limit=self._pool_sizes[streaming], keepalive_timeout=KEEPALIVE_SECONDS)
            session = self._sessions[(service, streaming)] = aiohttp.ClientSession(connector=connector,
                                                                                  auto_decompress=False)
        return session

    async def aclose(self) -> None:
        for client in self._clients.values():
            await client.aclose()
        for session in self._sessions.values():
            await session.close()


def service_name(service: str) -> str:
    return service.replace("_", "-") + " service"

"""Every tenant's calls to its identity provider share the gateway's one connection pool, and anyone may send a
token naming an issuer or start a sign-in for an organization: a provider that accepts connections and never
answers must hold no more than a few of them. Concurrent look-ups of one key set share one fetch and a failed
one is not tried again for `refetch_seconds` (the keys held before still serve); a sign-in's requests for one
tenant are at most MAX_IN_FLIGHT_PER_TENANT at a time, MAX_IN_FLIGHT for all tenants, and an issuer's endpoints
are kept. The provider is faked at the HTTP layer."""

import asyncio
import json

import httpx
import pytest

from services.common.errors import DependencyUnavailable
from services.gateway.clients.identity_providers import (
    MAX_IN_FLIGHT,
    MAX_IN_FLIGHT_PER_TENANT,
    IdentityProviderKeys,
    ProviderUnusable,
    SignIns,
)

ISSUER = "https://93.184.216.34"  # a public address: no name to resolve
KEY = {"kty": "oct", "kid": "k1", "k": "c2VjcmV0LWtleS1vZi10aGUtdGVzdC1wcm92aWRlcg", "alg": "HS256"}
WITHIN = 5.0


def _answer(status: int, document: object) -> httpx.Response:
    """As a network answer comes: a stream, read as it arrives."""
    return httpx.Response(status, stream=httpx.ByteStream(json.dumps(document).encode()))


class Provider:
    """A provider whose answers wait until the test lets them go: how many requests reached it, and how many
    were in flight at once at most."""

    def __init__(self, status: int = 200, document: object = None) -> None:
        self.status, self.document = status, document if document is not None else {
            "issuer": ISSUER, "authorization_endpoint": f"{ISSUER}/authorize", "token_endpoint": f"{ISSUER}/token"}
        self.released = asyncio.Event()
        self.requests = 0
        self.in_flight = self.most_in_flight = 0
        self.arrived = asyncio.Condition()

    async def handle(self, request: httpx.Request) -> httpx.Response:
        async with self.arrived:
            self.requests += 1
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
            self.arrived.notify_all()
        try:
            await self.released.wait()
        finally:
            self.in_flight -= 1
        return _answer(self.status, self.document)

    async def reached(self, count: int) -> None:
        async with self.arrived:
            await asyncio.wait_for(self.arrived.wait_for(lambda: self.requests >= count), WITHIN)

    def client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=httpx.MockTransport(self.handle))


async def test_concurrent_lookups_of_one_key_set_share_one_fetch_and_its_failure_is_not_tried_again_at_once():
    provider = Provider(503, {})
    async with provider.client() as http:
        keys = IdentityProviderKeys(http, 30, loopback_allowed=False)
        lookups = [asyncio.create_task(keys.key(f"{ISSUER}/jwks", "k1")) for _ in range(20)]
        await provider.reached(1)
        provider.released.set()
        failed = await asyncio.gather(*lookups, return_exceptions=True)
        assert all(isinstance(f, DependencyUnavailable) for f in failed)
        assert provider.requests == 1
        with pytest.raises(DependencyUnavailable, match="JWKS"):  # remembered, not fetched again
            await keys.key(f"{ISSUER}/jwks", "k1")
        assert provider.requests == 1


async def test_a_failed_key_set_is_fetched_again_once_its_pause_is_over():
    answers = iter([_answer(503, {}), _answer(200, {"keys": [KEY]})])
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda _: next(answers))) as http:
        keys = IdentityProviderKeys(http, 0, loopback_allowed=False)  # no pause
        with pytest.raises(DependencyUnavailable):
            await keys.key(f"{ISSUER}/jwks", "k1")
        assert (await keys.key(f"{ISSUER}/jwks", "k1")).key_id == "k1"


async def test_a_lookup_that_gives_up_does_not_cancel_the_fetch_the_others_wait_for():
    provider = Provider(200, {"keys": [KEY]})
    async with provider.client() as http:
        keys = IdentityProviderKeys(http, 30, loopback_allowed=False)
        impatient = asyncio.create_task(keys.key(f"{ISSUER}/jwks", "k1"))
        patient = asyncio.create_task(keys.key(f"{ISSUER}/jwks", "k1"))
        await provider.reached(1)
        impatient.cancel()
        provider.released.set()
        assert (await patient).key_id == "k1"
        assert impatient.cancelled() and provider.requests == 1


async def test_a_provider_that_never_answers_holds_at_most_a_few_requests_and_its_sign_ins_wait_a_bounded_time():
    provider = Provider()
    async with provider.client() as http:
        sign_ins = SignIns(http, wait_seconds=0.2)
        first = [asyncio.create_task(sign_ins.endpoints("tenant-a", ISSUER, loopback_allowed=False))
                 for _ in range(MAX_IN_FLIGHT_PER_TENANT)]
        await provider.reached(MAX_IN_FLIGHT_PER_TENANT)
        with pytest.raises(ProviderUnusable, match="too many sign-ins are waiting"):
            await sign_ins.endpoints("tenant-a", ISSUER, loopback_allowed=False)
        assert provider.requests == MAX_IN_FLIGHT_PER_TENANT
        provider.released.set()
        await asyncio.gather(*first)


async def test_sign_ins_waiting_their_turn_use_the_endpoints_read_meanwhile_and_later_ones_ask_nothing():
    provider = Provider()
    async with provider.client() as http:
        sign_ins = SignIns(http)
        lookups = [asyncio.create_task(sign_ins.endpoints("tenant-a", ISSUER, loopback_allowed=False))
                   for _ in range(10)]
        await provider.reached(MAX_IN_FLIGHT_PER_TENANT)
        provider.released.set()
        found = await asyncio.gather(*lookups)
        assert {e.token for e in found} == {f"{ISSUER}/token"}
        assert provider.requests == MAX_IN_FLIGHT_PER_TENANT == provider.most_in_flight
        await sign_ins.endpoints("tenant-a", ISSUER, loopback_allowed=False)
        assert provider.requests == MAX_IN_FLIGHT_PER_TENANT


async def test_another_tenant_signs_in_while_one_tenants_provider_holds_its_turns():
    provider = Provider()
    async with provider.client() as http:
        sign_ins = SignIns(http, wait_seconds=0.2)
        held = [asyncio.create_task(sign_ins.endpoints("tenant-a", ISSUER, loopback_allowed=False))
                for _ in range(MAX_IN_FLIGHT_PER_TENANT)]
        await provider.reached(MAX_IN_FLIGHT_PER_TENANT)
        other = asyncio.create_task(sign_ins.endpoints("tenant-b", ISSUER, loopback_allowed=False))
        await provider.reached(MAX_IN_FLIGHT_PER_TENANT + 1)  # its own turn, the same issuer
        provider.released.set()
        await asyncio.gather(*held, other)
        assert MAX_IN_FLIGHT_PER_TENANT < MAX_IN_FLIGHT


async def test_keys_held_before_still_serve_while_their_provider_is_away():
    answers = iter([_answer(200, {"keys": [KEY]}), _answer(503, {})])
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda _: next(answers))) as http:
        keys = IdentityProviderKeys(http, 30, loopback_allowed=False)
        assert (await keys.key(f"{ISSUER}/jwks", "k1")).key_id == "k1"
        keys._keys[f"{ISSUER}/jwks"] = (keys._keys[f"{ISSUER}/jwks"][0], 0.0)  # as if its ten minutes were over
        assert (await keys.key(f"{ISSUER}/jwks", "k1")).key_id == "k1"  # the fetch failed: the kept key serves
        with pytest.raises(DependencyUnavailable):  # a key it never had is not answered from what it has
            await keys.key(f"{ISSUER}/jwks", "k2")

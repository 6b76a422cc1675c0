"""The console's sign-in calls the addresses a tenant's identity provider names: an issuer that is not on
loopback may name no loopback endpoint (its discovery document would have the gateway call a service beside
it, with the tenant's client secret). The provider is faked at the HTTP layer, at a public address."""

import json

import httpx
import pytest

from services.common.errors import DependencyUnavailable
from services.gateway.clients import identity_providers
from services.gateway.clients.identity_providers import ProviderUnusable

ISSUER = "https://93.184.216.34"  # a public address: no name to resolve


def _answer(document: object | bytes) -> httpx.Response:
    """As a network answer comes: a stream, read as it arrives."""
    body = document if isinstance(document, bytes) else json.dumps(document).encode()
    return httpx.Response(200, stream=httpx.ByteStream(body))


def _provider(token_endpoint: str, seen: list[str]) -> httpx.AsyncClient:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(f"{request.method} {request.url}")
        if request.url.path == "/.well-known/openid-configuration":
            return _answer({"issuer": ISSUER, "authorization_endpoint": f"{ISSUER}/authorize",
                            "token_endpoint": token_endpoint})
        return _answer({"id_token": "a.b.c"})

    return httpx.AsyncClient(transport=httpx.MockTransport(answer))


async def test_a_public_issuers_own_endpoints_are_used():
    seen: list[str] = []
    async with _provider(f"{ISSUER}/token", seen) as http:
        endpoints = await identity_providers.sign_in_endpoints(http, ISSUER)
        assert (endpoints.authorization, endpoints.loopback) == (f"{ISSUER}/authorize", False)
        assert await identity_providers.exchange_code(http, endpoints, None, {"code": "x"}) == "a.b.c"
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration", f"POST {ISSUER}/token"]


@pytest.mark.parametrize("token_endpoint", ["http://127.0.0.1:4222/token", "http://localhost/token"])
async def test_a_public_issuer_naming_a_plain_http_loopback_endpoint_is_refused(token_endpoint):
    seen: list[str] = []
    async with _provider(token_endpoint, seen) as http:
        with pytest.raises(ProviderUnusable, match="names no https authorization and token endpoints"):
            await identity_providers.sign_in_endpoints(http, ISSUER)
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration"]


async def test_a_public_issuer_naming_an_https_loopback_token_endpoint_is_refused_before_any_call():
    seen: list[str] = []
    async with _provider("https://127.0.0.1:8443/token", seen) as http:
        endpoints = await identity_providers.sign_in_endpoints(http, ISSUER)
        with pytest.raises(ProviderUnusable, match=r"its token endpoint is refused: 127\.0\.0\.1 is a loopback"):
            await identity_providers.exchange_code(http, endpoints, None, {"code": "x"})
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration"]  # the secret never went there


async def test_a_document_nested_past_the_parsers_depth_is_unusable_not_an_error():
    nested = httpx.AsyncClient(transport=httpx.MockTransport(lambda _: _answer(b"[" * 60_000)))
    async with nested:
        with pytest.raises(ProviderUnusable, match="could not be read"):
            await identity_providers.sign_in_endpoints(nested, ISSUER)


@pytest.mark.parametrize("document", [[], "keys", 7, None])
async def test_a_jwks_answer_that_is_not_a_key_set_makes_the_keys_unavailable_not_an_error(document):
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda request: _answer(document))) as http:
        with pytest.raises(DependencyUnavailable):
            await identity_providers.IdentityProviderKeys(http, 30).key(f"{ISSUER}/jwks", "k1")

"""The console's sign-in calls the addresses a tenant's identity provider names: an issuer that is not on
loopback may name no loopback endpoint (its discovery document would have the gateway call a service beside
it, with the tenant's client secret), and a provider on the gateway's own loopback is refused unless the
deployment allows one (development, or CALLVAULT_OIDC_LOOPBACK). The provider is faked at the HTTP layer."""

import json

import httpx
import pytest

from services.common.errors import DependencyUnavailable
from services.common.settings import Environment, Settings
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
        endpoints = await identity_providers.sign_in_endpoints(http, ISSUER, loopback_allowed=False)
        assert (endpoints.authorization, endpoints.loopback) == (f"{ISSUER}/authorize", False)
        assert await identity_providers.exchange_code(http, endpoints, None, {"code": "x"}) == "a.b.c"
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration", f"POST {ISSUER}/token"]


@pytest.mark.parametrize("token_endpoint", ["http://127.0.0.1:4222/token", "http://localhost/token"])
async def test_a_public_issuer_naming_a_plain_http_loopback_endpoint_is_refused(token_endpoint):
    seen: list[str] = []
    async with _provider(token_endpoint, seen) as http:
        with pytest.raises(ProviderUnusable, match="names no https authorization and token endpoints"):
            await identity_providers.sign_in_endpoints(http, ISSUER, loopback_allowed=False)
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration"]


async def test_a_public_issuer_naming_an_https_loopback_token_endpoint_is_refused_before_any_call():
    seen: list[str] = []
    async with _provider("https://127.0.0.1:8443/token", seen) as http:
        endpoints = await identity_providers.sign_in_endpoints(http, ISSUER, loopback_allowed=False)
        with pytest.raises(ProviderUnusable, match=r"its token endpoint is refused: 127\.0\.0\.1 is a loopback"):
            await identity_providers.exchange_code(http, endpoints, None, {"code": "x"})
    assert seen == [f"GET {ISSUER}/.well-known/openid-configuration"]  # the secret never went there


async def test_a_document_nested_past_the_parsers_depth_is_unusable_not_an_error():
    nested = httpx.AsyncClient(transport=httpx.MockTransport(lambda _: _answer(b"[" * 60_000)))
    async with nested:
        with pytest.raises(ProviderUnusable, match="could not be read"):
            await identity_providers.sign_in_endpoints(nested, ISSUER, loopback_allowed=False)


@pytest.mark.parametrize("document", [[], "keys", 7, None])
async def test_a_jwks_answer_that_is_not_a_key_set_makes_the_keys_unavailable_not_an_error(document):
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda request: _answer(document))) as http:
        with pytest.raises(DependencyUnavailable):
            await identity_providers.IdentityProviderKeys(http, 30, loopback_allowed=False).key(f"{ISSUER}/jwks", "k1")


@pytest.mark.parametrize(("url", "loopback"), [
    ("http://127.0.0.1:8080/realms/x", True), ("http://localhost/", True), ("https://LOCALHOST:8443/", True),
    ("http://[::1]:9000/", True), ("https://127.1.2.3/", True), ("https://idp.localhost/", True),
    ("https://login.example.com/", False), ("https://127.example.com/", False), (ISSUER, False),
    # the other ways resolvers read an address: decimal, short and hex IPv4, mapped, unspecified, a rooted name
    ("https://2130706433/", True), ("https://127.1/", True), ("https://0x7f.1/", True), ("https://0.0.0.0/", True),
    ("https://[::ffff:127.0.0.1]/", True), ("https://[::]/", True), ("https://localhost./", True),
    ("https://10/", False), ("https://a\x00b/", False),  # a NUL: no address, never an error
])
def test_a_url_naming_the_loopback_is_told_apart(url, loopback):
    assert identity_providers.names_loopback(url) is loopback


def test_loopback_providers_are_allowed_in_development_or_where_the_deployment_says_so():
    production = Settings(env=Environment.production)
    assert identity_providers.loopback_allowed(production) is False  # the default: no tenant reaches the host
    assert identity_providers.loopback_allowed(production.model_copy(update={"oidc_loopback": True})) is True
    assert identity_providers.loopback_allowed(Settings(env=Environment.development)) is True


async def test_a_loopback_issuer_is_refused_before_any_call_where_loopback_is_not_allowed():
    seen: list[str] = []
    async with _provider("http://127.0.0.1:9/token", seen) as http:
        with pytest.raises(ProviderUnusable, match=r"its issuer is refused: 127\.0\.0\.1 is a loopback address"):
            await identity_providers.sign_in_endpoints(http, "http://127.0.0.1:9", loopback_allowed=False)
        endpoints = await identity_providers.sign_in_endpoints(http, "http://127.0.0.1:9", loopback_allowed=True)
        assert endpoints.loopback is True
    assert seen == ["GET http://127.0.0.1:9/.well-known/openid-configuration"]  # only where allowed


async def test_a_loopback_jwks_url_is_refused_before_any_call_where_loopback_is_not_allowed():
    seen: list[str] = []
    async with _provider(f"{ISSUER}/token", seen) as http:
        with pytest.raises(DependencyUnavailable) as refused:
            await identity_providers.IdentityProviderKeys(http, 30, loopback_allowed=False).key(
                "http://localhost:9/jwks", "k1")
    assert "the JWKS URL is refused" in refused.value.detail
    assert seen == []

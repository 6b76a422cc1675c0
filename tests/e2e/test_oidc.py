"""Sign-in with a tenant's own identity provider, through the gateway. The provider is a local JWKS
server of the test's own; its tokens are signed with joserfc, a library other than the one the
gateway verifies with (PyJWT), so the two check each other."""

import time
from uuid import uuid4

import httpx
import pytest
from aiohttp import web
from joserfc import jwt as jose_jwt
from joserfc.jwk import ECKey, RSAKey

from services.common.db import create_engine
from services.common.settings import Environment
from services.gateway.app import create_app
from services.gateway.service import ensure_tenant_with_key
from services.stack.processes import free_port
from tests.helpers.support import eventually, serving

AUDIENCE = "callvault-api"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


class Provider:
    """Publishes the keys in `published`; signs with any key it holds."""

    def __init__(self, issuer: str) -> None:
        self.issuer = issuer
        self.keys = {"k1": ECKey.generate_key("P-256", parameters={"kid": "k1"})}
        self.published = ["k1"]
        self.padding: list[dict] = []  # more keys than any provider publishes, to make the set large
        self.fetches = 0

    async def jwks(self, _: web.Request) -> web.Response:
        self.fetches += 1
        return web.json_response({"keys": [self.keys[k].as_dict(private=False) for k in self.published]
                                  + self.padding})

    def token(self, kid: str = "k1", **overrides) -> str:
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": AUDIENCE, "sub": "user-1", "iat": now, "exp": now + 300,
                  "groups": ["cc-supervisors"], **overrides}
        key = self.keys[kid]
        alg = "ES256" if isinstance(key, ECKey) else "RS256"
        return jose_jwt.encode({"alg": alg, "kid": kid}, {k: v for k, v in claims.items() if v is not None}, key)


@pytest.fixture
async def provider(gateway, tenant_key):
    port = free_port()
    provider = Provider(f"http://127.0.0.1:{port}/realm-{uuid4().hex[:8]}")
    app = web.Application()
    app.router.add_get("/jwks", provider.jwks)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    tenant_id, admin = tenant_key
    configured = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin), json={
        "issuer": provider.issuer, "jwks_url": f"http://127.0.0.1:{port}/jwks", "audience": AUDIENCE,
        "roles_claim": "groups", "role_map": {"cc-supervisors": "supervisor", "cc-admins": "tenant_admin"}})
    assert configured.status_code == 200, configured.text
    try:
        yield provider
    finally:
        await runner.cleanup()


async def test_a_providers_token_signs_in_with_the_mapped_roles(gateway, provider, tenant_key):
    token = provider.token()
    assert (await gateway.get("/v1/calls", headers=bearer(token))).status_code == 200  # supervisors read calls
    assert (await gateway.get("/v1/api-keys", headers=bearer(token))).status_code == 403  # and manage no keys
    admin = provider.token(groups=["cc-admins", "unrelated"])
    assert (await gateway.get("/v1/api-keys", headers=bearer(admin))).status_code == 200
    config = await gateway.get(f"/v1/tenants/{tenant_key[0]}/oidc", headers=bearer(admin))
    assert config.json()["issuer"] == provider.issuer


async def test_tokens_that_must_not_sign_in(gateway, provider):
    impostor = ECKey.generate_key("P-256", parameters={"kid": "k1"})  # same kid, another key
    now = int(time.time())
    forged = jose_jwt.encode({"alg": "ES256", "kid": "k1"}, {"iss": provider.issuer, "aud": AUDIENCE, "sub": "u",
                                                             "iat": now, "exp": now + 300,
                                                             "groups": ["cc-admins"]}, impostor)
    refused = {
        "bad signature": forged,
        "unknown issuer": provider.token(iss="https://elsewhere.example.com/"),
        "wrong audience": provider.token(aud="someone-else"),
        "expired": provider.token(iat=now - 3600, exp=now - 600),
        "no expiry": provider.token(exp=None),
    }
    for name, token in refused.items():
        response = await gateway.get("/v1/calls", headers=bearer(token))
        assert response.status_code == 401, (name, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    no_role = await gateway.get("/v1/calls", headers=bearer(provider.token(groups=["cc-janitors"])))
    assert no_role.status_code == 403 and no_role.json()["type"].endswith("no-roles")


async def test_a_rotated_key_is_fetched_when_a_token_names_it(gateway, provider, services):
    assert (await gateway.get("/v1/calls", headers=bearer(provider.token()))).status_code == 200
    fetched = provider.fetches
    provider.keys["k2"] = RSAKey.generate_key(2048, parameters={"kid": "k2"})
    for _ in range(3):  # a key the provider does not publish: refused, without a fetch per request
        assert (await gateway.get("/v1/calls", headers=bearer(provider.token("k2")))).status_code == 401
    assert provider.fetches == fetched
    provider.published.append("k2")

    async def rotated() -> bool:  # fetched again once the refetch pause is over
        return (await gateway.get("/v1/calls", headers=bearer(provider.token("k2")))).status_code == 200

    await eventually(rotated, timeout=services.jwks_refetch_seconds + 3, interval=0.25,
                     what="the rotated key is fetched")
    assert provider.fetches == fetched + 1  # one fetch per pause however often it was asked


async def test_removing_the_provider_stops_its_tokens(gateway, provider, tenant_key):
    tenant_id, admin = tenant_key
    token = provider.token()
    assert (await gateway.get("/v1/calls", headers=bearer(token))).status_code == 200
    assert (await gateway.delete(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin))).status_code == 204
    assert (await gateway.get("/v1/calls", headers=bearer(token))).status_code == 401
    assert (await gateway.get(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin))).status_code == 404


@pytest.mark.parametrize("change", [
    {"role_map": {"x": "platform_admin"}},
    {"issuer": "ftp://nope"},
    {"jwks_url": "http://example.com/jwks"},  # plain http away from loopback
    {"role_map": {}},
    {"issuer": "https://[x/"}, {"jwks_url": "https://login.example.com:99999/jwks"},  # no host or port to read
    {"issuer": "https://a\u0000b/"},  # a control character in the host
], ids=["platform-admin", "bad-issuer", "http-jwks", "empty-map", "unreadable-issuer", "unreadable-port", "nul"])
async def test_a_bad_provider_configuration_is_a_422(gateway, tenant_key, change):
    tenant_id, admin = tenant_key
    body = {"issuer": "https://login.example.com/", "jwks_url": "https://login.example.com/jwks",
            "audience": AUDIENCE, "role_map": {"a": "agent"}, **change}
    response = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin), json=body)
    assert response.status_code == 422, response.text


async def test_a_jwks_larger_than_its_cap_is_never_read_whole(gateway, provider):
    provider.padding = [{"kty": "oct", "kid": f"pad-{n}", "k": "A" * 1024} for n in range(70)]  # 70 KB
    refused = await gateway.get("/v1/calls", headers=bearer(provider.token()))
    assert refused.status_code == 503, refused.text
    provider.padding = []


async def test_a_jwks_url_inside_the_network_is_refused_before_any_connection(gateway, tenant_key):
    tenant_id, admin = tenant_key
    issuer = f"https://idp-{uuid4().hex[:8]}.example.com/"
    configured = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin), json={
        "issuer": issuer, "jwks_url": "https://169.254.169.254/latest/meta-data", "audience": AUDIENCE,
        "roles_claim": "groups", "role_map": {"cc-supervisors": "supervisor"}})
    assert configured.status_code == 200, configured.text
    key = ECKey.generate_key("P-256", parameters={"kid": "k1"})
    now = int(time.time())
    token = jose_jwt.encode({"alg": "ES256", "kid": "k1"}, {"iss": issuer, "aud": AUDIENCE, "sub": "u", "iat": now,
                                                            "exp": now + 300, "groups": ["cc-supervisors"]}, key)
    refused = await gateway.get("/v1/calls", headers=bearer(token))
    assert refused.status_code == 503 and "refused" in refused.json()["detail"], refused.text


async def test_a_provider_on_the_gateways_loopback_is_refused_where_the_deployment_does_not_allow_it(settings):
    """The session's gateway allows one (CALLVAULT_OIDC_LOOPBACK, for the provider above); by default a
    production gateway does not: a tenant administrator would aim it at the services on its host."""
    production = settings.model_copy(update={"env": Environment.production, "oidc_loopback": False,
                                             "gateway_ops_port": 0})
    engine = create_engine(settings.service_database_url("gateway", owner=True), 2)
    tenant_id, admin = await ensure_tenant_with_key(engine, "Loopback", f"lo-{uuid4().hex[:10]}", ["tenant_admin"], "t")
    await engine.dispose()
    async with serving(create_app(production)) as url, httpx.AsyncClient(base_url=url, timeout=10) as client:
        issuer = f"https://login-{uuid4().hex[:8]}.example.com/"  # an issuer is one tenant's: its own
        body = {"issuer": issuer, "jwks_url": "http://127.0.0.1:9/jwks", "audience": AUDIENCE,
                "role_map": {"a": "agent"}}
        refused = await client.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin), json=body)
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["type"] == "urn:callvault:problem:unsafe-identity-provider-url"
        assert refused.json()["detail"].startswith("the jwks_url is on the gateway's own loopback")
        for other_form in ("https://2130706433/jwks", "https://127.1/jwks", "https://[::ffff:127.0.0.1]/jwks",
                           "https://0.0.0.0/jwks", "https://localhost./jwks"):  # the loopback, as resolvers read it
            again = await client.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin),
                                     json={**body, "jwks_url": other_form})
            assert again.json()["type"] == "urn:callvault:problem:unsafe-identity-provider-url", again.text
        assert (await client.get(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin))).status_code == 404
        public = await client.put(f"/v1/tenants/{tenant_id}/oidc", headers=bearer(admin),
                                  json={**body, "jwks_url": f"{issuer}jwks"})
        assert public.status_code == 200, public.text

"""A request that bypasses the gateway, or forges what the gateway vouches for, is refused."""

import jwt
import pytest
from sqlalchemy import text

from services.common.auth import generate_keypair
from services.common.db import tenant_session
from tests.helpers.support import call_body, internal_headers, internal_token


def _forged(settings, tenant_id):
    other_private, _ = generate_keypair()
    claims = jwt.decode(internal_token(settings, tenant_id), options={"verify_signature": False})
    return jwt.encode(claims, other_private, algorithm="EdDSA")


@pytest.mark.parametrize(
    ("make_token", "detail"),
    [
        (lambda s, t: None, "missing"),
        (_forged, "not valid"),
        (lambda s, t: internal_token(s, t, audience="gateway"), "another service"),
        (lambda s, t: internal_token(s, t, ttl=-120), "expired"),
    ],
    ids=["missing", "bad-signature", "wrong-audience", "expired"],
)
async def test_refused_without_a_valid_internal_token(consent_client, settings, tenant_id, app_engine, make_token,
                                                      detail):
    token = make_token(settings, tenant_id)
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await consent_client.post("/v1/calls", json=call_body(), headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert detail in response.json()["detail"]
    async with tenant_session(app_engine, tenant_id) as session:  # and nothing was written on the way
        assert (await session.execute(text("SELECT count(*) FROM call"))).scalar_one() == 0


async def test_a_role_without_the_permission_is_forbidden(consent_client, settings, tenant_id):
    response = await consent_client.post("/v1/calls", json=call_body(),
                                         headers=internal_headers(settings, tenant_id, roles=("auditor",)))
    assert response.status_code == 403
    assert response.json()["type"] == "urn:callvault:problem:forbidden"


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics"])
async def test_platform_endpoints_need_no_token(consent_client, path):
    assert (await consent_client.get(path)).status_code == 200

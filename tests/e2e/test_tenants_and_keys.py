"""Tenants and API keys through the gateway: who may create, read and change what, and that a key's
secret is shown once, works at once, and stops working when revoked, expired or its tenant disabled."""

import re
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from services.gateway.service import ensure_tenant_with_key
from tests.helpers.support import eventually

PROBLEM = "application/problem+json"


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def slug() -> str:
    return f"t-{uuid4().hex[:12]}"


@pytest.fixture
async def platform(gateway_engine) -> str:
    return (await ensure_tenant_with_key(gateway_engine, "Operator", slug(), ["platform_admin"], "platform"))[1]


async def test_a_platform_administrator_registers_a_tenant_and_gives_it_a_first_key(gateway, platform):
    created = await gateway.post("/v1/tenants", headers=bearer(platform),
                                 json={"name": "Acme Support", "slug": (s := slug()), "data_region": "eu"})
    assert created.status_code == 201, created.text
    tenant = created.json()
    assert tenant["slug"] == s and tenant["data_region"] == "eu" and tenant["default_retention_days"] == 30
    assert tenant["disabled"] is False and tenant["rate_limit_per_second"] > 0
    again = await gateway.post("/v1/tenants", headers=bearer(platform), json={"name": "Other", "slug": s})
    assert again.status_code == 409 and again.json()["type"].endswith("slug-taken")

    key = await gateway.post("/v1/api-keys", headers=bearer(platform),
                             json={"label": "first admin", "roles": ["tenant_admin"], "tenant_id": tenant["id"]})
    assert key.status_code == 201, key.text
    secret = key.json()["secret"]
    assert secret.startswith("cvk_") and key.json()["prefix"] == secret[:len(key.json()["prefix"])]
    mine = await gateway.get("/v1/tenants", headers=bearer(secret))
    assert [t["id"] for t in mine.json()] == [tenant["id"]]  # a tenant administrator sees its own only
    assert (await gateway.get(f"/v1/tenants/{tenant['id']}", headers=bearer(secret))).status_code == 200
    everyone = await gateway.get("/v1/tenants", headers=bearer(platform))
    assert tenant["id"] in {t["id"] for t in everyone.json()}


@pytest.mark.parametrize("body", [
    {"name": "x", "slug": "Not A Slug"},
    {"name": "", "slug": "fine-slug"},
    {"name": "x", "slug": "fine-slug", "rate_limit_per_second": 0},
    {"name": "x", "slug": "fine-slug", "unknown": 1},
], ids=["slug", "empty-name", "zero-rate", "unknown-field"])
async def test_a_bad_tenant_is_a_422_and_not_created(gateway, platform, body):
    response = await gateway.post("/v1/tenants", headers=bearer(platform), json=body)
    assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    listed = await gateway.get("/v1/tenants", headers=bearer(platform))
    assert "fine-slug" not in {t["slug"] for t in listed.json()}


async def test_a_tenant_administrator_changes_its_name_and_retention_but_not_its_limits(gateway, tenant_key,
                                                                                        gateway_engine):
    tenant_id, secret = tenant_key
    renamed = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(secret),
                                  json={"name": "Renamed", "default_retention_days": 90})
    assert renamed.status_code == 200 and renamed.json()["name"] == "Renamed"
    assert renamed.json()["default_retention_days"] == 90
    for change in ({"rate_limit_per_second": 10_000}, {"disabled": True}, {"data_region": "eu"}):
        refused = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(secret), json=change)
        assert refused.status_code == 403 and refused.json()["type"].endswith("platform-admin-only"), change
    nulled = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(secret), json={"name": None})
    assert nulled.status_code == 422
    other, _ = await ensure_tenant_with_key(gateway_engine, "Other", slug(), ["tenant_admin"], "o")
    hidden = await gateway.patch(f"/v1/tenants/{other}", headers=bearer(secret), json={"name": "Mine now"})
    assert hidden.status_code == 404
    assert (await gateway.get(f"/v1/tenants/{tenant_id}", headers=bearer(secret))).json()["name"] == "Renamed"


async def test_a_disabled_tenants_keys_stop_and_start_again(gateway, platform, tenant_key, services):
    tenant_id, secret = tenant_key
    assert (await gateway.get("/v1/api-keys", headers=bearer(secret))).status_code == 200
    disabled = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(platform), json={"disabled": True})
    assert disabled.status_code == 200 and disabled.json()["disabled"] is True
    refused = await gateway.get("/v1/api-keys", headers=bearer(secret))  # this instance forgot its cache at once
    assert refused.status_code == 403 and refused.json()["type"].endswith("tenant-disabled")
    await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(platform), json={"disabled": False})

    async def back() -> bool:
        return (await gateway.get("/v1/api-keys", headers=bearer(secret))).status_code == 200

    await eventually(back, timeout=services.api_key_cache_seconds + 2, what="the re-enabled tenant's key works")


async def test_a_key_is_shown_once_works_at_once_and_is_revoked_at_once(gateway, tenant_key):
    _, admin = tenant_key
    created = await gateway.post("/v1/api-keys", headers=bearer(admin), json={"label": "ivr", "roles": ["telephony"]})
    assert created.status_code == 201
    key = created.json()
    listed = await gateway.get("/v1/api-keys", headers=bearer(admin))
    shown = next(k for k in listed.json() if k["id"] == key["id"])
    assert "secret" not in shown and shown["roles"] == ["telephony"] and shown["revoked_at"] is None
    assert key["secret"] not in listed.text

    works = await gateway.get("/v1/calls", headers=bearer(key["secret"]))
    assert works.status_code == 200
    used = next(k for k in (await gateway.get("/v1/api-keys", headers=bearer(admin))).json() if k["id"] == key["id"])
    assert used["last_used_at"] is not None
    # A telephony key may not manage keys.
    assert (await gateway.get("/v1/api-keys", headers=bearer(key["secret"]))).status_code == 403

    assert (await gateway.delete(f"/v1/api-keys/{key['id']}", headers=bearer(admin))).status_code == 204
    assert (await gateway.get("/v1/calls", headers=bearer(key["secret"]))).status_code == 401
    assert (await gateway.delete(f"/v1/api-keys/{key['id']}", headers=bearer(admin))).status_code == 204
    revoked = next(k for k in (await gateway.get("/v1/api-keys", headers=bearer(admin))).json() if k["id"] == key["id"])
    assert revoked["revoked_at"] is not None


async def test_keys_are_refused_what_their_creator_may_not_give(gateway, tenant_key, gateway_engine):
    _, admin = tenant_key
    escalate = await gateway.post("/v1/api-keys", headers=bearer(admin),
                                  json={"label": "x", "roles": ["platform_admin"]})
    assert escalate.status_code == 403 and escalate.json()["type"].endswith("platform-admin-only")
    other, other_admin = await ensure_tenant_with_key(gateway_engine, "Other", slug(), ["tenant_admin"], "o")
    elsewhere = await gateway.post("/v1/api-keys", headers=bearer(admin),
                                   json={"label": "x", "roles": ["agent"], "tenant_id": str(other)})
    assert elsewhere.status_code == 404
    past = await gateway.post("/v1/api-keys", headers=bearer(admin),
                              json={"label": "x", "roles": ["agent"], "expires_at": "2020-01-01T00:00:00Z"})
    assert past.status_code == 422 and past.json()["type"].endswith("expiry-in-past")
    for roles in ([], ["agent", "agent"], ["janitor"]):
        assert (await gateway.post("/v1/api-keys", headers=bearer(admin),
                                   json={"label": "x", "roles": roles})).status_code == 422, roles
    theirs = next(k for k in (await gateway.get("/v1/api-keys", headers=bearer(other_admin))).json())
    assert (await gateway.delete(f"/v1/api-keys/{theirs['id']}", headers=bearer(admin))).status_code == 404
    assert (await gateway.get("/v1/api-keys", headers=bearer(other_admin))).status_code == 200


async def test_an_expired_key_stops_working(gateway, tenant_key):
    _, admin = tenant_key
    soon = (datetime.now(UTC) + timedelta(seconds=1)).isoformat()
    key = (await gateway.post("/v1/api-keys", headers=bearer(admin),
                              json={"label": "brief", "roles": ["auditor"], "expires_at": soon})).json()

    async def refused() -> bool:
        return (await gateway.get("/v1/ledger/verify", headers=bearer(key["secret"]))).status_code == 401

    await eventually(refused, timeout=5, what="the expired key is refused")


async def test_a_tenant_over_its_rate_limit_gets_429s_then_recovers(gateway, platform, tenant_key, services):
    tenant_id, secret = tenant_key
    limited = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(platform),
                                  json={"rate_limit_per_second": 1, "rate_burst": 2})
    assert limited.status_code == 200

    async def refused() -> bool:  # the new limit reaches the key within the cache time
        return (await gateway.get("/v1/calls", headers=bearer(secret))).status_code == 429

    await eventually(refused, timeout=services.api_key_cache_seconds + 3, what="the tenant is rate limited")
    response = await gateway.get("/v1/calls", headers=bearer(secret))
    assert response.status_code == 429 and response.headers["content-type"] == PROBLEM
    assert response.json()["type"].endswith("rate-limited") and response.json()["limit"] == "tenant"
    assert int(response.headers["retry-after"]) >= 1 and response.headers["ratelimit-remaining"] == "0"
    assert response.headers["ratelimit-limit"] == "2" and int(response.headers["ratelimit-reset"]) >= 1

    async def admitted() -> bool:
        return (await gateway.get("/v1/calls", headers=bearer(secret))).status_code == 200

    await eventually(admitted, timeout=3, interval=0.5, what="the bucket refilled")


async def test_consent_settings_are_read_and_written_through_the_tenant(gateway, tenant_key):
    tenant_id, admin = tenant_key
    before = await gateway.get(f"/v1/tenants/{tenant_id}", headers=bearer(admin))
    assert before.status_code == 200 and before.json()["consent"]["jurisdiction_mode"] == "by_jurisdiction"
    changed = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(admin),
                                  json={"consent": {"jurisdiction_mode": "strict", "stay_on_line_seconds": 10}})
    assert changed.status_code == 200, changed.text
    assert changed.json()["consent"]["jurisdiction_mode"] == "strict"
    direct = await gateway.get("/v1/consent-settings", headers=bearer(admin))
    assert direct.json()["jurisdiction_mode"] == "strict" and direct.json()["stay_on_line_seconds"] == 10

    refused = await gateway.patch(f"/v1/tenants/{tenant_id}", headers=bearer(admin),
                                  json={"name": "Must not stick", "consent": {"jurisdiction_mode": "lenient"}})
    assert refused.status_code == 422 and refused.headers["content-type"] == PROBLEM
    assert refused.json()["type"].endswith("consent-settings-invalid") and refused.json()["errors"]
    after = (await gateway.get(f"/v1/tenants/{tenant_id}", headers=bearer(admin))).json()
    assert after["name"] != "Must not stick" and after["consent"]["jurisdiction_mode"] == "strict"


async def test_every_answer_carries_a_traceparent_the_callers_when_valid(gateway, tenant_key):
    mine = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    authorized = {"Authorization": f"Bearer {tenant_key[1]}", "traceparent": mine}
    answers = [await gateway.get(f"/v1/tenants/{tenant_key[0]}", headers=authorized),  # the gateway's own route
               await gateway.get("/v1/calls", headers=authorized),  # proxied to a service
               await gateway.get("/v1/calls", headers={"traceparent": mine}),  # refused: 401
               await gateway.get("/v1/no-such-route", headers=authorized)]  # 404
    assert [a.status_code for a in answers] == [200, 200, 401, 404]
    assert [a.headers.get_list("traceparent") for a in answers] == [[mine]] * 4
    started = await gateway.get("/v1/calls", headers={"Authorization": f"Bearer {tenant_key[1]}",
                                                      "traceparent": "not-a-trace"})
    assert started.status_code == 200
    assert re.fullmatch(r"00-[0-9a-f]{32}-[0-9a-f]{16}-01", started.headers["traceparent"])

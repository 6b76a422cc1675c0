"""Every route of the permission table, through the gateway, with a key of every role: refused with a
403 exactly when the table says so; and with another tenant's key, a 404 for this tenant's resources
(never a 403 that would tell the resource exists)."""

import asyncio
from uuid import UUID, uuid4

import httpx
from sqlalchemy import text

from services.common.auth import Role
from services.common.db import tenant_session
from services.common.permissions import PERMISSIONS, ROLES
from services.gateway.service import ensure_tenant_with_key
from tests.helpers.signed_webhooks import standard_config
from tests.helpers.support import at, call_body

TENANT_ROLES = [r for r in ROLES if r != Role.platform_admin]
PRIVACY_REQUEST = {"type": "access", "regulation": "gdpr", "subject": {"phone_numbers": ["+14155550199"]},
                   "received_at": at(-60)}


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


async def _world(gateway: httpx.AsyncClient, tenant_id: UUID, admin: str) -> dict[str, str]:
    """One of each resource the table's paths name, in the tenant of `admin`."""
    headers = bearer(admin)
    key = await gateway.post("/v1/api-keys", headers=headers, json={"label": "to revoke", "roles": ["auditor"]})
    version = f"v-{uuid4().hex[:8]}"
    announcement = await gateway.post("/v1/announcements", headers=headers,
                                      json={"version": version, "language": "en", "text": "This call is recorded."})
    call = await gateway.post("/v1/calls", headers=headers, json=call_body(started_at=at(-60)))
    entry = await gateway.post("/v1/do-not-record", headers=headers,
                               json={"phone_number": "+14155550199", "purposes": ["recording"], "source": "test"})
    # A public address (no DNS needed), subscribed to events that do not exist yet: nothing is sent.
    endpoint = await gateway.post("/v1/webhook-endpoints", headers=headers,
                                  json={"url": "https://93.184.215.14/hook", "event_types": ["transcript.*"]})
    participant = call.json()["participants"][0]["id"]
    # Nobody consented: stored without its segment, by the tenant's choice.
    settings = await gateway.put("/v1/transcript-settings", headers=headers, json={"refused_segments": "remove"})
    assert settings.status_code == 200, settings.text
    transcript = await gateway.post("/v1/transcripts", headers=headers, json={
        "call_id": call.json()["id"], "language": "en", "engine": "test",
        "segments": [{"participant_id": participant, "start_ms": 0, "end_ms": 10, "text": "hello"}]})
    officer = await gateway.post("/v1/api-keys", headers=headers, json={"label": "officer",
                                                                       "roles": ["compliance_officer"]})
    hold = await gateway.post("/v1/legal-holds", headers=bearer(officer.json()["secret"]),
                              json={"matter_id": "matrix", "reason": "permission matrix", "scope": {"tags": ["x"]}})
    privacy = await gateway.post("/v1/privacy-requests", headers=bearer(officer.json()["secret"]),
                                 json=PRIVACY_REQUEST)
    for response in (key, announcement, call, entry, endpoint, transcript, officer, hold, privacy):
        assert response.status_code == 201, response.text
    site = await gateway.put("/v1/agent-sites/matrix-site", headers=headers, json={"jurisdiction": "US-TX"})
    assert site.status_code == 200, site.text
    return {"hold_id": hold.json()["id"], "certificate_id": str(uuid4()),
            "call_id": call.json()["id"], "participant_id": participant, "announcement_id": announcement.json()["id"],
            "entry_id": entry.json()["id"], "tenant_id": str(tenant_id), "key_id": key.json()["id"],
            "endpoint_id": endpoint.json()["id"], "delivery_id": str(uuid4()), "provider": "standard",
            "transcript_id": transcript.json()["id"], "request_id": privacy.json()["id"], "name": "matrix-site",
            "leaf_index": "0", "external_id": call.json()["external_id"]}


def _bodies(ids: dict[str, str]) -> dict[str, dict]:
    """Valid bodies where a route takes one, so an allowed caller is not stopped by validation first."""
    return {
        "POST /v1/calls/{call_id}/participants": {"external_id": f"p-{uuid4().hex[:8]}", "role": "third_party"},
        "POST /v1/calls/{call_id}/events": {"type": "consent_granted", "participant_id": ids["participant_id"],
                                            "purposes": ["recording"], "method": "dtmf", "occurred_at": at(-1)},
        "PUT /v1/tenants/{tenant_id}/oidc": {"issuer": f"https://login.example.com/{ids['tenant_id']}",
                                             "jwks_url": "https://login.example.com/jwks", "audience": "callvault",
                                             "role_map": {"staff": "agent"}},
        "PUT /v1/telephony/{provider}": standard_config(),
        "PUT /v1/agent-sites/{name}": {"jurisdiction": "US-TX"},
        "POST /v1/calls/{call_id}/recording-stops": {"outcome": "confirmed", "provider": "twilio",
                                                     "provider_answer": {"status": 200}, "attempts": 1},
        "PUT /v1/retention-policies": {"default_days": 30},
        "PUT /v1/calls/{call_id}/retention": {"days": 30, "reason": "permission matrix"},
        "POST /v1/legal-holds": {"matter_id": "matrix", "reason": "permission matrix", "scope": {"tags": ["x"]}},
        "POST /v1/legal-holds/{hold_id}/release": {"reason": "permission matrix"},
        "POST /v1/privacy-requests": PRIVACY_REQUEST,
        "POST /v1/privacy-requests/{request_id}/verify": {"method": "id document", "verified_by": "matrix"},
        "POST /v1/privacy-requests/{request_id}/reject": {"reason": "permission matrix"},
        "POST /v1/privacy-requests/{request_id}/extend": {"reason": "permission matrix"},
        "POST /v1/privacy-requests/{request_id}/acknowledge": {"method": "email"},
        "POST /v1/privacy-requests/{request_id}/lift": {"reason": "permission matrix"},
    }


# Query parameters a route requires, so an allowed caller is not stopped by validation first.
PARAMS = {"DELETE /v1/transcripts/{transcript_id}": {"reason": "permission matrix"},
          "GET /v1/ledger/consistency": {"from": 1, "to": 1}, "GET /v1/audit/consistency": {"from": 1, "to": 1}}


async def _status(gateway: httpx.AsyncClient, route: str, ids: dict[str, str], secret: str) -> int:
    method, template = route.split(" ", 1)
    path = template.format(**ids)
    body = _bodies(ids).get(route, {}) if method in ("POST", "PUT", "PATCH") else None
    for _ in range(5):
        # Streams stay open: the status line is all this needs.
        async with gateway.stream(method, path, headers=bearer(secret), json=body,
                                  params=PARAMS.get(route)) as response:
            if response.status_code != 429:
                return response.status_code
            # A softphone's credential allows 20 requests/s: past its burst, wait as the 429 asks.
            retry_after = float(response.headers["retry-after"])
        await asyncio.sleep(retry_after)
    return 429


async def test_every_route_with_every_role(gateway, gateway_engine):
    slug = f"m-{uuid4().hex[:10]}"
    made = {role: await ensure_tenant_with_key(gateway_engine, "Matrix", slug, [role], role) for role in ROLES}
    keys = {role: secret for role, (_, secret) in made.items()}
    # A few hundred requests in a second or two: more than a tenant's default rate limit allows.
    async with tenant_session(gateway_engine, None) as session:
        await session.execute(text("UPDATE tenant SET rate_limit_per_second = 100000, rate_burst = 100000 "
                                   "WHERE slug = :slug"), {"slug": slug})
        await session.commit()
    ids = await _world(gateway, made[Role.tenant_admin][0], keys[Role.tenant_admin])
    outcomes = {}
    for route, allowed in PERMISSIONS.items():
        for role in ROLES:
            status = await _status(gateway, route, ids, keys[role])
            outcomes[(route, role)] = status
            assert status != 401, (route, role)
            assert (status == 403) == (role not in allowed), f"{route} as {role}: {status}"
    assert any(s < 400 for s in outcomes.values())  # the allowed requests did get through


async def test_another_tenants_key_finds_none_of_this_tenants_resources(gateway, gateway_engine):
    owner, admin = await ensure_tenant_with_key(gateway_engine, "Owner", f"o-{uuid4().hex[:10]}", ["tenant_admin"],
                                                "a")
    _, stranger = await ensure_tenant_with_key(gateway_engine, "Stranger", f"s-{uuid4().hex[:10]}", TENANT_ROLES,
                                               "every role")
    ids = await _world(gateway, owner, admin)
    # A provider names a kind of configuration every tenant has its own of, not a resource of this one;
    # so does a site's name given to PUT, which makes the caller's own site of that name.
    with_resource = [route for route in PERMISSIONS
                     if "{" in route and "{provider}" not in route and route != "PUT /v1/agent-sites/{name}"]
    assert with_resource
    for route in with_resource:
        status = await _status(gateway, route, ids, stranger)
        assert status == 404, f"{route} with another tenant's key: {status}"
    # Still there for their owner: the 404s above were isolation, not absence.
    assert (await gateway.get(f"/v1/calls/{ids['call_id']}", headers=bearer(admin))).status_code == 200

"""A settings document read with GET can be sent back with PUT unchanged: its read-only fields
(`updated_at`) are ignored, not refused, and the document stays what it was."""

import pytest

# path, a change that makes the tenant's document differ from the defaults (so updated_at is set)
DOCUMENTS = [
    ("/v1/consent-settings", {"jurisdiction_mode": "strict", "stay_on_line_seconds": 20}),
    ("/v1/transcript-settings", {"refused_segments": "remove", "supervisors_see_full": True}),
    ("/v1/retention-policies", {"default_days": 45, "by_tag": {"vip": 90}}),
    ("/v1/ivr-settings", {"mode": "stay_on_line", "allow_digit": "7"}),
]


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.mark.parametrize(("path", "change"), DOCUMENTS)
async def test_a_document_read_can_be_put_back_unchanged(gateway, tenant_key, path, change):
    headers = _bearer(tenant_key[1])
    first = await gateway.put(path, headers=headers, json=change)
    assert first.status_code == 200, first.text
    read = (await gateway.get(path, headers=headers)).json()
    assert {k: read[k] for k in change} == change
    sent_back = await gateway.put(path, headers=headers, json=read)
    assert sent_back.status_code == 200, sent_back.text
    again = (await gateway.get(path, headers=headers)).json()
    assert {k: v for k, v in again.items() if k != "updated_at"} == \
        {k: v for k, v in read.items() if k != "updated_at"}


@pytest.mark.parametrize(("path", "change"), DOCUMENTS)
async def test_an_unknown_field_is_still_refused(gateway, tenant_key, path, change):
    response = await gateway.put(path, headers=_bearer(tenant_key[1]), json={**change, "updated_by": "me"})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def test_the_oidc_settings_read_can_be_put_back(gateway, tenant_key):
    tenant_id, admin = tenant_key
    path = f"/v1/tenants/{tenant_id}/oidc"
    put = await gateway.put(path, headers=_bearer(admin), json={
        "issuer": "https://login.example.com/", "jwks_url": "https://login.example.com/jwks",
        "audience": "callvault-api", "role_map": {"cc-admins": "tenant_admin"}})
    assert put.status_code == 200, put.text
    read = (await gateway.get(path, headers=_bearer(admin))).json()
    assert "updated_at" in read
    sent_back = await gateway.put(path, headers=_bearer(admin), json=read)
    assert sent_back.status_code == 200, sent_back.text
    assert {k: v for k, v in sent_back.json().items() if k != "updated_at"} == \
        {k: v for k, v in read.items() if k != "updated_at"}

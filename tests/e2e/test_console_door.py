"""The console's door without a browser: sessions, CSRF, what each role is offered, plain http off
loopback (these need no Chromium; tests/e2e/test_console.py drives the pages in one)."""

import httpx

from tests.helpers.support import eventually


async def _signed_in(base: str, secret: str) -> httpx.AsyncClient:
    client = httpx.AsyncClient(base_url=base, timeout=10)
    form = await client.get("/console/sign-in")
    token = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    answer = await client.post("/console/sign-in", data={"api_key": secret, "csrf": token, "next": "/console"},
                               headers={"origin": base})
    assert answer.status_code == 303, answer.text
    return client


async def test_the_console_refuses_forged_state_changes_and_revoked_keys(gateway, tenant_key):
    base = str(gateway.base_url).rstrip("/")
    admin = {"Authorization": f"Bearer {tenant_key[1]}"}
    made = (await gateway.post("/v1/api-keys", headers=admin, json={"label": "x", "roles": ["compliance_officer"]}))
    client = await _signed_in(base, made.json()["secret"])
    try:
        cookie = next(c for c in client.cookies.jar if c.name == "callvault-console")
        assert cookie.has_nonstandard_attr("HttpOnly") and cookie.get_nonstandard_attr("SameSite") == "strict"
        page = await client.get("/console/holds")
        assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
        body = {"matter_id": "forged", "reason": "a page elsewhere"}
        for headers, data in (({"origin": base}, body), ({"origin": "https://evil.example"},
                                                         {**body, "csrf": _csrf(page.text)})):
            forged = await client.post("/console/holds", data=data, headers=headers)
            assert forged.status_code == 403, forged.text
        assert [h for h in (await gateway.get("/v1/legal-holds", headers=admin)).json()["items"]
                if h["matter_id"] == "forged"] == []
        short = await client.post("/console/holds", headers={"origin": base},
                                  data={"matter_id": "m", "reason": "x", "csrf": _csrf(page.text)})
        assert short.status_code == 422 and "reason" in short.text and "text/html" in short.headers["content-type"]
        await gateway.delete(f"/v1/api-keys/{made.json()['id']}", headers=admin)

        async def signed_out() -> bool:
            answer = await client.get("/console/holds")
            return answer.status_code == 303 and answer.headers["location"].startswith("/console/sign-in")
        await eventually(signed_out, timeout=15, what="the revoked key's session sent back to sign in")
    finally:
        await client.aclose()


def _csrf(html: str) -> str:
    return html.split('name="csrf" value="', 1)[1].split('"', 1)[0]


async def test_what_a_page_offers_follows_the_permission_table(gateway, tenant_key):
    base = str(gateway.base_url).rstrip("/")
    admin = {"Authorization": f"Bearer {tenant_key[1]}"}
    pages = {}
    for role in ("compliance_officer", "auditor", "supervisor"):
        made = await gateway.post("/v1/api-keys", headers=admin, json={"label": role, "roles": [role]})
        client = await _signed_in(base, made.json()["secret"])
        pages[role] = await client.get("/console/holds")
        await client.aclose()
    assert 'id="new-hold"' in pages["compliance_officer"].text and 'id="new-hold"' not in pages["auditor"].text
    assert pages["auditor"].status_code == 200 and 'href="/console/holds"' in pages["auditor"].text
    assert pages["supervisor"].status_code == 403 and 'href="/console/holds"' not in pages["supervisor"].text


async def test_sign_in_over_plain_http_is_refused_off_loopback(gateway, tenant_key):
    base = str(gateway.base_url).rstrip("/")
    async with httpx.AsyncClient(base_url=base, timeout=10, headers={"host": "console.example"}) as client:
        token = _csrf((await client.get("/console/sign-in")).text)
        answer = await client.post("/console/sign-in", data={"api_key": tenant_key[1], "csrf": token},
                                   headers={"origin": "http://console.example"})
    assert answer.status_code == 400 and "https" in answer.text
    assert not [c for c in answer.headers.get_list("set-cookie") if c.startswith("callvault-console=")]

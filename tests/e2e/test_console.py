"""The compliance console, used as a person would: a real headless Chromium (Debian's `chromium`, driven
by Playwright) against the running stack. Without Chromium these tests skip and say so.

Each test saves a screenshot of the page it ends on; with CALLVAULT_CONSOLE_SCREENSHOTS=docs/console
they land where the README shows them."""

import os
import shutil
from pathlib import Path
from uuid import uuid4

import httpx
import pytest

from tests.privacy import a_number, call_with, customer, formatted, request
from tests.support import ConsentApi, at, eventually
from tests.transcripts import AGENT, key_with_roles

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
playwright_api = pytest.importorskip("playwright.async_api", reason="the console's browser tests need playwright")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                reason="the console's browser tests need Chromium: apt-get install chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 10_000  # the bound on every wait for the page to show something


@pytest.fixture(scope="module")
async def browser():
    async with playwright_api.async_playwright() as driver:
        launched = await driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        await launched.close()


@pytest.fixture
async def page(browser):
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield page
    await context.close()
    assert not [e for e in errors if "Content Security Policy" in e], errors  # nothing the policy had to block


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("CALLVAULT_CONSOLE_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
async def officer(gateway, tenant_key) -> ConsentApi:
    return ConsentApi(gateway, await key_with_roles(gateway, {"Authorization": f"Bearer {tenant_key[1]}"},
                                                    "compliance_officer"))


async def sign_in(page, base: str, api: ConsentApi, start: str = "/console") -> None:
    await page.goto(base + start)
    await page.get_by_label("API key").fill(api.headers["Authorization"].removeprefix("Bearer "))
    await page.get_by_role("button", name="Sign in").click()
    await page.wait_for_url(base + start, timeout=WAIT_MS)


async def test_an_officer_finds_a_call_by_number_and_sees_a_withdrawal_arrive(page, gateway, api, officer, shots):
    base = str(gateway.base_url).rstrip("/")
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    await sign_in(page, base, officer, "/console/calls")

    await page.get_by_label("Search by").select_option("phone_number")
    await page.get_by_label("Search for").fill(formatted(number))
    await page.get_by_role("button", name="Search").click()
    await page.get_by_role("link", name=call["external_id"]).click()
    record = page.locator("[data-purpose=record]")
    await playwright_api.expect(record).to_have_text("May record", timeout=WAIT_MS)
    await playwright_api.expect(page.locator("#live")).to_have_attribute("data-stream-state", "open",
                                                                          timeout=WAIT_MS)
    await page.screenshot(path=shots / "call.png", full_page=True)

    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": ["recording"], "method": "dtmf", "occurred_at": at(-1)})
    await playwright_api.expect(record).to_have_text("May not record", timeout=WAIT_MS)
    await playwright_api.expect(page.locator(".timeline")).to_contain_text("consent withdrawn")
    await page.screenshot(path=shots / "call-withdrawn.png", full_page=True)


async def test_an_officer_creates_and_releases_a_legal_hold(page, gateway, api, officer, shots):
    base = str(gateway.base_url).rstrip("/")
    call, _ = await call_with(api, customer("cust", a_number()))
    matter = f"M-{uuid4().hex[:8]}"
    await sign_in(page, base, officer, "/console/holds")
    await page.get_by_label("Matter").fill(matter)
    await page.get_by_label("Reason", exact=True).fill("litigation expected")
    await page.get_by_label("Call ids, one a line").fill(call["id"])
    await page.get_by_role("button", name="Create the hold").click()
    row = page.locator("tr", has_text=matter)
    await playwright_api.expect(row).to_contain_text("active", timeout=WAIT_MS)
    await page.screenshot(path=shots / "holds.png", full_page=True)
    holds = (await officer.ok("GET", "/v1/legal-holds"))["items"]
    assert [h["scope"]["call_ids"] for h in holds if h["matter_id"] == matter] == [[call["id"]]]

    await row.get_by_label(f"Reason to release {matter}").fill("matter settled")
    await row.get_by_role("button", name="Release").click()
    await playwright_api.expect(page.locator("tr", has_text=matter)).to_contain_text("released", timeout=WAIT_MS)
    holds = (await officer.ok("GET", "/v1/legal-holds"))["items"]
    assert [h["status"] for h in holds if h["matter_id"] == matter] == ["released"]


async def test_an_officer_answers_a_privacy_request_and_verifies_the_ledger(page, gateway, api, officer, shots):
    base = str(gateway.base_url).rstrip("/")
    number = a_number()
    await call_with(api, customer("cust", number))
    made = await request(officer, "access", {"phone_numbers": [number]})
    await sign_in(page, base, officer, "/console/privacy-requests")
    await page.screenshot(path=shots / "privacy-requests.png", full_page=True)
    await page.locator(f"a[href='/console/privacy-requests/{made['id']}']").click()
    await page.get_by_label("How it was verified").fill("identity document checked")
    await page.get_by_label("Verified by").fill("officer@example.com")
    await page.get_by_role("button", name="Verify and carry out").click()
    status = page.locator("#request-status")
    await playwright_api.expect(status).not_to_have_text("received", timeout=WAIT_MS)
    answer = await officer.ok("GET", f"/v1/privacy-requests/{made['id']}")
    assert answer["verification"]["verified_by"] == "officer@example.com"
    await page.screenshot(path=shots / "privacy-request.png", full_page=True)

    await page.get_by_role("link", name="Evidence").click()
    await page.get_by_role("button", name="Verify the ledger").click()
    await playwright_api.expect(page.locator("#ledger-verdict")).to_contain_text("Verified", timeout=WAIT_MS)
    await page.screenshot(path=shots / "evidence.png", full_page=True)


async def test_the_first_page_and_settings_show_what_an_administrator_may_do(page, gateway, tenant_key, shots):
    base = str(gateway.base_url).rstrip("/")
    admin = ConsentApi(gateway, {"Authorization": f"Bearer {tenant_key[1]}"})
    for _ in range(3):
        await call_with(admin, customer("cust", a_number()))
    await admin.call(AGENT, customer("cust", a_number()))  # no consent: not recording
    await sign_in(page, base, admin)
    await playwright_api.expect(page.get_by_role("heading", name="Next steps")).to_be_visible()
    await playwright_api.expect(page.locator(".card", has_text="Calls").locator(".big")).to_have_text("4")
    await page.screenshot(path=shots / "first-page.png", full_page=True)
    await page.get_by_role("link", name="Settings").click()
    await page.get_by_label("Label").fill("auditor from the console")
    await page.get_by_label("auditor").check()
    await page.get_by_role("button", name="Create the key").click()
    secret = await page.get_by_label("Secret").input_value()
    whoami = await gateway.get("/v1/legal-holds", headers={"Authorization": f"Bearer {secret}"})
    assert whoami.status_code == 200, whoami.text  # an auditor's key: it reads holds
    await page.screenshot(path=shots / "key-created.png", full_page=True)


# --- the security of the door, over plain HTTP (no browser needed) -------------------------------------

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
        await gateway.delete(f"/v1/api-keys/{made.json()['id']}", headers=admin)

        async def signed_out() -> bool:
            answer = await client.get("/console/holds")
            return answer.status_code == 303 and answer.headers["location"].startswith("/console/sign-in")
        await eventually(signed_out, timeout=15, what="the revoked key's session sent back to sign in")
    finally:
        await client.aclose()


def _csrf(html: str) -> str:
    return html.split('name="csrf" value="', 1)[1].split('"', 1)[0]


async def test_sign_in_over_plain_http_is_refused_off_loopback(gateway, tenant_key):
    base = str(gateway.base_url).rstrip("/")
    async with httpx.AsyncClient(base_url=base, timeout=10, headers={"host": "console.example"}) as client:
        token = _csrf((await client.get("/console/sign-in")).text)
        answer = await client.post("/console/sign-in", data={"api_key": tenant_key[1], "csrf": token},
                                   headers={"origin": "http://console.example"})
    assert answer.status_code == 400 and "https" in answer.text
    assert not [c for c in answer.headers.get_list("set-cookie") if c.startswith("callvault-console=")]

"""The compliance console, used as a person would: a real headless Chromium (Debian's `chromium`, driven
by Playwright) against the running stack. Without Chromium these tests skip and say so.

Each test saves a screenshot of the page it ends on; with CALLVAULT_CONSOLE_SCREENSHOTS=docs/console
they land where docs/domains/console.md shows them."""

import asyncio
import base64
import hashlib
import json
import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import quote_plus, urlencode
from uuid import uuid4

import pytest
from aiohttp import web
from joserfc import jwt as jose_jwt
from joserfc.jwk import ECKey

from services.stack.processes import free_port
from tests.helpers.consenting_calls import AGENT
from tests.helpers.data_subjects import a_number, call_with, customer, formatted, request, transcript_of
from tests.helpers.support import ConsentApi, at

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


UNLABELLED = """() => [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button")]
    .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label")
                 && !(e.tagName === "BUTTON" && e.textContent.trim()))
    .map(e => e.outerHTML)"""


async def look(page, shots: Path, name: str) -> None:
    """Every control of the page has a name a screen reader says; then its screenshot."""
    assert await page.evaluate(UNLABELLED) == []
    await page.screenshot(path=shots / f"{name}.png", full_page=True)


async def sign_in(page, base: str, api: ConsentApi, start: str = "/console") -> None:
    """From the page asked for, through the sign-in form, by keyboard."""
    await page.goto(base + start)
    await page.get_by_label("API key").fill(api.headers["Authorization"].removeprefix("Bearer "))
    await page.get_by_label("API key").press("Enter")
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
    verdict = page.locator(f"#verified-{ids['cust']}")
    await page.get_by_role("button", name="Verify the receipt of cust").click()
    await playwright_api.expect(verdict).to_contain_text("signature valid", timeout=WAIT_MS)
    jws = (await officer.ok("GET", f"/v1/calls/{call['id']}/participants/{ids['cust']}/receipt"))["jws"]
    head, claims, signature = jws.split(".")
    forged = ".".join([head, base64.urlsafe_b64encode(base64.urlsafe_b64decode(claims + "==").replace(
        b"dtmf", b"DTMF")).decode().rstrip("="), signature])
    assert await page.evaluate("async jws => (await window.callvaultVerifyJws(jws)).valid", jws) is True
    assert await page.evaluate("async jws => (await window.callvaultVerifyJws(jws)).valid", forged) is False
    await look(page, shots, "call")

    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": ["recording"], "method": "dtmf", "occurred_at": at(-1)})
    await playwright_api.expect(record).to_have_text("May not record", timeout=WAIT_MS)
    await playwright_api.expect(page.locator(".timeline")).to_contain_text("consent withdrawn")
    await look(page, shots, "call-withdrawn")

    for decision, listed in (("may record", False), ("may not record", True)):  # the call, withdrawn
        await page.goto(f"{base}/console/calls")
        await page.get_by_label("Decision").select_option(label=decision)
        await page.get_by_role("button", name="Search").click()
        await page.wait_for_url(re.compile(r"[?&]decision=(true|false)"), timeout=WAIT_MS)
        assert await page.get_by_role("link", name=call["external_id"]).count() == (1 if listed else 0), decision


async def test_an_officer_holds_a_call_reads_its_transcript_with_a_reason_and_releases_the_hold(
        page, gateway, api, officer, shots):
    base = str(gateway.base_url).rstrip("/")
    call, ids = await call_with(api, customer("cust", a_number()))
    card = "4111 1111 1111 1111"
    transcript = await transcript_of(api, call, ids, ("agent-7", "Thanks for calling."), ("cust", f"My card is {card}"))
    matter = f"M-{uuid4().hex[:8]}"
    await sign_in(page, base, officer, "/console/holds")
    await page.get_by_label("Matter").fill(matter)
    await page.get_by_label("Reason", exact=True).fill("litigation expected")
    await page.get_by_label("Call ids, one a line").fill(call["id"])
    await page.get_by_role("button", name="Create the hold").click()
    row = page.locator("tr", has_text=matter)
    await playwright_api.expect(row).to_contain_text("active", timeout=WAIT_MS)
    await look(page, shots, "holds")
    holds = (await officer.ok("GET", "/v1/legal-holds"))["items"]
    assert [h["scope"]["call_ids"] for h in holds if h["matter_id"] == matter] == [[call["id"]]]

    await row.get_by_role("link", name=call["id"][:8]).click()
    await page.get_by_role("link", name="en-US, 2 segments, version 1").click()
    segments = page.locator(".segments")
    await playwright_api.expect(segments).to_contain_text("My card is", timeout=WAIT_MS)
    await playwright_api.expect(segments).not_to_contain_text(card)  # redacted unless a reason is given
    await page.get_by_label("To read the full text, say why (it will be audited)").fill("chargeback dispute 881")
    await page.get_by_role("button", name="Show the full text").click()
    await playwright_api.expect(segments).to_contain_text(card, timeout=WAIT_MS)
    await playwright_api.expect(segments).to_contain_text("cust (customer)")
    await playwright_api.expect(page.get_by_text("Under legal hold")).to_contain_text(matter)
    await playwright_api.expect(page.get_by_text("Retention:")).to_contain_text("starts when the call ends")
    await look(page, shots, "transcript-full")
    audit = await officer.ok("GET", "/v1/audit", params={"transcript_id": transcript["id"]})
    assert "chargeback dispute 881" in [entry["content"]["reason"] for entry in audit["items"]]
    await page.get_by_role("link", name="Legal holds").click()
    row = page.locator("tr", has_text=matter)

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
    await look(page, shots, "privacy-requests")
    await page.locator(f"a[href='/console/privacy-requests/{made['id']}']").click()
    await page.get_by_label("How it was verified").fill("identity document checked")
    await page.get_by_label("Verified by").fill("officer@example.com")
    await page.get_by_role("button", name="Verify and carry out").click()
    status = page.locator("#request-status")
    await playwright_api.expect(status).to_have_text(re.compile("completed"), timeout=30_000)  # the page follows it
    answer = await officer.ok("GET", f"/v1/privacy-requests/{made['id']}")
    assert answer["verification"]["verified_by"] == "officer@example.com"
    await look(page, shots, "privacy-request")

    await page.get_by_role("link", name="Evidence").click()
    await page.get_by_role("button", name="Verify the ledger").click()
    await playwright_api.expect(page.locator("#ledger-verdict")).to_contain_text("Verified", timeout=WAIT_MS)
    await look(page, shots, "evidence")

    trail = (await officer.ok("GET", "/v1/audit", params={"limit": 50}))["items"]
    verified = next(e for e in trail if e["action"].startswith("privacy_request."))
    await page.get_by_label("Who").fill(verified["content"]["actor"])
    await page.get_by_role("button", name="Filter").click()
    await page.wait_for_url(re.compile(r"[?&]actor="), timeout=WAIT_MS)
    rows = page.locator("section[aria-labelledby=audit-h] tbody tr")
    await playwright_api.expect(rows.filter(has_text=verified["action"]).first).to_be_visible(timeout=WAIT_MS)
    whos = await rows.locator("td:nth-child(2)").all_inner_texts()
    assert whos and set(whos) == {verified["content"]["actor"]}


async def test_the_first_page_and_settings_show_what_an_administrator_may_do(page, gateway, tenant_key, shots):
    base = str(gateway.base_url).rstrip("/")
    admin = ConsentApi(gateway, {"Authorization": f"Bearer {tenant_key[1]}"})
    for _ in range(3):
        await call_with(admin, customer("cust", a_number()))
    await admin.call(AGENT, customer("cust", a_number()))  # no consent: not recording
    await sign_in(page, base, admin)
    await playwright_api.expect(page.get_by_role("heading", name="Next steps")).to_be_visible()
    await page.keyboard.press("Tab")  # the first stop: past the navigation, for keyboard and screen-reader users
    await playwright_api.expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    await page.keyboard.press("Enter")
    await playwright_api.expect(page.locator("main")).to_be_focused()
    calls = page.locator(".card", has_text="Calls")
    await playwright_api.expect(calls.locator(".big")).to_have_text("4")
    await playwright_api.expect(calls.locator('meter[aria-label="neither: 1 of 4"]')).to_have_count(1)
    await look(page, shots, "first-page")
    await page.get_by_role("link", name="Settings").click()
    await page.get_by_label("Label").fill("auditor from the console")
    await page.get_by_label("auditor").check()
    await page.get_by_role("button", name="Create the key").click()
    secret = await page.get_by_label("Secret").input_value()
    whoami = await gateway.get("/v1/legal-holds", headers={"Authorization": f"Bearer {secret}"})
    assert whoami.status_code == 200, whoami.text  # an auditor's key: it reads holds
    await look(page, shots, "key-created")
    await page.get_by_role("link", name="Back to settings").click()
    await page.get_by_role("button", name="Revoke auditor from the console").click()
    await playwright_api.expect(page.locator("tr", has_text="auditor from the console")).to_contain_text("revoked")
    refused = await gateway.get("/v1/legal-holds", headers={"Authorization": f"Bearer {secret}"})
    assert refused.status_code == 401
    await page.get_by_label("Seconds on the line after a notice that count as consent (empty: never)").fill("15")
    await page.get_by_role("button", name="Save the consent settings").click()
    await playwright_api.expect(page.locator("dl.pairs")).to_contain_text("15 s")
    assert (await admin.ok("GET", "/v1/consent-settings"))["stay_on_line_seconds"] == 15
    await page.get_by_label("Site name").fill("austin")
    await page.get_by_label("Jurisdiction of its agents").fill("US-TX")
    await page.get_by_role("button", name="Save the site").click()
    site = page.locator("section[aria-labelledby=sites-h] tbody tr", has_text="austin")
    await playwright_api.expect(site).to_contain_text("US-TX", timeout=WAIT_MS)
    assert (await admin.ok("GET", "/v1/agent-sites/austin"))["jurisdiction"] == "US-TX"
    await page.get_by_label("Version").fill("2026-q4")
    await page.get_by_label("Language").fill("en")
    await page.get_by_label("What callers hear").fill("This call is recorded for quality and training.")
    await page.get_by_role("button", name="Create the announcement").click()
    made = page.locator("section[aria-labelledby=announcements-h] tbody tr", has_text="2026-q4")
    await playwright_api.expect(made).to_contain_text("current", timeout=WAIT_MS)
    assert "2026-q4" in [a["version"] for a in await admin.ok("GET", "/v1/announcements")]
    await look(page, shots, "settings")
    await page.get_by_role("link", name="Retention").click()
    await page.get_by_label("Preview a default of").fill("0")
    await page.get_by_role("button", name="Preview").click()
    await playwright_api.expect(page.get_by_role("heading", name="What 0 days would change")).to_be_visible()
    await playwright_api.expect(page.get_by_role("row", name="Proposed")).to_be_visible()
    await look(page, shots, "retention")
    await page.get_by_role("link", name="Calls").click()
    day = (await admin.ok("GET", "/v1/calls", params={"limit": 1}))["items"][0]["started_at"][:10]
    await page.get_by_label("Started on (UTC)").fill(day)
    await page.get_by_role("button", name="Search").click()
    started = page.locator("tbody tr td:nth-child(4)")
    await playwright_api.expect(started.first).to_contain_text(day, timeout=WAIT_MS)
    assert all(text.startswith(day) for text in await started.all_inner_texts())


class IdentityProvider:
    """A tenant's OpenID Connect provider: discovery, an authorization endpoint that signs in at once,
    a token endpoint that checks PKCE as RFC 7636 says (S256), and its keys. Its ID tokens are signed
    with joserfc, another library than the gateway's."""

    def __init__(self, issuer: str, audience: str) -> None:
        self.issuer, self.audience = issuer, audience
        self.key = ECKey.generate_key("P-256", parameters={"kid": "k1"})
        self.codes: dict[str, tuple[str, str, str]] = {}
        self.exchanged: list[str] = []
        self.client_secret: str | None = None  # set: a confidential client must authenticate (HTTP Basic)
        self.token_endpoint = f"{issuer}/token"
        self.padding = ""  # added to the discovery document
        self.dribble_seconds = 0.0  # spent sending whitespace a byte at a time before the document

    async def discovery(self, request: web.Request) -> web.StreamResponse:
        if self.dribble_seconds:  # JSON allows the whitespace: slow, not wrong
            response = web.StreamResponse(headers={"content-type": "application/json"})
            await response.prepare(request)
            deadline = time.monotonic() + self.dribble_seconds
            while time.monotonic() < deadline:
                await response.write(b" ")
                await asyncio.sleep(0.25)
            await response.write(json.dumps(self.document()).encode())
            await response.write_eof()
            return response
        return web.json_response(self.document())

    def document(self) -> dict:
        return {"issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
                "token_endpoint": self.token_endpoint, "jwks_uri": f"{self.issuer}/jwks",
                "service_documentation": self.padding}

    async def authorize(self, request: web.Request) -> web.Response:
        query = request.query
        assert query["response_type"] == "code" and query["client_id"] == self.audience
        assert query["code_challenge_method"] == "S256"
        code = uuid4().hex
        self.codes[code] = (query["code_challenge"], query["nonce"], query["redirect_uri"])
        raise web.HTTPFound(f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}")

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if self.client_secret is not None:  # RFC 6749 2.3.1: each part form-urlencoded, then HTTP Basic
            expected = base64.b64encode(f"{quote_plus(self.audience)}:{quote_plus(self.client_secret)}".encode())
            if request.headers.get("Authorization", "") != f"Basic {expected.decode()}":
                return web.json_response({"error": "invalid_client"}, status=401)
        challenge, nonce, redirect_uri = self.codes.pop(form["code"], ("", "", ""))
        computed = base64.urlsafe_b64encode(hashlib.sha256(form["code_verifier"].encode()).digest()).rstrip(b"=")
        if computed.decode() != challenge or form["redirect_uri"] != redirect_uri:
            return web.json_response({"error": "invalid_grant"}, status=400)
        self.exchanged.append(form["code"])
        now = int(time.time())
        claims = {"iss": self.issuer, "aud": self.audience, "sub": "dana", "name": "Dana Officer", "iat": now,
                  "exp": now + 300, "nonce": nonce, "groups": ["privacy-team"]}
        return web.json_response({"id_token": jose_jwt.encode({"alg": "ES256", "kid": "k1"}, claims, self.key),
                                  "access_token": "opaque", "token_type": "Bearer"})

    async def jwks(self, _: web.Request) -> web.Response:
        return web.json_response({"keys": [self.key.as_dict(private=False)]})


@pytest.fixture
async def identity_provider(gateway, tenant_key):
    port = free_port()
    provider = IdentityProvider(f"http://127.0.0.1:{port}", f"callvault-console-{uuid4().hex[:6]}")
    app = web.Application()
    for path, handler in (("/.well-known/openid-configuration", provider.discovery), ("/authorize",
                          provider.authorize), ("/jwks", provider.jwks)):
        app.router.add_get(path, handler)
    app.router.add_post("/token", provider.token)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    tenant_id, admin = tenant_key
    configured = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers={"Authorization": f"Bearer {admin}"},
                                   json={"issuer": provider.issuer, "jwks_url": f"{provider.issuer}/jwks",
                                         "audience": provider.audience, "roles_claim": "groups",
                                         "role_map": {"privacy-team": "compliance_officer"}})
    assert configured.status_code == 200, configured.text
    try:
        yield provider
    finally:
        await runner.cleanup()


async def test_a_person_signs_in_through_the_tenants_identity_provider(page, gateway, tenant_key,
                                                                       identity_provider):
    base = str(gateway.base_url).rstrip("/")
    tenant = (await gateway.get(f"/v1/tenants/{tenant_key[0]}",
                                headers={"Authorization": f"Bearer {tenant_key[1]}"})).json()
    await page.goto(base + "/console/privacy-requests")
    await page.get_by_label("Organization").fill(tenant["slug"])
    await page.get_by_role("button", name="Sign in with your identity provider").click()
    await page.wait_for_url(base + "/console/privacy-requests", timeout=WAIT_MS)
    await playwright_api.expect(page.locator(".who")).to_contain_text("Dana Officer · compliance_officer")
    assert len(identity_provider.exchanged) == 1  # one code, exchanged once, with the right PKCE verifier


async def test_the_console_is_a_confidential_client_where_the_provider_wants_one(page, gateway, tenant_key,
                                                                                identity_provider):
    base, (tenant_id, admin) = str(gateway.base_url).rstrip("/"), tenant_key
    headers = {"Authorization": f"Bearer {admin}"}
    tenant = (await gateway.get(f"/v1/tenants/{tenant_id}", headers=headers)).json()
    identity_provider.client_secret = "s3cret/with+signs&more"

    async def sign_in_through_provider() -> None:
        await page.goto(base + "/console/privacy-requests")
        await page.get_by_label("Organization").fill(tenant["slug"])
        await page.get_by_role("button", name="Sign in with your identity provider").click()

    await sign_in_through_provider()  # no secret stored: the provider refuses the code exchange
    await playwright_api.expect(page.get_by_role("alert")).to_contain_text("HTTP 401", timeout=WAIT_MS)
    assert identity_provider.exchanged == []

    oidc = (await gateway.get(f"/v1/tenants/{tenant_id}/oidc", headers=headers)).json()
    assert oidc["client_secret_set"] is False and "client_secret" not in oidc
    stored = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=headers,
                               json={**oidc, "client_secret": identity_provider.client_secret})
    assert stored.status_code == 200, stored.text
    assert stored.json()["client_secret_set"] is True and identity_provider.client_secret not in stored.text
    again = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=headers, json=stored.json())  # GET, PUT back
    assert again.status_code == 200 and again.json()["client_secret_set"] is True  # the secret is kept

    await sign_in_through_provider()
    await page.wait_for_url(base + "/console/privacy-requests", timeout=WAIT_MS)
    await playwright_api.expect(page.locator(".who")).to_contain_text("Dana Officer · compliance_officer")
    assert len(identity_provider.exchanged) == 1

    removed = await gateway.put(f"/v1/tenants/{tenant_id}/oidc", headers=headers, json={**oidc, "client_secret": ""})
    assert removed.status_code == 200 and removed.json()["client_secret_set"] is False


@pytest.mark.parametrize("answer", ["a token endpoint inside the network", "an oversized discovery document",
                                    "a discovery document sent a byte at a time"])
async def test_the_console_asks_no_identity_provider_for_what_it_must_not(page, gateway, tenant_key,
                                                                        identity_provider, answer):
    """The tenant names its provider's addresses: the console reaches none inside the network callvault runs
    in (the address checks of outbound webhooks), reads no answer past 64 KiB, and waits 5 s at most for one."""
    base, (tenant_id, admin) = str(gateway.base_url).rstrip("/"), tenant_key
    tenant = (await gateway.get(f"/v1/tenants/{tenant_id}", headers={"Authorization": f"Bearer {admin}"})).json()
    if answer == "a token endpoint inside the network":
        identity_provider.token_endpoint = "https://10.20.30.40/token"
        expected = "its token endpoint is refused: 10.20.30.40 resolves to a private, reserved or loopback address"
    elif answer == "an oversized discovery document":
        identity_provider.padding = "x" * 70_000
        expected = "its discovery document could not be read"
    else:  # whole within 8 s, each byte within 0.25 s: only a deadline on the whole answer stops it
        identity_provider.dribble_seconds = 8
        expected = "its discovery document could not be read"
    await page.goto(base + "/console/privacy-requests")
    await page.get_by_label("Organization").fill(tenant["slug"])
    await page.get_by_role("button", name="Sign in with your identity provider").click()
    await playwright_api.expect(page.get_by_role("alert")).to_contain_text(expected, timeout=WAIT_MS)
    assert identity_provider.exchanged == []

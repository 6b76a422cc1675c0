"""The console's sealed session cookie and its CSRF tokens: pure logic."""

import time

from starlette.requests import Request

from services.common.crypto.fields import generate_master_key
from services.gateway.console.routes import safe_next
from services.gateway.console.session import (
    LOOPBACK_COOKIE,
    LOOPBACK_PRE_COOKIE,
    SECURE_COOKIE,
    SECURE_PRE_COOKIE,
    Session,
    Sessions,
)


def session(expires_in: int = 60) -> Session:
    return Session("cvk_secret", "t-1", "api-key:1", frozenset({"auditor"}), "key cvk_", int(time.time()) + expires_in)


def test_a_sealed_session_opens_only_unchanged_unexpired_and_under_its_own_key():
    sessions, signed_in = Sessions(generate_master_key(), None), session()
    sealed = sessions.seal(signed_in)
    assert sessions.open(sealed) == signed_in
    assert "cvk_secret" not in sealed  # sealed, not merely signed
    flipped = sealed[:20] + ("A" if sealed[20] != "A" else "B") + sealed[21:]
    for bad in (flipped, sealed[:-2], "", None, "x" * 10_000, "not base64 !!"):
        assert sessions.open(bad) is None, bad
    assert sessions.open(sessions.seal(session(expires_in=-1))) is None
    assert Sessions(generate_master_key(), None).open(sealed) is None


def test_a_csrf_token_belongs_to_one_cookie():
    sessions = Sessions(generate_master_key(), None)
    token = sessions.csrf_token("cookie-a")
    assert sessions.csrf_valid("cookie-a", token)
    altered = token[:-1] + ("1" if token.endswith("0") else "0")
    for cookie, offered in (("cookie-b", token), ("cookie-a", altered), (None, token), ("cookie-a", None),
                            ("cookie-a", "")):
        assert not sessions.csrf_valid(cookie, offered)


def test_after_sign_in_only_a_console_page_of_this_origin():
    for target, expected in (("/console/calls?q=1", "/console/calls?q=1"), ("//evil.example/console", "/console"),
                             ("https://evil.example/console", "/console"), ("/docs", "/console"),
                             ("/console\\\\evil", "/console"), (None, "/console"), ("", "/console")):
        assert safe_next(target) == expected, target


def test_cookies_are_host_prefixed_and_secure_when_the_browser_is_on_https():
    for scheme, public, names in (("https", None, (SECURE_COOKIE, SECURE_PRE_COOKIE)),
                                  ("http", "https://console.example", (SECURE_COOKIE, SECURE_PRE_COOKIE)),
                                  ("http", "http://127.0.0.1:8080", (LOOPBACK_COOKIE, LOOPBACK_PRE_COOKIE)),
                                  ("http", None, (LOOPBACK_COOKIE, LOOPBACK_PRE_COOKIE))):
        sessions = Sessions(generate_master_key(), public)
        request = Request({"type": "http", "scheme": scheme, "server": ("127.0.0.1", 8080), "path": "/console",
                           "query_string": b"", "headers": []})
        assert sessions.cookie_names(request) == names, (scheme, public)
        assert sessions.served_securely(request) is (names[0] == SECURE_COOKIE)

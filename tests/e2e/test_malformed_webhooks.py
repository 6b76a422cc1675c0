"""A hostile or broken sender gets a 4xx problem, never a 500: malformed signatures, bodies that are
not UTF-8, and bad headers of every provider."""

import hashlib
import json
import time
from datetime import UTC, datetime

import jwt
import pytest
from standardwebhooks import Webhook

from tests.helpers.signed_webhooks import Phone, call_sid, telnyx_body, twilio_status


def _standard_headers(phone: Phone, raw: bytes, **override: str) -> dict:
    at = datetime.now(UTC)
    signature = Webhook(phone.standard["secret"]).sign("msg_1", at, raw.decode("latin-1"))
    return {"content-type": "application/json", "webhook-id": "msg_1", "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": signature, **override}


def _vonage_token(phone: Phone, raw: bytes, **claims) -> str:
    return jwt.encode({"iat": int(time.time()), "payload_hash": hashlib.sha256(raw).hexdigest(),
                       "api_key": phone.vonage["api_key"], **claims}, phone.vonage["signature_secret"],
                      algorithm="HS256")


STANDARD_BODY = json.dumps({"type": "call.ended", "call_id": "c1"}).encode()
NOT_UTF8 = b'{"type": "call.ended", "call_id": "\xff\xfe"}'

# (name, provider, how to build (headers, body) from the phone)
CASES = [
    ("standard: a signature without a version", "standard",
     lambda p: (_standard_headers(p, STANDARD_BODY, **{"webhook-signature": "garbage"}), STANDARD_BODY)),
    ("standard: a signature with two commas", "standard",
     lambda p: (_standard_headers(p, STANDARD_BODY, **{"webhook-signature": "v1,a,b"}), STANDARD_BODY)),
    ("standard: a signature that is not base64", "standard",
     lambda p: (_standard_headers(p, STANDARD_BODY, **{"webhook-signature": "v1,!!!"}), STANDARD_BODY)),
    ("standard: a signature with non-ASCII characters", "standard",
     lambda p: (_standard_headers(p, STANDARD_BODY, **{"webhook-signature": "v1,\u00e9\u00e9"}), STANDARD_BODY)),
    ("standard: a timestamp that is not a number", "standard",
     lambda p: (_standard_headers(p, STANDARD_BODY, **{"webhook-timestamp": "soon"}), STANDARD_BODY)),
    ("standard: a body that is not UTF-8", "standard", lambda p: (_standard_headers(p, NOT_UTF8), NOT_UTF8)),
    ("standard: a signed body that is not JSON", "standard",
     lambda p: (_standard_headers(p, b"not json"), b"not json")),
    ("twilio: a signature with non-ASCII characters", "twilio",
     lambda p: ({"content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "\u00e9t\u00e9"},
                b"CallSid=CA1&CallStatus=completed")),
    ("twilio: a form that is not UTF-8", "twilio",
     lambda p: ({"content-type": "application/x-www-form-urlencoded", "x-twilio-signature": "abc"},
                b"CallSid=CA\xff&CallStatus=completed")),
    ("twilio: a JSON body with a signature that is not ASCII", "twilio",
     lambda p: ({"content-type": "application/json", "x-twilio-signature": "\u00e9"}, b"\xff\xfe")),
    ("telnyx: a timestamp of superscript digits", "telnyx",
     lambda p: ({"content-type": "application/json", "telnyx-timestamp": "\u00b2\u00b3",
                 "telnyx-signature-ed25519": "AAAA"}, b"{}")),
    ("telnyx: a timestamp of five thousand digits", "telnyx",
     lambda p: ({"content-type": "application/json", "telnyx-timestamp": "9" * 5000,
                 "telnyx-signature-ed25519": "AAAA"}, b"{}")),
    ("telnyx: a signature that is not base64", "telnyx",
     lambda p: ({"content-type": "application/json", "telnyx-timestamp": str(int(time.time())),
                 "telnyx-signature-ed25519": "\u00e9!!"}, b"{}")),
    ("vonage: a bearer token that is not a JWT", "vonage",
     lambda p: ({"content-type": "application/json", "authorization": "Bearer \u00e9.\u00e9.\u00e9"}, b"{}")),
    ("vonage: a JWT whose iat is not a number", "vonage",
     lambda p: ({"content-type": "application/json", "authorization": "Bearer " + _vonage_token(p, b"{}", iat="x")},
                b"{}")),
    ("vonage: a signed body that is not UTF-8", "vonage",
     lambda p: ({"content-type": "application/json", "authorization": "Bearer " + _vonage_token(p, NOT_UTF8)},
                NOT_UTF8)),
]


@pytest.mark.parametrize(("name", "provider", "build"), CASES, ids=[c[0] for c in CASES])
async def test_a_malformed_webhook_is_a_4xx_problem(phone: Phone, name, provider, build):
    headers, body = build(phone)
    encoded = {k: v.encode("utf-8") if any(ord(ch) > 127 for ch in v) else v for k, v in headers.items()}
    response = await phone.client.post(phone.url(provider), content=body, headers=encoded)
    assert response.status_code in (400, 401), (name, response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/problem+json"), name


async def test_well_formed_webhooks_still_pass(phone: Phone):
    assert (await phone.standard_event({"type": "call.ended", "call_id": "c-ok"})).status_code == 200
    assert (await phone.twilio_form(twilio_status(call_sid(), "completed", 3))).status_code == 200
    assert (await phone.telnyx_event(telnyx_body("call.hangup", "v3:ok"))).status_code == 200

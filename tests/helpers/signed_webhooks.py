"""Senders of signed telephony webhooks, each signing as its provider does: Twilio with Twilio's own
`RequestValidator`, Standard Webhooks with the `standardwebhooks` reference implementation, Telnyx
(Ed25519 over `{timestamp}|{body}`) and Vonage (an HS256 JWT with the body's SHA-256) by their
documented schemes."""

import base64
import hashlib
import json
import secrets
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlencode
from uuid import uuid4

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from standardwebhooks import Webhook
from twilio.request_validator import RequestValidator

from tests.helpers.support import eventually

DIAL_TARGET = "+14155550199"


def twilio_config() -> dict:
    return {"account_sid": "AC" + secrets.token_hex(16), "auth_token": secrets.token_hex(16),
            "agent_side": "to", "dial_target": DIAL_TARGET}


def telnyx_keys() -> tuple[Ed25519PrivateKey, dict]:
    private = Ed25519PrivateKey.generate()
    public = base64.b64encode(private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()
    return private, {"public_key": public, "api_key": "KEY" + secrets.token_hex(12), "agent_side": "to",
                     "dial_target": DIAL_TARGET}


def vonage_config() -> dict:
    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()
    return {"api_key": secrets.token_hex(4), "application_id": str(uuid4()), "private_key": private_key,
            "signature_secret": secrets.token_urlsafe(24), "agent_side": "to", "dial_target": DIAL_TARGET}


def standard_config() -> dict:
    return {"secret": "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode(), "agent_side": "to"}


@dataclass
class Phone:
    """A tenant with all four providers configured, and a client that posts as each of them."""

    client: httpx.AsyncClient  # the gateway, no credentials
    admin: httpx.AsyncClient  # the gateway, as the tenant's administrator
    slug: str
    base_url: str  # what the providers are told (CALLVAULT_PUBLIC_BASE_URL)
    twilio: dict
    telnyx: dict
    telnyx_key: Ed25519PrivateKey
    vonage: dict
    standard: dict
    sent: list = field(default_factory=list)

    def url(self, provider: str, step: str = "", query: str = "") -> str:
        path = f"/v1/webhooks/{provider}/{self.slug}" + (f"/{step}" if step else "")
        return path + (f"?{query}" if query else "")

    async def twilio_form(self, params: dict, *, step: str = "", query: str = "", token: str | None = None,
                          signed_url: str | None = None, headers: dict | None = None) -> httpx.Response:
        path = self.url("twilio", step, query)
        signature = RequestValidator(token or self.twilio["auth_token"]).compute_signature(
            signed_url or self.base_url + path, params)
        return await self.client.post(path, data=params, headers={"X-Twilio-Signature": signature,
                                                                   **(headers or {})})

    async def telnyx_event(self, body: dict | bytes, *, at: float | None = None, key: Ed25519PrivateKey | None = None,
                           step: str = "", query: str = "", tamper: bytes | None = None,
                           content_type: str = "application/json") -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        timestamp = str(int(time.time() if at is None else at))
        signature = (key or self.telnyx_key).sign(timestamp.encode() + b"|" + raw)
        return await self.client.post(self.url("telnyx", step, query), content=tamper or raw, headers={
            "content-type": content_type, "telnyx-timestamp": timestamp,
            "telnyx-signature-ed25519": base64.b64encode(signature).decode()})

    async def texml_form(self, params: dict, *, step: str, query: str = "") -> httpx.Response:
        """TeXML's callbacks: forms shaped like Twilio's, signed as every Telnyx webhook is."""
        return await self.telnyx_event(urlencode(params).encode(), step=step, query=query,
                                       content_type="application/x-www-form-urlencoded")

    async def vonage_event(self, body: dict | bytes, *, step: str = "", query: str = "", iat: float | None = None,
                           secret: str | None = None, tamper: bytes | None = None,
                           api_key: str | None = None) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        token = jwt.encode({"iat": int(time.time() if iat is None else iat), "jti": str(uuid4()), "iss": "Vonage",
                            "payload_hash": hashlib.sha256(raw).hexdigest(),
                            "api_key": api_key or self.vonage["api_key"],
                            "application_id": self.vonage["application_id"]},
                           secret or self.vonage["signature_secret"], algorithm="HS256")
        return await self.client.post(self.url("vonage", step, query), content=tamper or raw, headers={
            "content-type": "application/json", "authorization": f"Bearer {token}"})

    async def standard_event(self, body: dict | bytes, *, message_id: str | None = None, at: datetime | None = None,
                             secret: str | None = None, tamper: bytes | None = None) -> httpx.Response:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        message_id = message_id or f"msg_{uuid4().hex}"
        at = at or datetime.now(UTC)
        signature = Webhook(secret or self.standard["secret"]).sign(message_id, at, raw.decode())
        return await self.client.post(self.url("standard"), content=tamper or raw, headers={
            "content-type": "application/json", "webhook-id": message_id,
            "webhook-timestamp": str(int(at.timestamp())), "webhook-signature": signature})


def twilio_status(call_sid: str, status: str, sequence: int, **extra: str) -> dict:
    return {"AccountSid": "AC" + "0" * 32, "CallSid": call_sid, "CallStatus": status, "Direction": "inbound",
            "From": "+14155550100", "To": "+14155550142", "SequenceNumber": str(sequence),
            "Timestamp": datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"), "ApiVersion": "2010-04-01",
            **extra}


def telnyx_body(event_type: str, control_id: str, **payload: object) -> dict:
    return {"data": {"record_type": "event", "event_type": event_type, "id": str(uuid4()),
                     "occurred_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
                     "payload": {"call_control_id": control_id, "call_leg_id": str(uuid4()),
                                 "call_session_id": str(uuid4()), "connection_id": "1234567890",
                                 "from": "+14155550100", "to": "+14155550142", "direction": "incoming",
                                 "state": "parked", **payload}},
            "meta": {"attempt": 1, "delivered_to": "https://example.com/webhooks"}}


def vonage_body(conversation: str, status: str | None = None, **extra: object) -> dict:
    body = {"uuid": str(uuid4()), "conversation_uuid": conversation, "from": "14155550100", "to": "14155550142",
            "direction": "inbound", "timestamp": datetime.now(UTC).isoformat().replace("+00:00", "Z"), **extra}
    if status:
        body["status"] = status
    return body


def call_sid() -> str:
    return "CA" + secrets.token_hex(16)


async def drained(phone: Phone) -> None:
    """Wait until every webhook the tenant's gateway acknowledged has been applied, and the transcripts
    they carried handed to the transcripts service."""
    async def empty() -> bool:
        inbox = await phone.admin.get("/v1/webhook-inbox")
        assert inbox.status_code == 200, inbox.text
        return inbox.json()["pending"] == 0 and inbox.json()["transcripts_waiting"] == 0

    await eventually(empty, 60, what="the webhook inbox drained")


async def calls_named(phone: Phone, provider: str, external_id: str) -> list[dict]:
    await drained(phone)
    response = await phone.admin.get("/v1/calls", params={"provider": provider, "external_id": external_id})
    assert response.status_code == 200, response.text
    return response.json()["items"]


async def events_of(phone: Phone, provider: str, external_id: str) -> list[dict]:
    [call] = await calls_named(phone, provider, external_id)
    return (await phone.admin.get(f"/v1/calls/{call['id']}/events")).json()

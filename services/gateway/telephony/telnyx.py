"""Telnyx: an Ed25519 signature (`telnyx-signature-ed25519`, base64) over `{timestamp}|{body}`, with
the timestamp in `telnyx-timestamp`, checked against the account's public key; a timestamp more
than 5 minutes from now is refused. Call Control events arrive as JSON; the TeXML IVR's callbacks
as forms shaped like Twilio's, and answered with the same markup.
"""

import base64
import binascii
import json
import time

from cryptography.exceptions import InvalidSignature as BadSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.parsing import (
    iso,
    key_press,
    number,
    recording_id,
    unnamed_recording,
    within_window,
)
from services.gateway.telephony.schemas import IvrSettings

USED = {"call.initiated", "call.answered", "call.hangup", "call.gather.ended", "call.recording.saved",
        "call.recording.started", "call.recording.stopped", "call.recording.error"}


def verify(config: dict, seen: Seen, now: float | None = None) -> None:
    signature, timestamp = seen.headers.get("telnyx-signature-ed25519"), seen.headers.get("telnyx-timestamp")
    if not signature or not timestamp:
        raise InvalidSignature("telnyx-signature-ed25519 and telnyx-timestamp are both needed")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise InvalidSignature("telnyx-timestamp is not a Unix time")
    within_window(int(timestamp), time.time() if now is None else now)
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(config["public_key"]))
        key.verify(base64.b64decode(signature, validate=True), timestamp.encode() + b"|" + seen.body)
    except (BadSignature, binascii.Error, ValueError) as exc:
        raise InvalidSignature("telnyx-signature-ed25519 does not match the body and timestamp") from exc


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    try:
        document = json.loads(seen.body)
        data = document["data"]
        event_type, event_id, payload = data["event_type"], data["id"], data["payload"]
    except (ValueError, KeyError, TypeError) as exc:
        raise MalformedWebhook("expected Telnyx's {\"data\": {\"event_type\", \"id\", \"payload\"}}") from exc
    if not isinstance(payload, dict) or not isinstance(event_id, str):
        raise MalformedWebhook("data.payload must be an object and data.id a string")
    if event_type not in USED:
        return Inbound(f"event:{event_id}", None, ignored=str(event_type))
    control_id = payload.get("call_control_id")
    if not isinstance(control_id, str) or not control_id:
        raise MalformedWebhook("data.payload.call_control_id is missing")
    direction = "inbound" if payload.get("direction", "incoming") in ("incoming", "inbound") else "outbound"
    leg = CallLeg(control_id, direction, number(payload.get("from")), number(payload.get("to")))
    at = iso(data.get("occurred_at"))
    key = f"event:{event_id}"
    match event_type:
        case "call.answered":
            return Inbound(key, leg, [Happening("call_answered", at)])
        case "call.hangup":
            return Inbound(key, leg, [Happening("call_ended", at)])
        case "call.gather.ended":
            digits = str(payload.get("digits") or "")
            return Inbound(key, leg, key_press(ivr, digits, at, None) if ivr and digits else [], digits=digits)
        case "call.recording.started":
            return Inbound(key, leg, [Happening("recording_started", at)])
        case "call.recording.saved":
            return Inbound(key, leg, [Happening("recording_stopped", at)],
                           recording=recording_id(payload.get("recording_id")) or unnamed_recording(key))
        case "call.recording.stopped" | "call.recording.error":
            return Inbound(key, leg, [Happening("recording_stopped", at)])
    return Inbound(key, leg)  # initiated: the call exists from now on

"""Vonage: a JWT in `Authorization: Bearer`, HS256 with the account's signature secret, whose
`payload_hash` is the SHA-256 of the body and whose `api_key` is the tenant's; an `iat` more than 5
minutes from now is refused. Calls are named by their conversation UUID (recording callbacks carry no
leg UUID). The IVR answers in NCCO.
"""

import hashlib
import hmac
import math
import time

import jwt

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.parsing import (
    iso,
    json_body,
    key_press,
    number,
    recording_id,
    unnamed_recording,
    within_window,
)
from services.gateway.telephony.schemas import IvrSettings

ENDED = {"completed", "busy", "cancelled", "failed", "rejected", "timeout", "unanswered"}
STARTED = {"started", "ringing", "answered"}


def verify(config: dict, seen: Seen, now: float | None = None) -> None:
    header = seen.headers.get("authorization", "")
    if not header.lower().startswith("bearer "):
        raise InvalidSignature("Authorization: Bearer <signed JWT> is missing")
    try:
        claims = jwt.decode(header[7:].strip(), config["signature_secret"], algorithms=["HS256"],
                            options={"require": ["iat", "payload_hash"], "verify_iat": False})
    except jwt.PyJWTError as exc:
        raise InvalidSignature(f"the JWT does not verify with the signature secret: {exc}") from exc
    if not isinstance(claims["iat"], int | float) or not math.isfinite(claims["iat"]):
        raise InvalidSignature("the JWT's iat is not a number")
    within_window(claims["iat"], time.time() if now is None else now)
    if not hmac.compare_digest(str(claims["payload_hash"]), hashlib.sha256(seen.body).hexdigest()):
        raise InvalidSignature("the JWT's payload_hash is not the body's SHA-256")
    if str(claims.get("api_key", config["api_key"])) != config["api_key"]:
        raise InvalidSignature("the JWT was issued for another Vonage account")


def document_of(seen: Seen) -> dict:
    document = json_body(seen)
    if not isinstance(document, dict):
        raise MalformedWebhook("the body must be a JSON object")
    return document


def call_leg(document: dict) -> CallLeg:
    conversation = document.get("conversation_uuid")
    if not isinstance(conversation, str) or not conversation:
        raise MalformedWebhook("conversation_uuid is missing")
    direction = "outbound" if document.get("direction") == "outbound" else "inbound"
    return CallLeg(conversation, direction, number(_plus(document.get("from"))), number(_plus(document.get("to"))))


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    """An event webhook: call status, DTMF input, or a finished recording."""
    document = document_of(seen)
    leg = call_leg(document)
    at = iso(document.get("timestamp"))
    if recording := document.get("recording_uuid"):
        key = f"recording:{recording}"
        return Inbound(key, leg, [Happening("recording_stopped", iso(document.get("end_time")))],
                       recording=_file_id(document.get("recording_url")) or unnamed_recording(key))
    if isinstance(dtmf := document.get("dtmf"), dict):
        digits = str(dtmf.get("digits") or "")
        return Inbound(f"{leg.external_id}:dtmf:{document.get('uuid', '')}", leg,
                       key_press(ivr, digits, at, None) if ivr and digits else [], digits=digits)
    status = document.get("status")
    key = f"{leg.external_id}:{document.get('uuid', '')}:{status}"
    if status in ENDED:
        return Inbound(key, leg, [Happening("call_ended", at)])
    if status == "answered":  # each leg's; the earliest is the call's start
        return Inbound(key, leg, [Happening("call_answered", at)])
    if status in STARTED:
        return Inbound(key, leg)
    return Inbound(key, leg, ignored=f"status {status}")


def _file_id(url: object) -> str | None:
    """The recording is a file of the Media API (`.../v1/files/<id>`): its id only, so that deleting it goes
    to the configured API and never to a URL a webhook chose."""
    if not isinstance(url, str) or "/v1/files/" not in url:
        return None
    return recording_id(url.split("?", 1)[0].rstrip("/").rsplit("/", 1)[1])


def _plus(value: object) -> str | None:
    """Vonage writes numbers without the plus."""
    if isinstance(value, str) and value.isdigit():
        return "+" + value
    return value if isinstance(value, str) else None


# --- the consent IVR, in NCCO --------------------------------------------------------------------
def ask(text: str, language: str, prompt: str, input_url: str, ivr: IvrSettings) -> list[dict]:
    return [
        {"action": "talk", "text": f"{text} {prompt}", "language": _vonage_language(language), "bargeIn": True},
        {"action": "input", "type": ["dtmf"], "dtmf": {"maxDigits": 1, "timeOut": ivr.gather_timeout_seconds},
         "eventUrl": [input_url], "eventMethod": "POST"},
    ]


def stay_wait(delay_seconds: int) -> int:
    """The wait the stay-on-line markup asks for: NCCO has no pause, and an input's timeout is 1-10 s,
    so a longer delay is not waited (the decision at `continue` then still says not yet)."""
    return max(1, min(delay_seconds, 10))


def input_timed_out(document: dict) -> bool:
    """Whether an input action ended by its timeout (not by a key the caller pressed)."""
    dtmf = document.get("dtmf")
    return isinstance(dtmf, dict) and dtmf.get("timed_out") is True


def announce_then_continue(text: str, language: str, delay_seconds: int, continue_url: str) -> list[dict]:
    """NCCO has no pause: the input action's timeout is the wait."""
    return [
        {"action": "talk", "text": text, "language": _vonage_language(language)},
        {"action": "input", "type": ["dtmf"], "dtmf": {"maxDigits": 1, "timeOut": stay_wait(delay_seconds)},
         "eventUrl": [continue_url], "eventMethod": "POST"},
    ]


def dial(target: str, record: bool, event_url: str) -> list[dict]:
    ncco: list[dict] = []
    if record:
        ncco.append({"action": "record", "eventUrl": [event_url], "eventMethod": "POST", "split": "conversation",
                     "channels": 2})
    endpoint = ({"type": "sip", "uri": target} if target.startswith("sip:")
                else {"type": "phone", "number": target.lstrip("+")})
    ncco.append({"action": "connect", "endpoint": [endpoint]})
    return ncco


def _vonage_language(language: str) -> str:
    """Vonage wants a region: en-US, de-DE."""
    if "-" in language:
        return language
    return {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL",
            "pt": "pt-PT"}.get(language, "en-US")

"""Twilio: `X-Twilio-Signature` over the URL and the sorted form parameters (JSON bodies: over the
URL, with the body's SHA-256 in its `bodySHA256` parameter), checked by Twilio's own validator.

Twilio signs no timestamp: a replay is caught by deduplication on what identifies the callback
(call sid, status, sequence number, recording sid).
"""

import hmac
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qsl

from starlette.datastructures import FormData
from twilio.request_validator import RequestValidator
from twilio.twiml.voice_response import Dial, Gather, VoiceResponse

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.parsing import client_identity, key_press, number, recording_id, rfc2822
from services.gateway.telephony.schemas import IvrSettings

ENDED = {"completed", "busy", "failed", "no-answer", "canceled"}
CALL_STATUSES = ENDED | {"queued", "initiated", "ringing", "in-progress"}
RECORDING = {"in-progress": "recording_started", "paused": "recording_paused", "completed": "recording_stopped",
             "stopped": "recording_stopped", "absent": "recording_stopped", "failed": "recording_stopped"}


def parse_form(body: bytes) -> FormData:
    try:
        return FormData(parse_qsl(body.decode(), keep_blank_values=True, strict_parsing=bool(body)))
    except (UnicodeDecodeError, ValueError) as exc:
        raise MalformedWebhook("the body is not a form (application/x-www-form-urlencoded)") from exc


def verify(config: dict, seen: Seen) -> None:
    signature = seen.headers.get("x-twilio-signature")
    if not signature:
        raise InvalidSignature("X-Twilio-Signature is missing")
    if not signature.isascii():  # a signature is base64; the comparisons below would raise on anything else
        raise InvalidSignature("X-Twilio-Signature is not base64")
    validator = RequestValidator(config["auth_token"])
    if seen.form is not None and hmac.compare_digest(validator.compute_signature(seen.url, seen.form), signature):
        return  # the URL as configured: one signature computed (the validator always tries two)
    params = seen.form if seen.form is not None else seen.body.decode("utf-8", "replace")
    if not validator.validate(seen.url, params, signature):  # with and without the port; JSON bodies
        raise InvalidSignature("X-Twilio-Signature does not match this URL and body (is CALLVAULT_PUBLIC_BASE_URL "
                               "the address Twilio calls?)")


def call_leg(form: FormData) -> CallLeg:
    sid = form.get("CallSid")
    if not sid:
        raise MalformedWebhook("CallSid is missing")
    direction = "inbound" if form.get("Direction", "inbound") == "inbound" else "outbound"
    sent_from, sent_to = _str(form, "From"), _str(form, "To")
    return CallLeg(str(sid), direction, number(sent_from), number(sent_to), client_identity(sent_from),
                   client_identity(sent_to))


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    """A status callback of the call, of a recording, or a `<Gather>` result."""
    form = seen.form if seen.form is not None else FormData()
    leg = call_leg(form)
    at = rfc2822(_str(form, "Timestamp"))
    if recording_status := _str(form, "RecordingStatus"):
        kind = RECORDING.get(recording_status)
        key = f"{leg.external_id}:recording:{form.get('RecordingSid', '')}:{recording_status}"
        if kind is None:
            return Inbound(key, leg, ignored=f"recording {recording_status}")
        kept = recording_id(form.get("RecordingSid")) if recording_status != "absent" else None
        return Inbound(key, leg, [Happening(kind, at)], recording=kept)
    if (digits := _str(form, "Digits")) is not None:
        happenings = key_press(ivr, digits, at, None) if ivr and digits else []
        return Inbound(f"{leg.external_id}:digits", leg, happenings, digits=digits)
    status = _str(form, "CallStatus")
    key = f"{leg.external_id}:{status}:{form.get('SequenceNumber', '')}"
    if status not in CALL_STATUSES:
        return Inbound(key, leg, ignored=f"call status {status}")
    if status == "in-progress":  # answered: the instant transcript offsets count from
        return Inbound(key, leg, [Happening("call_answered", at)])
    return Inbound(key, leg, [Happening("call_ended", last_instant_of(at))] if status in ENDED else [])


def last_instant_of(at: datetime) -> datetime:
    """Twilio's `Timestamp` is whole seconds: the call ended somewhere in that second, and often after
    an event callvault timed to the microsecond (a recording stopped as the caller hung up). Its last
    instant, never later than now, keeps the end after them: at the second's start it would be refused
    as out of order, and the call would never end."""
    if at.microsecond:
        return at
    return min(at + timedelta(seconds=1, microseconds=-1), datetime.now(UTC))


def _str(form: FormData, name: str) -> str | None:
    value = form.get(name)
    return value if isinstance(value, str) else None


# --- the consent IVR, in TwiML (Telnyx's TeXML reads the same) ------------------------------------
def ask(text: str, language: str, prompt: str, gather_url: str, ivr: IvrSettings) -> str:
    """Play the announcement, ask for one key; without an answer, go on to the gather URL anyway."""
    response = VoiceResponse()
    gather = Gather(num_digits=1, action=gather_url, method="POST", timeout=ivr.gather_timeout_seconds)
    gather.say(text, language=language)
    gather.say(prompt, language=language)
    response.append(gather)
    response.redirect(gather_url, method="POST")
    return str(response)


def stay_wait(delay_seconds: int) -> int:
    """The wait the stay-on-line markup asks for: a Pause of the whole delay."""
    return delay_seconds


def announce_then_continue(text: str, language: str, delay_seconds: int, continue_url: str) -> str:
    """Stay on the line: announce, wait the delay, then continue (and be dialled)."""
    response = VoiceResponse()
    response.say(text, language=language)
    if delay_seconds:
        response.pause(length=delay_seconds)
    response.redirect(continue_url, method="POST")
    return str(response)


def dial(target: str, record: bool, status_url: str) -> str:
    """Connect the caller; recorded only when the decision allows it, with recording callbacks back
    to callvault."""
    response = VoiceResponse()
    if record:
        dial_verb = Dial(record="record-from-answer-dual", recording_status_callback=status_url,
                         recording_status_callback_event="in-progress completed absent")
    else:
        dial_verb = Dial(record="do-not-record")
    if target.startswith("sip:"):
        dial_verb.sip(target)
    else:
        dial_verb.number(target)
    response.append(dial_verb)
    return str(response)

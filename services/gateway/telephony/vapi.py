"""Vapi's server messages (`{"message": {"type", "call", ...}}`), signed by an HMAC credential the
tenant creates at Vapi (its `HMACAuthenticationPlan`) with: algorithm `sha256`, signature header
`x-vapi-signature`, timestamp header `x-vapi-timestamp`, timestamp included, payload format
`{timestamp}.{body}`, hex encoding, no prefix; the timestamp (seconds or milliseconds since the epoch)
at most 5 minutes from now. Vapi's SDKs ship no verifier: this is its documented scheme.

The AI that speaks for the tenant is a `virtual_agent` participant; the caller is the customer.
`status-update` with `in-progress` is the answer, with `ended` the hang-up, as is `end-of-call-report`
(whose `startedAt` is the answer too: the earliest answer counts);
other messages are acknowledged and not used. A call's `compliance.recordingConsent` (Vapi's
`recordingConsentPlan`) of type `verbal` with a `grantedAt` becomes the caller's verbal consent to
recording and transcription, with Vapi's answer kept as evidence. A `stay-on-line` one is not recorded:
callvault counts staying on the line only after a notice it knows was played in full (and only where
every rule allows it), and Vapi does not say which message its consent assistant played; no `grantedAt`
records nothing either (the caller declined, or was never asked). Both fail safe.

The `end-of-call-report` carries the call's transcript in `artifact.messages`: `bot` (the AI) and `user`
(the caller) messages with `time` and `endTime` in milliseconds since the epoch (system and tool
messages are nobody's words); taken through the consent gate (see `transcripts`), once per call, in the
language of the assistant's transcriber when it names one. The report's plain `transcript` has no times
and is not read.
"""

import hashlib
import hmac
import re
import time
from datetime import UTC, datetime

from services.gateway.telephony import transcripts
from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen, SpokenTranscript, Utterance
from services.gateway.telephony.parsing import epoch_ms, json_body, number, within_window
from services.gateway.telephony.schemas import IvrSettings

SIGNATURE = re.compile(r"[0-9a-f]{64}")
TIMESTAMP = re.compile(r"[0-9]{1,15}")
DIRECTIONS = {"inboundPhoneCall": "inbound", "outboundPhoneCall": "outbound", "webCall": "inbound"}
CONSENT_METHODS = {"verbal": "verbal"}  # stay-on-line: see above
CONSENT_PURPOSES = ["recording", "transcription"]  # what Vapi's consent assistant asks for
SIDES = {"bot": "agent", "user": "customer"}


def verify(config: dict, seen: Seen) -> None:
    digest, stamp = seen.headers.get("x-vapi-signature", ""), seen.headers.get("x-vapi-timestamp", "")
    if not SIGNATURE.fullmatch(digest) or not TIMESTAMP.fullmatch(stamp):
        raise InvalidSignature("x-vapi-signature (hex HMAC-SHA256) or x-vapi-timestamp is missing or malformed")
    seconds = int(stamp) / 1000 if len(stamp) > 11 else int(stamp)  # milliseconds, or seconds
    within_window(seconds, time.time())
    expected = hmac.new(config["hmac_secret"].encode(), stamp.encode() + b"." + seen.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, digest):
        raise InvalidSignature("the Vapi signature does not verify")


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    document = json_body(seen)
    message = document.get("message") if isinstance(document, dict) else None
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        raise MalformedWebhook("the body must be a JSON object with a message that has a type")
    kind, call = message["type"], message.get("call")
    status = message.get("status") if kind == "status-update" else None
    what = f"{kind}:{status}" if isinstance(status, str) else kind
    used = {"status-update:in-progress": "call_answered", "status-update:ended": "call_ended",
            "end-of-call-report": "call_ended"}.get(what)
    call_id = call.get("id") if isinstance(call, dict) else None
    if used is None:  # acknowledged whatever it carries: Vapi sends many kinds callvault has no use for
        return Inbound(f"{what[:100]}:{call_id if isinstance(call_id, str) else ''}"[:180], None, ignored=what[:100])
    if not isinstance(call_id, str) or not 0 < len(call_id) <= 150:
        raise MalformedWebhook("message.call.id must be a string of 1 to 150 characters")
    answered_or_ended = Happening(used, epoch_ms(message.get("timestamp")))
    happenings = [*_consent(call), answered_or_ended]
    transcript = None
    if kind == "end-of-call-report":
        transcript = _transcript(message)
        # The report says when the call started: without it, where `status-update` `in-progress` never came
        # the call would start at its end and every word of its transcript would be left out as said before
        # the call. Last, so that the other events' places in the webhook (their source ids) stay as they were.
        if (started := _iso(message.get("startedAt"))) is not None:
            happenings.append(Happening("call_answered", started))
    return Inbound(f"{what}:{call_id}", _leg(call), happenings, transcript=transcript)


def _transcript(message: dict) -> SpokenTranscript | None:
    artifact, assistant = message.get("artifact"), message.get("assistant")
    said = artifact.get("messages") if isinstance(artifact, dict) else None
    if said is None:
        return None
    transcriber = assistant.get("transcriber") if isinstance(assistant, dict) else None
    lang = transcripts.language(transcriber.get("language") if isinstance(transcriber, dict) else None)
    return transcripts.spoken("vapi", lang, said, _utterance)


def _utterance(utterance: dict) -> Utterance | str | None:
    role = utterance.get("role")
    side = SIDES.get(role) if isinstance(role, str) else None
    if side is None:
        return None
    return transcripts.utterance(side, transcripts.instant_ms(utterance.get("time")),
                                 transcripts.instant_ms(utterance.get("endTime")), utterance.get("message"))


def _leg(call: dict) -> CallLeg:
    direction = DIRECTIONS.get(call.get("type"))
    if direction is None:
        raise MalformedWebhook("message.call.type must be inboundPhoneCall, outboundPhoneCall or webCall")
    customer, line = call.get("customer"), call.get("phoneNumber")
    theirs = number(customer.get("number")) if isinstance(customer, dict) else None
    ours = number(line.get("number")) if isinstance(line, dict) else None
    return CallLeg(call["id"], direction, *((theirs, ours) if direction == "inbound" else (ours, theirs)))


def _consent(call: dict) -> list[Happening]:
    """The caller's consent, when Vapi's consent assistant recorded one."""
    compliance = call.get("compliance")
    given = compliance.get("recordingConsent") if isinstance(compliance, dict) else None
    if not isinstance(given, dict) or given.get("type") not in CONSENT_METHODS:
        return []
    granted_at = _iso(given.get("grantedAt"))
    if granted_at is None:
        return []
    return [Happening("consent_granted", granted_at, side="customer", method=CONSENT_METHODS[given["type"]],
                      purposes=CONSENT_PURPOSES,
                      evidence={"source": "vapi.recordingConsentPlan", "type": given["type"],
                                "granted_at": granted_at.isoformat()})]


def _iso(value: object) -> datetime | None:
    """An ISO 8601 instant with its zone, not in the future; anything else is None."""
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return min(at, datetime.now(UTC)) if at.tzinfo is not None else None


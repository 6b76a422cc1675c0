"""Any sender that follows the Standard Webhooks specification: `webhook-id`, `webhook-timestamp`
and `webhook-signature` (HMAC-SHA256 with the tenant's `whsec_` secret), checked by the
`standardwebhooks` library, which also refuses a timestamp more than 5 minutes from now.

The body is callvault's own, documented in docs/domains/telephony.md: `{"type", "call_id", "direction", "from",
"to", "digits", "occurred_at"}` with type `call.started`, `call.ended`, `consent.dtmf`,
`recording.started`, `recording.paused`, `recording.resumed` or `recording.stopped`. `call.started`
is the answer: its `occurred_at` is what transcript offsets count from.
"""


from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.parsing import iso, json_body, key_press, number
from services.gateway.telephony.schemas import IvrSettings

CALL_EVENTS = {"call.started": "call_answered", "call.ended": "call_ended", "recording.started": "recording_started",
               "recording.paused": "recording_paused", "recording.resumed": "recording_resumed",
               "recording.stopped": "recording_stopped"}
TYPES = {"consent.dtmf", *CALL_EVENTS}


def verify(config: dict, seen: Seen) -> None:
    try:
        body = seen.body.decode()
    except UnicodeDecodeError as exc:  # the library would raise it from inside: a 500
        raise MalformedWebhook("the body is not UTF-8") from exc
    try:
        Webhook(config["secret"]).verify(body, seen.headers, json_parse=False)
    except (WebhookVerificationError, ValueError, TypeError) as exc:  # a malformed signature header raises these
        raise InvalidSignature(f"the Standard Webhooks signature does not verify: {exc}") from exc


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    key = f"id:{seen.headers['webhook-id']}"  # present: verify() needs it
    document = json_body(seen)
    if not isinstance(document, dict) or not isinstance(document.get("type"), str):
        raise MalformedWebhook("the body must be a JSON object with a type")
    if document["type"] not in TYPES:
        return Inbound(key, None, ignored=document["type"])
    call_id, direction = document.get("call_id"), document.get("direction", "inbound")
    if not isinstance(call_id, str) or not 0 < len(call_id) <= 200:
        raise MalformedWebhook("call_id must be a string of 1 to 200 characters")
    if direction not in ("inbound", "outbound"):
        raise MalformedWebhook("direction must be inbound or outbound")
    leg = CallLeg(call_id, direction, number(document.get("from")), number(document.get("to")))
    at = iso(document.get("occurred_at"))
    if document["type"] == "consent.dtmf":
        digits = document.get("digits")
        if not isinstance(digits, str) or not digits:
            raise MalformedWebhook("consent.dtmf needs digits")
        return Inbound(key, leg, key_press(ivr or IvrSettings(), digits, at, None), digits=digits)
    return Inbound(key, leg, [Happening(CALL_EVENTS[document["type"]], at)])

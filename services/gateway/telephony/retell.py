"""Retell AI's server webhooks: `x-retell-signature: v=<ms timestamp>,d=<hex HMAC-SHA256>` over the raw
body followed by the timestamp, keyed with the account's API key (the scheme of Retell's SDKs,
`retell.lib.webhook_auth`, which the tests sign with), at most 5 minutes from now.

The AI that speaks for the tenant is a `virtual_agent` participant (external id `agent`); the caller
is the customer. `call_started` is the answer (transcript offsets count from its `start_timestamp`),
`call_ended` the hang-up; other events (`call_analyzed`, ...) are acknowledged and not used.
"""

import hashlib
import hmac
import re
import time

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.parsing import epoch_ms, json_body, number, within_window
from services.gateway.telephony.schemas import IvrSettings

SIGNATURE = re.compile(r"v=(\d{1,15}),d=([0-9a-f]{64})")
EVENTS = {"call_started": ("call_answered", "start_timestamp"), "call_ended": ("call_ended", "end_timestamp")}


def verify(config: dict, seen: Seen) -> None:
    match = SIGNATURE.fullmatch(seen.headers.get("x-retell-signature", ""))
    if match is None:
        raise InvalidSignature("x-retell-signature is missing or not v=<timestamp>,d=<hex digest>")
    stamp, digest = match.groups()
    within_window(int(stamp) / 1000, time.time())
    expected = hmac.new(config["api_key"].encode(), seen.body + stamp.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, digest):
        raise InvalidSignature("the Retell signature does not verify")


def parse(config: dict, seen: Seen, ivr: IvrSettings | None = None) -> Inbound:
    document = json_body(seen)
    call = document.get("call") if isinstance(document, dict) else None
    if not isinstance(call, dict) or not isinstance(document.get("event"), str):
        raise MalformedWebhook("the body must be a JSON object with an event and a call")
    call_id = call.get("call_id")
    if not isinstance(call_id, str) or not 0 < len(call_id) <= 150:
        raise MalformedWebhook("call.call_id must be a string of 1 to 150 characters")
    key = f"{document['event']}:{call_id}"
    if document["event"] not in EVENTS:
        return Inbound(key, None, ignored=document["event"])
    direction = call.get("direction", "inbound")
    if direction not in ("inbound", "outbound"):
        raise MalformedWebhook("call.direction must be inbound or outbound")
    leg = CallLeg(call_id, direction, number(call.get("from_number")), number(call.get("to_number")))
    kind, stamp_field = EVENTS[document["event"]]
    return Inbound(key, leg, [Happening(kind, epoch_ms(call.get(stamp_field)))])


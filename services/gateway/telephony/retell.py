"""Retell AI's server webhooks: `x-retell-signature: v=<ms timestamp>,d=<hex HMAC-SHA256>` over the raw
body followed by the timestamp, keyed with the account's API key (the scheme of Retell's SDKs,
`retell.lib.webhook_auth`, which the tests sign with), at most 5 minutes from now.

The AI that speaks for the tenant is a `virtual_agent` participant; the caller is the customer.
`call_started` is the answer (transcript offsets count from its `start_timestamp`),
`call_ended` the hang-up (and, from its `start_timestamp`, the answer too, as `call_analyzed`'s: the
earliest answer counts); other events are acknowledged and not used, but for `call_analyzed` when it
carries a transcript. `call_ended` and `call_analyzed` carry the call's `transcript_object`: utterances
with `role` (`agent`, `user`; a `transfer_target`, whom callvault does not know, is left out) and
`words` whose `start`/`end` are seconds of audio from `start_timestamp`; taken through the consent gate
(see `transcripts`), once per call. An utterance without timed words is left out: its consent cannot be
judged.
"""

import hashlib
import hmac
import re
import time

from services.gateway.telephony import transcripts
from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen, SpokenTranscript, Utterance
from services.gateway.telephony.parsing import epoch_ms, json_body, number, within_window
from services.gateway.telephony.schemas import IvrSettings

SIGNATURE = re.compile(r"v=(\d{1,15}),d=([0-9a-f]{64})")
EVENTS = {"call_started": ("call_answered", "start_timestamp"), "call_ended": ("call_ended", "end_timestamp")}
SIDES = {"agent": "agent", "user": "customer"}


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
    transcript = _transcript(call) if document["event"] in ("call_ended", "call_analyzed") else None
    if document["event"] not in EVENTS and transcript is None:
        return Inbound(key, None, ignored=document["event"])
    direction = call.get("direction", "inbound")
    if direction not in ("inbound", "outbound"):
        raise MalformedWebhook("call.direction must be inbound or outbound")
    leg = CallLeg(call_id, direction, number(call.get("from_number")), number(call.get("to_number")))
    happenings = []
    if document["event"] in EVENTS:
        kind, stamp_field = EVENTS[document["event"]]
        happenings.append(Happening(kind, epoch_ms(call.get(stamp_field))))
    if document["event"] != "call_started" and transcripts.instant_ms(call.get("start_timestamp")) is not None:
        # An end-of-call webhook says when the call started too: without it, where `call_started` never came
        # (a tenant may not subscribe to it) the call would start when callvault first heard of it, its end,
        # and every word of its transcript would be left out as said before the call. Last, so that the
        # events' places in the webhook (their source ids) stay as they were.
        happenings.append(Happening("call_answered", epoch_ms(call["start_timestamp"])))
    return Inbound(key, leg, happenings, transcript=transcript)


def _transcript(call: dict) -> SpokenTranscript | None:
    said = call.get("transcript_object")
    if said is None:
        return None
    origin = transcripts.instant_ms(call.get("start_timestamp"))
    if origin is None:
        return SpokenTranscript("retell", transcripts.UNDETERMINED,
                                refused="call.start_timestamp is missing: the words cannot be placed in the call")
    return transcripts.spoken("retell", transcripts.UNDETERMINED, said, lambda utterance: _utterance(origin, utterance))


def _utterance(origin: int, utterance: dict) -> Utterance | str | None:
    role, words = utterance.get("role"), utterance.get("words")
    side = SIDES.get(role) if isinstance(role, str) else None
    if side is None or not isinstance(words, list):
        return None
    times = [(word.get("start"), word.get("end")) for word in words if isinstance(word, dict)]
    starts = [s for s, _ in times if isinstance(s, int | float) and not isinstance(s, bool) and 0 <= s < 10**6]
    ends = [e for _, e in times if isinstance(e, int | float) and not isinstance(e, bool) and 0 <= e < 10**6]
    if not starts:
        return None
    start = origin + round(min(starts) * 1000)
    return transcripts.utterance(side, start, origin + round(max(ends) * 1000) if ends else None,
                                 utterance.get("content"))


"""The transcript a voice-AI provider (Retell, Vapi) sends at the end of a call: read from the webhook
within bounds, sealed in the inbox as the call's numbers are (personal data: never in clear there, and
dropped from the row once it is drained), then, after the call's events are applied, handed to the
transcripts service's `POST /v1/transcripts`: the same consent gate as any transcript.

Its `Idempotency-Key` is made from the provider and its call id: a provider's retry, a second webhook
carrying the same transcript (Retell's `call_ended`, then `call_analyzed`) and a row drained twice store
one transcript (`clients/transcripts.py` posts it). Utterances are kept as instants; the drainer makes
them offsets from the call's `started_at` as the consent service has it, which is what the consent gate
counts from.
"""

import base64
import json
import re
from datetime import datetime
from uuid import UUID

from services.common.crypto.fields import FieldCrypto
from services.gateway.clients.consent import KnownCall
from services.gateway.telephony.happenings import SpokenTranscript, Utterance

COLUMN = "telephony_inbox.transcript"
MAX_UTTERANCES = 10_000  # the transcripts service's default most segments: a longer one is refused here
MAX_TEXT = 20_000  # a segment's most characters there
UNDETERMINED = "und"  # BCP 47: the provider did not say which language
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}\Z")


def language(value: object) -> str:
    return value if isinstance(value, str) and _LANGUAGE.match(value) else UNDETERMINED


def instant_ms(value: object) -> int | None:
    """Milliseconds since the epoch, when the value is a plausible one."""
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 10**14:
        return int(value)
    return None


def utterance(side: str, start_ms: int | None, end_ms: int | None, text: object) -> Utterance | str | None:
    """An utterance; a string when it makes the whole transcript unusable; None when it is left out (no
    words, or no time to judge consent by)."""
    if not isinstance(text, str) or not text.strip() or start_ms is None:
        return None
    if len(text) > MAX_TEXT or "\x00" in text:
        return f"an utterance has more than {MAX_TEXT} characters or a NUL character"
    return Utterance(side, start_ms, max(start_ms, end_ms or start_ms), text)  # type: ignore[arg-type]


def spoken(engine: str, lang: str, said: object, read) -> SpokenTranscript:
    """The transcript from the provider's list of utterances, each read by `read` (see `utterance`)."""
    if not isinstance(said, list):
        return SpokenTranscript(engine, lang, refused="the transcript is not a list of utterances")
    if len(said) > MAX_UTTERANCES:
        return SpokenTranscript(engine, lang, refused=f"the transcript has {len(said)} utterances; at most "
                                f"{MAX_UTTERANCES} are taken")
    kept = []
    for item in said:
        got = read(item) if isinstance(item, dict) else None
        if isinstance(got, str):
            return SpokenTranscript(engine, lang, refused=got)
        if got is not None:
            kept.append(got)
    return SpokenTranscript(engine, lang, tuple(kept))


# --- in the inbox -----------------------------------------------------------------------------------
def seal(crypto: FieldCrypto, tenant_id: UUID, transcript: SpokenTranscript) -> str:
    plain = json.dumps({"engine": transcript.engine, "language": transcript.language, "refused": transcript.refused,
                        "utterances": [[u.side, u.start_ms, u.end_ms, u.text] for u in transcript.utterances]})
    return base64.b64encode(crypto.encrypt(tenant_id, COLUMN, plain)).decode()


def unseal(crypto: FieldCrypto, tenant_id: UUID, sealed: str) -> SpokenTranscript:
    plain = json.loads(crypto.decrypt(tenant_id, COLUMN, base64.b64decode(sealed)))
    return SpokenTranscript(plain["engine"], plain["language"], tuple(Utterance(*u) for u in plain["utterances"]),
                            plain["refused"])


# --- to the transcripts service -----------------------------------------------------------------------
def body(transcript: SpokenTranscript, call: KnownCall, started_at: datetime) -> dict | None:
    """`POST /v1/transcripts`'s body, offsets counted from the call's `started_at`; None when no utterance
    is left. Words said before `started_at` are left out, not moved to 0: the consent gate would judge
    them by the call's state at its start, and where the answer webhook never came `started_at` is when
    callvault first heard of the call (its end, for a call first seen by its end-of-call webhook), so
    words said before the caller consented would pass."""
    origin = round(started_at.timestamp() * 1000)
    segments = [{"participant_id": str(call.participants[u.side]), "start_ms": u.start_ms - origin,
                 "end_ms": u.end_ms - origin, "text": u.text}
                for u in transcript.utterances if u.side in call.participants and u.start_ms >= origin]
    if not segments:
        return None
    return {"call_id": str(call.id), "language": transcript.language, "engine": transcript.engine,
            "segments": segments}

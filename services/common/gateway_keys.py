"""The Idempotency-Keys the gateway gives the transcripts it delivers for a voice-AI platform (its end-of-call
transcript, one per call): `<provider>-call:<sha-256 hex of the provider's call id>`. Built by the gateway,
reserved for it by the transcripts service (a caller who took a call's key first would have the platform's
transcript refused as a reuse): one definition, so the two cannot drift."""

import hashlib
import re

_FORM = re.compile(r"[a-z_]{1,32}-call:[0-9a-f]{64}")


def for_call(provider: str, call_external_id: str) -> str:
    key = f"{provider}-call:{hashlib.sha256(call_external_id.encode()).hexdigest()}"
    if not is_gateway_key(key):  # a provider named outside the reserved form: its keys would not be reserved
        raise ValueError(f"provider {provider!r} is not of the form [a-z_]{{1,32}}")
    return key


def is_gateway_key(key: str) -> bool:
    return _FORM.fullmatch(key) is not None

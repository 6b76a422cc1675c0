"""Events on the bus are signed by their publisher and checked by their consumers, so that anything
else that can publish on NATS (a process on its network, a leaked connection) cannot forge a fact:
a `call.ended` that starts a retention clock, a `consent.withdrawn` that deletes transcripts.

HMAC-SHA256 under `CALLVAULT_EVENT_KEY` (held by the processes that publish or consume events, and
nothing else) over the subject and the exact body, sent in a header; an event without a valid one is
counted (`callvault_events_refused_total`) and dropped by every consumer. The subject is signed too, so
an event cannot be replayed on another subject."""

import base64
import hashlib
import hmac

from services.common.settings import MissingSetting, Settings

HEADER = "Callvault-Signature"
VERSION = "v1"
MIN_KEY_BYTES = 32


def event_key(settings: Settings) -> bytes:
    key = settings.secret("event_key").encode()
    if len(key) < MIN_KEY_BYTES:
        raise MissingSetting(f"CALLVAULT_EVENT_KEY must be at least {MIN_KEY_BYTES} characters "
                             "(`callvault generate-secrets` makes one)")
    return key


def sign(key: bytes, subject: str, body: bytes) -> str:
    return f"{VERSION}={base64.b64encode(_mac(key, subject, body)).decode()}"


def verify(key: bytes, subject: str, body: bytes, header: str | None) -> bool:
    """In constant time; a missing or malformed header is simply not valid."""
    if not header or not header.startswith(f"{VERSION}="):
        return False
    try:
        given = base64.b64decode(header.removeprefix(f"{VERSION}="), validate=True)
    except ValueError:
        return False
    return hmac.compare_digest(given, _mac(key, subject, body))


def _mac(key: bytes, subject: str, body: bytes) -> bytes:
    return hmac.new(key, subject.encode() + b"\n" + body, hashlib.sha256).digest()

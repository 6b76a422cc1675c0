"""What the provider modules share: reading numbers and times, and the IVR's consent events."""

import hashlib
import json
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import E164ISH, Happening, Seen
from services.gateway.telephony.schemas import IvrSettings

REPLAY_WINDOW_SECONDS = 300  # a signed timestamp further than this from now is refused
_NUMBER = re.compile(E164ISH)
_IDENTITY = re.compile(r"[^\x00-\x1f\x7f]{1,200}\Z")
_RECORDING_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}\Z")  # it goes into a URL path of the provider's API


def number(value: str | None) -> str | None:
    return value if value and _NUMBER.match(value) else None


def client_identity(value: str | None) -> str | None:
    """The identity of a provider's softphone user (`client:alice` -> `alice`), when it is one that can
    name a participant (1 to 200 characters, no control characters)."""
    if not value or not value.startswith("client:"):
        return None
    identity = value.removeprefix("client:")
    return identity if _IDENTITY.match(identity) else None


def recording_id(value: object) -> str | None:
    """A provider's recording id; one that could not name a recording in its API's path is refused (400),
    never acknowledged and then left undeletable."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _RECORDING_ID.match(value):
        raise MalformedWebhook("the recording id is not 1 to 100 letters, digits, '-' or '_'")
    return value


UNNAMED = "unnamed:"  # a recording the provider keeps but named no deletable id for (see `unnamed_recording`)


def unnamed_recording(dedupe_key: str) -> str:
    """A recording the provider said it saved without an id its API deletes it by (a Telnyx
    `call.recording.saved` without `recording_id`, a Vonage `recording_url` that is not a Media API file):
    tracked all the same, so the call's copies list it as kept; its deletion is never tried at a guessed
    path, and fails visibly for someone to delete it at the provider. Named after the webhook."""
    return UNNAMED + hashlib.sha256(dedupe_key.encode()).hexdigest()[:40]


def within_window(timestamp: float, now: float) -> None:
    if abs(now - timestamp) > REPLAY_WINDOW_SECONDS:
        raise InvalidSignature(f"the signed timestamp is {int(abs(now - timestamp))} s from now; "
                               f"at most {REPLAY_WINDOW_SECONDS} s are accepted")


def rfc2822(value: str | None) -> datetime:
    """A provider's timestamp, or now when it sent none or one that does not parse."""
    if value:
        try:
            parsed = parsedate_to_datetime(value)
            return min(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC), datetime.now(UTC))
        except (TypeError, ValueError):
            pass
    return datetime.now(UTC)


def json_body(seen: Seen) -> object:
    """The webhook's body as JSON, or a 400 that says it is not."""
    try:
        return json.loads(seen.body)
    except ValueError as exc:
        raise MalformedWebhook("the body is not JSON") from exc


def epoch_ms(milliseconds: object) -> datetime:
    """A time in milliseconds since the epoch (Retell, Vapi); none, or one in the future, is now."""
    now = datetime.now(UTC)
    if isinstance(milliseconds, int) and not isinstance(milliseconds, bool) and 0 < milliseconds < 10**14:
        return min(datetime.fromtimestamp(milliseconds / 1000, UTC), now)
    return now


def iso(value: object) -> datetime:
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
            return min(parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC), datetime.now(UTC))
        except ValueError:
            pass
    return datetime.now(UTC)


def key_press(ivr: IvrSettings, digits: str, at: datetime, version: str | None) -> list[Happening]:
    """The caller pressed a key (or none): the notice they heard (the version the IVR played; a
    provider's own key-press webhook names none), then their answer (a key that is neither answer
    records no answer)."""
    happenings = []
    answer = {ivr.allow_digit: "consent_granted", ivr.decline_digit: "consent_denied"}.get(digits[:1])
    if version is not None:
        # A key cuts the announcement short (no provider lets a key be ignored while it plays), so only no key
        # (the whole announcement and prompt played, then the wait) or an answer to the prompt says it was
        # heard: a stray key may have come during it, and a notice taken as complete could be all a notice
        # jurisdiction asks before recording.
        happenings.append(Happening("notice_given", at, side="customer", announcement_version=version,
                                    completed=not digits or answer is not None))
    if answer:
        happenings.append(Happening(answer, at, side="customer", method="dtmf", purposes=list(ivr.purposes),
                                    evidence={"digits": digits[:1]}))
    return happenings

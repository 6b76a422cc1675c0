"""What a verified webhook says, in callvault's terms, whichever provider sent it."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from starlette.datastructures import FormData

Side = Literal["agent", "customer", "ivr"]  # "ivr": the consent IVR, a virtual agent of the tenant's
# A number only when it is one: SIP URIs, client names and "anonymous" identify no jurisdiction.
E164ISH = r"^\+?[0-9]{6,15}$"


@dataclass(frozen=True)
class Seen:
    """The request as it arrived: the URL the provider signed (built from the public base URL), its
    headers (lower-case names), the raw body and, for form posts, the parsed form."""

    url: str
    headers: dict[str, str]
    body: bytes
    form: FormData | None = None


@dataclass(frozen=True)
class CallLeg:
    """A call as a webhook names it. `from_agent` / `to_agent`: the provider's identity of a softphone
    user at that end, when the webhook names one (Twilio Client's `client:NAME`)."""

    external_id: str
    direction: Literal["inbound", "outbound"]
    from_number: str | None
    to_number: str | None
    from_agent: str | None = None
    to_agent: str | None = None


@dataclass(frozen=True)
class Happening:
    """One consent-service event; `side` names the participant (None: the call, or everyone)."""

    type: str
    occurred_at: datetime
    side: Side | None = None
    method: str | None = None
    evidence: dict[str, Any] | None = None
    purposes: list[str] | None = None
    announcement_version: str | None = None
    completed: bool | None = None


@dataclass(frozen=True)
class Utterance:
    """One speaker's words in a provider's transcript, between two instants (milliseconds since the epoch)."""

    side: Literal["agent", "customer"]
    start_ms: int
    end_ms: int
    text: str


@dataclass(frozen=True)
class SpokenTranscript:
    """The transcript a voice-AI provider sends at the end of a call. `refused`: why it cannot be taken
    (recorded as the webhook's refusal; the call's events are applied all the same)."""

    engine: str
    language: str
    utterances: tuple[Utterance, ...] = ()
    refused: str | None = None


@dataclass(frozen=True)
class Inbound:
    """A webhook, understood: what identifies it (for deduplication), the call it is about and what
    happened. `ignored` names an event type callvault does not use (acknowledged, counted, dropped)."""

    dedupe_key: str
    call: CallLeg | None
    happenings: list[Happening] = field(default_factory=list)
    ignored: str | None = None
    digits: str | None = None  # a caller's key press, for the IVR
    recording: str | None = None  # the provider's id of a recording it keeps (deleted with the transcripts)
    transcript: SpokenTranscript | None = None  # sealed in the inbox, then given to the transcripts service

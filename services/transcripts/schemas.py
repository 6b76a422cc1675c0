"""Wire types of the transcripts service."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

import msgspec
from msgspec import Meta
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StringConstraints, model_validator

from services.common.schemas import NO_CONTROL_CHARACTERS, NO_NUL, SettingsDocument
from services.transcripts.redaction import LABELS, Operator

MAX_MS = 7 * 24 * 3600 * 1000  # a week: no call is longer
_TAG = {"min_length": 1, "max_length": 64, "pattern": r"^[A-Za-z0-9_.:/-]+$"}
Tag = Annotated[str, StringConstraints(**_TAG)]  # as a query parameter
Reason = Annotated[str, StringConstraints(min_length=3, max_length=500, pattern=NO_CONTROL_CHARACTERS)]

# The ingest body is read by msgspec (services.common.bodies): at 200 KB it decodes four times faster
# than pydantic, and ingest speed is a target. Its OpenAPI schema comes from these same types.
_Language = Annotated[str, Meta(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35, examples=["en-US"])]
_Tag = Annotated[str, Meta(**_TAG)]
_Email = Annotated[str, Meta(max_length=254, pattern=r"^[^@\s\x00-\x1f]+@[^@\s\x00-\x1f]+\.[^@\s\x00-\x1f]+$")]
_ExternalId = Annotated[str, Meta(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)]
_Milliseconds = Annotated[int, Meta(ge=0, le=MAX_MS)]


OFFSET_ORIGIN = ("Milliseconds from the call's `started_at` (the answer: the provider's answered or in-progress "
                 "event for a call from a telephony webhook, or a `call_answered` event; else the `started_at` "
                 "given when the call was created; else when callvault first heard of the call). The "
                 "transcript's `call_started_at` says which instant was used.")


class SegmentCreate(msgspec.Struct, forbid_unknown_fields=True):
    """One speaker's words between two moments of the call."""

    participant_id: UUID
    start_ms: Annotated[_Milliseconds, Meta(description=OFFSET_ORIGIN)]
    end_ms: _Milliseconds
    # NUL is refused in __post_init__ (one `in` test) rather than by a regex over every segment's text;
    # the schema still says so.
    text: Annotated[str, Meta(min_length=1, max_length=20_000, extra_json_schema={"pattern": NO_NUL})]
    confidence: Annotated[float, Meta(ge=0, le=1)] | None = None

    def __post_init__(self) -> None:  # msgspec reports these as validation errors at the segment's path
        if self.end_ms < self.start_ms:
            raise ValueError("end_ms comes before start_ms")
        if "\x00" in self.text:
            raise ValueError("text contains a NUL character")


class ParticipantSubjects(msgspec.Struct, forbid_unknown_fields=True):
    """A participant's own identifiers: a privacy request that names one of them finds this transcript
    and knows the participant's segments as the subject's own (its export keeps them whole)."""

    participant_id: UUID
    emails: Annotated[list[_Email], Meta(max_length=10)] = []
    external_ids: Annotated[list[_ExternalId], Meta(max_length=10)] = []


class Subjects(msgspec.Struct, forbid_unknown_fields=True):
    """Who else the transcript is about, for finding it by subject (blind index only): `emails` and
    `external_ids` of the transcript as a whole (no speaker known), `participants` each speaker's own."""

    emails: Annotated[list[_Email], Meta(max_length=50)] = []
    external_ids: Annotated[list[_ExternalId], Meta(max_length=50)] = []
    participants: Annotated[list[ParticipantSubjects], Meta(max_length=50)] = []


class TranscriptCreate(msgspec.Struct, forbid_unknown_fields=True):
    """A transcript as the speech recognition engine wrote it."""

    call_id: UUID
    language: _Language
    engine: Annotated[str, Meta(min_length=1, max_length=100, pattern=NO_CONTROL_CHARACTERS,
                                description="The speech recognition engine that wrote it")]
    segments: Annotated[list[SegmentCreate], Meta(min_length=1,
                                                  description="At most `CALLVAULT_MAX_TRANSCRIPT_SEGMENTS`")]
    tags: Annotated[list[_Tag], Meta(max_length=20)] = []
    subjects: Subjects = msgspec.field(default_factory=Subjects)


class RefusedSegment(BaseModel):
    index: int = Field(description="Position in the request's `segments`")
    participant_id: UUID
    start_ms: int
    end_ms: int
    reason: str


class TranscriptSummary(BaseModel):
    id: UUID
    call_id: UUID
    version: int
    language: str
    engine: str
    tags: list[str]
    segment_count: int = Field(description="Segments stored, removed ones included as markers")
    removed_segments: int
    call_started_at: datetime = Field(description="The instant segment offsets count from (the call's answer)")
    created_at: datetime
    expires_at: datetime | None = Field(None, description="When the purge takes it: the call's end plus its "
                                        "retention (null while the call runs, and in the ingest's answer, which "
                                        "comes before the database sets it). A legal hold keeps it past this")
    retention_days: int | None = Field(None, description="The longest retention that applies to it")
    retention_source: str | None = Field(None, description="Which rule set it: `default`, `tag:<tag>` or `call` "
                                         "(the longest wins)")


class TranscriptStored(TranscriptSummary):
    removed: list[RefusedSegment] = Field(description="Segments left out for lack of consent (the tenant's "
                                                      "`refused_segments` is `remove`)")


class View(StrEnum):
    redacted = "redacted"
    full = "full"


class SegmentRead(BaseModel):
    participant_id: UUID
    start_ms: int
    end_ms: int
    text: str | None = Field(None, description="null for a segment removed for lack of consent")
    confidence: float | None = None
    removed: bool = False
    removed_reason: str | None = None


EntityType = StrEnum("EntityType", {name: name for name in LABELS})  # Presidio's names where it has one
Operators = Annotated[dict[EntityType, Operator], Field(
    description="How the redacted text replaces each type: `label` (`[CARD]`, the default for a type left out), "
                "`last_four` (`[CARD ••••1111]`, for numbers) or `token` (`[CARD:3f9a0c…]`, an HMAC of the value "
                "under a key of the tenant: the same value gives the same token, so repeats can be counted "
                "without the value)")]


class Finding(BaseModel):
    """Something the redacted view hid: its type, where it was, which recognizer found it; never the value."""

    type: EntityType
    segment: int
    start: int = Field(description="Offset into the segment's original text")
    end: int
    recognizer: str


class NotChecked(BaseModel):
    """An entity type this deployment cannot look for, and why: absent findings of it mean nothing."""

    type: EntityType
    reason: str


class TranscriptRead(TranscriptSummary):
    view: View
    segments: list[SegmentRead]
    redactions: list[Finding] = Field(description="What the redacted view hid (never the values)")
    not_checked: list[NotChecked] = Field(default_factory=list, description="Types the redaction could not look "
                                          "for here (names and places without a spaCy model)")


MAX_REDACT_CHARACTERS = 1_000_000


class SegmentText(BaseModel):
    """A segment given as an object (a transcript's segment, say): only its text is read."""

    text: str


class RedactRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # The whole request's characters are bounded (MAX_REDACT_CHARACTERS, a 422 past it), not each string's.
    text: str | None = Field(None, description="One text; or `segments`, a conversation read as one (a number "
                                               "split across two is found). At most 1,000,000 characters in all")
    segments: Annotated[list[str | SegmentText], Field(min_length=1, max_length=10_000)] | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")] = Field(
        "en", description="BCP 47. Numbers, emails and dates said in words are read in English; written ones and "
                          "checksums in any language")

    @model_validator(mode="after")
    def _one_input(self) -> "RedactRequest":
        if (self.text is None) == (self.segments is None):
            raise ValueError("give either `text` or `segments`")
        size = len(self.text) if self.text is not None else sum(
            len(s if isinstance(s, str) else s.text) for s in self.segments or [])
        if size > MAX_REDACT_CHARACTERS:
            raise ValueError(f"at most {MAX_REDACT_CHARACTERS:,} characters in one request")
        return self


class RedactedEntity(BaseModel):
    type: EntityType
    segment: int | None = Field(None, description="The segment, when `segments` were given")
    start: int = Field(description="Offset into the text (or the segment) as given")
    end: int
    recognizer: str


class RedactResult(BaseModel):
    text: str | None = Field(None, description="The text redacted, when `text` was given")
    segments: list[str] | None = Field(None, description="Each segment redacted, when `segments` were given")
    entities: list[RedactedEntity] = Field(description="What was found and replaced (never the values)")
    not_checked: list[NotChecked]


class TranscriptList(BaseModel):
    items: list[TranscriptSummary]
    next_cursor: str | None


class TranscriptSettingsRead(BaseModel):
    refused_segments: Literal["reject", "remove"] = Field(
        "reject", description="`reject`: a transcript with a segment lacking consent is refused whole (422); "
        "`remove`: stored without those segments, each marked")
    supervisors_see_full: bool = Field(False, description="Whether supervisors may ask for the full view")
    redaction_operators: Operators = Field(default_factory=dict)
    updated_at: datetime | None = None


class TranscriptSettingsUpdate(SettingsDocument):
    refused_segments: Literal["reject", "remove"] | None = None
    supervisors_see_full: StrictBool | None = None
    redaction_operators: Operators | None = None  # replaces the whole map


class AuditEntryRead(BaseModel):
    position: int
    leaf_index: int | None = Field(description="Its leaf in the tenant's audit log; null until it is sealed")
    action: str
    transcript_id: UUID | None
    content: dict[str, Any]
    created_at: datetime


class AuditList(BaseModel):
    items: list[AuditEntryRead]
    next_cursor: str | None


class KeyRotationRead(BaseModel):
    id: UUID
    to_version: int
    status: Literal["running", "done"]
    total: int
    rewrapped: int
    retired_below: int | None
    started_at: datetime
    finished_at: datetime | None


class KeysRead(BaseModel):
    provider: str
    current_version: int
    versions: list[int] = Field(description="KEK versions that can still unwrap data keys")
    transcripts_by_version: dict[int, int] = Field(
        description="Stored data keys by KEK version: the transcripts', and those of older versions a legal hold keeps")
    rotations: list[KeyRotationRead]

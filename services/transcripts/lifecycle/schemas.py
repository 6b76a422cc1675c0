"""Wire types of retention, legal holds and deletion certificates."""

from datetime import datetime
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StrictInt, StringConstraints, model_validator

from services.common.schemas import NO_CONTROL_CHARACTERS, ExternalId, SettingsDocument, Timestamp
from services.transcripts.schemas import Reason, Tag

DEFAULT_DAYS = 30
MAX_DAYS = 36_500  # a hundred years: any longer is a typo
Days = Annotated[StrictInt, Field(ge=0, le=MAX_DAYS)]  # strict: `true` is not a number of days
MatterId = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)]
Phone = Annotated[str, StringConstraints(min_length=3, max_length=40, pattern=r"^[0-9+().\s-]+$")]


class RetentionPolicyUpdate(SettingsDocument):
    default_days: Days = Field(description="Days after the call ends; 0: due as soon as the call has ended and "
                                           "the transcript is stored")
    by_tag: dict[Tag, Days] = Field({}, max_length=200, description="Days for transcripts with the tag")
    min_days: Days = Field(0, description="No policy of this tenant, nor any call's override, may be shorter")
    max_days: Days | None = Field(None, description="No policy of this tenant, nor any call's override, may be "
                                                    "longer; null: no bound")
    on_withdrawal: Literal["keep", "remove_segments", "remove_transcript"] = Field(
        "keep", description="When a participant withdraws consent to recording or transcription: keep what was "
                            "lawfully collected before; remove that participant's segments (a new version, the old "
                            "one crypto-shredded); or remove the whole transcript. A legal hold defers either removal "
                            "until its release")

    @model_validator(mode="after")
    def _within_bounds(self) -> "RetentionPolicyUpdate":
        if self.max_days is not None and self.max_days < self.min_days:
            raise ValueError("max_days is below min_days")
        for name, days in [("default_days", self.default_days), *((f"by_tag.{t}", d) for t, d in self.by_tag.items())]:
            if days < self.min_days or (self.max_days is not None and days > self.max_days):
                raise ValueError(f"{name} ({days}) is outside min_days..max_days")
        return self


class RetentionPolicyRead(RetentionPolicyUpdate):
    updated_at: datetime | None = Field(None, description="null: the tenant has set none (the defaults apply)")


class CallRetentionUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    days: Days
    reason: Reason


class PurgeDueItem(BaseModel):
    transcript_id: UUID
    call_id: UUID
    expires_at: datetime
    why: str = Field(description="The retention that made it due")
    kept_by: list[str] = Field(description="Matter ids of the legal holds that keep it (empty: it would go)")


class PurgeDue(BaseModel):
    """What a purge pass would do now: nothing is deleted."""

    items: list[PurgeDueItem] = Field(description="Soonest expired first, at most 1,000")
    would_purge: int
    kept: int
    truncated: bool = Field(description="More are due than listed")


class PurgeRun(BaseModel):
    purged: int
    held: int = Field(description="Due, but kept by a legal hold")
    failed: int = Field(description="Batches that failed (a dependency's outage): the worker's next pass resumes them")
    by_reason: dict[str, int]


class RetentionApplied(BaseModel):
    transcript_id: UUID
    retention_days: int
    retention_source: str = Field(description="`call` when this override governs it; else the longer rule that does")
    expires_at: datetime | None = Field(description="Null while the call runs")


class CallRetentionRead(CallRetentionUpdate):
    call_id: UUID
    set_by: str
    updated_at: datetime
    transcripts: int = Field(description="The call's transcripts whose expiry this recomputed")
    governs: bool = Field(description="Whether the override is the retention that applies (the longest wins: one "
                                      "shorter than the tenant's default or a tag's changes nothing; it is kept, "
                                      "and applies once it is the longest)")
    applied: list[RetentionApplied] = Field(description="Each of the call's transcripts: the retention that applies "
                                            "and the resulting expiry")
    note: str | None = Field(None, description="Why the override does not govern, when it does not")


class CallRetentionStatus(BaseModel):
    """What keeps a call's copies and until when, for those without a transcript of their own (the recordings
    its provider keeps, which the gateway deletes once they fall due)."""

    call_id: UUID
    days: int = Field(description="The retention of the call's untagged copies: its own override when longer, "
                                  "else the tenant's default")
    source: str = Field(description="Where `days` comes from: default or call")
    transcripts: int = Field(description="The call's transcripts, of any status: while it has one, its provider's "
                                         "recordings are deleted with its transcripts, not by this retention")
    call_ended_at: datetime | None = Field(description="When the call ended; null while it runs. The provider's "
                                                       "recordings of a call without transcripts fall due `days` "
                                                       "after it (or after they were saved, when that is later)")
    held_by: list[str] = Field(
        description="Matter ids of the active legal holds that keep the call's copies: a hold naming the call, one "
                    "over every call whose start is in its time range, and one naming a person by a phone number "
                    "a participant of the call has. Where that cannot be told the call is kept: by a hold naming "
                    "anyone by email, external id or a number without its country code, and by any hold naming "
                    "people when a customer on the call has no number")


class DueCounts(BaseModel):
    due_now: int
    due_within_7_days: int
    due_within_30_days: int


class RetentionPreview(BaseModel):
    proposed: DueCounts = Field(description="Under the policy given")
    current: DueCounts = Field(description="Under the policy saved now")
    held: int = Field(description="Of those due now under the proposal, kept by a legal hold")
    awaiting_call_end: int = Field(description="Transcripts whose call has not ended yet (their clock has not started)")


class HoldSubjects(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_numbers: list[Phone] = Field([], max_length=100, description="Any common format; matched by blind index")
    external_ids: list[ExternalId] = Field([], max_length=100)
    emails: list[Annotated[str, StringConstraints(min_length=3, max_length=254)]] = Field([], max_length=100)


class HoldScope(BaseModel):
    """A transcript is held when it matches any of the call ids, subjects or tags given (or, when none
    is given, any transcript), and its call started within `from`..`to` when they are given."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    call_ids: list[UUID] = Field([], max_length=10_000)
    subjects: HoldSubjects = HoldSubjects()
    tags: list[Tag] = Field([], max_length=100)
    from_: Timestamp | None = Field(None, alias="from")
    to: Timestamp | None = None

    @model_validator(mode="after")
    def _not_everything(self) -> "HoldScope":
        s = self.subjects
        if not (self.call_ids or s.phone_numbers or s.external_ids or s.emails or self.tags or self.from_ or self.to):
            raise ValueError("a scope names call ids, subjects, tags or a time range")
        if self.from_ and self.to and self.to <= self.from_:
            raise ValueError("`to` must come after `from`")
        return self


class LegalHoldCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    matter_id: MatterId
    reason: Reason
    scope: HoldScope


class LegalHoldRelease(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class LegalHoldRead(BaseModel):
    id: UUID
    matter_id: str
    reason: str
    scope: dict[str, Any] = Field(description="As given (`from` and `to` as ISO 8601)")
    status: Literal["active", "released"]
    created_by: str
    created_at: datetime
    released_by: str | None
    release_reason: str | None
    released_at: datetime | None
    transcripts: int = Field(description="Transcripts it holds now (an active hold also holds later arrivals)")


class LegalHoldList(BaseModel):
    items: list[LegalHoldRead]


class DeletionCertificateRead(BaseModel):
    id: UUID
    transcript_id: UUID
    call_id: UUID
    reason: Literal["retention", "erasure", "withdrawal", "rectification", "manual"]
    issued_at: datetime
    claims: dict[str, Any] = Field(description="What the JWS signs: ids, subject blind indexes, reason and its "
                                               "cause, times, object keys and their ciphertexts' SHA-256, and "
                                               "`provider_copies`: where the deletion of the provider's "
                                               "recordings of the call is recorded, against this certificate's id")
    jws: str = Field(description="Compact JWS, `alg` Ed25519 (older: EdDSA); "
                                 "verify with the key named by `kid` in /.well-known/jwks.json")


class DeletionCertificateList(BaseModel):
    items: list[DeletionCertificateRead]
    next_cursor: str | None


class StoredObject(BaseModel):
    bucket: str
    key: str
    kind: Literal["transcript", "redacted"] = Field(description="The words (encrypted), or a redacted artifact")
    version: int = Field(description="The transcript's version the object is of")
    size: int | None
    state: Literal["stored", "deleting", "deleted"] = Field(
        description="deleting: its key is destroyed, the object not yet removed")
    certificate_id: UUID | None = Field(description="The deletion certificate that lists it, once deleted")


class TranscriptCopies(BaseModel):
    transcript_id: UUID
    status: str = Field(description="active, purging (its key destroyed) or purged")
    held: bool = Field(description="A legal hold keeps it")
    objects: list[StoredObject]


class CallTranscriptCopies(BaseModel):
    call_id: UUID
    transcripts: list[TranscriptCopies]

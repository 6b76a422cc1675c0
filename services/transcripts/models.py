"""Tables of the transcripts service. Every one carries tenant_id under row-level security; none
holds a transcript's words or an unwrapped key."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import BigInteger, Column, Computed, DateTime, Identity, LargeBinary, Text, TypeDecorator, func
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.dialects.postgresql import UUID as PgUUID
from sqlmodel import Field, SQLModel

from services.transcripts.privacy.report import Report


def _now() -> datetime:
    return datetime.now(UTC)


def _timestamp(nullable: bool = False) -> Any:
    if nullable:
        return Field(default=None, sa_column=Column(DateTime(timezone=True), nullable=True))
    return Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False,
                                                        server_default=func.now()))


def _texts() -> Any:
    return Field(default_factory=list, sa_column=Column(ARRAY(Text), nullable=False))


class _ReportJSONB(TypeDecorator):
    """JSONB holding a privacy request's `Report`: written as its JSON, read back as the model."""

    impl = JSONB
    cache_ok = True

    def process_bind_param(self, value: Report | None, dialect: Any) -> dict[str, Any] | None:
        return None if value is None else value.model_dump(mode="json")

    def process_result_value(self, value: dict[str, Any] | None, dialect: Any) -> Report | None:
        return None if value is None else Report.model_validate(value)


class Transcript(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID
    call_id: UUID
    version: int = 1
    status: str = "active"
    language: str
    engine: str
    tags: list[str] = _texts()
    agent_ids: list[str] = _texts()
    segment_count: int
    removed_segments: int = 0
    removed: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    call_started_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    wrapped_key: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    kek_id: str
    kek_version: int
    idempotency_key: str | None = None
    request_digest: str | None = None
    created_at: datetime = _timestamp()
    deleted_at: datetime | None = _timestamp(nullable=True)
    # Lifecycle (set by the database: see migration 0004's trigger and the purge).
    call_ended_at: datetime | None = _timestamp(nullable=True)
    retention_days: int | None = None
    retention_source: str | None = None
    expires_at: datetime | None = _timestamp(nullable=True)
    held: bool = False
    purge: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB))
    purge_requested_at: datetime | None = _timestamp(nullable=True)


class TranscriptArtifact(SQLModel, table=True):
    __tablename__ = "transcript_artifact"

    transcript_id: UUID = Field(primary_key=True)
    version: int = Field(primary_key=True)
    kind: str = Field(primary_key=True)
    tenant_id: UUID
    bucket: str
    object_key: str
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    sha256: str
    created_at: datetime = _timestamp()


class TranscriptSubject(SQLModel, table=True):
    __tablename__ = "transcript_subject"

    tenant_id: UUID = Field(primary_key=True)
    kind: str = Field(primary_key=True)
    digest: str = Field(primary_key=True)
    transcript_id: UUID = Field(primary_key=True)
    # Whose identifier it is (empty: the transcript's as a whole, no speaker known).
    participant_ids: list[UUID] = Field(default_factory=list, sa_column=Column(ARRAY(PgUUID(as_uuid=True)),
                                                                          nullable=False, server_default="{}"))


class PendingObject(SQLModel, table=True):
    __tablename__ = "pending_object"

    tenant_id: UUID = Field(primary_key=True)
    object_key: str = Field(primary_key=True)
    bucket: str
    created_at: datetime = _timestamp()


class AuditEntry(SQLModel, table=True):
    """An entry of the tenant's audit log (`services.common.transparency`): a plain insert, sealed
    later. `seq`, `prev_hash` and `entry_hash` are the hash chain's, on entries written before it."""

    __tablename__ = "audit_entry"

    tenant_id: UUID = Field(primary_key=True)
    position: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    leaf_index: int | None = Field(default=None, sa_column=Column(BigInteger))
    action: str
    transcript_id: UUID | None = None
    content: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    # The content's actor, for the indexed filter (an index on `content->>'actor'` is not used under
    # row-level security: migration 0015).
    actor: str | None = Field(default=None, sa_column=Column(Text, Computed("content->>'actor'", persisted=True)))
    content_hash: str
    seq: int | None = Field(default=None, sa_column=Column(BigInteger))
    prev_hash: str | None = None
    entry_hash: str | None = None
    created_at: datetime = _timestamp()


class TranscriptSettings(SQLModel, table=True):
    __tablename__ = "transcript_settings"

    tenant_id: UUID = Field(primary_key=True)
    refused_segments: str = "reject"
    supervisors_see_full: bool = False
    redaction_operators: dict[str, str] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    # The consent service's `default_region`, as its `consent_settings.updated` said (None: never said, US).
    phone_region: str | None = None
    updated_at: datetime = _timestamp()


class KeyRotation(SQLModel, table=True):
    __tablename__ = "key_rotation"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID
    to_version: int
    status: str = "running"
    total: int
    rewrapped: int = 0
    retired_below: int | None = None
    started_at: datetime = _timestamp()
    finished_at: datetime | None = _timestamp(nullable=True)


class RetentionPolicy(SQLModel, table=True):
    __tablename__ = "retention_policy"

    tenant_id: UUID = Field(primary_key=True)
    default_days: int
    by_tag: dict[str, int] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    min_days: int = 0
    max_days: int | None = None
    on_withdrawal: str = "keep"
    updated_by: str
    updated_at: datetime = _timestamp()


class CallRetention(SQLModel, table=True):
    __tablename__ = "call_retention"

    tenant_id: UUID = Field(primary_key=True)
    call_id: UUID = Field(primary_key=True)
    days: int
    reason: str
    set_by: str
    updated_at: datetime = _timestamp()


class LegalHold(SQLModel, table=True):
    __tablename__ = "legal_hold"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID
    matter_id: str
    reason: str
    call_ids: list[UUID] = Field(default_factory=list, sa_column=Column(ARRAY(PgUUID(as_uuid=True)), nullable=False))
    tags: list[str] = _texts()
    subject_digests: list[str] = _texts()
    # The kinds of identifier the subjects were named by (phone, email, external_id); None: a hold made before
    # they were kept (revision 0016), whose kinds are not known.
    subject_kinds: list[str] | None = Field(default=None, sa_column=Column(ARRAY(Text), nullable=True))
    subjects_sealed: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    from_at: datetime | None = _timestamp(nullable=True)
    to_at: datetime | None = _timestamp(nullable=True)
    status: str = "active"
    created_by: str
    created_at: datetime = _timestamp()
    released_by: str | None = None
    release_reason: str | None = None
    released_at: datetime | None = _timestamp(nullable=True)


class DeletionCertificate(SQLModel, table=True):
    __tablename__ = "deletion_certificate"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID
    transcript_id: UUID
    call_id: UUID
    reason: str
    claims: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    jws: str
    issued_at: datetime = _timestamp()


class Withdrawal(SQLModel, table=True):
    __tablename__ = "withdrawal"

    tenant_id: UUID = Field(primary_key=True)
    id: UUID = Field(primary_key=True)
    call_id: UUID
    participant_id: UUID | None = None
    purposes: list[str] = _texts()
    occurred_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    action: str
    status: str = "pending"
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    received_at: datetime = _timestamp()
    applied_at: datetime | None = _timestamp(nullable=True)


class SupersededVersion(SQLModel, table=True):
    __tablename__ = "superseded_version"

    tenant_id: UUID = Field(primary_key=True)
    transcript_id: UUID = Field(primary_key=True)
    version: int = Field(primary_key=True)
    call_id: UUID
    cause: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    # Kept while a legal hold covers the transcript (the version stays readable to a compliance officer);
    # otherwise None, the key destroyed with the commit that superseded the version.
    wrapped_key: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    kek_id: str | None = None
    kek_version: int | None = None
    key_destroyed_at: datetime | None = _timestamp(nullable=True)


class PrivacyRequest(SQLModel, table=True):
    """A data-subject request. The subject is sealed; it is matched through its blind indexes only."""

    __tablename__ = "privacy_request"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID
    type: str
    regulation: str
    status: str = "received"
    subject_sealed: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    digests: list[str] = _texts()
    phone_digests: list[str] = _texts()
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    details_sealed: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    received_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    due_at: datetime = Field(sa_column=Column(DateTime(timezone=True), nullable=False))
    extension: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB(none_as_null=True)))
    verification: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB(none_as_null=True)))
    rejection: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB(none_as_null=True)))
    lift: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB(none_as_null=True)))
    report: Report = Field(default_factory=Report, sa_column=Column(_ReportJSONB, nullable=False))
    export: dict[str, Any] | None = Field(default=None, sa_column=Column(JSONB(none_as_null=True)))
    export_expires_at: datetime | None = _timestamp(nullable=True)
    export_deleted_at: datetime | None = _timestamp(nullable=True)
    created_by: str
    created_at: datetime = _timestamp()
    completed_at: datetime | None = _timestamp(nullable=True)


class HeldErasure(SQLModel, table=True):
    """A transcript an erasure kept because a legal hold covered it: erased by the purge once no hold does
    (`privacy/held_erasures.py`). `held -> shredded -> erased`, or `held -> gone` (deleted meanwhile)."""

    __tablename__ = "held_erasure"

    tenant_id: UUID = Field(primary_key=True)
    transcript_id: UUID = Field(primary_key=True)
    request_id: UUID = Field(primary_key=True)
    call_id: UUID
    matters: list[str] = _texts()
    held_at: datetime = _timestamp()
    state: str = Field(default="held", sa_column=Column(Text, nullable=False, server_default="held"))
    settled_at: datetime | None = _timestamp(nullable=True)


class ErasedCall(SQLModel, table=True):
    """A call an erasure erased: a transcript of it stored later is refused (`privacy/erased_calls.py`)."""

    __tablename__ = "erased_call"

    tenant_id: UUID = Field(primary_key=True)
    call_id: UUID = Field(primary_key=True)
    request_id: UUID
    erased_at: datetime = _timestamp()

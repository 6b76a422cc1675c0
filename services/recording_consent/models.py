"""Tables of the recording-consent service. Every one carries tenant_id under row-level security."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import BigInteger, Column, DateTime, Identity, LargeBinary, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(UTC)


def _timestamp(nullable: bool = False, default_now: bool = False) -> Any:
    column = Column(DateTime(timezone=True), nullable=nullable,
                    server_default=func.now() if default_now else None)
    if default_now:
        return Field(default_factory=_now, sa_column=column)
    return Field(default=None, sa_column=column)


def _json(nullable: bool = False) -> Any:
    return Field(default=None if nullable else ..., sa_column=Column(JSONB, nullable=nullable))


class Call(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "provider", "external_id"),)

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    provider: str
    external_id: str
    direction: str
    recording_state: str = "not_recording"
    started_at: datetime | None = _timestamp(nullable=True)
    ended_at: datetime | None = _timestamp(nullable=True)
    created_at: datetime | None = _timestamp(default_now=True)


class Participant(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    call_id: UUID = Field(foreign_key="call.id", ondelete="CASCADE", index=True)
    external_id: str
    role: str
    # Personal data: encrypted, and matched only through the blind index of its E.164 form.
    phone_number_encrypted: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    phone_number_index: str | None = Field(default=None, index=True)
    jurisdiction: str
    jurisdiction_source: str  # declared | phone_number | unknown
    jurisdiction_notes: list[str] = _json()
    site: str | None = None  # an agent's named site (agent_site), when it has one
    joined_at: datetime | None = _timestamp(default_now=True)
    left_at: datetime | None = _timestamp(nullable=True)


class ConsentEvent(SQLModel, table=True):
    """Append-only: the call's timeline, consent events and call events alike."""

    __tablename__ = "consent_event"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    call_id: UUID = Field(foreign_key="call.id", ondelete="CASCADE")
    sequence: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), nullable=False))
    type: str
    participant_id: UUID | None = Field(default=None, foreign_key="participant.id", ondelete="CASCADE")
    purposes: list[str] = _json()
    method: str | None = None
    evidence_encrypted: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    announcement_version: str | None = None
    completed: bool | None = None
    occurred_at: datetime = _timestamp()
    received_at: datetime | None = _timestamp(default_now=True)
    source_event_id: str | None = None
    ledger_position: int | None = Field(default=None, sa_column=Column(BigInteger))


class Decision(SQLModel, table=True):
    """The current decision for a call, recomputed on every event so that reading it is one row."""

    call_id: UUID = Field(foreign_key="call.id", ondelete="CASCADE", primary_key=True)
    tenant_id: UUID = Field(index=True)
    version: int = 1
    may_record: bool
    may_transcribe: bool
    may_analyze: bool
    may_train: bool
    rules_version: str
    document: dict[str, Any] = _json()
    computed_at: datetime | None = _timestamp(default_now=True)
    stale_after: datetime | None = _timestamp(nullable=True)  # time alone changes it then: recompute on read


class Announcement(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("tenant_id", "version", "language"),)

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    version: str
    language: str
    text: str
    purposes: list[str] = _json()
    created_at: datetime | None = _timestamp(default_now=True)
    retired_at: datetime | None = _timestamp(nullable=True)


class DoNotRecord(SQLModel, table=True):
    """A standing objection, by blind index only: the registry never holds the number itself."""

    __tablename__ = "do_not_record"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    phone_number_index: str = Field(index=True)
    purposes: list[str] = _json()
    source: str
    expires_at: datetime | None = _timestamp(nullable=True)
    created_at: datetime | None = _timestamp(default_now=True)
    removed_at: datetime | None = _timestamp(nullable=True)


class ConsentSettingsRow(SQLModel, table=True):
    __tablename__ = "consent_settings"

    tenant_id: UUID = Field(primary_key=True)
    jurisdiction_mode: str = "by_jurisdiction"
    agents_prior_agreement: bool = True
    stay_on_line_seconds: int | None = None
    lawful_basis: dict[str, str] = _json()
    default_region: str = "US"
    agent_jurisdiction: str | None = None
    updated_at: datetime | None = _timestamp(default_now=True)


class AgentSite(SQLModel, table=True):
    """Where a tenant's agents at a named site (a contact centre) are, for their jurisdiction."""

    __tablename__ = "agent_site"

    tenant_id: UUID = Field(primary_key=True)
    name: str = Field(primary_key=True)
    jurisdiction: str
    updated_at: datetime | None = _timestamp(default_now=True)


class LedgerEntry(SQLModel, table=True):
    """An entry of the tenant's transparency log (`services.common.transparency`): a plain insert,
    sealed later. `seq`, `prev_hash` and `entry_hash` are the hash chain's, on entries written before it."""

    __tablename__ = "ledger_entry"

    tenant_id: UUID = Field(primary_key=True)
    position: int | None = Field(default=None, sa_column=Column(BigInteger, Identity(), primary_key=True))
    leaf_index: int | None = Field(default=None, sa_column=Column(BigInteger))
    kind: str
    call_id: UUID | None = None
    content: dict[str, Any] = _json()
    content_hash: str
    seq: int | None = Field(default=None, sa_column=Column(BigInteger))
    prev_hash: str | None = None
    entry_hash: str | None = None
    created_at: datetime | None = _timestamp(default_now=True)


class LedgerCheckpoint(SQLModel, table=True):
    """A signed head of the hash chain from before the log (kept; no longer written)."""

    __tablename__ = "ledger_checkpoint"

    tenant_id: UUID = Field(primary_key=True)
    seq: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    head: str
    jws: str
    object_key: str
    created_at: datetime | None = _timestamp(default_now=True)


class RecordingStop(SQLModel, table=True):
    """What the telephony provider answered when asked to stop a call's recording."""

    __tablename__ = "recording_stop"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(index=True)
    call_id: UUID = Field(foreign_key="call.id", index=True)
    outcome: str  # confirmed | failed
    provider: str
    provider_answer: dict[str, Any] = _json()
    attempts: int
    created_at: datetime = _timestamp(default_now=True)

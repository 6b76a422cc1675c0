"""Tables of the recording-consent service."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import Column, DateTime, LargeBinary, UniqueConstraint, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Field, SQLModel


def _timestamp(nullable: bool = False, default_now: bool = False) -> Any:
    column = Column(DateTime(timezone=True), nullable=nullable,
                    server_default=func.now() if default_now else None)
    if default_now:
        return Field(default_factory=lambda: datetime.now(UTC), sa_column=column)
    return Field(default=None, sa_column=column)


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
    call_id: UUID = Field(foreign_key="call.id", index=True)
    external_id: str
    role: str
    # Personal data: encrypted, and matched only through the blind index.
    phone_number_encrypted: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    phone_number_index: str | None = Field(default=None, index=True)
    jurisdiction: str | None = None
    joined_at: datetime | None = _timestamp(nullable=True)


class Decision(SQLModel, table=True):
    """The current decision for a call, recomputed on every event so that reading it is one row."""

    call_id: UUID = Field(foreign_key="call.id", primary_key=True)
    tenant_id: UUID = Field(index=True)
    may_record: bool
    may_transcribe: bool
    missing: list[dict[str, Any]] = Field(sa_column=Column(JSONB, nullable=False))
    reasons: list[str] = Field(sa_column=Column(JSONB, nullable=False))
    computed_at: datetime | None = _timestamp(default_now=True)

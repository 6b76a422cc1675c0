"""Wire types of the recording-consent service."""

from datetime import datetime
from enum import StrEnum
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

ExternalId = Field(min_length=1, max_length=200)


class Direction(StrEnum):
    inbound = "inbound"
    outbound = "outbound"


class ParticipantRole(StrEnum):
    agent = "agent"
    customer = "customer"
    third_party = "third_party"


class RecordingState(StrEnum):
    not_recording = "not_recording"
    recording = "recording"
    paused = "paused"
    stopped = "stopped"


class ParticipantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = ExternalId
    role: ParticipantRole
    phone_number: str | None = Field(None, min_length=3, max_length=32, pattern=r"^\+?[0-9 ()./-]+$",
                                     description="E.164 preferred; stored encrypted")


class CallCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: str = ExternalId
    provider: str = Field(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")
    direction: Direction
    started_at: datetime | None = Field(None, description="UTC, timezone-aware")
    participants: list[ParticipantCreate] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _distinct_participants(self) -> "CallCreate":
        ids = [p.external_id for p in self.participants]
        if len(ids) != len(set(ids)):
            raise ValueError("participants' external_id values must be distinct")
        if self.started_at is not None and self.started_at.tzinfo is None:
            raise ValueError("started_at must carry a timezone (UTC preferred)")
        return self


class ParticipantRead(BaseModel):
    id: UUID
    external_id: str
    role: ParticipantRole
    jurisdiction: str | None
    has_phone_number: bool


class CallRead(BaseModel):
    id: UUID
    external_id: str
    provider: str
    direction: Direction
    recording_state: RecordingState
    started_at: datetime | None
    ended_at: datetime | None
    created_at: datetime
    participants: list[ParticipantRead]


class MissingConsent(BaseModel):
    participant_id: UUID
    external_id: str
    purposes: list[str]


class DecisionRead(BaseModel):
    call_id: UUID
    may_record: bool
    may_transcribe: bool
    missing: list[MissingConsent]
    reasons: list[str]
    computed_at: datetime

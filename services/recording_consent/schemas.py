"""Wire types of the recording-consent service."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated
from uuid import UUID

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

from services.common.schemas import ExternalId


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


def _iso_8601_only(value: object) -> object:
    # Pydantic would read a bare number as a Unix timestamp; the documented type is a date-time string.
    if isinstance(value, int | float):
        raise ValueError("must be an ISO 8601 date-time string with a timezone")
    return value


Timestamp = Annotated[AwareDatetime, BeforeValidator(_iso_8601_only)]


class ParticipantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: ExternalId
    role: ParticipantRole
    phone_number: str | None = Field(None, min_length=3, max_length=32, pattern=r"^\+?[0-9 ()./-]+$",
                                     description="E.164 preferred; stored encrypted")


class CallCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: ExternalId
    provider: str = Field(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")
    direction: Direction
    started_at: Timestamp | None = Field(None, description="ISO 8601 with a timezone (UTC preferred)")
    participants: list[ParticipantCreate] = Field(min_length=1, max_length=50)

    @model_validator(mode="after")
    def _distinct_participants(self) -> "CallCreate":
        ids = [p.external_id for p in self.participants]
        if len(ids) != len(set(ids)):
            raise ValueError("participants' external_id values must be distinct")
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

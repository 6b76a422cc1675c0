"""The part of a vCon 0.4.0 the import reads, bounded; every other member is ignored. The answer says
what was taken and what was refused."""

from datetime import datetime
from typing import Annotated, Any
from uuid import UUID

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictInt

from services.common.schemas import NO_CONTROL_CHARACTERS, Timestamp
from services.transcripts.schemas import TranscriptStored

_Short = Field(None, max_length=200)


def _no_bool(value: Any) -> Any:
    if isinstance(value, bool):  # pydantic would read true as 1.0
        raise ValueError("must be a number")
    return value


Seconds = Annotated[float, BeforeValidator(_no_bool), Field(ge=0, le=7 * 86400)]


class _Member(BaseModel):
    model_config = ConfigDict(extra="ignore")


class VconParty(_Member):
    uuid: str | None = Field(None, max_length=200, pattern=NO_CONTROL_CHARACTERS)
    tel: str | None = Field(None, max_length=60)
    name: str | None = _Short
    role: str | None = Field(None, max_length=50)


class VconDialog(_Member):
    type: str = Field(max_length=30)
    start: Timestamp | None = None
    duration: Seconds | None = None
    parties: Annotated[list[StrictInt], Field(max_length=50)] | StrictInt | None = None
    originator: StrictInt | None = None
    mediatype: str | None = _Short
    encoding: str | None = Field(None, max_length=30)
    body: str | None = Field(None, max_length=20_000)


class VconAnalysis(_Member):
    type: str = Field(max_length=100)
    dialog: Annotated[list[StrictInt], Field(max_length=5000)] | StrictInt | None = None
    vendor: str | None = _Short
    encoding: str | None = Field(None, max_length=30)
    body: Any = None


class VconAttachment(_Member):
    type: str | None = Field(None, max_length=100)
    purpose: str | None = Field(None, max_length=100)
    party: StrictInt | None = None
    encoding: str | None = Field(None, max_length=30)
    body: Any = None


class VconImport(_Member):
    """A vCon from vcon-server, a telephony adapter or a SIPREC recorder."""

    vcon: str | None = Field(None, max_length=20, description="The syntax version (0.4.0 and earlier are read)")
    uuid: UUID = Field(description="Becomes the call's external_id (provider `vcon`): a vCon is imported once")
    created_at: Timestamp
    subject: str | None = Field(None, max_length=1000)
    parties: list[VconParty] = Field(min_length=1, max_length=50)
    dialog: list[VconDialog] = Field([], max_length=5000)
    analysis: list[VconAnalysis] = Field([], max_length=50)
    attachments: list[VconAttachment] = Field([], max_length=200)


class ImportedParty(BaseModel):
    party: int = Field(description="Its index in the vCon's `parties`")
    participant_id: UUID
    role: str


class ImportedEvent(BaseModel):
    party: int
    type: str
    purposes: list[str]
    method: str
    occurred_at: datetime


class Refusal(BaseModel):
    what: str = Field(description="Where in the vCon")
    reason: str


class VconImported(BaseModel):
    call_id: UUID
    participants: list[ImportedParty]
    consent_events: list[ImportedEvent] = Field(description="Recorded from the `lawful_basis` attachments")
    transcript: TranscriptStored | None = Field(description="Stored through the consent gate, as "
                                                            "`POST /v1/transcripts`; null when none or refused")
    refused: list[Refusal] = Field(description="What was not taken, and why (segments without transcription "
                                               "consent among them)")

"""Wire types of privacy requests (data-subject requests)."""

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from services.common.schemas import NO_CONTROL_CHARACTERS, ExternalId, Timestamp
from services.transcripts.lifecycle.schemas import Phone
from services.transcripts.schemas import Reason

Email = Annotated[str, StringConstraints(min_length=3, max_length=254, pattern=r"^[^@\s]+@[^@\s]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS)]


class RequestType(StrEnum):
    access = "access"
    portability = "portability"
    erasure = "erasure"
    restriction = "restriction"
    rectification = "rectification"
    objection = "objection"


class Regulation(StrEnum):
    """The regime a request is made under; its clock is in `deadlines.py`."""

    gdpr = "gdpr"  # one month, once two more
    uk_gdpr = "uk_gdpr"  # one month, once two more
    ccpa = "ccpa"  # 45 days, once 45 more; acknowledged within 10 business days
    us_state = "us_state"  # Virginia, Colorado, Connecticut, Texas, Utah and the like: 45 days, once 45 more
    lgpd = "lgpd"  # 15 days
    pipeda = "pipeda"  # 30 days, once 30 more
    quebec_law25 = "quebec_law25"  # 30 days
    other = "other"  # 30 days, once 30 more


class Status(StrEnum):
    received = "received"
    verified = "verified"
    in_progress = "in_progress"
    completed = "completed"
    partially_completed = "partially_completed"
    rejected = "rejected"


OPEN = (Status.received, Status.verified, Status.in_progress)


class ObjectionPurpose(StrEnum):
    recording = "recording"
    analytics = "analytics"
    ai_training = "ai_training"


class PrivacySubject(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_numbers: list[Phone] = Field([], max_length=20, description="Any common format; matched by blind index")
    emails: list[Email] = Field([], max_length=20)
    external_ids: list[ExternalId] = Field([], max_length=20)

    @model_validator(mode="after")
    def _someone(self) -> "PrivacySubject":
        if not (self.phone_numbers or self.emails or self.external_ids):
            raise ValueError("name the subject: at least one phone number, email or external id")
        return self


class Correction(BaseModel):
    model_config = ConfigDict(extra="forbid")

    transcript_id: UUID
    segment: int = Field(ge=0, le=100_000, description="The segment's index in the transcript")
    text: str = Field(min_length=1, max_length=20_000, description="The corrected text of that segment")


class RequestedBy(BaseModel):
    """Who made the request: the person, or an agent they authorized (CCPA, Cal. Civ. Code §
    1798.135(c); 11 CCR § 7063), whose authority is verified beside the person's identity."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["subject", "authorized_agent"] = "subject"
    name: Name | None = Field(None, description="The authorized agent's name (required for an agent)")
    authorization: Name | None = Field(None, description="What authorizes the agent (signed permission, power of "
                                                         "attorney); required for an agent")

    @model_validator(mode="after")
    def _agent_named(self) -> "RequestedBy":
        if self.kind == "authorized_agent" and not (self.name and self.authorization):
            raise ValueError("an authorized agent's request names the agent and what authorizes it")
        if self.kind == "subject" and (self.name or self.authorization):
            raise ValueError("name and authorization are for an authorized agent")
        return self


class PrivacyRequestCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: RequestType
    regulation: Regulation
    subject: PrivacySubject
    requested_by: RequestedBy = Field(default_factory=RequestedBy)
    received_at: Timestamp = Field(description="When the person's request reached the company: the deadline "
                                               "runs from here")
    purposes: list[ObjectionPurpose] = Field(
        [], max_length=3, description="Objection only: what the subject objects to (default: all three)")
    corrections: list[Correction] = Field([], max_length=100, description="Rectification only: the corrected "
                                                                          "segments (at least one)")

    @model_validator(mode="after")
    def _fits_type(self) -> "PrivacyRequestCreate":
        if self.purposes and self.type is not RequestType.objection:
            raise ValueError("purposes are for an objection")
        if self.corrections and self.type is not RequestType.rectification:
            raise ValueError("corrections are for a rectification")
        if self.type is RequestType.rectification and not self.corrections:
            raise ValueError("a rectification needs its corrections")
        return self


class AgentAuthority(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Name = Field(examples=["signed permission checked", "power of attorney on file"])
    verified_by: Name


class Verification(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Name = Field(examples=["identity document checked", "call-back to the number on file"])
    verified_by: Name
    agent_authority: AgentAuthority | None = Field(
        None, description="For a request made by an authorized agent: how the agent's authority was verified "
                          "(required then; nothing is disclosed before both checks)")


class Acknowledgement(BaseModel):
    model_config = ConfigDict(extra="forbid")

    method: Name = Field(examples=["email to the address on the request"])


class ReasonBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Reason


class PrivacyReport(BaseModel):
    found: dict[str, Any] = Field(description="Per service: what was found about the subject (counts and ids)")
    done: list[dict[str, Any]] = Field(description="What was done, per service, with counts, ids and certificates")
    kept: list[dict[str, Any]] = Field(description="What was kept, and why (legal hold with matter, legal "
                                                   "obligation, the objection itself)")
    not_done: list[dict[str, Any]] = Field(description="What was asked and could not be done, and why")
    steps: dict[str, datetime] = Field(description="When each step finished")


class ExportRead(BaseModel):
    available: bool
    expires_at: datetime | None
    downloads_left: int
    deleted_at: datetime | None


class PrivacyRequestRead(BaseModel):
    id: UUID
    type: RequestType
    regulation: Regulation
    status: Status
    subject: PrivacySubject
    purposes: list[ObjectionPurpose] = []
    corrections: int = Field(0, description="Rectification: how many corrections it carries")
    requested_by: dict[str, Any] = Field(description="`kind` (subject or authorized_agent) and, for an agent, its "
                                                     "name and authorization")
    received_at: datetime
    due_at: datetime
    deadline_citation: str = Field(description="What sets the due time and whether it can be extended")
    acknowledge_by: datetime | None = Field(description="When an acknowledgement of receipt is owed (CCPA: 10 "
                                                        "business days); null where none is")
    acknowledgement: dict[str, Any] | None
    days_left: int | None = Field(description="Whole days to the due time, negative once late; null once finished")
    overdue: bool
    extension: dict[str, Any] | None
    verification: dict[str, Any] | None
    rejection: dict[str, Any] | None
    lift: dict[str, Any] | None
    report: PrivacyReport
    export: ExportRead | None
    created_by: str
    created_at: datetime
    completed_at: datetime | None


class PrivacyRequestList(BaseModel):
    items: list[PrivacyRequestRead]
    next_cursor: str | None

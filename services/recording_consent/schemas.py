"""Wire types of the recording-consent service."""

import json
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictInt,
    Tag,
    field_validator,
    model_validator,
)

from services.common.schemas import NO_CONTROL_CHARACTERS, NO_NUL, ExternalId, SettingsDocument, Timestamp


class Direction(StrEnum):
    inbound = "inbound"
    outbound = "outbound"


class ParticipantRole(StrEnum):
    agent = "agent"
    virtual_agent = "virtual_agent"  # an AI voice agent or IVR speaking for the tenant
    customer = "customer"
    third_party = "third_party"


class RecordingState(StrEnum):
    not_recording = "not_recording"
    recording = "recording"
    paused = "paused"
    stopped = "stopped"


class Purpose(StrEnum):
    recording = "recording"
    transcription = "transcription"
    analytics = "analytics"
    ai_training = "ai_training"


class Method(StrEnum):
    dtmf = "dtmf"
    verbal = "verbal"
    stay_on_line = "stay_on_line"
    web_form = "web_form"
    prior_agreement = "prior_agreement"
    agent_attested = "agent_attested"


class EventType(StrEnum):
    notice_given = "notice_given"
    consent_granted = "consent_granted"
    consent_denied = "consent_denied"
    consent_withdrawn = "consent_withdrawn"
    recording_started = "recording_started"
    recording_paused = "recording_paused"
    recording_resumed = "recording_resumed"
    recording_stopped = "recording_stopped"
    participant_left = "participant_left"
    call_answered = "call_answered"  # the call's start: what transcript offsets count from
    call_ended = "call_ended"


CONSENT_EVENTS = {EventType.consent_granted, EventType.consent_denied, EventType.consent_withdrawn}
CALL_EVENTS = {EventType.recording_started, EventType.recording_paused, EventType.recording_resumed,
               EventType.recording_stopped, EventType.call_answered, EventType.call_ended}


Jurisdiction = Annotated[str, Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$", examples=["US-CA", "DE", "GB"],
                                    description="ISO 3166-1 alpha-2, or ISO 3166-2 for a state or province")]
PhoneNumber = Annotated[str, Field(max_length=64, pattern=r"^[^\x00-\x1f\x7f]*$",
                                   description="E.164 preferred, any common format accepted; 'anonymous', "
                                               "'restricted', 'unknown' or 'private' mean withheld. "
                                               "Stored encrypted.", examples=["+14155550100"])]
SiteName = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
                                examples=["austin", "manila-2"], description="A named agent site")]
JurisdictionSource = Literal["declared", "site", "agent_jurisdiction", "phone_number", "unknown"]
Purposes = Annotated[list[Purpose], Field(min_length=1, max_length=4), AfterValidator(lambda v: _distinct(v))]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35,
                                 examples=["en", "en-US", "de"], description="BCP 47 language tag")]
Version = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]


def _distinct(values: list) -> list:
    if len(values) != len(set(values)):
        raise ValueError("values must be distinct")
    return values


class ParticipantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: ExternalId
    role: ParticipantRole
    phone_number: PhoneNumber | None = None
    jurisdiction: Jurisdiction | None = Field(None, description="Declared by the platform; wins over everything else")
    site: SiteName | None = Field(None, description="An agent's named site (`/v1/agent-sites`), for its jurisdiction; "
                                                    "agents and virtual agents only")
    joined_at: Timestamp | None = Field(None, description="Defaults to the call's start (or now, when added later)")

    @model_validator(mode="after")
    def _site_for_agents(self) -> "ParticipantCreate":
        if self.site is not None and self.role not in (ParticipantRole.agent, ParticipantRole.virtual_agent):
            raise ValueError("only an agent or a virtual agent has a site")
        return self


class CallCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    external_id: ExternalId
    provider: str = Field(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")
    direction: Direction
    started_at: Timestamp | None = Field(None, description="When the call was answered, ISO 8601 with a timezone "
                                                           "(UTC preferred): what transcript offsets count from. "
                                                           "An earlier `call_answered` event moves it")
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
    jurisdiction: str
    jurisdiction_source: JurisdictionSource
    site: str | None = None
    has_phone_number: bool
    joined_at: datetime
    left_at: datetime | None


class CallSummary(BaseModel):
    id: UUID
    external_id: str
    provider: str
    direction: Direction
    recording_state: RecordingState
    started_at: datetime | None = Field(description="When the call was answered (the earliest `call_answered` event, "
                                                    "or as created): what transcript offsets count from")
    ended_at: datetime | None
    created_at: datetime


class CallRead(CallSummary):
    participants: list[ParticipantRead]


class CallList(BaseModel):
    items: list[CallSummary]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


Evidence = Annotated[dict[str, str | int | bool], Field(max_length=20, examples=[{"digit": "1"}],
                                                         description="What shows the consent: the digit "
                                                                     "pressed, the utterance, the form id. "
                                                                     "Stored encrypted.")]


class EventCreate(BaseModel):
    """One consent or call event. Fields that do not apply to a type are left out."""

    model_config = ConfigDict(extra="forbid")

    type: EventType
    participant_id: UUID | None = Field(None, description="For notice_given, null means everyone on the call")
    purposes: Purposes | None = None
    method: Method | None = None
    evidence: Evidence | None = None
    announcement_version: Version | None = None
    completed: StrictBool | None = Field(None, description="notice_given: did the announcement play to the end")
    occurred_at: Timestamp
    source_event_id: ExternalId | None = Field(None, description="The sender's id for the event: a second event "
                                                                 "with the same id returns the first answer")

    @field_validator("evidence")
    @classmethod
    def _short_evidence(cls, value: dict | None) -> dict | None:
        for key, item in (value or {}).items():
            if len(key) > 64 or (isinstance(item, str) and len(item) > 2000):
                raise ValueError("evidence keys are at most 64 characters and values at most 2000")
        return value

    @model_validator(mode="after")
    def _fields_fit_the_type(self) -> "EventCreate":
        required, allowed = _FIELDS[self.type]
        given = {name for name in _OPTIONAL if getattr(self, name) is not None}
        if missing := sorted(required - given):
            raise ValueError(f"{self.type} needs {', '.join(missing)}")
        if extra := sorted(given - allowed - required):
            raise ValueError(f"{self.type} does not take {', '.join(extra)}")
        return self


_OPTIONAL = ("participant_id", "purposes", "method", "evidence", "announcement_version", "completed")
_CONSENT = ({"participant_id", "purposes", "method"}, {"evidence"})
_FIELDS: dict[EventType, tuple[set[str], set[str]]] = {
    EventType.notice_given: ({"announcement_version", "completed"}, {"participant_id", "purposes", "evidence"}),
    EventType.consent_granted: _CONSENT,
    EventType.consent_denied: _CONSENT,
    EventType.consent_withdrawn: _CONSENT,
    EventType.participant_left: ({"participant_id"}, set()),
    **{event: (set(), set()) for event in CALL_EVENTS},
}


class EventBatch(BaseModel):
    model_config = ConfigDict(extra="forbid")

    events: list[EventCreate] = Field(min_length=1, max_length=100, description="Applied in order, atomically")


def _event_or_batch(value: Any) -> str:
    is_batch = isinstance(value, EventBatch) or (isinstance(value, dict) and "events" in value)
    return "batch" if is_batch else "event"


EventsBody = Annotated[Annotated[EventCreate, Tag("event")] | Annotated[EventBatch, Tag("batch")],
                       Discriminator(_event_or_batch)]


class EventRead(BaseModel):
    id: UUID
    sequence: int
    type: EventType
    participant_id: UUID | None
    purposes: list[Purpose]
    method: Method | None
    evidence: dict[str, Any] | None
    announcement_version: str | None
    completed: bool | None
    occurred_at: datetime
    received_at: datetime
    source_event_id: str | None
    ledger_entry: int | None = Field(description="The position of this event's entry in the tenant's ledger (a "
                                     "receipt carries its leaf index and inclusion proof once it is sealed)")


class RecordedEvent(EventRead):
    replayed: bool = Field(description="True when this source_event_id was seen before: nothing was stored again")


class RuleRead(BaseModel):
    jurisdiction: str
    name: str
    requirement: Literal["one_party", "notice", "all_party"]
    citation: str
    source_url: str
    clarity: Literal["high", "medium", "low"]
    effective: date | None = Field(description="When the cited provision took effect; null where not verified")
    announced_recording_counts: bool = Field(description="Whether announcing the recording, the party staying on "
                                                         "the line, meets the rule (used only with a stay-on-line "
                                                         "delay, never for a purpose whose basis is consent)")
    notes: str | None = None


class PurposePolicyRead(BaseModel):
    name: str
    citation: str
    source_url: str
    clarity: Literal["high", "medium", "low"]


class PurposeDecision(BaseModel):
    state: Literal["satisfied", "pending", "denied", "withdrawn", "objected"]
    basis: str


class MissingItem(BaseModel):
    purpose: Purpose
    needs: str


class ParticipantDecision(BaseModel):
    participant_id: UUID
    external_id: str
    role: ParticipantRole
    jurisdiction: str
    requirement: Literal["one_party", "notice", "all_party"] = Field(
        description="What this participant must give on this call: the call's requirement")
    rule: RuleRead = Field(description="This participant's own rule, whatever governs the call")
    purposes: dict[Purpose, PurposeDecision]
    missing: list[MissingItem]
    notes: list[str]


class DecisionRead(BaseModel):
    call_id: UUID
    version: int = Field(description="Increases with every change; the stream's event id")
    may_record: bool
    may_transcribe: bool
    may_analyze: bool
    may_train: bool
    requirement: Literal["one_party", "notice", "all_party"] | None
    rule: RuleRead | None = Field(description="The call's strictest rule, which applies to everyone on it")
    jurisdiction_mode: Literal["by_jurisdiction", "strict"]
    participants: list[ParticipantDecision]
    reasons: list[str] = Field(description="Plain language: why each purpose that is not allowed is not")
    rules_version: str
    evaluated_at: datetime = Field(description="The moment the decision describes")
    computed_at: datetime
    valid_until: datetime | None = Field(None, description="When time alone may change it (a stay-on-line delay, "
                                                           "an objection's expiry); null: only an event can")


class EventsRecorded(BaseModel):
    events: list[RecordedEvent]
    decision: DecisionRead


class AnnouncementCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Version
    language: "Language"
    text: str = Field(min_length=1, max_length=5000, pattern=NO_NUL)
    purposes: Purposes = Field(default_factory=lambda: [Purpose.recording, Purpose.transcription, Purpose.analytics],
                               description="What the notice tells callers about")

    @field_validator("version")
    @classmethod
    def _not_reserved(cls, value: str) -> str:
        if value.startswith("callvault-"):
            raise ValueError("versions starting with callvault- are the built-in announcements'")
        return value


class AnnouncementRead(BaseModel):
    id: UUID
    version: str
    language: str
    text: str
    purposes: list[Purpose]
    created_at: datetime
    retired_at: datetime | None
    builtin: bool = Field(False, description="callvault's own, played by the consent IVR until the tenant creates "
                                             "one; never retired")


class DoNotRecordCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    phone_number: PhoneNumber
    purposes: Purposes = Field(default_factory=lambda: list(Purpose))
    source: str = Field(min_length=1, max_length=200, pattern=NO_CONTROL_CHARACTERS,
                        examples=["customer request by phone"])
    expires_at: Timestamp | None = None


class DoNotRecordRead(BaseModel):
    id: UUID
    purposes: list[Purpose]
    source: str
    expires_at: datetime | None
    created_at: datetime


class ConsentSettingsUpdate(SettingsDocument):
    jurisdiction_mode: Literal["by_jurisdiction", "strict"] = "by_jurisdiction"
    agents_prior_agreement: StrictBool = True
    stay_on_line_seconds: StrictInt | None = Field(None, ge=0, le=600, description="Seconds after a completed notice "
                                                                             "after which staying on the line "
                                                                             "counts as consent; null: never")
    lawful_basis: dict[Purpose, Literal["consent", "legitimate_interest"]] = Field(
        default_factory=dict, description="Per purpose; `consent` needs every party's explicit consent everywhere, "
                                          "`legitimate_interest` (the default) follows the jurisdiction's rule")
    default_region: str = Field("US", pattern=r"^[A-Z]{2}$", description="How to read numbers without a country code")
    agent_jurisdiction: Jurisdiction | None = Field(
        None, description="Where the tenant's agents and virtual agents are when one declares nothing and has no "
                          "site; null: unknown (all-party) unless an agent's own number locates it")


class ConsentSettingsRead(ConsentSettingsUpdate):
    updated_at: datetime | None


class PhoneRegionRead(BaseModel):
    """How every service reads the tenant's numbers written without a country code."""

    default_region: str


class AgentSiteUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    jurisdiction: Jurisdiction


class AgentSiteRead(BaseModel):
    name: str
    jurisdiction: str
    updated_at: datetime


class JurisdictionList(BaseModel):
    version: str
    published: date
    jurisdictions: list[RuleRead]
    purposes: dict[str, PurposePolicyRead] = Field(
        description="callvault's own policy for purposes cited instead of a statute (AI training; consent basis)")


class ResolutionRead(BaseModel):
    jurisdiction: str
    source: JurisdictionSource
    country: str | None
    subdivision: str | None
    notes: list[str]
    rule: RuleRead
    rules_version: str


class RecordingStopCreate(BaseModel):
    """What a telephony provider answered when asked to stop the call's recording (the gateway
    reports it after `recording.must_stop`)."""

    model_config = ConfigDict(extra="forbid")

    outcome: Literal["confirmed", "failed"]
    provider: str = Field(min_length=1, max_length=50, pattern=r"^[a-z0-9_-]+$")
    provider_answer: dict[str, Any] = Field(description="The provider's answer (status and an excerpt of its body)")
    attempts: int = Field(ge=1, le=100)

    @field_validator("provider_answer")
    @classmethod
    def _bounded(cls, value: dict[str, Any]) -> dict[str, Any]:
        if len(json.dumps(value)) > 4000:
            raise ValueError("provider_answer must stay under 4000 characters of JSON")
        return value


class RecordingStopRead(BaseModel):
    id: UUID
    call_id: UUID
    outcome: Literal["confirmed", "failed"]
    provider: str
    provider_answer: dict[str, Any]
    attempts: int
    created_at: datetime


class CallEvents(BaseModel):
    model_config = ConfigDict(extra="forbid")

    call_id: UUID
    events: list[EventCreate] = Field(min_length=1, max_length=100, description="Applied in order, atomically")


class CallsEventsBatch(BaseModel):
    """Events of many calls in one request (a telephony ingest drains its queue so): each call's
    events are applied in order and atomically, each call on its own."""

    model_config = ConfigDict(extra="forbid")

    calls: list[CallEvents] = Field(min_length=1, max_length=100)

    @model_validator(mode="after")
    def _bounded(self) -> "CallsEventsBatch":
        if sum(len(c.events) for c in self.calls) > 500:
            raise ValueError("at most 500 events in all")
        return self


class CallEventsOutcome(BaseModel):
    call_id: UUID
    status: int = Field(description="200 when recorded (or replayed), else the status the call's events alone "
                                    "would have got")
    recorded: int = Field(description="Events stored now (replays excluded)")
    problem: dict[str, Any] | None = Field(None, description="Why not, as problem+json")


class CallsEventsOutcome(BaseModel):
    calls: list[CallEventsOutcome]


class PeriodParticipant(BaseModel):
    participant_id: UUID
    external_id: str
    role: str
    phone_number_index: str | None = Field(description="Blind index (HMAC) of the E.164 number; never the number")


class ConsentPeriod(BaseModel):
    starts_at: datetime
    ends_at: datetime | None = Field(description="null: the period lasts as long as the history is known")
    allowed: bool = Field(description="Whether the purpose is allowed for the call in this period")
    states: dict[UUID, str] = Field(description="Each present participant's state for the purpose")
    reasons: list[str]


class ConsentPeriods(BaseModel):
    call_id: UUID
    purpose: str
    started_at: datetime = Field(description="The call's start: what segment offsets count from")
    ended_at: datetime | None
    participants: list[PeriodParticipant]
    periods: list[ConsentPeriod] = Field(description="Consecutive, from the call's start; the outcome is the same "
                                                     "throughout each")

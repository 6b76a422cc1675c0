"""Every event callvault publishes: its type and its payload's model, the contract between the services
(and with webhook subscribers, who receive the payload as `data`). Producers build a payload and
`envelope` it; consumers `parse` what they receive. Payloads carry ids, counts and dates, never personal
data (a subject travels as blind indexes). A consumer ignores fields it does not know, so a producer
may add one; renaming or removing one is a breaking change for subscribers.
"""

from typing import Any, ClassVar, Self
from uuid import UUID

from pydantic import BaseModel, ConfigDict, SerializerFunctionWrapHandler, model_serializer, model_validator

from services.common.events.envelope import CloudEvent, nats_subject


class WrongEventType(ValueError):
    pass


class Payload(BaseModel):
    """An event's `data`; `TYPES` are the event types that carry it (most carry one)."""

    model_config = ConfigDict(frozen=True)
    TYPES: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def parse(cls, event: CloudEvent) -> Self:
        if event.type not in cls.TYPES:
            raise WrongEventType(f"{event.type} does not carry {cls.__name__}")
        return cls.model_validate(event.data)


def envelope(payload: Payload, *, source: str, tenant_id: UUID, subject: str, type_: str | None = None) -> CloudEvent:
    """The payload in its CloudEvents envelope, as `type_` (needed only for payloads of several types)."""
    kinds = type(payload).TYPES
    if type_ is None and len(kinds) == 1:
        type_ = kinds[0]
    if type_ not in kinds:
        raise WrongEventType(f"{type_} does not carry {type(payload).__name__}")
    return CloudEvent(source=source, type=type_, subject=subject, tenantid=tenant_id,
                      data=payload.model_dump(mode="json"))


# --- the recording-consent service: calls, consent, decisions ----------------------------------------
class CallPayload(Payload):
    call_id: UUID


class CallCreated(CallPayload):
    TYPES = ("call.created",)
    provider: str
    external_id: str
    direction: str
    participant_ids: list[UUID]


class ParticipantJoined(CallPayload):
    TYPES = ("participant.joined",)
    participant_id: UUID
    role: str
    jurisdiction: str


CONSENT_WITHDRAWN = "consent.withdrawn"


class ConsentRecorded(CallPayload):
    """One per consent event of the ledger (`consent.<kind>`)."""

    TYPES = ("consent.granted", "consent.denied", CONSENT_WITHDRAWN, "consent.notice_given")
    event_id: UUID
    participant_id: UUID | None
    purposes: list[str]
    method: str | None
    occurred_at: str


class DecisionChanged(CallPayload):
    TYPES = ("decision.changed",)
    version: int
    may_record: bool
    may_transcribe: bool
    may_analyze: bool
    may_train: bool
    requirement: str | None


class RecordingMustStop(CallPayload):
    """With the provider's name for the call, so whoever stops the recording needs no lookup."""

    TYPES = ("recording.must_stop",)
    version: int
    reasons: list[str]
    provider: str
    external_id: str


class RecordingStopAnswered(CallPayload):
    """What the provider said when asked to stop (`recording.stop_<outcome>`)."""

    TYPES = ("recording.stop_confirmed", "recording.stop_failed")
    stop_id: UUID
    provider: str
    provider_answer: dict[str, Any]
    attempts: int


class CallEnded(CallPayload):
    TYPES = ("call.ended",)
    ended_at: str


class ConsentSettingsUpdated(Payload):
    """The tenant's consent settings changed: its `default_region` (how a number without a country code is
    read), for the services that read numbers (the transcripts service's redaction without a caller)."""

    TYPES = ("consent_settings.updated",)
    default_region: str


# --- the transcripts service ----------------------------------------------------------------------------
class TranscriptPayload(Payload):
    transcript_id: UUID
    call_id: UUID


class TranscriptStored(TranscriptPayload):
    TYPES = ("transcript.stored",)
    version: int
    segment_count: int
    removed_segments: int
    tags: list[str]


class TranscriptViewedFull(TranscriptPayload):
    TYPES = ("transcript.viewed_full",)
    actor: str
    request_id: str | None


class TranscriptDeleted(TranscriptPayload):
    """A manual delete: the key is destroyed; `transcript.purged` follows once the objects are gone."""

    TYPES = ("transcript.deleted",)
    reason: str = "manual"


class TranscriptPurged(TranscriptPayload):
    """Key destroyed, objects deleted, certificate issued."""

    TYPES = ("transcript.purged",)
    reason: str
    certificate_id: UUID


class SegmentsRemoved(TranscriptPayload):
    """A new version without a participant's segments; the old one's key is destroyed."""

    TYPES = ("transcript.segments_removed",)
    version: int
    removed_segments: int
    reason: str
    participant_id: UUID | None


class TranscriptRectified(TranscriptPayload):
    """A privacy request's corrections, as a new version; the old one's key is destroyed."""

    TYPES = ("transcript.rectified",)
    version: int
    segments: list[int]


NEW_VERSIONS = (TranscriptStored, SegmentsRemoved, TranscriptRectified)  # each writes a version's artifacts


# --- privacy requests (run by the transcripts service, with a part in the consent service) -------------
PRIVACY_REQUEST_STEPS = ("received", "rejected", "extended", "acknowledged", "in_progress", "completed",
                         "partially_completed")


class PrivacyRequestStep(Payload):
    """`privacy_request.<step>`: ids, type, state and dates."""

    TYPES = tuple(f"privacy_request.{step}" for step in PRIVACY_REQUEST_STEPS)
    request_id: UUID
    type: str
    regulation: str
    status: str
    due_at: str


class PrivacyRequestWork(PrivacyRequestStep):
    """The steps that give the consent service work: the subject as blind indexes only."""

    TYPES = ("privacy_request.verified", "privacy_request.lifted")
    phone_digests: list[str]
    purposes: list[str]
    data_region: str | None = None  # the tenant's, at the verification: where its export's parts are written


PRIVACY_REQUEST_VERIFIED, PRIVACY_REQUEST_LIFTED = PrivacyRequestWork.TYPES


class ReportLine(BaseModel):
    """A line of a privacy request's report: what was done (`action`, with its counts, ids and
    references) or what was kept and why (`what`, `why`, with the ids kept). The other fields are the
    line's details, as the service that wrote it gave them; a line serializes with exactly its fields."""

    model_config = ConfigDict(frozen=True, extra="allow")
    action: str | None = None
    what: str | None = None
    why: str | None = None

    @model_validator(mode="after")
    def _done_or_kept(self) -> Self:
        if (self.action is not None) == (self.what is not None and self.why is not None):
            raise ValueError("a report line says what was done (action) or what was kept and why (what, why)")
        return self

    @model_serializer(mode="wrap")
    def _as_given(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {k: v for k, v in handler(self).items() if v is not None or k not in type(self).model_fields}


class ConsentFound(BaseModel):
    """What the consent service found about a subject: their participant records and those calls."""

    model_config = ConfigDict(frozen=True)
    participants: list[UUID]
    calls: list[UUID]


class ConsentApplied(Payload):
    """The consent service's part of a privacy request, for the request's report."""

    TYPES = ("privacy_request.consent_applied",)
    request_id: UUID
    in_reply_to: str
    found: ConsentFound
    done: list[ReportLine]
    kept: list[ReportLine]
    finished_at: str
    request_type: str | None = None  # the request's (an erasure's calls: the gateway deletes their recordings)


class ProviderRecordingsApplied(Payload):
    """The gateway's part of an erasure, for the request's report: the recordings at the providers of the
    subject's calls without transcripts, asked to be deleted, or kept by a legal hold (those of calls with
    transcripts follow the transcripts' deletion certificates)."""

    TYPES = ("privacy_request.provider_recordings_applied",)
    request_id: UUID
    done: list[ReportLine]
    kept: list[ReportLine]
    finished_at: str


PRIVACY_REQUESTS = nats_subject("privacy_request.*")  # every privacy-request event, for the consumers


# --- the gateway ------------------------------------------------------------------------------------------
class WebhookEndpointDisabled(Payload):
    TYPES = ("webhook_endpoint.disabled",)
    endpoint_id: UUID
    url: str
    failing_since: str


PAYLOADS: tuple[type[Payload], ...] = (
    CallCreated, ParticipantJoined, ConsentRecorded, DecisionChanged, RecordingMustStop, RecordingStopAnswered,
    CallEnded, ConsentSettingsUpdated, TranscriptStored, TranscriptViewedFull, TranscriptDeleted, TranscriptPurged,
    SegmentsRemoved,
    TranscriptRectified, PrivacyRequestStep, PrivacyRequestWork, ConsentApplied, ProviderRecordingsApplied,
    WebhookEndpointDisabled)
CATALOG: dict[str, type[Payload]] = {kind: payload for payload in PAYLOADS for kind in payload.TYPES}


def parse(event: CloudEvent) -> Payload:
    """The event's payload, by its type."""
    payload = CATALOG.get(event.type)
    if payload is None:
        raise WrongEventType(f"{event.type} is not in the event catalogue")
    return payload.model_validate(event.data)

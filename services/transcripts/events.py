"""Events the transcripts service emits (their payloads are in `common/events/catalog.py`): ids and
counts, never a word of a transcript."""

from typing import Any
from uuid import UUID

from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.transcripts.models import PrivacyRequest

SOURCE = "callvault/transcripts"


def _event(tenant_id: UUID, payload: catalog.TranscriptPayload) -> CloudEvent:
    return catalog.envelope(payload, source=SOURCE, tenant_id=tenant_id, subject=f"transcripts/{payload.transcript_id}")


def stored(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, segments: int, removed: int,
           tags: list[str]) -> CloudEvent:
    return _event(tenant_id, catalog.TranscriptStored(transcript_id=transcript_id, call_id=call_id, version=version,
                                                      segment_count=segments, removed_segments=removed, tags=tags))


def viewed_full(tenant_id: UUID, transcript_id: UUID, call_id: UUID, actor: str, request_id: str | None) -> CloudEvent:
    return _event(tenant_id, catalog.TranscriptViewedFull(transcript_id=transcript_id, call_id=call_id, actor=actor,
                                                          request_id=request_id))


def deleted(tenant_id: UUID, transcript_id: UUID, call_id: UUID) -> CloudEvent:
    return _event(tenant_id, catalog.TranscriptDeleted(transcript_id=transcript_id, call_id=call_id))


def purged(tenant_id: UUID, transcript_id: UUID, call_id: UUID, reason: str, certificate_id: UUID) -> CloudEvent:
    return _event(tenant_id, catalog.TranscriptPurged(transcript_id=transcript_id, call_id=call_id, reason=reason,
                                                      certificate_id=certificate_id))


def segments_removed(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, removed: int,
                     participant_id: UUID | None, reason: str) -> CloudEvent:
    return _event(tenant_id, catalog.SegmentsRemoved(transcript_id=transcript_id, call_id=call_id, version=version,
                                                     removed_segments=removed, reason=reason,
                                                     participant_id=participant_id))


def rectified(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, segments: list[int]) -> CloudEvent:
    return _event(tenant_id, catalog.TranscriptRectified(transcript_id=transcript_id, call_id=call_id,
                                                         version=version, segments=segments))


def privacy_request(r: PrivacyRequest, step: str, **work: Any) -> CloudEvent:
    """`privacy_request.<step>`: ids, type, state and dates; the subject travels as blind indexes only,
    to the consent service, when it has work to do (`work`)."""
    kind = catalog.PrivacyRequestWork if work else catalog.PrivacyRequestStep
    payload = kind(request_id=r.id, type=r.type, regulation=r.regulation, status=r.status,
                   due_at=r.due_at.isoformat(), **work)
    return catalog.envelope(payload, source=SOURCE, tenant_id=r.tenant_id, subject=f"privacy-requests/{r.id}",
                            type_=f"privacy_request.{step}")

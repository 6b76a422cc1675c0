"""Events the transcripts service emits: ids and counts, never a word of a transcript."""

from typing import Any
from uuid import UUID

from services.common.events.envelope import CloudEvent

SOURCE = "callvault/transcripts"
STORED = "transcript.stored"
VIEWED_FULL = "transcript.viewed_full"
DELETED = "transcript.deleted"
PURGED = "transcript.purged"
SEGMENTS_REMOVED = "transcript.segments_removed"
RECTIFIED = "transcript.rectified"


def _event(tenant_id: UUID, type_: str, transcript_id: UUID, call_id: UUID, data: dict[str, Any]) -> CloudEvent:
    return CloudEvent(source=SOURCE, type=type_, subject=f"transcripts/{transcript_id}", tenantid=tenant_id,
                      data={"transcript_id": str(transcript_id), "call_id": str(call_id), **data})


def stored(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, segments: int, removed: int,
           tags: list[str]) -> CloudEvent:
    return _event(tenant_id, STORED, transcript_id, call_id,
                  {"version": version, "segment_count": segments, "removed_segments": removed, "tags": tags})


def viewed_full(tenant_id: UUID, transcript_id: UUID, call_id: UUID, actor: str, request_id: str | None) -> CloudEvent:
    return _event(tenant_id, VIEWED_FULL, transcript_id, call_id, {"actor": actor, "request_id": request_id})


def deleted(tenant_id: UUID, transcript_id: UUID, call_id: UUID) -> CloudEvent:
    """A manual delete: the key is destroyed; `transcript.purged` follows once the objects are gone."""
    return _event(tenant_id, DELETED, transcript_id, call_id, {"reason": "manual"})


def purged(tenant_id: UUID, transcript_id: UUID, call_id: UUID, reason: str, certificate_id: UUID) -> CloudEvent:
    """Key destroyed, objects deleted, certificate issued."""
    return _event(tenant_id, PURGED, transcript_id, call_id, {"reason": reason, "certificate_id": str(certificate_id)})


def segments_removed(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, removed: int,
                     participant_id: UUID | None, reason: str) -> CloudEvent:
    """A new version without a participant's segments; the old one's key is destroyed."""
    return _event(tenant_id, SEGMENTS_REMOVED, transcript_id, call_id,
                  {"version": version, "removed_segments": removed, "reason": reason,
                   "participant_id": participant_id and str(participant_id)})


def rectified(tenant_id: UUID, transcript_id: UUID, call_id: UUID, version: int, segments: list[int]) -> CloudEvent:
    """A privacy request's corrections, as a new version; the old one's key is destroyed."""
    return _event(tenant_id, RECTIFIED, transcript_id, call_id, {"version": version, "segments": segments})

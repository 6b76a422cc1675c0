"""Errors of the transcripts service."""

from services.common.errors import CallvaultError, Conflict, Forbidden, Gone, NotFound, Unprocessable


class TranscriptNotFound(NotFound):
    slug, title = "transcript-not-found", "Transcript not found"


class TranscriptPurged(Gone):
    """Deleted (retention, erasure, withdrawal, a manual delete): `certificates` names its deletion
    certificates (none yet while its objects are being deleted)."""

    slug, title = "transcript-purged", "The transcript was deleted"


class TranscriptErased(Gone):
    """Its row is here but its objects are gone: a database restore brought back what was erased, and
    `callvault purge --reapply-erasures` has not run since (counted, for operators to see)."""

    slug, title = "transcript-erased", "The transcript's stored words are gone"


class CallErased(Gone):
    """A privacy request's erasure erased the call: a transcript of it that comes later (a voice-AI platform's,
    on its way while the erasure ran) is not stored. Final: sending it again is refused again."""

    slug, title = "call-erased", "The call was erased"


class TranscriptVersionNotFound(NotFound):
    slug, title = "transcript-version-not-found", "Transcript version not found"


class CallNotFound(NotFound):
    slug, title = "call-not-found", "Call not found"


class SegmentsWithoutConsent(Unprocessable):
    slug, title = "segments-without-consent", "Segments of participants without transcription consent"


class TooManySegments(Unprocessable):
    slug, title = "too-many-segments", "Too many segments"


class UnknownSubjectParticipant(Unprocessable):
    slug, title = "unknown-subject-participant", "A subject names a participant who is not on the call"


class TranscriptTooLarge(CallvaultError):
    status, slug, title = 413, "transcript-too-large", "Transcript too large"


class ReasonRequired(Unprocessable):
    slug, title = "reason-required", "A reason is required"


class FullViewForbidden(Forbidden):
    slug, title = "full-view-forbidden", "The full view is not open to this caller"


class TranscriptRestricted(Forbidden):
    """A privacy request restricts the processing of a subject of this transcript."""

    slug, title = "transcript-restricted", "The transcript is restricted"


class IdempotencyKeyReused(Conflict):
    slug, title = "idempotency-key-reused", "This Idempotency-Key came with another request"


class IdempotencyKeyReserved(Unprocessable):
    slug, title = "idempotency-key-reserved", "This Idempotency-Key is callvault's own"


class OneSubjectAtATime(Unprocessable):
    slug, title = "one-subject-at-a-time", "Give one subject to look for"


class InvalidCursor(Unprocessable):
    slug, title = "invalid-cursor", "Invalid cursor"


class InvalidTimeRange(Unprocessable):
    slug, title = "invalid-time-range", "The time range ends before it starts"


class TranscriptIntegrity(CallvaultError):
    """A stored object failed its checksum or its decryption: tampered, swapped or corrupt. Not the
    caller's fault and not an outage: a 500 that says what it is, counted in a metric."""

    status, slug, title = 500, "transcript-integrity", "The stored transcript failed its integrity check"


class KeyVersionMissing(CallvaultError):
    status, slug, title = 500, "key-version-missing", "The transcript's key-encryption key version is gone"


class VconAlreadyImported(Conflict):
    slug, title = "vcon-already-imported", "This vCon was imported before"


class VconRefused(Unprocessable):
    """The consent service would not take the call or the consent the vCon describes."""

    slug, title = "vcon-refused", "The vCon's call or consent was refused"


class RedactionOverBudget(Unprocessable):
    """A redaction spent its CPU budget (`CALLVAULT_REDACTION_CPU_SECONDS_PER_MB`) and was stopped."""

    slug, title = "redaction-over-budget", "The redaction spent its CPU budget"

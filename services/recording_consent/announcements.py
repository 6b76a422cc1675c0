"""The built-in announcement: what the consent IVR plays for a tenant that made none of its own.

A notice that played is a notice, so it has a version like any other: every tenant sees it in
`GET /v1/announcements` (`builtin: true`), notices may name it, and a tenant replaces it by creating
its own (the IVR prefers any of the tenant's). It is never retired: past notices name it.
"""

from datetime import UTC, datetime
from uuid import UUID

from services.recording_consent.schemas import AnnouncementRead, Purpose

RESERVED_PREFIX = "callvault-"  # versions of built-in announcements; a tenant's may not start so
BUILTIN = AnnouncementRead(
    id=UUID("6f1d3c2e-6a43-5c1b-9e0e-0c6d1b1e7a01"), version="callvault-builtin-1", language="en",
    text="This call may be recorded and transcribed.", purposes=[Purpose.recording, Purpose.transcription],
    created_at=datetime(2026, 12, 1, tzinfo=UTC), retired_at=None, builtin=True)


def builtin(version: str | None) -> AnnouncementRead | None:
    return BUILTIN if version == BUILTIN.version else None


def listed(language: str | None) -> list[AnnouncementRead]:
    """The built-in ones a list in `language` (or in every language) shows."""
    return [BUILTIN] if language is None or BUILTIN.language == language.split("-")[0] else []

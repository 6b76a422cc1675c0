"""Cursors of the newest-first lists (calls, transcripts, certificates, privacy requests): the last item's
time and id, opaque to the caller, made and read here only."""

import base64
from datetime import UTC, datetime
from uuid import UUID


def encode(at: datetime, ident: UUID) -> str:
    return base64.urlsafe_b64encode(f"{at.isoformat()}|{ident}".encode()).decode()


def decode(cursor: str) -> tuple[datetime, UUID] | None:
    """The time and id a cursor carries; None when `encode` did not make it."""
    try:
        at, _, ident = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        moment = datetime.fromisoformat(at)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)), UUID(ident)
    except ValueError:  # binascii.Error and UnicodeDecodeError included
        return None

"""Cursors of the newest-first lists: the last item's time and id, opaque to the caller."""

import base64
from datetime import UTC, datetime
from uuid import UUID

from services.transcripts.errors import InvalidCursor


def encode(at: datetime, ident: UUID) -> str:
    return base64.urlsafe_b64encode(f"{at.isoformat()}|{ident}".encode()).decode()


def decode(cursor: str) -> tuple[datetime, UUID]:
    try:
        at, _, ident = base64.urlsafe_b64decode(cursor.encode()).decode().partition("|")
        moment = datetime.fromisoformat(at)
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)), UUID(ident)
    except ValueError as exc:
        raise InvalidCursor("the cursor is not one this service gave out") from exc

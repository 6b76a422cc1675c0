"""The transcripts service's cursors (services/common/cursors.py), a foreign one refused as its error."""

from datetime import datetime
from uuid import UUID

from services.common import cursors
from services.common.cursors import encode
from services.transcripts.errors import InvalidCursor

__all__ = ["decode", "encode"]


def decode(cursor: str) -> tuple[datetime, UUID]:
    if (after := cursors.decode(cursor)) is None:
        raise InvalidCursor("the cursor is not one this service gave out")
    return after

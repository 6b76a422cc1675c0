"""When a privacy request is due, by its regulation.

GDPR art. 12(3): one month from receipt, extendable by two further months. A month ends on the same
day of the next month, or on its last day when it has none (Regulation 1182/71, art. 3(2)(c)): what
`relativedelta` does. CCPA (Cal. Civ. Code 1798.130(a)(2)): 45 days, extendable once by 45 more.
Requests under other laws: 30 days, extendable by 30 (the tenant's own commitment; say so in the
reason)."""

from datetime import datetime
from math import floor

from dateutil.relativedelta import relativedelta

PERIOD = {"gdpr": relativedelta(months=1), "ccpa": relativedelta(days=45), "other": relativedelta(days=30)}
EXTENSION = {"gdpr": relativedelta(months=2), "ccpa": relativedelta(days=45), "other": relativedelta(days=30)}


def due(regulation: str, received_at: datetime) -> datetime:
    return received_at + PERIOD[regulation]


def extended(regulation: str, due_at: datetime) -> datetime:
    return due_at + EXTENSION[regulation]


def days_left(due_at: datetime, now: datetime) -> int:
    """Whole days until the due time; negative once it has passed (-1 on the first day late)."""
    return floor((due_at - now).total_seconds() / 86_400)

"""When a privacy request is due, by the regime it is made under: law as data, with citations.

A month ends on the same day of the next month, or on its last day when it has none (Regulation
1182/71, art. 3(2)(c)): what `relativedelta` does. An extension is one, and only while the request
is not yet due (GDPR art. 12(3): the controller informs the person "within one month of receipt";
CCPA: 11 CCR § 7021(b), notice "within the first 45-day period"). Business days for the CCPA
acknowledgement are Monday to Friday in California (America/Los_Angeles: a request made on a Sunday
evening there is a Monday in UTC, and counted in UTC its ten days would end two days late); public
holidays are not counted out (the acknowledgement then falls due no later than the law's, only earlier).
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from math import floor
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta


@dataclass(frozen=True)
class Regime:
    period: relativedelta
    extension: relativedelta | None  # None: no extension
    citation: str
    acknowledge_business_days: int | None = None  # an acknowledgement owed within so many business days
    business_days_in: str = "UTC"  # the time zone whose calendar says which days are business days


REGIMES: dict[str, Regime] = {
    "gdpr": Regime(relativedelta(months=1), relativedelta(months=2), "GDPR art. 12(3)"),
    "uk_gdpr": Regime(relativedelta(months=1), relativedelta(months=2), "UK GDPR art. 12(3)"),
    "ccpa": Regime(relativedelta(days=45), relativedelta(days=45),
                   "Cal. Civ. Code § 1798.130(a)(2); 11 CCR § 7021(a), (b)", acknowledge_business_days=10,
                   business_days_in="America/Los_Angeles"),
    "us_state": Regime(relativedelta(days=45), relativedelta(days=45),
                       "Va. Code § 59.1-577; Colo. Rev. Stat. § 6-1-1306; Conn. Gen. Stat. § 42-518; "
                       "Tex. Bus. & Com. Code § 541.052; Utah Code § 13-61-203 (45 days, once 45 more)"),
    "lgpd": Regime(relativedelta(days=15), None, "LGPD (Lei 13.709/2018) art. 19, II"),
    "pipeda": Regime(relativedelta(days=30), relativedelta(days=30), "PIPEDA s. 8(3), 8(4)"),
    "quebec_law25": Regime(relativedelta(days=30), None,
                           "Act respecting the protection of personal information in the private sector "
                           "(Quebec) s. 32"),
    "other": Regime(relativedelta(days=30), relativedelta(days=30),
                    "the tenant's own commitment (30 days, once 30 more)"),
}


def due(regime: str, received_at: datetime) -> datetime:
    return received_at + REGIMES[regime].period


def extended(regime: str, due_at: datetime) -> datetime | None:
    """The new due time, or None where the regime allows no extension."""
    extension = REGIMES[regime].extension
    return None if extension is None else due_at + extension


def acknowledge_by(regime: str, received_at: datetime) -> datetime | None:
    days = REGIMES[regime].acknowledge_business_days
    return None if days is None else add_business_days(received_at, days, REGIMES[regime].business_days_in)


def add_business_days(start: datetime, days: int, zone: str = "UTC") -> datetime:
    """`days` business days after `start`, counted on the calendar of `zone`, at the same local time (in UTC)."""
    moment = start.astimezone(ZoneInfo(zone))
    day = moment.date()
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    local = datetime.combine(day, moment.timetz().replace(tzinfo=None), tzinfo=ZoneInfo(zone))
    return local.astimezone(UTC)


def days_left(due_at: datetime, now: datetime) -> int:
    """Whole days until the due time; negative once it has passed (-1 on the first day late)."""
    return floor((due_at - now).total_seconds() / 86_400)

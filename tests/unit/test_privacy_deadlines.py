"""A privacy request's due time by its regulation, and the days left."""

from datetime import UTC, datetime, timedelta

import pytest

from services.transcripts.privacy import deadlines


@pytest.mark.parametrize(("received", "due"), [
    (datetime(2026, 1, 15, 10, tzinfo=UTC), datetime(2026, 2, 15, 10, tzinfo=UTC)),
    (datetime(2026, 1, 31, 10, tzinfo=UTC), datetime(2026, 2, 28, 10, tzinfo=UTC)),  # no 31 February
    (datetime(2028, 1, 30, 10, tzinfo=UTC), datetime(2028, 2, 29, 10, tzinfo=UTC)),  # a leap year
    (datetime(2026, 12, 31, 23, tzinfo=UTC), datetime(2027, 1, 31, 23, tzinfo=UTC)),
])
def test_gdpr_gives_one_calendar_month(received, due):
    assert deadlines.due("gdpr", received) == due


def test_gdpr_extends_by_two_months_ccpa_by_45_days_other_by_30():
    due = datetime(2026, 2, 28, 10, tzinfo=UTC)
    assert deadlines.extended("gdpr", due) == datetime(2026, 4, 28, 10, tzinfo=UTC)
    assert deadlines.extended("ccpa", due) - due == timedelta(days=45)
    assert deadlines.extended("other", due) - due == timedelta(days=30)
    received = datetime(2026, 3, 1, tzinfo=UTC)
    assert deadlines.due("ccpa", received) - received == timedelta(days=45)
    assert deadlines.due("other", received) - received == timedelta(days=30)


def test_days_left_counts_whole_days_and_goes_negative_once_late():
    now = datetime(2026, 3, 1, 12, tzinfo=UTC)
    assert deadlines.days_left(now + timedelta(days=2, hours=1), now) == 2
    assert deadlines.days_left(now + timedelta(hours=1), now) == 0
    assert deadlines.days_left(now - timedelta(hours=1), now) == -1


@pytest.mark.parametrize(("regime", "period", "extension"), [
    ("uk_gdpr", None, None), ("us_state", timedelta(days=45), timedelta(days=45)),
    ("lgpd", timedelta(days=15), "none"), ("pipeda", timedelta(days=30), timedelta(days=30)),
    ("quebec_law25", timedelta(days=30), "none"), ("other", timedelta(days=30), timedelta(days=30)),
])
def test_each_regime_has_its_own_clock(regime, period, extension):
    received = datetime(2026, 3, 1, 9, tzinfo=UTC)
    due = deadlines.due(regime, received)
    if period is None:  # UK GDPR: a calendar month, as GDPR, extended by two
        assert due == datetime(2026, 4, 1, 9, tzinfo=UTC) and deadlines.extended(regime, due).month == 6
    else:
        assert due - received == period
        if extension == "none":
            assert deadlines.extended(regime, due) is None
        else:
            assert deadlines.extended(regime, due) - due == extension
    assert deadlines.REGIMES[regime].citation


def test_a_ccpa_request_is_acknowledged_within_ten_business_days():
    friday = datetime(2026, 3, 6, 17, tzinfo=UTC)  # 9:00 in California
    # Two weeks (no weekends), at 9:00 in California again: summer time began on the 8th, so 16:00 UTC.
    assert deadlines.acknowledge_by("ccpa", friday) == datetime(2026, 3, 20, 16, tzinfo=UTC)
    assert deadlines.acknowledge_by("gdpr", friday) is None


def test_ccpa_business_days_are_californias():
    # Sunday 20:00 in California is Monday 04:00 UTC: counted in UTC, Monday would be a business day and
    # the tenth would fall on a Monday; in California the ten run Monday to Friday of the next week.
    sunday_evening = datetime(2026, 6, 15, 3, tzinfo=UTC)  # Sunday 14 June, 20:00 PDT
    assert deadlines.acknowledge_by("ccpa", sunday_evening) == datetime(2026, 6, 27, 3, tzinfo=UTC)  # Fri 26, 20:00 PDT

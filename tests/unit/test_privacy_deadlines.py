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

"""When the inbox tries a waiting transcript again, and when it gives up: the backoff doubles from
TRANSCRIPT_RETRY_SECONDS to at most TRANSCRIPT_RETRY_MAX_SECONDS, and a transcript is refused after
TRANSCRIPT_ATTEMPTS attempts or TRANSCRIPT_HOURS hours after its events were applied, whichever is first."""

from datetime import UTC, datetime, timedelta
from itertools import pairwise

from services.gateway.telephony import inbox

NOW = datetime(2026, 12, 3, 12, tzinfo=UTC)


def test_the_backoff_doubles_up_to_its_ceiling():
    waits = [inbox.retry_in(n) for n in range(1, inbox.TRANSCRIPT_ATTEMPTS)]
    assert waits[:3] == [10.0, 20.0, 40.0]
    ceiling = inbox.TRANSCRIPT_RETRY_MAX_SECONDS
    assert all(later == min(2 * earlier, ceiling) for earlier, later in pairwise(waits))
    assert waits[-1] == inbox.TRANSCRIPT_RETRY_MAX_SECONDS
    # the attempts bound is reached well before the hours bound when the drainer runs throughout
    assert timedelta(seconds=sum(waits)) < timedelta(hours=inbox.TRANSCRIPT_HOURS)


def test_a_transcript_is_given_up_after_its_attempts_or_its_hours():
    applied = {"processed_at": NOW - timedelta(minutes=5)}
    assert not inbox.given_up(applied, 1, NOW)
    assert not inbox.given_up(applied, inbox.TRANSCRIPT_ATTEMPTS - 1, NOW)
    assert inbox.given_up(applied, inbox.TRANSCRIPT_ATTEMPTS, NOW)
    long_ago = {"processed_at": NOW - timedelta(hours=inbox.TRANSCRIPT_HOURS)}
    assert inbox.given_up(long_ago, 1, NOW)  # a drainer that was down for a day: one more try, then refused
    assert not inbox.given_up({"processed_at": NOW - timedelta(hours=inbox.TRANSCRIPT_HOURS, seconds=-1)}, 1, NOW)

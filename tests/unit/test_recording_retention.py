"""When the provider's recording of a call without transcripts falls due (`recording_retention.verdict`)."""

from datetime import UTC, datetime, timedelta

from services.gateway.telephony.recording_retention import verdict

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
HOUR = 3600.0


def _status(days: int = 30, ended: datetime | None = None, transcripts: int = 0, held_by: list[str] = ()) -> dict:
    return {"call_id": "00000000-0000-0000-0000-000000000001", "days": days, "source": "default",
            "transcripts": transcripts, "call_ended_at": ended and ended.isoformat(), "held_by": list(held_by)}


def test_a_recording_is_due_once_the_retention_has_passed_since_the_call_ended():
    saved = NOW - timedelta(days=31)
    assert verdict(_status(ended=saved), saved, NOW, HOUR).due
    ended_lately = NOW - timedelta(days=29)
    kept = verdict(_status(ended=ended_lately), saved, NOW, HOUR)
    assert not kept.due and kept.next_check_at == NOW + timedelta(hours=1)


def test_a_recording_is_never_due_within_a_day_of_the_end_whatever_the_retention():
    # A transcript made from it may still be on its way; its own purge is the one that applies.
    ended = NOW - timedelta(hours=23, minutes=30)
    soon = verdict(_status(days=0, ended=ended), ended, NOW, HOUR)
    assert not soon.due and soon.next_check_at == NOW + timedelta(minutes=30)  # checked again when it falls due
    assert verdict(_status(days=0, ended=NOW - timedelta(days=1)), NOW - timedelta(days=1), NOW, HOUR).due


def test_without_an_end_the_call_may_be_going_on_and_only_a_long_grace_makes_it_due():
    assert not verdict(_status(days=0), NOW, NOW, HOUR).due  # saved now, the call perhaps still on
    assert not verdict(_status(days=0), NOW - timedelta(days=29), NOW, HOUR).due
    assert verdict(_status(days=0), NOW - timedelta(days=30), NOW, HOUR).due
    assert not verdict(_status(days=60), NOW - timedelta(days=59), NOW, HOUR).due  # a longer retention: its own
    assert verdict(_status(days=60), NOW - timedelta(days=60), NOW, HOUR).due


def test_an_end_before_the_recording_was_saved_makes_nothing_due_sooner():
    """A backdated end (the caller's clock) never shortens what is kept after the gateway saw the recording."""
    kept = verdict(_status(days=30, ended=NOW - timedelta(days=400)), NOW - timedelta(days=1), NOW, HOUR)
    assert not kept.due


def test_a_held_call_or_one_with_transcripts_or_no_call_is_kept():
    long_ago = NOW - timedelta(days=400)
    held = verdict(_status(days=0, ended=long_ago, held_by=["M-1"]), long_ago, NOW, HOUR)
    assert (held.due, held.held_by, held.next_check_at) == (False, ["M-1"], NOW + timedelta(hours=1))
    with_transcripts = verdict(_status(days=0, ended=long_ago, transcripts=1), long_ago, NOW, HOUR)
    assert (with_transcripts.due, with_transcripts.next_check_at) == (False, None)  # their purge deletes it
    assert not verdict(None, long_ago, NOW, HOUR).due

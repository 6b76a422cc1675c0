"""Twilio's status callbacks, understood: its `Timestamp` has whole seconds only, so a call's end is
placed at the last instant of that second (never after now), after whatever callvault timed to the
microsecond within it."""

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

from starlette.datastructures import FormData

from services.gateway.telephony import twilio
from services.gateway.telephony.happenings import Seen


def _parse(**form: str):
    return twilio.parse({}, Seen("https://callvault.example/v1/webhooks/twilio/acme", {}, b"", FormData(form)))


def test_a_completed_callback_ends_the_call_at_the_last_instant_of_its_second():
    second = datetime(2026, 1, 15, 10, 0, 42, tzinfo=UTC)
    (ended,) = _parse(CallSid="CA1", CallStatus="completed", SequenceNumber="3",
                      Timestamp=format_datetime(second, usegmt=True)).happenings
    assert ended.type == "call_ended"
    assert ended.occurred_at == second + timedelta(seconds=1, microseconds=-1)


def test_an_end_in_the_current_second_is_never_placed_after_now():
    before = datetime.now(UTC)
    (ended,) = _parse(CallSid="CA1", CallStatus="completed",
                      Timestamp=format_datetime(before.replace(microsecond=0), usegmt=True)).happenings
    assert before.replace(microsecond=0) <= ended.occurred_at <= datetime.now(UTC)


def test_the_answer_counts_from_the_start_of_its_second():
    second = datetime(2026, 1, 15, 10, 0, 7, tzinfo=UTC)
    (answered,) = _parse(CallSid="CA1", CallStatus="in-progress",
                         Timestamp=format_datetime(second, usegmt=True)).happenings
    assert (answered.type, answered.occurred_at) == ("call_answered", second)

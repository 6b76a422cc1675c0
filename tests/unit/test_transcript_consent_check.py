"""Which segments lack transcription consent, over the consent service's periods."""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

from services.transcripts.clients.consent import ConsentPeriods, Period, PeriodParticipant
from services.transcripts.consent_check import refused_segments
from services.transcripts.schemas import SegmentCreate

START = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
AGENT, CUSTOMER, LATE = uuid4(), uuid4(), uuid4()


def _periods(*periods: Period) -> ConsentPeriods:
    people = [PeriodParticipant(participant_id=p, external_id=str(p), role="customer", phone_number_index=None)
              for p in (AGENT, CUSTOMER, LATE)]
    return ConsentPeriods(call_id=uuid4(), started_at=START, ended_at=None, participants=people,
                          periods=list(periods))


def _period(start_s: float, end_s: float | None, allowed: bool, **states: str) -> Period:
    names = {"agent": AGENT, "customer": CUSTOMER, "late": LATE}
    return Period(starts_at=START + timedelta(seconds=start_s),
                  ends_at=None if end_s is None else START + timedelta(seconds=end_s), allowed=allowed,
                  states={names[k]: v for k, v in states.items()}, reasons=[] if allowed else ["customer pending"])


def _segment(who, start_s: float, end_s: float) -> SegmentCreate:
    return SegmentCreate(participant_id=who, start_ms=int(start_s * 1000), end_ms=int(end_s * 1000), text="x")


HISTORY = _periods(
    _period(0, 10, False, agent="satisfied", customer="pending"),
    _period(10, 60, True, agent="satisfied", customer="satisfied"),
    _period(60, None, True, agent="satisfied", customer="withdrawn", late="satisfied"),
)


def test_segments_inside_an_allowed_period_pass():
    assert refused_segments(HISTORY, [_segment(AGENT, 11, 20), _segment(CUSTOMER, 20, 59)]) == []


def test_a_segment_before_consent_or_straddling_it_is_refused_with_the_reason():
    refused = refused_segments(HISTORY, [_segment(AGENT, 2, 5), _segment(CUSTOMER, 8, 12)])
    assert [r.index for r in refused] == [0, 1]
    assert "customer pending" in refused[0].reason


def test_a_withdrawn_speaker_is_refused_while_the_others_go_on():
    refused = refused_segments(HISTORY, [_segment(CUSTOMER, 61, 62), _segment(AGENT, 61, 62)])
    assert [r.index for r in refused] == [0] and "withdrawn" in refused[0].reason


def test_someone_not_on_the_call_then_or_at_all_is_refused():
    refused = refused_segments(HISTORY, [_segment(LATE, 30, 31), _segment(uuid4(), 30, 31), _segment(LATE, 70, 71)])
    assert [r.index for r in refused] == [0, 1]
    assert "not on the call at" in refused[0].reason and "not on this call" in refused[1].reason


def test_the_interval_shortcut_agrees_with_the_walk_over_every_period():
    import random

    from services.transcripts import consent_check

    rng = random.Random(7)
    starts = [consent_check._ms(HISTORY, p.starts_at) for p in HISTORY.periods]
    ends = [consent_check._ms(HISTORY, p.ends_at) if p.ends_at else float("inf") for p in HISTORY.periods]
    segments = []
    for _ in range(2000):
        start = rng.choice([0, 5, 9.9, 10, 10.001, 30, 59.999, 60, 61, 120]) + rng.random() * rng.choice([0, 1, 5])
        segments.append(_segment(rng.choice([AGENT, CUSTOMER, LATE]), start, start + rng.choice([0, 0.5, 2, 20])))
    walked = [i for i, s in enumerate(segments) if consent_check._why_refused(HISTORY.periods, starts, ends, s)]
    assert [r.index for r in refused_segments(HISTORY, segments)] == walked
    assert 0 < len(walked) < len(segments)

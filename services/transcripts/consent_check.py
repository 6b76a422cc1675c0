"""Which segments of a transcript lack transcription consent: pure, over the consent service's periods.

A segment is allowed when, in every period its span touches, transcription is allowed for the call
and its speaker is on the call without a refusal of their own (denied, withdrawn, objected).
"""

from datetime import timedelta

from services.transcripts.clients.consent import ConsentPeriods, Period
from services.transcripts.schemas import RefusedSegment, SegmentCreate

REFUSING_STATES = frozenset({"denied", "withdrawn", "objected"})


def refused_segments(periods: ConsentPeriods, segments: list[SegmentCreate]) -> list[RefusedSegment]:
    known = {p.participant_id for p in periods.participants}
    refused = []
    for index, segment in enumerate(segments):
        reason = _why_refused(periods, known, segment)
        if reason is not None:
            refused.append(RefusedSegment(index=index, participant_id=segment.participant_id,
                                          start_ms=segment.start_ms, end_ms=segment.end_ms, reason=reason))
    return refused


def _why_refused(periods: ConsentPeriods, known: set, segment: SegmentCreate) -> str | None:
    if segment.participant_id not in known:
        return "the participant is not on this call"
    start = periods.started_at + timedelta(milliseconds=segment.start_ms)
    end = periods.started_at + timedelta(milliseconds=segment.end_ms)
    for period in _touching(periods.periods, start, end):
        state = period.states.get(segment.participant_id)
        if state is None:
            return f"the participant was not on the call at {_offset(periods, period)}"
        if state in REFUSING_STATES:
            return f"the participant's transcription consent is {state} from {_offset(periods, period)}"
        if not period.allowed:
            why = "; ".join(period.reasons) or "transcription is not allowed"
            return f"transcription is not allowed from {_offset(periods, period)}: {why}"
    return None


def _touching(periods: list[Period], start, end) -> list[Period]:
    touching = [p for p in periods if p.starts_at <= end and (p.ends_at is None or p.ends_at > start)]
    return touching or periods[:1]  # a segment before the first period is judged by the call's start


def _offset(periods: ConsentPeriods, period: Period) -> str:
    ms = max(0, int((period.starts_at - periods.started_at).total_seconds() * 1000))
    return f"{ms} ms"

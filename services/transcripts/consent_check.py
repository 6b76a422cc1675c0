"""Which segments lack transcription consent: pure, over the consent service's periods.

A segment is allowed when, in every period its span touches, transcription is allowed for the call
and its speaker is on the call without a refusal of their own (denied, withdrawn, objected).
Periods become millisecond offsets from the call's start once, so each segment is a binary search
and a short walk, not a pass over every period.
"""

import math
from bisect import bisect_right

from services.transcripts.clients.consent import ConsentPeriods, Period
from services.transcripts.schemas import RefusedSegment, SegmentCreate

REFUSING_STATES = frozenset({"denied", "withdrawn", "objected"})


def refused_segments(periods: ConsentPeriods, segments: list[SegmentCreate]) -> list[RefusedSegment]:
    known = {p.participant_id for p in periods.participants}
    ends = [_ms(periods, p.ends_at) if p.ends_at else math.inf for p in periods.periods]
    starts = [_ms(periods, p.starts_at) for p in periods.periods]
    refused = []
    for index, segment in enumerate(segments):
        if segment.participant_id not in known:
            reason = "the participant is not on this call"
        else:
            reason = _why_refused(periods.periods, starts, ends, segment)
        if reason is not None:
            refused.append(RefusedSegment(index=index, participant_id=segment.participant_id,
                                          start_ms=segment.start_ms, end_ms=segment.end_ms, reason=reason))
    return refused


def _why_refused(periods: list[Period], starts: list[float], ends: list[float], segment: SegmentCreate) -> str | None:
    # The first period that has not ended by the segment's start (a segment before the first period
    # is judged by the first), then every period that starts before the segment ends.
    first = max(0, min(bisect_right(ends, segment.start_ms), len(periods) - 1))
    for i in range(first, len(periods)):
        if i > first and starts[i] > segment.end_ms:
            break
        period, at = periods[i], f"{max(0, int(starts[i]))} ms"
        state = period.states.get(segment.participant_id)
        if state is None:
            return f"the participant was not on the call at {at}"
        if state in REFUSING_STATES:
            return f"the participant's transcription consent is {state} from {at}"
        if not period.allowed:
            return f"transcription is not allowed from {at}: {'; '.join(period.reasons) or 'no consent'}"
    return None


def _ms(periods: ConsentPeriods, moment) -> float:
    return (moment - periods.started_at).total_seconds() * 1000

"""Which segments lack transcription consent: pure, over the consent service's periods.

A segment is allowed when, in every period its span touches, transcription is allowed for the call
and its speaker is on the call without a refusal of their own (denied, withdrawn, objected).
The periods become, per participant, the millisecond intervals in which they may be transcribed
(usually one, from when consent was given): a segment inside one passes at the cost of two
comparisons; any other walks the periods (the rule itself), which says why when it refuses.
"""

import math
from bisect import bisect_right
from collections.abc import Iterable

from services.transcripts.clients.consent import ConsentPeriods, Period
from services.transcripts.models import Withdrawal
from services.transcripts.schemas import RefusedSegment, SegmentCreate

REFUSING_STATES = frozenset({"denied", "withdrawn", "objected"})
WITHDRAWN_REASON = "consent withdrawn"  # also what a withdrawal's rewrite of a stored transcript says


def refused_segments(periods: ConsentPeriods, segments: list[SegmentCreate]) -> list[RefusedSegment]:
    starts = [_ms(periods, p.starts_at) for p in periods.periods]
    ends = [_ms(periods, p.ends_at) if p.ends_at else math.inf for p in periods.periods]
    allowed = _allowed_intervals(periods.periods, starts, ends)
    known = {p.participant_id for p in periods.participants}
    refused = []
    for index, segment in enumerate(segments):
        start, end = segment.start_ms, segment.end_ms
        for low, high in allowed.get(segment.participant_id.int, ()):
            if low <= start and end < high:
                break
        else:
            if segment.participant_id not in known:
                reason = "the participant is not on this call"
            elif (reason := _why_refused(periods.periods, starts, ends, segment)) is None:
                continue  # the walk is the rule; the intervals only spare it for the usual segment
            refused.append(RefusedSegment(index=index, participant_id=segment.participant_id,
                                          start_ms=start, end_ms=end, reason=reason))
    return refused


def withdrawn_segments(periods: ConsentPeriods, segments: list[SegmentCreate], withdrawals: Iterable[Withdrawal],
                       refused: Iterable[RefusedSegment]) -> list[RefusedSegment]:
    """The words a withdrawal made before this transcript came would have removed had the transcript been
    stored then (the tenant's `on_withdrawal`, as it stood at the withdrawal): `remove_segments`, the
    withdrawing participant's words before it (everyone's, for the whole call's); `remove_transcript`,
    every word before it. Words after it are the consent check's (`refused`, left as they are)."""
    done = {r.index for r in refused}
    cuts = [(w.participant_id if w.action == "remove_segments" else None, _ms(periods, w.occurred_at))
            for w in withdrawals if w.action in ("remove_segments", "remove_transcript")]
    removed = []
    for index, segment in enumerate(segments):
        if index not in done and any(segment.start_ms < at and who in (None, segment.participant_id)
                                     for who, at in cuts):
            removed.append(RefusedSegment(index=index, participant_id=segment.participant_id,
                                          start_ms=segment.start_ms, end_ms=segment.end_ms, reason=WITHDRAWN_REASON))
    return removed


def _allowed_intervals(periods: list[Period], starts: list[float], ends: list[float]
                       ) -> dict[int, list[tuple[float, float]]]:
    """Per participant, the merged [start, end) spans of the periods in which they may be transcribed
    (the first period also covers anything before it: segments are judged from the call's start).
    Keyed by the participant id's integer: hashing a UUID object runs Python code, once per segment."""
    allowed: dict[int, list[tuple[float, float]]] = {}
    for i, period in enumerate(periods):
        if not period.allowed:
            continue
        start = -math.inf if i == 0 else starts[i]
        for participant, state in period.states.items():
            if state in REFUSING_STATES:
                continue
            spans = allowed.setdefault(participant.int, [])
            if spans and spans[-1][1] == start:
                spans[-1] = (spans[-1][0], ends[i])
            else:
                spans.append((start, ends[i]))
    return allowed


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

"""A value said again elsewhere in the conversation, in other words or another form than where it was found ("Can
you call me back on (478) 815-7954. Again, four seven eight eight one five seven nine five four."): once found, the
same digits are the same value, however they are said. Only a run of one line that says all of the value (or a
number to call's national digits, seven or more): a part of one could be any number."""

from bisect import bisect_right

from services.transcripts.redaction.entities import PHONE_NUMBER, Entity
from services.transcripts.redaction.readings import joined, readings
from services.transcripts.redaction.spoken import Unit, runs

MIN_AGAIN = 7  # digits a value said again must have, at least
SCORE = 0.95  # below a checksum's, so that what was found where it was said first keeps its own place


def said_again(text: str, found: list[Entity]) -> list[Entity]:
    values: dict[str, Entity] = {}
    for entity in found:
        if (digits := entity.value.lstrip("+")).isdigit() and len(digits) >= MIN_AGAIN:
            values.setdefault(digits, entity)
    if not values:
        return []
    # a number to call's national digits: its last seven or more, looked up (not compared with each phone found)
    nationals = {digits[-k:]: e for digits, e in values.items() if e.type == PHONE_NUMBER
                 for k in range(MIN_AGAIN, len(digits))}
    spans = sorted((e.start, e.end) for e in found)
    out = []
    for run in runs(text):
        if "\n" in text[run[0].start:run[-1].end]:
            continue  # said again in one breath; across turns, the read-backs' and the asides' readers decide
        for part in _outside(run, spans):
            for reading in readings(part):
                digits, _ = joined(reading)
                if len(digits) < MIN_AGAIN:
                    continue
                if (entity := values.get(digits) or nationals.get(digits)) is not None:
                    out.append(Entity(entity.type, part[0].start, part[-1].end, "said-again", SCORE, entity.value))
                    break
    return out


def _outside(run: list[Unit], spans: list[tuple[int, int]]) -> list[list[Unit]]:
    """The stretches of the run's units that no entity found covers any of."""
    parts: list[list[Unit]] = [[]]
    for unit in run:
        k = bisect_right(spans, (unit.start, float("inf"))) - 1
        inside = (k >= 0 and spans[k][1] > unit.start) or \
            (k + 1 < len(spans) and spans[k + 1][0] < unit.end)
        if inside:
            parts.append([])
        else:
            parts[-1].append(unit)
    return [part for part in parts if part]

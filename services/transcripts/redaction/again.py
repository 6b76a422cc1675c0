"""A value said again elsewhere in the conversation, in other words or another form than where it was found ("Can
you call me back on (478) 815-7954. Again, four seven eight eight one five seven nine five four."): once found, the
same digits are the same value, however they are said. Only a run of one line that says all of the value (or a
number to call's national digits, seven or more): a part of one could be any number."""

import re
from bisect import bisect_left, bisect_right

from services.transcripts.redaction.entities import CARD_SECURITY_CODE, CREDIT_CARD, PHONE_NUMBER, US_SSN, Entity
from services.transcripts.redaction.readings import joined, readings
from services.transcripts.redaction.spoken import Unit, by_line, runs

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


# A group of a value asked about and said again on its own, in the few turns after it ("Was that thirteen, the
# teen, or thirty?" / "Teen. That group is one three seven five."; "And the two in the middle were?" / "ninety-two."
# / "92, got it."): a group as the value is grouped (an SSN's 3-2-4, a card's fours, an Amex's 4-6-5, a security
# code whole), never a card's last four named as such ("the one ending 4421" names a card, it does not give it).
GROUPS = {US_SSN: {9: (3, 2, 4)}, CREDIT_CARD: {15: (4, 6, 5), 16: (4, 4, 4, 4), 14: (4, 6, 4), 13: (4, 4, 5),
                                               19: (4, 4, 4, 4, 3)},
          CARD_SECURITY_CODE: {3: (3,), 4: (4,)}}  # a code read back whole ("Just the last three. So 581?")
PART_TURNS = 4  # turns after the value's where a group of it said again is looked for
MAX_PART_TURN = 120  # characters of such a turn: a short answer, not another value's reading
# A turn that corrects a read-back ("No, the middle is five seven, not five eight."): its wrong group is no part
# of the value, and the labelled corpora leave the right one in such a turn unlabelled too.
_CORRECTING = re.compile(r"\bnot\b(?! quite)", re.I)  # "Not quite. That group's ...": the right group given
# Said just before a card's last four, they name a card by them: they do not give it.
NAMES_A_CARD = re.compile(r"(?:ending(?: in| with)?|ends(?: in| with)?|last (?:four|4))\W*$", re.I)


def parts_said_again(text: str, found: list[Entity]) -> list[Entity]:
    spans = sorted((e.start, e.end) for e in found)
    # a card's last group said again alone is its, not a code found there ("the last three digits?" / "918.")
    not_codes = sorted((e.start, e.end) for e in found if e.type != CARD_SECURITY_CODE)
    out: list[Entity] = []
    parts: list[list[Unit]] | None = None  # the conversation's runs, line by line: made once, where needed
    for entity in found:
        layout = GROUPS.get(entity.type, {}).get(len(entity.value))
        if layout is None or not entity.value.isdigit():
            continue
        if parts is None:
            parts = [part for run in runs(text) for part in by_line(text, run)]
            starts = [part[0].start for part in parts]
        groups, at = {}, 0
        for size in layout:
            groups.setdefault(entity.value[at:at + size], at + size == len(entity.value))
            at += size
        start = text.find("\n", entity.end)
        for _ in range(PART_TURNS):
            if start < 0:
                break
            end = text.find("\n", start + 1)
            end = len(text) if end < 0 else end
            if end - start <= MAX_PART_TURN and not _CORRECTING.search(text, start, end):
                turn = parts[bisect_left(starts, start):bisect_left(starts, end)]
                out += _parts(text, [part for part in turn if part[-1].end <= end], groups, entity,
                              not_codes if entity.type == CREDIT_CARD else spans)
            start = end if end < len(text) else -1
    return out


def _parts(text: str, turn: list[list[Unit]], groups: dict[str, bool], entity: Entity,
           spans: list[tuple[int, int]]) -> list[Entity]:
    out = []
    for run in turn:
        digits = "".join(u.digits for u in run)
        first, last = run[0].start, run[-1].end
        if digits not in groups or (groups[digits] and NAMES_A_CARD.search(text, max(0, first - 20), first)):
            continue
        k = bisect_right(spans, (first, float("inf"))) - 1
        if (k >= 0 and spans[k][1] > first) or (k + 1 < len(spans) and spans[k + 1][0] < last):
            continue  # found already, as this or as another value
        out.append(Entity(entity.type, first, last, "part-said-again", SCORE, entity.value))
    return out

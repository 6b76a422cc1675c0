"""A card begun and given up for another ("It's 3569 4017 5930... oh, hang on, that's the old one. Right, the new
one: 3506 ..."): the digits said of the old card are a card's too, though too few for its check to pass. Only
where words between them and a card found after say that the first was another card, and the digits could begin
one (a card network's first digit, no more than a card has); or where they trail off and the card said after
begins with them, the same card begun and taken up again ("Oh, it's six oh, um... hold on, let me grab it. | ... |
6011, 1617, ...")."""

import re
from bisect import bisect_left, bisect_right

from services.transcripts.redaction.again import NAMES_A_CARD
from services.transcripts.redaction.entities import CREDIT_CARD, Entity
from services.transcripts.redaction.spoken import runs

_GIVEN_UP = re.compile(r"\b(?:old (?:one|card)|expired (?:one|card)|wrong (?:one|card)|other (?:one|card)|"
                       r"not that one|that's not it|ran out|new (?:one|card))\b", re.I)
GIVEN_UP_WITHIN = 160  # characters between the digits given up and the card said instead
MIN_BEGUN, MAX_BEGUN = 4, 19
MIN_AGAIN = 2  # digits of a card begun that the card said after begins with
_TRAILS_OFF = re.compile(r"[\s,]*(?:\.\.\.|\u2026|(?:um|uh|er|erm)\b)", re.I)  # "six oh, um...", "six oh one one..."
SCORE = 0.85


def given_up(text: str, found: list[Entity]) -> list[Entity]:
    cards = sorted((e for e in found if e.type == CREDIT_CARD), key=lambda e: e.start)
    if not cards:  # most conversations
        return []
    named = _GIVEN_UP.search(text) is not None
    spans = sorted((e.start, e.end) for e in found)
    starts = [c.start for c in cards]
    out = []
    for run in runs(text):
        digits, start, end = "".join(u.digits for u in run), run[0].start, run[-1].end
        k = bisect_right(spans, (start, float("inf"))) - 1
        if not MIN_AGAIN <= len(digits) <= MAX_BEGUN or digits[0] not in "23456" or \
                (k >= 0 and spans[k][1] > start) or (k + 1 < len(spans) and spans[k + 1][0] < end):
            continue
        if NAMES_A_CARD.search(text, max(0, start - 20), start):
            continue  # "not the one ending in 2874": a card named by its last four, not given
        after = cards[n] if (n := bisect_left(starts, end)) < len(cards) else None
        if after is None or after.start - end > GIVEN_UP_WITHIN:
            continue
        if (after.value.startswith(digits) and len(digits) < len(after.value) and _TRAILS_OFF.match(text, end)) or \
                (named and len(digits) >= MIN_BEGUN and _GIVEN_UP.search(text, end, after.start)):
            out.append(Entity(CREDIT_CARD, start, end, "card-given-up", SCORE, digits))
    return out

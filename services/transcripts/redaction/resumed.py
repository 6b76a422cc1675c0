"""A value broken off for chatter and taken up again a few lines on ("Okay, L K, five five one three... hang on, it's
on my P60." / "Take your time." / "Right, got it. two oh, A."): its two parts read as one, the words between them
left out. Only where the first part ends just before the speaker trails off ("...") where the value is named (or an
IBAN's head said), and a part said in a later line (not after another number's name there) makes with it a value
whose check passes (an IBAN's, a DNI's letter, a codice fiscale's, a NIR's, a BSN's) or whose shape and words name it
(a NINO), each part then hidden apart; the chatter between them, with numbers of its own ("the 62.96 from the
fourteenth"), is not read into the value.

Each place is read as a short text of its own (the line before the first part, for the words that name the value,
the first part, then the second): the cost is bounded at each and in all (MOST_TRIES), and a text without a
trailing-off after a digit or a letter spelled costs one scan."""

import re
from bisect import bisect_left

from services.transcripts.redaction.banking import find_bank_details
from services.transcripts.redaction.entities import (
    ES_NIE,
    ES_NIF,
    FR_NIR,
    IBAN_CODE,
    IT_FISCAL_CODE,
    NL_BSN,
    UK_NINO,
    Claimed,
    Entity,
    words,
)
from services.transcripts.redaction.identity import find_national_ids
from services.transcripts.redaction.spoken import runs

# a trailing-off just after a digit, a number word or a letter spelled ("5193...", "trece...", "L N R...")
_TRAILS_OFF = re.compile(r"[\w](?:\.\.\.|\u2026)")
# the values whose check (or, a NINO's, whose shape and name) a chance join does not pass: not an account number
# (any digits) or an SSN (no check), which any later number would complete
_JOINED = frozenset({IBAN_CODE, ES_NIF, ES_NIE, IT_FISCAL_CODE, FR_NIR, NL_BSN, UK_NINO})
# the values' names, or an IBAN's head, in the first part's line or the line before it (or in the second part's):
# only there is a join tried
_NAMED = re.compile(r"\biban\b|\bnino\b|national insurance|\bni\b|\bdni\b|\bnie\b|\bnif\b|codice|fiscal|"
                    r"steuernummer|\bbsn\b|burgerservice|\bnir\b|s[ée]cu|carte vitale|\bletra\b|"
                    r"(?-i:\b[A-Z]{2} ?\d{2}\b|\b[A-Z],? [A-Z]\b)", re.I)  # (letters spelled in capitals)
# another number's name in the second part's line before it ("my zip is 94110"): no part of this value
_ANOTHER = words(r"\bzip\b|post ?code|\bcode\b|\border\b|reference|\bref\b|phone|mobile|number to call|ticket|"
                 r"tracking|invoice|amount|total")
MOST_TRIES = 200  # joins tried in one conversation at most: a text of many trailings-off costs no more than this
LATER_LINES = 3  # lines after the first part's where the second may be said
MOST_BEFORE = 160  # characters of the first part's line (and the line before it) read
MOST_AFTER = 120  # characters of the second part read
TAILS_TRIED = 4  # groups of the later line after a pause each tried as where the second part begins
_JOIN = ", "


def resumed(text: str, found: list[Entity]) -> list[Entity]:
    out: list[Entity] = []
    if "..." not in text and "\u2026" not in text:  # most conversations
        return out
    claimed, tries = Claimed([(e.start, e.end) for e in found]), _Tries(MOST_TRIES)
    # where a group begins after a pause ("Yes, the 62.96. Then 6555 6823 02": at 62 and at 6555)
    starts = [u.start for run in runs(text) for n, u in enumerate(run) if not n or u.paused]
    for cut in _TRAILS_OFF.finditer(text):
        head_end = cut.start() + 1
        if claimed.overlaps(head_end - 1, head_end) or (out and head_end <= out[-1].end):
            continue
        line_start = text.rfind("\n", 0, head_end) + 1
        context = max(text.rfind("\n", 0, max(0, line_start - 1)) + 1, head_end - MOST_BEFORE)
        out += _taken_up(text, context, head_end, starts, tries, _NAMED.search(text, context, head_end) is not None)
        if not tries.left:
            break
    return out


class _Tries:
    """The joins a conversation may still try."""

    def __init__(self, left: int) -> None:
        self.left = left

    def take(self) -> bool:
        """One more, if any is left."""
        if self.left <= 0:
            return False
        self.left -= 1
        return True


def _taken_up(text: str, context: int, head_end: int, starts: list[int], tries: _Tries, named: bool) -> list[Entity]:
    """The value begun at `head_end` and taken up in one of the next lines, as its two parts; [] if none is. `named`:
    whether the value is named before its first part (else only a line that names it, "letra W", is tried)."""
    line_end = text.find("\n", head_end)
    for _ in range(LATER_LINES):
        if line_end < 0:
            return []
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 else next_end
        tails = starts[bisect_left(starts, line_end + 1):bisect_left(starts, next_end)]
        if not (named or (tails and _NAMED.search(text, line_end + 1, next_end))):
            tails = []
        for tail in [*tails[:1], *reversed(tails[1:])][:TAILS_TRIED]:  # (what a part found there is, the value's
            # check decides: an IBAN's rest may read as a card or a number to call by itself)
            if _ANOTHER.search(text[line_end + 1:tail].lower()) or not tries.take():
                break
            said = text[context:head_end] + _JOIN + text[tail:min(next_end, tail + MOST_AFTER)]
            if parts := _across(said, context, head_end, tail):
                return parts
        line_end = next_end if next_end < len(text) else -1
    return []


def _across(said: str, context: int, head_end: int, tail: int) -> list[Entity]:
    """The values read in `said` that take both parts, each cut back into the text's two stretches."""
    join = head_end - context  # where the first part ends in `said`
    rest = join + len(_JOIN)
    for e in [*find_bank_details(said), *find_national_ids(said)]:
        if e.type in _JOINED and e.start < join and e.end > rest:
            return [Entity(e.type, context + e.start, head_end, "value-taken-up", e.score, e.value),
                    Entity(e.type, tail, tail + e.end - rest, "value-taken-up", e.score, e.value)]
    return []

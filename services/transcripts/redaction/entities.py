"""What a recognizer finds: an entity's type (Presidio's name where it has one), where it is in the
conversation's text, which recognizer found it, how sure that is (a checksum passed: 1.0), and its
value normalized (digits; an email lower-cased) for the operators that need it. The value never
leaves the redaction package: results carry type, place and recognizer only."""

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from services.transcripts.redaction.per_text import per_text

CREDIT_CARD = "CREDIT_CARD"
CARD_EXPIRY = "CARD_EXPIRY"
CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
US_SSN = "US_SSN"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
IBAN_CODE = "IBAN_CODE"
US_BANK_NUMBER = "US_BANK_NUMBER"
ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER"
UK_NINO = "UK_NINO"
ES_NIF = "ES_NIF"  # a Spanish DNI: the NIF of a person
ES_NIE = "ES_NIE"
IT_FISCAL_CODE = "IT_FISCAL_CODE"
NL_BSN = "NL_BSN"  # Presidio has none for these two: named the same way
FR_NIR = "FR_NIR"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
PERSON = "PERSON"
LOCATION = "LOCATION"

LABELS = {CREDIT_CARD: "[CARD]", CARD_EXPIRY: "[CARD_EXPIRY]", CARD_SECURITY_CODE: "[CARD_CODE]", US_SSN: "[SSN]",
          EMAIL_ADDRESS: "[EMAIL]", PHONE_NUMBER: "[PHONE]", IBAN_CODE: "[IBAN]", US_BANK_NUMBER: "[BANK_ACCOUNT]",
          ABA_ROUTING_NUMBER: "[ROUTING_NUMBER]", UK_NINO: "[NINO]", ES_NIF: "[DNI]", ES_NIE: "[NIE]",
          IT_FISCAL_CODE: "[CODICE_FISCALE]", NL_BSN: "[BSN]", FR_NIR: "[NIR]", DATE_OF_BIRTH: "[DATE_OF_BIRTH]",
          PERSON: "[NAME]", LOCATION: "[ADDRESS]"}


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    recognizer: str
    score: float
    value: str = field(repr=False)


def words(pattern: str) -> re.Pattern[str]:
    """Words that name what a number is, written in lower case: they are matched against the lower-cased
    conversation, a third faster than a case-blind pattern."""
    return re.compile(pattern)


@lru_cache(maxsize=64)
def _loosened(words: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without its word boundaries: it matches wherever the pattern does (and more), and scans
    several times faster, as every alternative then starts with a letter the scanner can skip to. None
    where a boundary stands inside a negative assertion, where leaving it out would narrow the pattern."""
    if "(?!" in words.pattern or "(?<!" in words.pattern:
        return None
    return re.compile(words.pattern.replace(r"\b", ""), words.flags)


def _finditer_ends(words: re.Pattern[str], text: str) -> list[int]:
    """What `words.finditer(text)` ends at, found by the loosened pattern and each place it matches checked
    with the pattern itself: the same matches, leftmost first, none overlapping."""
    if (loose := _loosened(words)) is None:
        return [m.end() for m in words.finditer(text)]
    ends, at = [], 0
    while (m := loose.search(text, at)) is not None:
        if (found := words.match(text, m.start())) is not None:
            ends.append(found.end())
            at = found.end() if found.end() > m.start() else m.start() + 1
        else:
            at = m.start() + 1
    return ends


@per_text(maxsize=32)  # every pattern's, for the conversation being read
def _mentions(text: str, words: re.Pattern[str]) -> list[int]:
    """Where each mention of `words` in the text ends, in order: one pass over the conversation, where a
    search before each number would read the same characters again and again."""
    if (lowered := _lowered(text)) is None:  # a letter whose lower case is longer ("İ"): offsets would shift
        return [m.end() for m in re.finditer(words.pattern, text, re.I)]
    return _finditer_ends(words, lowered)


def mentions(text: str, words: re.Pattern[str]) -> list[int]:
    """Where each mention of `words` (written in lower case, as `words` makes them) ends, in order."""
    return _mentions(text, words)


@lru_cache(maxsize=64)
def _widest(words: re.Pattern[str]) -> int | None:
    """The most characters a mention of `words` can take; None: unbounded (or unknown)."""
    try:
        widest = re._parser.parse(words.pattern, words.flags).getwidth()[1]  # type: ignore[attr-defined]
    except Exception:  # a private module's parser: where it fails, the one pass is used
        return None
    return widest if widest < 1_000 else None


@per_text(maxsize=4)
def _lowered(text: str) -> str | None:
    """The text lower-cased, None where that changes its length ("İ")."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


@per_text(maxsize=4)
def _read_nearby(text: str) -> dict[re.Pattern[str], int]:
    """Characters of the text each pattern has read in windows before numbers, for the budget below."""
    return {}


def last_mention(text: str, words: re.Pattern[str], before: int, reach: int = 60) -> int:
    """Where the last mention of `words` ending in the `reach` characters before `before` ends; -1: none.
    Read in the window before `before` while the windows read add up to less than the conversation (a call
    names a few numbers: a window costs a few dozen characters, a pass over the whole call thousands), then
    from one pass over it: never more than twice a pass."""
    widest, lowered, loose = _widest(words), _lowered(text), _loosened(words)
    if widest is not None and lowered is not None and loose is not None:
        start = max(0, before - reach - widest)
        read = _read_nearby(text)
        if (spent := read.get(words, 0) + before + widest - start) <= len(text):
            read[words] = spent
            return _last_nearby(words, loose, lowered, start, before, reach, widest)
    ends = _mentions(text, words)
    i = bisect_right(ends, before)
    return ends[i - 1] if i and ends[i - 1] >= before - reach else -1


def _last_nearby(words: re.Pattern[str], loose: re.Pattern[str], lowered: str, start: int, before: int, reach: int,
                 widest: int) -> int:
    """`last_mention`, searching from `start` only: a mention ending in the reach starts at or after it. A
    mention begun before `start` and overlapping one that begins after it is the one difference from the
    pass over the whole text, where the first would hide the second: words naming a number, both are. `loose`
    (the pattern without its boundaries, no lookaround in it) finds where to look; the pattern decides, on the
    whole text."""
    last, at = -1, start
    while (m := loose.search(lowered, at, before + widest)) is not None and m.start() < before:
        if (found := words.match(lowered, m.start())) is not None:
            if found.end() <= before:
                last = found.end()
            at = found.end() if found.end() > m.start() else m.start() + 1
        else:
            at = m.start() + 1
    return last if last >= before - reach else -1


def context_before(text: str, start: int, words: re.Pattern[str], reach: int = 60) -> bool:
    """Whether one of `words` is said in the `reach` characters before `start`."""
    return last_mention(text, words, start, reach) >= 0


class Claimed:
    """Stretches of the conversation already taken: a mark per character, so that whether a new stretch
    overlaps or is covered costs its own length, whatever was taken before (entities are short)."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self._marks = bytearray()
        for start, end in spans:
            self.add(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        return self._marks.find(1, start, end) >= 0

    def covers(self, start: int, end: int) -> bool:
        return end <= len(self._marks) and self._marks.find(0, start, end) < 0

    def uncovered(self, start: int, end: int) -> list[tuple[int, int]]:
        """The stretches of start..end not yet taken, in order."""
        stretches, at = [], start
        while at < end:
            if (taken := self._marks.find(1, at, end)) < 0:
                stretches.append((at, end))
                break
            if taken > at:
                stretches.append((at, taken))
            if (at := self._marks.find(0, taken, end)) < 0:
                at = len(self._marks)  # taken to where the marks end: nothing past them is
                if at >= end:
                    break
        return stretches

    def add(self, start: int, end: int) -> None:
        if end > len(self._marks):
            self._marks.extend(bytes(end - len(self._marks)))
        self._marks[start:end] = b"\x01" * (end - start)

"""A value built up piece by piece before it is said whole: the caller gives a group, the agent reads back
everything so far, the caller gives the next ("six oh one one" / "That's 6 0 1 1?" / "Then three six two eight"
/ "So 6 0 1 1, 3 6 2 8?" / ... / "So 6011 3628 2529 4794?"; "It's hotel papa." / "So HP?" / ...). No piece is a
value on its own: once the whole is found, the lines just before it that say its start, or go on from where the
pieces before them ended, are parts of it. A chain of at least two such lines, each line's longest stretch that
is part of the value: one line of digits that happens to begin the value is not enough, unless it says six
characters of it or more (the value begun, cut off and said anew). Each piece wins over
what overlaps it. The same value said whole and then read back a part a line after it ("882-46-7062." / "eight eight
two, is that right?" / "Yeah." / "Then four six?" ...): its pieces after it too (`_pieces_after`)."""

import re
from bisect import bisect_left

from services.transcripts.redaction.asides import aside_at
from services.transcripts.redaction.entities import (
    ABA_ROUTING_NUMBER,
    CREDIT_CARD,
    EMAIL_ADDRESS,
    ES_NIE,
    ES_NIF,
    FR_NIR,
    IBAN_CODE,
    IT_FISCAL_CODE,
    NL_BSN,
    PHONE_NUMBER,
    UK_NINO,
    US_BANK_NUMBER,
    US_SSN,
    Entity,
)
from services.transcripts.redaction.spelled import LETTER_NAMES, NATO, PAIRS, SPANISH_NAMES
from services.transcripts.redaction.spoken import Unit, runs
from services.transcripts.redaction.tokens import token_starts

_PIECEWISE = frozenset({CREDIT_CARD, US_SSN, PHONE_NUMBER, IBAN_CODE, UK_NINO, ES_NIF, ES_NIE, EMAIL_ADDRESS,
                        US_BANK_NUMBER, ABA_ROUTING_NUMBER, NL_BSN, FR_NIR, IT_FISCAL_CODE})
MAX_LINES = 12  # lines looked at before the value said whole
MAX_QUIET = 2  # lines in a row that say nothing of a value ("Yep.", "Correct."), passed over
MAX_ITEMS = 40  # what a line of a read-back says, at most: a longer line is talk
# Characters of a line looked back over, at most: a read-back's lines are short, and a longer one is talk. Each
# look back is bounded by it, so many values on one long line cost each a bounded look, not the whole line.
MAX_LINE = 300
MAX_GAP = 12  # characters between two items of one piece: a pause and a word or two ("6 0 1 1, and 3 6 2 8")
MIN_PIECES = 2
# Characters of the first piece of a chain of two, unless a letter: "41 dollars | and 4111" before a card's "4111
# ..." is no start of it; "ocho cinco | So 85? | ..." one of a longer chain is.
MIN_FIRST = 3
# Characters of the value's start said alone in the lines just before it, at least, for that line to be the value
# begun and said again whole ("three seven eight one one two two nine four nine..." / "Can I stop you there? Slower,
# please." / "Okay. three seven eight one. Twelve twenty-nine ..."): a shorter start is as often another number.
MIN_BEGUN = 6
# A piece is surer than a value a checksum passes by chance over several of them ("I have 5 2 2 3, 8 | ...").
SCORE = 1.05
_CAPITALS = re.compile(r"(?<![^\W\d_])[A-Z]{1,4}(?![^\W\d_])")  # "HX", "SBBP", "NL" of "NL54", "K" of "656K"
# a vowel that is a word beginning a sentence: Spanish's "and" ("¿Y lo demás?", "Y hache?"), Italian's ("E poi?")
_VOWEL_WORD = re.compile(r"[AEIOUY] [a-zà-ÿ]")
_WORD = re.compile(r"[A-Za-z]+")
# An address's words: letters spelled with hyphens ("b-r-a-n-d-y"), words, "@" and a "." written inside one (a
# full stop is none).
_ADDRESS_ITEM = re.compile(r"(?:[A-Za-z0-9]-){2,}[A-Za-z0-9](?![\w-])|[A-Za-z0-9]+|@|\.(?=\w)")
_ADDRESS_WORDS = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "period": "."}

_NAMED_LETTERS = {**LETTER_NAMES, **SPANISH_NAMES, **{" ".join(pair): letter for pair, letter in PAIRS.items()}}
_LETTER_NAME = re.compile(r"(?<![\w'])(?:uve doble|i griega|i grec|double you|[a-z]{2,6})(?![\w'])", re.I)

Item = tuple[str, int, int]  # what it says of a value, where


def read_back(text: str, found: list[Entity]) -> list[Entity]:
    """The pieces of each value found that were said, and read back, in the lines just before it, and those read
    back a part a line in the lines just after it."""
    said: tuple[list[Unit], list[int]] | None = None
    out: list[Entity] = []
    lines: dict[tuple[int, bool], list[Item]] = {}  # a line's items by its start, read once for every value before it
    places = _places(found)
    for entity in found:
        if entity.type not in _PIECEWISE:
            continue
        if said is None:
            units = [u for run in runs(text) for u in run]
            said = units, [u.start for u in units]
        out += [Entity(entity.type, start, end, "read-back", SCORE, entity.value)
                for start, end in [*_pieces_before(text, entity, said),
                                   *_pieces_after(text, entity, said, places, lines)]]
    return out


Places = dict[str, tuple[list[int], list[int]]]  # each value's places found: their starts and ends, by start


def _places(found: list[Entity]) -> Places:
    by_value: dict[str, list[tuple[int, int]]] = {}
    for e in found:
        by_value.setdefault(e.value, []).append((e.start, e.end))
    return {value: ([s for s, _ in spans], [e for _, e in spans])
            for value, spans in ((v, sorted(p)) for v, p in by_value.items())}


def _pieces_after(text: str, entity: Entity, said_units: tuple[list[Unit], list[int]], places: Places,
                  lines: dict[tuple[int, bool], list[Item]]) -> list[tuple[int, int]]:
    """The value said whole, then read back a part a line ("882-46-7062." / "Okay, eight eight two, is that
    right?" / "Yeah." / "Then four six?" / "Yes." / "Next, seven zero six two?"): the lines after it that say its
    start, then each the part after the one before, MAX_QUIET lines at most between two, each line saying no
    digit beside its part ("No, eight oh one in the middle, not eight oh six" mends the value: no piece of it).
    Lines saying another value may come first (the routing number read back before the account said after it);
    once the chain has begun, a line saying something else, or the value whole again, ends it."""
    start = text.find("\n", entity.end, entity.end + MAX_LINE) + 1
    if not start or entity.type == EMAIL_ADDRESS:
        return []  # an address read back is spelled again, which `said_again` finds
    units, starts = said_units
    lettered = not entity.value.lstrip("+").isdigit()
    if not lettered and ((k := bisect_left(starts, start)) == len(units) or
                         units[k].start > start + (MAX_QUIET + 2) * MAX_LINE):
        return []  # most values: no digit said in the lines just after them
    # an id's letters may be said as names ("zeta", "bee"): its value as found; a phone's as said (no country code)
    value = entity.value.upper() if lettered else \
        "".join(said for said, _, _ in _items(text, entity.start, entity.end, units, starts, lettered))
    if not lettered and not _begun_after(units, k, value, start + MAX_LINES * MAX_LINE):
        return []  # no group said after it begins it
    chain: list[tuple[int, int]] = []
    reached = quiet = 0
    for _ in range(MAX_LINES):
        end = text.find("\n", start, start + MAX_LINE + 1)
        end = len(text) if end < 0 and len(text) - start <= MAX_LINE else end
        if end < 0 or reached == len(value):
            break
        if (items := lines.get((start, lettered))) is None:
            items = lines[start, lettered] = _items(text, start, end, units, starts, lettered, letter_names=True)
        part = _part_at(items, value, reached) if items and len(items) <= MAX_ITEMS else None
        if part is not None and (not _alone(items, part) or _said_whole(places[entity.value], part)):
            break
        if part is not None and (chain or len(part[0]) >= 2 or not part[0].isdigit()):  # a DNI's "ocho seis?"
            chain.append(part[1:])
            reached, quiet = reached + len(part[0]), 0
        elif (chain and items) or (not items and (quiet := quiet + 1) > MAX_QUIET):
            break  # something else said, or nothing of a value for longer than a read-back's pause
        elif items:
            quiet = 0  # another value read back before this one's chain begins
        start = end + 1
    return chain if len(chain) >= MIN_PIECES and reached >= MIN_BEGUN else []  # "411 units" / "the 11th": none


MAX_UNITS_AFTER = 200  # groups looked at after a value for one that begins it


def _begun_after(units: list[Unit], k: int, value: str, before: int) -> bool:
    """Whether a group from unit `k` on, before `before`, begins the value: where none does, no read-back can."""
    for unit in units[k:k + MAX_UNITS_AFTER]:
        if unit.start >= before:
            return False
        if value.startswith(unit.digits):
            return True
    return False


def _alone(items: list[Item], part: tuple[str, int, int]) -> bool:
    """Whether the line's digits are all in its part (a capital beside it may be a word: "Y" is Spanish's "and"),
    and a part of letters alone is all the line says ("Was that a P or a B?" asks; it reads nothing back)."""
    return all(part[1] <= start and end <= part[2] for said, start, end in items
               if part[0].isalpha() or said.isdigit())


MAX_NESTED = 3  # places of one value that may overlap one spot (a value, its read-back's piece, a repair's)


def _said_whole(places: tuple[list[int], list[int]], part: tuple[str, int, int]) -> bool:
    """Whether the part is in the value said whole again (found beyond the part), not a piece of it: among the
    value's places starting last before the part's end, found by bisection (every place looked at was quadratic
    where one value is said many times)."""
    starts, ends = places
    k = bisect_left(starts, part[2])
    return any(ends[j] > part[1] and (starts[j] < part[1] or ends[j] > part[2])
               for j in range(max(0, k - MAX_NESTED), k))


def _part_at(items: list[Item], value: str, at: int) -> tuple[str, int, int] | None:
    """The longest run of a line's items (MAX_GAP characters apart at most) that says value[at:...]."""
    return _longest_part(items, value, at)


def _pieces_before(text: str, entity: Entity, said_units: tuple[list[Unit], list[int]]) -> list[tuple[int, int]]:
    end, quiet = _line_start(text, entity.start) - 1, 0
    if end < 0:  # the value said first, or deep inside a long line: talk, no read-back's last line
        return []
    units, starts = said_units
    lettered = not entity.value.lstrip("+").isdigit()  # a card's, a phone's pieces: digits only
    if not lettered and ((k := bisect_left(starts, end) - 1) < 0 or units[k].start < _lines_back(text, end)):
        return []  # most values: no digit said in the lines just before them
    value = entity.value if entity.type == EMAIL_ADDRESS else \
        "".join(said for said, _, _ in _items(text, entity.start, entity.end, units, starts, lettered))
    said: list[tuple[str, int, int]] = []
    for _ in range(MAX_LINES):
        if end < 0:
            break
        if (start := _line_start(text, end)) < 0:
            break  # a long line: talk
        items = _address_items(text, start, end) if entity.type == EMAIL_ADDRESS else \
            _items(text, start, end, units, starts, lettered)
        part = _longest_part(items, value) if items and len(items) <= MAX_ITEMS else None
        if not items or (part is None and len(items) <= MAX_ITEMS and
                         aside_at(text, bisect_left(token_starts(text), start))):
            quiet += 1  # nothing of a value said, or the other speaker's "Sorry, I talked over you. Go on."
            if quiet > MAX_QUIET:
                break
        elif part is None:
            break
        else:
            said.append(part)
            quiet = 0
        end = start - 1
    return _chain(reversed(said), value)


def _chain(said, value: str) -> list[tuple[int, int]]:
    """The pieces, in order, that say the value's start (a read-back of all so far) or go on from where the
    ones before ended."""
    chain: list[tuple[int, int]] = []
    reached, first = 0, ""
    for part, start, end in said:
        if value.startswith(part):
            first = first if chain else part
            chain.append((start, end))
            reached = max(reached, len(part))
        elif chain and value.startswith(part, reached):
            chain.append((start, end))
            reached += len(part)
        else:
            chain, reached = [], 0
    long_enough = len(first) >= MIN_FIRST or not first.isdigit() or len(chain) > MIN_PIECES
    begun = len(chain) == 1 and len(first) >= MIN_BEGUN  # the value begun, cut off, and said anew from its start
    return chain if (len(chain) >= MIN_PIECES and long_enough) or begun else []


def _longest_part(items: list[Item], value: str, at: int | None = None) -> tuple[str, int, int] | None:
    """The longest run of a line's items that is a part of the value (two characters at least; with `at`, the part
    that begins at value[at], one at least), each item at most MAX_GAP characters after the one before: a "4" and a
    "5" far apart in a sentence ("4 fine, and my email is jane5@...") are no piece of a read-back, and a piece wins
    over what it overlaps."""
    best: tuple[str, int, int] | None = None
    least = 2 if at is None else 1
    for i in range(len(items)):
        part = ""
        for j in range(i, len(items)):
            if j > i and items[j][1] - items[j - 1][2] > MAX_GAP:
                break
            longer = part + items[j][0]
            if not (longer in value if at is None else value.startswith(longer, at)):
                break
            part = longer
            if len(part) >= least and (best is None or len(part) > len(best[0])):
                best = (part, items[i][1], items[j][2])
    return best


def _line_start(text: str, at: int) -> int:
    """Where the line holding position `at` starts; -2 where that is more than MAX_LINE characters back."""
    start = text.rfind("\n", max(0, at - MAX_LINE), at) + 1
    return start if start or at <= MAX_LINE else -2


def _lines_back(text: str, end: int) -> int:
    """Where the line MAX_QUIET + 1 lines before the one ending at `end` starts (looked for over at most as many
    lines of MAX_LINE characters)."""
    for _ in range(MAX_QUIET + 1):
        end = text.rfind("\n", max(0, end - MAX_LINE), max(end, 0))
    return end + 1


def _items(text: str, start: int, end: int, units: list[Unit], starts: list[int], lettered: bool,
           letter_names: bool = False) -> list[Item]:
    """The digits said in text[start:end] (each group) and, `lettered`, the letters written in capitals or said
    in NATO words there, in order; with `letter_names`, in letters' English and Spanish names too ("zeta", "uve
    doble", "bee": a read-back of an id said whole, where each must be the letter the id has there)."""
    k = bisect_left(starts, start)
    digits: list[Item] = []
    while k < len(units) and units[k].end <= end:
        digits.append((units[k].digits, units[k].start, units[k].end))
        k += 1
    if not lettered:
        return digits
    digit_starts = [s for _, s, _ in digits]
    letters = [(m.group(), m.start(), m.end()) for m in _CAPITALS.finditer(text, start, end)
               if not _within_digits(digits, digit_starts, m.start(), m.end()) and not _a_word(text, m.start())]
    letters += [(NATO[m.group().lower()], m.start(), m.end()) for m in _WORD.finditer(text, start, end)
                if m.group().lower() in NATO and not m.group().isupper()]  # "hotel papa"
    if letter_names:
        letters += [(letter, m.start(), m.end()) for m in _LETTER_NAME.finditer(text, start, end)
                    if (letter := _NAMED_LETTERS.get(" ".join(m.group().lower().split())))]
    return sorted(digits + letters, key=lambda item: item[1])


def _a_word(text: str, at: int) -> bool:
    """Whether the capital at `at` begins a sentence as a word ("Y hache?")."""
    return (at == 0 or text[at - 1] in "\n¿") and _VOWEL_WORD.match(text, at) is not None


def _within_digits(digits: list[Item], digit_starts: list[int], start: int, end: int) -> bool:
    """Whether text[start:end] overlaps one of the digit groups (in order, none overlapping): the one starting
    last before `end`, found by bisection, where every capital compared with every group was quadratic."""
    k = bisect_left(digit_starts, end) - 1
    return k >= 0 and digits[k][2] > start


def _address_items(text: str, start: int, end: int) -> list[Item]:
    """An address's words said in text[start:end], as written: "dot" a ".", "b-r-a-n-d-y" "brandy"."""
    out: list[Item] = []
    for m in _ADDRESS_ITEM.finditer(text, start, end):
        word = m.group().lower()
        out.append((_ADDRESS_WORDS.get(word, word.replace("-", "") if "-" in word else word), m.start(), m.end()))
    return out

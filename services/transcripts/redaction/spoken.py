"""Numbers as speech recognition writes them: digits ("4111"), digit words ("four one one one", "oh" for
zero), "double four", "triple one", teens and tens ("forty one eleven"), compounds ("four thousand one
hundred eleven"), with fillers, punctuation and other speakers' short turns between the groups.

`runs(text)` gives the digit runs of a text: the digits said one after the other, each group (`Unit`)
with the characters that said it, so that a recognizer can look for a card number in the digits and
redact exactly the words that said it. A conversation is one text (its segments joined by newlines):
a number split across two segments or two speakers' turns is one run.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

TOKEN = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|\d+|\S")  # it's, it\u2019s: one word
DIGIT_WORDS = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
               "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
REPEATS = {"double": 2, "triple": 3}
# What may stand between two groups of one number: hesitations, acknowledgements of the other speaker,
# separators said aloud. Anything else ends the run.
FILLERS = frozenset({"uh", "um", "umm", "uhm", "er", "erm", "ah", "hmm", "mhm", "mm", "and", "okay", "ok", "yes",
                     "yeah", "yep", "right", "sure", "dash", "hyphen", "slash", "space", "then", "go", "on", "got",
                     "it", "sorry", "huh", "again", "ahead", "uhh", "pause", "like", "so", "wait", "hold", "let",
                     "me", "see"})
MAX_FILLERS = 4  # more filler words than this between two groups: two numbers, not one


class Token(NamedTuple):  # tuples: a conversation has thousands, and a dataclass costs more to make
    text: str  # lower-cased
    start: int
    end: int


class Unit(NamedTuple):
    """Digits said as one group, and where."""

    digits: str
    start: int
    end: int
    spoken: bool  # said in words, not written in digits


@lru_cache(maxsize=4)  # each recognizer of a conversation asks for the same text's
def tokens(text: str) -> list[Token]:
    return [Token(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]


def is_number_word(word: str) -> bool:
    return word in DIGIT_WORDS or word in TEENS or word in TENS or word in ("hundred", "thousand")


def _neighbour(toks: list[Token], i: int, step: int) -> Token | None:
    """The nearest token before (step -1) or after (+1) that is not a filler or punctuation."""
    k = i + step
    while 0 <= k < len(toks) and (toks[k].text in FILLERS or not toks[k].text[0].isalnum()):
        k += step
    return toks[k] if 0 <= k < len(toks) else None


def _numeric(token: Token | None) -> bool:
    return token is not None and (token.text.isdigit() or is_number_word(token.text) or token.text in REPEATS)


def _digit_of(token: Token) -> str | None:
    if token.text.isdigit() and len(token.text) == 1:
        return token.text
    if token.text in DIGIT_WORDS:
        return str(DIGIT_WORDS[token.text])
    return None


def _compound(toks: list[Token], i: int) -> tuple[int, int, bool]:
    """(value, index after it, whether it said hundred or thousand) of the number words from `i`."""
    total = current = 0
    last, j, multiplied = "", i, False
    while j < len(toks):
        w = toks[j].text
        if w in DIGIT_WORDS and w not in ("oh", "o") and last in ("", "hundred", "thousand", "tens"):
            current, last = current + DIGIT_WORDS[w], "digit"
        elif w in TEENS and last in ("", "hundred", "thousand"):
            current, last = current + TEENS[w], "teen"
        elif w in TENS and last in ("", "hundred", "thousand"):
            current, last = current + TENS[w], "tens"
        elif w == "hundred" and last in ("digit", "teen") and current < 100:
            current, last, multiplied = current * 100, "hundred", True
        elif w == "thousand" and last in ("digit", "teen", "tens", "hundred") and total == 0:
            total, current, last, multiplied = current * 1000, 0, "thousand", True
        elif w == "and" and last == "hundred" and j + 1 < len(toks) and is_number_word(toks[j + 1].text):
            j += 1
            continue
        else:
            break
        j += 1
    return total + current, j, multiplied


def units(text: str) -> list[Unit | None]:
    """The text's digit groups in order; None where something that is not a filler ends a run."""
    toks = tokens(text)
    out: list[Unit | None] = []
    fillers = 0
    i = 0
    while i < len(toks):
        t = toks[i]
        unit, i_next = unit_at(toks, i)
        if unit is not None:
            out.append(unit)
            fillers = 0
            i = i_next
            continue
        if not t.text[0].isalnum():  # punctuation: free
            pass
        elif t.text in FILLERS and fillers < MAX_FILLERS:
            fillers += 1
        else:
            if out and out[-1] is not None:
                out.append(None)
            fillers = 0
        i += 1
    return out


def unit_at(toks: list[Token], i: int) -> tuple[Unit | None, int]:
    t = toks[i]
    if t.text.isdigit():
        return Unit(t.text, t.start, t.end, False), i + 1
    if t.text in REPEATS:  # "double four", "double, uh, four"
        k = i + 1
        while k < min(len(toks), i + 2 + MAX_FILLERS) and (toks[k].text in FILLERS or not toks[k].text[0].isalnum()):
            k += 1
        if k < len(toks) and (d := _digit_of(toks[k])) is not None:
            return Unit(d * REPEATS[t.text], t.start, toks[k].end, True), k + 1
    if not is_number_word(t.text):
        return None, i
    if t.text in ("oh", "o"):
        if not (_numeric(_neighbour(toks, i, -1)) or _numeric(_neighbour(toks, i, 1))):
            return None, i  # "oh, I see": not a zero
        return Unit("0", t.start, t.end, True), i + 1
    value, j, multiplied = _compound(toks, i)
    if multiplied:
        return Unit(str(value), t.start, toks[j - 1].end, True), j
    ones = toks[i + 1].text if i + 1 < len(toks) else ""
    if t.text in TENS and ones in DIGIT_WORDS and ones not in ("oh", "o", "zero"):
        return Unit(str(TENS[t.text] + DIGIT_WORDS[ones]), t.start, toks[i + 1].end, True), i + 2
    if t.text in TENS:
        return Unit(str(TENS[t.text]), t.start, t.end, True), i + 1
    if t.text in TEENS:
        return Unit(str(TEENS[t.text]), t.start, t.end, True), i + 1
    if t.text in DIGIT_WORDS:
        return Unit(str(DIGIT_WORDS[t.text]), t.start, t.end, True), i + 1
    return None, i  # "hundred" or "thousand" alone


@lru_cache(maxsize=4)
def runs(text: str) -> list[list[Unit]]:
    """The digit runs of the text: groups said one after the other, with only fillers between."""
    found: list[list[Unit]] = [[]]
    for unit in units(text):
        if unit is None:
            found.append([])
        else:
            found[-1].append(unit)
    return [run for run in found if run]


def joined(run: list[Unit]) -> tuple[str, list[int]]:
    """The run's digits, and where each unit's begin in them (and, last, their length)."""
    bounds, at = [], 0
    for u in run:
        bounds.append(at)
        at += len(u.digits)
    bounds.append(at)
    return "".join(u.digits for u in run), bounds


def spans(run: list[Unit], min_digits: int, max_digits: int) -> Iterator[tuple[int, int, str]]:
    """Every (first unit, last unit, digits) of the run whose digits number min..max, from each start, the
    shortest first: found by bisection, so a long run costs the spans it has, not its length squared."""
    digits, bounds = joined(run)
    if len(digits) < min_digits:  # most runs: "two agents", "at three"
        return
    for first in range(len(run)):
        begin = bounds[first]
        low = bisect_left(bounds, begin + min_digits, first + 1)
        for after in range(low, bisect_right(bounds, begin + max_digits, low)):
            yield first, after - 1, digits[begin:bounds[after]]


@lru_cache(maxsize=4)
def token_starts(text: str) -> list[int]:
    """Where each token starts, in order: for bisection."""
    return [t.start for t in tokens(text)]


@lru_cache(maxsize=4)
def token_edges(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by where tokens start, and by where they end."""
    toks = tokens(text)
    return {t.start: i for i, t in enumerate(toks)}, {t.end: i for i, t in enumerate(toks)}

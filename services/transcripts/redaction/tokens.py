"""A conversation's tokens as the recognizers read them: words (of any alphabet, "it's" one), runs of digits, and
each other character on its own; lower-cased, with where they are. Made once per text and shared by every
recognizer that reads it."""

import re
from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

from services.transcripts.redaction.per_text import per_text

# it's, it\u2019s: one word; letters of any alphabet ("zéro", "fünf"), so that a word is never cut in three
TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+|\S")


class Token(NamedTuple):  # tuples: a conversation has thousands, and a dataclass costs more to make
    text: str  # lower-cased
    start: int
    end: int


@per_text(maxsize=4)  # each recognizer of a conversation asks for the same text's
def tokens(text: str) -> list[Token]:
    # A tenth or more of a redaction's CPU: the text lower-cased once, not each token, and the tuples made
    # without the named tuple's Python-level constructor. Where lower-casing changes a length ("İ"), the
    # offsets would no longer be the text's: each token is lower-cased alone.
    lowered = text.lower()
    if len(lowered) != len(text):
        made = [_TUPLE(Token, (m[0].lower(), m.start(), m.end())) for m in TOKEN.finditer(text)]
    else:
        made = [_TUPLE(Token, (m[0], m.start(), m.end())) for m in TOKEN.finditer(lowered)]
    if not _GLUED_START.search(lowered):
        return made  # most texts: no word begins with two number words run together
    return [part for t in made for part in _unglued(t)]


# Number words a speech engine (or a pipeline joining its words) wrote run together: "fourfivethreetwo",
# "nineteeneightyfour", "dreisiebennullvier". English's and German's digits, teens and tens; a word made only of
# two or more of them is read as those words, each a token of its own.
_GLUED_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "null", "eins", "zwei", "drei",
                "vier", "fünf", "sechs", "sieben", "acht", "neun")
# (a word's start, its first letter looked at first: the scan over a text without any costs a few hundredths of a
# second a megabyte)
_GLUED_START = re.compile(r"\b(?=[" + "".join(sorted({w[0] for w in _GLUED_WORDS})) + r"])(?:" +
                          "|".join(sorted(_GLUED_WORDS, key=len, reverse=True)) + r"){2}")
_GLUED = frozenset(_GLUED_WORDS)
MAX_GLUED = 80  # characters of a word read as number words run together, at most


def _unglued(t: Token) -> list[Token]:
    """The token as the number words it runs together, where it is only those (two or more); else itself."""
    word = t.text
    if len(word) < 5 or len(word) > MAX_GLUED or word in _GLUED or not _GLUED_START.match(word) or \
            not word.isalpha():
        return [t]
    # the fewest words that make it, by position (a word's last letters may start another: "eighteen" / "eight")
    best: list[list[int] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for size in range(2, min(9, end) + 1):
            if (before := best[end - size]) is not None and word[end - size:end] in _GLUED and \
                    (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, end - size]
    if (cuts := best[-1]) is None or len(cuts) < 2:
        return [t]
    edges = [*cuts, len(word)]
    return [_TUPLE(Token, (word[a:b], t.start + a, t.start + b)) for a, b in pairwise(edges)]


_TUPLE = tuple.__new__


@per_text(maxsize=4)
def token_starts(text: str) -> list[int]:
    """Where each token starts, in order: for bisection."""
    return [t.start for t in tokens(text)]


@per_text(maxsize=4)
def token_positions(text: str) -> dict[str, list[int]]:
    """Each token's text and the indexes where it stands, in order: a recognizer that looks for a few words (an "at",
    a "dot", a letter's name) looks them up, where a scan of every token costs a twentieth of a redaction each."""
    positions: dict[str, list[int]] = {}
    for i, t in enumerate(tokens(text)):
        if (at := positions.get(t[0])) is None:
            positions[t[0]] = [i]
        else:
            at.append(i)
    return positions


def indexes_of(text: str, words: Iterable[str]) -> list[int]:
    """The indexes of the tokens that are one of `words`, in order."""
    positions = token_positions(text)
    return sorted(i for w in words if (at := positions.get(w)) for i in at)


class TokenIndex:
    """The index of the token that starts (or ends) at a position, KeyError where none does: found by
    bisection when asked, since two dicts of every token's edges cost a twentieth of a redaction for the
    few positions the national ids ask about."""

    __slots__ = ("ends", "starts", "toks")

    def __init__(self, text: str, *, ends: bool) -> None:
        self.toks, self.starts, self.ends = tokens(text), token_starts(text), ends

    def __getitem__(self, position: int) -> int:
        i = bisect_left(self.starts, position) - self.ends  # a token ending there starts before it
        if 0 <= i < len(self.toks) and self.toks[i][2 if self.ends else 1] == position:
            return i
        raise KeyError(position)


def token_edges(text: str) -> tuple[TokenIndex, TokenIndex]:
    """Token index by where tokens start, and by where they end."""
    return TokenIndex(text, ends=False), TokenIndex(text, ends=True)

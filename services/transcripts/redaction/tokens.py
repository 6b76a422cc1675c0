"""A conversation's tokens as the recognizers read them: words (of any alphabet, "it's" one), runs of digits, and
each other character on its own; lower-cased, with where they are. Made once per text and shared by every
recognizer that reads it."""

import re
from bisect import bisect_left
from collections.abc import Iterable
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
        return [_TUPLE(Token, (m[0].lower(), m.start(), m.end())) for m in TOKEN.finditer(text)]
    return [_TUPLE(Token, (m[0], m.start(), m.end())) for m in TOKEN.finditer(lowered)]


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

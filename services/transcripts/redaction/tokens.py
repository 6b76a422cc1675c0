"""A conversation's tokens as the recognizers read them: words (of any alphabet, "it's" one), runs of digits, and
each other character on its own; lower-cased, with where they are. Made once per text and shared by every
recognizer that reads it."""

import re
from functools import lru_cache
from typing import NamedTuple

# it's, it\u2019s: one word; letters of any alphabet ("zéro", "fünf"), so that a word is never cut in three
TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?|\d+|\S")


class Token(NamedTuple):  # tuples: a conversation has thousands, and a dataclass costs more to make
    text: str  # lower-cased
    start: int
    end: int


@lru_cache(maxsize=4)  # each recognizer of a conversation asks for the same text's
def tokens(text: str) -> list[Token]:
    return [Token(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text)]


@lru_cache(maxsize=4)
def token_starts(text: str) -> list[int]:
    """Where each token starts, in order: for bisection."""
    return [t.start for t in tokens(text)]


@lru_cache(maxsize=4)
def token_edges(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Token index by where tokens start, and by where they end."""
    toks = tokens(text)
    return {t.start: i for i, t in enumerate(toks)}, {t.end: i for i, t in enumerate(toks)}

"""The other speaker's short turns inside a conversation ("Could you slow down a little?", "mm-hmm", "Go on."):
lines of a few words that say no digit, passed over where a number, a code or an address goes on across them. Found
once per text, from its line breaks, for every reader."""

from bisect import bisect_left
from itertools import pairwise

from services.transcripts.redaction.numerals import COUNTED_DIGITS, REPEATS, is_number_word
from services.transcripts.redaction.per_text import per_text
from services.transcripts.redaction.tokens import Token, token_starts, tokens

MAX_ASIDE = 14  # tokens of the other speaker's turn passed over inside a number ("Could you slow down a little?")


def aside_at(text: str, i: int) -> int:
    """The length in tokens of the other speaker's short turn starting at token `i` (a line of its own, neither
    the first nor the last, no digit said in it): passed over inside a number split across turns; 0: none.
    `i` indexes `tokens(text)`; the turns are found once per text (redaction runs in threads: nothing here
    depends on which list of tokens a caller holds)."""
    return _asides(text)[0].get(i, 0)


def aside_before(text: str, k: int) -> int:
    """The length in tokens of the other speaker's short turn ending at token `k`, as `aside_at` reads it
    from its start; 0: none."""
    return _asides(text)[1].get(k, 0)


@per_text(maxsize=4)
def _asides(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """The text's short turns (lines of at most MAX_ASIDE tokens, no digit said but a count, "And the six numbers?",
    not only single letters, "D.", nor ending with a code's letters, "NIE Y", neither the first line nor the
    last), their length by their first token and by their last: found once, from the text's line breaks (a line's
    first token found by bisection), for every reader."""
    toks, starts = tokens(text), token_starts(text)
    by_first: dict[int, int] = {}
    by_last: dict[int, int] = {}
    firsts, at = [], text.find("\n")  # the first token of each line after the first
    while at >= 0:
        if (j := bisect_left(starts, at)) < len(toks) and (not firsts or firsts[-1] != j) and j:
            firsts.append(j)
        at = text.find("\n", at + 1)
    for first, end in pairwise(firsts):  # neither the first line nor the last
        if end - first <= MAX_ASIDE and not _says_letters(text, toks, first, end) and \
                not any(_says_a_number(toks[k].text) and not _exclaims(toks, k, end) and not _counts(toks, k, end)
                        for k in range(first, end)):
            by_first[first], by_last[end - 1] = end - first, end - first
    return by_first, by_last


_AS_IN = frozenset({"for", "as", "like", "in"})  # "G for George", "b as in bravo"


def _says_letters(text: str, toks: list[Token], first: int, end: int) -> bool:
    """Whether line toks[first:end] says only letters ("D.", "H G") or ends with a code's capital letter
    ("it's Y"), its capitals ("It's PG.") or a letter spelled by a word ("G for George")."""
    last = end - 1
    while last >= first and not toks[last].text[0].isalnum():
        last -= 1
    if last < first:
        return False
    written = text[toks[last].start:toks[last].end]
    if (2 <= len(written) <= 4 and written.isalpha() and written.isupper() and last - first < 3) or \
            (last - 2 >= first and len(toks[last - 2].text) == 1 and toks[last - 1].text in _AS_IN):
        return True  # "It's PG.", "It's P for Peter, G for George.": a code's letters
    if len(toks[last].text) > 1:  # most lines: a word last
        return False
    before = last - 1 >= first and len(toks[last - 1].text) == 1 and text[toks[last - 1].start].isupper()
    return (text[toks[last].start].isupper() and (toks[last].text != "i" or before)) or \
        all(len(toks[k].text) == 1 for k in range(first, last))  # "I" alone is "I", after "L R" a letter


def _exclaims(toks: list[Token], k: int, end: int) -> bool:
    """Whether the "oh" at `k` is an exclamation: a word that says no number follows it in its line ("Oh sorry, you
    go.", "Oh, okay."); an "Oh." alone is a zero said on its own (slow dictation), whoever says it."""
    if toks[k].text not in ("oh", "o"):
        return False
    j = k + 1
    while j < end and not toks[j].text[0].isalnum():
        j += 1
    return j < end and toks[j].text[0].isalpha() and not _says_a_number(toks[j].text)


# What a count names in a turn that asks for a part of a value ("And the six numbers?", "the last two letters?"),
# and the words of a turn that asks for another value with a count ("And the three digits on the back?").
_COUNTED = COUNTED_DIGITS | {"letters", "characters"}
_OTHER_PART = frozenset({"back", "code", "security", "cvv", "cvc", "pin", "expiry", "expiration", "card"})


# The words before a count of the next part asked for ("Next four.", "And the next four?", "die nächsten vier").
_NEXT = frozenset({"next", "first", "last", "following", "remaining", "nächsten", "ersten", "letzten", "volgende",
                   "eerste", "laatste", "suivants", "premiers", "derniers", "siguientes", "primeros", "últimos",
                   "prossimi", "primi", "ultimi", "próximos", "primeiros", "następne", "nästa", "næste",
                   "neste", "seuraavat"})


def _counts(toks: list[Token], k: int, end: int) -> bool:
    """Whether the number word at `k` counts what the turn asks for ("And the six numbers?", "Next four."): no
    digit said. Not in a turn that asks for another value ("And the three digits on the back, please?"), nor in
    one that asks for the whole ("I need all nine digits.")."""
    if not toks[k].text[0].isalpha() or any(toks[j].text in _OTHER_PART for j in range(k, end)):
        return False
    return (k + 1 < end and toks[k + 1].text in _COUNTED and toks[end - 1].text == "?") or \
        (k > 0 and toks[k - 1].text in _NEXT)


def _says_a_number(word: str) -> bool:
    return word[0].isdigit() or is_number_word(word) or word in REPEATS

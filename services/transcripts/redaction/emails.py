"""Email addresses, typed ("john.smith@example.com") or said ("john dot smith at example dot com",
"j o h n dash smith at sign acme dash corp dot law", "john smith all one word at gmail dot com").

Typed ones are read from each "@", back over at most 64 characters and on over at most 254 (a pattern
for the whole address would read a long run again from each of its characters). Said ones are read
token by token around each "at": the local part back to a word that is not part of an address, the
domain forward while "dot" joins labels; then the grammar decides: labels as RFC 1035 has them, a
domain under a suffix on ICANN's public suffix list."""

import re

from publicsuffixlist import PublicSuffixList

from services.transcripts.redaction.entities import EMAIL_ADDRESS, Claimed, Entity
from services.transcripts.redaction.spoken import DIGIT_WORDS, Token, is_number_word, tokens

_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]{1,254}")  # one more than a domain may have: a longer run is none
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_SUFFIXES = PublicSuffixList(only_icann=True)  # the copy the package ships: no network
MAX_PIECES = 12  # words of a said address's local part or domain: bounds the reading from each "at"
_DOTS = frozenset({"dot", "period", "point", "."})
_DASHES = frozenset({"dash", "hyphen", "-"})
_JOINERS = {**dict.fromkeys(_DOTS, "."), **dict.fromkeys(_DASHES, "-"), "underscore": "_", "_": "_"}
_AT = frozenset({"at", "@"})
# What follows "at" when people name the symbol: "at sign", "at symbol", "at the rate" (Indian English).
_AT_TAILS = (("the", "rate", "of"), ("the", "rate"), ("sign",), ("symbol",))
_ONE_WORD = (("all", "one", "word"), ("one", "word"), ("no", "spaces"), ("all", "together"), ("together",))
_NOT_A_NAME = frozenset({"me", "is", "it's", "its", "email", "mail", "address", "my", "the", "to", "you", "and", "or",
                         "at", "reach", "send", "write", "contact", "that's", "it", "sure", "yes", "yeah", "okay",
                         "ok", "so", "um", "uh", "e", "was", "be", "on", "just", "try", "use", "sign"})


def find_emails(text: str) -> list[Entity]:
    found = _typed(text)
    toks, typed = tokens(text), Claimed([(e.start, e.end) for e in found])
    for i in [i for i, t in enumerate(toks) if t.text in _AT]:
        if not typed.overlaps(toks[i].start, toks[i].end) and (said := _said(toks, i)):
            found.append(said)
    return found


def _typed(text: str) -> list[Entity]:
    """From each "@", back over at most 64 characters of a local part and on over a domain's."""
    found, at = [], text.find("@")
    while at >= 0:
        begin = at
        while begin > at - 65 and begin > 0 and text[begin - 1] in _LOCAL_CHARS:
            begin -= 1
        local, domain = text[begin:at].lstrip("."), (m.group() if (m := _DOMAIN_RUN.match(text, at + 1)) else "")
        domain = domain.rstrip(".-")
        if 1 <= len(local) <= 64 and _domain_ok(domain, known_suffix=False):
            found.append(Entity(EMAIL_ADDRESS, at - len(local), at + 1 + len(domain), "email-pattern", 1.0,
                                f"{local}@{domain}".lower()))
        at = text.find("@", at + 1)
    return found


def _domain_ok(domain: str, known_suffix: bool) -> bool:
    """RFC 1035's labels; said aloud, also a name under a suffix on the public suffix list (written,
    the "@" is evidence enough)."""
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not labels[-1].isalpha() or len(labels[-1]) < 2 or \
            not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return not known_suffix or _SUFFIXES.privatesuffix(domain.lower(), accept_unknown=False) is not None


def _said(toks: list[Token], at: int) -> Entity | None:
    """The address around the "at" (or "at sign") token at index `at`."""
    tail = next((len(t) for t in _AT_TAILS if tuple(x.text for x in toks[at + 1:at + 1 + len(t)]) == t), 0)
    domain, end = _domain(toks, at + 1 + tail)
    if end is None or not _domain_ok(domain, known_suffix=True):
        return None
    named = tail and at > 0 and toks[at - 1].text == "the"  # "the at sign"
    local, start = _local(toks, at - 1 - named)
    if start is None:
        return None
    return Entity(EMAIL_ADDRESS, toks[start].start, toks[end].end, "email-spoken", 0.9, f"{local}@{domain}")


def _domain(toks: list[Token], k: int) -> tuple[str, int | None]:
    """Labels joined by "dot", each a word or words joined by "dash"; and the last word's index."""
    out, last, words = "", None, 0
    while k < len(toks) and words < MAX_PIECES:
        if (word := toks[k].text).isalnum() and (last is None or last == k - 2) and word not in _AT:
            out, last, words = out + word, k, words + 1
        elif last == k - 1 and (word in _DOTS or word in _DASHES):
            out += "." if word in _DOTS else "-"
        else:
            break
        k += 1
    return out[:len(out) - (out[-1:] in (".", "-"))], last


def _local(toks: list[Token], k: int) -> tuple[str, int | None]:
    """The local part said before the "at": words joined by "dot", "underscore" or "dash"; letters and
    digits said one by one; a name's words run together where "all one word" says so."""
    one_word = next((len(p) for p in _ONE_WORD if [t.text for t in toks[max(0, k - len(p) + 1):k + 1]] == list(p)), 0)
    k -= one_word
    out, first, pieces = "", None, 0
    while k >= 0 and pieces < MAX_PIECES:
        word = toks[k].text
        joined = first is not None and first == k + 2 and toks[k + 1].text in _JOINERS
        touching = first is not None and first == k + 1 and (one_word or _short(word) or _short(toks[first].text))
        spelled = len(word) == 1 and k > 0 and len(toks[k - 1].text) == 1  # "d a n i e": the "e" is a letter
        if word.isalnum() and (word not in _NOT_A_NAME or spelled) and (first is None or joined or touching):
            piece = str(DIGIT_WORDS[word]) if len(word) > 2 and word in DIGIT_WORDS else word  # not "o", "oh"
            out = piece + (_JOINERS[toks[k + 1].text] if joined else "") + out
            first, pieces = k, pieces + 1
        elif first != k + 1 or word not in _JOINERS:
            break
        k -= 1
    return out, first


def _short(word: str) -> bool:
    """A letter or a digit said on its own: what runs together in a spelled local part."""
    return len(word) == 1 or is_number_word(word) or word.isdigit()

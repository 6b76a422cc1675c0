"""Contact details: email addresses typed or spelled out ("john dot smith at example dot com"), and
phone numbers, typed (`phonenumbers`' matcher) or said as digits where the conversation says it is a
number to call."""

import re
from itertools import pairwise

import phonenumbers

from services.transcripts.redaction.entities import (
    EMAIL_ADDRESS,
    PHONE_NUMBER,
    Claimed,
    Entity,
    context_before,
    words,
)
from services.transcripts.redaction.spoken import Token, runs, tokens

# Maximal runs of the characters an address is written with: each character is read once, where a
# pattern for the whole address would read a long run again from each of its characters.
_EMAIL_RUN = re.compile(r"[A-Za-z0-9._%+@-]+")
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")  # RFC 1035, run on one label
MAX_PIECES = 12  # words of a spelled-out address's local part or domain: bounds the search from each "at"
_DOTS = frozenset({"dot", "period", "point", "."})
_JOINERS = {"dot": ".", "period": ".", "point": ".", ".": ".", "underscore": "_", "_": "_", "dash": "-",
            "hyphen": "-", "-": "-"}
_AT = frozenset({"at", "@"})
_TLDS = frozenset({"com", "org", "net", "edu", "gov", "io", "co", "uk", "us", "de", "fr", "es", "it", "nl", "be",
                   "ie", "eu", "info", "biz", "me", "ca", "au", "ch", "at", "se", "dk", "no", "fi", "pt", "pl",
                   "mx", "br", "in", "jp", "app", "dev", "ai"})
_NOT_A_NAME = frozenset({"me", "is", "it's", "email", "mail", "address", "my", "the", "to", "you", "and", "or", "at",
                         "reach", "send", "write", "contact"})
_PHONE_WORDS = words(r"number|phone|\bcall|reach|\bcell|mobile|\btext\b|contact|\bfax\b|dial")
# (212) 555-1234, +44 20 7946 0018: digit groups with at most three separators between them, so that
# no character is read twice (a run of "(" or "-" is not a number's start).
_DIGITS_WRITTEN = re.compile(r"\+?\(?\d+(?:[ ().\-/]{1,3}\d+)*")
_NANP = frozenset({"US", "CA"})  # national numbers of ten digits, or eleven after a 1
_PLUS = re.compile(r"(?:\+|\bplus\s+)$", re.I)


def find_emails(text: str) -> list[Entity]:
    found = _typed_emails(text)
    toks, typed = tokens(text), Claimed([(e.start, e.end) for e in found])
    for i, t in enumerate(toks):
        if t.text in _AT and not typed.overlaps(t.start, t.end):
            if spelled := _spelled(toks, i):
                found.append(spelled)
    return found


def _typed_emails(text: str) -> list[Entity]:
    found = []
    for run in _EMAIL_RUN.finditer(text):
        if "@" not in run.group():
            continue
        parts, at = run.group().split("@"), run.start()
        for local, domain in pairwise(parts):
            at += len(local) + 1  # just after this "@"
            local, domain = local.lstrip("."), domain.rstrip(".-")
            if 1 <= len(local) <= 64 and _domain_ok(domain):
                found.append(Entity(EMAIL_ADDRESS, at - 1 - len(local), at + len(domain), "email-pattern", 1.0,
                                    f"{local}@{domain}".lower()))
    return found


def _domain_ok(domain: str) -> bool:
    labels = domain.split(".")
    return len(domain) <= 253 and len(labels) >= 2 and labels[-1].isalpha() and len(labels[-1]) >= 2 and \
        all(_LABEL.fullmatch(label) for label in labels)


def _spelled(toks: list[Token], at: int) -> Entity | None:
    """The address around the `at` token at index `at`, if its domain ends in a dot and a known TLD."""
    end, domain = at + 1, []
    while len(domain) < MAX_PIECES and end + 2 < len(toks) and toks[end].text.isalnum() and \
            toks[end + 1].text in _DOTS and toks[end + 2].text.isalnum():
        domain.append(toks[end].text)
        end += 2
    if not domain or toks[end].text not in _TLDS:
        return None
    domain.append(toks[end].text)
    start, local = at - 1, []
    if start < 0 or not toks[start].text.isalnum() or toks[start].text in _NOT_A_NAME:
        return None
    local.insert(0, toks[start].text)
    while len(local) < MAX_PIECES and start - 2 >= 0 and toks[start - 1].text in _JOINERS and \
            toks[start - 2].text.isalnum() and toks[start - 2].text not in _NOT_A_NAME:
        local[:0] = [toks[start - 2].text, _JOINERS[toks[start - 1].text]]
        start -= 2
    value = "".join(local) + "@" + ".".join(domain)
    return Entity(EMAIL_ADDRESS, toks[start].start, toks[end].end, "email-spoken", 0.9, value)


def find_phones(text: str, region: str = "US", checked: list[Entity] = ()) -> list[Entity]:
    """`checked`: what a checksum already showed to be something else (a card, an IBAN): not looked at
    again, as it would lose to that anyway, and phonenumbers' validation is the costliest step here."""
    taken = Claimed([(e.start, e.end) for e in checked])
    found = _typed_phones(text, region, taken)
    for e in found:
        taken.add(e.start, e.end)
    for run in runs(text):  # said: the whole run is the number (a longer one is something else)
        digits = "".join(u.digits for u in run)
        start, end = run[0].start, run[-1].end
        if not 7 <= len(digits) <= 15 or taken.overlaps(start, end):
            continue
        if not context_before(text, start, _PHONE_WORDS, 80):
            continue
        plus = _PLUS.search(text, max(0, start - 6), start)
        if number := _valid(digits, region, international=plus is not None):
            found.append(Entity(PHONE_NUMBER, plus.start() if plus else start, end, "phone-spoken", 0.85, number))
    return found


def _typed_phones(text: str, region: str, checked: Claimed) -> list[Entity]:
    """phonenumbers' matcher, given only the stretches written in digits that are long enough to be a
    number: over a whole conversation it costs more than every other recognizer together."""
    found = []
    for stretch in _DIGITS_WRITTEN.finditer(text):
        if not 7 <= sum(ch.isdigit() for ch in stretch.group()) <= 15:  # E.164 has at most 15
            continue
        if checked.covers(stretch.start(), stretch.end()):
            continue
        begin = max(0, stretch.start() - 1)  # the matcher looks at the character before a number
        for m in phonenumbers.PhoneNumberMatcher(text[begin:stretch.end() + 1], region,
                                                 leniency=phonenumbers.Leniency.VALID):
            found.append(Entity(PHONE_NUMBER, begin + m.start, begin + m.end, "phonenumbers", 0.95,
                                phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)))
    return found


def _valid(digits: str, region: str, international: bool) -> str | None:
    if not international and region in _NANP and not (len(digits) == 10 or (len(digits) == 11 and digits[0] == "1")):
        return None  # what parsing would conclude, for a fiftieth of its cost
    try:
        number = phonenumbers.parse(("+" if international else "") + digits, None if international else region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

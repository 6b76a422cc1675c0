"""Phone numbers, typed (`phonenumbers`' matcher) or said as digits where the conversation says it is a
number to call, read with the tenant's region."""

import re

import phonenumbers

from services.transcripts.redaction.entities import (
    PHONE_NUMBER,
    Claimed,
    Entity,
    context_before,
    words,
)
from services.transcripts.redaction.spoken import runs

_PHONE_WORDS = words(r"number|phone|\bcall|reach|\bcell|mobile|\btext\b|contact|\bfax\b|dial|area code|landline|"
                     r"whatsapp|\bring\b")
# (212) 555-1234, +44 20 7946 0018: digit groups with at most three separators between them, so that
# no character is read twice (a run of "(" or "-" is not a number's start).
_DIGITS_WRITTEN = re.compile(r"\+?\(?\d+(?:[ ().\-/]{1,3}\d+)*")
# Said just after a number, an extension shows it was a phone number: "..., extension two one four".
_EXTENSION_AFTER = re.compile(r"[\s,.;:-]{0,3}(?:extension|ext\b|x\s*\d)", re.I)
_NANP = frozenset({"US", "CA"})  # national numbers of ten digits, or eleven after a 1
_PLUS = re.compile(r"(?:\+|\bplus\s+)$", re.I)


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
        if not context_before(text, start, _PHONE_WORDS, 80) and not _EXTENSION_AFTER.match(text, end):
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

"""The redacted view: what agents and analysts read. Typed-text recognizers for now (card numbers
with their Luhn check, US Social Security numbers, email addresses, phone numbers, IBANs with their
checksum); the redaction issue makes this thorough for what speech recognition writes."""

import re
from dataclasses import dataclass

import phonenumbers

LABELS = {"card": "[CARD]", "ssn": "[SSN]", "email": "[EMAIL]", "phone": "[PHONE]", "iban": "[IBAN]"}

_CARD = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])")
_SSN = re.compile(r"(?<![\d-])(\d{3})[- ]?(\d{2})[- ]?(\d{4})(?![\d-])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


@dataclass(frozen=True)
class Found:
    type: str
    start: int
    end: int
    recognizer: str


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def ssn_valid(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"


def iban_valid(raw: str) -> bool:
    iban = raw.replace(" ", "")
    if not 15 <= len(iban) <= 34:
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def find(text: str) -> list[Found]:
    found: list[Found] = []
    for m in _EMAIL.finditer(text):
        found.append(Found("email", m.start(), m.end(), "email-pattern"))
    for m in _IBAN.finditer(text):
        if iban_valid(m.group()):
            found.append(Found("iban", m.start(), m.end(), "iban-mod97"))
    for m in _CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            found.append(Found("card", m.start(), m.end(), "card-luhn"))
    for m in _SSN.finditer(text):
        if ssn_valid(*m.groups()):
            found.append(Found("ssn", m.start(), m.end(), "ssn-rules"))
    for m in phonenumbers.PhoneNumberMatcher(text, "US", leniency=phonenumbers.Leniency.VALID):
        found.append(Found("phone", m.start, m.end, "phonenumbers"))
    return _without_overlaps(found)


def _without_overlaps(found: list[Found]) -> list[Found]:
    """The first recognizer in `find`'s order wins where two claim the same characters."""
    kept: list[Found] = []
    for item in found:
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)


def redact(text: str) -> tuple[str, list[Found]]:
    found = find(text)
    out, last = [], 0
    for item in found:
        out += [text[last:item.start], LABELS[item.type]]
        last = item.end
    out.append(text[last:])
    return "".join(out), found

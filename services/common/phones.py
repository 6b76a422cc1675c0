"""Phone numbers as every service reads them: E.164 through `phonenumbers`, withheld ids recognized.

The blind index of a number is taken over its E.164 form, so "+1 (415) 555-0100", "415.555.0100"
and "14155550100" find the same person in every service. A number without a country code is read in
the tenant's `default_region` (a consent setting) everywhere, never a default of the code's: "06 12 34
56 78" is +33612345678 for a French tenant in every service, or a hold by it would match nothing.
"""

import phonenumbers

# What providers send instead of a caller id when it is withheld.
WITHHELD = frozenset({"anonymous", "restricted", "unknown", "private", "unavailable", "withheld", ""})


def is_withheld(raw: str | None) -> bool:
    return raw is None or raw.strip().lower() in WITHHELD


def parse_phone(raw: str | None, default_region: str) -> phonenumbers.PhoneNumber | None:
    if is_withheld(raw):
        return None
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_possible_number(number) else None


def to_e164(raw: str | None, default_region: str) -> str | None:
    number = parse_phone(raw, default_region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) if number else None


def normalize_phone(raw: str, default_region: str) -> str:
    """The form a blind index is taken over: E.164 when the number parses, else its digits."""
    return to_e164(raw, default_region) or "".join(ch for ch in raw if ch.isdigit())

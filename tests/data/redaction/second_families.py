"""The second batch of template families (December 2026): more ways people say the same things, written
after the first batch's held-out families had been read (see `families.held_out`), so that the corpus
again has families the recognizers were never tuned on.

A seeded draw of this batch is held out (`held_out`), made when the batch was written and before any
recognizer ran on it. Each family is a function (Faker, Random) -> Utterance."""

import random

from faker import Faker
from families import (
    LETTER_NAMES,
    MONTHS,
    NATO,
    NINO_LETTERS,
    a_nino,
    an_iban,
    card_digits,
    names,
    ssn_digits,
    us_number,
)
from speech import FILLERS, Utterance, digit_words, groups, pair_words


def _letters(rng: random.Random, text: str, names_of: dict[str, str] | None = None) -> str:
    return " ".join((names_of or {}).get(c.upper(), c) if c.isalpha() else digit_words(rng, c) for c in text)


# Cards --------------------------------------------------------------------------------------------------
def card_pairs(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    said = ", ".join(pair_words(g) for g in groups(digits, [4, 4, 4, 4]))
    return Utterance().say(rng.choice(["the long number is ", "card: ", "it reads "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", ".", ", got that?"]))


def card_dash_said(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    said = f" {rng.choice(['dash', 'hyphen'])} ".join(digit_words(rng, g) for g in groups(digits, [4, 4, 4, 4]))
    return Utterance().say(rng.choice(["card number is ", "it's "])).entity("CREDIT_CARD", said).say(".")


def card_repeat_group(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    parts = groups(digits, [4, 4, 4, 4])
    said = ", ".join(f"{digit_words(rng, p)}" for p in parts)
    return Utterance().say(rng.choice(["okay, so that's ", "reading it off the card, "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", " and that's the lot."]))


# Emails -------------------------------------------------------------------------------------------------
def email_period(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    return Utterance().say(rng.choice(["the email is ", "write to "])).entity(
        "EMAIL_ADDRESS", f"{first} period {last} at {rng.choice(['gmail', 'outlook', 'yahoo'])} period com").say(".")


def email_at_symbol(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    at = rng.choice(["at symbol", "at the rate", "at sign", "the at sign"])
    return Utterance().say(rng.choice(["it's ", "my personal one is "])).entity(
        "EMAIL_ADDRESS", f"{first}{last[0]} {at} {rng.choice(['icloud', 'hotmail', 'gmx'])} dot "
                         f"{rng.choice(['com', 'de', 'co dot uk'])}").say(rng.choice(["", "."]))


def email_spelled_last(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = f"{first} dot {' '.join(last)}"
    return Utterance().say(rng.choice(["so that's ", "email: "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['gmail', 'aol', 'live'])} dot com").say(rng.choice(["", "."]))


def email_typed_caps(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    domain = rng.choice(["Gmail.com", "Outlook.COM", "Company-Mail.co.uk", "Example.Org"])
    return Utterance().say(rng.choice(["email ", "it's ", "the address is "])).entity(
        "EMAIL_ADDRESS", f"{first.title()}.{last.title()}@{domain}").say(rng.choice(["", ".", ", thanks"]))


def email_underscore_digits(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    year = str(rng.randint(60, 99))
    return Utterance().say(rng.choice(["it's ", "my email is "])).entity(
        "EMAIL_ADDRESS", f"{first} underscore {last} {digit_words(rng, year)} at gmail dot com").say(".")


# Phones -------------------------------------------------------------------------------------------------
def phone_dash_said(fake: Faker, rng: random.Random) -> Utterance:
    digits = us_number(fake)
    said = " dash ".join(digit_words(rng, g) for g in groups(digits, [3, 3, 4]))
    return Utterance().say(rng.choice(["my number is ", "call me at "])).entity("PHONE_NUMBER", said).say(".")


def phone_parenthesized(fake: Faker, rng: random.Random) -> Utterance:
    digits = us_number(fake)
    typed = rng.choice([f"({digits[:3]}) {digits[3:6]}-{digits[6:]}", f"{digits[:3]}.{digits[3:6]}.{digits[6:]}",
                        f"+1 {digits[:3]} {digits[3:6]} {digits[6:]}"])
    return Utterance().say(rng.choice(["reach me at ", "my cell: "])).entity("PHONE_NUMBER", typed).say(
        rng.choice(["", ".", " after five"]))


def phone_then_extension(fake: Faker, rng: random.Random) -> Utterance:
    digits = us_number(fake)
    u = Utterance().say(rng.choice(["the office is ", "call "])).entity(
        "PHONE_NUMBER", " ".join(digit_words(rng, g) for g in groups(digits, [3, 3, 4])))
    return u.say(f", extension {digit_words(rng, str(rng.randint(100, 999)))}.")


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_dash_said(fake: Faker, rng: random.Random) -> Utterance:
    digits = ssn_digits(fake)
    said = " dash ".join(digit_words(rng, g) for g in groups(digits, [3, 2, 4]))
    return Utterance().say(rng.choice(["social security number ", "my SSN is "])).entity("US_SSN", said).say(".")


def ssn_social_security_pairs(fake: Faker, rng: random.Random) -> Utterance:
    digits = ssn_digits(fake)
    said = f"{digit_words(rng, digits[:3])}, {pair_words(digits[3:5])}, {pair_words(digits[5:])}"
    return Utterance().say(rng.choice(["my social security is ", "the SSN: "])).entity("US_SSN", said).say(
        rng.choice(["", "."]))


# IBANs --------------------------------------------------------------------------------------------------
def iban_spaced_lower(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT"]).lower()
    return Utterance().say(rng.choice(["iban ", "account (iban): "])).entity(
        "IBAN_CODE", " ".join(value[i:i + 4] for i in range(0, len(value), 4))).say(rng.choice(["", "."]))


def iban_nato_country(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "es_ES", "fr_FR", "en_GB"])
    head = f"{NATO[value[0]]} {NATO[value[1]]} {pair_words(value[2:4])}"
    rest = ", ".join(_letters(rng, value[i:i + 4], NATO) for i in range(4, len(value), 4))
    return Utterance().say(rng.choice(["the IBAN starts ", "IBAN: "])).entity("IBAN_CODE", f"{head}, {rest}").say(".")


# National ids -------------------------------------------------------------------------------------------
def nino_nato(fake: Faker, rng: random.Random) -> Utterance:
    value = a_nino(fake, rng)
    said = f"{NATO[value[0]]} {NATO[value[1]]} {digit_words(rng, value[2:8])} {NATO[value[8]]}"
    return Utterance().say(rng.choice(["national insurance: ", "my NI number is "])).entity("UK_NINO", said).say(".")


def nino_spaced(fake: Faker, rng: random.Random) -> Utterance:
    value = a_nino(fake, rng)
    typed = f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"
    return Utterance().say(rng.choice(["NI number ", "national insurance number "])).entity(
        "UK_NINO", rng.choice([typed, typed.lower()])).say(rng.choice(["", "."]))


def nino_pairs(fake: Faker, rng: random.Random) -> Utterance:
    value = a_nino(fake, rng)
    said = f"{LETTER_NAMES[value[0]]} {LETTER_NAMES[value[1]]} {pair_words(value[2:8])} {LETTER_NAMES[value[8]]}"
    return Utterance().say(rng.choice(["my national insurance number is ", "NI: "])).entity("UK_NINO", said).say(
        rng.choice(["", "."]))


def card_expiry_month_day(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    u = Utterance().say("the card is ").entity("CREDIT_CARD", " ".join(groups(digits, [4, 4, 4, 4])))
    return u.say(rng.choice([", valid until ", ", good through "])).entity(
        "CARD_EXPIRY", f"{rng.choice(MONTHS)} {rng.choice(['twenty', ''])} {pair_words(str(rng.randint(27, 33)))}"
        .replace("  ", " ")).say(".")


FAMILIES = {
    "card/pair-groups": card_pairs, "card/dash-said": card_dash_said, "card/repeat-group": card_repeat_group,
    "card/expiry-valid-until": card_expiry_month_day,
    "email/period": email_period, "email/at-symbol": email_at_symbol, "email/spelled-last": email_spelled_last,
    "email/typed-caps": email_typed_caps, "email/underscore-digits": email_underscore_digits,
    "phone/dash-said": phone_dash_said, "phone/parenthesized": phone_parenthesized,
    "phone/then-extension": phone_then_extension,
    "ssn/dash-said": ssn_dash_said, "ssn/pairs": ssn_social_security_pairs,
    "iban/spaced-lower": iban_spaced_lower, "iban/nato-country": iban_nato_country,
    "nino/nato": nino_nato, "nino/spaced": nino_spaced, "nino/pairs": nino_pairs,
}

SAID = {"card/expiry-valid-until": "mixed", "email/typed-caps": "typed", "phone/parenthesized": "typed",
        "iban/spaced-lower": "typed", "nino/spaced": "typed"}

# Look-alikes: a web address said aloud, a spelled surname, pairs that are an order, letters that are a
# flight, a social club with a nine-digit member count.
NEGATIVE_FAMILIES = {
    "negative/web-address": lambda f, r: f"go to double you double you double you dot "
                                         f"{f['en_US'].last_name().lower()} dot com and click help",
    "negative/spelled-surname": lambda f, r: f"my surname is {' '.join(f['en_US'].last_name().lower())}, "
                                             f"{r.choice(FILLERS)} like it sounds",
    "negative/order-pairs": lambda f, r: f"order number {pair_words(f.numerify('######'))}, it shipped "
                                         f"{r.choice(['monday', 'yesterday'])}",
    "negative/nato-booking": lambda f, r: f"booking reference {' '.join(NATO[c] for c in r.sample(NINO_LETTERS, 3))}"
                                          f" {digit_words(r, f.numerify('###'))}",
}


# Drawn held out, then looked at: nino/spaced's misses (lower-case letters apart from the digits) were read
# and the NINO recognizer fixed for them in December 2026, so it counts as tuned from then on.
LOOKED_AT = frozenset({"nino/spaced"})


def held_out(seed: int = 1203) -> frozenset[str]:
    """About two families in five of each kind of this batch, drawn by seed when the batch was written,
    less those looked at since (LOOKED_AT)."""
    rng, chosen, every = random.Random(seed), set(), [*FAMILIES, *NEGATIVE_FAMILIES]
    for kind in sorted({name.split("/")[0] for name in every}):
        mine = sorted(name for name in every if name.split("/")[0] == kind)
        if len(mine) >= 2:
            chosen |= set(rng.sample(mine, max(1, round(len(mine) * 0.4))))
    return frozenset(chosen - LOOKED_AT)

"""The fifth batch of template families (December 2026, issue 28), tuned: written from the kinds of spoken
forms the fourth batch's aggregate figures showed weak (national ids said with NATO letters or "with the
letter", numbers in hyphenated pairs, "hundreds", expiries in words, numbers cut across turns), never
from the fourth batch's templates or misses, which stay unread. Each family a different way callers say
the thing; the look-alikes are numbers of the same shapes that are nobody's id, card or phone.

Tuned on, so never held out. Each family is a function (Faker, Random) -> Utterance; a look-alike
family's a function (Faker, Random) -> list of segments. Family names carry "v5-" so that none can be
one of another batch's (a held-out batch's names mark its items)."""

import random

import phonenumbers
from faker import Faker
from families import LETTER_NAMES, MONTHS, NATO, a_nino, an_iban, card_digits, names, ssn_digits, us_number
from speech import TEENS, TENS, WORDS, Utterance, digit_words, groups, pair_words

ACKS = ["Mm-hm.", "Uh-huh.", "Okay.", "Yep.", "Got it, go on.", "Mhm, yes."]
FILLERS = ["um", "uh", "um,", "uh,", "er", "..."]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def hyphen_pairs(digits: str) -> str:
    """Two digits at a time with the tens and ones joined by a hyphen ("thirty-four"), as Whisper writes
    them; a pair starting with 0 as "oh" and the digit."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i:i + 2]
        if len(pair) == 1:
            out.append(WORDS[int(pair)])
        elif pair[0] == "0":
            out.append(f"oh {WORDS[int(pair[1])]}" if pair[1] != "0" else "oh oh")
        elif pair[0] == "1":
            out.append(TEENS[int(pair[1])])
        else:
            out.append(TENS[int(pair[0])] + ("" if pair[1] == "0" else "-" + WORDS[int(pair[1])]))
    return " ".join(out)


def said_letter(rng: random.Random, letter: str) -> str:
    """A letter as callers say it: the letter, its NATO word, "t for tango", "b as in bravo"."""
    nato = NATO[letter]
    return rng.choice([letter, nato, f"{letter.lower()} for {nato}", f"{letter} as in {nato}", nato.capitalize()])


def with_fillers(rng: random.Random, words: str, count: int = 1) -> str:
    """Words with a filler put between two of them, not only between groups."""
    parts = words.split()
    for _ in range(count):
        if len(parts) > 1:
            parts.insert(rng.randint(1, len(parts) - 1), rng.choice(FILLERS))
    return " ".join(parts).replace(" ,", ",")


def mixed_digits(rng: random.Random, digits: str) -> str:
    """Each digit a numeral or a word, runs of one digit as "double" or "triple" (a numeral or a word)."""
    out, i = [], 0
    while i < len(digits):
        d, run = digits[i], len(digits[i:]) - len(digits[i:].lstrip(digits[i]))
        word = rng.choice([d, WORDS[int(d)] if d != "0" else rng.choice(["oh", "zero"])])
        if run >= 3 and rng.random() < 0.6:
            out.append(f"triple {word}")
            i += 3
        elif run >= 2 and rng.random() < 0.6:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


# UK National Insurance numbers --------------------------------------------------------------------------
def nino_nato(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    said = f"{said_letter(rng, v[0])} {said_letter(rng, v[1])} " \
           f"{rng.choice([digit_words(rng, v[2:8]), pair_words(v[2:8]), ' '.join(groups(v[2:8], [2, 2, 2]))])} " \
           f"{said_letter(rng, v[8])}"
    return Utterance().say(rng.choice(["my national insurance number is ", "NI number, ", "sure, my NI number is "])
                           ).entity("UK_NINO", said).say(rng.choice(["", ".", " okay"]))


def nino_fillers(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    said = f"{v[0]} {v[1]} {rng.choice(FILLERS)} {with_fillers(rng, digit_words(rng, v[2:8]))} " \
           f"{rng.choice(FILLERS)} {v[8]}"
    return Utterance().say(rng.choice(["national insurance, it's ", "my ni number is ", "um my national insurance "
                                       "number is "])).entity("UK_NINO", said.replace(" ,", ",")).say(
        rng.choice(["", "."]))


def nino_two_turns(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    u = Utterance().say(rng.choice(["My national insurance number is ", "NI number is "]))
    u.entity("UK_NINO", f"{v[0]} {v[1]} {rng.choice([' '.join(v[2:4]), pair_words(v[2:4])])}").say(
        rng.choice(["", "..."])).turn().say(rng.choice(ACKS)).turn()
    return u.entity("UK_NINO", f"{rng.choice([' '.join(groups(v[4:8], [2, 2])), digit_words(rng, v[4:8])])} {v[8]}"
                    ).say(rng.choice(["", "."]))


def nino_grouped(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    said = rng.choice([f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]} {hyphen_pairs(v[2:8])} {v[8]}",
                       f"{v[0]} {v[1]}, {v[2:4]}, {v[4:6]}, {v[6:8]}, {v[8]}", f"{v[:2]}{v[2:8]} {v[8]}".lower()])
    return Utterance().say(rng.choice(["NI number: ", "it's ", "my National Insurance is "])).entity(
        "UK_NINO", said).say(rng.choice([".", ""]))


def nino_double_letter(fake: Faker, rng: random.Random) -> Utterance:
    letter = rng.choice("ABCEHJKLMPRSTWY")
    v = letter * 2 + fake.numerify("######") + rng.choice("ABCD")
    head = rng.choice([f"double {letter.lower()}", f"double {LETTER_NAMES[letter]}", f"double {NATO[letter]}"])
    return Utterance().say(rng.choice(["my national insurance number is ", "NI number "])).entity(
        "UK_NINO", f"{head} {rng.choice([digit_words(rng, v[2:8]), pair_words(v[2:8])])} {v[8]}").say(".")


# Spanish DNI --------------------------------------------------------------------------------------------
def dni_letter_phrase(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    digits = rng.choice([v[:8], digit_words(rng, v[:8]), " ".join(groups(v[:8], [2, 3, 3]))])
    phrase = rng.choice(["with the letter", ", letra", "and the letter is", "letter", ", the letter"])
    return Utterance().say(rng.choice(["my DNI is ", "DNI number ", "el DNI es ", "my Spanish ID, the DNI, is "])
                           ).entity("ES_NIF", f"{digits} {phrase} {rng.choice([v[8], LETTER_NAMES[v[8]]])}".replace(
                               " ,", ",")).say(rng.choice(["", "."]))


def dni_pairs(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    said = rng.choice([hyphen_pairs(v[:8]), pair_words(v[:8])])
    return Utterance().say(rng.choice(["DNI ", "my DNI number is ", "the DNI is "])).entity(
        "ES_NIF", f"{said} {rng.choice([v[8], said_letter(rng, v[8]), 'letter ' + v[8]])}").say(rng.choice(["", "."]))


def dni_fillers_turns(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    u = Utterance().say(rng.choice(["My DNI is ", "DNI, "]))
    u.entity("ES_NIF", with_fillers(rng, digit_words(rng, v[:4]))).say("...").turn().say(rng.choice(ACKS)).turn()
    return u.entity("ES_NIF", f"{digit_words(rng, v[4:8])}, {rng.choice(['', 'and the letter is ', 'letter '])}{v[8]}")


# Spanish NIE --------------------------------------------------------------------------------------------
def nie_nato(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    first = rng.choice([{"X": "x-ray", "Y": "yankee", "Z": "zulu"}[v[0]], said_letter(rng, v[0]),
                        {"X": "X-ray", "Y": "Yankee", "Z": "Zulu"}[v[0]]])
    return Utterance().say(rng.choice(["my NIE is ", "NIE number ", "the NIE is "])).entity(
        "ES_NIE", f"{first} {rng.choice([digit_words(rng, v[1:8]), ' '.join(groups(v[1:8], [3, 4]))])} "
                  f"{said_letter(rng, v[8])}").say(rng.choice(["", "."]))


def nie_grouped(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    said = rng.choice([f"{v[0]} {v[1:5]} {v[5:8]} {v[8]}", f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0]} {v[1:8]}-{v[8]}",
                       f"{v[0]} {hyphen_pairs(v[1:7])} {WORDS[int(v[7])]} {v[8]}",
                       f"{v[0]} {v[1:8]} with the letter {v[8]}"])
    return Utterance().say(rng.choice(["NIE: ", "my NIE number is ", "el NIE es "])).entity("ES_NIE", said).say(
        rng.choice(["", "."]))


# Cards --------------------------------------------------------------------------------------------------
def card_fillers_mid_group(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    parts = [with_fillers(rng, digit_words(rng, g)) if rng.random() < 0.5 else digit_words(rng, g)
             for g in groups(digits, [4, 4, 4, 4])]
    return Utterance().say(rng.choice(["the card number is ", "okay it's ", "card, "])).entity(
        "CREDIT_CARD", ", ".join(parts)).say(rng.choice(["", ".", " yeah"]))


def card_dash_pauses(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    parts = [rng.choice([g, digit_words(rng, g)]) for g in groups(digits, [4, 4, 4, 4])]
    return Utterance().say(rng.choice(["It's ", "Card number: ", "Ready? "])).entity(
        "CREDIT_CARD", rng.choice([" — ", " -- ", " - ", "... ", "—"]).join(parts)).say(rng.choice(["", "."]))


def card_runs_mixed(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    return Utterance().say(rng.choice(["the number's ", "so that's ", "card number "])).entity(
        "CREDIT_CARD", mixed_digits(rng, digits)).say(rng.choice(["", ".", " okay"]))


def card_nineteen(fake: Faker, rng: random.Random) -> Utterance:
    digits = fake.credit_card_number("visa19")
    text = rng.choice([digits, " ".join(groups(digits, [4, 4, 4, 4, 3])), digit_words(rng, digits),
                       ", ".join(rng.choice([g, digit_words(rng, g)]) for g in groups(digits, [4, 4, 4, 4, 3]))])
    return Utterance().say(rng.choice(["it's a long one, nineteen digits: ", "my debit card is ", "card number "])
                           ).entity("CREDIT_CARD", text).say(rng.choice(["", "."]))


def card_amex_groups(fake: Faker, rng: random.Random) -> Utterance:
    a, b, c = groups(fake.credit_card_number("amex"), [4, 6, 5])
    text = rng.choice([f"{digit_words(rng, a)}, {digit_words(rng, b)}, {digit_words(rng, c)}",
                       f"{pair_words(a)} {pair_words(b)} {digit_words(rng, c)}",
                       f"{a} {rng.choice(FILLERS)} {b} {rng.choice(FILLERS)} {c}".replace(" ,", ","),
                       f"{hyphen_pairs(a)}, {hyphen_pairs(b)}, {digit_words(rng, c)}"])
    return Utterance().say(rng.choice(["it's an Amex, ", "American Express, the number is ", "amex "])).entity(
        "CREDIT_CARD", text).say(rng.choice(["", "."]))


def card_split_mid_group(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    cut = rng.choice([2, 3, 5, 6, 7, 9, 10, 11, 13, 14])
    u = Utterance().say(rng.choice(["Card number is ", "it's ", ""]))
    u.entity("CREDIT_CARD", digit_words(rng, digits[:cut])).say(rng.choice(["", "...", ","])).turn()
    if rng.random() < 0.6:
        u.say(rng.choice(ACKS)).turn()
    return u.entity("CREDIT_CARD", digit_words(rng, digits[cut:])).say(rng.choice(["", "."]))


def _year_words(rng: random.Random, year: int) -> str:
    return rng.choice([f"twenty {hyphen_pairs(str(year))}", f"twenty {pair_words(str(year))}",
                       f"two thousand {hyphen_pairs(str(year))}", hyphen_pairs(str(year)), pair_words(str(year))])


def card_expiry_said(fake: Faker, rng: random.Random) -> Utterance:
    u = Utterance().say(rng.choice(["card number ", "The card is "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(groups(d := card_digits(fake, rng), [4, 4, 4, 4])), digit_words(rng, d)]))
    month, year = rng.randint(1, 12), rng.randint(27, 36)
    name = MONTHS[month - 1]
    lead, said = rng.choice([
        (" valid thru ", f"{month:02d}/20{year}"),
        (", valid through ", f"{month:02d}/{year}"),
        (", it expires at the end of ", f"{name} {_year_words(rng, year)}"),
        (", expiry ", f"{digit_words(rng, f'{month:02d}')} slash {hyphen_pairs(str(year))}"),
        (", expires in ", f"{name} of '{year}"),
        (", it expires ", f"{name} '{year}"),
        (", the expiry is ", f"{name.lower()} {_year_words(rng, year)}"),
        (", expiration date ", f"{month:02d} {year}"),
        (", exp ", f"{month}/{year}"),
        (", good through ", f"{name[:3]} 20{year}"),
    ])
    return u.say(lead).entity("CARD_EXPIRY", said).say(rng.choice(["", ".", ", and that's it"]))


# IBANs --------------------------------------------------------------------------------------------------
def _iban_groups(rng: random.Random, value: str, letter) -> list[str]:
    out = []
    for i in range(0, len(value), 4):
        group = value[i:i + 4]
        if group.isdigit() and rng.random() < 0.5:
            out.append(rng.choice([pair_words(group), hyphen_pairs(group), group]))
        else:
            out.append(" ".join(letter(ch) if ch.isalpha() else rng.choice([ch, digit_words(rng, ch)])
                                for ch in group))
    return out


def iban_across_speakers(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "es_ES", "fr_FR", "en_IE"])
    parts = _iban_groups(rng, value, lambda c: rng.choice([c, NATO[c]]))
    cut = rng.randint(2, len(parts) - 1)
    u = Utterance().say(rng.choice(["My IBAN is ", "the IBAN, ", "iban "])).entity("IBAN_CODE", " ".join(parts[:cut]))
    u.say(rng.choice(["", "...", ","])).turn().say(rng.choice(ACKS)).turn()
    return u.entity("IBAN_CODE", " ".join(parts[cut:])).say(rng.choice(["", "."]))


def iban_then_fillers(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "es_ES", "fr_FR", "it_IT"])
    parts = _iban_groups(rng, value, lambda c: rng.choice([c, NATO[c], f"{c.lower()} for {NATO[c]}"]))
    out = parts[0]
    for part in parts[1:]:
        out += rng.choice([" then ", ", then ", f" {rng.choice(FILLERS)} ", " ", ", "]) + part
    return Utterance().say(rng.choice(["the IBAN is ", "so the IBAN is ", "IBAN: "])).entity(
        "IBAN_CODE", out.replace(" ,", ",")).say(rng.choice(["", "."]))


def iban_pairs(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "fr_FR", "es_ES"])
    head = f"{rng.choice([' '.join(value[:2]), NATO[value[0]] + ' ' + NATO[value[1]]])} {hyphen_pairs(value[2:4])}"
    rest = []
    for i in range(4, len(value), 4):
        group = value[i:i + 4]
        rest.append(rng.choice([hyphen_pairs(group), pair_words(group)]) if group.isdigit() else
                    " ".join(NATO[c] if c.isalpha() else digit_words(rng, c) for c in group))
    return Utterance().say(rng.choice(["the IBAN is ", "IBAN "])).entity("IBAN_CODE", f"{head} {' '.join(rest)}").say(
        rng.choice(["", "."]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_hundreds(fake: Faker, rng: random.Random) -> Utterance:
    while (d := ssn_digits(fake))[1:3] == "00" or d[0] == "0":
        pass
    area = f"{WORDS[int(d[0])]} hundred" + ("" if d[1:3] == "00" else f" {rng.choice(['', 'and '])}" +
                                              (WORDS[int(d[2])] if d[1] == "0" else hyphen_pairs(d[1:3])))
    return Utterance().say(rng.choice(["my social is ", "social security number ", "the SSN is "])).entity(
        "US_SSN", f"{area.replace('  ', ' ')}, {hyphen_pairs(d[3:5])}, "
                  f"{rng.choice([hyphen_pairs(d[5:]), digit_words(rng, d[5:])])}"
    ).say(rng.choice(["", "."]))


def ssn_typed_dots(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    sep = rng.choice([".", " ", " . ", "/", " - "])
    return Utterance().say(rng.choice(["SSN ", "my social is ", "Social security number: "])).entity(
        "US_SSN", sep.join(groups(d, [3, 2, 4]))).say(rng.choice(["", "."]))


def ssn_repeats(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    return Utterance().say(rng.choice(["my social security number is ", "social is ", "SSN, "])).entity(
        "US_SSN", rng.choice([", ".join(mixed_digits(rng, g) for g in groups(d, [3, 2, 4])),
                              with_fillers(rng, mixed_digits(rng, d))])).say(rng.choice(["", "."]))


# Phones -------------------------------------------------------------------------------------------------
def _foreign(fake: Faker, rng: random.Random) -> tuple[int, str]:
    region = rng.choice(["GB", "ES", "DE", "FR", "IE", "IT", "NL"])
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    candidate = national[:3] + fake.numerify("#" * (len(national) - 3))
    if phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}")):
        national = candidate
    return example.country_code, national


def phone_double_oh(fake: Faker, rng: random.Random) -> Utterance:
    code, national = _foreign(fake, rng)
    prefix = rng.choice(["double oh", "double-oh", "double zero", "oh oh", "zero zero", "00"])
    said = f"{prefix} " \
           f"{rng.choice([digit_words(rng, str(code)), pair_words(str(code)) if code >= 10 else WORDS[code]])}" \
           f" {' '.join(rng.choice([g, digit_words(rng, g)]) for g in groups(national, [3, 3, 4]))}"
    return Utterance().say(rng.choice(["my number is ", "call me on ", "from abroad, dial "])).entity(
        "PHONE_NUMBER", said).say(rng.choice(["", "."]))


def phone_country_pairs(fake: Faker, rng: random.Random) -> Utterance:
    code, national = _foreign(fake, rng)
    country = hyphen_pairs(str(code)) if code >= 10 else WORDS[code]
    body = rng.choice([hyphen_pairs(national), " ".join(digit_words(rng, g) for g in groups(national, [3, 3, 4]))])
    return Utterance().say(rng.choice(["my mobile is ", "it's a foreign number, ", "reach me on "])).entity(
        "PHONE_NUMBER", f"plus {country}, {body}").say(rng.choice(["", "."]))


def phone_area_code_then_groups(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    a, b, c = (rng.choice([g, digit_words(rng, g)]) for g in groups(d, [3, 3, 4]))
    said = rng.choice([f"{a}, then {b}, then {c}", f"{a} then {b} {c}", f"{a}, and then {b}, {c}"])
    u = Utterance().say(rng.choice(["area code ", "my number, area code ", "it's area code "]))
    return u.entity("PHONE_NUMBER", said).say(rng.choice(["", "."]))


def phone_comma_digits(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    words = [rng.choice([c, WORDS[int(c)]]) if rng.random() < 0.5 else WORDS[int(c)] for c in d]
    return Utterance().say(rng.choice(["my phone number is ", "call me at ", "the number is "])).entity(
        "PHONE_NUMBER", ", ".join(words)).say(rng.choice(["", ".", " thanks"]))


def phone_extension(fake: Faker, rng: random.Random) -> Utterance:
    """The extension is not part of the number: the entity ends with the number's last digit."""
    d = us_number(fake)
    number = rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", f"({d[:3]}) {d[3:6]}-{d[6:]}",
                         " ".join(digit_words(rng, g) for g in groups(d, [3, 3, 4]))])
    ext = str(rng.randint(2, 9999))
    return Utterance().say(rng.choice(["my work number is ", "call me on ", "the office line is "])).entity(
        "PHONE_NUMBER", number).say(rng.choice([" extension ", ", extension ", " ext. ", " x"]) +
                                    rng.choice([ext, digit_words(rng, ext)])).say(rng.choice(["", "."]))


# Emails -------------------------------------------------------------------------------------------------
def email_spelled_nato(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = " ".join(rng.choice([c, NATO[c.upper()]]) for c in first[0] + last[:rng.randint(3, 5)] if c.isalpha())
    return Utterance().say(rng.choice(["it's spelled ", "the email is ", "so that's "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['gmail', 'yahoo', 'outlook'])} dot com").say(rng.choice(["", "."]))


def email_joiners_said(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    joiner = rng.choice(["underscore", "dash", "hyphen", "dot", "period"])
    domain = rng.choice(["gmail dot com", "g mail dot com", "gmail.com", "hotmail dot co dot uk", "yahoo dot co dot uk",
                         "outlook dot com", "proton dot me", "icloud dot com"])
    return Utterance().say(rng.choice(["my email is ", "email, ", "send it to "])).entity(
        "EMAIL_ADDRESS", f"{first} {joiner} {last} {rng.choice(['at', 'at sign', 'at symbol'])} {domain}").say(
        rng.choice(["", ".", " please"]))


def email_fillers(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    return Utterance().say(rng.choice(["yeah it's ", "the address is ", "email "])).entity(
        "EMAIL_ADDRESS", f"{first} {rng.choice(['dot', 'underscore'])} {last} {rng.choice(['um', 'uh'])} at "
                         f"{rng.choice(['gmail', 'yahoo'])} dot com").say(rng.choice(["", "."]))


FAMILIES = {
    "nino/v5-nato": nino_nato, "nino/v5-fillers": nino_fillers, "nino/v5-two-turns": nino_two_turns,
    "nino/v5-grouped": nino_grouped, "nino/v5-double-letter": nino_double_letter,
    "dni/v5-letter-phrase": dni_letter_phrase, "dni/v5-pairs": dni_pairs, "dni/v5-fillers-turns": dni_fillers_turns,
    "nie/v5-nato": nie_nato, "nie/v5-grouped": nie_grouped,
    "card/v5-fillers-mid-group": card_fillers_mid_group, "card/v5-dash-pauses": card_dash_pauses,
    "card/v5-runs-mixed": card_runs_mixed, "card/v5-nineteen": card_nineteen, "card/v5-amex-groups": card_amex_groups,
    "card/v5-split-mid-group": card_split_mid_group, "card/v5-expiry-said": card_expiry_said,
    "iban/v5-across-speakers": iban_across_speakers, "iban/v5-then-fillers": iban_then_fillers,
    "iban/v5-pairs": iban_pairs,
    "ssn/v5-hundreds": ssn_hundreds, "ssn/v5-typed-dots": ssn_typed_dots, "ssn/v5-repeats": ssn_repeats,
    "phone/v5-double-oh": phone_double_oh, "phone/v5-country-pairs": phone_country_pairs,
    "phone/v5-area-code-then-groups": phone_area_code_then_groups, "phone/v5-comma-digits": phone_comma_digits,
    "phone/v5-extension": phone_extension,
    "email/v5-spelled-nato": email_spelled_nato, "email/v5-joiners-said": email_joiners_said,
    "email/v5-fillers": email_fillers,
}

SAID = {"nino/v5-grouped": "mixed", "nino/v5-fillers": "mixed", "nino/v5-two-turns": "mixed",
        "dni/v5-letter-phrase": "mixed", "nie/v5-grouped": "mixed", "card/v5-dash-pauses": "mixed",
        "card/v5-runs-mixed": "mixed", "card/v5-nineteen": "mixed", "card/v5-amex-groups": "mixed",
        "card/v5-expiry-said": "mixed", "iban/v5-across-speakers": "mixed", "iban/v5-then-fillers": "mixed",
        "iban/v5-pairs": "spoken", "ssn/v5-typed-dots": "typed", "ssn/v5-repeats": "mixed",
        "phone/v5-double-oh": "mixed", "phone/v5-area-code-then-groups": "mixed", "phone/v5-comma-digits": "mixed",
        "phone/v5-extension": "mixed", "email/v5-joiners-said": "mixed"}


# Look-alikes of the same shapes ---------------------------------------------------------------------------
def _wrong_dni_letter(digits: str) -> str:
    right = DNI_LETTERS[int(digits) % 23]
    return next(c for c in "BCDFGHJKLMNPRSTVWXYZ" if c != right)


def _order_with_letter(fake: Faker, rng: random.Random) -> list[str]:
    """Eight digits and a letter that is not their DNI check letter; seven digits after an X that fail
    the NIE's."""
    digits = fake.numerify("########")
    letter = _wrong_dni_letter(digits)
    return [rng.choice([f"your order number is {digits} {letter}, it ships Monday",
                        f"booking reference {hyphen_pairs(digits)} letter {letter}",
                        f"the parcel is {digits}-{letter} and it's at the depot",
                        f"locker {digits[:4]} {digits[4:]} with the letter {letter}"])]


def _hyphenated_counts(fake: Faker, rng: random.Random) -> list[str]:
    a, b, c = (rng.randint(21, 99) for _ in range(3))
    return [rng.choice([f"we had {hyphen_pairs(str(a))} people, {hyphen_pairs(str(b))} chairs and "
                        f"{hyphen_pairs(str(c))} tables",
                        f"it was five hundred {hyphen_pairs(str(a))} dollars and {hyphen_pairs(str(b))} cents",
                        f"the meeting is at {WORDS[rng.randint(1, 9)]} {hyphen_pairs(str(a % 60 + 10))}, then "
                        f"{WORDS[rng.randint(1, 9)]} {hyphen_pairs(str(b % 60 + 10))}",
                        f"order number {hyphen_pairs(fake.numerify('########'))}, please keep it"])]


def _double_triple_other(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["my favourite film is double oh seven and I fly a triple seven at work",
                        f"room double {WORDS[rng.randint(1, 9)]} {WORDS[rng.randint(1, 9)]}, floor "
                        f"{hyphen_pairs(str(rng.randint(21, 59)))}",
                        f"the extension is {digit_words(rng, str(rng.randint(100, 9999)))}",
                        f"x-ray results came back on the {rng.randint(2, 28)}th, ticket {rng.randint(1000, 9999)}"])]


def _expiry_like(fake: Faker, rng: random.Random) -> list[str]:
    month, year = rng.choice(MONTHS), rng.randint(27, 36)
    return [rng.choice([f"the contract runs to the end of {month} twenty {hyphen_pairs(str(year))}",
                        f"my lease is valid until {month} of '{year}",
                        f"the seventh month, twenty-{WORDS[rng.randint(1, 9)]} people came",
                        f"our order from {rng.randint(1, 12):02d}/{rng.randint(2020, 2025)} shipped late"])]


def _letters_digits_other(fake: Faker, rng: random.Random) -> list[str]:
    """Two letters, six digits and a letter outside A-D: a part number, not a NINO; an X and seven digits
    with no check letter."""
    v = fake.bothify("??######").upper()
    return [rng.choice([f"the part number is {v[:2]} {v[2:4]} {v[4:6]} {v[6:]} {rng.choice('EFGHJK')}",
                        f"model {NATO[v[0]]} {NATO[v[1]]} {digit_words(rng, v[2:])} {NATO[rng.choice('EFGHJ')]}",
                        f"flight X {fake.numerify('#######')} boards at gate {rng.randint(1, 40)}",
                        f"tracking {v} {rng.choice('MNPQ')} arrives Monday"])]


def _extension_only(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"just dial extension {hyphen_pairs(str(rng.randint(10, 99)))}",
                        f"ext. {rng.randint(100, 9999)} is reception, option {rng.randint(1, 9)}",
                        f"press {WORDS[rng.randint(1, 9)]}, then {WORDS[rng.randint(1, 9)]}, then the hash key",
                        f"it's {digit_words(rng, str(rng.randint(100, 999)))} then "
                        f"{digit_words(rng, str(rng.randint(10, 99)))} "
                        f"on the keypad"])]


NEGATIVE_FAMILIES = {
    "negative/v5-order-with-letter": _order_with_letter, "negative/v5-hyphenated-counts": _hyphenated_counts,
    "negative/v5-double-triple-other": _double_triple_other, "negative/v5-expiry-like": _expiry_like,
    "negative/v5-letters-digits-other": _letters_digits_other, "negative/v5-extension-only": _extension_only,
}


ORDINAL_MONTHS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth"]


def card_expiry_month_number(fake: Faker, rng: random.Random) -> Utterance:
    """The expiry's month by its number ("the seventh month", "month oh three") and the year after it."""
    d = card_digits(fake, rng)
    u = Utterance().say(rng.choice(["my card is ", "card number "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(groups(d, [4, 4, 4, 4])), hyphen_pairs(d)]))
    month, year = rng.randint(1, 12), rng.randint(27, 36)
    lead, said = rng.choice([
        (", the expiry is ", f"the {ORDINAL_MONTHS[month - 1]} month, {hyphen_pairs(str(year))}"),
        (", it expires ", f"the {ORDINAL_MONTHS[month - 1]} month of twenty {hyphen_pairs(str(year))}"),
        (". Expiry: ", f"month {month:02d}, year 20{year}"),
        (", expiration ", f"month {digit_words(rng, f'{month:02d}')}, year {hyphen_pairs(str(year))}"),
        (", expires ", f"{month} of {year}"),
        (", expiry date ", f"{digit_words(rng, f'{month:02d}')} {rng.choice(['of', 'slash', 'dash'])} "
                           f"twenty {hyphen_pairs(str(year))}"),
    ])
    return u.say(lead).entity("CARD_EXPIRY", said).say(rng.choice(["", "."]))


def card_interrupted_twice(fake: Faker, rng: random.Random) -> Utterance:
    """A card said in three turns of the caller, the agent acknowledging after the first two."""
    d = card_digits(fake, rng)
    first, second = sorted(rng.sample(range(2, 15), 2))
    u = Utterance().say(rng.choice(["okay the card is ", "Card number: ", ""]))
    for index, part in enumerate([d[:first], d[first:second], d[second:]]):
        if index:
            u.turn().say(rng.choice(ACKS)).turn()
        u.entity("CREDIT_CARD", rng.choice([hyphen_pairs(part), digit_words(rng, part), part, mixed_digits(rng, part)]))
    return u.say(rng.choice(["", "."]))


def nino_cut_anywhere(fake: Faker, rng: random.Random) -> Utterance:
    """A NINO cut into two turns of the caller anywhere, the agent acknowledging between."""
    v = a_nino(fake, rng)
    said = [said_letter(rng, v[0]), said_letter(rng, v[1]), *(rng.choice([c, WORDS[int(c)]]) for c in v[2:8]),
            said_letter(rng, v[8])]
    cut = rng.randint(1, len(said) - 1)
    u = Utterance().say(rng.choice(["my national insurance number is ", "NI number "]))
    u.entity("UK_NINO", " ".join(said[:cut])).turn().say(rng.choice(ACKS)).turn()
    return u.entity("UK_NINO", " ".join(said[cut:])).say(rng.choice(["", "."]))


def email_as_in(fake: Faker, rng: random.Random) -> Utterance:
    """A name spelled with "as in", digits after it in hyphenated words, a domain said in pieces."""
    _, last = names(fake)
    spelled = " ".join(f"{c} as in {NATO[c.upper()]}" if rng.random() < 0.4 else c for c in last[:rng.randint(3, 5)])
    number = rng.randint(21, 99)
    domain = rng.choice(["g mail dot com", "hot mail dot com", "gmail dot co dot uk", "yahoo dot com",
                         "outlook dot com"])
    return Utterance().say(rng.choice(["the email is ", "so that's ", "email: "])).entity(
        "EMAIL_ADDRESS", f"{spelled} {hyphen_pairs(str(number))} at {domain}").say(rng.choice(["", "."]))


def phone_uk_trunk_zero(fake: Faker, rng: random.Random) -> Utterance:
    """A UK mobile said the British way after "plus four four": the trunk "oh" kept, a double, groups of
    five and six or four-three-four."""
    while not phonenumbers.is_valid_number(phonenumbers.parse("+44" + (n := "7" + fake.numerify("#########")))):
        pass
    national = rng.choice(["0", ""]) + n
    parts = groups(national, rng.choice([[5, 6], [4, 3, 4], [5, 3, 3]]))
    said = rng.choice([", ", " ", " um "]).join(digit_words(rng, g) for g in parts)
    head = rng.choice(["plus four four", "plus forty-four", "double oh four four", "plus four four, that's the UK,"])
    u = Utterance().say(rng.choice(["my mobile is ", "you can ring me on ", "best number is "]))
    return u.entity("PHONE_NUMBER", f"{head} {said}").say(rng.choice(["", "."]))


FAMILIES.update({
    "card/v5-expiry-month-number": card_expiry_month_number, "card/v5-interrupted-twice": card_interrupted_twice,
    "nino/v5-cut-anywhere": nino_cut_anywhere, "email/v5-as-in": email_as_in,
    "phone/v5-uk-trunk-zero": phone_uk_trunk_zero,
})
SAID.update({"card/v5-expiry-month-number": "mixed", "card/v5-interrupted-twice": "mixed",
             "nino/v5-cut-anywhere": "mixed"})


def _month_numbers_other(fake: Faker, rng: random.Random) -> list[str]:
    """Months by their number and years that are no card's expiry: no card said before them."""
    month, year = rng.randint(1, 12), rng.randint(27, 36)
    return [rng.choice([f"the survey runs in the {ORDINAL_MONTHS[month - 1]} month, {hyphen_pairs(str(year))} "
                        "people answered",
                        f"my passport expires month {month:02d}, year 20{year}",
                        f"we paid on the {rng.randint(2, 28)}th, then {digit_words(rng, f'{month:02d}')} of twenty "
                        f"{hyphen_pairs(str(year))} the next one",
                        f"the lease expires {month} of {year}, room {rng.randint(100, 999)}"])]


def _uk_counts(fake: Faker, rng: random.Random) -> list[str]:
    """Numbers said the British way that are not phone numbers: a price, a postcode, a reference."""
    return [rng.choice([f"that's oh seven {digit_words(rng, fake.numerify('###'))} on the receipt, "
                        f"{rng.randint(2, 99)} pounds",
                        f"my order reference is {digit_words(rng, '0' + fake.numerify('##########'))}",
                        f"it costs {hyphen_pairs(str(rng.randint(21, 99)))} pounds "
                        f"{hyphen_pairs(str(rng.randint(21, 99)))}",
                        f"the flat is number {rng.randint(2, 99)}, post code {fake['en_GB'].postcode()}"])]


NEGATIVE_FAMILIES.update({"negative/v5-month-numbers-other": _month_numbers_other, "negative/v5-uk-counts": _uk_counts})


def _nought(rng: random.Random, digits: str) -> str:
    """Digit words the British way: "nought" for zero, as often as "oh"."""
    return " ".join(rng.choice(["nought", "oh"]) if d == "0" else WORDS[int(d)] for d in digits)


def nino_last_letter(fake: Faker, rng: random.Random) -> Utterance:
    """A NINO with "nought" in its digits and its suffix after words that say it is the last letter."""
    while "0" not in (v := a_nino(fake, rng))[2:8]:
        pass
    lead = rng.choice(["and the last letter is", "and the letter at the end is", "then the letter", "and then",
                       "and finally"])
    return Utterance().say(rng.choice(["my national insurance number is ", "NI number "])).entity(
        "UK_NINO", f"{' '.join(v[:2])} {_nought(rng, v[2:8])}, {lead} {rng.choice([v[8], said_letter(rng, v[8])])}"
    ).say(rng.choice(["", "."]))


def phone_nought(fake: Faker, rng: random.Random) -> Utterance:
    while not phonenumbers.is_valid_number(phonenumbers.parse("+44" + (n := "7" + fake.numerify("#0#0#####")))):
        pass
    return Utterance().say(rng.choice(["my mobile is ", "ring me on "])).entity(
        "PHONE_NUMBER", f"plus four four {' '.join(_nought(rng, g) for g in groups(n, [4, 3, 3]))}").say(
        rng.choice(["", "."]))


def iban_nought(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["en_GB", "en_IE"])
    said = " ".join(_nought(rng, ch) if ch.isdigit() else rng.choice([ch, NATO[ch]]) for ch in value)
    return Utterance().say(rng.choice(["the IBAN is ", "IBAN "])).entity("IBAN_CODE", said).say(rng.choice(["", "."]))


FAMILIES.update({"nino/v5-last-letter": nino_last_letter, "phone/v5-nought": phone_nought,
                 "iban/v5-nought": iban_nought})
NEGATIVE_FAMILIES["negative/v5-nought-counts"] = lambda f, r: [r.choice([
    f"it was nought point {WORDS[r.randint(1, 9)]} percent, then the last letter is {r.choice('ABCD')}",
    f"we scored nought, {WORDS[r.randint(1, 9)]} and {WORDS[r.randint(1, 9)]} and finally {r.choice('ABCD')}",
    f"room nought {WORDS[r.randint(1, 9)]}, and then B block",
    f"the code is {r.choice('ABCD')} {r.choice('ABCD')} {_nought(r, f.numerify('######'))} and then E"])]


def email_provider_variants(fake: Faker, rng: random.Random) -> Utterance:
    """Webmail domains as engines write them said: "gee mail", "google mail", "g-mail", "period com"."""
    first, last = names(fake)
    domain = rng.choice(["gee mail dot com", "google mail dot com", "g-mail dot com", "gmail period com",
                         "gmail, dot, com", "gmail dot c o m", "hot mail dot co dot uk", "yahoo dot com"])
    local = rng.choice([f"{first} {rng.choice(['dot', 'underscore', 'dash'])} {last}", f"{first[0]}{last}",
                        f"{first}{last} {hyphen_pairs(str(rng.randint(21, 99)))}"])
    return Utterance().say(rng.choice(["my email is ", "it's ", "send it to "])).entity(
        "EMAIL_ADDRESS", f"{local} at {domain}").say(rng.choice(["", "."]))


def card_expiry_good_until(fake: Faker, rng: random.Random) -> Utterance:
    d = card_digits(fake, rng)
    u = Utterance().say(rng.choice(["the card is ", "card number "])).entity("CREDIT_CARD",
                                                                            " ".join(groups(d, [4] * 4)))
    month, year = rng.randint(1, 12), rng.randint(27, 36)
    said = rng.choice([f"{MONTHS[month - 1]} twenty {hyphen_pairs(str(year))}", f"{month:02d}/{year}",
                       f"{digit_words(rng, f'{month:02d}')} {hyphen_pairs(str(year))}"])
    return u.say(rng.choice([", good until ", ", valid till ", ", valid to ", " and it's good till ",
                             ", it runs out "])).entity("CARD_EXPIRY", said).say(rng.choice(["", "."]))


FAMILIES.update({"email/v5-provider-variants": email_provider_variants,
                 "card/v5-expiry-good-until": card_expiry_good_until})
SAID["card/v5-expiry-good-until"] = "mixed"


def email_bare_provider(fake: Faker, rng: random.Random) -> Utterance:
    """A webmail provider named without its ".com", where the caller has said it is an email address."""
    first, last = names(fake)
    local = rng.choice([f"{first} {rng.choice(['dot', 'underscore'])} {last}", f"{first[0]}{last}", f"{first}{last}",
                        f"{first} {last} {hyphen_pairs(str(rng.randint(21, 99)))}"])
    provider = rng.choice(["gmail", "hotmail", "yahoo", "outlook", "icloud", "gee mail", "hot mail"])
    u = Utterance().say(rng.choice(["my email is ", "email address, it's ", "you can email me, it's ",
                                    "the e-mail is "]))
    return u.entity("EMAIL_ADDRESS", f"{local} at {provider}").say(rng.choice(["", ".", ", thanks", " I think"]))


FAMILIES["email/v5-bare-provider"] = email_bare_provider
NEGATIVE_FAMILIES["negative/v5-provider-words"] = lambda f, r: [r.choice([
    f"I used to work at {r.choice(['yahoo', 'outlook'])} and my email was full",
    f"we met at {r.choice(['gmail', 'yahoo'])}'s office to talk about the email",
    "my email was down so I was at outlook all day",
    f"the address is {r.randint(2, 99)} {f['en_US'].street_name()}, I was at {r.choice(['hotmail', 'aol'])} before"])]

"""The third batch of template families (December 2026, issue 28): the same things as speech engines
really write them, in styles the first two batches do not use. Whisper-like (numerals with thousands
separators, "4,111 1111 ...", numbers it punctuates), Deepgram- and Google-like (lower case, no
punctuation), a number cut into segments by pauses of the same speaker, disfluent repairs ("four four
one one, sorry, four one one one"), multi-word hesitations ("you know", "hang on"); and look-alikes that
must be left alone: order numbers, prices, dates, times, quantities, tracking and model numbers.

A seeded draw of this batch was held out (`held_out`, seed 3028), made when the batch was written and
before any recognizer ran on it; retired on 2026-12-04, when its misses were read to fix the recognizers:
every family here counts as tuned since. Each family is a function (Faker, Random) -> Utterance; a look-alike
family's a function (Faker, Random) -> list of segments."""

import random

import phonenumbers
from faker import Faker
from families import LETTER_NAMES, MONTHS, NATO, a_nino, an_iban, card_digits, names, ssn_digits, us_number
from speech import TENS, WORDS, Utterance, digit_words, groups, pair_words

HESITATIONS = ["you know", "hang on", "let me see", "uh", "um", "er", "hmm", "one sec", "bear with me", "..."]
REPAIRS = ["sorry", "no wait", "I mean", "sorry, let me start again", "no, sorry", "scratch that"]


def thousands(digits: str) -> str:
    """A number as Whisper often writes a long one: with thousands separators."""
    return f"{int(digits):,}"


def lower_words(rng: random.Random, digits: str) -> str:
    """Digit words as a lower-case, unpunctuated engine writes them."""
    return digit_words(rng, digits)


def pieces(rng: random.Random, digits: str, count: int) -> list[str]:
    """The digits cut into `count` pieces at random places (where pauses fall)."""
    cuts = sorted(rng.sample(range(1, len(digits)), count - 1))
    return [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]


def in_segments(u: Utterance, type_: str, parts: list[str]) -> Utterance:
    """Each part in a segment of its own, the same speaker on: a pause cut the number."""
    for index, part in enumerate(parts):
        if index:
            u.turn()
        u.entity(type_, part)
    return u


def repaired(rng: random.Random, digits: str, size: int) -> str:
    """A false start of the first `size` digits (two swapped, or one wrong), a repair, then the whole."""
    start = list(digits[:size])
    k = rng.randrange(size - 1)
    if start[k] != start[k + 1]:
        start[k], start[k + 1] = start[k + 1], start[k]
    else:
        start[k] = str((int(start[k]) + 1) % 10)
    said = [digit_words(rng, g) for g in groups(digits, [size] * (len(digits) // size + 1))]
    return f"{digit_words(rng, ''.join(start))}, {rng.choice(REPAIRS)}, {', '.join(said)}"


def with_hesitations(rng: random.Random, digits: str, sizes: list[int]) -> str:
    parts = [rng.choice([g, digit_words(rng, g)]) for g in groups(digits, sizes)]
    out = parts[0]
    for part in parts[1:]:
        out += f" {rng.choice(HESITATIONS)} {part}" if rng.random() < 0.6 else f" {part}"
    return out


# Cards --------------------------------------------------------------------------------------------------
def card_whisper_thousands(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    text = rng.choice([thousands(digits), f"{thousands(digits[:4])} {' '.join(groups(digits[4:], [4, 4, 4]))}"])
    return Utterance().say(rng.choice(["My card number is ", "Yes, it's ", "Okay. It's "])).entity(
        "CREDIT_CARD", text).say(rng.choice([".", "", ". Did you get that?"]))


def card_lower_no_punctuation(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    return Utterance().say(rng.choice(["yeah so the card number is ", "its ", "ok the long number on the front is "])
                           ).entity("CREDIT_CARD", lower_words(rng, digits)).say(
        rng.choice(["", " and thats it", " did you get all that"]))


def card_pauses_segments(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    parts = [rng.choice([p, digit_words(rng, p)]) for p in pieces(rng, digits, rng.randint(2, 4))]
    return in_segments(Utterance().say(rng.choice(["Card number is ", "It's ", ""])), "CREDIT_CARD", parts).say(
        rng.choice(["", "."]))


def card_repair(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    return Utterance().say(rng.choice(["okay it's ", "the card is ", "right, "])).entity(
        "CREDIT_CARD", repaired(rng, digits, 4)).say(rng.choice(["", ".", " yeah"]))


def card_thirteen_fillers(fake: Faker, rng: random.Random) -> Utterance:
    digits = fake.credit_card_number("visa13")
    return Utterance().say(rng.choice(["it's an old Visa, thirteen digits: ", "my visa is ", "card: "])).entity(
        "CREDIT_CARD", with_hesitations(rng, digits, [4, 3, 3, 3])).say(rng.choice(["", "."]))


def card_multiword_fillers(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    return Utterance().say(rng.choice(["so that's ", "the number is ", "card number "])).entity(
        "CREDIT_CARD", with_hesitations(rng, digits, [4, 4, 4, 4])).say(rng.choice(["", ".", " okay"]))


def card_amex_whisper(fake: Faker, rng: random.Random) -> Utterance:
    a, b, c = groups(fake.credit_card_number("amex"), [4, 6, 5])
    return Utterance().say(rng.choice(["It's an American Express, ", "Amex: "])).entity(
        "CREDIT_CARD", rng.choice([f"{a}, {b}, {c}", f"{a}-{b}-{c}", f"{a} {thousands(b)} {c}"])).say(".")


def _year_said(rng: random.Random, year: int) -> str:
    return rng.choice([f"{TENS[year // 10]} {WORDS[year % 10]}", f"twenty {TENS[year // 10]} {WORDS[year % 10]}",
                       f"20{year}", f"{year}"])


def card_expiry_month_lower(fake: Faker, rng: random.Random) -> Utterance:
    u = Utterance().say("card number ").entity("CREDIT_CARD", lower_words(rng, card_digits(fake, rng)))
    month, year = rng.choice(MONTHS).lower(), rng.randint(27, 33)
    return u.say(rng.choice([" expiry date ", " and the expiration is ", " it expires "])).entity(
        "CARD_EXPIRY", rng.choice([f"{month} {_year_said(rng, year)}", f"{month} of {_year_said(rng, year)}"]))


def card_expiry_numbers_said(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    u = Utterance().say("The card is ").entity("CREDIT_CARD", " ".join(groups(digits, [4, 4, 4, 4])))
    month, year = rng.randint(1, 12), rng.randint(27, 33)
    said = rng.choice([f"{month:02d}/{year}", f"{digit_words(rng, f'{month:02d}')} {pair_words(str(year))}",
                       f"{month:02d} {year}", f"{digit_words(rng, f'{month:02d}')} slash {pair_words(str(year))}"])
    return u.say(rng.choice([". Expiration date, ", ", exp ", ", expires "])).entity("CARD_EXPIRY", said).say(".")


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_social_lower(fake: Faker, rng: random.Random) -> Utterance:
    return Utterance().say(rng.choice(["yeah my social is ", "social is ", "ok social "])).entity(
        "US_SSN", lower_words(rng, ssn_digits(fake))).say(rng.choice(["", " thats it"]))


def ssn_typed_groups(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    return Utterance().say(rng.choice(["My social is ", "Social: ", "SSN "])).entity(
        "US_SSN", rng.choice([", ", " ", ". "]).join(groups(d, [3, 2, 4]))).say(rng.choice([".", ""]))


def ssn_asked_first(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    u = Utterance().say(rng.choice(["Can I get your social?", "and the last thing is your social security number",
                                    "I'll need your SSN to verify."])).turn()
    return u.say(rng.choice(["Sure, it's ", "yeah ", "Okay. "])).entity(
        "US_SSN", rng.choice([f"{d[:3]} {d[3:5]} {d[5:]}", lower_words(rng, d), with_hesitations(rng, d, [3, 2, 4])]))


def ssn_pauses_segments(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    parts = [rng.choice([p, digit_words(rng, p)]) for p in groups(d, [3, 2, 4])]
    return in_segments(Utterance().say(rng.choice(["my social security number is ", "SSN is "])), "US_SSN", parts)


# Phones -------------------------------------------------------------------------------------------------
def phone_lower_hesitations(fake: Faker, rng: random.Random) -> Utterance:
    digits = us_number(fake)
    return Utterance().say(rng.choice(["yeah my number is ", "you can call me at ", "best number is "])).entity(
        "PHONE_NUMBER", with_hesitations(rng, digits, [3, 3, 4])).say(rng.choice(["", " thanks"]))


def phone_area_code_then(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    middle = rng.choice([" and then ", ", then ", " and the rest is ", ", um, "])
    a, b, c = (rng.choice([g, digit_words(rng, g)]) for g in groups(d, [3, 3, 4]))
    return Utterance().say(rng.choice(["My phone number, area code ", "it's area code ", "area code "])).entity(
        "PHONE_NUMBER", f"{a}{middle}{b} {c}").say(".")


def phone_repeats_lower(fake: Faker, rng: random.Random) -> Utterance:
    while True:
        d = us_number(fake)
        d = d[:3] + rng.choice(["555", "222", "800", "733", "990"]) + rng.choice(["0000", "1122", "7770", "4411"])
        if phonenumbers.is_valid_number(phonenumbers.parse("+1" + d)):
            break
    return Utterance().say(rng.choice(["its ", "cell is ", "text me on "])).entity(
        "PHONE_NUMBER", digit_words(random.Random(rng.random()), d)).say(rng.choice(["", " ok"]))


def phone_plus_said(fake: Faker, rng: random.Random) -> Utterance:
    region = rng.choice(["GB", "ES", "IE", "DE", "FR", "NL", "AU"])
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    candidate = national[:3] + fake.numerify("#" * (len(national) - 3))
    if phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}")):
        national = candidate
    country = digit_words(rng, str(example.country_code))
    return Utterance().say(rng.choice(["my mobile is ", "it's a foreign number ", "call me on "])).entity(
        "PHONE_NUMBER", f"plus {country} {with_hesitations(rng, national, [3, 3, 4])}").say(rng.choice(["", "."]))


def phone_whisper_commas(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    return Utterance().say(rng.choice(["Yeah, my number is ", "You can reach me at ", "Call me back on "])).entity(
        "PHONE_NUMBER", rng.choice([f"{d[:3]}, {d[3:6]}, {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                                    f"{d[:3]}. {d[3:6]}. {d[6:]}", f"{d[:3]}, {d[3:6]}-{d[6:]}"])).say(".")


def phone_pauses_segments(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    parts = [rng.choice([p, digit_words(rng, p)]) for p in groups(d, [3, 3, 4])]
    return in_segments(Utterance().say(rng.choice(["My number is ", "call me on ", "my cell is "])), "PHONE_NUMBER",
                       parts)


def phone_repair(fake: Faker, rng: random.Random) -> Utterance:
    return Utterance().say(rng.choice(["my number is ", "call me back at ", "the number's "])).entity(
        "PHONE_NUMBER", repaired(rng, us_number(fake), 3)).say(rng.choice(["", "."]))


def phone_toll_free(fake: Faker, rng: random.Random) -> Utterance:
    while not phonenumbers.is_valid_number(phonenumbers.parse(
            "+1" + (d := rng.choice(["800", "888", "877", "866"]) + fake.numerify("%######")))):
        pass
    head = {"800": "eight hundred", "888": "triple eight", "877": "eight seven seven", "866": "eight six six"}[d[:3]]
    return Utterance().say(rng.choice(["call us on ", "the number to call is ", "dial "])).entity(
        "PHONE_NUMBER", f"one {head} {digit_words(rng, d[3:6])} {digit_words(rng, d[6:])}").say(".")


# Emails -------------------------------------------------------------------------------------------------
def email_at_sign_lower(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    domain = rng.choice(["gmail dot com", "yahoo dot com", "icloud dot com", "hotmail dot co dot uk"])
    return Utterance().say(rng.choice(["yeah its ", "email is ", "my email address is "])).entity(
        "EMAIL_ADDRESS", f"{first} {rng.choice(['dot', 'underscore'])} {last} at sign {domain}").say(
        rng.choice(["", " thanks"]))


def email_joiners_local(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    j1, j2 = rng.choice(["dash", "underscore", "dot"]), rng.choice(["dash", "underscore", "dot"])
    local = f"{first} {j1} {last} {j2} {digit_words(rng, str(rng.randint(1, 99)))}"
    return Utterance().say(rng.choice(["the email is ", "it's ", "send it to "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['gmail', 'outlook', 'proton'])} dot "
                         f"{rng.choice(['com', 'me', 'net'])}").say(".")


def email_whisper_mixed(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    domain = f"{fake['en_US'].last_name().lower()}-{rng.choice(['law', 'dental', 'realty', 'auto'])}" \
             f".{rng.choice(['com', 'net', 'org'])}"
    text = rng.choice([f"{first}.{last} at {domain}", f"{first}_{last} at {domain}", f"{first} at {domain}"])
    return Utterance().say(rng.choice(["Sure, it's ", "My email is ", "It's "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice([".", "", ", thanks."]))


def email_one_word_comma(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    phrase = rng.choice([", all one word,", ", one word,", " all lowercase one word", ", no space,"])
    return Utterance().say(rng.choice(["It's ", "my email is ", "email "])).entity(
        "EMAIL_ADDRESS", f"{first} {last}{phrase} at {rng.choice(['gmail', 'yahoo', 'outlook'])} dot com").say(".")


def email_newer_tlds(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    tld = rng.choice(["ai", "dev", "app", "co", "us", "ie", "xyz", "online", "studio", "agency", "law", "fm", "edu"])
    host = rng.choice([last, f"{last} dash {rng.choice(['group', 'labs', 'co'])}", f"{first}{last}"])
    return Utterance().say(rng.choice(["my work email is ", "it's ", "reach me at "])).entity(
        "EMAIL_ADDRESS", f"{first} at {host} dot {tld}").say(rng.choice(["", "."]))


def email_spelled_lower(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = " ".join(first[0] + last[:rng.randint(3, 6)])
    return Utterance().say(rng.choice(["thats ", "its spelled ", "so "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['gmail', 'aol', 'msn'])} dot com").say(rng.choice(["", " ok"]))


def email_number_words(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    said = rng.choice([pair_words(str(rng.randint(1960, 2024))), digit_words(rng, str(rng.randint(100, 999))),
                       str(rng.randint(1, 2024))])
    return Utterance().say(rng.choice(["the email is ", "it's "])).entity(
        "EMAIL_ADDRESS", f"{first}{last[0]} {said} at {rng.choice(['gmail', 'yahoo', 'hotmail'])} dot com").say(".")


# IBANs --------------------------------------------------------------------------------------------------
def _iban_said(rng: random.Random, value: str, letter_of) -> str:
    return " ".join(letter_of(ch) if ch.isalpha() else rng.choice(["oh", "zero"]) if ch == "0" else WORDS[int(ch)]
                    for ch in value)


def iban_letters_oh_lower(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "en_IE", "fr_FR", "es_ES", "it_IT"])
    return Utterance().say(rng.choice(["the iban is ", "iban ", "my iban its "])).entity(
        "IBAN_CODE", _iban_said(rng, value, str.lower)).say(rng.choice(["", " thanks"]))


def iban_whisper_typed(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "fr_FR", "es_ES", "it_IT", "en_IE"])
    grouped = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return Utterance().say(rng.choice(["My IBAN is ", "IBAN: ", "Sure, it's "])).entity(
        "IBAN_CODE", rng.choice([grouped, f"{value[:2]} {value[2:4]} {grouped[5:]}", grouped.replace(" ", "-")])
    ).say(".")


def iban_lower_spaced_letters(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["en_GB", "nl_NL", "en_IE"]).lower()
    return Utterance().say(rng.choice(["iban ", "its "])).entity(
        "IBAN_CODE", f"{value[:2]} {value[2:4]} {value[4:8]} {' '.join(groups(value[8:], [4] * 6))}").say("")


def iban_named_letters(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["en_GB", "nl_NL", "en_IE", "de_DE"])
    return Utterance().say(rng.choice(["the IBAN is ", "IBAN "])).entity(
        "IBAN_CODE", _iban_said(rng, value, lambda c: rng.choice([LETTER_NAMES[c], c.lower(), NATO[c]]))).say(".")


def iban_pauses_segments(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "es_ES", "fr_FR", "nl_NL"])
    grouped = [value[i:i + 4] for i in range(0, len(value), 4)]
    cut = rng.randint(2, len(grouped) - 1)
    return in_segments(Utterance().say(rng.choice(["My IBAN is ", "iban "])), "IBAN_CODE",
                       [" ".join(grouped[:cut]), " ".join(grouped[cut:])])


# National ids -------------------------------------------------------------------------------------------
def nino_single_letters_lower(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng).lower()
    return Utterance().say(rng.choice(["my ni number is ", "national insurance ", "its "])).entity(
        "UK_NINO", f"{v[0]} {v[1]} {digit_words(rng, v[2:8])} {v[8]}").say(rng.choice(["", " thanks"]))


def nino_names_pairs_lower(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    return Utterance().say(rng.choice(["national insurance number ", "my n i number is "])).entity(
        "UK_NINO", f"{LETTER_NAMES[v[0]]} {LETTER_NAMES[v[1]]} {pair_words(v[2:8])} {LETTER_NAMES[v[8]]}")


def nino_whisper(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    return Utterance().say(rng.choice(["My National Insurance number is ", "NI number: ", "It's "])).entity(
        "UK_NINO", rng.choice([f"{v[:2]} {v[2:8]} {v[8]}", f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:8]}-{v[8]}",
                               f"{v[:2]} {v[2:5]} {v[5:8]} {v[8]}"])).say(".")


def nino_letters_then_pause(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    return in_segments(Utterance().say(rng.choice(["my national insurance number is ", "NI number "])), "UK_NINO",
                       [f"{v[0]} {v[1]}", f"{' '.join(groups(v[2:8], [2, 2, 2]))} {v[8]}"])


def dni_lower_spaced(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif().lower()
    return Utterance().say(rng.choice(["mi dni es ", "dni ", "my dni number is "])).entity(
        "ES_NIF", rng.choice([f"{v[:8]} {v[8]}", f"{v[:2]} {v[2:5]} {v[5:8]} {v[8]}"])).say(rng.choice(["", "."]))


def dni_dotted(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    v = v if rng.random() < 0.5 else v.lower()
    return Utterance().say(rng.choice(["DNI: ", "my DNI is ", "el DNI "])).entity(
        "ES_NIF", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}").say(".")


def dni_words_letter(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    return Utterance().say(rng.choice(["my dni is ", "DNI number "])).entity(
        "ES_NIF", f"{digit_words(rng, v[:8])} {rng.choice([v[8].lower(), LETTER_NAMES[v[8]]])}").say(
        rng.choice(["", "."]))


def nie_lower_spaced(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie().lower()
    return Utterance().say(rng.choice(["my nie is ", "nie ", "el nie es "])).entity(
        "ES_NIE", rng.choice([f"{v[0]} {v[1:8]} {v[8]}", f"{v[0]}{v[1:8]} {v[8]}", f"{v[0]}.{v[1:8]}.{v[8]}"])).say(
        rng.choice(["", "."]))


def nie_words(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    first = {"X": rng.choice(["x", "ex"]), "Y": rng.choice(["y", "why"]), "Z": rng.choice(["z", "zed"])}[v[0]]
    return Utterance().say(rng.choice(["NIE ", "my NIE number is "])).entity(
        "ES_NIE", f"{first} {digit_words(rng, v[1:8])} {rng.choice([v[8].lower(), LETTER_NAMES[v[8]]])}").say(".")


FAMILIES = {
    "card/whisper-thousands": card_whisper_thousands, "card/lower-no-punctuation": card_lower_no_punctuation,
    "card/pauses-segments": card_pauses_segments, "card/repair": card_repair,
    "card/thirteen-fillers": card_thirteen_fillers, "card/multiword-fillers": card_multiword_fillers,
    "card/amex-whisper": card_amex_whisper, "card/expiry-month-lower": card_expiry_month_lower,
    "card/expiry-numbers-said": card_expiry_numbers_said,
    "ssn/social-lower": ssn_social_lower, "ssn/typed-groups": ssn_typed_groups, "ssn/asked-first": ssn_asked_first,
    "ssn/pauses-segments": ssn_pauses_segments,
    "phone/lower-hesitations": phone_lower_hesitations, "phone/area-code-then": phone_area_code_then,
    "phone/repeats-lower": phone_repeats_lower, "phone/plus-said": phone_plus_said,
    "phone/whisper-commas": phone_whisper_commas, "phone/pauses-segments": phone_pauses_segments,
    "phone/repair": phone_repair, "phone/toll-free": phone_toll_free,
    "email/at-sign-lower": email_at_sign_lower, "email/joiners-local": email_joiners_local,
    "email/whisper-mixed": email_whisper_mixed, "email/one-word-comma": email_one_word_comma,
    "email/newer-tlds": email_newer_tlds, "email/spelled-lower": email_spelled_lower,
    "email/number-words": email_number_words,
    "iban/letters-oh-lower": iban_letters_oh_lower, "iban/whisper-typed": iban_whisper_typed,
    "iban/lower-spaced-letters": iban_lower_spaced_letters, "iban/named-letters": iban_named_letters,
    "iban/pauses-segments": iban_pauses_segments,
    "nino/single-letters-lower": nino_single_letters_lower, "nino/names-pairs-lower": nino_names_pairs_lower,
    "nino/whisper": nino_whisper, "nino/letters-then-pause": nino_letters_then_pause,
    "dni/lower-spaced": dni_lower_spaced, "dni/dotted": dni_dotted, "dni/words-letter": dni_words_letter,
    "nie/lower-spaced": nie_lower_spaced, "nie/words": nie_words,
}

SAID = {"card/whisper-thousands": "typed", "card/pauses-segments": "mixed", "card/thirteen-fillers": "mixed",
        "card/multiword-fillers": "mixed", "card/amex-whisper": "typed", "card/expiry-numbers-said": "mixed",
        "card/expiry-month-lower": "spoken", "ssn/typed-groups": "typed", "ssn/asked-first": "mixed",
        "ssn/pauses-segments": "mixed", "phone/lower-hesitations": "mixed", "phone/area-code-then": "mixed",
        "phone/plus-said": "mixed", "phone/whisper-commas": "typed", "phone/pauses-segments": "mixed",
        "email/whisper-mixed": "mixed", "iban/whisper-typed": "typed", "iban/lower-spaced-letters": "typed",
        "iban/named-letters": "spoken", "iban/pauses-segments": "typed", "nino/whisper": "typed",
        "nino/letters-then-pause": "typed", "dni/lower-spaced": "typed", "dni/dotted": "typed",
        "nie/lower-spaced": "typed", "email/number-words": "mixed"}


# Look-alikes: numbers that are nobody's card, phone or id, as the same engines write them.
def _order(fake: Faker, rng: random.Random) -> list[str]:
    number = fake.numerify("#" * rng.randint(6, 12))
    said = rng.choice([number, lower_words(rng, number), " ".join(groups(number, [3, 3, 3, 3]))])
    return [f"{rng.choice(['your order number is ', 'the order number is ', 'order '])}{said}"
            f"{rng.choice(['', ' and it ships tomorrow', '. It was delivered on Monday.'])}"]


def _price(fake: Faker, rng: random.Random) -> list[str]:
    amount = rng.randint(1000, 9_999_999)
    return [rng.choice([f"The total is ${amount:,}.{rng.randint(0, 99):02d}.",
                        f"that comes to {amount:,} dollars",
                        f"you were charged ${amount // 100:,}.{amount % 100:02d} on your last bill",
                        f"it's {digit_words(rng, str(amount)[:1])} thousand {pair_words(str(rng.randint(10, 99)))} "
                        "dollars a month"])]


def _date(fake: Faker, rng: random.Random) -> list[str]:
    month, day, year = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2024, 2030)
    return [rng.choice([f"Your appointment is on {month} {day}, {year}.",
                        f"it was delivered {day:02d}/{rng.randint(1, 12):02d}/{year}",
                        f"the renewal date is {month.lower()} {TENS[2]} {WORDS[rng.randint(1, 9)]} "
                        f"{pair_words(str(year))}",
                        f"we opened on {year}-{rng.randint(1, 12):02d}-{day:02d} and closed {month} {year + 1}"])]


def _time(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Can you call me back at {rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} p.m.?",
                        f"between {rng.choice(['nine', 'ten', 'eleven'])} thirty and {rng.choice(['two', 'three'])} "
                        "fifteen works",
                        f"the store opens at {rng.randint(6, 10)} a.m. and closes at {rng.randint(17, 22)}:00",
                        f"I waited {rng.randint(20, 59)} minutes and {rng.randint(2, 59)} seconds on hold"])]


def _quantity(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"We ordered {rng.randint(1000, 99999):,} units and {rng.randint(10, 900)} boxes.",
                        f"about {rng.choice(['twelve', 'fifteen', 'twenty'])} hundred people signed up in "
                        f"{rng.randint(2015, 2025)}",
                        f"the warehouse has {rng.randint(100, 999)} {rng.randint(100, 999)} square feet",
                        f"it weighs {rng.randint(1, 99)}.{rng.randint(1, 9)} kilos and costs {rng.randint(5, 500)} "
                        "euros"])]


def _tracking(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"your tracking number is 1Z {fake.bothify('### ??# ## #### ###').upper()}",
                        f"the model number is {fake.bothify('??-####-?').upper()}",
                        f"part number {fake.bothify('?? ## ## ## ?').lower()}",
                        f"serial {fake.numerify('#### #### #### ###')}"])]


def _counted(fake: Faker, rng: random.Random) -> list[str]:
    """Numbers said in a row that are counts, a score, a year and a room, not one number."""
    kids, dogs, cats = (WORDS[rng.randint(2, 9)] for _ in range(3))
    return [rng.choice([f"we had {kids} kids {dogs} dogs and {cats} cats",
                        f"room {rng.randint(100, 999)} on floor {rng.randint(2, 40)} in building {rng.randint(1, 9)}",
                        f"the score was {rng.randint(0, 9)} to {rng.randint(0, 9)} in {rng.randint(1990, 2025)}",
                        f"version {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)} came out in "
                        f"{rng.choice(MONTHS)}"])]


def _at_dot_lower(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["i was at the bank dot dot dot you know how it is",
                        f"we met at {fake['en_US'].last_name().lower()} park around {rng.choice(['two', 'four'])}",
                        "look it up on google dot com or whatever",
                        f"im at {rng.choice(['work', 'my desk', 'the store'])} all one word answers please"])]


NEGATIVE_FAMILIES = {
    "negative/order-numbers": _order, "negative/prices": _price, "negative/dates": _date, "negative/times": _time,
    "negative/quantities": _quantity, "negative/tracking-model": _tracking, "negative/counted": _counted,
    "negative/at-dot-lower": _at_dot_lower,
}


def held_out(seed: int = 3028) -> frozenset[str]:
    """About two families in five of each kind of this batch, drawn by seed when the batch was written, before
    any recognizer read it.

    Retired on 2026-12-04: their misses were read and the recognizers fixed for them, so they count as
    tuned now (generate.py no longer marks them held out); kept for the record of what was measured."""
    rng, chosen, every = random.Random(seed), set(), [*FAMILIES, *NEGATIVE_FAMILIES]
    for kind in sorted({name.split("/")[0] for name in every}):
        mine = sorted(name for name in every if name.split("/")[0] == kind)
        if len(mine) >= 2:
            chosen |= set(rng.sample(mine, max(1, round(len(mine) * 0.4))))
    return frozenset(chosen)

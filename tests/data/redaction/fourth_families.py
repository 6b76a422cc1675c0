"""The fourth batch of template families (December 2026): written by someone who had not seen the
recognizers, when the third batch's held-out draw was retired (it was being tuned on). The same things
again, in phrasings the first three batches do not use: an international prefix said "double oh four
four" or "plus forty four", the area code named after it, each digit followed by a comma as Whisper
writes slow dictation, E.164 and "1-" forms as Deepgram and AssemblyAI format them, extensions typed
("ext.", "x"), numbers cut inside a group with the other speaker between; emails spelled "j as in
juliet", letters joined by hyphens ("J-O-H-N"), a spelled domain ("z o h o"), "dotcom" and "g mail",
country and newer TLDs typed (.com.au, .ac.uk, .law, .fm, .io), an address split across segments;
IBANs grouped with "then", digits in pairs, country letters then the rest run together, fillers inside
the groups; SSNs with hyphenated words ("five-three-six") or hundreds ("five thirty six") after "social"
alone, typed with dots; 19-digit cards, Amex "the first four ... the next six ... the last five",
doubles and triples among digits ("4 triple 1"), pauses Whisper writes as dashes; expiries with four-digit
years and "valid thru"; NINOs, DNIs and NIEs spelled "as in", in pairs, with "letter", split between
speakers. Look-alikes: order and ticket codes, prices, times and dates, quantities, version numbers,
street addresses, web addresses without an "@", meeting ids.

The whole batch was held out (`held_out`): none of it was read by anyone tuning the recognizers, and it
was measured in aggregate per type only. It was retired on 2026-12-05, once its misses were read (its last
held-out precision / recall: cards 0.990 / 0.640, phones 0.983 / 0.775, SSNs 1.000 / 0.820, emails
1.000 / 0.744, IBANs 1.000 / 0.746, NINOs 1.000 / 0.540, expiries, NIEs and DNIs 1.000 / 1.000): its
families are tuned ones now. Each family is a function (Faker, Random) ->
Utterance; a look-alike family's a function (Faker, Random) -> list of segments."""

import random

import phonenumbers
from faker import Faker
from families import LETTER_NAMES, MONTHS, NATO, a_nino, an_iban, card_digits, names, ssn_digits, us_number
from speech import TEENS, TENS, WORDS, Utterance, digit_words, groups, pair_words

# Fillers found inside a group of digits, not between groups only (none says a digit: no "oh" here).
INSIDE = ["erm", "ah", "like", "what is it", "wait", "hmm", "let me just check", "uh, sorry"]
# What the other speaker says while a number is read out to them.
INTERJECTIONS = ["Mhm.", "Uh-huh.", "Sorry, go on.", "Yep, keep going.", "Right.", "Could you slow down a little?",
                 "Okay, and then?", "Yes, I'm with you."]


def hyphenated(digits: str) -> str:
    """Digit words joined by hyphens, as Whisper writes a number read out slowly ("five-three-six")."""
    return "-".join("oh" if d == "0" else WORDS[int(d)] for d in digits)


def hundreds(digits: str) -> str:
    """Three digits as people say an area code or an SSN's first group: "five thirty six", "eight oh two"."""
    head, tail = "oh" if digits[0] == "0" else WORDS[int(digits[0])], digits[1:]
    if tail == "00":
        return f"{head} hundred"
    if tail[0] == "0":
        return f"{head} oh {WORDS[int(tail[1])]}"
    return f"{head} {pair_words(tail)}"


def mixed_runs(rng: random.Random, digits: str) -> str:
    """Digits and digit words mixed, with doubles and triples ("4 triple 1, 2 double 0 5")."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        run = len(digits[i:]) - len(digits[i:].lstrip(d))
        said = rng.choice([d, "oh" if d == "0" else WORDS[int(d)]])
        if run >= 3 and rng.random() < 0.7:
            out.append(f"triple {said}")
            i += 3
        elif run >= 2 and rng.random() < 0.7:
            out.append(f"double {said}")
            i += 2
        else:
            out.append(said)
            i += 1
    return " ".join(out)


def filled(rng: random.Random, digits: str, sizes: list[int]) -> str:
    """Digit words in groups with commas, and a filler inside one or two groups (after a digit, not a group)."""
    rendered = []
    for part in groups(digits, sizes):
        words = digit_words(rng, part).split()
        places = [i for i in range(1, len(words)) if words[i - 1] not in ("double", "triple")]
        if places and rng.random() < 0.5:
            words.insert(rng.choice(places), f"{rng.choice(INSIDE)},")
        rendered.append(" ".join(words))
    return ", ".join(rendered)


def split_between(u: Utterance, type_: str, first: str, second: str, rng: random.Random) -> Utterance:
    """The first part, the other speaker's segment, then the rest: two labelled pieces."""
    u.entity(type_, first).say(rng.choice(["", "...", ","])).turn().say(rng.choice(INTERJECTIONS)).turn()
    return u.say(rng.choice(["", "and ", "then ", "uh, "])).entity(type_, second)


def as_in(letter: str, rng: random.Random) -> str:
    word = NATO[letter.upper()].replace("xray", "x-ray")
    return f"{letter.lower()} {rng.choice(['as in', 'for'])} {word}"


def rest_sizes(cut: int, ends: list[int]) -> list[int]:
    """The group sizes of what is left after `cut` digits, groups ending at `ends`."""
    later = [end for end in ends if end > cut]
    return [b - a for a, b in zip([cut, *later], later, strict=False)]


# Phones -------------------------------------------------------------------------------------------------
PREFIX_REGIONS = ["GB", "IE", "AU", "DE", "FR", "ES", "NL", "IN", "MX", "PT", "NZ", "ZA"]


def foreign_mobile(fake: Faker, region: str) -> tuple[str, str]:
    """A valid mobile number of the region: (country code, national number)."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    for _ in range(30):
        candidate = national[:3] + fake.numerify("#" * (len(national) - 3))
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{example.country_code}{candidate}")):
            return str(example.country_code), candidate
    return str(example.country_code), national


def national_sizes(national: str) -> list[int]:
    return {9: [3, 3, 3], 10: [4, 3, 3], 11: [4, 3, 4]}.get(len(national), [3, 3, 4])


def phone_double_oh_prefix(fake: Faker, rng: random.Random) -> Utterance:
    code, national = foreign_mobile(fake, rng.choice(PREFIX_REGIONS))
    prefix = rng.choice([f"double oh {digit_words(rng, code)}", f"oh oh {digit_words(rng, code)}",
                         f"zero zero {digit_words(rng, code)}", f"00{code}", f"00 {code}"])
    body = ", ".join(rng.choice([g, digit_words(rng, g)]) for g in groups(national, national_sizes(national)))
    return Utterance().say(rng.choice(["from abroad it's ", "my mobile's a foreign one, ", "dial "])).entity(
        "PHONE_NUMBER", f"{prefix}, {body}").say(rng.choice(["", ".", " and that's my cell"]))


def phone_country_code_pair(fake: Faker, rng: random.Random) -> Utterance:
    code, national = foreign_mobile(fake, rng.choice(PREFIX_REGIONS))
    said_code = pair_words(code) if len(code) == 2 else digit_words(rng, code)
    body = " ".join(digit_words(rng, g) for g in groups(national, national_sizes(national)))
    u = Utterance()
    if rng.random() < 0.5:
        return u.say(rng.choice(["it's ", "my number is ", "reach me on "])).entity(
            "PHONE_NUMBER", f"plus {said_code}, {body}").say(rng.choice(["", "."]))
    return u.say(rng.choice(["the country code is ", "country code "])).entity(
        "PHONE_NUMBER", f"{said_code}{rng.choice([', and then ', ', then ', ' and the number is '])}{body}").say(".")


def phone_area_code_after(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    area = rng.choice([hundreds(d[:3]), digit_words(rng, d[:3])])
    rest = f"{digit_words(rng, d[3:6])}, {rng.choice([digit_words(rng, d[6:]), pair_words(d[6:])])}"
    return Utterance().say(rng.choice(["okay so ", "it's ", "well "])).entity(
        "PHONE_NUMBER", f"{area} is the area code{rng.choice([', and then ', ', then ', ' and the rest is '])}"
                        f"{rest}").say(rng.choice(["", ".", " okay"]))


def phone_area_code_typed(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    return Utterance().say(rng.choice(["Area code ", "It's area code ", "The area code is "])).entity(
        "PHONE_NUMBER", rng.choice([f"{d[:3]}, {d[3:6]}-{d[6:]}", f"{d[:3]}, and then {d[3:6]}-{d[6:]}",
                                    f"{d[:3]}. The number is {d[3:6]}-{d[6:]}", f"{d[:3]}, {d[3:6]} {d[6:]}"])
    ).say(rng.choice([".", ""]))


def phone_runs_mixed(fake: Faker, rng: random.Random) -> Utterance:
    while True:
        d = us_number(fake)
        d = d[:3] + rng.choice([d[3:6], "222", "446", "889", "300"]) + rng.choice(["0001", "1112", "5550", "9988",
                                                                                  "2000", "7744"])
        if phonenumbers.is_valid_number(phonenumbers.parse("+1" + d)):
            break
    parts = [mixed_runs(rng, g) for g in groups(d, [3, 3, 4])]
    return Utterance().say(rng.choice(["my cell is ", "Text me at ", "the number's "])).entity(
        "PHONE_NUMBER", rng.choice([", ", " "]).join(parts)).say(rng.choice(["", ".", " yeah"]))


def phone_comma_each_digit(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    text = ", ".join(d) if rng.random() < 0.5 else ", ".join("oh" if c == "0" else WORDS[int(c)] for c in d)
    return Utterance().say(rng.choice(["Okay, slowly. ", "My number is ", "It's "])).entity(
        "PHONE_NUMBER", text).say(rng.choice([".", ""]))


def phone_engine_formats(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    text = rng.choice([f"1-{d[:3]}-{d[3:6]}-{d[6:]}", d, f"+1{d}", f"1 ({d[:3]}) {d[3:6]}-{d[6:]}",
                       f"+1 ({d[:3]}) {d[3:6]} {d[6:]}", f"{d[:3]} {d[3:]}", f"1{d}"])
    return Utterance().say(rng.choice(["my number is ", "Yeah, call me at ", "it's ", "You can reach me on "])).entity(
        "PHONE_NUMBER", text).say(rng.choice(["", ".", " anytime"]))


def phone_extension_typed(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    u = Utterance().say(rng.choice(["The direct line is ", "call the office on ", "Our main number is "])).entity(
        "PHONE_NUMBER", rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                                    f"{d[:3]}.{d[3:6]}.{d[6:]}"]))
    ext = str(rng.randint(10, 9999))
    return u.say(rng.choice([f" ext. {ext}", f" x{ext}", f", extension {ext}", f" ext {ext}",
                             f", extension {digit_words(rng, ext)}"])).say(rng.choice(["", "."]))


def phone_split_mid_group(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    cut = rng.choice([2, 4, 5, 7, 8])
    first = " ".join(digit_words(rng, g) for g in groups(d[:cut], [3, 3, 4]))
    second = " ".join(digit_words(rng, g) for g in groups(d[cut:], rest_sizes(cut, [3, 6, 10])))
    return split_between(Utterance().say(rng.choice(["my number is ", "so it's ", "cell phone, "])),
                         "PHONE_NUMBER", first, second, rng).say(rng.choice(["", "."]))


def phone_fillers_inside(fake: Faker, rng: random.Random) -> Utterance:
    return Utterance().say(rng.choice(["you can get me on ", "my home number is ", "best to call "])).entity(
        "PHONE_NUMBER", filled(rng, us_number(fake), [3, 3, 4])).say(rng.choice(["", "."]))


# Emails -------------------------------------------------------------------------------------------------
def email_as_in_spelled(fake: Faker, rng: random.Random) -> Utterance:
    while len(first := fake["en_US"].first_name().lower()) > 5:
        pass
    local = ", ".join(as_in(c, rng) for c in first)
    domain = rng.choice(["gmail dot com", "yahoo dot com", "outlook dot com", "icloud dot com"])
    return Utterance().say(rng.choice(["let me spell it, ", "it's ", "the email is "])).entity(
        "EMAIL_ADDRESS", f"{local}{rng.choice([', at ', ' at '])}{domain}").say(rng.choice(["", "."]))


def email_hyphen_letters(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = rng.choice(["-".join(first.upper()), f"{'-'.join(first.upper())} dot {'-'.join(last.upper())}",
                        f"{first[0].upper()}-{'-'.join(last.upper())}"])
    domain = rng.choice(["gmail.com", "Gmail dot com", "hotmail.com", "outlook dot com"])
    return Utterance().say(rng.choice(["It's ", "That's ", "Email: "])).entity(
        "EMAIL_ADDRESS", f"{local} at {domain}").say(rng.choice([".", ""]))


def email_dotcom_variants(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = rng.choice([f"{first}{last}", f"{first} {last}", f"{first[0]}{last}"])
    domain = rng.choice(["gmail dotcom", "g mail dot com", "gmail dot c o m", "hotmail dot c-o-m", "yahoo dotcom",
                         "gmail com", "gmail.com", "hotmail dot com dot au"])
    return Utterance().say(rng.choice(["my email is ", "its ", "you can email "])).entity(
        "EMAIL_ADDRESS", f"{local} at {domain}").say(rng.choice(["", " thanks"]))


COUNTRY_DOMAINS = ["{w} dot co dot uk", "{w} dot com dot au", "{w} dot ac dot uk", "{w} dot gov dot uk",
                   "{w} dot co dot nz", "{w} dot org dot uk", "{w} dot ie", "{w} dot ca", "{w} dot fr",
                   "{w} dot co dot za", "{w} dot com dot br", "{w} dot nhs dot uk"]


def email_country_tlds(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    host = rng.choice([fake["en_GB"].last_name().lower(), rng.choice(["ox", "cam", "ucl", "leeds", "monash"]),
                       f"{fake['en_GB'].last_name().lower()}{rng.choice(['law', 'homes', 'motors'])}"])
    local = rng.choice([f"{first} dot {last}", f"{first[0]} {last}", f"{last} {first[0]}", first])
    return Utterance().say(rng.choice(["my work address is ", "it's ", "email me on "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(COUNTRY_DOMAINS).format(w=host)}").say(rng.choice(["", "."]))


def email_typed_new_tlds(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    other = fake["en_US"].last_name().lower()
    local = rng.choice([f"{first}-{last}", f"{first}_{last}", f"{first[0]}.{last}", f"{first}.{last[0]}",
                        f"{first}-{last[0]}_{rng.randint(1, 99)}"])
    domain = rng.choice([f"{last}-{other}.law", f"{other}-studio.io", f"{other}.fm", f"{other}-radio.fm",
                         f"cs.{other}.edu", f"{other}.co.uk", f"{other}-labs.ai", f"{other}.dev",
                         f"{other}-health.com.au"])
    return Utterance().say(rng.choice(["Sure, it's ", "My email is ", "Send it to "])).entity(
        "EMAIL_ADDRESS", f"{local}@{domain}").say(rng.choice([".", "", ", thanks."]))


def email_hyphen_domain_said(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    other = fake["en_US"].last_name().lower()
    local = rng.choice([first, f"{first} hyphen {last}", f"{first[0]} hyphen {last}"])
    return Utterance().say(rng.choice(["it's ", "the office email is ", "write to "])).entity(
        "EMAIL_ADDRESS", f"{local} at {other} hyphen {rng.choice(['and hyphen ', ''])}{last} dot "
                         f"{rng.choice(['com', 'law', 'io', 'co dot uk'])}").say(rng.choice(["", "."]))


def email_spelled_domain(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    host = rng.choice(["zoho", "gmx", "aol", "msn", "att", "bt", "mac"])
    tld = {"gmx": rng.choice(["net", "de"]), "bt": "com", "att": "net"}.get(host, "com")
    return Utterance().say(rng.choice(["email is ", "it's "])).entity(
        "EMAIL_ADDRESS", f"{first}{last} at {' '.join(host)} dot {tld}").say(rng.choice(["", ".", " okay"]))


def email_split_segments(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = rng.choice([f"{first} dot {last}", f"{first} underscore {last}", f"{first[0]}{last}"])
    domain = rng.choice(["gmail dot com", "outlook dot com", "proton dot me", "yahoo dot co dot uk"])
    u = Utterance().say(rng.choice(["my email is ", "the address is ", "it's "]))
    if rng.random() < 0.5:
        return split_between(u, "EMAIL_ADDRESS", local, f"at {domain}", rng).say(rng.choice(["", "."]))
    u.entity("EMAIL_ADDRESS", local).say("...").turn()
    return u.entity("EMAIL_ADDRESS", f"at {domain}").say(rng.choice(["", "."]))


# IBANs --------------------------------------------------------------------------------------------------
def _word(rng: random.Random, ch: str) -> str:
    return ch if ch.isalpha() else rng.choice(["oh", "zero"]) if ch == "0" else WORDS[int(ch)]


def _group_said(rng: random.Random, group: str, pairs: bool = False) -> str:
    """A group of four: letters as capitals; digits as words, or as pairs where two digits run."""
    if pairs and group.isdigit():
        return pair_words(group)
    return " ".join(_word(rng, ch) for ch in group)


IBAN_LOCALES = ["de_DE", "nl_NL", "en_GB", "en_IE", "fr_FR", "es_ES", "it_IT"]


def iban_then_groups(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, IBAN_LOCALES)
    said = ", then ".join(_group_said(rng, value[i:i + 4]) for i in range(0, len(value), 4))
    return Utterance().say(rng.choice(["the IBAN, ", "IBAN is ", "right, the IBAN: "])).entity(
        "IBAN_CODE", said).say(rng.choice(["", ".", ", that's it"]))


def iban_pairs(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, IBAN_LOCALES)
    said = ", ".join(_group_said(rng, value[i:i + 4], pairs=True) for i in range(0, len(value), 4))
    return Utterance().say(rng.choice(["my IBAN is ", "iban ", "so the international number is "])).entity(
        "IBAN_CODE", said).say(rng.choice(["", "."]))


def iban_country_then_run(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, IBAN_LOCALES)
    country = rng.choice([f"{value[0]} {value[1]}", f"{value[0].lower()} {value[1].lower()}",
                          f"{value[0]}-{value[1]}"])
    rest = value[2:] if rng.random() < 0.5 else value[2:].lower()
    return Utterance().say(rng.choice(["iban ", "its ", "the iban is "])).entity(
        "IBAN_CODE", f"{country}{rng.choice([' ', ', then ', ', '])}{rest}").say(rng.choice(["", "."]))


def iban_across_speakers(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, IBAN_LOCALES)
    parts = [_group_said(rng, value[i:i + 4]) for i in range(0, len(value), 4)]
    cut = rng.randint(2, len(parts) - 2)
    return split_between(Utterance().say(rng.choice(["my IBAN is ", "okay the IBAN, "])), "IBAN_CODE",
                         ", ".join(parts[:cut]), ", ".join(parts[cut:]), rng).say(rng.choice(["", "."]))


def iban_fillers_inside(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, IBAN_LOCALES)
    parts = []
    for i in range(0, len(value), 4):
        words = [_word(rng, ch) for ch in value[i:i + 4]]
        if len(words) >= 2 and rng.random() < 0.35:
            words.insert(rng.randint(1, len(words) - 1), f"{rng.choice(INSIDE)},")
        parts.append(" ".join(words))
    return Utterance().say(rng.choice(["IBAN ", "the IBAN is ", "let me read the IBAN, "])).entity(
        "IBAN_CODE", ", ".join(parts)).say(rng.choice(["", "."]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_hyphenated_words(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    return Utterance().say(rng.choice(["Social's ", "My social is ", "Social: "])).entity(
        "US_SSN", ", ".join(hyphenated(g) for g in groups(d, [3, 2, 4]))).say(rng.choice([".", ""]))


def ssn_hundreds(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    last = rng.choice([pair_words(d[5:]), digit_words(rng, d[5:])])
    return Utterance().say(rng.choice(["social is ", "for the social, ", "and social, "])).entity(
        "US_SSN", f"{hundreds(d[:3])}, {pair_words(d[3:5])}, {last}").say(rng.choice(["", "."]))


def ssn_typed_dots(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    a, b, c = groups(d, [3, 2, 4])
    return Utterance().say(rng.choice(["social ", "My social is ", "Social security: "])).entity(
        "US_SSN", rng.choice([f"{a}.{b}.{c}", f"{a}  {b}  {c}", f"{a} . {b} . {c}"])).say(
        rng.choice(["", "."]))


def ssn_split_mid_group(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    cut = rng.choice([2, 4, 6, 7])
    return split_between(Utterance().say(rng.choice(["my social is ", "social security number ", "SSN "])),
                         "US_SSN", digit_words(rng, d[:cut]), digit_words(rng, d[cut:]), rng).say(
        rng.choice(["", "."]))


# Cards --------------------------------------------------------------------------------------------------
def card_nineteen(fake: Faker, rng: random.Random) -> Utterance:
    digits = fake.credit_card_number("visa19")
    text = rng.choice([" ".join(groups(digits, [4, 4, 4, 4, 3])), digits,
                       ", ".join(digit_words(rng, g) for g in groups(digits, [4, 4, 4, 4, 3]))])
    return Utterance().say(rng.choice(["it's a long one, nineteen digits: ", "the debit card is ", "card: "])).entity(
        "CREDIT_CARD", text).say(rng.choice(["", ".", " okay"]))


def card_dash_pauses(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    parts = [rng.choice([g, digit_words(rng, g)]) for g in groups(digits, [4, 4, 4, 4])]
    out = parts[0]
    for part in parts[1:]:
        out += rng.choice([" — ", "— ", " — um — ", " -- ", "… "]) + part
    return Utterance().say(rng.choice(["Okay, it's ", "The card number is ", "Ready? "])).entity(
        "CREDIT_CARD", out).say(rng.choice([".", "", "…"]))


def card_runs_mixed(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    return Utterance().say(rng.choice(["card number ", "it's ", "the number on the front is "])).entity(
        "CREDIT_CARD", ", ".join(mixed_runs(rng, g) for g in groups(digits, [4, 4, 4, 4]))).say(
        rng.choice(["", "."]))


def card_amex_first_next_last(fake: Faker, rng: random.Random) -> Utterance:
    """Each group after words that count digits ("the next six"): the groups alone are labelled."""
    a, b, c = groups(fake.credit_card_number("amex"), [4, 6, 5])
    said = lambda g: rng.choice([g, digit_words(rng, g)])  # noqa: E731
    u = Utterance().say(rng.choice(["It's an Amex. The first four are ", "amex, first four "])).entity(
        "CREDIT_CARD", said(a))
    if rng.random() < 0.5:
        u.say(", the next six are ").entity("CREDIT_CARD", said(b)).say(", and the last five ")
    else:
        u.say(", then six digits, ").entity("CREDIT_CARD", said(b)).say(", then five, ")
    return u.entity("CREDIT_CARD", said(c)).say(rng.choice([".", ""]))


def card_split_mid_group(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    cut = rng.choice([2, 6, 7, 9, 10, 14])
    first = " ".join(digit_words(rng, g) for g in groups(digits[:cut], [4, 4, 4]))
    second = " ".join(digit_words(rng, g) for g in groups(digits[cut:], rest_sizes(cut, [4, 8, 12, 16])))
    return split_between(Utterance().say(rng.choice(["card number is ", "so it's ", "okay, "])), "CREDIT_CARD",
                         first, second, rng).say(rng.choice(["", "."]))


def card_lengths_run_together(fake: Faker, rng: random.Random) -> Utterance:
    digits = fake.credit_card_number(rng.choice(["visa13", "amex", "jcb15", "visa16", "mastercard", "discover",
                                                 "visa19"]))
    return Utterance().say(rng.choice(["card number ", "my card is ", "its "])).entity("CREDIT_CARD", digits).say(
        rng.choice(["", " thanks", "."]))


def card_fillers_inside(fake: Faker, rng: random.Random) -> Utterance:
    return Utterance().say(rng.choice(["right so the card is ", "it's ", "my card, "])).entity(
        "CREDIT_CARD", filled(rng, card_digits(fake, rng), [4, 4, 4, 4])).say(rng.choice(["", "."]))


def card_expiry_typed(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    u = Utterance().say(rng.choice(["Card: ", "The card is "])).entity("CREDIT_CARD", " ".join(
        groups(digits, [4, 4, 4, 4])))
    month, year = rng.randint(1, 12), rng.randint(2027, 2035)
    text = rng.choice([f"{month:02d}/{year}", f"{month}/{year % 100}", f"{month:02d}-{year % 100}",
                       f"{month:02d} / {year}", f"{month:02d}/{year % 100}"])
    return u.say(rng.choice([", valid thru ", ", exp. ", ". Exp date ", ", expiry "])).entity(
        "CARD_EXPIRY", text).say(rng.choice([".", ""]))


def card_expiry_spoken(fake: Faker, rng: random.Random) -> Utterance:
    digits = card_digits(fake, rng)
    u = Utterance().say("card number ").entity("CREDIT_CARD", ", ".join(digit_words(rng, g)
                                                                       for g in groups(digits, [4, 4, 4, 4])))
    month, year = rng.randint(1, 12), rng.randint(27, 35)
    text = rng.choice([f"end of {MONTHS[month - 1]} twenty {pair_words(str(year))}",
                       f"{digit_words(rng, f'{month:02d}')}, twenty {pair_words(str(year))}",
                       f"{MONTHS[month - 1].lower()} twenty {pair_words(str(year))}",
                       f"{digit_words(rng, f'{month:02d}')} of twenty {pair_words(str(year))}",
                       f"{TEENS[month - 10] if month >= 10 else WORDS[month]} {pair_words(str(year))}"])
    return u.say(rng.choice([", it runs out ", " and the expiry's ", ", good till "])).entity("CARD_EXPIRY", text)


# National ids -------------------------------------------------------------------------------------------
def nino_as_in(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    return Utterance().say(rng.choice(["my national insurance number is ", "NI number, "])).entity(
        "UK_NINO", f"{as_in(v[0], rng)}, {as_in(v[1], rng)}, {digit_words(rng, v[2:8])}, {as_in(v[8], rng)}").say(
        rng.choice(["", "."]))


def nino_fillers(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    parts = [f"{v[0]} {v[1]}", *(digit_words(rng, g) for g in groups(v[2:8], [2, 2, 2])), v[8]]
    out = parts[0]
    for part in parts[1:]:
        out += f", {rng.choice(INSIDE)}, {part}" if rng.random() < 0.4 else f", {part}"
    return Utterance().say(rng.choice(["national insurance, ", "my NI is ", "it's "])).entity("UK_NINO", out).say(
        rng.choice(["", "."]))


def nino_split_speakers(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    letters = rng.choice([f"{v[0]} {v[1]}", f"{LETTER_NAMES[v[0]]} {LETTER_NAMES[v[1]]}"])
    return split_between(Utterance().say(rng.choice(["my national insurance number starts ", "NI number "])),
                         "UK_NINO", letters, f"{digit_words(rng, v[2:8])}, {v[8]}", rng).say(rng.choice(["", "."]))


def nino_engine_typed(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    text = rng.choice([f"{v[:8]} {v[8]}", f"{v[0]} {v[1]} {v[2:8]} {v[8]}", f"{v[:2]} {v[2:8]}{v[8]}",
                       f"{v[:2].lower()} {v[2:4]} {v[4:6]} {v[6:8]}{v[8].lower()}", f"{v[0]}.{v[1]}. {v[2:8]} {v[8]}"])
    return Utterance().say(rng.choice(["National Insurance: ", "My NI number's ", "NINO "])).entity(
        "UK_NINO", text).say(rng.choice([".", ""]))


def dni_pairs(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    return Utterance().say(rng.choice(["my DNI is ", "el DNI, ", "DNI number "])).entity(
        "ES_NIF", f"{', '.join(pair_words(g) for g in groups(v[:8], [2, 2, 2, 2]))}, {v[8]}").say(
        rng.choice(["", "."]))


def dni_with_letter(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    digits = rng.choice([v[:8], f"{v[:4]} {v[4:8]}", digit_words(rng, v[:8])])
    letter = rng.choice([f"letter {v[8]}", f"with the letter {v[8]}", f"letra {v[8]}", f"and the letter {v[8]}"])
    return Utterance().say(rng.choice(["DNI ", "my Spanish ID is ", "the DNI is "])).entity(
        "ES_NIF", f"{digits}, {letter}").say(rng.choice(["", "."]))


def nie_nato(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    first = rng.choice([NATO[v[0]].replace("xray", "X-ray").title(), as_in(v[0], rng)])
    body = rng.choice([v[1:8], digit_words(rng, v[1:8])])
    return Utterance().say(rng.choice(["my NIE is ", "NIE, "])).entity(
        "ES_NIE", f"{first}, {body}, {as_in(v[8], rng)}").say(rng.choice(["", "."]))


def nie_grouped(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    text = rng.choice([f"{v[0]} {v[1:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[0]}{v[1:8]}-{v[8]}",
                       f"{v[0]}-{v[1:4]} {v[4:8]}-{v[8]}", f"{v[0]} {v[1:8]}{v[8]}"])
    return Utterance().say(rng.choice(["NIE: ", "My NIE number is ", "the foreigner number, "])).entity(
        "ES_NIE", text).say(rng.choice([".", ""]))


FAMILIES = {
    "phone/double-oh-prefix": phone_double_oh_prefix, "phone/country-code-pair": phone_country_code_pair,
    "phone/area-code-after": phone_area_code_after, "phone/area-code-typed": phone_area_code_typed,
    "phone/runs-mixed": phone_runs_mixed, "phone/comma-each-digit": phone_comma_each_digit,
    "phone/engine-formats": phone_engine_formats, "phone/extension-typed": phone_extension_typed,
    "phone/split-mid-group": phone_split_mid_group, "phone/fillers-inside": phone_fillers_inside,
    "email/as-in-spelled": email_as_in_spelled, "email/hyphen-letters": email_hyphen_letters,
    "email/dotcom-variants": email_dotcom_variants, "email/country-tlds": email_country_tlds,
    "email/typed-new-tlds": email_typed_new_tlds, "email/hyphen-domain-said": email_hyphen_domain_said,
    "email/spelled-domain": email_spelled_domain, "email/split-segments": email_split_segments,
    "iban/then-groups": iban_then_groups, "iban/pairs": iban_pairs, "iban/country-then-run": iban_country_then_run,
    "iban/across-speakers": iban_across_speakers, "iban/fillers-inside": iban_fillers_inside,
    "ssn/hyphenated-words": ssn_hyphenated_words, "ssn/hundreds": ssn_hundreds, "ssn/typed-dots": ssn_typed_dots,
    "ssn/split-mid-group": ssn_split_mid_group,
    "card/nineteen": card_nineteen, "card/dash-pauses": card_dash_pauses, "card/runs-mixed": card_runs_mixed,
    "card/amex-first-next-last": card_amex_first_next_last, "card/split-mid-group": card_split_mid_group,
    "card/lengths-run-together": card_lengths_run_together, "card/fillers-inside": card_fillers_inside,
    "card/expiry-typed": card_expiry_typed, "card/expiry-spoken": card_expiry_spoken,
    "nino/as-in": nino_as_in, "nino/fillers": nino_fillers, "nino/split-speakers": nino_split_speakers,
    "nino/engine-typed": nino_engine_typed,
    "dni/pairs": dni_pairs, "dni/with-letter": dni_with_letter, "nie/nato": nie_nato, "nie/grouped": nie_grouped,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
SAID = {"phone/double-oh-prefix": "mixed", "phone/area-code-typed": "typed", "phone/runs-mixed": "mixed",
        "phone/comma-each-digit": "mixed", "phone/engine-formats": "typed", "phone/extension-typed": "typed",
        "email/hyphen-letters": "mixed", "email/typed-new-tlds": "typed", "iban/country-then-run": "mixed",
        "ssn/typed-dots": "typed", "card/nineteen": "mixed", "card/dash-pauses": "mixed", "card/runs-mixed": "mixed",
        "card/amex-first-next-last": "mixed", "card/lengths-run-together": "typed", "card/expiry-typed": "typed",
        "nino/fillers": "mixed", "nino/split-speakers": "mixed", "nino/engine-typed": "typed", "dni/pairs": "mixed",
        "dni/with-letter": "mixed", "nie/nato": "mixed", "nie/grouped": "typed"}


# Look-alikes: nobody's card, phone, address or id, said and written the same ways.
def _codes(fake: Faker, rng: random.Random) -> list[str]:
    body = fake["en_US"].credit_card_number("visa16")
    bad = body[:-1] + str((int(body[-1]) + rng.randint(1, 9)) % 10)  # Luhn fails: any other last digit
    return [rng.choice([f"your ticket is INC{fake.numerify('#######')}, I've escalated it",
                        f"order number {' '.join(groups(bad, [4, 4, 4, 4]))}, placed on the {rng.randint(1, 28)}th",
                        f"the case number is {digit_words(rng, fake.numerify('00####'))}",
                        f"RMA {fake.bothify('??-#####').upper()} for the return",
                        f"confirmation code {' '.join(fake.bothify('??##?#').upper())}",
                        f"booking {fake.bothify('???###').upper()}, that's the reference"])]


def _prices(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"it's {rng.choice(['nineteen', 'twenty nine', 'forty nine'])} ninety nine a month",
                        f"${rng.randint(1000, 9999):,}.00 plus tax",
                        f"{WORDS[rng.randint(2, 9)]} hundred and twelve pounds fifty",
                        f"€{rng.randint(10, 999)}.{rng.randint(0, 99):02d} every quarter",
                        f"the quote was {rng.randint(2, 40)},{rng.randint(100, 999)} dollars, down from "
                        f"{rng.randint(41, 90)} thousand"])]


def _times_dates(fake: Faker, rng: random.Random) -> list[str]:
    month = rng.choice(MONTHS)
    return [rng.choice([f"I'll ring back at quarter to {WORDS[rng.randint(2, 9)]}",
                        f"it's booked for the {TENS[2]} {rng.choice(['first', 'third', 'fifth'])} of {month}",
                        f"the call is at {rng.randint(8, 18)}:{rng.choice(['00', '15', '30', '45'])} on "
                        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/2026",
                        f"{WORDS[rng.randint(1, 9)]} oh {WORDS[rng.randint(1, 9)]} in the morning works",
                        f"we renewed on {month.lower()} {rng.randint(1, 28)} twenty twenty "
                        f"{WORDS[rng.randint(4, 7)]}"])]


def _quantities(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"{TEENS[rng.randint(1, 9)]} hundred units went out in {rng.randint(2018, 2025)}",
                        f"{rng.randint(2, 9)} x {rng.choice([250, 500, 750])} ml bottles and {rng.randint(2, 40)} "
                        "boxes",
                        f"a {rng.randint(2, 9)} by {rng.randint(4, 12)} sheet, {rng.randint(10, 99)} of them",
                        f"{rng.randint(1000, 9999):,} square feet over {rng.randint(2, 5)} floors",
                        f"{digit_words(rng, str(rng.randint(100, 999)))} grams, {rng.randint(2, 12)} packs"])]


def _versions(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"I'm on version {rng.randint(1, 30)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                        f"build {rng.randint(2019, 2026)}.{rng.randint(1, 12)}.{rng.randint(1, 28)}."
                        f"{rng.randint(1000, 9999)}",
                        f"it's iOS {TEENS[rng.randint(7, 8)]} point {WORDS[rng.randint(0, 6)]}",
                        f"firmware {rng.randint(1, 9)}.{rng.randint(0, 9)}.{rng.randint(10, 99)}."
                        f"{rng.randint(1000, 9999)}",
                        f"python {WORDS[3]} point {TEENS[rng.randint(0, 3)]} on the server"])]


def _addresses(fake: Faker, rng: random.Random) -> list[str]:
    us, gb = fake["en_US"], fake["en_GB"]
    return [rng.choice([f"I live at {us.street_address()}, {us.city()}, {us.state_abbr()} {us.zipcode()}",
                        f"the office is {gb.building_number()} {gb.street_name()}, {gb.city()} {gb.postcode()}",
                        f"deliver it to {us.building_number()} {us.street_name()}, apartment "
                        f"{rng.randint(1, 30)}{rng.choice('ABCD')}",
                        f"{digit_words(rng, us.building_number())} {us.street_name().lower()} near the park"])]


def _web(fake: Faker, rng: random.Random) -> list[str]:
    word = fake["en_US"].last_name().lower()
    return [rng.choice([f"go to www dot {word} dash law dot com slash contact",
                        f"it's on https://{word}.io/pricing",
                        f"{word} dot co dot uk forward slash help",
                        f"the site is {word}-studio.fm, the app is at app.{word}.dev",
                        f"search {word} dot edu and click admissions"])]


def _meeting_ids(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"the meeting ID is {fake.numerify('8## #### ####')}",
                        f"passcode {fake.numerify('######')}, then press pound",
                        f"dial in and enter {digit_words(rng, fake.numerify('#####'))} hash",
                        f"press {WORDS[rng.randint(1, 9)]} then {WORDS[rng.randint(1, 9)]} for billing",
                        f"I'm in seat {rng.randint(10, 40)}{rng.choice('ABCDEF')} on flight {rng.randint(100, 9999)}"])]


NEGATIVE_FAMILIES = {
    "negative/codes": _codes, "negative/prices-said": _prices, "negative/times-dates": _times_dates,
    "negative/quantities-measures": _quantities, "negative/versions": _versions, "negative/addresses": _addresses,
    "negative/web-no-at": _web, "negative/meeting-ids": _meeting_ids,
}


def held_out() -> frozenset[str]:
    """The whole batch: it was written as a held-out batch, not drawn from.

    Retired on 2026-12-05: its misses were read and the recognizers fixed for them, so it counts as tuned
    now (generate.py no longer marks it held out); kept for the record of what was measured."""
    return frozenset([*FAMILIES, *NEGATIVE_FAMILIES])

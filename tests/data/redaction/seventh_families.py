"""The seventh batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them, from how callers and agents say these things and
how speech engines write them; the earlier batches were read only for their format, their labelling conventions
and to avoid their phrasings. New here: numbers said with place-value words ("four thousand one hundred eleven",
"forty-one hundred", "five twelve") and hyphenated pairs as Google and Whisper write them ("forty-one eleven");
digit words and digits mixed inside one group ("4 one 1 1"); the homophones engines write for digits ("for",
"to", "too", "ate", "won", the letter "o"); stutters and cut-off words ("fo- four"); a whole group said wrong
and restarted ("scratch that"); a child reading a parent's card; expiries "valid thru", "Mar '28", "month oh
three, year twenty-eight"; typed cards with an engine's stray punctuation. Emails spelled with "capital", "all
lowercase", "no spaces", "the at symbol", "full stop", country and start-up domains (co.uk, com.au, .io, .ai,
.org, .co.nz), providers split into words ("g mail"), half typed and half said, years said in the local part,
an agent asking "was that a B or a D?" and reading it back. Phones with vanity letters (1-800-FLOWERS: the
whole run, prefix, digits and letters, is labelled as the number; a digit reading of it after "which is" is
labelled too), E.164 written or said without the plus, Irish numbers with the letter "O" for zero, place values,
homophones, stutters, restarts. IBANs said by a non-native speaker with pauses ("eh", "how you say", "...",
the pause sometimes ending the engine's segment), in hyphenated pairs, with homophones, with a restarted group,
typed with an engine's odd spacing. NINOs with letter homophones ("tea", "are", "see"), place values, an agent
confirming a letter and reading it back; DNIs in place values ("fifty-one, one hundred twenty-three"), confirmed
and read back, corrected; NIEs in place values, read back typed, corrected. Look-alikes: invoices and
references, amounts, dates and times, street addresses, measurements, SKUs, software versions, lottery draws,
account numbers said not to be a card, masked numbers, failing checksums, homophones in ordinary talk, UK
postcodes and number plates, Spanish company tax codes and postcodes, "at" and "dot" in ordinary talk.

Labelling follows the earlier batches: a label covers what is said of the value, with the fillers, stutters,
corrections and restarts inside it; counting and naming words outside it ("extension ...", "the last four");
one label per segment piece; an agent's read-back is labelled as well. Every value is valid where a validator
exists (Luhn, IBAN mod-97, SSN area/group/serial, NIF/NIE check letters, `phonenumbers`): it is checked here
as it is made (`checked`), so a family cannot emit an invalid one.

The whole batch was held out (`held_out`) until it was retired on 2026-12-05, once its misses were read; its
families are tuned ones since. Each family is a function (Faker, Random) -> Utterance; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v7-"."""

import random
import re

import phonenumbers
from faker import Faker
from families import card_digits, names, us_number
from speech import TEENS, TENS, WORDS, Utterance
from speech import groups as grp

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ACKS = ["Okay.", "Mm-hm.", "Go ahead.", "Right.", "Yes, I'm here.", "Okay, I've got that."]


# Validators (this batch's own, not the project's) -------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return total % 10 == 0


def luhn_fix(body: str) -> str:
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError(body)


def iban_ok(value: str) -> bool:
    value = value.upper()
    moved = value[4:] + value[:4]
    return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", value)) and int(
        "".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")


def nif_ok(v: str) -> bool:
    v = v.upper()
    return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and DNI_LETTERS[int(v[:8]) % 23] == v[8]


def nie_ok(v: str) -> bool:
    v = v.upper()
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and nif_ok(str("XYZ".index(v[0])) + v[1:])


def nino_ok(v: str) -> bool:
    v = v.upper()
    return (bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v))
            and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))


def phone_ok(e164: str) -> bool:
    return phonenumbers.is_valid_number(phonenumbers.parse("+" + e164.lstrip("+")))


CHECKS = {"CREDIT_CARD": lambda v: 13 <= len(v) <= 19 and luhn_ok(v), "IBAN_CODE": iban_ok, "US_SSN": ssn_ok,
          "ES_NIF": nif_ok, "ES_NIE": nie_ok, "UK_NINO": nino_ok, "PHONE_NUMBER": phone_ok,
          "EMAIL_ADDRESS": lambda v: bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))}


def checked(type_: str, value: str) -> str:
    """The value, after this batch's own validator has passed it."""
    assert CHECKS[type_](value), (type_, value)
    return value


# How numbers are said -----------------------------------------------------------------------------------
def word(d: str) -> str:
    return WORDS[int(d)]


def words(digits: str, zero: str = "oh") -> str:
    return " ".join(zero if d == "0" else word(d) for d in digits)


def tens(n: int) -> str:
    """0..99 as said, the tens hyphenated the way Google and Whisper write them ("forty-one")."""
    if n < 10:
        return WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + WORDS[n % 10])


def hundreds(n: int, rng: random.Random) -> str:
    """100..999 with place values: "five hundred twelve", "five hundred and twelve", or "five twelve"."""
    head, rest = n // 100, n % 100
    if rest == 0:
        return f"{WORDS[head]} hundred"
    if rest < 10 or rng.random() < 0.6:
        return f"{WORDS[head]} hundred{rng.choice([' ', ' and '])}{tens(rest)}"
    return f"{WORDS[head]} {tens(rest)}"


def thousands(n: int, rng: random.Random) -> str:
    """1000..9999: "four thousand one hundred eleven", "forty-one hundred", or "forty-one eleven"."""
    head, rest = n // 1000, n % 1000
    if n % 100 == 0 and n // 100 % 10 and rng.random() < 0.6:
        return f"{tens(n // 100)} hundred"
    if rng.random() < 0.5 and n // 100 >= 10 and n % 100 >= 10:
        return f"{tens(n // 100)} {tens(n % 100)}"
    out = f"{WORDS[head]} thousand"
    if rest >= 100:
        out += f" {WORDS[rest // 100]} hundred" + (f" {tens(rest % 100)}" if rest % 100 else "")
    elif rest:
        out += f"{rng.choice([' ', ' and '])}{tens(rest)}"
    return out


def hyphen_pairs(digits: str) -> str:
    """Two at a time, hyphenated: "forty-one eleven oh five"; a pair starting with 0 said "oh five"."""
    out = []
    for i in range(0, len(digits), 2):
        pair = digits[i:i + 2]
        out.append(words(pair) if len(pair) == 1 or pair[0] == "0" else tens(int(pair)))
    return " ".join(out)


def place(group: str, rng: random.Random) -> str:
    """A group in place values where it allows (no leading zero), else hyphenated pairs or digit words."""
    if group[0] == "0":
        return rng.choice([words(group), hyphen_pairs(group)]) if len(group) % 2 == 0 else words(group)
    if len(group) == 4:
        return thousands(int(group), rng)
    if len(group) == 3:
        return hundreds(int(group), rng)
    if len(group) == 2:
        return tens(int(group))
    return words(group)


HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"], "0": ["o", "O"]}


def homophones(digits: str, rng: random.Random) -> str:
    """Digit words with an engine's homophones for some of them ("for", "to", "ate", "won", "o"), at least one."""
    spots = [i for i, d in enumerate(digits) if d in HOMOPHONES]
    chosen = set(rng.sample(spots, min(len(spots), rng.randint(1, 3)))) if spots else set()
    return " ".join(rng.choice(HOMOPHONES[d]) if i in chosen else words(d) for i, d in enumerate(digits))


def mid_mix(digits: str, rng: random.Random) -> str:
    """Digits and digit words mixed inside a group, as engines write a number said unevenly ("4 one 1 1")."""
    out = [d if rng.random() < 0.5 else words(d) for d in digits]
    if all(o.isdigit() for o in out) or not any(o.isdigit() for o in out):
        out[0] = words(digits[0]) if out[0].isdigit() else digits[0]
    return " ".join(out)


CUT = {"four": "fo-", "seven": "sev-", "three": "th-", "eight": "ei-", "six": "si-", "five": "fi-", "nine": "ni-"}


def stutter(said: str, rng: random.Random) -> str:
    """One or two words said twice, the first cut off or trailing a dash ("four four- four one")."""
    parts = said.split()
    for k in sorted(rng.sample(range(len(parts)), rng.randint(1, 2)), reverse=True):
        w = parts[k].rstrip(",")
        parts.insert(k, rng.choice([CUT.get(w, w + "-"), w + "-", f"{w}, {w}-"]))
    return " ".join(parts)


RESTARTS = ["scratch that,", "no, scratch that,", "sorry, strike that,", "wait, let me start that bit again,",
            "hang on, I said that wrong,", "no no, go back,"]


def restarted(groups_said: list[str], wrong: str, k: int, rng: random.Random) -> str:
    """The groups with group k said wrong first, then a restart phrase and the right group."""
    return ", ".join([*groups_said[:k], f"{wrong}, {rng.choice(RESTARTS)} {groups_said[k]}", *groups_said[k + 1:]])


def other_digits(group: str, rng: random.Random) -> str:
    while (wrong := "".join(rng.choice("0123456789") for _ in group)) == group:
        pass
    return wrong


def a_card(fake: Faker, rng: random.Random) -> str:
    return checked("CREDIT_CARD", card_digits(fake["en_US"], rng))


def a_ssn(fake: Faker) -> str:
    while not ssn_ok(d := fake["en_US"].ssn().replace("-", "")):
        pass
    return checked("US_SSN", d)


def an_iban(fake: Faker, rng: random.Random, locales: list[str]) -> str:
    return checked("IBAN_CODE", fake[rng.choice(locales)].iban())


def a_nif(fake: Faker) -> str:
    return checked("ES_NIF", fake["es_ES"].nif())


def a_nie(fake: Faker) -> str:
    return checked("ES_NIE", fake["es_ES"].nie())


def a_nino(fake: Faker, rng: random.Random) -> str:
    while not nino_ok(v := rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND) + fake.numerify("######")
                      + rng.choice("ABCD")):
        pass
    return v


def a_us_phone(fake: Faker) -> str:
    d = us_number(fake)
    checked("PHONE_NUMBER", "1" + d)
    return d


def valid_national(fake: Faker, region: str, pattern: str) -> str:
    code = phonenumbers.country_code_for_region(region)
    for _ in range(300):
        national = fake.numerify(pattern)
        if phone_ok(f"{code}{national}"):
            return national
    raise ValueError(region)


# Cards --------------------------------------------------------------------------------------------------
def card_place_values(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    said = rng.choice([", ", " ", "... "]).join(place(g, rng) for g in grp(d, [4] * 4))
    return Utterance().say(rng.choice(["the card number is ", "okay it's ", "yeah so ", "card's "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", ".", ", got that?"]))


def card_hyphen_pairs(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    said = rng.choice([", ", " "]).join(hyphen_pairs(g) for g in grp(d, [4] * 4))
    return Utterance().say(rng.choice(["It's ", "Card number, ", "Sure, the number is "])).entity(
        "CREDIT_CARD", said[0].upper() + said[1:] if rng.random() < 0.2 else said).say(rng.choice([".", "", "?"]))


def card_homophones(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    said = rng.choice([", ", " "]).join(homophones(g, rng) for g in grp(d, [4] * 4))
    return Utterance().say(rng.choice(["the card is ", "so it's ", "my card number is "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", ".", " okay"]))


def card_mid_mix(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    said = rng.choice([", ", " ", " - "]).join(mid_mix(g, rng) for g in grp(d, [4] * 4))
    return Utterance().say(rng.choice(["Card number ", "it's ", "The number on the card: "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", "."]))


def card_stutter(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    said = stutter(", ".join(words(g) for g in grp(d, [4] * 4)), rng)
    return Utterance().say(rng.choice(["um the card is ", "it's uh ", "okay, "])).entity("CREDIT_CARD", said).say(
        rng.choice(["", ".", ", sorry"]))


def card_scratch_that(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    parts = grp(d, [4] * 4)
    render = rng.choice([lambda g: g, words, lambda g: " ".join(g)])
    k = rng.randint(1, 3)
    said = restarted([render(g) for g in parts], render(other_digits(parts[k], rng)), k, rng)
    return Utterance().say(rng.choice(["card number is ", "okay it's ", "the visa is "])).entity(
        "CREDIT_CARD", said).say(rng.choice(["", "."]))


def card_child_reads(fake: Faker, rng: random.Random) -> Utterance:
    """A child reading the parent's card, digit by digit, stopping to ask the parent; two labels in one turn."""
    d = a_card(fake, rng)
    parent = rng.choice(["Mom", "Dad", "Mum", "Grandma"])
    u = Utterance().say(rng.choice([f"Hi, um, my {parent.lower()} is driving and said I should read you the card.",
                                    f"Hello? {parent} told me to read the numbers."])).turn()
    u.say(rng.choice(["That's fine, go ahead sweetie.", "Okay, go ahead.", "No problem, read me the long number."]))
    u.turn().say(rng.choice(["Okay. It's ", "Um, ", "Okay um "]))
    cut = rng.choice([4, 8, 12])
    first, rest = d[:cut], d[cut:]
    style = rng.random()

    def read(s: str) -> str:
        if style < 0.4:
            return ", ".join(word(c) for c in s)
        if style < 0.7:
            return " and ".join(" ".join(word(c) for c in g) for g in grp(s, [4] * 4))
        return "... ".join(word(c) for c in s)
    u.entity("CREDIT_CARD", read(first))
    u.say(rng.choice([f". {parent}, what's after that? Oh. Okay, ", f"... {parent}, I can't see this bit. Okay, um, ",
                      f". Wait. {parent}, is that the right row? Okay, "]))
    return u.entity("CREDIT_CARD", read(rest)).say(rng.choice([".", ". That's all of it.", ""]))


def card_typed_punctuation(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    p = grp(d, [4] * 4)
    text = rng.choice([", ".join(p), ".".join(p), f"{p[0]} {p[1]}, {p[2]} {p[3]}", f"{p[0]}-{p[1]} {p[2]}-{p[3]}",
                       f"{p[0]}... {p[1]}... {p[2]}... {p[3]}", f"{p[0]}, {p[1]}{p[2]}, {p[3]}"])
    return Utterance().say(rng.choice(["Yes. ", "Card number is ", "It is "])).entity("CREDIT_CARD", text).say(
        rng.choice([".", "", ". Okay."]))


def card_expiry_thru(fake: Faker, rng: random.Random) -> Utterance:
    d = a_card(fake, rng)
    u = Utterance().say(rng.choice(["card's ", "it's "])).entity("CREDIT_CARD", rng.choice(
        [" ".join(grp(d, [4] * 4)), ", ".join(words(g) for g in grp(d, [4] * 4))]))
    month, year = rng.randint(1, 12), rng.randint(27, 34)
    text = rng.choice([f"{MONTHS3[month - 1]} '{year}", f"month {words(f'{month:02d}')}, year {tens(year)}",
                       f"{tens(month)} dash {tens(year)}", f"{month:02d} of {year}",
                       f"{MONTHS[month - 1].lower()} twenty {tens(year)}", f"{month:02d} / {year}",
                       f"{tens(month)} {tens(year)}"])
    u.say(rng.choice([", valid thru ", ", good thru ", " and the date on the front is ", ", it runs out ",
                      ". Valid through "]))
    return u.entity("CARD_EXPIRY", text).say(rng.choice(["", ".", ", I think"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_place_values(fake: Faker, rng: random.Random) -> Utterance:
    a, b, c = grp(a_ssn(fake), [3, 2, 4])
    said = f"{place(a, rng)}, {place(b, rng)}, {place(c, rng)}"
    return Utterance().say(rng.choice(["my social is ", "social security, ", "SSN is "])).entity(
        "US_SSN", said).say(rng.choice(["", "."]))


def ssn_homophones(fake: Faker, rng: random.Random) -> Utterance:
    d = a_ssn(fake)
    said = rng.choice([", ", " "]).join(homophones(g, rng) for g in grp(d, [3, 2, 4]))
    return Utterance().say(rng.choice(["my social security number is ", "the social is ", "SSN "])).entity(
        "US_SSN", said).say(rng.choice(["", "."]))


def ssn_stutter(fake: Faker, rng: random.Random) -> Utterance:
    d = a_ssn(fake)
    return Utterance().say(rng.choice(["um my social is ", "it's ", "social security is "])).entity(
        "US_SSN", stutter(", ".join(words(g) for g in grp(d, [3, 2, 4])), rng)).say(rng.choice(["", "."]))


def ssn_scratch_that(fake: Faker, rng: random.Random) -> Utterance:
    d = a_ssn(fake)
    parts = grp(d, [3, 2, 4])
    render = rng.choice([lambda g: g, words])
    k = rng.randint(1, 2)
    return Utterance().say(rng.choice(["my social is ", "SSN, ", "the social security number is "])).entity(
        "US_SSN", restarted([render(g) for g in parts], render(other_digits(parts[k], rng)), k, rng)).say(
        rng.choice(["", "."]))


def ssn_mid_mix(fake: Faker, rng: random.Random) -> Utterance:
    d = a_ssn(fake)
    u = Utterance()
    if rng.random() < 0.5:
        u.say(rng.choice(["And I'll need the social to verify.", "Can I get your social security number?"])).turn()
    return u.say(rng.choice(["yeah it's ", "sure, ", "that's "])).entity(
        "US_SSN", rng.choice([" ", ", "]).join(mid_mix(g, rng) for g in grp(d, [3, 2, 4]))).say(rng.choice(["", "."]))


# Emails -------------------------------------------------------------------------------------------------
def spelled(word_: str) -> str:
    return ", ".join(word_)


def email_capital(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    first = first[:6]

    def caps(w: str) -> str:
        return ", ".join(f"capital {c.upper()}" if i == 0 else c for i, c in enumerate(w))
    local = rng.choice([f"{caps(first)}, dot, {caps(last)}",
                        f"{caps(first)}{rng.choice(['', ', underscore'])}, {spelled(last[:5])}",
                        f"capital {first[0].upper()}, {last}"])
    domain = rng.choice(["gmail dot com", "G mail dot com", "outlook dot com", "hotmail dot co dot uk"])
    return Utterance().say(rng.choice(["it's ", "email, ", "okay so that's "])).entity(
        "EMAIL_ADDRESS", f"{local}, at {domain}").say(rng.choice(["", ".", ", the capitals don't matter"]))


def email_lowercase_nospaces(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    phrases = ["all lowercase", "all lower case", "no spaces", "lowercase, no spaces", "all small letters"]
    local = rng.choice([f"{first} {last}, {rng.choice(phrases)},", f"{first}, {rng.choice(phrases)}, {last}",
                        f"{first} {last} {rng.choice(phrases)}"])
    return Utterance().say(rng.choice(["my email address is ", "send it to ", "it's "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['yahoo', 'gmail', 'icloud', 'aol'])} dot com").say(
        rng.choice(["", ".", " please"]))


def email_at_symbol_full_stop(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    stop = rng.choice(["full stop", "period", "point"])
    at = rng.choice(["the at symbol", "the at sign", "at symbol", "the little at"])
    text = f"{first} {stop} {last}, {at}, {rng.choice(['gmail', 'btinternet', 'outlook'])} {stop} com"
    return Utterance().say(rng.choice(["right, it's ", "email address: ", "that'll be "])).entity(
        "EMAIL_ADDRESS", text).say(rng.choice(["", ".", ", lovely"]))


COUNTRY_DOMAINS = [("co dot uk", "co.uk"), ("com dot au", "com.au"), ("io", "io"), ("ai", "ai"), ("org", "org"),
                   ("co dot nz", "co.nz"), ("org dot uk", "org.uk"), ("ca", "ca"), ("a i", "ai"), ("i o", "io"),
                   ("ie", "ie"), ("co dot za", "co.za")]
STARTUPS = ["brightpath", "lumen", "nimbus", "tidal", "quanta", "fernleaf", "copper", "parcelly", "orbit", "kettle"]


def email_country_domains(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    said_tld, tld = rng.choice(COUNTRY_DOMAINS)
    company = rng.choice([*STARTUPS, fake["en_GB"].last_name().lower()])
    if rng.random() < 0.3:
        text = f"{first}@{company}.{tld}"
    else:
        text = f"{rng.choice([first, first + ' dot ' + last, first[0] + ' ' + last])} at {company} dot {said_tld}"
    return Utterance().say(rng.choice(["my work email is ", "it's ", "you can reach me on "])).entity(
        "EMAIL_ADDRESS", text).say(rng.choice(["", ".", ", that's the company one"]))


def email_split_provider(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    provider = rng.choice(["g mail", "hot mail", "out look", "i cloud", "y mail", "proton mail", "ya hoo", "G-mail",
                           "Hot Mail", "live"])
    return Utterance().say(rng.choice(["email is ", "it's ", "I'm on "])).entity(
        "EMAIL_ADDRESS", f"{first}{rng.choice(['', ' ', ' dot '])}{last} at {provider} dot com").say(
        rng.choice(["", "."]))


def email_half_typed(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook", "hotmail"])
    text = rng.choice([f"{first}.{last} at {provider}.com", f"{first}{last} at {provider} dot com",
                       f"{first} dot {last}@{provider} dot com", f"{first}.{last}@ {provider} dot com",
                       f"{first}_{last} at {provider}.com", f"{first}.{last} at sign {provider}.com"])
    return Utterance().say(rng.choice(["Email ", "It's ", "my email's "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice(["", ".", ". Thanks."]))


def email_year_local(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    year = rng.randint(1955, 2012)
    said = (f"nineteen {tens(year - 1900)}" if year < 2000 else
            rng.choice([f"two thousand {WORDS[year - 2000]}" if year < 2010 else f"twenty {tens(year - 2000)}",
                        f"two thousand and {tens(year - 2000)}"]))
    if rng.random() < 0.3:
        said = tens(year % 100) if year % 100 >= 10 else f"oh {WORDS[year % 10]}"
    return Utterance().say(rng.choice(["it's ", "my email is ", "email, "])).entity(
        "EMAIL_ADDRESS", f"{rng.choice([first, first[0] + last, last + ' ' + first[0]])} {said} at "
                         f"{rng.choice(['aol', 'yahoo', 'hotmail', 'gmail'])} dot com").say(rng.choice(["", "."]))


CONFUSED = {"b": "d", "d": "b", "p": "b", "t": "d", "m": "n", "n": "m", "f": "s", "s": "f", "v": "b", "c": "z",
            "g": "j", "j": "g", "e": "i", "k": "c", "a": "e", "r": "l", "l": "r", "h": "a", "w": "double u"}
AS_IN = {"b": "boy", "d": "dog", "p": "Peter", "t": "Tom", "m": "Mary", "n": "Nancy", "f": "Frank", "s": "Sam",
         "v": "Victor", "c": "cat", "g": "George", "j": "John", "e": "echo", "k": "king", "a": "apple", "r": "Robert",
         "l": "Larry", "h": "house", "w": "William"}


def article(letter: str) -> str:
    return "an" if letter.upper() in "AEFHILMNORSX" else "a"


def email_confirm_letter(fake: Faker, rng: random.Random) -> Utterance:
    """The agent asks "was that a B or a D?" about the initial, then reads the address back; both labelled."""
    while (first := fake["en_US"].first_name().lower())[0] not in CONFUSED:
        pass
    last = fake["en_US"].last_name().lower()
    provider = rng.choice(["gmail", "yahoo", "comcast", "outlook"])
    a, b = first[0], CONFUSED[first[0]]
    pair = [a, b] if rng.random() < 0.5 else [b, a]
    u = Utterance().say(rng.choice(["it's ", "email is ", "sure, "])).entity(
        "EMAIL_ADDRESS", f"{a} {last} at {provider} dot com").say(".").turn()
    u.say(f"Sorry, was that {article(pair[0])} {pair[0].upper()} or {article(pair[1])} {pair[1].upper()}?").turn()
    u.say(rng.choice([f"{a.upper()}, as in {AS_IN[a]}.", f"{a.upper()} like {AS_IN[a]}.", f"It's {a.upper()}."]))
    u.turn().say(rng.choice(["Okay, so ", "Got it, ", "Thank you. That's "]))
    return u.entity("EMAIL_ADDRESS", rng.choice([f"{a}{last}@{provider}.com", f"{a} {last} at {provider} dot com"])
                    ).say(rng.choice(["?", ", correct?", "."]))


# Phones -------------------------------------------------------------------------------------------------
KEYPAD = {c: str(d) for d, letters in enumerate(["", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"])
          for c in letters}
VANITY = ["FLOWERS", "PLUMBER", "LAWYERS", "CARPETS", "DENTIST", "TAXICAB", "GETCASH", "CALLNOW", "MATTRES",
          "GOFEDEX", "HOLIDAY", "BATTERY", "PAYROLL", "ROOFING", "TOWTRUK", "PETCARE", "FIXMYPC", "SAVENOW"]


def phone_vanity(fake: Faker, rng: random.Random) -> Utterance:
    """A toll-free vanity number: the whole run, "1-800" and the letters, is the number (as on the van)."""
    while True:
        prefix, word_ = rng.choice(["800", "888", "877", "866", "855"]), rng.choice(VANITY)
        digits = prefix + "".join(KEYPAD[c] for c in word_)
        if phone_ok("1" + digits):
            break
    text = rng.choice([f"1-{prefix}-{word_}", f"1 {prefix} {word_}", f"{prefix}-{word_}", f"1-{prefix}-{word_.lower()}",
                       f"one {words(prefix[0])} {'hundred' if prefix == '800' else 'double ' + words(prefix[1])} "
                       f"{word_.lower()}", f"1-{prefix}-{word_[:3]}-{word_[3:]}"])
    u = Utterance().say(rng.choice(["just call ", "the number on the ad was ", "you can ring them at "])).entity(
        "PHONE_NUMBER", text)
    if rng.random() < 0.5:
        back = rng.choice([f"1-{prefix}-{digits[3:6]}-{digits[6:]}", f"{prefix} {digits[3:6]} {digits[6:]}",
                           " ".join(words(g) for g in grp(digits, [3, 3, 4]))])
        u.say(rng.choice([", which is ", ", that's ", ". In numbers, "])).entity("PHONE_NUMBER", back)
    return u.say(rng.choice(["", ".", " if you need them"]))


def phone_e164_no_plus(fake: Faker, rng: random.Random) -> Utterance:
    region = rng.choice(["US", "GB", "ES", "DE", "AU"])
    national = a_us_phone(fake) if region == "US" else valid_national(fake, region, {
        "GB": "7#########", "ES": "6########", "DE": "15#########", "AU": "4########"}[region])
    code = str(phonenumbers.country_code_for_region(region))
    full = checked("PHONE_NUMBER", code + national)
    text = rng.choice([full, f"{code} {national}", f"{code} {' '.join(grp(national, [3, 3]))}",
                       f"{words(code)} {words(national)}",
                       f"{words(code)}, {', '.join(words(g) for g in grp(national, [3, 3]))}"])
    return Utterance().say(rng.choice(["on WhatsApp I'm ", "the full international number is ", "my number is ",
                                       "with the country code it's "])).entity("PHONE_NUMBER", text).say(
        rng.choice(["", ".", ", no plus"]))


def phone_place_values(fake: Faker, rng: random.Random) -> Utterance:
    d = a_us_phone(fake)
    a, b, c = grp(d, [3, 3, 4])
    said = f"{place(a, rng) if a[1:] == '00' or rng.random() < 0.5 else words(a)}, {place(b, rng)}, {place(c, rng)}"
    return Utterance().say(rng.choice(["my number is ", "call me at ", "it's "])).entity("PHONE_NUMBER", said).say(
        rng.choice(["", ".", " anytime"]))


def phone_homophones(fake: Faker, rng: random.Random) -> Utterance:
    d = a_us_phone(fake)
    said = rng.choice([", ", " ", " - "]).join(homophones(g, rng) for g in grp(d, [3, 3, 4]))
    return Utterance().say(rng.choice(["my cell is ", "best number is ", "you can text "])).entity(
        "PHONE_NUMBER", said).say(rng.choice(["", "."]))


def phone_stutter(fake: Faker, rng: random.Random) -> Utterance:
    d = a_us_phone(fake)
    return Utterance().say(rng.choice(["it's uh ", "my number, ", "phone is "])).entity(
        "PHONE_NUMBER", stutter(", ".join(words(g) for g in grp(d, [3, 3, 4])), rng)).say(rng.choice(["", "."]))


def phone_scratch_that(fake: Faker, rng: random.Random) -> Utterance:
    d = a_us_phone(fake)
    parts = grp(d, [3, 3, 4])
    render = rng.choice([lambda g: g, words])
    k = rng.randint(1, 2)
    return Utterance().say(rng.choice(["call me on ", "my number is ", "the cell is "])).entity(
        "PHONE_NUMBER", restarted([render(g) for g in parts], render(other_digits(parts[k], rng)), k, rng)).say(
        rng.choice(["", "."]))


def phone_mid_mix(fake: Faker, rng: random.Random) -> Utterance:
    d = a_us_phone(fake)
    a, b, c = grp(d, [3, 3, 4])
    text = rng.choice([f"({a}) {mid_mix(b, rng)} {mid_mix(c, rng)}", " ".join(mid_mix(g, rng) for g in (a, b, c)),
                       f"{a}-{b} {mid_mix(c, rng)}"])
    return Utterance().say(rng.choice(["number's ", "reach me at ", "it's "])).entity("PHONE_NUMBER", text).say(
        rng.choice(["", "."]))


def phone_ireland_letter_o(fake: Faker, rng: random.Random) -> Utterance:
    """Irish numbers, the zeros written as the letter O by the engine ("O 8 7"), or said "oh"."""
    national = valid_national(fake, "IE", rng.choice(["83#######", "85#######", "86#######", "87#######",
                                                      "89#######", "1#######"]))
    trunk = "0" + national
    parts = grp(trunk, [3, 3, 4]) if national[0] == "8" else grp(trunk, [2, 3, 4])
    text = rng.choice([" ".join(p.replace("0", "O") for p in parts), ", ".join(words(p) for p in parts),
                       "O" + trunk[1:], ", ".join(" ".join("O" if c == "0" else c for c in p) for p in parts),
                       f"plus three five three, {', '.join(words(p) for p in grp(national, [2, 3, 4]))}"])
    return Utterance().say(rng.choice(["me mobile is ", "the number here in Dublin is ", "it's "])).entity(
        "PHONE_NUMBER", text).say(rng.choice(["", ".", ", grand"]))


def phone_parenthesized_said(fake: Faker, rng: random.Random) -> Utterance:
    """The area code in brackets, the rest said: engines write the part they recognize as a code typed."""
    d = a_us_phone(fake)
    a, b, c = grp(d, [3, 3, 4])
    text = rng.choice([f"({a}) {words(b)} {words(c)}", f"({a}) {b} {hyphen_pairs(c)}", f"({words(a)}) {b}-{c}",
                       f"({a}){b}-{c}", f"( {a} ) {b} {c}"])
    return Utterance().say(rng.choice(["Phone: ", "my number is ", "It's "])).entity("PHONE_NUMBER", text).say(
        rng.choice(["", "."]))


# IBANs --------------------------------------------------------------------------------------------------
PAUSES = ["eh", "ehm", "...", "how you say,", "uh...", "momento,", "a moment,", "eh, wait,"]


def iban_non_native(fake: Faker, rng: random.Random) -> Utterance:
    """A non-native speaker, slow, with pauses; a long pause sometimes ends the engine's segment."""
    value = an_iban(fake, rng, ["de_DE", "es_ES", "fr_FR", "it_IT", "nl_NL", "pt_PT", "pl_PL"])
    chunks4 = [value[i:i + 4] for i in range(0, len(value), 4)]

    def say4(g: str) -> str:
        return " ".join(c.upper() if c.isalpha() else word(c) for c in g)
    said = [say4(g) for g in chunks4]
    for _ in range(rng.randint(2, 4)):
        k = rng.randint(1, len(said) - 1)
        said[k] = f"{rng.choice(PAUSES)} {said[k]}"
    u = Utterance().say(rng.choice(["My IBAN, it is ", "Yes, the IBAN is ", "So, eh, the IBAN: "]))
    if rng.random() < 0.5:
        cut = rng.randint(2, len(said) - 2)
        u.entity("IBAN_CODE", ", ".join(said[:cut])).say("...").turn()
        return u.entity("IBAN_CODE", ", ".join(said[cut:])).say(rng.choice([".", ". Is okay?"]))
    return u.entity("IBAN_CODE", ", ".join(said)).say(rng.choice([".", "", ". That is all."]))


def iban_hyphen_pairs(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["en_GB", "en_IE", "de_DE", "nl_NL", "fr_FR", "es_ES"])
    out = [f"{value[0]} {value[1]} {tens(int(value[2:4])) if value[2] != '0' else words(value[2:4])}"]
    rest = value[4:]
    for i in range(0, len(rest), 4):
        g = rest[i:i + 4]
        out.append(" ".join(g) if not g.isdigit() else hyphen_pairs(g))
    return Utterance().say(rng.choice(["the IBAN is ", "IBAN, ", "it's "])).entity(
        "IBAN_CODE", rng.choice([", ", " "]).join(out)).say(rng.choice(["", "."]))


def iban_homophones(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "es_ES", "fr_FR"])
    letter = {"D": "dee", "E": "ee", "S": "ess", "N": "en", "L": "el", "F": "eff", "R": "are", "B": "bee"}
    out = []
    for i in range(0, len(value), 4):
        g = value[i:i + 4]
        out.append(" ".join((letter.get(c, c) if rng.random() < 0.5 else c) if c.isalpha() else homophones(c, rng)
                            if c in HOMOPHONES and rng.random() < 0.4 else words(c) for c in g))
    return Utterance().say(rng.choice(["IBAN ", "the account IBAN is ", "so it's "])).entity(
        "IBAN_CODE", ", ".join(out)).say(rng.choice(["", "."]))


def iban_scratch_that(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "es_ES", "fr_FR", "it_IT"])
    parts = [value[i:i + 4] for i in range(0, len(value), 4)]
    k = rng.randint(2, len(parts) - 2)
    while not (g := parts[k]).isdigit():
        k = rng.randint(2, len(parts) - 1)
    render = rng.choice([lambda s: s, lambda s: " ".join(c if c.isalpha() else word(c) for c in s)])
    said = restarted([render(p) for p in parts], render(other_digits(g, rng)), k, rng)
    return Utterance().say(rng.choice(["my IBAN is ", "IBAN: ", "transfer it to "])).entity("IBAN_CODE", said).say(
        rng.choice(["", "."]))


def iban_typed_spacing(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "en_GB", "es_ES", "fr_FR", "it_IT", "en_IE"])
    text = rng.choice([f"{value[:2]} {value[2:4]} {value[4:]}", f"{value[:4]} {value[4:]}",
                       f"{value[:2]}-{value[2:4]}-{value[4:]}", f"{value[:2].capitalize()}{value[2:]}",
                       " ".join(value[i:i + 4] for i in range(0, len(value), 4)).replace(" ", "  ", 2),
                       "-".join(value[i:i + 4] for i in range(0, len(value), 4))])
    return Utterance().say(rng.choice(["IBAN ", "Iban: ", "the IBAN is "])).entity("IBAN_CODE", text).say(
        rng.choice(["", "."]))


# National ids -------------------------------------------------------------------------------------------
LETTER_HOMOPHONES = {"A": "a", "B": "be", "C": "see", "E": "e", "G": "gee", "H": "age", "J": "jay", "K": "kay",
                     "L": "el", "M": "em", "N": "en", "P": "pea", "R": "are", "S": "es", "T": "tea", "W": "double you",
                     "X": "ex", "Y": "why", "Z": "zed"}


def nino_homophones(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)

    def let(c: str) -> str:
        return LETTER_HOMOPHONES.get(c, c) if rng.random() < 0.7 else c
    said = f"{let(v[0])} {let(v[1])}, {homophones(v[2:8], rng)}, {let(v[8])}"
    return Utterance().say(rng.choice(["national insurance number is ", "my NI number's ", "NI: "])).entity(
        "UK_NINO", said).say(rng.choice(["", "."]))


def nino_place_values(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    body = rng.choice([" ".join(place(g, rng) for g in grp(v[2:8], [2, 2, 2])),
                       ", ".join(place(g, rng) for g in grp(v[2:8], [3, 3]))])
    return Utterance().say(rng.choice(["my national insurance is ", "NI number, ", "it's "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {body}, {v[8]}").say(rng.choice(["", ".", " I believe"]))


def nino_agent_confirms(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    u = Utterance().say(rng.choice(["it's ", "NI number is "])).entity(
        "UK_NINO", f"{v[0]} {v[1]} {words(v[2:8])} {v[8]}").say(".").turn()
    pos = rng.choice([1, 8])
    real = v[pos]
    other = {"B": "D", "D": "B", "P": "B", "T": "P", "M": "N", "N": "M", "C": "Z", "A": "H", "S": "F"}.get(real, "E")
    u.say(f"Sorry, the {'second letter' if pos == 1 else 'last letter'}, was that {article(real)} {real} or "
          f"{article(other)} {other}?" if rng.random() < 0.5 else
          f"Was that {article(other)} {other} or {article(real)} {real} {'second' if pos == 1 else 'at the end'}?")
    u.turn().say(rng.choice([f"{real}.", f"{real}, {AS_IN.get(real.lower(), 'like it sounds')}.", f"It's {real}."]))
    u.turn().say(rng.choice(["Lovely, so I have ", "Thanks, that's ", "Okay, "]))
    return u.entity("UK_NINO", rng.choice([f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", v,
                                           f"{v[0]} {v[1]} {words(v[2:8])} {v[8]}"])).say(
        rng.choice([".", "?", ", correct?"]))


def dni_place_values(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nif(fake)
    body = ", ".join(place(g, rng) for g in grp(v[:8], [2, 3, 3]))
    return Utterance().say(rng.choice(["my DNI is ", "DNI, ", "the DNI number is "])).entity(
        "ES_NIF", f"{body}, {rng.choice(['', 'letter ', 'and the letter '])}{v[8]}").say(rng.choice(["", "."]))


def dni_agent_confirms(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nif(fake)
    u = Utterance().say(rng.choice(["DNI ", "my DNI is "])).entity(
        "ES_NIF", f"{' '.join(words(g) for g in grp(v[:8], [4, 4]))}, {v[8]}").say(".").turn()
    if rng.random() < 0.5:
        u.say(f"Is that {v[8]} as in {AS_IN.get(v[8].lower(), 'the letter')}?").turn().say(
            rng.choice(["Yes.", f"{v[8]}, yes.", "That's right."])).turn()
    else:
        u.say("Sorry, and the letter at the end?").turn().say(rng.choice([f"{v[8]}.", f"It's {v[8]}."])).turn()
    u.say(rng.choice(["So the DNI is ", "I have ", "Okay, "]))
    return u.entity("ES_NIF", rng.choice([v, f"{v[:8]} {v[8]}", f"{v[:8]}-{v[8]}"])).say(rng.choice([".", "?"]))


def dni_scratch_that(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nif(fake)
    parts = grp(v[:8], [2, 3, 3])
    k = rng.randint(1, 2)
    render = rng.choice([lambda g: g, words])
    said = restarted([render(p) for p in parts], render(other_digits(parts[k], rng)), k, rng) + f", {v[8]}"
    return Utterance().say(rng.choice(["DNI ", "el DNI es ", "my DNI number is "])).entity("ES_NIF", said).say(
        rng.choice(["", "."]))


def nie_place_values(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nie(fake)
    body = ", ".join(place(g, rng) for g in grp(v[1:8], [3, 4]))
    return Utterance().say(rng.choice(["my NIE is ", "NIE number, ", "el NIE: "])).entity(
        "ES_NIE", f"{v[0]}, {body}, {v[8]}").say(rng.choice(["", "."]))


def nie_readback_typed(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nie(fake)
    u = Utterance().say(rng.choice(["NIE ", "my NIE is "])).entity(
        "ES_NIE", f"{v[0]} {words(v[1:8], 'zero')} {v[8]}").say(".").turn()
    u.say(rng.choice(["Okay, I'm typing it in: ", "So I've entered ", "Reading back, "]))
    return u.entity("ES_NIE", rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}", v.lower(), f"{v[0]} {v[1:8]} {v[8]}"])).say(
        rng.choice([". Right?", ", yes?", "."]))


def nie_stutter(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nie(fake)
    return Utterance().say(rng.choice(["NIE is ", "um my NIE, "])).entity(
        "ES_NIE", f"{v[0]}, {stutter(words(v[1:8]), rng)}, {v[8]}").say(rng.choice(["", "."]))


FAMILIES = {
    "card/v7-place-values": card_place_values, "card/v7-hyphen-pairs": card_hyphen_pairs,
    "card/v7-homophones": card_homophones, "card/v7-mid-group-mix": card_mid_mix, "card/v7-stutter": card_stutter,
    "card/v7-scratch-that": card_scratch_that, "card/v7-child-reads": card_child_reads,
    "card/v7-typed-punctuation": card_typed_punctuation, "card/v7-expiry-thru": card_expiry_thru,
    "ssn/v7-place-values": ssn_place_values, "ssn/v7-homophones": ssn_homophones, "ssn/v7-stutter": ssn_stutter,
    "ssn/v7-scratch-that": ssn_scratch_that, "ssn/v7-mid-group-mix": ssn_mid_mix,
    "email/v7-capital": email_capital, "email/v7-lowercase-no-spaces": email_lowercase_nospaces,
    "email/v7-at-symbol-full-stop": email_at_symbol_full_stop, "email/v7-country-domains": email_country_domains,
    "email/v7-split-provider": email_split_provider, "email/v7-half-typed": email_half_typed,
    "email/v7-year-local": email_year_local, "email/v7-confirm-letter": email_confirm_letter,
    "phone/v7-vanity": phone_vanity, "phone/v7-e164-no-plus": phone_e164_no_plus,
    "phone/v7-place-values": phone_place_values, "phone/v7-homophones": phone_homophones,
    "phone/v7-stutter": phone_stutter, "phone/v7-scratch-that": phone_scratch_that,
    "phone/v7-mid-group-mix": phone_mid_mix, "phone/v7-ireland-letter-o": phone_ireland_letter_o,
    "phone/v7-parenthesized-said": phone_parenthesized_said,
    "iban/v7-non-native": iban_non_native, "iban/v7-hyphen-pairs": iban_hyphen_pairs,
    "iban/v7-homophones": iban_homophones, "iban/v7-scratch-that": iban_scratch_that,
    "iban/v7-typed-spacing": iban_typed_spacing,
    "nino/v7-homophones": nino_homophones, "nino/v7-place-values": nino_place_values,
    "nino/v7-agent-confirms": nino_agent_confirms,
    "dni/v7-place-values": dni_place_values, "dni/v7-agent-confirms": dni_agent_confirms,
    "dni/v7-scratch-that": dni_scratch_that,
    "nie/v7-place-values": nie_place_values, "nie/v7-readback-typed": nie_readback_typed,
    "nie/v7-stutter": nie_stutter,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
SAID = {"card/v7-mid-group-mix": "mixed", "card/v7-scratch-that": "mixed", "card/v7-typed-punctuation": "typed",
        "card/v7-expiry-thru": "mixed", "ssn/v7-scratch-that": "mixed", "ssn/v7-mid-group-mix": "mixed",
        "email/v7-country-domains": "mixed", "email/v7-half-typed": "mixed", "email/v7-confirm-letter": "mixed",
        "phone/v7-vanity": "mixed", "phone/v7-e164-no-plus": "mixed", "phone/v7-scratch-that": "mixed",
        "phone/v7-mid-group-mix": "mixed", "phone/v7-ireland-letter-o": "mixed",
        "phone/v7-parenthesized-said": "mixed", "iban/v7-scratch-that": "mixed", "iban/v7-typed-spacing": "typed",
        "iban/v7-hyphen-pairs": "mixed", "iban/v7-non-native": "mixed", "iban/v7-homophones": "mixed",
        "nino/v7-homophones": "mixed", "nino/v7-place-values": "mixed", "nino/v7-agent-confirms": "mixed",
        "dni/v7-place-values": "mixed", "dni/v7-agent-confirms": "mixed", "dni/v7-scratch-that": "mixed",
        "nie/v7-place-values": "mixed", "nie/v7-readback-typed": "mixed", "nie/v7-stutter": "mixed"}


# Look-alikes ----------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    good = luhn_fix(fake.numerify(rng.choice(["4", "5", "6"]) + "#" * (length - 2)))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def _invoices(fake: Faker, rng: random.Random) -> list[str]:
    n = fake.numerify("#####")
    return [rng.choice([f"invoice INV-{rng.randint(2019, 2026)}-{n} is overdue",
                        f"your reference is {hyphen_pairs(fake.numerify('%#######'))}, keep it for your records",
                        f"quote number {place(fake.numerify('%###'), rng)} dash {place(fake.numerify('%###'), rng)}",
                        f"PO {fake.numerify('45########')} was approved on Tuesday",
                        f"the claim reference is {' '.join(grp(luhn_bad(fake, rng), [4] * 4))}"])]


def _amounts(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"the balance is {thousands(rng.randint(1100, 9999), rng)} dollars",
                        f"it came to {tens(rng.randint(21, 99))} {tens(rng.randint(10, 99))}",
                        f"you paid {hundreds(rng.randint(100, 999), rng)} pounds and {tens(rng.randint(1, 99))} p",
                        f"that's ${rng.randint(1, 9)},{fake.numerify('###')}.{fake.numerify('##')} total",
                        f"a refund of {fake.numerify('#,###')} euros, minus a {rng.randint(2, 30)} euro fee"])]


def _dates_times(fake: Faker, rng: random.Random) -> list[str]:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return [rng.choice([f"delivery on {MONTHS[month - 1]} {tens(day)} between {tens(rng.randint(1, 11))} and "
                        f"{tens(rng.randint(1, 12))} thirty", f"I called at {rng.randint(1, 12)}:{fake.numerify('%#')} "
                        f"on {month:02d}/{day:02d}/{rng.randint(2020, 2026)}",
                        "the outage was from twenty-one hundred to oh four hundred hours",
                        f"{tens(rng.randint(1, 12))} {tens(rng.randint(10, 59))} on {MONTHS3[month - 1]} {day}"])]


def _addresses(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"I live at {thousands(rng.randint(1100, 9999), rng)} {fake['en_US'].street_name()}",
                        f"{fake['en_US'].building_number()} {fake['en_US'].street_name()}, apartment "
                        f"{rng.randint(1, 40)}{rng.choice('ABCD')}, {fake['en_US'].city()} {fake['en_US'].zipcode()}",
                        f"it's unit {rng.randint(1, 30)}, {hundreds(rng.randint(100, 999), rng)} "
                        f"{fake['en_GB'].street_name()}",
                        f"PO Box {fake.numerify('####')}, suite {fake.numerify('###')}"])]


def _measurements(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"he's {WORDS[rng.randint(4, 6)]} foot {tens(rng.randint(1, 11))}, about "
                        f"{hundreds(rng.randint(120, 260), rng)} pounds",
                        f"the room is {tens(rng.randint(10, 30))} by {tens(rng.randint(10, 30))} feet",
                        f"tyres are {rng.choice(['205', '225', '245'])}/{rng.choice(['45', '55', '65'])} R"
                        f"{rng.choice(['16', '17', '18'])}",
                        f"the box is {rng.randint(10, 99)} x {rng.randint(10, 99)} x {rng.randint(10, 99)} cm, "
                        f"{rng.randint(1, 30)}.{rng.randint(0, 9)} kg"])]


def _skus_versions(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"SKU {fake.numerify('####-####-###')} is out of stock",
                        f"item number {fake.bothify('??-####-##').upper()}",
                        f"you're on version {rng.randint(1, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}, "
                        f"update to {rng.randint(20, 30)}.{rng.randint(0, 4)}",
                        f"build {fake.numerify('#####')}.{fake.numerify('####')} fixed it",
                        f"firmware {tens(rng.randint(1, 9))} point {tens(rng.randint(0, 20))} point "
                        f"{tens(rng.randint(0, 99))}",
                        f"model number {fake.bothify('??####??').upper()}-{fake.numerify('###')}"])]


def _lottery(fake: Faker, rng: random.Random) -> list[str]:
    picks = sorted(rng.sample(range(1, 70), 5))
    return [rng.choice([f"powerball numbers {' '.join(f'{n:02d}' for n in picks)} and the powerball "
                        f"{rng.randint(1, 26)}", f"I played {', '.join(tens(n) for n in picks)}, same as every week",
                        f"bingo, {rng.choice('BINGO')} {tens(picks[0])}, {rng.choice('BINGO')} {tens(picks[1])}"])]


def _account_not_card(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"my account number, not the card, is {' '.join(grp(luhn_bad(fake, rng), [4] * 4))}",
                        f"that's the member ID, {fake.numerify('##########')}, it's not a credit card",
                        f"the loyalty card number is {words(luhn_bad(fake, rng))}",
                        f"customer number {fake.numerify('%########')}, that's the account, not my social",
                        # A whole account number beside its sort code was drawn here until 2026-12-05: an account
                        # number is personal data to redact, whatever its country; its last four are not.
                        f"my bank account number ends in {fake.numerify('########')[-4:]} and the sort code is "
                        f"{fake.numerify('##-##-##')}"])]


def _masked(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"the card ending in {fake.numerify('####')} was declined",
                        f"XXXX-XXXX-XXXX-{fake.numerify('####')}",
                        f"your social on file is ***-**-{fake.numerify('####')}",
                        f"we'll text the number ending {words(fake.numerify('####'))}",
                        f"the IBAN ending in {fake.numerify('####')}",
                        f"card **** **** **** {fake.numerify('####')}, exp **/**"])]


def _bad_checksums(fake: Faker, rng: random.Random) -> list[str]:
    iban = fake[rng.choice(["de_DE", "nl_NL", "es_ES"])].iban()
    bad_iban = iban[:2] + f"{(int(iban[2:4]) + rng.randint(1, 9)) % 100:02d}" + iban[4:]
    while iban_ok(bad_iban):
        bad_iban = iban[:2] + f"{rng.randint(2, 98):02d}" + iban[4:]
    nif = fake["es_ES"].nif()
    bad_nif = nif[:8] + DNI_LETTERS[(DNI_LETTERS.index(nif[8]) + rng.randint(1, 22)) % 23]
    card = luhn_bad(fake, rng)
    return [rng.choice([f"that IBAN, {bad_iban}, was rejected",
                        f"the DNI {bad_nif} doesn't validate",
                        f"card {place(card[:4], rng)} {' '.join(grp(card[4:], [4] * 3))}",
                        f"the test SSN {rng.choice(['000', '666', '9' + fake.numerify('##')])}-{fake.numerify('%#')}-"
                        f"{fake.numerify('%###')} isn't issued",
                        f"card number {words(luhn_bad(fake, rng))} came back invalid"])]


def _homophone_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["I ate at eight, then went to the shop for two or four things",
                        "we won one, lost two, too bad for us, and ate after",
                        "for two weeks I've been waiting for four forms to arrive",
                        "oh, oh, oh, I see, too late to call, for sure",
                        f"table for {WORDS[rng.randint(2, 8)]} at {WORDS[rng.randint(5, 9)]}, and two high chairs "
                        "too"])]


def _uk_es_codes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"my postcode is {fake['en_GB'].postcode()}",
                        f"the car reg is {fake.bothify('??## ???').upper()}",
                        f"the company's CIF is B{fake.numerify('########')}",
                        f"código postal {fake['es_ES'].postcode()}, Madrid",
                        f"the VAT number is GB {fake.numerify('### #### ##')}",
                        f"sort code {words(fake.numerify('######'))}"])]


def _phone_lookalikes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"press {WORDS[rng.randint(1, 9)]}, then {WORDS[rng.randint(1, 9)]}, then the pound key",
                        f"serial number 123-{fake.numerify('###-####')} on the back of the router",
                        f"room {fake.numerify('%##')}, extension {fake.numerify('%###')}",
                        f"the meeting ID is {fake.numerify('### #### ####')} and the passcode "
                        f"{fake.numerify('######')}",
                        f"open {WORDS[rng.randint(7, 9)]} to {WORDS[rng.randint(4, 6)]}, Monday to Friday, "
                        f"{WORDS[rng.randint(1, 9)]} {TENS[rng.randint(2, 9)]} on Saturdays"])]


def _id_lookalikes(fake: Faker, rng: random.Random) -> list[str]:
    staff = fake.numerify("########")
    return [rng.choice([f"the booking reference is {fake.bothify('??######?').upper()}, not my national insurance",
                        f"my employee number is {staff}{rng.choice([c for c in 'ABCD' if not nif_ok(staff + c)])}",
                        f"the form is {fake.bothify('??-###-?').upper()}, page {rng.randint(2, 9)}",
                        f"tax year {rng.randint(2019, 2025)} to {rng.randint(2026, 2027)}, code "
                        f"{fake.numerify('####')}L",
                        f"case number X{fake.numerify('#######')}, it's a ticket, not an NIE"])]


def _at_dot_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["I'll be at the office, period, no more calls today",
                        "email me at your convenience, full stop",
                        f"meet me at {fake['en_US'].last_name()}'s place dot dot dot you know the one",
                        "the website is capital one dot com slash help, no at anything",
                        "send the forms, all lowercase is fine, no spaces in the file name",
                        f"we're at {tens(rng.randint(20, 99))} percent, dot point something"])]


NEGATIVE_FAMILIES = {
    "negative/v7-invoices-references": _invoices, "negative/v7-amounts": _amounts,
    "negative/v7-dates-times": _dates_times, "negative/v7-addresses": _addresses,
    "negative/v7-measurements": _measurements, "negative/v7-skus-versions": _skus_versions,
    "negative/v7-lottery": _lottery, "negative/v7-account-not-card": _account_not_card,
    "negative/v7-masked": _masked, "negative/v7-bad-checksums": _bad_checksums,
    "negative/v7-homophone-talk": _homophone_talk, "negative/v7-uk-es-codes": _uk_es_codes,
    "negative/v7-at-dot-talk": _at_dot_talk, "negative/v7-phone-lookalikes": _phone_lookalikes,
    "negative/v7-id-lookalikes": _id_lookalikes,
}


def held_out() -> frozenset[str]:
    """The whole batch: it was written as a held-out batch, blind, not drawn from (retired on 2026-12-05: the
    corpus no longer holds it out)."""
    return frozenset([*FAMILIES, *NEGATIVE_FAMILIES])

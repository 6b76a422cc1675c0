"""The sixth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them, from how callers and agents say these things and
how speech engines write them; the earlier batches were read only for their format, their labelling
conventions and to avoid their phrasings. New here: an agent reading a value back (both readings labelled), a
caller saying it twice unasked, one digit corrected in passing ("no wait, seven"), the agent prompting for
each group, 2-series Mastercards, Amex read in fours, numbers cut into the odd chunks an engine's pauses make,
slow dictation that Whisper writes as sentences ("Four. Five."), "nought" in cards, expiries asked for in a
turn of their own or run together ("exp 0629"); SSNs read back, corrected, run together after "SS#", said
group by named group or over three turns; emails spelled "n as in Nancy", with double letters ("a double l e
n"), plus-addressing, subdomains, "arroba" and "punto", an engine's stray spaces around "@", ISP domains;
phones in the habits of the UK (landlines with "oh"), Spain (pairs), Germany ("(0)", "/"), India (five and
five), Mexico, Australia, typed E.164 forms, read back, corrected, ending in "hundred", two in a row, an
office number before its extension (the extension not labelled, as in the earlier batches); IBANs of other
countries, with an Italian CIN letter, letters "as in" common words, odd chunks, read back; NINOs, DNIs and
NIEs in Spanish letter names, read back, with leading zeros, over two turns. Look-alikes: tracking numbers,
Luhn-invalid sixteen-digit references, money, times and durations, dates, software builds, flights, addresses
with ZIP+4, policy and claim numbers, SKUs, masked cards, handles and file names, network identifiers (an IMEI
passes Luhn), checksums that fail, short codes, small numbers listed one after another.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Utterance; a
look-alike family's a function (Faker, Random) -> list of segments. Family names carry "v6-"."""

import random
import unicodedata

import phonenumbers
from faker import Faker
from families import MONTHS, NATO, a_nino, an_iban, card_digits, names, ssn_digits, us_number
from speech import TEENS, WORDS, Utterance, digit_words, groups, pair_words

AGENT_ACKS = ["Okay.", "Mm-hm.", "Got it.", "Yep, go ahead.", "Alright.", "Yes.", "Okay, I'm with you."]
READBACK_LEADS = ["Let me read that back to you: ", "Okay, so I have ", "Just to confirm, that's ",
                  "So that's ", "I'm going to repeat it back: ", "Alright, I've got "]
READBACK_TAILS = [", is that correct?", ". Is that right?", "?", ", correct?", ". Did I get that right?"]
CONFIRMS = ["Yes, that's right.", "Yep.", "Correct.", "That's it.", "Yes.", "Uh-huh, that's correct."]
CORRECTIONS = ["no wait,", "no, sorry,", "sorry, not {wrong},", "oops,", "actually,", "I mean", "no no,",
               "correction,"]
# How people without the NATO alphabet clarify a letter on the phone.
AS_IN = {"A": ["apple", "Adam"], "B": ["boy", "Bob"], "C": ["cat", "Charlie"], "D": ["dog", "David"],
         "E": ["Edward", "egg"], "F": ["Frank", "fox"], "G": ["George", "girl"], "H": ["Henry", "house"],
         "I": ["ice", "Ida"], "J": ["John", "Jack"], "K": ["king", "Kate"], "L": ["Larry", "lion"],
         "M": ["Mary", "Mike"], "N": ["Nancy", "Nora"], "O": ["orange", "Oscar"], "P": ["Peter", "Paul"],
         "Q": ["queen", "quick"], "R": ["Robert", "red"], "S": ["Sam", "sugar"], "T": ["Tom", "tiger"],
         "U": ["umbrella", "uncle"], "V": ["Victor", "van"], "W": ["William", "water"], "X": ["x-ray", "Xavier"],
         "Y": ["yellow", "yes"], "Z": ["zebra", "zoo"]}
SPANISH_LETTERS = {"A": "a", "B": "be", "C": "ce", "D": "de", "E": "e", "F": "efe", "G": "ge", "H": "hache",
                   "J": "jota", "K": "ka", "L": "ele", "M": "eme", "N": "ene", "P": "pe", "Q": "cu", "R": "erre",
                   "S": "ese", "T": "te", "V": "uve", "W": "uve doble", "X": "equis", "Y": "i griega", "Z": "zeta"}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_complete(body: str) -> str:
    """`body` with the check digit that makes it pass Luhn."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(digits: str) -> bool:
    return luhn_complete(digits[:-1]) == digits


def mastercard_two(fake: Faker, rng: random.Random) -> str:
    return luhn_complete(str(rng.randint(2221, 2720)) + fake.numerify("#" * 11))


def as_in(rng: random.Random, letter: str) -> str:
    """A letter made clear by a word: mostly an everyday word ("n as in Nancy"), sometimes the NATO one."""
    word = NATO[letter.upper()] if rng.random() < 0.25 else rng.choice(AS_IN[letter.upper()])
    return f"{letter.lower() if rng.random() < 0.6 else letter.upper()} {rng.choice(['as in', 'for', 'like'])} {word}"


def nought(rng: random.Random, digits: str) -> str:
    """Digit words the British way: "nought" or "oh" for zero, "double" where a digit repeats."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = rng.choice(["nought", "oh"]) if d == "0" else WORDS[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def chunks(rng: random.Random, digits: str, low: int = 2, high: int = 5) -> list[str]:
    """The digits cut where an engine's pauses fall: chunks of random sizes."""
    out, i = [], 0
    while i < len(digits):
        size = rng.randint(low, high)
        out.append(digits[i:i + size])
        i += size
    if len(out) > 1 and len(out[-1]) == 1:
        last = out.pop()
        out[-1] += last
    return out


def hundred_words(group: str) -> str:
    """Four digits the way a last group is said when it allows: "twelve hundred", "two thousand"."""
    if group[1:] == "000":
        return f"{WORDS[int(group[0])]} thousand"
    if group[2:] == "00":
        head = group[:2]
        return f"{TEENS[int(head[1])] if head[0] == '1' else pair_words(head)} hundred"
    return pair_words(group)


def readback(u: Utterance, type_: str, text: str, rng: random.Random) -> Utterance:
    """The agent's turn reading the value back, then the caller's confirmation."""
    u.turn().say(rng.choice(READBACK_LEADS)).entity(type_, text).say(rng.choice(READBACK_TAILS))
    return u.turn().say(rng.choice(CONFIRMS))


def corrected(rng: random.Random, digits: str, render) -> str:
    """The digits rendered with one of them said wrong first, then put right in passing."""
    k = rng.randint(2, len(digits) - 3)
    wrong = str((int(digits[k]) + rng.randint(1, 9)) % 10)
    head, right, tail = render(digits[:k]), render(digits[k]), render(digits[k + 1:])
    phrase = rng.choice(CORRECTIONS).format(wrong=render(wrong))
    return f"{head} {render(wrong)}, {phrase} {right} {tail}".replace(" ,", ",")


def words(digits: str) -> str:
    return " ".join("oh" if d == "0" else WORDS[int(d)] for d in digits)


def zero_words(digits: str) -> str:
    return " ".join(WORDS[int(d)] for d in digits)


# Cards --------------------------------------------------------------------------------------------------
def card_agent_readback(fake: Faker, rng: random.Random) -> Utterance:
    d = card_digits(fake["en_US"], rng)
    said = rng.choice([" ".join(groups(d, [4] * 4)), ", ".join(digit_words(rng, g) for g in groups(d, [4] * 4))])
    u = Utterance().say(rng.choice(["Yeah, the card number is ", "It's ", "okay the long number is "])).entity(
        "CREDIT_CARD", said).say(".")
    back = rng.choice([" ".join(groups(d, [4] * 4)), "-".join(groups(d, [4] * 4)),
                       " ".join(words(g) for g in groups(d, [4] * 4))])
    return readback(u, "CREDIT_CARD", back, rng)


def card_correction_digit(fake: Faker, rng: random.Random) -> Utterance:
    d = card_digits(fake["en_US"], rng)
    render = rng.choice([words, lambda s: " ".join(s)])
    return Utterance().say(rng.choice(["the card is ", "it's ", "card number "])).entity(
        "CREDIT_CARD", corrected(rng, d, render)).say(rng.choice(["", ".", ", sorry about that"]))


def card_mastercard_two_series(fake: Faker, rng: random.Random) -> Utterance:
    d = mastercard_two(fake, rng)
    text = rng.choice([" ".join(groups(d, [4] * 4)), d, ", ".join(pair_words(g) for g in groups(d, [4] * 4)),
                       " ".join(digit_words(rng, g) for g in groups(d, [4] * 4)),
                       f"{pair_words(d[:4])} {' '.join(groups(d[4:], [4] * 3))}"])
    return Utterance().say(rng.choice(["it's a Mastercard, ", "my mastercard number is ", "the new card is ",
                                       "Mastercard: "])).entity("CREDIT_CARD", text).say(rng.choice(["", ".", " yeah"]))


def card_amex_fours(fake: Faker, rng: random.Random) -> Utterance:
    """An Amex read in fours, as a caller used to other cards reads it, the last group of three."""
    d = fake["en_US"].credit_card_number("amex")
    parts = [digit_words(rng, g) for g in groups(d, [4, 4, 4, 3])]
    joined = rng.choice([", ".join(parts), " ".join(parts), f"{', '.join(parts[:3])} and {parts[3]}"])
    return Utterance().say(rng.choice(["American Express, it's ", "amex card ", "the number on the amex is "])).entity(
        "CREDIT_CARD", joined).say(rng.choice(["", ".", " that's fifteen digits"]))


def card_odd_chunks(fake: Faker, rng: random.Random) -> Utterance:
    d = fake["en_US"].credit_card_number(rng.choice(["visa13", "visa16", "visa19", "mastercard", "discover", "jcb16"]))
    return Utterance().say(rng.choice(["Card number is ", "Yeah it's ", "Um, ", "The card is "])).entity(
        "CREDIT_CARD", " ".join(chunks(rng, d))).say(rng.choice([".", "", "?"]))


def card_agent_prompts(fake: Faker, rng: random.Random) -> Utterance:
    """The agent asking for each group of four in turn; each group in the caller's own turn."""
    d = card_digits(fake["en_US"], rng)
    prompts = ["And the next four?", "Okay, next four.", "Mm-hm, and then?", "Go ahead.", "And the last four?"]
    u = Utterance().say("Can you give me the first four digits on the card?").turn()
    for index, part in enumerate(groups(d, [4] * 4)):
        if index:
            u.turn().say(prompts[4] if index == 3 and rng.random() < 0.7 else rng.choice(prompts[:4])).turn()
        u.say(rng.choice(["", "", "it's ", "um ", "yeah "])).entity(
            "CREDIT_CARD", rng.choice([part, words(part), digit_words(rng, part)])).say(rng.choice(["", "."]))
    return u


def card_british_nought(fake: Faker, rng: random.Random) -> Utterance:
    while "0" not in (d := card_digits(fake["en_US"], rng)):
        pass
    return Utterance().say(rng.choice(["the card number is ", "right, it's ", "long number on the front, "])).entity(
        "CREDIT_CARD", ", ".join(nought(rng, g) for g in groups(d, [4] * 4))).say(rng.choice(["", ".", ", cheers"]))


def card_dictation_periods(fake: Faker, rng: random.Random) -> Utterance:
    """Slow dictation that an engine writes as one sentence per digit or per group."""
    d = card_digits(fake["en_US"], rng)
    style = rng.random()
    if style < 0.4:
        text = " ".join(f"{WORDS[int(c)].capitalize()}." for c in d)
    elif style < 0.7:
        text = " ".join(f"{c}." for c in d)
    else:
        text = " ".join(f"{g}." for g in groups(d, [4] * 4))
    return Utterance().say(rng.choice(["Okay. ", "Sure. It's ", "The card number. "])).entity(
        "CREDIT_CARD", text.rstrip(".")).say(".")


def _expiry_text(rng: random.Random, month: int, year: int) -> str:
    return rng.choice([f"{words(f'{month:02d}')}, {pair_words(str(year))}", f"{month:02d}/{year}",
                       f"{MONTHS[month - 1]} {2000 + year}", f"{words(f'{month:02d}')} {pair_words(str(year))}",
                       f"{MONTHS[month - 1]} of twenty {pair_words(str(year))}", f"{month:02d} {year}",
                       f"{WORDS[month] if month < 10 else TEENS[month - 10]} slash {pair_words(str(year))}"])


def card_expiry_asked(fake: Faker, rng: random.Random) -> Utterance:
    """The expiry in the caller's answer to the agent's question, the card given a turn before."""
    d = card_digits(fake["en_US"], rng)
    u = Utterance().say(rng.choice(["My card is ", "the card number is "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(groups(d, [4] * 4)), digit_words(rng, d)])).say(".").turn()
    u.say(rng.choice(["Thank you. And the expiration date?", "And when does it expire?",
                      "Okay, and the expiry on the card?", "What's the expiry date, month and year?"])).turn()
    month, year = rng.randint(1, 12), rng.randint(27, 34)
    u.say(rng.choice(["", "It's ", "Um, ", "That's "]))
    return u.entity("CARD_EXPIRY", _expiry_text(rng, month, year)).say(
        rng.choice(["", ".", ", I think"]))


def card_expiry_run_together(fake: Faker, rng: random.Random) -> Utterance:
    d = card_digits(fake["en_US"], rng)
    u = Utterance().say(rng.choice(["card ", "Card number: ", "cc "])).entity("CREDIT_CARD", rng.choice(
        [d, " ".join(groups(d, [4] * 4))]))
    month, year = rng.randint(1, 12), rng.randint(27, 34)
    text = rng.choice([f"{month:02d}{year}", f"{month:02d}.{year}", f"{month:02d}-20{year}", f"{month}/{year}",
                       f"{month:02d} {year}"])
    return u.say(rng.choice([" exp ", ", exp. ", " expiry ", ", expires ", " EXP "])).entity("CARD_EXPIRY", text).say(
        rng.choice(["", "."]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_agent_readback(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    u = Utterance().say(rng.choice(["my social is ", "Social security number is ", "SSN "])).entity(
        "US_SSN", rng.choice([", ".join(digit_words(rng, g) for g in groups(d, [3, 2, 4])),
                              f"{d[:3]} {d[3:5]} {d[5:]}"])
    ).say(".")
    return readback(u, "US_SSN", rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", " ".join(words(g) for g in groups(
        d, [3, 2, 4]))]), rng)


def ssn_correction(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    return Utterance().say(rng.choice(["my social is ", "the social security number is ", "SSN, "])).entity(
        "US_SSN", corrected(rng, d, words)).say(rng.choice(["", "."]))


def ssn_run_together(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    return Utterance().say(rng.choice(["SS# ", "ss number ", "Soc. Sec. No. ", "SSN: ", "social sec "])).entity(
        "US_SSN", rng.choice([d, f"{d[:3]}-{d[3:5]}{d[5:]}", f"{d[:5]}-{d[5:]}"])).say(rng.choice(["", ".", " ok"]))


def ssn_three_turns(fake: Faker, rng: random.Random) -> Utterance:
    d = ssn_digits(fake)
    u = Utterance().say(rng.choice(["Okay, social is ", "my SSN is ", "Sure. "]))
    for index, part in enumerate(groups(d, [3, 2, 4])):
        if index:
            u.turn().say(rng.choice(AGENT_ACKS)).turn()
        u.entity("US_SSN", rng.choice([digit_words(rng, part), part])).say(rng.choice(["", "...", "."]))
    return u


def ssn_named_groups(fake: Faker, rng: random.Random) -> Utterance:
    """Each group after words that name it: the groups alone are labelled."""
    a, b, c = groups(ssn_digits(fake), [3, 2, 4])
    u = Utterance().say(rng.choice(["for the social, the first three are ", "SSN: first three "]))
    u.entity("US_SSN", digit_words(rng, a))
    u.say(rng.choice([", middle two ", ", then the two are ", ", the middle ones are "]))
    u.entity("US_SSN", rng.choice([digit_words(rng, b), pair_words(b)]))
    u.say(rng.choice([", and the last four are ", ", last four ", ", and the last four, "]))
    return u.entity("US_SSN", rng.choice([digit_words(rng, c), c, pair_words(c)])).say(rng.choice(["", "."]))


# Emails -------------------------------------------------------------------------------------------------
def short_name(fake: Faker, most: int = 6) -> str:
    while len(name := fake["en_US"].first_name().lower()) > most:
        pass
    return name


def email_as_in_names(fake: Faker, rng: random.Random) -> Utterance:
    first = short_name(fake)
    _, last = names(fake)
    local = ", ".join(as_in(rng, c) if rng.random() < 0.7 else c for c in first)
    tail = rng.choice(["", f", then {last}", f" dot {last}"])
    return Utterance().say(rng.choice(["okay let me spell it, ", "the email is ", "so it's "])).entity(
        "EMAIL_ADDRESS", f"{local}{tail} at {rng.choice(['gmail', 'yahoo', 'aol', 'comcast'])} dot "
                         f"{rng.choice(['com', 'net'])}").say(rng.choice(["", ".", ", got it?"]))


def email_plus_addressing(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    tag = rng.choice(["shopping", "bills", "amazon", "news", "work", "bank", "2024", "insurance"])
    if rng.random() < 0.5:
        text = f"{first}.{last}+{tag}@{rng.choice(['gmail.com', 'fastmail.com', 'outlook.com'])}"
    else:
        provider = rng.choice(["gmail", "fastmail", "outlook"])
        text = f"{first}{rng.choice([' dot ', ''])}{last} plus {tag} at {provider} dot com"
    return Utterance().say(rng.choice(["I use ", "send it to ", "It's ", "use my filtered one, "])).entity(
        "EMAIL_ADDRESS", text).say(rng.choice(["", ".", ", with the plus"]))


def email_subdomains(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    org = fake["en_US"].last_name().lower()
    sub = rng.choice(["mail", "corp", "us", "eu", "students", "eng", "cs", "med", "alumni", "uk"])
    top = rng.choice(["com", "edu", "org", "ac dot uk", "co dot uk", "gov"])
    if rng.random() < 0.5:
        text = f"{first[0]}{last}@{sub}.{org}.{top.replace(' dot ', '.')}"
    else:
        text = f"{first} dot {last} at {sub} dot {org} dot {top}"
    return Utterance().say(rng.choice(["my work email is ", "it's ", "the university one is "])).entity(
        "EMAIL_ADDRESS", text).say(rng.choice(["", ".", " thanks"]))


def doubled_letters(rng: random.Random, word: str) -> str:
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and word[i + 1] == word[i]:
            out.append(f"double {word[i]}")
            i += 2
        else:
            out.append(word[i])
            i += 1
    return " ".join(out)


DOUBLED = ["allen", "elliott", "scott", "anna", "emma", "bennett", "russell", "lloyd", "terry", "kelly", "hannah",
           "jenna", "matthew", "mitchell", "dobbs", "moore", "wood", "cooper", "powell", "ross"]


def email_double_letters(fake: Faker, rng: random.Random) -> Utterance:
    word = rng.choice(DOUBLED)
    local = doubled_letters(rng, word)
    if rng.random() < 0.5:
        local = f"{fake['en_US'].first_name().lower()[0]} {local}"
    if rng.random() < 0.4:
        local += f" {digit_words(rng, str(rng.randint(1, 99)))}"
    return Utterance().say(rng.choice(["email is ", "it's spelled ", "so that's "])).entity(
        "EMAIL_ADDRESS", f"{local} at {rng.choice(['gmail', 'hotmail', 'yahoo', 'me'])}"
                         f"{rng.choice([' dot com', ' dot com', ''])}").say(
        rng.choice(["", "."]))


def email_readback(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    provider = rng.choice(["gmail", "outlook", "yahoo", "icloud"])
    joiner = rng.choice(["dot", "underscore"])
    u = Utterance().say(rng.choice(["my email is ", "it's ", "you can use "])).entity(
        "EMAIL_ADDRESS", f"{first} {joiner} {last} at {provider} dot com").say(".")
    sep = "." if joiner == "dot" else "_"
    return readback(u, "EMAIL_ADDRESS", rng.choice([f"{first}{sep}{last}@{provider}.com",
                                                    f"{first} {joiner} {last} at {provider} dot com"]), rng)


def plain(name: str) -> str:
    """A Spanish name as it goes into an address: lower case, no accents."""
    return unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()


def email_arroba_punto(fake: Faker, rng: random.Random) -> Utterance:
    first, last = (max(plain(name).split(), key=len) for name in (fake["es_ES"].first_name(),
                                                                  fake["es_ES"].last_name()))
    joiner = rng.choice(["punto", "guion bajo", "guion", ""])
    local = f"{first} {joiner} {last}".replace("  ", " ")
    domain = rng.choice(["gmail punto com", "hotmail punto es", "yahoo punto es", "telefonica punto net",
                         "outlook punto com"])
    return Utterance().say(rng.choice(["mi correo es ", "my email is, eh, ", "el email es "])).entity(
        "EMAIL_ADDRESS", f"{local} arroba {domain}").say(rng.choice(["", ".", ", vale"]))


def email_typed_glitches(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    domain = rng.choice(["gmail", "yahoo", "outlook", "aol"])
    text = rng.choice([f"{first}.{last} @{domain}.com", f"{first}.{last} @ {domain}.com",
                       f"{first}{last}@ {domain}.com", f"{first.title()}.{last.title()}@{domain.title()}.com",
                       f"{first}_{last}@{domain}. com", f"{first[0]}.{last}@{domain}.com"])
    return Utterance().say(rng.choice(["Email: ", "It's ", "My email is "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice([".", "", ". Thanks."]))


ISPS = ["comcast dot net", "verizon dot net", "sbcglobal dot net", "att dot net", "btinternet dot com",
        "sky dot com", "virginmedia dot com", "web dot de", "t dash online dot de", "orange dot fr", "bigpond dot com",
        "rediffmail dot com", "shaw dot ca", "cox dot net", "charter dot net", "optonline dot net"]


def email_isp_domains(fake: Faker, rng: random.Random) -> Utterance:
    first, last = names(fake)
    local = rng.choice([f"{first}{last[0]}", f"{last} {first[0]}", f"{first} {last}",
                        f"{first[0]} {last} {digit_words(rng, str(rng.randint(1, 99)))}"])
    return Utterance().say(rng.choice(["it's the old one from the internet company, ", "my email is ", "email, "])
                           ).entity("EMAIL_ADDRESS", f"{local} at {rng.choice(ISPS)}").say(rng.choice(["", "."]))


# Phones -------------------------------------------------------------------------------------------------
def valid_national(fake: Faker, region: str, pattern: str) -> str:
    """A national number of the region from a numerify pattern, valid for phonenumbers."""
    code = phonenumbers.country_code_for_region(region)
    for _ in range(200):
        national = fake.numerify(pattern)
        if phonenumbers.is_valid_number(phonenumbers.parse(f"+{code}{national}")):
            return national
    raise ValueError(f"no valid number for {region} {pattern}")


def phone_uk_landline(fake: Faker, rng: random.Random) -> Utterance:
    """A UK landline the British way: the trunk "oh" (or "plus four four" without it), "nought", doubles."""
    city = rng.choice(["20", "161", "121", "131", "113", "117"])
    national = valid_national(fake, "GB", city + "#" * (10 - len(city)))
    area, rest = national[:len(city)], national[len(city):]
    rest_sizes = [4, 4] if city == "20" else [3, 4]
    if rng.random() < 0.7:
        said = ", ".join([nought(rng, "0" + area), *(nought(rng, g) for g in groups(rest, rest_sizes))])
    else:
        said = f"plus four four, {nought(rng, area)}, {' '.join(nought(rng, g) for g in groups(rest, rest_sizes))}"
    return Utterance().say(rng.choice(["the landline is ", "you can ring the house on ", "home number, "])).entity(
        "PHONE_NUMBER", said).say(rng.choice(["", ".", ", that's the landline"]))


def phone_spain_pairs(fake: Faker, rng: random.Random) -> Utterance:
    national = valid_national(fake, "ES", rng.choice(["6########", "7########", "91#######", "93#######"]))
    if national[0] == "9":
        body = f"{words(national[:2])}, {words(national[2:5])}, {pair_words(national[5:7])}, {pair_words(national[7:])}"
    else:
        body = f"{words(national[:3])}, {', '.join(pair_words(g) for g in groups(national[3:], [2, 2, 2]))}"
    prefix = rng.choice(["", "plus three four, ", "plus thirty-four, ", "double oh three four, "])
    return Utterance().say(rng.choice(["my Spanish mobile is ", "in Spain it's ", "my number there is "])).entity(
        "PHONE_NUMBER", prefix + body).say(rng.choice(["", "."]))


def phone_germany_trunk(fake: Faker, rng: random.Random) -> Utterance:
    national = valid_national(fake, "DE", rng.choice(["151########", "160#######", "170#######", "176########",
                                                      "30########", "89#######"]))
    area = national[:3] if national[0] == "1" else national[:2]
    rest = national[len(area):]
    text = rng.choice([f"+49 (0){area} {rest}", f"+49 (0) {area} {rest}", f"0049 {area} {rest}",
                       f"0{area}/{rest}", f"0{area} / {' '.join(groups(rest, [3, 2, 3]))}", f"+49 {area} {rest}"])
    return Utterance().say(rng.choice(["My German number is ", "It's ", "The office number is "])).entity(
        "PHONE_NUMBER", text).say(rng.choice([".", ""]))


def phone_india(fake: Faker, rng: random.Random) -> Utterance:
    national = valid_national(fake, "IN", rng.choice(["9#########", "8#########", "7#########", "6#########"]))
    a, b = national[:5], national[5:]
    said = rng.choice([f"{digit_words(rng, a)}, {digit_words(rng, b)}", f"{a} {b}", f"+91 {a} {b}",
                       f"+91-{national}", f"plus nine one, {digit_words(rng, a)} {digit_words(rng, b)}",
                       f"zero {digit_words(rng, a)} {digit_words(rng, b)}"])
    return Utterance().say(rng.choice(["my mobile number is ", "please note my number, ", "you can call on "])).entity(
        "PHONE_NUMBER", said).say(rng.choice(["", ".", " only"]))


def phone_mexico(fake: Faker, rng: random.Random) -> Utterance:
    national = valid_national(fake, "MX", rng.choice(["55########", "33########", "81########", "222#######"]))
    area, rest = (national[:2], national[2:]) if national[:3] != "222" else (national[:3], national[3:])
    body = rng.choice([f"{pair_words(area) if len(area) == 2 else words(area)}, "
                       f"{', '.join(pair_words(g) for g in groups(rest, [2, 2, 2, 2]))}",
                       f"{words(area)}, {words(rest[:4])}, {words(rest[4:])}",
                       f"{area} {rest[:4]} {rest[4:]}"])
    prefix = rng.choice(["plus five two, ", "plus fifty-two, ", "", "+52 "])
    return Utterance().say(rng.choice(["my cell in Mexico is ", "the number is ", "my celular, "])).entity(
        "PHONE_NUMBER", prefix + body).say(rng.choice(["", "."]))


def phone_australia(fake: Faker, rng: random.Random) -> Utterance:
    national = valid_national(fake, "AU", rng.choice(["4########", "2########", "3########"]))
    full = "0" + national
    if national[0] == "4":
        said = rng.choice([f"{words(full[:4])}, {words(full[4:7])}, {words(full[7:])}",
                           f"{full[:4]} {full[4:7]} {full[7:]}",
                           f"plus sixty-one, {words(national[:3])}, {words(national[3:6])}, {words(national[6:])}"])
    else:
        said = rng.choice([f"{words(full[:2])}, {words(full[2:6])}, {words(full[6:])}",
                           f"({full[:2]}) {full[2:6]} {full[6:]}"])
    return Utterance().say(rng.choice(["me mobile's ", "it's ", "my number's "])).entity(
        "PHONE_NUMBER", said).say(rng.choice(["", ".", ", mate"]))


def phone_intl_typed(fake: Faker, rng: random.Random) -> Utterance:
    region, pattern = rng.choice([("GB", "7#########"), ("ES", "6########"), ("DE", "151########"),
                                  ("IN", "9#########"), ("AU", "4########"), ("MX", "55########"), ("FR", "6########"),
                                  ("IE", "8########")])
    national = valid_national(fake, region, pattern)
    number = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{national}")
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    text = rng.choice([international, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
                       international.replace(" ", "-")])
    return Utterance().say(rng.choice(["WhatsApp me on ", "My number is ", "Call ", "Mobile: "])).entity(
        "PHONE_NUMBER", text).say(rng.choice([".", "", " anytime."]))


def phone_us_readback(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    u = Utterance().say(rng.choice(["best number is ", "my cell is ", "call me on "])).entity(
        "PHONE_NUMBER", " ".join(digit_words(rng, g) for g in groups(d, [3, 3, 4]))).say(".")
    return readback(u, "PHONE_NUMBER", rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}",
                                                   " ".join(words(g) for g in groups(d, [3, 3, 4]))]), rng)


def phone_correction(fake: Faker, rng: random.Random) -> Utterance:
    d = us_number(fake)
    return Utterance().say(rng.choice(["my number is ", "call me back at ", "it's "])).entity(
        "PHONE_NUMBER", corrected(rng, d, words)).say(rng.choice(["", ".", ", got that?"]))


def phone_hundreds_ending(fake: Faker, rng: random.Random) -> Utterance:
    while True:
        d = us_number(fake)[:6] + rng.choice(["1200", "4500", "2000", "3100", "7000", "1900", "8800", "5000"])
        if phonenumbers.is_valid_number(phonenumbers.parse("+1" + d)):
            break
    return Utterance().say(rng.choice(["the number is ", "our office is ", "call "])).entity(
        "PHONE_NUMBER", f"{digit_words(rng, d[:3])}, {digit_words(rng, d[3:6])}, {hundred_words(d[6:])}").say(
        rng.choice(["", "."]))


def phone_office_extension(fake: Faker, rng: random.Random) -> Utterance:
    """An office number, UK or US, then its extension: the extension is not part of the number (the entity
    ends with the number's last digit)."""
    if rng.random() < 0.5:
        national = valid_national(fake, "GB", rng.choice(["20########", "161#######", "1865######"]))
        area = 2 if national[:2] == "20" else 3 if national[:3] == "161" else 4
        local = {2: [4, 4], 3: [3, 4]}.get(area, [6])
        number = rng.choice([f"0{national[:area]} {' '.join(groups(national[area:], local))}",
                             f"+44 (0){national[:area]} {national[area:]}",
                             ", ".join(nought(rng, g) for g in ("0" + national[:area], national[area:]))])
    else:
        d = us_number(fake)
        number = rng.choice([f"{d[:3]}.{d[3:6]}.{d[6:]}", " ".join(words(g) for g in groups(d, [3, 3, 4]))])
    ext = fake.numerify(rng.choice(["%#", "%##", "%###"]))
    tail = rng.choice([f", and then ask for extension {words(ext)}", f", then press {words(ext)} when it answers",
                       f", ext {ext}", f" extension number {pair_words(ext)}", f", and my extension's {ext}"])
    return Utterance().say(rng.choice(["the switchboard is ", "you can reach me at the office on ", "work number, "])
                           ).entity("PHONE_NUMBER", number).say(tail).say(rng.choice(["", "."]))


def phone_two_numbers(fake: Faker, rng: random.Random) -> Utterance:
    a, b = us_number(fake), us_number(fake)
    fa = rng.choice([f"{a[:3]}-{a[3:6]}-{a[6:]}", " ".join(digit_words(rng, g) for g in groups(a, [3, 3, 4]))])
    fb = rng.choice([f"{b[:3]}-{b[3:6]}-{b[6:]}", " ".join(digit_words(rng, g) for g in groups(b, [3, 3, 4]))])
    u = Utterance().say(rng.choice(["my cell is ", "mobile's ", "the day number is "])).entity("PHONE_NUMBER", fa)
    u.say(rng.choice([" and home is ", ", and if I don't pick up try my wife on ", ", or the work line, "]))
    return u.entity("PHONE_NUMBER", fb).say(rng.choice(["", "."]))


# IBANs --------------------------------------------------------------------------------------------------
MORE_IBANS = ["nl_BE", "de_AT", "de_CH", "pl_PL", "pt_PT", "fi_FI", "fr_FR", "de_DE", "en_GB"]


def iban_as_in_words(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["en_GB", "nl_NL", "en_IE"])
    out = []
    for i in range(0, len(value), 4):
        out.append(" ".join(as_in(rng, c) if c.isalpha() else words(c) for c in value[i:i + 4]))
    return Utterance().say(rng.choice(["the IBAN is ", "okay IBAN, ", "my IBAN, "])).entity(
        "IBAN_CODE", ", ".join(out)).say(rng.choice(["", ".", ", that's the lot"]))


def iban_italian_cin(fake: Faker, rng: random.Random) -> Utterance:
    while not (value := fake["it_IT"].iban())[5:].isdigit():
        pass
    cin = value[4]
    style = rng.random()
    if style < 0.35:
        text = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    elif style < 0.7:
        text = f"I T {pair_words(value[2:4])}, {rng.choice([cin, NATO[cin], as_in(rng, cin)])}, " + \
               ", ".join(digit_words(rng, g) for g in groups(value[5:], [5, 5, 12]))
    else:
        text = f"IT{value[2:4]} {cin} {value[5:10]} {value[10:15]} {value[15:]}"
    return Utterance().say(rng.choice(["My Italian IBAN is ", "the IBAN, ", "IBAN: "])).entity(
        "IBAN_CODE", text).say(rng.choice(["", "."]))


def iban_more_countries(fake: Faker, rng: random.Random) -> Utterance:
    value = fake[rng.choice(MORE_IBANS)].iban()
    text = rng.choice([" ".join(value[i:i + 4] for i in range(0, len(value), 4)), value,
                       f"{value[0]} {value[1]} {words(value[2:4])} " + " ".join(
                           value[i:i + 4] for i in range(4, len(value), 4))])
    return Utterance().say(rng.choice(["IBAN ", "the account's IBAN is ", "please transfer to "])).entity(
        "IBAN_CODE", text).say(rng.choice(["", ".", ", thank you"]))


def iban_odd_chunks(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "es_ES", "fr_FR", "en_GB", "it_IT"])
    head, rest = value[:4], value[4:]
    parts = [head, *chunks(rng, rest, 3, 6)]
    text = " ".join(parts) if rng.random() < 0.6 else " ".join(parts).lower()
    return Utterance().say(rng.choice(["Iban is ", "The IBAN ", "its "])).entity("IBAN_CODE", text).say(
        rng.choice(["", "."]))


def iban_readback(fake: Faker, rng: random.Random) -> Utterance:
    value = an_iban(fake, rng, ["de_DE", "nl_NL", "es_ES", "en_GB", "fr_FR"])
    spaced = " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    u = Utterance().say(rng.choice(["My IBAN is ", "iban "])).entity("IBAN_CODE", spaced).say(".")
    said = " ".join(NATO[c] if c.isalpha() else words(c) for c in value[:4]) + ", " + ", ".join(
        " ".join(NATO[c] if c.isalpha() else words(c) for c in value[i:i + 4]) for i in range(4, len(value), 4))
    return readback(u, "IBAN_CODE", rng.choice([spaced, said]), rng)


# National ids -------------------------------------------------------------------------------------------
def nino_as_in_words(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    return Utterance().say(rng.choice(["my national insurance is ", "NI number is ", "national insurance number, "])
                           ).entity("UK_NINO", f"{as_in(rng, v[0])}, {as_in(rng, v[1])}, "
                                               f"{', '.join(words(g) for g in groups(v[2:8], [2, 2, 2]))}, "
                                               f"{as_in(rng, v[8])}").say(rng.choice(["", "."]))


def nino_threes(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)

    def three(g: str) -> str:
        return rng.choice([words(g), f"{WORDS[int(g[0])]} {pair_words(g[1:])}" if g[0] != "0" and g[1] != "0"
                           else words(g)])
    return Utterance().say(rng.choice(["NI number ", "my national insurance number's ", "it's "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {three(v[2:5])}, {three(v[5:8])}, {v[8]}").say(rng.choice(["", ".", " okay"]))


def nino_readback(fake: Faker, rng: random.Random) -> Utterance:
    v = a_nino(fake, rng)
    u = Utterance().say(rng.choice(["national insurance number is ", "my NI is "])).entity(
        "UK_NINO", f"{v[0]} {v[1]} {words(v[2:8])} {v[8]}").say(".")
    return readback(u, "UK_NINO", rng.choice([f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}",
                                              f"{NATO[v[0]]} {NATO[v[1]]}, {words(v[2:8])}, {NATO[v[8]]}"]), rng)


def a_dni(digits: str) -> str:
    return digits + DNI_LETTERS[int(digits) % 23]


def dni_spanish_letter(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    digits = rng.choice([v[:8], f"{v[:2]}.{v[2:5]}.{v[5:8]}", f"{v[:2]} {v[2:5]} {v[5:8]}"])
    letter = SPANISH_LETTERS[v[8]]
    text = rng.choice([f"{digits}, letra {letter}", f"{digits} con la letra {letter}", f"{digits} {letter}",
                       f"{digits}, {letter} de {rng.choice(['Madrid', 'España', 'Toledo'])}"])
    return Utterance().say(rng.choice(["mi DNI es el ", "el DNI, ", "my DNI is "])).entity("ES_NIF", text).say(
        rng.choice(["", ".", ", vale"]))


def dni_readback(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nif()
    u = Utterance().say(rng.choice(["my DNI is ", "DNI number "])).entity(
        "ES_NIF", f"{digit_words(rng, v[:8])} {v[8]}").say(".")
    return readback(u, "ES_NIF", rng.choice([v, f"{v[:8]}-{v[8]}", f"{words(v[:8])}, letter {v[8]}"]), rng)


def dni_leading_zeros(fake: Faker, rng: random.Random) -> Utterance:
    zeros = rng.randint(1, 2)
    v = a_dni("0" * zeros + fake.numerify("%" + "#" * (7 - zeros)))
    text = rng.choice([f"{zero_words(v[:8])} {v[8]}", f"{words(v[:8])}, letter {v[8]}", v,
                       f"{v[:8]} {v[8].lower()}"])
    return Utterance().say(rng.choice(["DNI ", "my DNI, it starts with zero, ", "the DNI is "])).entity(
        "ES_NIF", text).say(rng.choice(["", "."]))


def nie_spanish_letters(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    first, last = SPANISH_LETTERS[v[0]], SPANISH_LETTERS[v[8]]
    text = rng.choice([f"{first}, {v[1:8]}, {last}", f"{first} {v[1:4]} {v[4:8]} letra {last}",
                       f"{first.capitalize()}-{v[1:8]}-{v[8]}", f"{first} {zero_words(v[1:8])} {last}"])
    return Utterance().say(rng.choice(["mi NIE es ", "el NIE, ", "my NIE is "])).entity("ES_NIE", text).say(
        rng.choice(["", ".", ", vale"]))


def nie_split_turns(fake: Faker, rng: random.Random) -> Utterance:
    v = fake["es_ES"].nie()
    cut = rng.randint(3, 6)
    u = Utterance().say(rng.choice(["my NIE is ", "the NIE number, ", "NIE "]))
    u.entity("ES_NIE", f"{rng.choice([v[0], NATO[v[0]]])} {rng.choice([v[1:cut], words(v[1:cut])])}").say(
        rng.choice(["", "..."])).turn().say(rng.choice(AGENT_ACKS)).turn()
    return u.entity("ES_NIE", f"{rng.choice([v[cut:8], words(v[cut:8])])}, {rng.choice([v[8], 'letter ' + v[8]])}").say(
        rng.choice(["", "."]))


def card_caller_repeats(fake: Faker, rng: random.Random) -> Utterance:
    """The caller says the number, then says it again unasked to be sure: both labelled."""
    d = fake["en_US"].credit_card_number(rng.choice(["visa16", "mastercard", "amex", "visa13", "discover"]))
    sizes = {15: [4, 6, 5], 13: [4, 3, 3, 3]}.get(len(d), [4, 4, 4, 4])
    first = rng.choice([" ".join(groups(d, sizes)), " ".join(digit_words(rng, g) for g in groups(d, sizes))])
    again = rng.choice([", ".join(words(g) for g in groups(d, sizes)), "-".join(groups(d, sizes)),
                        " ".join(pair_words(g) for g in groups(d, sizes))])
    u = Utterance().say(rng.choice(["card number is ", "it's ", "okay so "])).entity("CREDIT_CARD", first)
    u.say(rng.choice([". I'll say that again, ", ", let me repeat that, ", ". Again, that's ", "... so once more, "]))
    return u.entity("CREDIT_CARD", again).say(rng.choice(["", ".", ", okay?"]))


FAMILIES = {
    "card/v6-agent-readback": card_agent_readback, "card/v6-correction-digit": card_correction_digit,
    "card/v6-mastercard-two-series": card_mastercard_two_series, "card/v6-amex-fours": card_amex_fours,
    "card/v6-odd-chunks": card_odd_chunks, "card/v6-agent-prompts": card_agent_prompts,
    "card/v6-british-nought": card_british_nought, "card/v6-dictation-periods": card_dictation_periods,
    "card/v6-expiry-asked": card_expiry_asked, "card/v6-expiry-run-together": card_expiry_run_together,
    "card/v6-caller-repeats": card_caller_repeats,
    "ssn/v6-agent-readback": ssn_agent_readback, "ssn/v6-correction": ssn_correction,
    "ssn/v6-run-together": ssn_run_together, "ssn/v6-three-turns": ssn_three_turns,
    "ssn/v6-named-groups": ssn_named_groups,
    "email/v6-as-in-names": email_as_in_names, "email/v6-plus-addressing": email_plus_addressing,
    "email/v6-subdomains": email_subdomains, "email/v6-double-letters": email_double_letters,
    "email/v6-readback": email_readback, "email/v6-arroba-punto": email_arroba_punto,
    "email/v6-typed-glitches": email_typed_glitches, "email/v6-isp-domains": email_isp_domains,
    "phone/v6-uk-landline": phone_uk_landline, "phone/v6-spain-pairs": phone_spain_pairs,
    "phone/v6-germany-trunk": phone_germany_trunk, "phone/v6-india": phone_india, "phone/v6-mexico": phone_mexico,
    "phone/v6-australia": phone_australia, "phone/v6-intl-typed": phone_intl_typed,
    "phone/v6-us-readback": phone_us_readback, "phone/v6-correction": phone_correction,
    "phone/v6-hundreds-ending": phone_hundreds_ending, "phone/v6-two-numbers": phone_two_numbers,
    "phone/v6-office-extension": phone_office_extension,
    "iban/v6-as-in-words": iban_as_in_words, "iban/v6-italian-cin": iban_italian_cin,
    "iban/v6-more-countries": iban_more_countries, "iban/v6-odd-chunks": iban_odd_chunks,
    "iban/v6-readback": iban_readback,
    "nino/v6-as-in-words": nino_as_in_words, "nino/v6-threes": nino_threes, "nino/v6-readback": nino_readback,
    "dni/v6-spanish-letter": dni_spanish_letter, "dni/v6-readback": dni_readback,
    "dni/v6-leading-zeros": dni_leading_zeros,
    "nie/v6-spanish-letters": nie_spanish_letters, "nie/v6-split-turns": nie_split_turns,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
SAID = {"card/v6-agent-readback": "mixed", "card/v6-correction-digit": "mixed",
        "card/v6-mastercard-two-series": "mixed", "card/v6-odd-chunks": "typed", "card/v6-agent-prompts": "mixed",
        "card/v6-dictation-periods": "mixed", "card/v6-expiry-asked": "mixed", "card/v6-expiry-run-together": "typed",
        "ssn/v6-agent-readback": "mixed", "ssn/v6-run-together": "typed", "ssn/v6-three-turns": "mixed",
        "ssn/v6-named-groups": "mixed", "email/v6-plus-addressing": "mixed", "email/v6-subdomains": "mixed",
        "email/v6-readback": "mixed", "email/v6-typed-glitches": "typed", "phone/v6-germany-trunk": "typed",
        "phone/v6-india": "mixed", "phone/v6-mexico": "mixed", "phone/v6-australia": "mixed",
        "phone/v6-intl-typed": "typed", "phone/v6-us-readback": "mixed", "phone/v6-office-extension": "mixed",
        "card/v6-caller-repeats": "mixed", "phone/v6-two-numbers": "mixed",
        "iban/v6-italian-cin": "mixed", "iban/v6-more-countries": "typed", "iban/v6-odd-chunks": "typed",
        "iban/v6-readback": "mixed", "nino/v6-readback": "mixed", "nino/v6-threes": "mixed",
        "dni/v6-spanish-letter": "mixed", "dni/v6-readback": "mixed", "dni/v6-leading-zeros": "mixed",
        "nie/v6-spanish-letters": "mixed", "nie/v6-split-turns": "mixed"}


# Look-alikes: nobody's card, phone, address or id ----------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    body = fake.numerify("4" + "#" * (length - 2))
    good = luhn_complete(body)
    return body + str((int(good[-1]) + rng.randint(1, 9)) % 10)


def _tracking(fake: Faker, rng: random.Random) -> list[str]:
    usps = "9400" + fake.numerify("#" * 18)
    fedex = fake.numerify("7#########%#")
    return [rng.choice([f"your USPS tracking is {' '.join(groups(usps, [4] * 5 + [2]))}, it's out for delivery",
                        f"FedEx tracking number {fedex}, left at the front door",
                        f"tracking {fake.bothify('??#########GB').upper()} from Royal Mail",
                        f"the DHL waybill is {digit_words(rng, fake.numerify('1#########'))}",
                        f"your parcel number is {fake.numerify('JD0002########')} with DPD"])]


def _luhn_invalid(fake: Faker, rng: random.Random) -> list[str]:
    bad = luhn_bad(fake, rng)
    said = rng.choice([" ".join(groups(bad, [4] * 4)), ", ".join(digit_words(rng, g) for g in groups(bad, [4] * 4)),
                       bad])
    return [rng.choice([f"my loyalty number is {said}", f"the voucher code is {said}, it's on the email",
                        f"membership number {said}", f"the reference on the letter is {said}",
                        f"your claim reference is {said} and the adjuster will call"])]


def _money(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"your balance is ${rng.randint(1000, 99999):,}.{rng.randint(0, 99):02d} and the minimum "
                        f"payment is ${rng.randint(25, 300)}",
                        f"twelve hundred and {pair_words(str(rng.randint(21, 99)))} dollars and "
                        f"{pair_words(str(rng.randint(11, 99)))} cents",
                        f"the refund was €{rng.randint(1, 9)}.{rng.randint(100, 999)},{rng.randint(10, 99)}",
                        f"you owe {rng.randint(1, 99)} thousand {rng.randint(1, 9)} hundred pounds",
                        f"I paid {WORDS[rng.randint(2, 9)]} thousand {WORDS[rng.randint(1, 9)]} hundred "
                        f"{pair_words(str(rng.randint(21, 99)))} on the {rng.randint(2, 28)}th",
                        f"₹{rng.randint(1, 9)},{rng.randint(10, 99)},{rng.randint(100, 999)} was debited"])]


def _times_durations(fake: Faker, rng: random.Random) -> list[str]:
    clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return [rng.choice([f"the call started at {clock}"
                        f" and lasted {rng.randint(1, 59)} minutes",
                        f"I've been on hold for {pair_words(str(rng.randint(21, 59)))} minutes",
                        f"open from {WORDS[rng.randint(7, 9)]} till {WORDS[rng.randint(5, 9)]} thirty, "
                        f"{rng.randint(6, 7)} days a week",
                        f"it takes {rng.randint(3, 10)} to {rng.randint(11, 15)} business days",
                        f"half past {WORDS[rng.randint(1, 9)]} on {rng.choice(['Tuesday', 'Friday'])}, or "
                        f"{rng.randint(13, 18)}:{rng.choice(['00', '30'])}",
                        f"at the {rng.randint(1, 59)}:{rng.randint(10, 59)} mark in the recording"])]


def _dates_other(fake: Faker, rng: random.Random) -> list[str]:
    m, day = rng.randint(1, 12), rng.randint(1, 28)
    return [rng.choice([f"the delivery window is {m:02d}/{day:02d} to {m:02d}/{min(day + 3, 28):02d}",
                        f"the invoice dated {day:02d}.{m:02d}.{rng.randint(2023, 2026)} is overdue",
                        f"your plan renews on the {day}th of {MONTHS[m - 1]}",
                        f"I moved here back in oh {WORDS[rng.randint(1, 9)]}, {MONTHS[m - 1]} I think",
                        f"the statement from {MONTHS[m - 1]} twenty {pair_words(str(rng.randint(21, 26)))} shows it",
                        f"due {rng.randint(2025, 2027)}-{m:02d}-{day:02d}"])]


def _builds(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Chrome {rng.randint(100, 131)}.0.{rng.randint(1000, 6999)}.{rng.randint(10, 250)}",
                        f"kernel {rng.randint(4, 6)}.{rng.randint(1, 19)}.0-{rng.randint(10, 99)}-generic",
                        f"the app says version {WORDS[rng.randint(1, 9)]} point {WORDS[rng.randint(0, 9)]} point "
                        f"{pair_words(str(rng.randint(10, 99)))}, build {rng.randint(1000, 9999)}",
                        f"Windows {rng.choice([10, 11])} {rng.randint(21, 24)}H{rng.randint(1, 2)}, OS build "
                        f"{rng.randint(19041, 26100)}.{rng.randint(1000, 4999)}",
                        f"router firmware V{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}_"
                        f"{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"])]


def _flights(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"I'm on {rng.choice(['UA', 'BA', 'IB', 'LH', 'QF', 'AI'])} {rng.randint(10, 9999)} "
                        f"departing {rng.randint(5, 23)}:{rng.choice(['05', '20', '45'])} from gate "
                        f"{rng.choice('ABCDE')}{rng.randint(1, 60)}",
                        f"flight {digit_words(rng, str(rng.randint(100, 9999)))} to "
                        f"{fake['en_US'].city()}, seat {rng.randint(1, 45)}{rng.choice('ABCDEF')}",
                        f"the e-ticket number is {rng.choice(['125', '016', '075'])}-{fake.numerify('##########')}",
                        f"booking reference {fake.bothify('?#??#?').upper()}, frequent flyer "
                        f"{fake.numerify('########')}"])]


def _addresses_zip(fake: Faker, rng: random.Random) -> list[str]:
    us = fake["en_US"]
    zip4 = f"{us.zipcode()}-{fake.numerify('####')}"
    return [rng.choice([f"mail it to {us.street_address()}, {us.city()}, {us.state_abbr()} {zip4}",
                        f"the zip plus four is {zip4}",
                        f"PO Box {rng.randint(100, 99999)}, {us.city()} {us.zipcode()}",
                        f"{digit_words(rng, us.building_number())} {us.street_name()}, zip code "
                        f"{digit_words(rng, us.zipcode())}",
                        f"Calle Mayor {rng.randint(1, 120)}, {rng.randint(1, 9)}º B, 280{rng.randint(10, 99)} Madrid",
                        f"Hauptstraße {rng.randint(1, 200)}, {rng.randint(10115, 99998)} Berlin"])]


def _policy_claims(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"policy number {fake.numerify('POL-########')}",
                        f"my policy number is {' '.join(groups(fake.numerify('############'), [4, 4, 4]))}",
                        f"the claim number is {digit_words(rng, fake.numerify('########'))}",
                        f"member ID {fake.bothify('???#########').upper()}, group number {fake.numerify('######')}",
                        f"policy {fake.numerify('#########')}, renewed last {rng.choice(MONTHS)}"])]


def _skus(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"SKU {fake.numerify('####')}-{rng.choice(['XL', 'M', 'S'])}-{rng.choice(['BLK', 'RED'])}",
                        f"item number {fake.numerify('### ### ###')} in aisle {rng.randint(1, 40)}",
                        f"the model is {fake.bothify('??-####??').upper()}, serial "
                        f"{fake.bothify('##??######').upper()}",
                        f"part no. {fake.numerify('####-####-##')}",
                        f"UPC {fake.numerify('############')} on the box"])]


def _masked_cards(fake: Faker, rng: random.Random) -> list[str]:
    last = fake.numerify("####")
    return [rng.choice([f"the card ending in {digit_words(rng, last)} was declined",
                        f"I see a Visa ending {last} on the account",
                        f"XXXX-XXXX-XXXX-{last} is the one on file",
                        f"**** **** **** {last}, is that still your card?",
                        f"your account ending {pair_words(last)} is overdrawn"])]


def _handles_files(fake: Faker, rng: random.Random) -> list[str]:
    first, last = names(fake)
    return [rng.choice([f"follow us @{last}{rng.choice(['_help', 'support', 'hq'])} on twitter",
                        f"I attached {first}_{last}_statement_{rng.randint(2019, 2025)}.pdf",
                        f"the file is called report.final.v{rng.randint(2, 9)}.docx",
                        f"my username is {first} dot {last} {pair_words(str(rng.randint(21, 99)))}, no at anything",
                        f"the Slack channel is #{last}-{rng.choice(['support', 'billing'])}",
                        f"I'm at {last} and {rng.choice(['Sons', 'Partners'])} dot dot dot well, was"])]


def _network_ids(fake: Faker, rng: random.Random) -> list[str]:
    ip = f"{rng.choice([10, 172, 192])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    mac = ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))
    return [rng.choice([f"the router's IP is {ip}", f"my IP address is {ip} on port {rng.randint(1024, 65535)}",
                        f"the MAC address is {mac}",
                        f"error code 0x{rng.randint(0, 2**32 - 1):08X} when it boots",
                        f"the IMEI is {luhn_complete(fake.numerify('35############'))}",
                        f"coordinates {rng.randint(-80, 80)}.{fake.numerify('####')}, -{rng.randint(1, 120)}."
                        f"{fake.numerify('####')}"])]


def _bad_checksums(fake: Faker, rng: random.Random) -> list[str]:
    """Shapes of ids whose check fails: an IBAN-like string with wrong check digits, a NINO-like code with
    a prefix never issued (HMRC's NIM39110: no D, F, I, Q, U or V first or second, no O second, none of BG,
    GB, KN, NK, NT, TN, ZZ; "OB" was drawn here until 2026-12-05, a valid prefix: a mislabel), a DNI-like
    code with the wrong letter, outside any id's context."""
    iban = fake["de_DE"].iban()
    bad_iban = iban[:2] + rng.choice([f"{n:02d}" for n in range(100) if f"{n:02d}" != iban[2:4]]) + iban[4:]
    digits = fake.numerify("########")
    wrong = next(c for c in "BCDFGHJKLMNPRSTVWXYZ" if c != DNI_LETTERS[int(digits) % 23])
    return [rng.choice([f"the batch code on the pallet is {' '.join(bad_iban[i:i + 4] for i in range(0, 22, 4))}",
                        f"the sample ID is {rng.choice(['QQ', 'DF', 'FQ', 'TN'])} {fake.numerify('## ## ##')} "
                        f"{rng.choice('ABCD')}",
                        f"the locker code is {digits}{wrong}",
                        f"the test voucher QQ{fake.numerify('######')}C is expired"])]


def _short_codes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"text STOP to {fake.numerify('#####')}", "in an emergency call nine one one",
                        f"dial {rng.choice(['411', '311', '999', '112', '111'])} for that",
                        f"press {WORDS[rng.randint(1, 9)]} for billing, {WORDS[rng.randint(1, 9)]} for sales",
                        f"the PIN is {digit_words(rng, fake.numerify('####'))}, don't share it",
                        f"use code SAVE{rng.randint(10, 50)} at checkout",
                        f"the verification code is {fake.numerify('### ###')}"])]


def _lists_of_numbers(fake: Faker, rng: random.Random) -> list[str]:
    """Small numbers said one after another that are picks, counts or a combination, not one number."""
    picks = sorted(rng.sample(range(1, 60), 6))
    return [rng.choice([f"my lottery numbers are {', '.join(str(n) for n in picks)}",
                        f"the lucky numbers were {' '.join(pair_words(str(n)) if n > 9 else WORDS[n] for n in picks)}",
                        f"the lock combination is {rng.randint(1, 39)}, {rng.randint(1, 39)}, {rng.randint(1, 39)}",
                        f"I need {WORDS[rng.randint(2, 9)]} two by fours, {WORDS[rng.randint(2, 9)]} four by eights "
                        f"and {pair_words(str(rng.randint(21, 99)))} screws",
                        f"rows {rng.randint(1, 9)} {rng.randint(1, 9)} {rng.randint(1, 9)} and {rng.randint(1, 9)} "
                        f"are free, seats {rng.randint(10, 40)} to {rng.randint(41, 80)}"])]


NEGATIVE_FAMILIES = {
    "negative/v6-tracking": _tracking, "negative/v6-luhn-invalid": _luhn_invalid, "negative/v6-money": _money,
    "negative/v6-times-durations": _times_durations, "negative/v6-dates-other": _dates_other,
    "negative/v6-builds": _builds, "negative/v6-flights": _flights, "negative/v6-addresses-zip": _addresses_zip,
    "negative/v6-policy-claims": _policy_claims, "negative/v6-skus": _skus, "negative/v6-masked-cards": _masked_cards,
    "negative/v6-handles-files": _handles_files, "negative/v6-network-ids": _network_ids,
    "negative/v6-bad-checksums": _bad_checksums, "negative/v6-short-codes": _short_codes,
    "negative/v6-lists-of-numbers": _lists_of_numbers,
}


def held_out() -> frozenset[str]:
    """The whole batch: it was written as a held-out batch, blind, not drawn from."""
    return frozenset([*FAMILIES, *NEGATIVE_FAMILIES])

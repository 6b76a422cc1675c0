"""The eighth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. New here: a speech engine switching its number
formatting once, anywhere in a run ("4111 11 one one, one one..."); the agent reading a value back as spaced
single digits ("so that's 4 1 1 1, ...correct?") or as hyphen-spelled letters ("j-o-h-n"), and echoing each group
as it comes; values spread over three to six segments, with acknowledgements between or cut by the engine at each
pause; inline self-corrections ("I mean", "sorry, not ... "); "and then" between groups; a non-native speaker's
"the number is: four, one, one, one"; letters by phonetic words with "for" ("Q for Quebec") and bare NATO words;
Spanish-English code switching (Spanish digit words, "arroba", "punto", "guion", "equis", "letra"); emails with
"hyphen" and "period", "all lower case" said before the address, typed with spaces around "@", on FR, IT, NL, BR,
ZA, SG and JP domains; phone numbers of France, Italy, the Netherlands, Brazil, South Africa, Singapore and Japan,
typed and said; "extension" and "ext." kept out of the number; typed values with dots, slashes and en-dashes; SSNs
with "dash" or "hyphen" said between typed groups; cards said in groups of four with "space"; expiries "oh-nine
slash twenty-eight". Look-alikes: order numbers read back, Luhn-invalid runs said the same new ways, amounts,
times, tracking numbers, dates that are not births or expiries ("end of next year"), reference codes in NATO
words, house numbers, extensions alone, invalid SSNs, IBANs failing mod-97, "period" and "at" in ordinary talk,
handles and file names, Spanish prices and addresses, IP addresses and ISBNs.

Labelling follows the earlier batches: a label covers what is said of the value, with the fillers, joiners and
corrections inside it; naming words outside it ("extension ...", "letra" before a DNI's letter is inside, as it
is part of saying the value); one label per segment piece; an agent's read-back or echo of the value is labelled.
Every value is valid where a validator exists (seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE
letters, NINO prefixes, `phonenumbers`). Each label is checked as it is made (`Said.verify`): its characters are
exactly the text the family meant, with no space or punctuation at its ends, and, where the family gives the value
(`value=`), what the label says reads back to that value (`reads`: digit words in English and Spanish, "oh",
"double", "triple", NATO words, letters, with "as in"/"for" names skipped).

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Utterance; a look-alike
family's a function (Faker, Random) -> list of segments. Family names carry "v8-"."""

import random
import re
import unicodedata

import phonenumbers
from faker import Faker
from families import NATO, names
from seventh_families import (DNI_LETTERS, MONTHS, a_card, a_nie, a_nif, a_nino, a_ssn, a_us_phone, an_iban, checked,
                              iban_ok, luhn_fix, luhn_ok, nif_ok, phone_ok, tens, valid_national, words)
from speech import TEENS, TENS, WORDS, Utterance
from speech import groups as grp

ES_WORDS = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ACKS = ["Uh-huh.", "Yep.", "Mm.", "Okay, next?", "Yep, go on.", "Got that.", "Mhm, and?", "Sí.", "Right, keep going."]
ENDS = ["", ".", "?", ", is that right?", ", correct?"]


# The labels' self-check ---------------------------------------------------------------------------------
SPOKEN = {**{w: str(i) for i, w in enumerate(WORDS)}, **{w: str(i) for i, w in enumerate(ES_WORDS)}, "oh": "0",
          "equis": "X", "zeta": "Z"}
SKIPPED = {"plus", "m\u00e1s", "and", "then", "space", "dash", "hyphen", "uh", "um", "letter", "letra", "slash", "luego", "y"}
NATO_WORDS = {w: k for k, w in NATO.items()} | {"x-ray": "X"}


def reads(text: str) -> str:
    """What a label says, as digits and capital letters: the check that a family wrote the value it meant."""
    tokens = re.findall(r"x-ray|i griega|[a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+|\d+", text, flags=re.I)
    out, times, i = [], 1, 0
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        i += 1
        if low == "as" and i < len(tokens) and tokens[i].lower() == "in":
            i += 2  # "D as in delta": the name repeats the letter
        elif low == "for":
            i += 1  # "Q for Quebec"
        elif low in ("double", "triple"):
            times = 2 if low == "double" else 3
        elif low == "i griega":
            out.append("Y")
        elif low in TEENS:
            out.append(f"1{TEENS.index(low)}")
        elif low in TENS[2:]:
            unit = tokens[i].lower() if i < len(tokens) else ""
            out.append(f"{TENS.index(low)}{WORDS.index(unit) if unit in WORDS[1:] else 0}")
            i += unit in WORDS[1:]
        elif low in SPOKEN:
            out.append(SPOKEN[low] * times)
            times = 1
        elif low in NATO_WORDS:
            out.append(NATO_WORDS[low])
        elif token.isdigit() or len(token) == 1:
            out.append(token.upper())
        elif low not in SKIPPED:
            raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


class Said(Utterance):
    """An utterance that remembers each label's text and value, to check them once it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.meant: list[tuple[str, str | None]] = []

    def entity(self, type_: str, text: str, value: str | None = None) -> "Said":
        self.meant.append((text, value))
        return super().entity(type_, text)  # type: ignore[return-value]

    def verify(self) -> "Said":
        for label, (text, value) in zip(self.entities, self.meant, strict=True):
            got = self.segments[label["segment"]][label["start"]:label["end"]]
            assert got == text and text == text.strip(" ,.;:?!") and text, (got, text)
            assert value is None or reads(text) == value.upper(), (text, reads(text), value)
        return self


# How these speakers say things ---------------------------------------------------------------------------
def spaced(value: str) -> str:
    return " ".join(value)


def es_words(digits: str) -> str:
    return " ".join(ES_WORDS[int(d)] for d in digits)


def code_switched(digits: str, rng: random.Random) -> str:
    """Spanish and English digit words in one run, the language changing at least once."""
    spanish = rng.random() < 0.5
    out = []
    for i, d in enumerate(digits):
        if i and rng.random() < 0.3:
            spanish = not spanish
        out.append(ES_WORDS[int(d)] if spanish else WORDS[int(d)])
    if all(w in ES_WORDS for w in out) or all(w in WORDS for w in out):
        out[-1] = WORDS[int(digits[-1])] if out[-1] in ES_WORDS and digits[-1] != "1" else ES_WORDS[int(digits[-1])]
    return " ".join(out)


def flipped(value: str, sizes: list[int], rng: random.Random) -> str:
    """The engine writes digits, then from one point on writes words (or the other way), cut anywhere."""
    cut = rng.randint(2, len(value) - 2)
    head, tail = value[:cut], value[cut:]
    bounds = [sum(sizes[:k]) for k in range(1, len(sizes))]

    def typed(s: str, start: int) -> str:
        return "".join((" " if start + i in bounds else "") + c for i, c in enumerate(s)).strip()

    def said(s: str, start: int) -> str:
        return " ".join(("," if start + i in bounds and i else "") + words(c) for i, c in enumerate(s)).replace(
            " ,", ", ")
    if rng.random() < 0.6:
        return f"{typed(head, 0)} {said(tail, cut)}"
    return f"{said(head, 0)} {typed(tail, cut)}"


def esl(value: str) -> str:
    """Each character alone, commas between: a careful non-native speaker."""
    return ", ".join(words(c) if c.isdigit() else c for c in value)


def and_then(parts: list[str], rng: random.Random) -> str:
    return "".join(p if i == 0 else rng.choice([" and then ", ", and then ", " then ", ", then, "]) + p
                   for i, p in enumerate(parts))


def odd_separator(parts: list[str], rng: random.Random) -> str:
    sep = rng.choice([".", "/", "\u2013", " \u2013 ", " / ", "\u00b7", "\u2014"])
    return sep.join(parts)


def pieces(u: Said, type_: str, parts: list[str], values: list[str | None], rng: random.Random,
           acks: bool = True) -> Said:
    """One label per segment, an acknowledgement between (or none: the engine cut at the pause)."""
    for i, (part, value) in enumerate(zip(parts, values, strict=True)):
        if i:
            u.say(rng.choice(["", "...", ","])).turn()
            if acks:
                u.say(rng.choice(ACKS)).turn()
        u.entity(type_, part, value)
    return u


def even_cuts(value: str, count: int, rng: random.Random) -> list[str]:
    """The value cut into `count` non-empty pieces at random places."""
    while True:
        cuts = [0, *sorted(rng.sample(range(2, len(value) - 1), count - 1)), len(value)]
        if min(b - a for a, b in zip(cuts, cuts[1:])) >= 2:
            return [value[a:b] for a, b in zip(cuts, cuts[1:])]


def corrected(parts: list[str], render, rng: random.Random) -> str:
    """One group said wrong, then corrected inline ("I mean ...", "sorry, not ..., ...")."""
    k = rng.randint(0, len(parts) - 1)
    while (wrong := "".join(rng.choice("0123456789") if c.isdigit() else c for c in parts[k])) == parts[k]:
        pass
    fix = rng.choice([f"{render(wrong)}, I mean {render(parts[k])}", f"{render(wrong)}, sorry, {render(parts[k])}",
                      f"{render(wrong)}, no, not {render(wrong)}, {render(parts[k])}",
                      f"{render(wrong)}... wait, {render(parts[k])}"])
    return ", ".join([*map(render, parts[:k]), fix, *map(render, parts[k + 1:])])


def readback(u: Said, type_: str, text: str, value: str | None, rng: random.Random) -> Said:
    """The agent repeats the value for the caller to confirm; the caller says yes."""
    u.say(".").turn().say(rng.choice(["So that's ", "Okay, let me read that back: ", "I have ", "Just to confirm, "]))
    u.entity(type_, text, value).say(rng.choice([", correct?", ", is that right?", "?", ". Yes?"])).turn()
    return u.say(rng.choice(["Yes.", "That's right.", "Correct.", "Yep, that's it.", "Sí, correcto."]))


def echoes(u: Said, type_: str, parts: list[str], render_caller, render_agent, rng: random.Random) -> Said:
    """The caller says a group, the agent echoes it, group after group: every piece labelled."""
    for i, part in enumerate(parts):
        if i:
            u.turn()
        u.entity(type_, render_caller(part), part).say(rng.choice(["", ".", "..."])).turn()
        u.entity(type_, render_agent(part), part).say(rng.choice([", okay.", ".", ", yep.", ", got it."]))
    return u


def card16(fake: Faker, rng: random.Random) -> str:
    while len(d := a_card(fake, rng)) != 16:
        pass
    return d


# Cards --------------------------------------------------------------------------------------------------
def card_format_flip(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["card number is ", "yeah it's ", "okay, ", "the long number is "])).entity(
        "CREDIT_CARD", flipped(d, [4, 4, 4, 4], rng), d).say(rng.choice(ENDS[:2]))


def card_agent_readback(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    u = Said().say(rng.choice(["It's ", "The card is ", "Okay, card number "])).entity(
        "CREDIT_CARD", ", ".join(words(g) for g in grp(d, [4] * 4)), d)
    return readback(u, "CREDIT_CARD", rng.choice([", ".join(spaced(g) for g in grp(d, [4] * 4)), spaced(d)]), d, rng)


def card_segments_acks(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    parts = grp(d, [4] * 4) if rng.random() < 0.5 else even_cuts(d, rng.randint(3, 5), rng)
    u = Said().say(rng.choice(["Okay so it's ", "Card number, ", "Right, "]))
    render = rng.choice([words, lambda g: g, spaced])
    return pieces(u, "CREDIT_CARD", [render(p) for p in parts], parts, rng).say(rng.choice(["", ".", ". That's it."]))


def card_engine_fragments(fake: Faker, rng: random.Random) -> Said:
    """A slow speaker: the engine ends a segment at every pause, nobody speaks between."""
    d = card16(fake, rng)
    parts = even_cuts(d, rng.randint(4, 6), rng)
    u = Said().say(rng.choice(["my card is ", "It's ", "Um, "]))
    return pieces(u, "CREDIT_CARD", [rng.choice([words(p), p]) for p in parts], parts, rng, acks=False).say(".")


def card_i_mean(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["the card number is ", "okay, it's ", "sure, "])).entity(
        "CREDIT_CARD", corrected(grp(d, [4] * 4), rng.choice([words, lambda g: g]), rng)).say(rng.choice(["", "."]))


def card_and_then(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    render = rng.choice([words, lambda g: g])
    return Said().say(rng.choice(["first four are ", "it starts ", "so it's "])).entity(
        "CREDIT_CARD", and_then([render(g) for g in grp(d, [4] * 4)], rng), d).say(rng.choice(["", ".", ", done"]))


def card_esl_colon(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["The number is: ", "My card number is: ", "Number of card: ", "Is: "])).entity(
        "CREDIT_CARD", esl(d), d).say(rng.choice([".", ". Finish.", ""]))


def card_space_said(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    render = rng.choice([lambda g: g, words, spaced])
    return Said().say(rng.choice(["typing it as it's printed: ", "it's ", "card "])).entity(
        "CREDIT_CARD", " space ".join(render(g) for g in grp(d, [4] * 4)), d).say(rng.choice(["", "."]))


def card_odd_separators(fake: Faker, rng: random.Random) -> Said:
    d = checked("CREDIT_CARD", fake["en_US"].credit_card_number(rng.choice(["amex", "visa13", "visa16", "visa19",
                                                                           "mastercard", "diners"])))
    sizes = {15: [4, 6, 5], 14: [4, 6, 4], 13: [4, 4, 5]}.get(len(d), [4, 4, 4, 4, 3])
    return Said().say(rng.choice(["Card: ", "card number ", "the number is "])).entity(
        "CREDIT_CARD", odd_separator(grp(d, sizes), rng), d).say(rng.choice(["", "."]))


def card_code_switch(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    sep = rng.choice([", ", " ", "... "])
    return Said().say(rng.choice(["mi tarjeta es ", "the card, la tarjeta, is ", "el número es "])).entity(
        "CREDIT_CARD", sep.join(code_switched(g, rng) for g in grp(d, [4] * 4)), d).say(rng.choice(["", ".", ", ¿vale?"]))


def card_agent_echoes(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    u = Said().say(rng.choice(["Go ahead with the card number.", "Ready when you are."])).turn()
    return echoes(u, "CREDIT_CARD", grp(d, [4] * 4), rng.choice([words, lambda g: g]), spaced, rng)


EXPIRY_SAID = ["{mm} slash {yy}", "{mm}-slash-{yy}", "{mm} / {yy}", "{mm} stroke {yy}", "{mm}, {yy}",
               "{mm} dash {yy}"]


def card_expiry_oh_slash(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    month, year = rng.randint(1, 12), rng.randint(27, 33)
    mm = rng.choice([f"oh-{WORDS[month]}", f"oh {WORDS[month]}", f"zero {WORDS[month]}"]) if month < 10 else tens(month)
    yy = rng.choice([tens(year), f"twenty {tens(year)}", f"{WORDS[year // 10]} {WORDS[year % 10]}"])
    u = Said().say(rng.choice(["number's ", "card is "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(grp(d, [4] * 4)), " ".join(words(g) for g in grp(d, [4] * 4))]), d)
    u.say(rng.choice([". Expiry ", ", expiring ", ", exp ", ". And it expires "]))
    return u.entity("CARD_EXPIRY", rng.choice(EXPIRY_SAID).format(mm=mm, yy=yy)).say(rng.choice(["", "."]))


def card_expiry_separate_turn(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    month, year = rng.randint(1, 12), rng.randint(27, 33)
    u = Said().say("Card is ").entity("CREDIT_CARD", " ".join(grp(d, [4] * 4)), d).say(".").turn()
    u.say(rng.choice(["And when does it expire?", "Expiration date?", "What's the expiry on it?"])).turn()
    u.say(rng.choice(["Um, ", "It's ", "Says ", ""]))
    u.entity("CARD_EXPIRY", rng.choice([f"{month:02d}/{year}", f"{month:02d}/20{year}", f"{MONTHS[month - 1]} {tens(year)}",
                                        f"{MONTHS[month - 1]} of twenty {tens(year)}", f"{month:02d}.{year}",
                                        f"{tens(month)} of {tens(year)}"]))
    return u.say(rng.choice(["", ".", ", I think"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_dash_said_typed(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    joiner = rng.choice([" dash ", " hyphen ", " dash, ", ", dash, "])
    parts = [rng.choice([g, words(g)]) if rng.random() < 0.4 else g for g in grp(d, [3, 2, 4])]
    return Said().say(rng.choice(["social is ", "my SSN, ", "social security number "])).entity(
        "US_SSN", joiner.join(parts), d).say(rng.choice(["", "."]))


def ssn_agent_readback(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    u = Said().say(rng.choice(["My social is ", "Social's ", "It's "])).entity(
        "US_SSN", rng.choice([", ".join(words(g) for g in grp(d, [3, 2, 4])), "-".join(grp(d, [3, 2, 4]))]), d)
    return readback(u, "US_SSN", ", ".join(spaced(g) for g in grp(d, [3, 2, 4])), d, rng)


def ssn_segments_acks(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    parts = grp(d, [3, 2, 4]) if rng.random() < 0.6 else grp(d, [3, 2, 2, 2])
    u = Said().say(rng.choice(["Social security number: ", "Sure, my social, ", "Okay. "]))
    return pieces(u, "US_SSN", [rng.choice([words(p), p]) for p in parts], parts, rng).say(rng.choice(["", "."]))


def ssn_esl_colon(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["My social security number is: ", "The social number is: ", "SSN is: "])).entity(
        "US_SSN", esl(d), d).say(rng.choice([".", "", ". Finish."]))


def ssn_code_switch(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["mi seguro social es ", "my social, el seguro social, es ", "el social es "])).entity(
        "US_SSN", ", ".join(code_switched(g, rng) for g in grp(d, [3, 2, 4])), d).say(rng.choice(["", "."]))


def ssn_i_mean(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["social is ", "my SSN is ", "it's "])).entity(
        "US_SSN", corrected(grp(d, [3, 2, 4]), rng.choice([words, lambda g: g]), rng)).say(rng.choice(["", "."]))


def ssn_format_flip(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["my social security number is ", "social, ", "SSN "])).entity(
        "US_SSN", flipped(d, [3, 2, 4], rng), d).say(rng.choice(["", "."]))


def ssn_odd_separators(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["SSN: ", "social security no. ", "my social is "])).entity(
        "US_SSN", odd_separator(grp(d, [3, 2, 4]), rng), d).say(rng.choice(["", "."]))


# Emails -------------------------------------------------------------------------------------------------
def plain(name: str) -> str:
    """A name as it goes into an address: no accents, spaces or apostrophes."""
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode())


def address(local: str, domain: str) -> str:
    return checked("EMAIL_ADDRESS", f"{local}@{domain}")


def email_hyphen_period(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    host = rng.choice(["blue-sky", "north-star", "red-oak", "smith-and-co", "tri-county", "first-rate"])
    tld = rng.choice(["net", "com", "org", "us"])
    joiner = rng.choice(["hyphen", "dash"])
    address(f"{first}-{last}", f"{host}.{tld}")
    return Said().say(rng.choice(["email is ", "it's ", "work email: "])).entity(
        "EMAIL_ADDRESS", f"{first} {joiner} {last} at {host.replace('-', f' {joiner} ')} period {tld}").say(
        rng.choice(["", ".", ", all lower case"]))


def email_nato_bare(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    local = (first[0] + last)[:7]
    provider = rng.choice(["gmail", "yahoo", "aol", "outlook"])
    address(local, f"{provider}.com")
    said = " ".join(NATO[c.upper()] for c in local)
    return Said().say(rng.choice(["I'll spell it: ", "okay, phonetically, ", "that's "])).entity(
        "EMAIL_ADDRESS", f"{said}, at {provider} dot com").say(rng.choice(["", "."]))


def email_spelled_for(fake: Faker, rng: random.Random) -> Said:
    """Every letter with a word, "for" or "as in": "K for kilo, A for alpha ..."."""
    first, last = names(fake)
    local = last[:6]
    provider = rng.choice(["hotmail", "gmail", "comcast"])
    address(local, f"{provider}.{'net' if provider == 'comcast' else 'com'}")
    link = rng.choice([" for ", " as in "])
    said = ", ".join(f"{c.upper()}{link}{NATO[c.upper()]}" for c in local)
    return Said().say(rng.choice(["Spelling it: ", "Okay so it's ", "Email: "])).entity(
        "EMAIL_ADDRESS", f"{said}, at {provider} dot {'net' if provider == 'comcast' else 'com'}").say(
        rng.choice(["", "."]))


def email_lower_case_first(fake: Faker, rng: random.Random) -> Said:
    """The caller says how to write it before the address: "all lower case" stays outside the label."""
    first, last = names(fake)
    num = rng.randint(1, 99)
    local = rng.choice([f"{first[0]}{last}{num}", f"{first}.{last}", f"{last}{first[0]}"])
    provider = rng.choice(["gmail", "yahoo", "icloud", "msn"])
    address(local, f"{provider}.com")
    said = local.replace(".", " dot ").replace(str(num), f" {tens(num)}")
    return Said().say(rng.choice(["okay, all lower case, ", "it's all lower case: ", "lowercase, one word, ",
                                  "all small letters, "])).entity("EMAIL_ADDRESS", f"{said} at {provider} dot com").say(
        rng.choice(["", "."]))


def email_code_switch(fake: Faker, rng: random.Random) -> Said:
    first, last = plain(fake["es_ES"].first_name()), plain(fake["es_ES"].last_name())
    sep, said_sep = rng.choice([(".", " punto "), ("_", " guion bajo "), ("-", " guion "), (".", " dot ")])
    provider = rng.choice(["gmail", "hotmail", "yahoo", "telefonica"])
    tld = rng.choice(["com", "es"])
    address(f"{first}{sep}{last}", f"{provider}.{tld}")
    at = rng.choice([" arroba ", " at ", " arroba, "])
    dot = rng.choice([" punto ", " dot "])
    return Said().say(rng.choice(["mi correo es ", "my email, el correo, es ", "el email es "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last}{at}{provider}{dot}{tld}").say(rng.choice(["", ".", ", ¿vale?"]))


def email_segments_acks(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    provider = rng.choice(["gmail", "outlook", "yahoo", "verizon"])
    tld = "net" if provider == "verizon" else "com"
    address(f"{first}.{last}", f"{provider}.{tld}")
    parts = rng.choice([[f"{first} dot", last, f"at {provider} dot {tld}"],
                        [first, f"dot {last}", f"at {provider}", f"dot {tld}"],
                        [first, f"dot {last} at", f"{provider} dot {tld}"]])
    u = Said().say(rng.choice(["It's ", "Email, ", "Okay, "]))
    return pieces(u, "EMAIL_ADDRESS", parts, [None] * len(parts), rng).say(rng.choice(["", "."]))


def email_hyphen_spelled_readback(fake: Faker, rng: random.Random) -> Said:
    """The agent reads it back spelling the surname with hyphens, as engines write spelled words."""
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook"])
    address(f"{first}.{last}", f"{provider}.com")
    u = Said().say(rng.choice(["my email's ", "it's "])).entity(
        "EMAIL_ADDRESS", f"{first} dot {last} at {provider} dot com")
    back = rng.choice([f"{first} dot {'-'.join(last)} at {provider} dot com",
                       f"{'-'.join(first)} dot {'-'.join(last)} at {provider}.com",
                       f"{first}.{'-'.join(last.upper())}@{provider}.com"])
    return readback(u, "EMAIL_ADDRESS", back, None, rng)


def email_typed_spacing(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    provider = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "me.com"])
    address(f"{first}.{last}", provider)
    host, tld = provider.split(".")
    text = rng.choice([f"{first}.{last} @ {provider}", f"{first} . {last} @ {host} . {tld}",
                       f"{first}.{last} @{provider}", f"{first.upper()}.{last.upper()}@{provider.upper()}",
                       f"{first}.{last}@ {provider}", f"{first.capitalize()}.{last.capitalize()}@{provider}"])
    return Said().say(rng.choice(["Email: ", "e-mail ", "it's "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice(["", ".", " thanks"]))


INTL = [("fr_FR", ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"], ", merci"),
        ("it_IT", ["libero.it", "tiscali.it", "virgilio.it", "alice.it"], ", grazie"),
        ("nl_NL", ["ziggo.nl", "kpnmail.nl", "xs4all.nl", "planet.nl"], ", dank je"),
        ("pt_BR", ["uol.com.br", "bol.com.br", "terra.com.br", "globo.com"], ", obrigado"),
        ("en_US", ["mweb.co.za", "telkomsa.net", "webmail.co.za", "singnet.com.sg", "pacific.net.sg",
                   "yahoo.co.jp", "docomo.ne.jp", "nifty.com"], ", cheers")]


def email_international(fake: Faker, rng: random.Random) -> Said:
    locale, domains, thanks = rng.choice(INTL)
    first, last = plain(fake[locale].first_name()), plain(fake[locale].last_name())
    domain = rng.choice(domains)
    local = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(10, 99)}"])
    address(local, domain)
    said_local = re.sub(r"(\d+)", lambda m: f" {tens(int(m.group()))}", local.replace(".", " dot "))
    text = rng.choice([f"{local}@{domain}", f"{said_local} at {domain.replace('.', ' dot ')}",
                       f"{said_local} at {domain}"])
    return Said().say(rng.choice(["my email is ", "it's ", "you can write to "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice(["", ".", thanks]))


def email_i_mean(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    wrong, right = rng.sample(["gmail", "hotmail", "yahoo", "outlook", "aol"], 2)
    address(f"{first}_{last}", f"{right}.com")
    text = rng.choice([f"{first} underscore {last} at {wrong}, sorry, at {right} dot com",
                       f"{first} dot, no, underscore, {last} at {right} dot com",
                       f"{first} underscore {last} at {wrong}, I mean {right}, dot com",
                       f"{first} underscore {last} at {wrong} dot com, no wait, {right} dot com"])
    return Said().say(rng.choice(["it's ", "email is ", "send it to "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice(["", "."]))


# Phones -------------------------------------------------------------------------------------------------
def national(fake: Faker, region: str, pattern: str) -> tuple[str, str]:
    """A valid national number and its country code."""
    return valid_national(fake, region, pattern), str(phonenumbers.country_code_for_region(region))


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_extension(fake: Faker, rng: random.Random) -> Said:
    """The extension is said after the number and stays outside the label."""
    a, b, c = grp(a_us_phone(fake), [3, 3, 4])
    ext = fake.numerify("%" + "#" * rng.randint(1, 3))
    text = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{words(a)}, {words(b)}, {words(c)}", f"{a}.{b}.{c}"])
    u = Said().say(rng.choice(["the office is ", "call the front desk at ", "reach me at "])).entity(
        "PHONE_NUMBER", text, a + b + c)
    return u.say(rng.choice([f" ext. {ext}", f" extension {words(ext)}", f", ext {ext}", f" x{ext}",
                             f", and then ask for extension {ext}", f", then dial {words(ext)} at the prompt"])).say(
        rng.choice(["", "."]))


def pairs_said(digits: str) -> str:
    """French style: two digits at a time ("oh six, twelve, thirty-four ...")."""
    return ", ".join(words(p) if p[0] == "0" else tens(int(p)) for p in grp(digits, [2] * 6))


def phone_france(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "FR", rng.choice(["6########", "7########", "1########", "4########"]))
    trunk = "0" + n
    variant = rng.randint(0, 4)
    text, value = [(" ".join(grp(trunk, [2] * 5)), trunk), (f"+33 {n[0]} {' '.join(grp(n[1:], [2] * 4))}", code + n),
                   (".".join(grp(trunk, [2] * 5)), trunk), (pairs_said(trunk), trunk),
                   (f"plus three three, {words(n[0])}, {pairs_said(n[1:])}", code + n)][variant]
    return Said().say(rng.choice(["mon portable, my mobile, is ", "in France I'm on ", "my French number is "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", merci"]))


def phone_italy(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "IT", rng.choice(["3#########", "02########", "06########"]))
    head = 2 if n[0] == "0" else 3
    text, value = rng.choice([(f"{n[:head]} {n[head:]}", n), (f"+39 {n[:head]} {n[head:]}", code + n),
                              (f"{n[:head]} {' '.join(grp(n[head:], [3, 4]))}", n), (f"0039 {n}", "00" + code + n),
                              (", ".join(words(g) for g in grp(n, [head, 3, 4])), n),
                              (f"plus thirty-nine, {', '.join(words(g) for g in grp(n, [head, 3, 4]))}", code + n)])
    return Said().say(rng.choice(["il mio cellulare, my cell, ", "in Italy it's ", "my Italian number is "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", grazie"]))


def phone_netherlands(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "NL", rng.choice(["6########", "20#######", "10#######"]))
    trunk = "0" + n
    mobile = n[0] == "6"
    local = f"06-{n[1:]}" if mobile else f"0{n[:2]} {n[2:5]} {n[5:]}"
    text, value = rng.choice([(local, trunk), (f"+31 {n[0]} {n[1:5]} {n[5:]}" if mobile else f"+31 {n[:2]} {n[2:]}",
                                               code + n), (f"+31 (0){n[0]} {n[1:]}", code + "0" + n),
                              (", ".join(words(g) for g in (grp(trunk, [2, 4, 4]) if mobile else grp(trunk, [3, 3, 4]))),
                               trunk)])
    return Said().say(rng.choice(["mijn nummer, my number, is ", "my Dutch mobile is ", "in Amsterdam: "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", dank je"]))


def phone_brazil(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "BR", rng.choice(["119########", "219########", "11########"]))
    area, rest = n[:2], n[2:]
    split = len(rest) - 4
    text, value = rng.choice([(f"({area}) {rest[:split]}-{rest[split:]}", n),
                              (f"+55 {area} {rest[:split]}-{rest[split:]}", code + n),
                              (f"+55 ({area}) {rest[:split]} {rest[split:]}", code + n),
                              (f"{tens(int(area))}, {words(rest[:split])}, {words(rest[split:])}", n),
                              (f"plus fifty-five, {tens(int(area))}, {words(rest)}", code + n)])
    return Said().say(rng.choice(["meu celular, my cell, is ", "in São Paulo it's ", "my Brazilian number is "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", obrigado"]))


def phone_south_africa(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "ZA", rng.choice(["82#######", "72#######", "83#######", "21#######", "11#######"]))
    trunk = "0" + n
    text, value = rng.choice([(" ".join(grp(trunk, [3, 3, 4])), trunk), (f"+27 {' '.join(grp(n, [2, 3, 4]))}", code + n),
                              (f"+27 (0){' '.join(grp(n, [2, 3, 4]))}", code + "0" + n),
                              (", ".join(words(g) for g in grp(trunk, [3, 3, 4])), trunk),
                              (f"{words(trunk[:3])}, {words(trunk[3:6])}, {pairs_said(trunk[6:]).replace(',', '')}",
                               trunk)])
    return Said().say(rng.choice(["my cell here in Joburg is ", "in Cape Town I'm on ", "my South African number is "])
                      ).entity("PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", shot"]))


def phone_singapore(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "SG", rng.choice(["9#######", "8#######", "6#######"]))
    text, value = rng.choice([(f"{n[:4]} {n[4:]}", n), (f"+65 {n[:4]} {n[4:]}", code + n), (f"+65-{n}", code + n),
                              (f"{words(n[:4])}, {words(n[4:])}", n),
                              (f"plus six five, {words(n[:4])} {words(n[4:])}", code + n)])
    return Said().say(rng.choice(["my Singapore number is ", "in Singapore, call ", "my handphone is "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", lah"]))


def phone_japan(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "JP", rng.choice(["90########", "80########", "3########"]))
    trunk = "0" + n
    sizes = [3, 4, 4] if len(trunk) == 11 else [2, 4, 4]
    text, value = rng.choice([("-".join(grp(trunk, sizes)), trunk), (f"+81 {'-'.join(grp(n, [sizes[0] - 1, 4, 4]))}",
                                                                       code + n),
                              (f"({grp(trunk, sizes)[0]}) {'-'.join(grp(trunk, sizes)[1:])}", trunk),
                              (", ".join(words(g, "zero") for g in grp(trunk, sizes)), trunk),
                              (f"plus eight one, {', '.join(words(g) for g in grp(n, [sizes[0] - 1, 4, 4]))}", code + n)])
    return Said().say(rng.choice(["my keitai, my mobile, is ", "in Tokyo it's ", "my Japanese number is "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", arigato"]))


def phone_agent_readback(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    u = Said().say(rng.choice(["Best number is ", "It's ", "My cell is "])).entity(
        "PHONE_NUMBER", ", ".join(words(g) for g in grp(d, [3, 3, 4])), d)
    return readback(u, "PHONE_NUMBER", rng.choice([", ".join(spaced(g) for g in grp(d, [3, 3, 4])),
                                                   f"({d[:3]}) {spaced(d[3:6])}, {spaced(d[6:])}"]), d, rng)


def phone_segments_acks(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    parts = grp(d, [3, 3, 4]) if rng.random() < 0.5 else grp(d, [3, 3, 2, 2])
    u = Said().say(rng.choice(["Phone number, ", "Okay it's ", "Call me at "]))
    return pieces(u, "PHONE_NUMBER", [rng.choice([words(p), p]) for p in parts], parts, rng).say(rng.choice(["", "."]))


def phone_esl_colon(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    return Said().say(rng.choice(["My number is: ", "Telephone: ", "The phone of me is: "])).entity(
        "PHONE_NUMBER", esl(d), d).say(rng.choice([".", "", ". Thank you."]))


def phone_code_switch(fake: Faker, rng: random.Random) -> Said:
    n, code = national(fake, "ES", rng.choice(["6########", "91#######", "7########"]))
    parts = grp(n, [3, 3, 3])
    text = ", ".join(code_switched(g, rng) for g in parts)
    value = n
    if rng.random() < 0.4:
        text, value = f"{rng.choice(['más', 'plus'])} {es_words('34')}, {text}", code + n
    return Said().say(rng.choice(["mi móvil es ", "my number, mi número, es ", "llámame al "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", ¿vale?"]))


def phone_odd_separators(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    text = odd_separator(grp(d, [3, 3, 4]), rng)
    value = d
    if rng.random() < 0.3:
        text, value = f"+1{rng.choice(['.', ' ', '/'])}{text}", "1" + d
    return Said().say(rng.choice(["Phone: ", "tel. ", "cell "])).entity("PHONE_NUMBER", text, value).say(
        rng.choice(["", "."]))

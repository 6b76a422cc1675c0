"""The ninth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. New here: punctuation the engine puts inside a
typed number ("4111. 1111, 1111") and thousands separators ("4,111,111,111,111,111"); groups of four said as
years ("nineteen eighty-four", "twenty oh five"); groups of three said in hundreds; a value partly typed in the
chat and partly said; a caller over a bad line asked about one digit or letter ("was that a five?" - the
question is not labelled, the value is); a value repeated whole after a failed read-back; values inside longer
sentences with amounts, dates and counts beside them, not to be joined; French, German and Italian digit words
and French and Spanish pairs ("zéro six, douze, trente-quatre"); British "double-oh" and "treble"; UK freephone
"oh eight hundred"; emails with digits and dots in the local part and dictated in French ("arobase", "point",
"tiret"), German ("Punkt", "Bindestrich") and Italian ("chiocciola", "punto"); IBANs of Poland, Portugal,
Belgium, Switzerland, Austria, Sweden, Norway and Denmark said and typed in new ways; phones of those countries;
SSNs said in five-four and three-six. Look-alikes: the same new ways on order numbers, Luhn-invalid runs, years,
amounts in hundreds, military times ("oh eight hundred hours"), foreign prices, IBANs failing mod-97 of the new
countries, invalid SSNs in five-four, partial values, and others.

Labelling follows the earlier batches: a label covers what is said of the value, with fillers and joiners inside
it; naming words ("extension", "the IBAN is") outside; one label per segment piece; an agent's read-back or the
caller's repeat of the whole value is labelled, a question about one digit or letter is not. Every value is valid
where a validator exists (seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE letters, NINO
prefixes, `phonenumbers`). Each label is checked as it is made (`Said.verify`): its characters are exactly the
text the family meant, with no space or punctuation at its ends; where a family gives the value (`value=`), the
label's characters, read by `reads` (digits and digit words of five languages, "oh", "double"/"treble", tens,
hundreds, NATO words, letters), give back that value.

The whole batch was held out (`held_out`) until it was retired on 2026-12-05, once its misses were read; its
families are tuned ones since. Each family is a function (Faker, Random) -> Said; a look-alike family's a function
(Faker, Random) -> list of segments. Family names carry "v9-"."""

import random
import re

import phonenumbers
from faker import Faker
from families import NATO, names
from seventh_families import (
    MONTHS,
    a_card,
    a_nie,
    a_nif,
    a_nino,
    a_ssn,
    a_us_phone,
    checked,
    iban_ok,
    luhn_ok,
    phone_ok,
    ssn_ok,
    tens,
    valid_national,
    words,
)
from speech import TEENS, TENS, WORDS, Utterance
from speech import groups as grp

FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
IT = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
NATO9 = {**NATO, "X": "x-ray"}
ACKS = ["Okay.", "Mm-hmm.", "Right.", "Got it.", "Yes, go on."]


# The labels' self-check ---------------------------------------------------------------------------------
FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve"]
ES_TENS = ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
ES_VEINTI = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
             "veintisiete", "veintiocho", "veintinueve"]


def fr_pair(n: int) -> str:
    """0..99 in French words ("zéro six" for a pair starting with 0 is the caller's, not this)."""
    if n < 10:
        return FR[n]
    if n < 20:
        return FR_TEENS[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        return FR_TENS[t] + ("" if u == 0 else " et un" if u == 1 else f"-{FR[u]}")
    if n < 80:
        return "soixante et onze" if n == 71 else f"soixante-{FR_TEENS[n - 70]}"
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + (FR[n - 80] if n < 90 else FR_TEENS[n - 90])


def es_pair(n: int) -> str:
    if n < 10:
        return ES[n]
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_VEINTI[n - 20]
    t, u = divmod(n, 10)
    return ES_TENS[t] + ("" if u == 0 else f" y {ES[u]}")


def _numbers() -> dict[str, str]:
    """Every number word this batch writes, in any language, to the digits it stands for."""
    out = {w: str(i) for lang in (WORDS, FR, DE, IT, ES) for i, w in enumerate(lang)}
    out |= {"oh": "0", "zwo": "2", "nought": "0"}
    for n in range(10, 100):
        out[tens(n)] = str(n)
        out[fr_pair(n)] = str(n)
        out[es_pair(n)] = str(n)
    return out


NUMBERS = _numbers()
SKIPPED = {"plus", "and", "then", "uh", "um", "like", "space", "dash", "letter", "letra", "et", "y"}
NATO_WORDS = {w: k for k, w in NATO9.items()}


MULTIWORD = sorted((w for w in NUMBERS if " " in w), key=len, reverse=True)


def reads(text: str) -> str:
    """What a label says, as digits and capital letters: the check that a family wrote the value it meant."""
    for phrase in MULTIWORD:  # "vingt et un", "treinta y cuatro": one number
        text = re.sub(rf"\b{phrase}\b", phrase.replace(" ", "_"), text)
    tokens = [t.replace("_", " ") for t in re.findall(r"[^\W\d]+(?:-[^\W\d]+)*|\d+", text)]
    out, times, i = [], 1, 0
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        i += 1
        nxt = tokens[i].lower() if i < len(tokens) else ""
        if low in ("double", "treble", "triple"):
            times = 2 if low == "double" else 3
        elif low in ("double-oh", "treble-oh"):
            out.append("0" * (2 if low == "double-oh" else 3))
        elif low == "as" and nxt == "in":
            i += 2  # "D as in delta": the name repeats the letter
        elif low in NUMBERS and nxt in ("hundred", "thousand"):
            i += 1
            rest = tokens[i].lower() if i < len(tokens) else ""
            if nxt == "hundred" and rest == "and":
                out.append(NUMBERS[low] + NUMBERS[tokens[i + 1].lower()].zfill(2))
                i += 2
            elif nxt == "hundred" and rest in NUMBERS and len(NUMBERS[rest]) == 2:
                out.append(NUMBERS[low] + NUMBERS[rest])
                i += 1
            else:
                out.append(NUMBERS[low] + ("00" if nxt == "hundred" else "000"))
        elif low in NUMBERS:
            out.append(NUMBERS[low] * times)
            times = 1
        elif low in NATO_WORDS:
            out.append(NATO_WORDS[low])
        elif token.isdigit() or len(token) <= 2:
            out.append(token.upper())  # typed digits, letters, a country code
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
def year(g: str) -> str:
    """Four digits as a year is said: "nineteen eighty-four", "twenty oh five", "two thousand", "forty-one
    hundred"; a group starting with 0 digit by digit."""
    head, tail = int(g[:2]), int(g[2:])
    if g[0] == "0":
        return words(g)
    if tail == 0:
        return f"{WORDS[head // 10]} thousand" if head % 10 == 0 else f"{tens(head)} hundred"
    if tail < 10:
        return f"{tens(head)} oh {WORDS[tail]}"
    return f"{tens(head)} {tens(tail)}"


def hundreds3(g: str, rng: random.Random) -> str:
    """Three digits in hundreds ("four hundred fifteen", "four hundred and five"); from 0 digit by digit."""
    if g[0] == "0":
        return words(g)
    rest = int(g[1:])
    if rest == 0:
        return f"{WORDS[int(g[0])]} hundred"
    return f"{WORDS[int(g[0])]} hundred{rng.choice([' ', ' and ']) if rest >= 10 else ' and '}{tens(rest)}"


def in_lang(digits: str, lang: list[str]) -> str:
    return " ".join(lang[int(d)] for d in digits)


def british(digits: str, rng: random.Random) -> str:
    """"double-oh", "double four", "treble five": runs of a digit as the British say them."""
    out, i = [], 0
    while i < len(digits):
        d, run = digits[i], len(digits[i:]) - len(digits[i:].lstrip(digits[i]))
        if run >= 3 and rng.random() < 0.6:
            out.append("treble-oh" if d == "0" else f"treble {WORDS[int(d)]}")
            i += 3
        elif run >= 2:
            out.append("double-oh" if d == "0" else f"double {WORDS[int(d)]}")
            i += 2
        else:
            out.append("oh" if d == "0" else WORDS[int(d)])
            i += 1
    return " ".join(out)


def asr_punct(parts: list[str], rng: random.Random) -> str:
    """Groups the engine wrote as digits with a full stop or comma after a pause, at least one of each kind."""
    seps = [rng.choice([". ", ", ", " "]) for _ in parts[1:]]
    if ". " not in seps:
        seps[rng.randrange(len(seps))] = ". "
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


def with_double_run(fake: Faker, rng: random.Random, make, tries: int = 60) -> str:
    """A value with a repeated digit somewhere, where one comes in a few draws, for "double"/"treble"."""
    for _ in range(tries):
        v = make()
        if re.search(r"(\d)\1", v):
            return v
    return v


def card16(fake: Faker, rng: random.Random) -> str:
    while len(d := a_card(fake, rng)) != 16:
        pass
    return d


def wrong_digit(d: str, rng: random.Random) -> tuple[int, str]:
    k = rng.randrange(len(d))
    return k, str((int(d[k]) + rng.choice([4, 5, 6])) % 10)


def bad_line(u: Said, type_: str, text: str, value: str | None, rng: random.Random, asked: str) -> Said:
    """The caller says it, the agent asks about one piece over a bad line, the caller confirms that piece; the
    caller then says the whole value again, slower."""
    u.entity(type_, text, value).say(".").turn()
    u.say(rng.choice(["Sorry, you're breaking up, ", "The line's bad, ", "Sorry, "]) + asked).turn()
    u.say(rng.choice(["Yes, ", "Yeah, ", "Correct, "]) + "the whole thing again: ")
    return u


def repeated_whole(u: Said, type_: str, first: str, again: str, value: str, rng: random.Random) -> Said:
    """The agent's read-back fails; the caller says the whole value again."""
    u.entity(type_, first, value).say(".").turn()
    u.say(rng.choice(["Sorry, I didn't get all of that, could you repeat the whole thing?",
                      "Hmm, the system says that's not right. Can you give it to me again from the start?",
                      "I think I missed one, from the top please?"])).turn()
    u.say(rng.choice(["Sure. ", "Okay, ", "Right, again: ", ""]))
    return u.entity(type_, again, value).say(rng.choice([".", "", ". Got it?"]))


def chat_then_said(u: Said, type_: str, typed: str, said: str, rng: random.Random,
                   typed_value: str | None, said_value: str | None) -> Said:
    """Part of the value typed in the chat by the caller, the rest said on the call."""
    u.say(rng.choice(["[chat] ", "(typed in chat) ", "Chat message: "])).entity(type_, typed, typed_value).turn()
    u.say(rng.choice(["I can see the first part in the chat, what's the rest?", "Got that bit from the chat, go on.",
                      "The chat cut it off, what comes after?"])).turn()
    u.say(rng.choice(["Yeah the rest is ", "Then ", "It's ", "After that, "]))
    return u.entity(type_, said, said_value).say(rng.choice([".", "", ", that's all"]))


# Cards --------------------------------------------------------------------------------------------------
def card_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["Card number is ", "Okay. It's ", "yes it's "])).entity(
        "CREDIT_CARD", asr_punct(grp(d, [4] * 4), rng), d).say(rng.choice([".", "", ". Thanks."]))


def card_thousands_commas(fake: Faker, rng: random.Random) -> Said:
    """The engine took the run for one big number and wrote it with thousands separators."""
    d = card16(fake, rng)
    head = len(d) % 3 or 3
    text = ",".join([d[:head], *grp(d[head:], [3] * 6)])
    return Said().say(rng.choice(["the card number is ", "It's ", "card "])).entity("CREDIT_CARD", text, d).say(
        rng.choice([".", "", " okay"]))


def card_year_groups(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    parts = [year(g) if rng.random() < 0.7 else g for g in grp(d, [4] * 4)]
    if all(p.isdigit() for p in parts):
        parts[0] = year(grp(d, [4])[0])
    return Said().say(rng.choice(["so the card is ", "it reads ", "my card, "])).entity(
        "CREDIT_CARD", rng.choice([", ", " ", "... "]).join(parts), d).say(rng.choice([".", ""]))


def card_amex_hundreds(fake: Faker, rng: random.Random) -> Said:
    """An Amex read three digits at a time, each three in hundreds."""
    d = checked("CREDIT_CARD", fake["en_US"].credit_card_number("amex"))
    return Said().say(rng.choice(["It's an Amex, ", "american express, ", "the amex number is "])).entity(
        "CREDIT_CARD", ", ".join(hundreds3(g, rng) for g in grp(d, [3] * 5)), d).say(rng.choice([".", ""]))


def card_chat_half_typed(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    cut = rng.choice([4, 8, 12])
    typed = " ".join(grp(d[:cut], [4] * 4))
    said = ", ".join(words(g) for g in grp(d[cut:], [4] * 4))
    return chat_then_said(Said(), "CREDIT_CARD", typed, said, rng, d[:cut], d[cut:])


def card_bad_line(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    k, other = wrong_digit(d, rng)
    asked = f"was that a {WORDS[int(d[k])]} or a {WORDS[int(other)]} in group {WORDS[k // 4 + 1]}?"
    u = Said().say(rng.choice(["It's ", "Card number: "]))
    u = bad_line(u, "CREDIT_CARD", ", ".join(words(g) for g in grp(d, [4] * 4)), d, rng, asked)
    return u.entity("CREDIT_CARD", " ".join(grp(d, [4] * 4)), d).say(".")


def card_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    first = " ".join(words(g) for g in grp(d, [4] * 4))
    again = rng.choice([", ".join(grp(d, [4] * 4)), " ".join(d), ", ".join(words(g) for g in grp(d, [2] * 8))])
    return repeated_whole(Said().say(rng.choice(["card number ", "It's "])), "CREDIT_CARD", first, again, d, rng)


def card_amounts_nearby(fake: Faker, rng: random.Random) -> Said:
    """A payment sentence: an amount, a date, an order number around the card, none of them part of it."""
    d = card16(fake, rng)
    amount = rng.choice([f"${rng.randint(10, 2999)}.{rng.randint(10, 99)}", f"{rng.randint(2, 900)} dollars",
                         f"£{rng.randint(1, 40)},{rng.randint(100, 999)}"])
    card = rng.choice([" ".join(grp(d, [4] * 4)), d, ", ".join(words(g) for g in grp(d, [4] * 4))])
    u = Said().say(rng.choice([f"Please put {amount} on ", f"Charge the {amount} to ", f"Take {amount} from "]))
    u.entity("CREDIT_CARD", card, d)
    return u.say(rng.choice([f", on the {rng.randint(2, 28)}th, for order {rng.randint(1000, 99999)}",
                             f" and {rng.randint(2, 9)} more on {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)}",
                             f", invoice {rng.randint(100, 999)}, {rng.randint(2, 12)} items"])).say(".")


def card_french(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["ma carte, c'est ", "le numéro de carte est ", "numéro de la carte: "])).entity(
        "CREDIT_CARD", rng.choice([", ", " "]).join(in_lang(g, FR) for g in grp(d, [4] * 4)), d).say(
        rng.choice(["", ".", ", voilà"]))


def card_german(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    de = [w if i != 2 or rng.random() < 0.5 else "zwo" for i, w in enumerate(DE)]
    return Said().say(rng.choice(["die Kartennummer ist ", "meine Karte: ", "also, "])).entity(
        "CREDIT_CARD", rng.choice([", ", " "]).join(in_lang(g, de) for g in grp(d, [4] * 4)), d).say(
        rng.choice(["", ".", ", genau"]))


def card_italian(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    return Said().say(rng.choice(["il numero della carta è ", "la carta è ", "allora, "])).entity(
        "CREDIT_CARD", rng.choice([", ", " "]).join(in_lang(g, IT) for g in grp(d, [4] * 4)), d).say(
        rng.choice(["", ".", ", grazie"]))


def card_british_runs(fake: Faker, rng: random.Random) -> Said:
    d = with_double_run(fake, rng, lambda: card16(fake, rng))
    return Said().say(rng.choice(["right, it's ", "the long number is ", "card number "])).entity(
        "CREDIT_CARD", ", ".join(british(g, rng) for g in grp(d, [4] * 4)), d).say(rng.choice(["", ".", ", ta"]))


def card_expiry_compact(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    month, yy = rng.randint(1, 12), rng.randint(27, 34)
    short = MONTHS[month - 1][:3] + rng.choice(["", "."])
    u = Said().say("Card is ").entity("CREDIT_CARD", " ".join(grp(d, [4] * 4)), d)
    u.say(rng.choice([", exp ", " and the expiry is ", ", valid to ", ". Expires "]))
    return u.entity("CARD_EXPIRY", rng.choice([f"{month:02d} {yy}", f"{month:02d}{yy}", f"{short} '{yy}",
                                               f"{month}/20{yy}", f"{short} {tens(yy)}"])).say(rng.choice(["", "."]))


def card_aside_inside(fake: Faker, rng: random.Random) -> Said:
    """An aside in the middle of the number: two labels, the aside between them outside both."""
    d = card16(fake, rng)
    cut = rng.choice([4, 8, 12])
    render = rng.choice([lambda s: " ".join(grp(s, [4] * 4)), lambda s: ", ".join(words(g) for g in grp(s, [4] * 4))])
    u = Said().say(rng.choice(["It's ", "Okay, "])).entity("CREDIT_CARD", render(d[:cut]), d[:cut])
    u.say(rng.choice([", hold on, let me get my glasses, ", "... sorry, the dog... okay, ",
                      ", hang on, it's worn off here, ", ", you know, "]))
    return u.entity("CREDIT_CARD", render(d[cut:]), d[cut:]).say(".")


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_five_four(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    render = rng.choice([words, lambda g: g, lambda g: " ".join(g)])
    return Said().say(rng.choice(["my social is ", "social security, ", "SSN "])).entity(
        "US_SSN", rng.choice([", ", "... ", " and then "]).join(render(g) for g in grp(d, [5, 4])), d).say(
        rng.choice(["", "."]))


def ssn_three_six(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    head, tail = grp(d, [3, 6])
    text = rng.choice([f"{words(head)}, {words(tail)}", f"{head} {tail}", f"{hundreds3(head, rng)}, {words(tail)}",
                       f"{head}-{tail}"])
    return Said().say(rng.choice(["the social is ", "my social security number's ", "SSN is "])).entity(
        "US_SSN", text, d).say(rng.choice(["", ".", " okay"]))


def ssn_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    return Said().say(rng.choice(["Social security number. ", "My social is ", "SSN, "])).entity(
        "US_SSN", asr_punct(grp(d, [3, 2, 4]), rng), d).say(rng.choice([".", ""]))


def ssn_year_last_four(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    a, b, c = grp(d, [3, 2, 4])
    text = f"{rng.choice([words(a), a])}, {rng.choice([words(b), b, tens(int(b)) if b[0] != '0' else words(b)])}, " \
           f"{year(c)}"
    return Said().say(rng.choice(["my social is ", "SSN, ", "it's "])).entity("US_SSN", text, d).say(
        rng.choice(["", "."]))


def ssn_bad_line(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    k, other = wrong_digit(d, rng)
    u = Said().say(rng.choice(["My social's ", "Social: "]))
    asked = f"did you say {WORDS[int(other)]} or {WORDS[int(d[k])]}?"
    u = bad_line(u, "US_SSN", " ".join(words(g) for g in grp(d, [3, 2, 4])), d, rng, asked)
    return u.entity("US_SSN", rng.choice(["-".join(grp(d, [3, 2, 4])), ", ".join(grp(d, [3, 2, 4]))]), d).say(".")


def ssn_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    first = rng.choice(["-".join(grp(d, [3, 2, 4])), " ".join(words(g) for g in grp(d, [3, 2, 4]))])
    again = rng.choice([" ".join(d), ", ".join(words(g) for g in grp(d, [3, 2, 4])), d])
    return repeated_whole(Said().say(rng.choice(["my social is ", "SSN "])), "US_SSN", first, again, d, rng)


def ssn_amounts_nearby(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    u = Said().say(rng.choice([f"I earned {rng.randint(20, 180)},{rng.randint(100, 999)} last year and my social is ",
                               f"the refund was ${rng.randint(100, 4000)}, SSN ",
                               f"for tax year {rng.randint(2019, 2025)}, social "]))
    u.entity("US_SSN", rng.choice(["-".join(grp(d, [3, 2, 4])), " ".join(words(g) for g in grp(d, [3, 2, 4]))]), d)
    return u.say(rng.choice([f", filed on {rng.randint(1, 12)}/{rng.randint(1, 28)}", f", {rng.randint(2, 6)} "
                             "dependents", f", and I called {WORDS[rng.randint(2, 9)]} times"])).say(".")


def ssn_chat_half_typed(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    cut = rng.choice([3, 5])
    typed = "-".join(grp(d[:cut], [3, 2]))
    return chat_then_said(Said(), "US_SSN", typed, " ".join(words(g) for g in grp(d[cut:], [2, 4] if cut == 3
                                                                                     else [4])),
                          rng, d[:cut], d[cut:])


# Emails -------------------------------------------------------------------------------------------------
def email_of(local: str, domain: str) -> str:
    return checked("EMAIL_ADDRESS", f"{local}@{domain}")


def email_digits_dots(fake: Faker, rng: random.Random) -> Said:
    """Digits and dots in the local part: a year said as a year, or digits said one by one."""
    first, last = names(fake)
    born = rng.randint(1955, 2005)
    num = rng.choice([str(born), str(rng.randint(10, 99)), fake.numerify("###")])
    local = rng.choice([f"{first[0]}.{last}.{num}", f"{first}.{num}.{last[0]}", f"{first}.{last}{num}"])
    provider = rng.choice(["gmail.com", "yahoo.com", "aol.com", "hotmail.co.uk"])
    email_of(local, provider)

    def say_num(m: re.Match) -> str:
        n = m.group()
        return f" {year(n) if len(n) == 4 else words(n) if n[0] == '0' or len(n) == 3 else tens(int(n))} "
    said = re.sub(r"\d+", say_num, local).replace(".", " dot ")
    said = re.sub(r" +", " ", said).strip()
    return Said().say(rng.choice(["email is ", "it's ", "my address, "])).entity(
        "EMAIL_ADDRESS", f"{said} at {provider.replace('.', ' dot ')}").say(rng.choice(["", "."]))


def email_french(fake: Faker, rng: random.Random) -> Said:
    first = re.sub(r"[^a-z]", "", fake["fr_FR"].first_name().lower().translate(str.maketrans("éèëêïîç", "eeeeiic")))
    last = re.sub(r"[^a-z]", "", fake["fr_FR"].last_name().lower().translate(str.maketrans("éèëêïîç", "eeeeiic")))
    sep, said_sep = rng.choice([(".", " point "), ("-", " tiret "), ("_", " tiret bas ")])
    provider = rng.choice(["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr"])
    email_of(f"{first}{sep}{last}", provider)
    return Said().say(rng.choice(["mon adresse mail, c'est ", "mon e-mail est ", "c'est "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} arobase {provider.replace('.', ' point ')}").say(
        rng.choice(["", ".", ", tout en minuscules"]))


def email_german(fake: Faker, rng: random.Random) -> Said:
    first = re.sub(r"[^a-z]", "", fake["de_DE"].first_name().lower().replace("ü", "ue").replace("ö", "oe")
                   .replace("ä", "ae").replace("ß", "ss"))
    last = re.sub(r"[^a-z]", "", fake["de_DE"].last_name().lower().replace("ü", "ue").replace("ö", "oe")
                  .replace("ä", "ae").replace("ß", "ss"))
    sep, said_sep = rng.choice([(".", " Punkt "), ("-", " Bindestrich "), ("_", " Unterstrich ")])
    provider = rng.choice(["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at"])
    email_of(f"{first}{sep}{last}", provider)
    domain = provider.replace("-", " Bindestrich ").replace(".", " Punkt ")
    return Said().say(rng.choice(["meine E-Mail ist ", "die Adresse ist ", "also: "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} {rng.choice(['at', 'ät'])} {domain}").say(
        rng.choice(["", ".", ", alles klein"]))


def email_italian(fake: Faker, rng: random.Random) -> Said:
    first = re.sub(r"[^a-z]", "", fake["it_IT"].first_name().lower())
    last = re.sub(r"[^a-z]", "", fake["it_IT"].last_name().lower())
    sep, said_sep = rng.choice([(".", " punto "), ("_", " trattino basso "), ("-", " trattino ")])
    provider = rng.choice(["libero.it", "virgilio.it", "alice.it", "tiscali.it"])
    email_of(f"{first}{sep}{last}", provider)
    return Said().say(rng.choice(["la mia email è ", "l'indirizzo è ", "allora, "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} chiocciola {provider.replace('.', ' punto ')}").say(
        rng.choice(["", ".", ", grazie"]))


def email_bad_line(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    provider = rng.choice(["gmail", "outlook", "yahoo"])
    email_of(f"{first}{last}", f"{provider}.com")
    letter = rng.choice(last)
    other = {"m": "n", "n": "m", "b": "d", "d": "b", "p": "b", "s": "f", "f": "s", "t": "d"}.get(letter, "e")
    u = Said().say(rng.choice(["Email's ", "It's "]))
    asked = f"was that {letter.upper()} as in {NATO9[letter.upper()]} or {other.upper()}?"
    u = bad_line(u, "EMAIL_ADDRESS", f"{first} {last} at {provider} dot com", None,
                 rng, asked)
    spelled = " ".join(last.upper())
    return u.entity("EMAIL_ADDRESS", f"{first}, {spelled}, at {provider} dot com").say(".")


def email_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    provider = rng.choice(["gmail.com", "icloud.com", "comcast.net"])
    addr = email_of(f"{first}.{last}", provider)
    u = Said().say(rng.choice(["my email is ", "it's "])).entity(
        "EMAIL_ADDRESS", f"{first} dot {last} at {provider.replace('.', ' dot ')}").say(".").turn()
    u.say(rng.choice(["The email didn't go through, can you say the whole address again?",
                      "It bounced. Could you repeat the full email?"])).turn()
    u.say(rng.choice(["Okay, ", "Sure, it's ", ""]))
    said_domain = provider.replace(".", " dot ")
    return u.entity("EMAIL_ADDRESS", rng.choice([addr, f"{first} period {last} at sign {said_domain}",
                                                 f"{first}.{last} at {provider}"])).say(rng.choice([".", ""]))


def email_in_sentence(fake: Faker, rng: random.Random) -> Said:
    """A typed address in a sentence with counts, amounts and dates around it."""
    first, last = names(fake)
    addr = email_of(f"{first}{rng.choice(['.', '_', ''])}{last}{rng.choice(['', str(rng.randint(1, 99))])}",
                    rng.choice(["gmail.com", "proton.me", "fastmail.com", "me.com"]))
    u = Said().say(rng.choice([f"send the {rng.randint(2, 9)} invoices, ${rng.randint(100, 9999)} total, to ",
                               f"on {MONTHS[rng.randrange(12)]} {rng.randint(1, 28)} email ",
                               f"ticket {rng.randint(10000, 99999)}: reply to "]))
    return u.entity("EMAIL_ADDRESS", addr).say(rng.choice([f" by the {rng.randint(2, 28)}th",
                                                         f" before {rng.randint(1, 11)} pm", ", thanks", ""]))


def email_chat_half_typed(fake: Faker, rng: random.Random) -> Said:
    first, last = names(fake)
    provider = rng.choice(["gmail", "outlook", "hotmail"])
    email_of(f"{first}.{last}", f"{provider}.com")
    return chat_then_said(Said(), "EMAIL_ADDRESS", f"{first}.{last}@", f"{provider} dot com", rng, None, None)


# Phones -------------------------------------------------------------------------------------------------
def phone_oh_eight_hundred(fake: Faker, rng: random.Random) -> Said:
    """UK freephone: "oh eight hundred" for 0800, then the rest in digits or words."""
    n = valid_national(fake, "GB", "800#######")
    rest = n[3:]
    tail = rng.choice([f"{words(rest[:3])}, {words(rest[3:])}", f"{rest[:3]} {rest[3:]}", british(rest, rng)])
    return Said().say(rng.choice(["ring us free on ", "the freephone is ", "call "])).entity(
        "PHONE_NUMBER", f"oh eight hundred {tail}", "0" + n).say(rng.choice(["", ".", ", it's free"]))


def phone_uk_double_oh(fake: Faker, rng: random.Random) -> Said:
    while "00" not in (n := valid_national(fake, "GB", "7#########")) and rng.random() < 0.8:
        pass
    return Said().say(rng.choice(["my mobile's ", "you can get me on ", "best number is "])).entity(
        "PHONE_NUMBER", british("0" + n, rng), "0" + n).say(rng.choice(["", ".", ", cheers"]))


def phone_french_pairs(fake: Faker, rng: random.Random) -> Said:
    """A French number as the French say it: zéro six, then four pairs as numbers."""
    n = "0" + valid_national(fake, "FR", rng.choice(["6########", "7########", "1########"]))
    pairs = grp(n, [2] * 5)
    said = [f"zéro {FR[int(pairs[0][1])]}"] + [f"zéro {FR[int(p[1])]}" if p[0] == "0" else fr_pair(int(p))
                                                for p in pairs[1:]]
    return Said().say(rng.choice(["mon numéro, c'est le ", "vous pouvez m'appeler au ", "c'est le "])).entity(
        "PHONE_NUMBER", rng.choice([", ", " "]).join(said), n).say(rng.choice(["", ".", ", merci"]))


def phone_german(fake: Faker, rng: random.Random) -> Said:
    n = "0" + valid_national(fake, "DE", rng.choice(["151########", "160#######", "30########"]))
    de = [w if i != 2 else rng.choice(["zwei", "zwo"]) for i, w in enumerate(DE)]
    parts = grp(n, [4, 3, 4] if len(n) >= 11 else [3, 4, 4])
    return Said().say(rng.choice(["meine Nummer ist ", "Handy: ", "rufen Sie an unter "])).entity(
        "PHONE_NUMBER", ", ".join(in_lang(p, de) for p in parts), n).say(rng.choice(["", ".", ", danke"]))


def phone_italian(fake: Faker, rng: random.Random) -> Said:
    n = valid_national(fake, "IT", "3#########")
    return Said().say(rng.choice(["il mio cellulare è ", "mi chiami al ", "numero: "])).entity(
        "PHONE_NUMBER", " ".join(in_lang(p, IT) for p in grp(n, [3, 3, 4])), n).say(rng.choice(["", ".", ", grazie"]))


PHONE_REGIONS = {"PL": "5########", "PT": "91#######", "BE": "47#######", "CH": "7########", "AT": "664#######",
                 "SE": "70#######", "NO": "4#######", "DK": "2#######"}


def phone_new_countries_typed(fake: Faker, rng: random.Random) -> Said:
    region = rng.choice(list(PHONE_REGIONS))
    n = valid_national(fake, region, PHONE_REGIONS[region])
    code = phonenumbers.country_code_for_region(region)
    checked("PHONE_NUMBER", f"{code}{n}")
    parsed = phonenumbers.parse(f"+{code}{n}")
    text = rng.choice([phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                       phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL),
                       f"00{code} {n}", f"+{code}{n}"])
    return Said().say(rng.choice(["my number is ", "you can reach me on ", "phone: ", "call me at "])).entity(
        "PHONE_NUMBER", text).say(rng.choice(["", ".", ", that's my mobile"]))


def phone_new_countries_said(fake: Faker, rng: random.Random) -> Said:
    region = rng.choice(list(PHONE_REGIONS))
    n = valid_national(fake, region, PHONE_REGIONS[region])
    code = str(phonenumbers.country_code_for_region(region))
    prefix = rng.choice([f"plus {' '.join(words(c) for c in code)}", f"plus {tens(int(code))}" if len(code) == 2
                         else f"plus {hundreds3(code, rng)}",
                         f"double-oh {words(code)}"])
    body = ", ".join(words(p) for p in grp(n, [3, 3, 3] if len(n) >= 9 else [2, 2, 2, 2]))
    return Said().say(rng.choice(["it's a foreign number, ", "my mobile is ", "the number is "])).entity(
        "PHONE_NUMBER", f"{prefix}, {body}", ("00" if prefix.startswith("double") else "") + code + n).say(
        rng.choice(["", ".", " okay"]))


def phone_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    return Said().say(rng.choice(["My number is ", "Call me at ", "Cell. "])).entity(
        "PHONE_NUMBER", asr_punct(grp(d, [3, 3, 4]), rng), d).say(rng.choice([".", "", ". Thanks."]))


def phone_bad_line(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    k, other = wrong_digit(d, rng)
    u = Said().say(rng.choice(["It's ", "My number's "]))
    asked = f"was it {WORDS[int(d[k])]} like {tens(int(d[k]) * 11) if d[k] != '0' else 'zero'}, or " \
            f"{WORDS[int(other)]}?"
    u = bad_line(u, "PHONE_NUMBER", ", ".join(words(g) for g in grp(d, [3, 3, 4])), d, rng, asked)
    return u.entity("PHONE_NUMBER", rng.choice(["-".join(grp(d, [3, 3, 4])), " ".join(d)]), d).say(".")


def phone_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    first = rng.choice(["-".join(grp(d, [3, 3, 4])), " ".join(words(g) for g in grp(d, [3, 3, 4]))])
    again = rng.choice([f"({d[:3]}) {d[3:6]} {d[6:]}", ", ".join(words(g) for g in grp(d, [3, 3, 4])), " ".join(d)])
    return repeated_whole(Said().say(rng.choice(["call me at ", "my cell is "])), "PHONE_NUMBER", first, again, d,
                          rng)


def phone_amounts_nearby(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    u = Said().say(rng.choice([f"the bill was ${rng.randint(20, 300)}.{rng.randint(10, 99)}, call me at ",
                               f"after {rng.randint(1, 11)}:{rng.choice(['00', '15', '30', '45'])} try ",
                               f"I have {rng.randint(2, 12)} lines, the main one is "]))
    u.entity("PHONE_NUMBER", rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", " ".join(words(g) for g in grp(d, [3, 3, 4]))]),
             d)
    return u.say(rng.choice([f", not the {rng.randint(100, 999)} one", f", room {rng.randint(100, 999)}",
                             f" before the {rng.randint(2, 28)}th", ""])).say(".")


def phone_chat_half_typed(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    return chat_then_said(Said(), "PHONE_NUMBER", f"({d[:3]}) {d[3:6]}", words(d[6:]), rng, d[:6], d[6:])


# IBANs --------------------------------------------------------------------------------------------------
def iban_with(country: str, bban: str) -> str:
    """An IBAN for a country Faker has no bank provider for, its check digits computed."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return checked("IBAN_CODE", f"{country}{check:02d}{bban}")


IBAN_MAKERS = {
    "PL": lambda f: f["pl_PL"].iban(), "PT": lambda f: f["pt_PT"].iban(), "BE": lambda f: f["nl_BE"].iban(),
    "CH": lambda f: f["de_CH"].iban(), "AT": lambda f: f["de_AT"].iban(), "NO": lambda f: f["no_NO"].iban(),
    "DK": lambda f: f["da_DK"].iban(), "SE": lambda f: iban_with("SE", f.numerify("###" + "#" * 17)),
}


def an_iban9(fake: Faker, rng: random.Random, countries: str) -> str:
    return checked("IBAN_CODE", IBAN_MAKERS[rng.choice(countries.split())](fake))


def fours(v: str) -> list[str]:
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def said_chars(chunk: str, lang: list[str], nato: bool = False) -> str:
    return " ".join(lang[int(c)] if c.isdigit() else NATO9[c] if nato else c for c in chunk)


def iban_nordic_said(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "SE NO DK")
    nato = rng.random() < 0.5
    return Said().say(rng.choice(["my IBAN is ", "the account, IBAN, ", "it's "])).entity(
        "IBAN_CODE", ", ".join(said_chars(g, WORDS, nato) for g in fours(v)), v).say(rng.choice(["", "."]))


def iban_alpine_typed(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "CH AT")
    text = rng.choice([".".join(fours(v)), v.lower(), " ".join(fours(v.lower())), "-".join(fours(v)),
                       f"{v[:2]} {v[2:4]} {' '.join(fours(v[4:]))}"])
    return Said().say(rng.choice(["IBAN: ", "IBAN ", "Bankverbindung: ", "meine IBAN ist "])).entity(
        "IBAN_CODE", text, v).say(rng.choice(["", ".", " danke"]))


def iban_poland_words(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "PL")
    body = [rng.choice([words(g), g]) for g in fours(v[4:])]
    return Said().say(rng.choice(["the Polish account is ", "IBAN ", "my bank in Poland, "])).entity(
        "IBAN_CODE", f"P L {tens(int(v[2:4])) if v[2] != '0' else words(v[2:4])}, {', '.join(body)}", v).say(
        rng.choice(["", "."]))


def iban_portugal_repeated(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "PT")
    return repeated_whole(Said().say(rng.choice(["IBAN ", "o IBAN é ", "my IBAN is "])), "IBAN_CODE",
                          " ".join(fours(v)), rng.choice([v, ", ".join(said_chars(g, WORDS) for g in fours(v))]),
                          v, rng)


def iban_belgium_chat(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "BE")
    cut = rng.choice([4, 8])
    return chat_then_said(Said(), "IBAN_CODE", " ".join(fours(v[:cut])),
                          " ".join(words(g) for g in fours(v[cut:])), rng, v[:cut], v[cut:])


def iban_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "PL PT BE CH AT SE NO DK")
    return Said().say(rng.choice(["IBAN. ", "The IBAN is ", "Account. "])).entity(
        "IBAN_CODE", asr_punct(fours(v), rng), v).say(rng.choice([".", ""]))


def iban_bad_line(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "PL PT BE DK")
    u = Said().say(rng.choice(["My IBAN is ", "It's "]))
    k = rng.randrange(4, len(v))
    asked = f"was the {ORD[k % 4]} digit of that group a {WORDS[int(v[k])]}?" if v[k].isdigit() else \
        f"was that {v[k]} as in {NATO9[v[k]]}?"
    u = bad_line(u, "IBAN_CODE", " ".join(fours(v)), v, rng, asked)
    return u.entity("IBAN_CODE", ", ".join(said_chars(g, WORDS) for g in fours(v)), v).say(".")


ORD = ["first", "second", "third", "fourth"]


def iban_german_digits(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "CH AT")
    return Said().say(rng.choice(["die IBAN ist ", "IBAN: ", "also, meine IBAN, "])).entity(
        "IBAN_CODE", ", ".join(said_chars(g, DE) for g in fours(v)), v).say(rng.choice(["", ".", ", danke"]))


def iban_french_digits(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "BE CH")
    return Said().say(rng.choice(["mon IBAN, c'est ", "l'IBAN est ", "IBAN: "])).entity(
        "IBAN_CODE", ", ".join(said_chars(g, FR) for g in fours(v)), v).say(rng.choice(["", ".", ", voilà"]))


def iban_amounts_nearby(fake: Faker, rng: random.Random) -> Said:
    v = an_iban9(fake, rng, "PL PT BE CH AT SE NO DK")
    u = Said().say(rng.choice([f"transfer €{rng.randint(10, 9999)},{rng.randint(10, 99)} to ",
                               f"send the {rng.randint(2, 12)} payments to ",
                               f"refund {rng.randint(20, 900)} kroner into "]))
    u.entity("IBAN_CODE", rng.choice([" ".join(fours(v)), v]), v)
    return u.say(rng.choice([f" by {rng.randint(1, 28)}.{rng.randint(1, 12)}.",
                             f", reference {rng.randint(1000, 9999)}",
                             f" on the {rng.randint(2, 28)}th", ""])).say(".")


# National ids -------------------------------------------------------------------------------------------
def nino_double_oh(fake: Faker, rng: random.Random) -> Said:
    v = with_double_run(fake, rng, lambda: a_nino(fake, rng))
    return Said().say(rng.choice(["my NI number is ", "national insurance, ", "it's "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {british(v[2:8], rng)}, {v[8]}", v).say(rng.choice(["", ".", ", cheers"]))


def nino_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    text = rng.choice([f"{v[:2]} {v[2:4]}. {v[4:6]}, {v[6:8]} {v[8]}", f"{v[:2]}. {v[2:8]}. {v[8]}",
                       f"{v[:2]} {v[2:4]}, {v[4:6]}. {v[6:8]}, {v[8]}"])
    return Said().say(rng.choice(["National insurance number. ", "NI number, ", "It's "])).entity(
        "UK_NINO", text, v).say(rng.choice([".", ""]))


def nino_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    first = f"{v[0]} {v[1]} {words(v[2:8])} {v[8]}"
    again = rng.choice([v, f"{NATO9[v[0]]} {NATO9[v[1]]}, {', '.join(words(g) for g in grp(v[2:8], [2] * 3))}, "
                           f"{NATO9[v[8]]}", f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"])
    return repeated_whole(Said().say(rng.choice(["NI number ", "my national insurance is "])), "UK_NINO", first,
                          again, v, rng)


def nino_bad_line(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    letter = rng.choice([v[0], v[1], v[8]])
    other = {"B": "D", "D": "B", "M": "N", "N": "M", "P": "B", "S": "F", "T": "P", "C": "Z"}.get(letter, "E")
    u = Said().say(rng.choice(["It's ", "NI number: "]))
    u = bad_line(u, "UK_NINO", f"{v[:2]} {' '.join(grp(v[2:8], [2] * 3))} {v[8]}", v, rng,
                 f"was that {letter} for {NATO9[letter]} or {other} for {NATO9[other]}?")
    return u.entity("UK_NINO", f"{NATO9[v[0]]}, {NATO9[v[1]]}, {words(v[2:8])}, {NATO9[v[8]]}", v).say(".")


def dni_spanish_pairs(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    pairs = ", ".join(es_pair(int(p)) if p[0] != "0" else f"cero {ES[int(p[1])]}" for p in grp(v[:8], [2] * 4))
    return Said().say(rng.choice(["mi DNI es el ", "el DNI, ", "DNI: "])).entity(
        "ES_NIF", f"{pairs}, {rng.choice(['letra ', ''])}{v[8]}", v).say(rng.choice(["", ".", ", vale"]))


def dni_asr_punctuation(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    text = rng.choice([f"{v[:2]}. {v[2:5]}, {v[5:8]} {v[8]}", f"{v[:4]}, {v[4:8]}. {v[8]}",
                       f"{v[:2]}, {v[2:5]}. {v[5:8]}, {v[8]}"])
    return Said().say(rng.choice(["Mi DNI. ", "DNI, ", "The ID is "])).entity("ES_NIF", text, v).say(
        rng.choice([".", ""]))


def dni_chat_half_typed(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    return chat_then_said(Said(), "ES_NIF", v[:5], f"{es_words(v[5:8])}, {v[8]}", rng, v[:5], v[5:])


def es_words(digits: str) -> str:
    return " ".join(ES[int(d)] for d in digits)


def dni_repeated_whole(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    first = f"{es_words(v[:8])} {v[8]}"
    again = rng.choice([v, f"{v[:8]}-{v[8]}", f"{words(v[:8])}, {v[8]}"])
    return repeated_whole(Said().say(rng.choice(["mi DNI es ", "DNI "])), "ES_NIF", first, again, v, rng)


def nie_spanish_pairs(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    body = ", ".join(es_pair(int(p)) if p[0] != "0" else f"cero {ES[int(p[1])]}" for p in grp(v[1:7], [2] * 3))
    return Said().say(rng.choice(["mi NIE es ", "el NIE: ", "NIE "])).entity(
        "ES_NIE", f"{v[0]}, {body}, {ES[int(v[7])]}, {v[8]}", v).say(rng.choice(["", ".", ", gracias"]))


def nie_bad_line(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    u = Said().say(rng.choice(["My NIE is ", "NIE: "]))
    u = bad_line(u, "ES_NIE", f"{v[0]} {es_words(v[1:8])} {v[8]}", v, rng,
                 f"¿la primera letra es {v[0]}, {NATO9[v[0]]}?")
    return u.entity("ES_NIE", rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}"]), v).say(".")


# Look-alikes --------------------------------------------------------------------------------------------
def not_luhn16(fake: Faker) -> str:
    while luhn_ok(d := fake.numerify("%###############")):
        pass
    return d


def _orders_asr_punctuation(fake: Faker, rng: random.Random) -> list[str]:
    d = not_luhn16(fake)
    return [rng.choice([f"Order number. {asr_punct(grp(d, [4] * 4), rng)}. It shipped.",
                        f"the confirmation is {','.join([d[:1], *grp(d[1:], [3] * 5)])}, keep it",
                        f"Reference {asr_punct(grp(d[:12], [4] * 3), rng)}, for the {rng.randint(2, 9)} boxes"])]


def _years_in_talk(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(1950, 2005), rng.randint(2006, 2026)
    return [rng.choice([f"I've been with you since {year(str(a))}, and moved house in {year(str(b))}",
                        f"the car's a {year(str(a))} model, bought in {year(str(b))}, {rng.randint(20, 190)} thousand "
                        "miles",
                        f"between {year(str(a))} and {year(str(b))} I lived abroad, then {year(str(b))} to now here",
                        f"that policy started in {year(str(a))}, renewed {year(str(b))}, and {year(str(b))} again"])]


def _hundreds_amounts(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"that's {hundreds3(str(rng.randint(100, 999)), rng)} dollars and "
                        f"{tens(rng.randint(10, 99))} cents, then {hundreds3(str(rng.randint(100, 999)), rng)} more",
                        f"it was {tens(rng.randint(11, 99))} hundred pounds, plus "
                        f"{hundreds3(str(rng.randint(100, 999)), rng)}"
                        " for delivery",
                        f"we paid {rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)} on "
                        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2020, 2026)} and "
                        f"{rng.randint(100, 999)}.{rng.randint(10, 99)} later",
                        f"room {hundreds3(str(rng.randint(100, 999)), rng)}, floor {WORDS[rng.randint(1, 9)]}, "
                        f"{hundreds3(str(rng.randint(100, 999)), rng)} guests"])]


def _military_times(fake: Faker, rng: random.Random) -> list[str]:
    h = rng.randint(1, 9)
    return [rng.choice([f"the shift starts at oh {WORDS[h]} hundred hours and ends at {tens(rng.randint(13, 23))} "
                        "hundred",
                        f"delivery window oh eight hundred to {tens(rng.randint(11, 19))} thirty",
                        f"it's double-oh {WORDS[rng.randint(1, 9)]}, the spy film, on at {WORDS[h]} tonight",
                        f"meet at {rng.randint(10, 23)}{rng.choice(['00', '15', '30', '45'])} hours at gate "
                        f"{rng.choice('ABCDE')}{rng.randint(1, 40)}"])]


def _foreign_prices(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"ça fait {fr_pair(rng.randint(20, 99))} euros {fr_pair(rng.randint(10, 99))}, "
                        f"commande {rng.randint(10000, 99999)}",
                        f"das kostet {in_lang(fake.numerify('###'), DE)} Euro, Postleitzahl {fake['de_DE'].postcode()}",
                        f"sono {in_lang(fake.numerify('##'), IT)} pezzi, ordine {in_lang(fake.numerify('######'), IT)}",
                        f"le code postal est {in_lang(fake['fr_FR'].postcode(), FR)}, bâtiment {rng.choice('ABC')}",
                        f"Kundennummer {in_lang(fake.numerify('#######'), DE)}, nicht die IBAN"])]


def _bad_line_other(fake: Faker, rng: random.Random) -> list[str]:
    n = rng.randint(13, 19)
    return [rng.choice([f"was that {TEENS[n - 10]} or {TENS[n - 10]}? {TENS[n - 10]}, five oh, boxes",
                        f"sorry, you're breaking up, did you say {WORDS[rng.randint(2, 9)]} o'clock?",
                        "was that a B as in bravo? yes, B, the block letter on the building",
                        f"the line's bad, I said {rng.randint(2, 9)} people, {WORDS[rng.randint(2, 9)]}, for "
                        f"{rng.randint(7, 9)}:{rng.choice(['00', '30'])}"])]


def _chat_order_ids(fake: Faker, rng: random.Random) -> list[str]:
    d = not_luhn16(fake)
    return [rng.choice([f"[chat] order {' '.join(grp(d, [4] * 4))}",
                        f"(typed in chat) ticket #{fake.numerify('######')}",
                        f"Chat message: my booking ref is {fake.bothify('??####').upper()}",
                        f"[chat] {fake.numerify('###-###')} is the case, and the rest I'll say"])]


def _dates_said(fake: Faker, rng: random.Random) -> list[str]:
    m = rng.randint(1, 12)
    return [rng.choice(["it expires end of next year, I think",
                        f"the offer ends {MONTHS[m - 1]} {year(str(rng.randint(2027, 2033)))}",
                        f"we met on {rng.randint(1, 28)} {MONTHS[m - 1]} {year(str(rng.randint(1980, 2020)))}",
                        f"the {rng.randint(2, 28)}.{m:02d}. at {rng.randint(8, 18)} Uhr",
                        f"il {rng.randint(1, 28)} {rng.choice(['marzo', 'aprile', 'giugno'])} "
                        f"{rng.randint(2020, 2027)}, alle nove"])]


def not_luhn(fake: Faker, pattern: str) -> str:
    """A long tracking number redrawn until Luhn fails: a card's length, and not a card."""
    while luhn_ok(re.sub(r"\D", "", n := fake.numerify(pattern))):
        pass
    return n


def _tracking_new(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"PostNord parcel {not_luhn(fake, '00370#############')}",
                        f"the InPost code is {fake.numerify('######')}, locker {fake.bothify('???##?').upper()}",
                        f"CTT tracking {fake.bothify('??#########PT').upper()}",
                        f"bpost {not_luhn(fake, '3232############')}",
                        f"the Swiss Post number is {not_luhn(fake, '99.##.######.########')}"])]


def _bad_ibans_new(fake: Faker, rng: random.Random) -> list[str]:
    v = an_iban9(fake, rng, "PL PT BE CH AT SE NO DK")
    k = rng.randrange(4, len(v))
    while not v[k].isdigit():
        k = rng.randrange(4, len(v))
    bad = v[:k] + str((int(v[k]) + rng.randint(1, 9)) % 10) + v[k + 1:]
    assert not iban_ok(bad)
    return [rng.choice([f"the IBAN {' '.join(fours(bad))} was rejected",
                        f"it says {bad.lower()} but the bank says that's not a valid IBAN",
                        f"IBAN {asr_punct(fours(bad), rng)}, the check failed"])]


def _invalid_ssns_new(fake: Faker, rng: random.Random) -> list[str]:
    bad = rng.choice([f"9{fake.numerify('########')}", f"000{fake.numerify('######')}",
                      f"666{fake.numerify('######')}", f"{fake.numerify('%##')}00{fake.numerify('####')}"])
    assert not ssn_ok(bad)
    return [rng.choice([f"the ITIN is {', '.join(grp(bad, [5, 4]))}, not a social",
                        f"employee number {words(bad[:3])}, {words(bad[3:])}",
                        f"the test number on the form is {asr_punct(grp(bad, [3, 2, 4]), rng)}"])]


def _invalid_phones(fake: Faker, rng: random.Random) -> list[str]:
    while phone_ok("1" + (n := fake.numerify("1##1######"))):
        pass
    return [rng.choice([f"the part number is {'-'.join(grp(n, [3, 3, 4]))}",
                        f"serial {asr_punct(grp(n, [3, 3, 4]), rng)}",
                        f"oh eight hundred hours is when the {rng.randint(2, 9)} trucks leave",
                        f"the code is {words(n[:6])}, six digits"])]


def _house_numbers_new(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"ul. {fake['pl_PL'].street_name()} {rng.randint(1, 200)}/{rng.randint(1, 90)}, "
                        f"{fake['pl_PL'].postcode()} Warszawa",
                        f"Rua {fake['pt_PT'].last_name()} {rng.randint(1, 300)}, {rng.randint(1, 9)}º esq, "
                        f"{fake['pt_PT'].postcode()} Lisboa",
                        f"{fake['de_AT'].street_name()} {rng.randint(1, 80)}/{rng.randint(1, 20)}, "
                        f"{fake['de_AT'].postcode()} Wien",
                        f"it's {hundreds3(str(rng.randint(100, 999)), rng)} {fake['en_US'].street_name()}, "
                        f"apartment {tens(rng.randint(10, 99))}"])]


def _partial_repeats(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"the card ending {fake.numerify('####')}, yes, {words(fake.numerify('####'))}",
                        f"was that a {WORDS[rng.randint(0, 9)]}? yes, {WORDS[rng.randint(0, 9)]}",
                        f"the last four of the social, {year(str(rng.randint(1950, 2020)))}",
                        f"the IBAN starts {rng.choice(['PL', 'PT', 'BE', 'CH', 'AT', 'SE', 'NO', 'DK'])}"
                        f"{fake.numerify('##')} and that's all I have",
                        f"only the first part, {fake.numerify('####')} {fake.numerify('####')}, the rest is "
                        "scratched"])]


def _talk_at_point(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["je suis au bureau, point final, rappelez-moi",
                        "ich bin zu Hause, Punkt, ruf mich an",
                        "sono a casa, punto e basta",
                        f"the meeting is at {rng.randint(1, 12)} point {WORDS[rng.randint(1, 9)]} on the agenda",
                        f"chiocciola is what we call the at sign, and {fake.first_name().lower()} knows it",
                        f"the file is {fake.first_name().lower()} dot {rng.randint(1984, 2024)} dot pdf"])]


FAMILIES = {
    "card/v9-asr-punctuation": card_asr_punctuation, "card/v9-thousands-commas": card_thousands_commas,
    "card/v9-year-groups": card_year_groups, "card/v9-amex-hundreds": card_amex_hundreds,
    "card/v9-chat-half-typed": card_chat_half_typed, "card/v9-bad-line": card_bad_line,
    "card/v9-repeated-whole": card_repeated_whole, "card/v9-amounts-nearby": card_amounts_nearby,
    "card/v9-french": card_french, "card/v9-german": card_german, "card/v9-italian": card_italian,
    "card/v9-british-runs": card_british_runs, "card/v9-expiry-compact": card_expiry_compact,
    "card/v9-aside-inside": card_aside_inside,
    "ssn/v9-five-four": ssn_five_four, "ssn/v9-three-six": ssn_three_six, "ssn/v9-asr-punctuation": ssn_asr_punctuation,
    "ssn/v9-year-last-four": ssn_year_last_four, "ssn/v9-bad-line": ssn_bad_line,
    "ssn/v9-repeated-whole": ssn_repeated_whole, "ssn/v9-amounts-nearby": ssn_amounts_nearby,
    "ssn/v9-chat-half-typed": ssn_chat_half_typed,
    "email/v9-digits-dots": email_digits_dots, "email/v9-french": email_french, "email/v9-german": email_german,
    "email/v9-italian": email_italian, "email/v9-bad-line": email_bad_line,
    "email/v9-repeated-whole": email_repeated_whole, "email/v9-in-sentence": email_in_sentence,
    "email/v9-chat-half-typed": email_chat_half_typed,
    "phone/v9-oh-eight-hundred": phone_oh_eight_hundred, "phone/v9-uk-double-oh": phone_uk_double_oh,
    "phone/v9-french-pairs": phone_french_pairs, "phone/v9-german": phone_german, "phone/v9-italian": phone_italian,
    "phone/v9-new-countries-typed": phone_new_countries_typed,
    "phone/v9-new-countries-said": phone_new_countries_said, "phone/v9-asr-punctuation": phone_asr_punctuation,
    "phone/v9-bad-line": phone_bad_line, "phone/v9-repeated-whole": phone_repeated_whole,
    "phone/v9-amounts-nearby": phone_amounts_nearby, "phone/v9-chat-half-typed": phone_chat_half_typed,
    "iban/v9-nordic-said": iban_nordic_said, "iban/v9-alpine-typed": iban_alpine_typed,
    "iban/v9-poland-words": iban_poland_words, "iban/v9-portugal-repeated": iban_portugal_repeated,
    "iban/v9-belgium-chat": iban_belgium_chat, "iban/v9-asr-punctuation": iban_asr_punctuation,
    "iban/v9-bad-line": iban_bad_line, "iban/v9-german-digits": iban_german_digits,
    "iban/v9-french-digits": iban_french_digits, "iban/v9-amounts-nearby": iban_amounts_nearby,
    "nino/v9-double-oh": nino_double_oh, "nino/v9-asr-punctuation": nino_asr_punctuation,
    "nino/v9-repeated-whole": nino_repeated_whole, "nino/v9-bad-line": nino_bad_line,
    "dni/v9-spanish-pairs": dni_spanish_pairs, "dni/v9-asr-punctuation": dni_asr_punctuation,
    "dni/v9-chat-half-typed": dni_chat_half_typed, "dni/v9-repeated-whole": dni_repeated_whole,
    "nie/v9-spanish-pairs": nie_spanish_pairs, "nie/v9-bad-line": nie_bad_line,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v9-asr-punctuation", "card/v9-thousands-commas", "ssn/v9-asr-punctuation", "email/v9-in-sentence",
         "phone/v9-new-countries-typed", "phone/v9-asr-punctuation", "iban/v9-alpine-typed", "iban/v9-asr-punctuation",
         "nino/v9-asr-punctuation", "dni/v9-asr-punctuation"]
SPOKEN = ["card/v9-amex-hundreds", "card/v9-french", "card/v9-german", "card/v9-italian", "card/v9-british-runs",
          "email/v9-digits-dots", "email/v9-french", "email/v9-german", "email/v9-italian",
          "phone/v9-french-pairs", "phone/v9-german", "phone/v9-italian", "phone/v9-new-countries-said",
          "phone/v9-uk-double-oh", "iban/v9-nordic-said", "iban/v9-german-digits", "iban/v9-french-digits",
          "nino/v9-double-oh", "dni/v9-spanish-pairs", "nie/v9-spanish-pairs"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES}

NEGATIVE_FAMILIES = {
    "negative/v9-orders-asr-punctuation": _orders_asr_punctuation, "negative/v9-years-in-talk": _years_in_talk,
    "negative/v9-hundreds-amounts": _hundreds_amounts, "negative/v9-military-times": _military_times,
    "negative/v9-foreign-prices": _foreign_prices, "negative/v9-bad-line-other": _bad_line_other,
    "negative/v9-chat-order-ids": _chat_order_ids, "negative/v9-dates-said": _dates_said,
    "negative/v9-tracking-new": _tracking_new, "negative/v9-bad-ibans-new": _bad_ibans_new,
    "negative/v9-invalid-ssns-new": _invalid_ssns_new, "negative/v9-invalid-phones": _invalid_phones,
    "negative/v9-house-numbers-new": _house_numbers_new, "negative/v9-partial-repeats": _partial_repeats,
    "negative/v9-talk-at-point": _talk_at_point,
}


def utterance(name: str, fake: Faker, rng: random.Random) -> dict:
    """One corpus item of a family, its labels checked (`Said.verify`)."""
    if name in NEGATIVE_FAMILIES:
        return {"kind": "negative", "form": name, "segments": NEGATIVE_FAMILIES[name](fake, rng), "entities": []}
    u = FAMILIES[name](fake, rng).verify()
    return {"kind": "positive", "form": name, "segments": u.segments, "entities": u.entities}


def held_out() -> frozenset[str]:
    """The whole batch: it was written as a held-out batch, blind, not drawn from (retired on 2026-12-05: the
    corpus no longer holds it out)."""
    return frozenset([*FAMILIES, *NEGATIVE_FAMILIES])

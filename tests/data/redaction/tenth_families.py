"""The tenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format,
their labelling conventions and to avoid their phrasings. New here: transcripts as engines and tools hand them over
in one segment, with speaker tags and line breaks ("Caller: ...\\nAgent: mm-hmm\\nCaller: ...") or with timestamps
between the pieces ("[00:02:14] four one one one [00:02:17] ..."); the other speaker's backchannel written inside
the caller's run by a one-channel engine ("4111 1111, mm-hmm, 1111 ..."); the engine ending a segment inside a
number word, between the tens and the unit ("... forty" | "one, eleven ..."); an agent building the value up and
reading back everything so far after each piece; an agent's read-back with a slip, the caller correcting one group
and the agent reading the whole again; radio digits ("niner", "fife", "tree", "fower") and the homophones of an
accent ("tree", "free", "owe"); an engine formatting number pairs as clock times ("212 555 12:34"); numbers dialled
behind a prefix ("dial nine for an outside line, then ..."); typed chat and e-mail-like messages over several lines
(signatures, bank-details blocks with a BIC, payslips with a tax code, forms); e-mail addresses with "at the rate"
(Indian English), in Dutch ("apenstaartje", "punt"), Polish ("małpa", "kropka"), Brazilian Portuguese ("arroba",
"ponto", "underline") and Swedish ("snabel-a", "punkt"), a display name around them ("Jane Doe <jane@...>"), pasted
as a markdown link, or sentence-cased by the engine after a dot ("gmail. Com"); SSNs with the last four said first;
a card given twice (the first declined); expiries said before the number, or after a "valid from" date (not
labelled); IBANs of NL, FR, IT, ES, GB, IE, DE, LU and FI with the check digits said as a pair, a Finnish IBAN in
Finnish digit words, a Spanish one in Spanish pairs, typed in mixed case; DNIs and NIEs with "la letra de control"
and in Spanish hundreds ("ciento veintitrés"); phones of the Philippines, Hong Kong, New Zealand, South Korea,
Nigeria, Kenya, the UAE, Israel, Chile, Peru and Jamaica. Look-alikes: order and tracking numbers (UPS "1Z") in
speaker-tagged and timestamped transcripts, Luhn-invalid runs read back cumulatively or split inside a number word,
amounts and counts with backchannels inside, radio talk ("flight level tree fife zero"), times and prices an engine
formats, ZIP+4, invalid SSNs said last four first, ITINs, IBANs failing mod-97 with their check pair said, "at the
rate of" and the foreign "at"/"dot" words in ordinary talk, handles and display names without an address, dialling
menus, phone-like counts, BIC/SWIFT codes, flights and versions.

Labelling follows the earlier batches: a label covers what is said of the value, with fillers, joiners and
backchannels written inside the run; naming words ("sort code", "the last four are") outside; speaker tags,
timestamps and line breaks outside (a label never spans one; the pieces between them are labelled one by one);
one label per segment piece; an agent's read-back (the slipped one too, itself a valid value) is labelled; a
correction of one group alone is not, nor a "valid from" date, nor "the card ending ...". Every value is valid where
a validator exists (seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE letters, NINO prefixes,
`phonenumbers`). Each label is checked as it is made (`Said.verify`): its characters are exactly the text the family
meant, with no space, punctuation or line break at its ends; where a family gives the value (`value=`), the label's
characters, read by `reads` (digit words of English, Spanish and Finnish, tens with or without a hyphen, Spanish
hundreds, radio and accent digits, NATO words, letters), give back that value; where a number word is cut between
two pieces, the pieces read together give back the value (`Said.joint`).

The whole batch was held out (`held_out`) until it was retired on 2026-12-06, once its misses were read; its families
are tuned ones since. Each family is a function (Faker, Random) -> Said; a look-alike family's a function (Faker,
Random) -> list of segments. Family names carry "v10-"."""

import random
import re
import unicodedata

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
    luhn_fix,
    luhn_ok,
    phone_ok,
    ssn_ok,
    tens,
    valid_national,
    words,
)
from speech import TENS, WORDS, Utterance
from speech import groups as grp

NATO10 = {**NATO, "X": "x-ray"}
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
FI = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve"]
ES_TENS = ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
ES_VEINTI = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
             "veintisiete", "veintiocho", "veintinueve"]
ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
               "ochocientos", "novecientos"]
RADIO = {"9": "niner", "5": "fife", "3": "tree", "4": "fower"}
ACCENT = {"3": ["tree", "free"], "0": ["owe"]}
BACKCHANNELS = [", mm-hmm, ", " (mm-hmm) ", " [yep] ", ", uh-huh, ", " -- yep -- ", ", okay, ", " (go on) ", ", mhm, "]


# The labels' self-check ---------------------------------------------------------------------------------
def es_pair(n: int) -> str:
    """0..99 in Spanish words."""
    if n < 10:
        return ES[n]
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_VEINTI[n - 20]
    t, u = divmod(n, 10)
    return ES_TENS[t] + ("" if u == 0 else f" y {ES[u]}")


def es_hundred(n: int) -> str:
    """100..999 in Spanish words ("cien", "ciento cinco", "cuatrocientos cincuenta y seis")."""
    if n == 100:
        return "cien"
    h, r = divmod(n, 100)
    return ES_HUNDREDS[h] + ("" if r == 0 else f" {es_pair(r)}")


def _phrases() -> dict[tuple[str, ...], str]:
    """Every number word or phrase this batch writes, as a tuple of lower-case words, to its digits."""
    out: dict[tuple[str, ...], str] = {}
    for lang in (WORDS, ES, FI):
        out |= {(w,): str(i) for i, w in enumerate(lang)}
    out |= {("oh",): "0", ("owe",): "0", ("free",): "3", ("double-oh",): "00", **{(w,): d for d, w in RADIO.items()}}
    for n in range(10, 100):
        out[(tens(n),)] = str(n)  # "forty-one", "eleven", "forty"
        if n >= 20 and n % 10:
            out[(TENS[n // 10], WORDS[n % 10])] = str(n)  # "forty one", as engines without hyphens write it
        out[tuple(es_pair(n).split())] = str(n)
    for n in range(100, 1000):
        out[tuple(es_hundred(n).split())] = str(n)
    return out


PHRASES = _phrases()
LONGEST = max(len(k) for k in PHRASES)
NATO_WORDS = {w: k for k, w in NATO10.items()}
SKIPPED = {"and", "then", "uh", "um", "mm-hmm", "uh-huh", "mhm", "yep", "okay", "go", "on", "y", "la", "el", "de",
           "control", "con", "es", "letra", "letter", "plus", "space", "break"}


def reads(text: str) -> str:
    """What a label says, as digits and capital letters: the check that a family wrote the value it meant."""
    tokens = re.findall(r"(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+|[^\W\d_]+(?:-[^\W\d_]+)*|\d+", text)
    out, i = [], 0
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if (token.isupper() and len(token) > 1) or any(c.isdigit() for c in token):
            out.append(token.upper())  # typed: digits, a country code, a bank code, "ab123456c", "Nl91abna"
            i += 1
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            if key in PHRASES and all(not t.isupper() or len(t) == 1 for t in tokens[i:i + size]):
                out.append(PHRASES[key])
                i += size
                break
        else:
            i += 1
            if low == "as" and i < len(tokens) and tokens[i].lower() == "in":
                i += 2  # "D as in delta": the name repeats the letter
            elif low in NATO_WORDS:
                out.append(NATO_WORDS[low])
            elif low in SKIPPED and token != "Y":
                pass
            elif len(token) <= 4:
                out.append(token.upper())  # letters typed or said one by one, a bank code in lower case
            else:
                raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


class Said(Utterance):
    """An utterance that remembers each label's text and value, to check them once it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.meant: list[tuple[str, str | None]] = []
        self.joints: list[tuple[int, int, str]] = []

    def entity(self, type_: str, text: str, value: str | None = None) -> "Said":
        self.meant.append((text, value))
        return super().entity(type_, text)  # type: ignore[return-value]

    def joint(self, count: int, value: str) -> "Said":
        """The last `count` labels, one number word cut between two of them, read together give `value`."""
        self.joints.append((len(self.entities) - count, len(self.entities), value))
        return self

    def verify(self) -> "Said":
        for label, (text, value) in zip(self.entities, self.meant, strict=True):
            got = self.segments[label["segment"]][label["start"]:label["end"]]
            assert got == text and text == text.strip(" ,.;:?!\n") and text and "\n" not in text, (got, text)
            assert value is None or reads(text) == value.upper(), (text, reads(text), value)
        for start, end, value in self.joints:
            together = " ".join(text for text, _ in self.meant[start:end])
            assert reads(together) == value.upper(), (together, reads(together), value)
        return self


# How these speakers, engines and tools write things ---------------------------------------------------------
def spaced(value: str) -> str:
    return " ".join(value)


def fours(value: str) -> list[str]:
    return [value[i:i + 4] for i in range(0, len(value), 4)]


def chars(group: str, nato: bool = False) -> str:
    """Letters and digits said one by one: "G B", "W E S T" or "whiskey echo ...", digits as words."""
    return " ".join(words(c) if c.isdigit() else NATO10[c] if nato else c for c in group)


def plain(name: str) -> str:
    """A name as it goes into an address: no accents, spaces or apostrophes."""
    name = name.lower().replace("ł", "l").replace("ø", "o").replace("æ", "ae")
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())


def pair_said(pair: str, hyphen: bool) -> str:
    """Two digits as one number ("forty one" or "forty-one", "eleven", "forty"), "oh five" from a zero."""
    if pair[0] == "0":
        return words(pair)
    said = tens(int(pair))
    return said if hyphen else said.replace("-", " ")


def radio(digits: str, rng: random.Random) -> str:
    """Digits as a pilot or a soldier says them: "niner" always, "fife", "tree", "fower" often."""
    odds = {"9": 0.95, "5": 0.7, "3": 0.6, "4": 0.4}
    return " ".join(RADIO[d] if d in RADIO and rng.random() < odds[d] else "zero" if d == "0" else WORDS[int(d)]
                    for d in digits)


def accented(digits: str, rng: random.Random) -> str:
    """Digit words as an engine hears a Caribbean or Irish caller: "tree" or "free" for three, "owe" for oh."""
    return " ".join(rng.choice(ACCENT[d]) if d in ACCENT and rng.random() < 0.7 else words(d) for d in digits)


def has_any(value: str, digits: str) -> bool:
    return any(d in value for d in digits)


def inline_backchannel(parts: list[str], rng: random.Random) -> str:
    """The parts with the other speaker's backchannels between some of them (at least one), as a one-channel
    engine writes them inside the caller's run."""
    seps = [rng.choice(BACKCHANNELS) if rng.random() < 0.6 else rng.choice([", ", " "]) for _ in parts[1:]]
    if not any(s in BACKCHANNELS for s in seps):
        seps[rng.randrange(len(seps))] = rng.choice(BACKCHANNELS)
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


TAGS = [("Caller", "Agent"), ("Customer", "Rep"), ("SPEAKER_1", "SPEAKER_0"), ("Speaker 2", "Speaker 1"),
        ("[customer]", "[agent]"), ("CUSTOMER", "AGENT")]
TAG_ACKS = ["mm-hmm", "Okay.", "Yep.", "Go on.", "Got it.", "Uh-huh, next?", "Right."]


def speaker_tagged(u: Said, type_: str, parts: list[str], said: list[str], intro: str, rng: random.Random) -> Said:
    """The whole exchange in one segment, as a transcript export writes it: a tag and a line per turn."""
    caller, agent = rng.choice(TAGS)
    colon = "" if caller.startswith("[") else ":"
    u.say(f"{agent}{colon} {rng.choice(['Go ahead.', 'Ready when you are.', 'Okay, what is it?'])}\n"
          f"{caller}{colon} {intro}")
    for i, (part, text) in enumerate(zip(parts, said, strict=True)):
        if i:
            u.say(f"\n{agent}{colon} {rng.choice(TAG_ACKS)}\n{caller}{colon} ")
        u.entity(type_, text, part)
    return u.say(rng.choice([".", "", "..."]) + f"\n{agent}{colon} {rng.choice(['Thank you.', 'Got all of it.'])}")


def timestamps(rng: random.Random, count: int) -> list[str]:
    """Increasing timestamps in one of the formats transcript tools write."""
    t = rng.randint(30, 3000)
    style = rng.randrange(4)
    out = []
    for _ in range(count):
        h, rest = divmod(t, 3600)
        m, s = divmod(rest, 60)
        out.append([f"[{h:02d}:{m:02d}:{s:02d}]", f"({h * 60 + m:02d}:{s:02d})", f"{h * 60 + m}:{s:02d} -",
                    f"[{h * 60 + m}:{s:02d}.{rng.randint(0, 9)}]"][style])
        t += rng.randint(2, 6)
    return out


def timestamped(u: Said, type_: str, parts: list[str], said: list[str], intro: str, rng: random.Random) -> Said:
    """A timestamp before each piece, in one segment; the first piece after the caller's intro."""
    stamps = timestamps(rng, len(parts) + 1)
    sep = rng.choice([" ", "\n"])
    u.say(f"{stamps[0]} {intro}")
    for i, (part, text) in enumerate(zip(parts, said, strict=True)):
        if i:
            u.say(f"{rng.choice(['', ',', '...'])}{sep}{stamps[i]} ")
        u.entity(type_, text, part)
    return u.say(f".{sep}{stamps[-1]} {rng.choice(['okay, thank you', 'got it', 'let me put that in'])}")


def cumulative(u: Said, type_: str, parts: list[str], caller, agent, rng: random.Random) -> Said:
    """The caller gives a piece, the agent reads back everything so far, the caller says yes and gives the next."""
    for i, part in enumerate(parts):
        if i:
            u.say(rng.choice(["Yes, then ", "Yep. Then ", "Right, and then ", "Correct. Next is ", "Mm-hmm, "]))
        u.entity(type_, caller(part), part).say(rng.choice([".", "", "..."])).turn()
        so_far = "".join(parts[:i + 1])
        u.say(rng.choice(["So ", "Okay, so far ", "I have ", "That's "]))
        u.entity(type_, agent(parts[:i + 1]), so_far).say("?").turn()
    return u.say(rng.choice(["Yes, that's all of it.", "That's it.", "Yes. Done.", "Correct, that's the lot."]))


def cut_pair(digits: str, start: int) -> int:
    """Where a pair from `start` can be cut between its tens and its unit: a pair from 21 to 99, not a ten; -1
    if none."""
    spots = [k for k in range(start, len(digits) - 1, 2) if digits[k] >= "2" and digits[k + 1] != "0"]
    return spots[0] if spots else -1


def split_in_word(u: Said, type_: str, head: str, pairs: str, value: str, rng: random.Random,
                  sep: str = ", ") -> Said:
    """`head` said as it is, then `pairs` said two digits at a time; the engine ends the segment inside one pair,
    after its tens ("... forty" | "one, eleven ..."), at a pause; sometimes the agent's backchannel between."""
    spots = [k for k in range(0, len(pairs) - 1, 2) if pairs[k] >= "2" and pairs[k + 1] != "0"]
    k = rng.choice(spots)
    hyphen = rng.random() < 0.5
    before = [pair_said(pairs[j:j + 2], hyphen) for j in range(0, k, 2)]
    after = [pair_said(pairs[j:j + 2], hyphen) for j in range(k + 2, len(pairs), 2)]
    first = sep.join([*([head] if head else []), *before, TENS[int(pairs[k])]])
    second = sep.join([WORDS[int(pairs[k + 1])], *after])
    u.entity(type_, first).say(rng.choice(["", "...", " -"])).turn()
    if rng.random() < 0.3:
        u.say(rng.choice(["Mm-hmm.", "Yep.", "Go on."])).turn()
    u.entity(type_, second).joint(2, value)
    return u.say(rng.choice([".", "", ", that's it"]))


def card16(fake: Faker, rng: random.Random) -> str:
    while len(d := a_card(fake, rng)) != 16:
        pass
    return d


def month_year(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(27, 34)


def month_said(month: int) -> str:
    """A card's month as said: "oh two", "ten", "twelve"."""
    return words(f"{month:02d}") if month < 10 else tens(month)


def nth(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


# Cards --------------------------------------------------------------------------------------------------
def card_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    caller = rng.choice([words, lambda g: g])
    u = Said().say(rng.choice(["Okay, the card, first four: ", "It starts ", "Card number, "]))
    return cumulative(u, "CREDIT_CARD", grp(d, [4] * 4), caller,
                      lambda gs: ", ".join(spaced(g) for g in gs), rng)


def card_speaker_tags(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    parts = grp(d, [4] * 4) if rng.random() < 0.6 else grp(d, [8, 8])
    render = rng.choice([words, lambda g: " ".join(fours(g))])
    return speaker_tagged(Said(), "CREDIT_CARD", parts, [render(p) for p in parts],
                          rng.choice(["my card is ", "the number is ", "it's "]), rng)


def card_timestamped(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    parts = grp(d, [4] * 4) if rng.random() < 0.6 else grp(d, [8, 4, 4])
    render = rng.choice([words, lambda g: " ".join(fours(g))])
    return timestamped(Said(), "CREDIT_CARD", parts, [render(p) for p in parts],
                       rng.choice(["Card number is ", "Okay, it's ", "Yeah, "]), rng)


def card_inline_backchannel(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    render = rng.choice([words, lambda g: g])
    return Said().say(rng.choice(["card number is ", "it's ", "okay so "])).entity(
        "CREDIT_CARD", inline_backchannel([render(g) for g in grp(d, [4] * 4)], rng), d).say(rng.choice(["", "."]))


def card_split_in_word(fake: Faker, rng: random.Random) -> Said:
    while cut_pair(d := card16(fake, rng), 0) < 0:
        pass
    u = Said().say(rng.choice(["the card is ", "okay, in pairs, ", "it's "]))
    return split_in_word(u, "CREDIT_CARD", "", d, d, rng, rng.choice([", ", " "]))


def card_radio_digits(fake: Faker, rng: random.Random) -> Said:
    while not has_any(d := card16(fake, rng), "9"):
        pass
    intro = rng.choice(["card number, ", "I'll give it to you the way we did in the army: ", "it's "])
    return Said().say(intro).entity(
        "CREDIT_CARD", rng.choice([", ", " ", " break "]).join(radio(g, rng) for g in grp(d, [4] * 4)), d).say(
        rng.choice(["", ".", ", over"]))


def card_accent_homophones(fake: Faker, rng: random.Random) -> Said:
    while not (has_any(d := card16(fake, rng), "3") and has_any(d, "0")):
        pass
    return Said().say(rng.choice(["di card number is ", "the card is ", "it's "])).entity(
        "CREDIT_CARD", rng.choice([", ", " "]).join(accented(g, rng) for g in grp(d, [4] * 4)), d).say(
        rng.choice(["", ".", ", yeah"]))


def card_chat_lines(fake: Faker, rng: random.Random) -> Said:
    """A message typed in the chat over several lines: the card on one line, the expiry on another."""
    d = card16(fake, rng)
    month, yy = month_year(rng)
    name = fake["en_US"].name()
    u = Said().say(rng.choice(["Hi,\nhere are the details\n", "card details:\n", "ok here\n\n"]))
    u.say(rng.choice(["", "Card: ", "card no ", "Number: "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(fours(d)), d, "-".join(fours(d))]), d)
    u.say(rng.choice(["\nExp: ", "\nexpiry ", "\nExpires "])).entity(
        "CARD_EXPIRY", rng.choice([f"{month:02d}/{yy}", f"{month:02d}/20{yy}", f"{month:02d}-{yy}"]))
    return u.say(rng.choice([f"\nName on card: {name}\nthanks", f"\n{name}", "\nthx"]))


def card_valid_from(fake: Faker, rng: random.Random) -> Said:
    """A British card with a "valid from" date beside the expiry: only the expiry is labelled."""
    d = card16(fake, rng)
    month, yy = month_year(rng)
    fm, fy = rng.randint(1, 12), rng.randint(22, 25)
    u = Said().say(rng.choice(["card number ", "it's ", "the number on the front is "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(fours(d)), ", ".join(words(g) for g in fours(d))]), d)
    u.say(rng.choice([f", valid from {fm:02d}/{fy}, expires ", f". It says valid from {month_said(fm)} "
                      f"{tens(fy)}, and expires end ", f", from {fm:02d} {fy} to "]))
    return u.entity("CARD_EXPIRY", rng.choice([f"{month:02d}/{yy}", f"{month_said(month)} {tens(yy)}",
                                               f"{month:02d} {yy}"])).say(rng.choice(["", "."]))


def card_expiry_first(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the expiry before the number."""
    d = card16(fake, rng)
    month, yy = month_year(rng)
    u = Said().say(rng.choice(["Expiry first, it's ", "Okay, the date on it is ", "It runs out "]))
    u.entity("CARD_EXPIRY", rng.choice([f"{MONTHS[month - 1]} twenty {tens(yy)}", f"{month} {tens(yy)}",
                                        f"{month:02d}/{yy}", f"{month_said(month)} {tens(yy)}"]))
    u.say(rng.choice([", and the number is ", ". Number: ", ", then the long number, "]))
    return u.entity("CREDIT_CARD", rng.choice([" ".join(fours(d)), ", ".join(words(g) for g in fours(d))]), d).say(
        rng.choice(["", "."]))


def card_two_cards(fake: Faker, rng: random.Random) -> Said:
    """The first card is declined and the caller gives another: both labelled, "the one ending ..." not."""
    first, second = card16(fake, rng), card16(fake, rng)
    u = Said().say(rng.choice(["Card is ", "It's "])).entity(
        "CREDIT_CARD", rng.choice([" ".join(fours(first)), ", ".join(words(g) for g in fours(first))]), first).say(
        ".").turn()
    u.say(f"Sorry, the one ending {first[-4:]} was declined. Do you have another card?").turn()
    u.say(rng.choice(["Ugh. Okay, try ", "Right, use my other one, ", "Yeah, the debit card, "]))
    return u.entity("CREDIT_CARD", rng.choice([" ".join(fours(second)), ", ".join(words(g) for g in fours(second)),
                                               second]), second).say(rng.choice(["", ".", ", that one works"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_last_four_first(fake: Faker, rng: random.Random) -> Said:
    """The caller leads with the last four (as many systems ask for them), then gives the first five."""
    d = a_ssn(fake)
    render = rng.choice([words, lambda g: g])
    u = Said().say(rng.choice(["The last four are ", "Last four of my social: ", "Ending "])).entity(
        "US_SSN", render(d[5:]), d[5:])
    u.say(rng.choice([", and the first five are ", ". And the rest, from the start, ", ". The first part is "]))
    head = rng.choice([render(d[:3]) + ", " + render(d[3:5]), render(d[:5]), f"{d[:3]}-{d[3:5]}"])
    return u.entity("US_SSN", head, d[:5]).say(rng.choice(["", ".", ", so the whole thing"]))


def ssn_readback_corrected(fake: Faker, rng: random.Random) -> Said:
    """The agent's read-back slips one digit of the group number (a valid SSN itself), the caller corrects the
    group, the agent reads the whole again."""
    d = a_ssn(fake)
    while not ssn_ok(slip := d[:3] + f"{(int(d[3:5]) + rng.choice([1, 9, 10])) % 100:02d}" + d[5:]):
        pass
    u = Said().say(rng.choice(["my social is ", "SSN, "])).entity(
        "US_SSN", " ".join(words(g) for g in grp(d, [3, 2, 4])), d).say(".").turn()
    u.say(rng.choice(["Let me read that back: ", "So I have "])).entity(
        "US_SSN", rng.choice(["-".join(grp(slip, [3, 2, 4])), ", ".join(spaced(g) for g in grp(slip, [3, 2, 4]))]),
        slip).say("?").turn()
    u.say(f"No, the middle is {words(d[3:5])}, not {words(slip[3:5])}.").turn()
    u.say(rng.choice(["Sorry. So ", "Got it, that's "])).entity(
        "US_SSN", rng.choice(["-".join(grp(d, [3, 2, 4])), ", ".join(spaced(g) for g in grp(d, [3, 2, 4]))]), d)
    return u.say("?").turn().say(rng.choice(["Yes.", "That's right."]))


def ssn_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    u = Said().say(rng.choice(["First three: ", "My social starts ", "Okay. "]))
    return cumulative(u, "US_SSN", grp(d, [3, 2, 4]), rng.choice([words, lambda g: g]),
                      lambda gs: "-".join(gs) if rng.random() < 0.5 else ", ".join(spaced(g) for g in gs), rng)


def ssn_speaker_tags(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    parts = grp(d, [3, 2, 4]) if rng.random() < 0.6 else grp(d, [5, 4])
    render = rng.choice([words, lambda g: g])
    return speaker_tagged(Said(), "US_SSN", parts, [render(p) for p in parts],
                          rng.choice(["my social is ", "SSN ", "it's "]), rng)


def ssn_inline_backchannel(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    render = rng.choice([words, lambda g: g])
    return Said().say(rng.choice(["my social is ", "social security number ", "it's "])).entity(
        "US_SSN", inline_backchannel([render(g) for g in grp(d, [3, 2, 4])], rng), d).say(rng.choice(["", "."]))


def ssn_split_in_word(fake: Faker, rng: random.Random) -> Said:
    """Area digit by digit, then group and serial in pairs, the segment cut inside one of the pairs."""
    while cut_pair(d := a_ssn(fake), 3) < 0 or cut_pair(d[3:], 0) < 0:
        pass
    u = Said().say(rng.choice(["my social is ", "SSN, ", "it's "]))
    return split_in_word(u, "US_SSN", words(d[:3]), d[3:], d, rng)


def ssn_timestamped(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    parts = grp(d, [3, 2, 4])
    render = rng.choice([words, lambda g: g])
    return timestamped(Said(), "US_SSN", parts, [render(p) for p in parts],
                       rng.choice(["My social is ", "Social security, ", "SSN is "]), rng)


def ssn_chat_lines(fake: Faker, rng: random.Random) -> Said:
    """An e-mail-like message pasted in the chat: greeting, the SSN on a line of its own, a sign-off."""
    d = a_ssn(fake)
    first, last = fake["en_US"].first_name(), fake["en_US"].last_name()
    u = Said().say(rng.choice(["Hello,\n\nAs requested, my SSN is ", "Hi\nSSN: ",
                               "Good morning,\nsocial security no.\n"]))
    u.entity("US_SSN", rng.choice(["-".join(grp(d, [3, 2, 4])), " ".join(grp(d, [3, 2, 4])), d]), d)
    return u.say(rng.choice([f"\n\nRegards,\n{first} {last}", f"\nDOB on file\nThanks, {first}",
                             f"\n-- \n{first} {last}\nSent from my iPhone"]))


# Emails -------------------------------------------------------------------------------------------------
def address(local: str, domain: str) -> str:
    return checked("EMAIL_ADDRESS", f"{local}@{domain}")


def email_at_the_rate(fake: Faker, rng: random.Random) -> Said:
    """Indian English: "at the rate" for @."""
    first, last = plain(fake["en_IN"].first_name()), plain(fake["en_IN"].last_name())
    sep, said_sep = rng.choice([(".", " dot "), ("_", " underscore "), ("", " ")])  # "" said as two words
    num = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1975, 2002))])
    domain = rng.choice(["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com", "hotmail.com"])
    address(f"{first}{sep}{last}{num}", domain)
    said_num = "" if not num else f" {' '.join(words(num).split())}" if len(num) == 4 else f" {tens(int(num))}"
    local = f"{first}{said_sep}{last}"
    return Said().say(rng.choice(["my mail id is ", "email id, ", "kindly note, it is "])).entity(
        "EMAIL_ADDRESS", f"{local}{said_num} {rng.choice(['at the rate', 'at the rate of', 'at-the-rate'])} "
                         f"{domain.replace('.', ' dot ')}").say(rng.choice(["", ".", ", sir"]))


def email_dutch(fake: Faker, rng: random.Random) -> Said:
    first, last = plain(fake["nl_NL"].first_name()), plain(fake["nl_NL"].last_name())
    sep, said_sep = rng.choice([(".", " punt "), ("-", " streepje "), ("_", " underscore ")])
    domain = rng.choice(["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"])
    address(f"{first}{sep}{last}", domain)
    said_domain = domain.replace("xs4all", "x s vier all").replace(".", " punt ")
    return Said().say(rng.choice(["mijn e-mailadres is ", "het mailadres is ", "dat is "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} apenstaartje {said_domain}").say(
        rng.choice(["", ".", ", alles aan elkaar"]))


def email_polish(fake: Faker, rng: random.Random) -> Said:
    first, last = plain(fake["pl_PL"].first_name()), plain(fake["pl_PL"].last_name())
    sep, said_sep = rng.choice([(".", " kropka "), ("-", " myślnik "), ("_", " podkreślnik ")])
    domain = rng.choice(["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"])
    address(f"{first}{sep}{last}", domain)
    said_domain = domain.replace("o2", "o dwa").replace(".", " kropka ")
    return Said().say(rng.choice(["mój e-mail to ", "adres mailowy: ", "proszę pisać na "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} {rng.choice(['małpa', 'małpka'])} {said_domain}").say(
        rng.choice(["", ".", ", dziękuję"]))


def email_portuguese(fake: Faker, rng: random.Random) -> Said:
    first, last = plain(fake["pt_BR"].first_name()), plain(fake["pt_BR"].last_name())
    sep, said_sep = rng.choice([(".", " ponto "), ("_", " underline "), ("-", " hífen "), ("-", " traço ")])
    domain = rng.choice(["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com", "terra.com.br"])
    address(f"{first}{sep}{last}", domain)
    return Said().say(rng.choice(["meu e-mail é ", "o endereço é ", "anota aí: "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} arroba {domain.replace('.', ' ponto ')}").say(
        rng.choice(["", ".", ", tudo minúsculo"]))


def email_swedish(fake: Faker, rng: random.Random) -> Said:
    first, last = plain(fake["sv_SE"].first_name()), plain(fake["sv_SE"].last_name())
    sep, said_sep = rng.choice([(".", " punkt "), ("-", " bindestreck "), ("_", " understreck ")])
    domain = rng.choice(["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"])
    address(f"{first}{sep}{last}", domain)
    return Said().say(rng.choice(["min mejl är ", "e-postadressen är ", "det är "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} {rng.choice(['snabel-a', 'snabel a', 'at'])} "
                         f"{domain.replace('.', ' punkt ')}").say(rng.choice(["", ".", ", tack"]))


def email_signature(fake: Faker, rng: random.Random) -> Said:
    """An e-mail signature pasted in the chat: the address and a phone on their own lines, both labelled."""
    first, last = names(fake)
    company = rng.choice(["acme-logistics", "brightpath", "northwind", "harbourline", "oakfield-legal"])
    tld = rng.choice(["com", "co.uk", "ie", "net"])
    addr = address(rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}"]), f"{company}.{tld}")
    region, pattern = rng.choice([("GB", "20########"), ("GB", "7#########"), ("IE", "1#######"), ("US", None)])
    if pattern is None:
        n = a_us_phone(fake)
        phone, value = rng.choice([(f"+1 {n[:3]} {n[3:6]} {n[6:]}", "1" + n), (f"({n[:3]}) {n[3:6]}-{n[6:]}", n)])
    else:
        n = valid_national(fake, region, pattern)
        parsed = phonenumbers.parse(f"+{phonenumbers.country_code_for_region(region)}{n}")
        phone = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        value = str(phonenumbers.country_code_for_region(region)) + n
    u = Said().say(f"{first.capitalize()} {last.capitalize()}\n{rng.choice(['Account Manager', 'Paralegal', 'Ops'])}"
                   f" | {company.replace('-', ' ').title()}\n{rng.choice(['E: ', 'Email: ', 'e. '])}")
    u.entity("EMAIL_ADDRESS", rng.choice([addr, addr.capitalize()]))
    u.say(rng.choice(["\nT: ", "\nTel: ", "\nMob: ", "\nm. "])).entity("PHONE_NUMBER", phone, value)
    return u.say(rng.choice(["\nThis e-mail is confidential.", "",
                             "\nPlease consider the environment before printing"]))


def email_display_name(fake: Faker, rng: random.Random) -> Said:
    """A pasted address with its display name around it, or as a markdown link (both copies labelled)."""
    first, last = names(fake)
    addr = address(rng.choice([f"{first}.{last}", f"{first}{last[0]}", f"{last}.{first}"]),
                   rng.choice(["gmail.com", "outlook.com", "icloud.com", "proton.me"]))
    u = Said().say(rng.choice(["[chat] send it to ", "(typed) ", "Chat message: "]))
    style = rng.randrange(3)
    if style == 0:
        u.say(f"{first.capitalize()} {last.capitalize()} <").entity("EMAIL_ADDRESS", addr).say(">")
    elif style == 1:
        u.say(f"\"{last.capitalize()}, {first.capitalize()}\" <").entity("EMAIL_ADDRESS", addr).say(">")
    else:
        u.say("[").entity("EMAIL_ADDRESS", addr).say("](mailto:").entity("EMAIL_ADDRESS", addr).say(")")
    return u.say(rng.choice(["", " thanks", " pls"]))


def email_sentence_case(fake: Faker, rng: random.Random) -> Said:
    """The engine took a spoken dot for a full stop and started a sentence after it ("gmail. Com")."""
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "hotmail", "outlook", "aol"])
    address(f"{first}.{last}", f"{provider}.com")
    text = rng.choice([f"{first}. {last.capitalize()} at {provider}. Com",
                       f"{first} dot {last} at {provider}. Com",
                       f"{first.capitalize()}. {last.capitalize()} at {provider.capitalize()}. Com",
                       f"{first}.{last} at {provider}. Com"])
    return Said().say(rng.choice(["My email is ", "It's ", "Email. "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice([".", "", ". Thanks."]))


def email_cumulative(fake: Faker, rng: random.Random) -> Said:
    """The agent types the address as the caller gives it and reads back all of it so far each time."""
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook", "icloud"])
    address(f"{first}.{last}", f"{provider}.com")
    u = Said().say(rng.choice(["It's ", "Email, ", "Okay. "])).entity("EMAIL_ADDRESS", first).say(".").turn()
    u.say("So ").entity("EMAIL_ADDRESS", "-".join(first)).say("?").turn()
    u.say("Yes, then ").entity("EMAIL_ADDRESS", f"dot {last}").say(".").turn()
    u.say(rng.choice(["Okay, ", "So far "])).entity("EMAIL_ADDRESS", f"{first} dot {last}").say("?").turn()
    u.say("Yep, ").entity("EMAIL_ADDRESS", f"at {provider} dot com").say(".").turn()
    u.say("So the whole thing is ").entity("EMAIL_ADDRESS", rng.choice([
        f"{first} dot {last} at {provider} dot com", f"{first}.{last}@{provider}.com"])).say("?").turn()
    return u.say(rng.choice(["Yes.", "That's it.", "Perfect."]))


# Phones -------------------------------------------------------------------------------------------------
def phone_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    u = Said().say(rng.choice(["Area code ", "It's ", "My number, "]))
    return cumulative(u, "PHONE_NUMBER", grp(d, [3, 3, 4]), rng.choice([words, lambda g: g]),
                      lambda gs: " ".join(spaced(g) for g in gs) if rng.random() < 0.5 else "-".join(gs), rng)


def phone_speaker_tags(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    parts = grp(d, [3, 3, 4]) if rng.random() < 0.6 else grp(d, [6, 4])
    render = rng.choice([words, lambda g: g])
    return speaker_tagged(Said(), "PHONE_NUMBER", parts, [render(p) for p in parts],
                          rng.choice(["call me at ", "my cell is ", "it's "]), rng)


def phone_timestamped(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    parts = grp(d, [3, 3, 4])
    render = rng.choice([words, lambda g: g])
    return timestamped(Said(), "PHONE_NUMBER", parts, [render(p) for p in parts],
                       rng.choice(["My number is ", "Best number's ", "Call back on "]), rng)


def phone_inline_backchannel(fake: Faker, rng: random.Random) -> Said:
    if rng.random() < 0.6:
        d = a_us_phone(fake)
        parts, value = grp(d, [3, 3, 4]), d
    else:
        n = "0" + valid_national(fake, "GB", rng.choice(["7#########", "20########", "161#######"]))
        parts, value = grp(n, [5, 6] if n[1] == "7" else [3, 4, 4] if n[1] == "2" else [4, 3, 4]), n
    render = rng.choice([words, lambda g: g])
    return Said().say(rng.choice(["my number is ", "you can ring me on ", "it's "])).entity(
        "PHONE_NUMBER", inline_backchannel([render(p) for p in parts], rng), value).say(rng.choice(["", "."]))


def phone_split_in_word(fake: Faker, rng: random.Random) -> Said:
    """Area code and exchange digit by digit, the last four as two pairs, cut inside one of them."""
    while cut_pair(d := a_us_phone(fake), 6) < 0:
        pass
    u = Said().say(rng.choice(["my number is ", "call me at ", "it's "]))
    return split_in_word(u, "PHONE_NUMBER", f"{words(d[:3])}, {words(d[3:6])}", d[6:], d, rng)


def phone_accent_homophones(fake: Faker, rng: random.Random) -> Said:
    """A Jamaican or US number as an engine hears the accent: "tree", "free", "owe"."""
    for _ in range(50):
        d = valid_national(fake, "JM", "876#######") if rng.random() < 0.5 else a_us_phone(fake)
        if has_any(d, "3") and has_any(d, "0"):
            break
    return Said().say(rng.choice(["mi number is ", "call me pon ", "the number is "])).entity(
        "PHONE_NUMBER", ", ".join(accented(g, rng) for g in grp(d, [3, 3, 4])), d).say(rng.choice(["", ".", ", yeah"]))


def phone_readback_corrected(fake: Faker, rng: random.Random) -> Said:
    """The agent's read-back slips one digit of the exchange (a valid number itself); the caller corrects the
    group and the agent reads the whole again."""
    d = a_us_phone(fake)
    for _ in range(50):
        k = rng.randrange(4, 6)
        slip = d[:k] + str((int(d[k]) + rng.randint(1, 9)) % 10) + d[k + 1:]
        if phone_ok("1" + slip):
            break
    else:
        raise AssertionError(d)
    u = Said().say(rng.choice(["my number's ", "call me on "])).entity(
        "PHONE_NUMBER", ", ".join(words(g) for g in grp(d, [3, 3, 4])), d).say(".").turn()
    u.say(rng.choice(["So that's ", "I have "])).entity("PHONE_NUMBER", "-".join(grp(slip, [3, 3, 4])), slip)
    u.say("?").turn()
    u.say(f"No, {words(d[3:6])} in the middle, not {words(slip[3:6])}.").turn()
    u.say(rng.choice(["Sorry, so ", "Okay: "])).entity("PHONE_NUMBER", rng.choice(["-".join(grp(d, [3, 3, 4])),
                                                                              f"({d[:3]}) {d[3:6]}-{d[6:]}"]), d)
    return u.say("?").turn().say(rng.choice(["Yes.", "That's it."]))


def phone_dial_prefix(fake: Faker, rng: random.Random) -> Said:
    """What to dial before the number stays outside the label."""
    d = a_us_phone(fake)
    u = Said().say(rng.choice(["from the hotel phone, dial nine for an outside line, then ",
                               "you have to press nine first to get out, then ",
                               "dial star six seven so it doesn't show your number, then ",
                               "from a desk phone it's eight for long distance, then ",
                               "press nine, wait for the tone, then "]))
    return u.entity("PHONE_NUMBER", rng.choice([f"{d[:3]}-{d[3:6]}-{d[6:]}", ", ".join(words(g) for g in
                                                                                    grp(d, [3, 3, 4]))]), d).say(
        rng.choice(["", ".", " and ask for me"]))


def clock(pair4: str) -> str | None:
    """Four digits as an engine writes them when heard as a time ("twelve thirty-four" -> "12:34")."""
    h, m = int(pair4[:2]), int(pair4[2:])
    return f"{h}:{pair4[2:]}" if pair4[0] != "0" and 1 <= h <= 12 and m < 60 else None


def phone_clock_format(fake: Faker, rng: random.Random) -> Said:
    """The last four said as two pairs and written by the engine as a time of day; the exchange sometimes too."""
    while True:  # a number whose last four an engine would hear as a time: 1000 to 1259
        d = a_us_phone(fake)
        d = d[:6] + f"{rng.randint(10, 12)}{rng.randint(0, 59):02d}"
        if phone_ok("1" + d) and clock(d[6:]):
            break
    exchange = f"{d[3]}:{d[4:6]}" if d[4] < "6" and rng.random() < 0.4 else d[3:6]
    text = rng.choice([f"{d[:3]} {exchange} {clock(d[6:])}", f"{d[:3]}-{exchange} {clock(d[6:])}",
                       f"{words(d[:3])}, {words(d[3:6])}, {clock(d[6:])}", f"({d[:3]}) {exchange}, {clock(d[6:])}"])
    return Said().say(rng.choice(["My number is ", "Call me at ", "It's "])).entity("PHONE_NUMBER", text, d).say(
        rng.choice([".", "", ". Thanks."]))


REGIONS = {
    "asia-pacific": [("PH", "9#########"), ("HK", "9#######"), ("HK", "6#######"), ("NZ", "21#######"),
                     ("KR", "10########")],
    "africa-gulf": [("NG", "803#######"), ("KE", "7########"), ("AE", "50#######"), ("IL", "5########")],
    "latin-america": [("CL", "9########"), ("PE", "9########"), ("CL", "2########")],
}


def phone_region(fake: Faker, rng: random.Random, area: str) -> Said:
    region, pattern = rng.choice(REGIONS[area])
    n = valid_national(fake, region, pattern)
    code = str(phonenumbers.country_code_for_region(region))
    parsed = phonenumbers.parse(f"+{code}{n}")
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    trunk = re.sub(r"\D", "", national)
    sizes = [3, 3, 4] if len(n) >= 10 else [2, 3, 4] if len(n) == 9 else [4, 4]
    text, value = rng.choice([
        (phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL), code + n),
        (national, trunk),
        (f"plus {' '.join(words(c) for c in code)}, {', '.join(words(g) for g in grp(n, sizes))}", code + n),
        (", ".join(words(g) for g in grp(trunk, [len(trunk) - len(n) + sizes[0], *sizes[1:]])), trunk),
        (f"double-oh {tens(int(code)) if len(code) == 2 else words(code)}, {' '.join(grp(n, sizes))}",
         "00" + code + n)])
    return Said().say(rng.choice(["my number back home is ", "you can WhatsApp me on ", "my mobile is ",
                                  "call me on "])).entity("PHONE_NUMBER", text, value).say(rng.choice(["", ".", " ok"]))


def phone_asia_pacific(fake: Faker, rng: random.Random) -> Said:
    return phone_region(fake, rng, "asia-pacific")


def phone_africa_gulf(fake: Faker, rng: random.Random) -> Said:
    return phone_region(fake, rng, "africa-gulf")


def phone_latin_america(fake: Faker, rng: random.Random) -> Said:
    return phone_region(fake, rng, "latin-america")


# IBANs --------------------------------------------------------------------------------------------------
def iban_with(country: str, bban: str) -> str:
    """An IBAN for a country Faker has no bank provider for, its check digits computed."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return checked("IBAN_CODE", f"{country}{check:02d}{bban}")


IBAN_MAKERS = {
    "NL": lambda f: f["nl_NL"].iban(), "FR": lambda f: f["fr_FR"].iban(), "IT": lambda f: f["it_IT"].iban(),
    "ES": lambda f: f["es_ES"].iban(), "GB": lambda f: f["en_GB"].iban(), "IE": lambda f: f["en_IE"].iban(),
    "DE": lambda f: f["de_DE"].iban(), "FI": lambda f: f["fi_FI"].iban(),
    "LU": lambda f: iban_with("LU", f.numerify("###") + f.bothify("#############")),
}


def an_iban10(fake: Faker, rng: random.Random, countries: str) -> str:
    return checked("IBAN_CODE", IBAN_MAKERS[rng.choice(countries.split())](fake))


def iban_check_pair(fake: Faker, rng: random.Random) -> Said:
    """Country letters, the check digits said as one number ("ninety-one"), then the rest typed or said."""
    while "0" in (v := an_iban10(fake, rng, "NL FR IT ES GB IE DE LU FI"))[2:4]:
        pass  # "ninety" before "one two ..." would be heard as ninety-one
    check = pair_said(v[2:4], rng.random() < 0.6)
    body = fours(v[4:])
    rest = rng.choice([" ".join(body), ", ".join(chars(g) for g in body)])
    return Said().say(rng.choice(["IBAN: ", "the IBAN is ", "it's "])).entity(
        "IBAN_CODE", f"{rng.choice([v[:2], spaced(v[:2])])} {check}, {rest}", v).say(rng.choice(["", ".", " please"]))


def iban_finnish(fake: Faker, rng: random.Random) -> Said:
    v = an_iban10(fake, rng, "FI")
    body = ", ".join(" ".join(FI[int(c)] for c in g) for g in fours(v[4:]))
    return Said().say(rng.choice(["tilinumero on ", "my Finnish IBAN is ", "IBAN, "])).entity(
        "IBAN_CODE", f"F I, {' '.join(FI[int(c)] for c in v[2:4])}, {body}", v).say(rng.choice(["", ".", ", kiitos"]))


def iban_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    v = an_iban10(fake, rng, "GB IE NL DE")
    parts = fours(v)
    cut = rng.choice([2, 3])
    parts = ["".join(parts[:cut]), *[("".join(parts[cut:]))[i:i + 8] for i in range(0, len(v) - 4 * cut, 8)]]
    u = Said().say(rng.choice(["It starts ", "IBAN, first bit: ", "Okay, "]))
    return cumulative(u, "IBAN_CODE", parts, lambda p: " ".join(fours(p)),
                      lambda ps: " ".join(fours("".join(ps))), rng)


def iban_speaker_tags(fake: Faker, rng: random.Random) -> Said:
    v = an_iban10(fake, rng, "NL FR IT ES GB IE DE LU FI")
    gs = fours(v)
    parts = ["".join(gs[i:i + 2]) for i in range(0, len(gs), 2)]
    render = rng.choice([lambda p: " ".join(fours(p)), lambda p: ", ".join(chars(g) for g in fours(p))])
    return speaker_tagged(Said(), "IBAN_CODE", parts, [render(p) for p in parts],
                          rng.choice(["the IBAN is ", "IBAN ", "it's "]), rng)


def iban_inline_backchannel(fake: Faker, rng: random.Random) -> Said:
    v = an_iban10(fake, rng, "NL FR IT ES GB IE DE LU FI")
    render = rng.choice([lambda g: g, chars])
    return Said().say(rng.choice(["my IBAN is ", "IBAN ", "it's "])).entity(
        "IBAN_CODE", inline_backchannel([render(g) for g in fours(v)], rng), v).say(rng.choice(["", "."]))


def iban_split_in_word(fake: Faker, rng: random.Random) -> Said:
    """The check digits said as a pair, the segment cut inside it ("G B, eighty" | "two, W E S T ...")."""
    while cut_pair((v := an_iban10(fake, rng, "NL GB IE DE FI"))[2:4], 0) < 0:
        pass
    hyphen = rng.random() < 0.5
    u = Said().say(rng.choice(["IBAN, ", "the IBAN is ", "it's "]))
    u.entity("IBAN_CODE", f"{spaced(v[:2])}, {TENS[int(v[2])]}").say(rng.choice(["", "..."])).turn()
    if rng.random() < 0.3:
        u.say(rng.choice(["Mm-hmm.", "Yep."])).turn()
    rest = ", ".join(chars(g) for g in fours(v[4:])) if hyphen else " ".join(fours(v[4:]))
    return u.entity("IBAN_CODE", f"{WORDS[int(v[3])]}, {rest}").joint(2, v).say(rng.choice([".", ""]))


def mixed_case(text: str, rng: random.Random) -> str:
    style = rng.randrange(3)
    if style == 0:
        return text[0] + text[1:].lower()  # "Nl91abna..."
    if style == 1:
        return text[:2].lower() + text[2:]  # "nl91ABNA..."
    return "".join(c.lower() if c.isalpha() and rng.random() < 0.5 else c for c in text)


def iban_mixed_case(fake: Faker, rng: random.Random) -> Said:
    """Typed in the chat with the shift key half used."""
    v = an_iban10(fake, rng, "NL GB IE DE FI")
    text = mixed_case(rng.choice([v, " ".join(fours(v))]), rng)
    return Said().say(rng.choice(["[chat] ", "(typed) iban ", "Chat message: my iban "])).entity(
        "IBAN_CODE", text, v).say(rng.choice(["", " thx", " pls"]))


BICS = {"NL": ["ABNANL2A", "INGBNL2A", "RABONL2U"], "GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L"],
        "IE": ["AIBKIE2D", "BOFIIE2D"], "DE": ["DEUTDEFF", "COBADEFF", "GENODEF1"], "FR": ["BNPAFRPP", "SOGEFRPP"],
        "IT": ["UNCRITMM", "BCITITMM"], "ES": ["CAIXESBB", "BBVAESMM"], "LU": ["BCEELULL", "BGLLLULL"],
        "FI": ["NDEAFIHH", "OKOYFIHH"]}


def iban_bank_details(fake: Faker, rng: random.Random) -> Said:
    """A bank-details block pasted in the chat: account name, IBAN, BIC on their own lines; only the IBAN labelled."""
    country = rng.choice(list(BICS))
    v = an_iban10(fake, rng, country)
    name = fake["en_GB"].name()
    u = Said().say(rng.choice(["Bank details:\n", "Here you go\n\n", "Please refund to:\n"]))
    u.say(f"{rng.choice(['Account name', 'Beneficiary', 'Name'])}: {name}\nIBAN: ")
    u.entity("IBAN_CODE", rng.choice([v, " ".join(fours(v))]), v)
    return u.say(f"\n{rng.choice(['BIC', 'SWIFT', 'BIC/SWIFT'])}: {rng.choice(BICS[country])}"
                 f"{rng.choice(['', chr(10) + 'Reference: ' + fake.bothify('REF-####')])}")


def iban_spanish_pairs(fake: Faker, rng: random.Random) -> Said:
    v = an_iban10(fake, rng, "ES")

    def pairs(digits: str) -> str:
        return ", ".join(es_pair(int(p)) if p[0] != "0" else f"cero {ES[int(p[1])]}" for p in grp(digits, [2] * 10))
    return Said().say(rng.choice(["mi IBAN es ", "el IBAN: ", "la cuenta, IBAN "])).entity(
        "IBAN_CODE", f"E S, {pairs(v[2:4])}, {pairs(v[4:])}", v).say(rng.choice(["", ".", ", gracias"]))


# National ids -------------------------------------------------------------------------------------------
def nino_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    parts = [v[:2], v[2:4], v[4:6], v[6:9]]
    caller = rng.choice([lambda p: chars(p), lambda p: p, lambda p: chars(p, nato=True)])
    u = Said().say(rng.choice(["NI number, it starts ", "Okay, national insurance: ", "It's "]))
    return cumulative(u, "UK_NINO", parts, caller, lambda ps: " ".join(ps), rng)


def nino_payslip_lines(fake: Faker, rng: random.Random) -> Said:
    """A payslip's header typed into the chat: the NINO on its line, a tax code and dates beside it."""
    v = a_nino(fake, rng)
    u = Said().say(f"{rng.choice(['Employee', 'Name'])}: {fake['en_GB'].name()}\n"
                   f"{rng.choice(['NI number', 'NI No', 'NINO', 'Nat. Ins. No.'])}: ")
    u.entity("UK_NINO", rng.choice([v, f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}", v.lower()]), v)
    return u.say(f"\nTax code: {rng.choice(['1257L', 'BR', 'K475', '1257L M1', 'S1257L'])}\n"
                 f"Pay date: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026\n"
                 f"Employee no: {fake.numerify('######')}")


def nino_inline_backchannel(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    parts = [v[:2], *grp(v[2:8], [2, 2, 2]), v[8]]
    render = rng.choice([chars, lambda p: p])
    return Said().say(rng.choice(["my NI number is ", "national insurance, ", "it's "])).entity(
        "UK_NINO", inline_backchannel([render(p) for p in parts], rng), v).say(rng.choice(["", "."]))


def nino_timestamped(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    parts = rng.choice([[v[:2], v[2:5], v[5:8], v[8]], [v[:4], v[4:8], v[8]]])
    render = rng.choice([chars, lambda p: p])
    return timestamped(Said(), "UK_NINO", parts, [render(p) for p in parts],
                       rng.choice(["National insurance number is ", "NI number, ", "It's "]), rng)


def dni_letra_de_control(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    digits = rng.choice([v[:8], f"{v[:2]}.{v[2:5]}.{v[5:8]}", " ".join(ES[int(c)] for c in v[:8])])
    letter = rng.choice([f", y la letra de control es la {v[8]}", f", letra de control {v[8]}",
                         f" y la letra de control, la {v[8]}"])
    return Said().say(rng.choice(["mi DNI es el ", "el número del DNI es ", "DNI "])).entity(
        "ES_NIF", digits + letter, v).say(rng.choice(["", ".", ", ¿vale?"]))


def es_groups(digits: str, sizes: list[int]) -> str:
    """Groups in Spanish numbers: two digits as a pair, three in hundreds; from a zero, "cero" then the rest."""
    out = []
    for g in grp(digits, sizes):
        if len(g) == 1:
            out.append(ES[int(g)])
        elif g[0] == "0":
            rest = es_pair(int(g[1:])) if len(g) == 3 and g[1] != "0" else " ".join(ES[int(c)] for c in g[1:])
            out.append(f"cero {rest}")
        else:
            out.append(es_pair(int(g)) if len(g) == 2 else es_hundred(int(g)))
    return ", ".join(out)


def dni_spanish_hundreds(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    return Said().say(rng.choice(["mi DNI es el ", "DNI: ", "el DNI, "])).entity(
        "ES_NIF", f"{es_groups(v[:8], [2, 3, 3])}, {rng.choice(['letra ', ''])}{v[8]}", v).say(
        rng.choice(["", ".", ", gracias"]))


def dni_cumulative_readback(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    parts = [v[:2], v[2:5], v[5:9]]
    u = Said().say(rng.choice(["El DNI empieza por ", "My DNI starts ", "Vale, "]))
    return cumulative(u, "ES_NIF", parts, lambda p: " ".join(ES[int(c)] if c.isdigit() else c for c in p),
                      lambda ps: " ".join(ps), rng)


def dni_chat_lines(fake: Faker, rng: random.Random) -> Said:
    """A form typed into the chat line by line: name, DNI, phone (both labelled)."""
    v = a_nif(fake)
    n = valid_national(fake, "ES", "6########")
    u = Said().say(f"Nombre: {fake['es_ES'].name()}\n{rng.choice(['DNI', 'DNI/NIF', 'NIF'])}: ")
    u.entity("ES_NIF", rng.choice([v, f"{v[:8]}-{v[8]}", f"{v[:8]} {v[8]}", v.lower()]), v)
    phone, value = rng.choice([(" ".join(grp(n, [3, 3, 3])), n), (n, n), (f"+34 {' '.join(grp(n, [3, 3, 3]))}",
                                                                         "34" + n)])
    u.say(f"\n{rng.choice(['Teléfono', 'Móvil', 'Tlf'])}: ").entity("PHONE_NUMBER", phone, value)
    return u.say(f"\nC.P.: {fake['es_ES'].postcode()}")


def nie_letra_de_control(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    body = rng.choice([v[1:8], " ".join(ES[int(c)] for c in v[1:8]), f"{v[1:4]} {v[4:8]}"])
    letter = rng.choice(["y la letra de control es la ", "letra de control ", "con la letra de control "])
    return Said().say(rng.choice(["mi NIE es ", "el NIE: ", "NIE "])).entity(
        "ES_NIE", f"{v[0]}, {body}, {letter}{v[8]}", v).say(rng.choice(["", ".", ", ¿vale?"]))


def nie_spanish_hundreds(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    return Said().say(rng.choice(["mi NIE es ", "el NIE, ", "NIE: "])).entity(
        "ES_NIE", f"{v[0]}, {es_groups(v[1:8], [1, 3, 3])}, {rng.choice(['letra ', ''])}{v[8]}", v).say(
        rng.choice(["", ".", ", gracias"]))


def nie_speaker_tags(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    parts = rng.choice([[v[:4], v[4:]], [v[0], v[1:5], v[5:]]])
    render = rng.choice([lambda p: p, lambda p: " ".join(ES[int(c)] if c.isdigit() else c for c in p)])
    return speaker_tagged(Said(), "ES_NIE", parts, [render(p) for p in parts],
                          rng.choice(["mi NIE es ", "NIE ", "it's "]), rng)


# Look-alikes --------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    good = luhn_fix(fake.numerify(rng.choice(["4", "5", "6"]) + "#" * (length - 2)))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def ups(fake: Faker) -> str:
    return "1Z" + fake.bothify("??????").upper().replace("O", "0") + fake.numerify("##") + fake.numerify("########")


def _orders_speaker_tags(fake: Faker, rng: random.Random) -> list[str]:
    caller, agent = rng.choice(TAGS)
    colon = "" if caller.startswith("[") else ":"
    n = luhn_bad(fake, rng)
    ref = rng.choice([" ".join(fours(n)), ups(fake), f"#{fake.numerify('########')}"])
    return [f"{agent}{colon} What's the order number?\n{caller}{colon} it's {ref}\n{agent}{colon} mm-hmm\n"
            f"{caller}{colon} and it was {rng.randint(2, 9)} items, ${rng.randint(20, 900)}.{rng.randint(10, 99)}\n"
            f"{agent}{colon} Thanks."]


def _timestamped_talk(fake: Faker, rng: random.Random) -> list[str]:
    stamps = timestamps(rng, 3)
    return [rng.choice([f"{stamps[0]} I'll be there at {rng.randint(1, 12)}:{rng.choice(['15', '30', '45'])} "
                        f"{stamps[1]} with {rng.randint(2, 40)} boxes {stamps[2]} okay",
                        f"{stamps[0]} the total was {rng.randint(100, 999)} dollars\n{stamps[1]} mm-hmm\n{stamps[2]} "
                        f"and {rng.randint(10, 99)} cents",
                        f"{stamps[0]} order {fake.numerify('#######')} {stamps[1]} yep {stamps[2]} shipped on the "
                        f"{nth(rng.randint(2, 28))}"])]


def _order_cumulative(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng)
    gs = fours(n)
    return [f"The order number starts {words(gs[0])}.", f"So {spaced(gs[0])}?", f"Yes, then {words(gs[1])}.",
            f"So far {', '.join(spaced(g) for g in gs[:2])}?", f"Yep, then {gs[2]} {gs[3]}.",
            f"So the order is {' '.join(gs)}?", "That's the order, yes."]


def _backchannel_amounts(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"it was {WORDS[rng.randint(2, 9)]} hundred{rng.choice(BACKCHANNELS)}and "
                        f"{tens(rng.randint(11, 99))} dollars{rng.choice(BACKCHANNELS)}on the "
                        f"{nth(rng.randint(2, 28))}",
                        f"we ordered {rng.randint(10, 99)}{rng.choice(BACKCHANNELS)}{rng.randint(100, 999)}"
                        f"{rng.choice(BACKCHANNELS)}{rng.randint(1000, 9999)} units over three years",
                        f"the flight was {rng.randint(200, 900)} pounds{rng.choice(BACKCHANNELS)}and the hotel "
                        f"{rng.randint(100, 600)}{rng.choice(BACKCHANNELS)}so {rng.randint(900, 1500)} all in"])]


def _radio_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"cleared to flight level {radio(f'{rng.randint(10, 41)}0', rng)}, heading "
                        f"{radio(fake.numerify('%#0'), rng)}",
                        f"speedbird {radio(fake.numerify('%##'), rng)}, squawk {radio(fake.numerify('####'), rng)}",
                        f"unit {radio(fake.numerify('%#'), rng)} responding, ETA {radio(fake.numerify('%'), rng)} "
                        "minutes",
                        f"the frequency is one {radio(fake.numerify('##'), rng)} decimal "
                        f"{radio(fake.numerify('##'), rng)}",
                        f"I was on call sign {NATO10[rng.choice('ABCDEFGH')]} {radio(fake.numerify('%#'), rng)} back "
                        "then, tree years"])]


def _clock_and_prices(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"call back at {rng.randint(1, 12)}:{rng.randint(10, 59)} or {rng.randint(1, 12)}:"
                        f"{rng.randint(10, 59)}, room {rng.randint(100, 999)}",
                        f"it's ${rng.randint(1, 9)}.{rng.randint(10, 99)} each, {rng.randint(100, 999)} of them, "
                        f"delivered at {rng.randint(1, 12)}:{rng.randint(10, 59)}",
                        f"the meeting is {rng.randint(8, 11)}:30 to {rng.randint(12, 17)}:45 in "
                        f"{rng.randint(100, 999)} {fake['en_US'].street_name()}",
                        f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.randint(1, 12)}:{rng.randint(10, 59)} "
                        f"{rng.randint(1, 12)}:{rng.randint(10, 59)}, those are the three slots left"])]


def _chat_lines_refs(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Order: {fake.numerify('#########')}\nTracking: {ups(fake)}\nZIP: {fake['en_US'].zipcode()}-"
                        f"{fake.numerify('####')}\nthanks",
                        f"Hi,\nmy case ref is {fake.bothify('CS-######').upper()}\ninvoice {fake.numerify('INV-#####')}"
                        f"\nRegards",
                        f"Details:\nPolicy no: {fake.numerify('##########')}\nRenewal: {rng.randint(1, 28):02d}/"
                        f"{rng.randint(1, 12):02d}/2027\nPremium: £{rng.randint(100, 999)}.{rng.randint(10, 99)}",
                        f"Booking\nFlight {rng.choice(['BA', 'UA', 'LH', 'IB'])}{rng.randint(100, 9999)}\nSeat "
                        f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}\nConf: {fake.bothify('??????').upper()}"])]


def _invalid_ssns_new_ways(fake: Faker, rng: random.Random) -> list[str]:
    bad = rng.choice([f"9{fake.numerify('########')}", f"000{fake.numerify('######')}",
                      f"666{fake.numerify('######')}", f"{fake.numerify('%##')}00{fake.numerify('####')}",
                      f"{fake.numerify('%##%#')}0000"])
    assert not ssn_ok(bad)
    return [rng.choice([f"the last four are {words(bad[5:])} and the first five {words(bad[:5])}, that's my ITIN, "
                        "not a social",
                        f"Caller: my ITIN is\nCaller: {'-'.join(grp(bad, [3, 2, 4]))}\nAgent: that's not an SSN",
                        f"the sample number on the form, {'-'.join(grp(bad, [3, 2, 4]))}, mm-hmm, is a dummy",
                        f"[00:01:{rng.randint(10, 59)}] employee number {bad}"])]


def _bad_ibans_check_pair(fake: Faker, rng: random.Random) -> list[str]:
    v = an_iban10(fake, rng, "NL FR IT ES GB IE DE LU FI")
    spots = [i for i in range(4, len(v)) if v[i].isdigit()]
    k = rng.choice(spots)
    bad = v[:k] + str((int(v[k]) + rng.randint(1, 9)) % 10) + v[k + 1:]
    assert not iban_ok(bad)
    check = pair_said(bad[2:4], True)
    return [rng.choice([f"the IBAN {spaced(bad[:2])} {check}, {' '.join(fours(bad[4:]))} came back invalid",
                        f"IBAN: {mixed_case(bad, rng)}\nthe bank says that one fails the check",
                        f"it's {bad[:2]} {check} then {' '.join(fours(bad[4:]))}, no, that's the old one, it's wrong"])]


def _at_rate_talk(fake: Faker, rng: random.Random) -> list[str]:
    name = fake["en_US"].first_name().lower()
    return [rng.choice([f"the interest is charged at the rate of {rng.randint(2, 19)} point {WORDS[rng.randint(1, 9)]}"
                        " percent",
                        f"we're growing at the rate of {rng.randint(2, 40)} dot {rng.randint(1, 9)} percent a year",
                        "de kat zit op de mat, punt, en de hond ook",
                        "to jest małpa w zoo, kropka, nic więcej",
                        "é isso, ponto final, arroba é só o símbolo",
                        f"det är {name}s snabel-a på tangentbordet, punkt slut",
                        f"{name} at the rate card desk, dot dot dot, never mind"])]


def _handles_names(fake: Faker, rng: random.Random) -> list[str]:
    first, last = names(fake)
    return [rng.choice([f"find me on Instagram, @{first}{last}{rng.randint(1, 99)}",
                        f"From: {first.capitalize()} {last.capitalize()} <via support portal>",
                        f"my username is {first}.{last}, no email on the account",
                        f"\"{last.capitalize()}, {first.capitalize()}\" <redacted>",
                        f"[{first} {last}](https://example.com/{first}-{last})",
                        f"gmail. Com was down all morning, {first} said"])]


def _dialling_menus(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["dial nine for an outside line, then the number you want",
                        f"press {WORDS[rng.randint(1, 9)]} for billing, {WORDS[rng.randint(1, 9)]} for sales, or star "
                        "to repeat",
                        "star six seven hides your caller ID, then dial as normal",
                        f"from a desk phone it's eight, then wait, then extension {fake.numerify('####')}",
                        f"hit pound, then {words(fake.numerify('####'))}, then pound again for your PIN"])]


def _phone_like_counts(fake: Faker, rng: random.Random) -> list[str]:
    a, b, c = fake.numerify("%##"), fake.numerify("%##"), fake.numerify("####")
    return [rng.choice([f"we shipped {a} boxes, {b} pallets and {c} units",
                        f"page {a}, line {b}, item {c}",
                        f"the scores were {words(a)}, {words(b)}, then {words(c)}",
                        f"Caller: that's {a}\nAgent: mm-hmm\nCaller: then {b} then {c} steps, my step count this "
                        "week"])]


def _luhn_invalid_split(fake: Faker, rng: random.Random) -> list[str]:
    while cut_pair(n := luhn_bad(fake, rng), 0) < 0:
        pass
    k = cut_pair(n, 0)
    before = [pair_said(n[j:j + 2], False) for j in range(0, k, 2)]
    after = [pair_said(n[j:j + 2], False) for j in range(k + 2, 16, 2)]
    return [f"the gift card is {', '.join([*before, TENS[int(n[k])]])}", f"{', '.join([WORDS[int(n[k + 1])], *after])}"
            ", but it says invalid number"]


def _swift_versions_flights(fake: Faker, rng: random.Random) -> list[str]:
    country = rng.choice(list(BICS))
    return [rng.choice([f"the SWIFT code is {rng.choice(BICS[country])}, that's all they gave me",
                        f"BIC {spaced(rng.choice(BICS[country]))}, no IBAN yet",
                        f"update to version {rng.randint(1, 20)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} build "
                        f"{fake.numerify('#####')}",
                        f"flight {rng.choice(['BA', 'EI', 'KL', 'AY'])} {radio(fake.numerify('%##'), rng)} lands at "
                        f"{rng.randint(10, 23)}:{rng.choice(['05', '20', '40'])}",
                        f"the ZIP is {fake['en_US'].zipcode()}-{fake.numerify('####')}, suite "
                        f"{rng.randint(100, 999)}"])]


FAMILIES = {
    "card/v10-cumulative-readback": card_cumulative_readback, "card/v10-speaker-tags": card_speaker_tags,
    "card/v10-timestamped": card_timestamped, "card/v10-inline-backchannel": card_inline_backchannel,
    "card/v10-split-in-word": card_split_in_word, "card/v10-radio-digits": card_radio_digits,
    "card/v10-accent-homophones": card_accent_homophones, "card/v10-chat-lines": card_chat_lines,
    "card/v10-valid-from": card_valid_from, "card/v10-expiry-first": card_expiry_first,
    "card/v10-two-cards": card_two_cards,
    "ssn/v10-last-four-first": ssn_last_four_first, "ssn/v10-readback-corrected": ssn_readback_corrected,
    "ssn/v10-cumulative-readback": ssn_cumulative_readback, "ssn/v10-speaker-tags": ssn_speaker_tags,
    "ssn/v10-inline-backchannel": ssn_inline_backchannel, "ssn/v10-split-in-word": ssn_split_in_word,
    "ssn/v10-timestamped": ssn_timestamped, "ssn/v10-chat-lines": ssn_chat_lines,
    "email/v10-at-the-rate": email_at_the_rate, "email/v10-dutch": email_dutch, "email/v10-polish": email_polish,
    "email/v10-portuguese": email_portuguese, "email/v10-swedish": email_swedish,
    "email/v10-signature": email_signature, "email/v10-display-name": email_display_name,
    "email/v10-sentence-case": email_sentence_case, "email/v10-cumulative": email_cumulative,
    "phone/v10-cumulative-readback": phone_cumulative_readback, "phone/v10-speaker-tags": phone_speaker_tags,
    "phone/v10-timestamped": phone_timestamped, "phone/v10-inline-backchannel": phone_inline_backchannel,
    "phone/v10-split-in-word": phone_split_in_word, "phone/v10-accent-homophones": phone_accent_homophones,
    "phone/v10-readback-corrected": phone_readback_corrected, "phone/v10-dial-prefix": phone_dial_prefix,
    "phone/v10-clock-format": phone_clock_format, "phone/v10-asia-pacific": phone_asia_pacific,
    "phone/v10-africa-gulf": phone_africa_gulf, "phone/v10-latin-america": phone_latin_america,
    "iban/v10-check-pair": iban_check_pair, "iban/v10-finnish": iban_finnish,
    "iban/v10-cumulative-readback": iban_cumulative_readback, "iban/v10-speaker-tags": iban_speaker_tags,
    "iban/v10-inline-backchannel": iban_inline_backchannel, "iban/v10-split-in-word": iban_split_in_word,
    "iban/v10-mixed-case": iban_mixed_case, "iban/v10-bank-details": iban_bank_details,
    "iban/v10-spanish-pairs": iban_spanish_pairs,
    "nino/v10-cumulative-readback": nino_cumulative_readback, "nino/v10-payslip-lines": nino_payslip_lines,
    "nino/v10-inline-backchannel": nino_inline_backchannel, "nino/v10-timestamped": nino_timestamped,
    "dni/v10-letra-de-control": dni_letra_de_control, "dni/v10-spanish-hundreds": dni_spanish_hundreds,
    "dni/v10-cumulative-readback": dni_cumulative_readback, "dni/v10-chat-lines": dni_chat_lines,
    "nie/v10-letra-de-control": nie_letra_de_control, "nie/v10-spanish-hundreds": nie_spanish_hundreds,
    "nie/v10-speaker-tags": nie_speaker_tags,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v10-chat-lines", "ssn/v10-chat-lines", "email/v10-signature", "email/v10-display-name",
         "iban/v10-mixed-case", "iban/v10-bank-details", "nino/v10-payslip-lines", "dni/v10-chat-lines"]
SPOKEN = ["card/v10-split-in-word", "card/v10-radio-digits", "card/v10-accent-homophones", "ssn/v10-split-in-word",
          "email/v10-at-the-rate", "email/v10-dutch", "email/v10-polish", "email/v10-portuguese", "email/v10-swedish",
          "phone/v10-split-in-word", "phone/v10-accent-homophones", "iban/v10-finnish", "iban/v10-split-in-word",
          "iban/v10-spanish-pairs", "dni/v10-spanish-hundreds", "nie/v10-spanish-hundreds"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES}

NEGATIVE_FAMILIES = {
    "negative/v10-orders-speaker-tags": _orders_speaker_tags, "negative/v10-timestamped-talk": _timestamped_talk,
    "negative/v10-order-cumulative": _order_cumulative, "negative/v10-backchannel-amounts": _backchannel_amounts,
    "negative/v10-radio-talk": _radio_talk, "negative/v10-clock-and-prices": _clock_and_prices,
    "negative/v10-chat-lines-refs": _chat_lines_refs, "negative/v10-invalid-ssns-new-ways": _invalid_ssns_new_ways,
    "negative/v10-bad-ibans-check-pair": _bad_ibans_check_pair, "negative/v10-at-rate-talk": _at_rate_talk,
    "negative/v10-handles-names": _handles_names, "negative/v10-dialling-menus": _dialling_menus,
    "negative/v10-phone-like-counts": _phone_like_counts, "negative/v10-luhn-invalid-split": _luhn_invalid_split,
    "negative/v10-swift-versions-flights": _swift_versions_flights,
}


def utterance(name: str, fake: Faker, rng: random.Random) -> dict:
    """One corpus item of a family, its labels checked (`Said.verify`)."""
    if name in NEGATIVE_FAMILIES:
        return {"kind": "negative", "form": name, "segments": NEGATIVE_FAMILIES[name](fake, rng), "entities": []}
    u = FAMILIES[name](fake, rng).verify()
    return {"kind": "positive", "form": name, "segments": u.segments, "entities": u.entities}


def held_out() -> frozenset[str]:
    """The whole batch: it was written as a held-out batch, blind, not drawn from (retired on 2026-12-06: the
    corpus no longer holds it out)."""
    return frozenset([*FAMILIES, *NEGATIVE_FAMILIES])

"""The eleventh batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. New here: an IVR's text-to-speech read-back of
what the caller keyed ("You entered: 4, 1, 1, 1 ... If this is correct, press 1"), the expiry and the security
code too; the speaker diarization going wrong inside a value, the end of the caller's number written at the start
of the agent's turn ("1111. Thank you, and the expiry?"); an engine's non-speech tags inside a run ("[inaudible]",
"<unk>", "[crosstalk]", "(static)"); a telephone interpreter relaying what the caller said in Spanish, Portuguese
or Hindi; an agent's recap at the end of the call with two values in one sentence; CRM and case notes in an
agent's shorthand ("cx", "CBR", "vrfd", "chg ... ->"); SMS and WhatsApp text (a chat export's "[03/12/2026,
14:22] Name:" lines, emoji against the value, no capitals); a subtitle export (WebVTT cues with voice tags); a
streaming engine finalizing every word or two as a segment of its own; values typed in full-width digits (Chinese
and Japanese input methods), Arabic-Indic and Persian digits; text pasted from a W-2, a PDF statement (letters
spaced out, the line broken), a SEPA mandate, a TIE card, a Spanish form; cards, IBANs and NINOs read off a photo
or a scan by an OCR that took some digits for letters ("O" for 0, "l" or "I" for 1, "S" for 5, "B" for 8); digits
of Brazilian Portuguese ("meia" for six), Hindi ("nau aath double saat"), Dutch and Turkish; spelling alphabets
other than NATO: the old RAF/police one ("Able, Baker"), German ("M wie Martha"), Dutch ("N van Nico"), Italian
cities ("I come Imola"), Spanish ("T de Toledo", "X de xilófono") and French names; AWS-style spelled letters with
periods ("J. O. H. N."); emails typed obfuscated ("[at]", "(dot)"), in a forwarded message's header, with the "@"
said in Czech ("zavináč", "tečka"), Hungarian ("kukac", "pont"), Turkish ("et", "nokta"), Hebrew-English
("shtrudel") and Russian ("собака", "точка"); cards of 13 (Visa), 15 (Amex, with the four-digit code on its
front), 16 and 19 (UnionPay) digits; phones of Egypt, Saudi Arabia, Morocco, Pakistan, Turkey, the UAE, Iran,
Japan, China, Taiwan, India, Brazil, Bangladesh, Sri Lanka, Romania, the Czech Republic, Hungary, Greece, Ukraine,
Vietnam, Thailand, Malaysia, Indonesia, Canada, Argentina, Colombia, Uruguay and Ecuador; IBANs of Turkey, Greece,
Romania, Bulgaria, Lithuania, Latvia, Malta, Cyprus, the Czech Republic, Slovakia, Saudi Arabia, the UAE, Qatar,
Kuwait, Bahrain and Jordan, and of the Netherlands, Great Britain, Italy, Germany and France said in the new ways.
Look-alikes: an IVR reading back order, claim and booking numbers; CRM notes with masked values and case
numbers; a W-2's other boxes (EIN, control number); SEPA creditor identifiers, BICs and an IBAN failing mod-97
pasted letter-spaced; chat-export lines with prices and orders; prices, dates and postcodes in full-width,
Arabic-Indic and Persian digits; the foreign "@" and "dot" words in ordinary talk ("kukac" is a worm, "собака" a
dog); the spelling alphabets spelling surnames and booking codes; an interpreter relaying an amount and a date;
NINOs with invalid prefixes or suffixes (HMRC's "QQ 12 34 56 C"); DNIs and NIEs with a wrong letter, Spanish
company codes; Luhn-invalid runs with non-speech tags or split by the diarization; subtitle cues of ordinary talk;
one-time passcodes, promo codes and offers "valid until 08/27"; numbers of the new regions that are not valid.

Labelling follows the earlier batches: a label covers what is said of the value, with fillers, joiners,
backchannels and the engine's non-speech tags written inside the run; naming words ("security code", "exp",
"CBR:", "la letra") and keying instructions ("followed by the pound key") outside; speaker tags, timestamps,
subtitle cue lines and line breaks outside (a label never spans one; the pieces between them are labelled one by
one); one label per segment piece (a piece the diarization put at the start of the other speaker's turn is
labelled there); an IVR's, an interpreter's and an agent's reading of the value are labelled as the caller's is;
a value an OCR garbled is labelled as the value it was read from; masked values, "the card ending ...", an EIN, a
SEPA creditor identifier, a BIC, a DNI's or a TIE's support number, an identity document's own expiry date and a
one-time passcode are not. A card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY, as in
the original families. Every value is valid where a validator exists (seventh_families' validators: Luhn, mod-97,
SSN ranges, NIF/NIE letters, NINO prefixes, `phonenumbers`; IBANs of countries Faker has no bank for get their
check digits computed, the Czech and Slovak ones their account's own check too). Each label is checked as it is
made (`Said.verify`): its characters are exactly the text the family meant, with no space, punctuation or line
break at its ends; where a family gives the value (`value=`), the label's characters, read by `reads` (digits of
any script, digit words of English, Spanish, Portuguese, Hindi, Dutch and Turkish, "oh", "double"/"triple", English
tens, the spelling alphabets bare or with "for", "wie", "van", "de", "come", "comme", "as in", letters), give back
that value; a value cut between segments is read back whole from its pieces together (`Said.joint`); an
OCR-garbled label is checked character by character against the value (`Said.scanned`).

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike
family's a function (Faker, Random) -> list of segments. Family names carry "v11-"."""

import random
import re
import unicodedata

import phonenumbers
from blind_batch import BlindBatch
from faker import Faker
from families import NATO
from seventh_families import (
    DNI_LETTERS,
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
    nie_ok,
    nif_ok,
    nino_ok,
    phone_ok,
    tens,
    valid_national,
    words,
)
from speech import TENS, WORDS, Utterance
from speech import groups as grp

ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
PT = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
HI = ["shunya", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau"]
NL = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
TR = ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]  # noqa: RUF001
ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
            "diecinueve"]
ES_TENS = ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
ES_VEINTI = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
             "veintisiete", "veintiocho", "veintinueve"]
PT_TEENS = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"]
PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]

ALPHABETS = {
    "raf": ["Able", "Baker", "Charlie", "Dog", "Easy", "Fox", "George", "How", "Item", "Jig", "King", "Love", "Mike",
            "Nan", "Oboe", "Peter", "Queen", "Roger", "Sugar", "Tare", "Uncle", "Victor", "William", "X-ray", "Yoke",
            "Zebra"],
    "de": ["Anton", "Berta", "Cäsar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida", "Julius", "Kaufmann",
           "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard", "Samuel", "Theodor", "Ulrich",
           "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"],
    "nl": ["Anton", "Bernard", "Cornelis", "Dirk", "Eduard", "Ferdinand", "Gerard", "Hendrik", "Izaak", "Johan",
           "Karel", "Lodewijk", "Maria", "Nico", "Otto", "Pieter", "Quirinus", "Rudolf", "Simon", "Teunis", "Utrecht",
           "Victor", "Willem", "Xantippe", "Ypsilon", "Zaandam"],
    "it": ["Ancona", "Bologna", "Como", "Domodossola", "Empoli", "Firenze", "Genova", "Hotel", "Imola", "Jolly",
           "Kappa", "Livorno", "Milano", "Napoli", "Otranto", "Padova", "Quarto", "Roma", "Savona", "Torino", "Udine",
           "Venezia", "Washington", "Xeres", "York", "Zara"],
    "es": ["Antonio", "Barcelona", "Carmen", "Dolores", "Enrique", "Francia", "Gerona", "Historia", "Inés", "José",
           "Kilo", "Lorenzo", "Madrid", "Navarra", "Oviedo", "París", "Querido", "Ramón", "Sábado", "Toledo",
           "Ulises", "Valencia", "Washington", "Xilófono", "Yegua", "Zaragoza"],
    "fr": ["Anatole", "Berthe", "Célestin", "Désiré", "Eugène", "François", "Gaston", "Henri", "Irma", "Joseph",
           "Kléber", "Louis", "Marcel", "Nicolas", "Oscar", "Pierre", "Quintal", "Raoul", "Suzanne", "Thérèse",
           "Ursule", "Victor", "William", "Xavier", "Yvonne", "Zoé"],
}
JOINERS = {"raf": "for", "de": "wie", "nl": "van", "it": "come", "es": "de", "fr": "comme"}
NOISE = ["[inaudible]", "[crosstalk]", "<unk>", "[noise]", "(static)", "[background noise]", "[laughs]",
         "(inaudible)", "[line crackles]", "[cough]", "[unintelligible]", "<noise>"]


# The labels' self-check ---------------------------------------------------------------------------------
def _phrases() -> dict[tuple[str, ...], str]:
    """Every number word or phrase this batch writes in a label, as a tuple of lower-case words, to its digits."""
    out: dict[tuple[str, ...], str] = {}
    for lang in (WORDS, ES, PT, HI, NL, TR):
        out |= {(w.lower(),): str(i) for i, w in enumerate(lang)}
    out |= {("oh",): "0", ("meia",): "6", ("nought",): "0", ("sifar",): "0"}
    for n in range(10, 100):
        out[(tens(n),)] = str(n)
        if n >= 20 and n % 10:
            out[(TENS[n // 10], WORDS[n % 10])] = str(n)
    return out


PHRASES = _phrases()
LONGEST = max(len(k) for k in PHRASES)
SPELLING = {w.lower(): w[0].upper() for alphabet in ALPHABETS.values() for w in alphabet} | \
    {w: k for k, w in NATO.items()} | {"x-ray": "X"}
SKIPPED = {"and", "then", "uh", "er", "mm-hmm", "uh-huh", "mhm", "yep", "okay", "go", "on", "y", "e", "space",
           "inaudible", "crosstalk", "unk", "noise", "static", "background", "laughs", "line", "crackles", "cough",
           "unintelligible", "dash", "hyphen", "plus", "más", "mais", "letra", "la", "the", "letter", "und", "en", "ve",
           "aur"}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3}


def reads(text: str) -> str:
    """What a label says, as digits and capital letters: the check that a family wrote the value it meant."""
    found = list(re.finditer(r"\d+|[^\W\d_]+(?:-[^\W\d_]+)*", text))
    tokens = [t.group() for t in found]
    out, i, times = [], 0, 1
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token[0].isdigit():
            out.append("".join(str(unicodedata.digit(c)) for c in token) * times)
            times, i = 1, i + 1
            continue
        typed_before_digits = len(token) <= 4 and i + 1 < len(tokens) and found[i].end() == found[i + 1].start()
        if (token.isupper() and len(token) > 1 and low not in SPELLING) or typed_before_digits:
            out.append(token.upper())  # typed letters: a country code, a bank code, "ek836308d"
            i += 1
            continue
        if low in MULTIPLIERS:
            times, i = MULTIPLIERS[low], i + 1
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            if key in PHRASES and not (size == 1 and len(token) == 1):
                out.append(PHRASES[key] * times)
                times, i = 1, i + size
                break
        else:
            nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
            if low in ("for", "wie", "van", "come", "comme", "de") and nxt in SPELLING:
                i += 2  # "M wie Martha": the name repeats the letter
            elif low == "as" and nxt == "in":
                i += 3
            elif low in SPELLING and not (len(token) == 1):
                out.append(SPELLING[low])
                i += 1
            elif low in SKIPPED and len(token) > 1:
                i += 1
            elif len(token) <= 4:
                out.append(token.upper() * times)  # letters typed or said one by one
                times, i = 1, i + 1
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

    def scanned(self, type_: str, text: str, value: str) -> "Said":
        """A label whose text an OCR garbled: its characters, spaces and dashes aside, are the value's, each one
        the same or a character OCR takes it for ("O" for 0, "l" or "I" for 1, "S" for 5, "B" for 8)."""
        chars = re.sub(r"[\s\-]", "", text)
        assert len(chars) == len(value) and all(c == v or c in OCR_FOR.get(v, "") for c, v in zip(chars, value,
                                                                                                   strict=True))
        assert chars != value, text
        return self.entity(type_, text)

    def joint(self, count: int, value: str) -> "Said":
        """The last `count` labels, read together, give `value`."""
        self.joints.append((len(self.entities) - count, len(self.entities), value))
        return self

    def verify(self) -> "Said":
        for label, (text, value) in zip(self.entities, self.meant, strict=True):
            got = self.segments[label["segment"]][label["start"]:label["end"]]
            assert got == text and text == text.strip(" ,.;:?!\n\u3000") and text and "\n" not in text, (got, text)
            assert value is None or reads(text) == value.upper(), (text, reads(text), value)
        for start, end, value in self.joints:
            together = " ".join(text for text, _ in self.meant[start:end])
            assert reads(together) == value.upper(), (together, reads(together), value)
        return self


# How these speakers, engines and tools write things ---------------------------------------------------------
OCR_FOR = {"0": "Oo", "1": "lI", "5": "S", "8": "B"}


def ocr(text: str, rng: random.Random, rate: float = 0.35) -> str:
    """Digits as an OCR of a photo or a scan misreads some of them (at least one), letters left alone."""
    spots = [i for i, c in enumerate(text) if c in OCR_FOR]
    chosen = {i for i in spots if rng.random() < rate} or {rng.choice(spots)}
    return "".join(rng.choice(OCR_FOR[c]) if i in chosen else c for i, c in enumerate(text))


def spaced(value: str) -> str:
    return " ".join(value)


def fours(value: str) -> list[str]:
    return [value[i:i + 4] for i in range(0, len(value), 4)]


def plain(name: str) -> str:
    """A name as it goes into an address: no accents, spaces or apostrophes."""
    name = name.lower().replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ı", "i")  # noqa: RUF001
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode())


def lang_digits(digits: str, lang: list[str], sep: str = " ") -> str:
    return sep.join(lang[int(d)] for d in digits)


def pt_digits(digits: str, rng: random.Random) -> str:
    """Brazilian Portuguese digit by digit: "meia" (half a dozen) for six, as Brazilians say numbers."""
    return " ".join("meia" if d == "6" and rng.random() < 0.75 else PT[int(d)] for d in digits)


def hi_digits(digits: str, rng: random.Random) -> str:
    """Hindi digit words as an Indian caller says them, "double" before a repeated digit, "zero" often."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append(f"double {HI[int(d)] if d != '0' or rng.random() < 0.5 else 'zero'}")
            i += 2
            continue
        out.append("zero" if d == "0" and rng.random() < 0.5 else HI[int(d)])
        i += 1
    return " ".join(out)


FULLWIDTH = {c: chr(0xFF10 + int(c)) for c in "0123456789"}
ARABIC_INDIC = {c: chr(0x0660 + int(c)) for c in "0123456789"}
PERSIAN = {c: chr(0x06F0 + int(c)) for c in "0123456789"}


def script(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(c, c) for c in text)


def noisy(parts: list[str], rng: random.Random) -> str:
    """The parts with the engine's non-speech tags between some of them (at least one)."""
    seps = [f" {rng.choice(NOISE)} " if rng.random() < 0.5 else rng.choice([", ", " "]) for _ in parts[1:]]
    if not any("[" in s or "(" in s or "<" in s for s in seps):
        seps[rng.randrange(len(seps))] = f" {rng.choice(NOISE)} "
    return parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True))


def spell(text: str, alphabet: str, rng: random.Random, joined: float = 0.5) -> str:
    """Letters by a spelling alphabet, "M wie Martha" or bare "Martha"; digits as words."""
    out = []
    for c in text:
        if c.isdigit():
            out.append(WORDS[int(c)])
        elif rng.random() < joined:
            out.append(f"{c} {JOINERS[alphabet]} {ALPHABETS[alphabet][ord(c) - 65]}")
        else:
            out.append(ALPHABETS[alphabet][ord(c) - 65])
    return ", ".join(out)


def ivr_keys(digits: str, rng: random.Random, style: int | None = None) -> str:
    """Digits as an IVR's text-to-speech reads keyed digits back, as the engine writes it."""
    style = rng.randrange(4) if style is None else style
    if style == 0:
        return ", ".join(digits)
    if style == 1:
        return ", ".join(WORDS[int(d)] for d in digits)
    if style == 2:
        return " ".join(digits)
    return "-".join(digits)


def month_year(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(27, 33)


def card16(fake: Faker, rng: random.Random) -> str:
    while len(d := a_card(fake, rng)) != 16:
        pass
    return d


def amex(fake: Faker) -> str:
    return checked("CREDIT_CARD", fake["en_US"].credit_card_number("amex"))


def visa13(fake: Faker) -> str:
    d = fake["en_US"].credit_card_number("visa13")
    assert len(d) == 13
    return checked("CREDIT_CARD", d)


def unionpay(fake: Faker, rng: random.Random, length: int) -> str:
    return checked("CREDIT_CARD", luhn_fix("62" + fake.numerify("#" * (length - 3))))


def cvv(rng: random.Random, n: int = 3) -> str:
    return str(rng.randint(10 ** (n - 1), 10 ** n - 1))


def amex_groups(d: str) -> list[str]:
    return grp(d, [4, 6, 5])


def card_groups(d: str) -> list[str]:
    return amex_groups(d) if len(d) == 15 else grp(d, [4, 4, 5]) if len(d) == 13 else fours(d)


def agent_ack(rng: random.Random) -> str:
    return rng.choice(["Thank you. And the expiry date?", "Okay, got that. And the name on the card?",
                       "Perfect, thank you. Can you confirm the billing zip?", "Great. And the CVV?",
                       "Thanks, one moment while I put that in.", "Okay. Expiry?"])


# Cards --------------------------------------------------------------------------------------------------
IVR_TAGS = ["IVR: ", "[IVR] ", "System: ", "Automated voice: ", "BOT: ", ""]


def card_ivr_readback(fake: Faker, rng: random.Random) -> Said:
    """The caller keys the card into the IVR; its text-to-speech reads it back, expiry and code too."""
    d = rng.choice([card16(fake, rng), card16(fake, rng), amex(fake)])
    tag = rng.choice(IVR_TAGS)
    style = rng.randrange(4)
    u = Said().say(f"{tag}Please enter your {len(d)} digit card number, followed by the "
                   f"{rng.choice(['pound key', 'hash key', 'pound sign'])}.").turn()
    if rng.random() < 0.5:
        u.say(rng.choice(["[DTMF tones]", "(keypad tones)", "[beeping]", "*tones*"])).turn()
    u.say(f"{tag}You entered{rng.choice([': ', ' ', ', '])}").entity("CREDIT_CARD", ivr_keys(d, rng, style), d)
    u.say(". " + rng.choice(["If this is correct, press 1. To re-enter, press 2.", "Is that correct? Press 1 for yes.",
                             "Press 1 to confirm."])).turn()
    u.say(rng.choice(["[DTMF 1]", "1", "(tone)"]))
    if rng.random() < 0.7:
        month, yy = month_year(rng)
        exp = f"{month:02d}{yy}"
        u.turn().say(f"{tag}Now enter the expiration date as four digits, month then year.").turn()
        u.say(f"{tag}You entered{rng.choice([': ', ' '])}").entity("CARD_EXPIRY", ivr_keys(exp, rng, style), exp)
        u.say(".")
        if rng.random() < 0.7:
            code = cvv(rng, 4 if len(d) == 15 else 3)
            u.turn().say(f"{tag}Please enter the {len(code)} digit security code.").turn()
            u.say(f"{tag}You entered{rng.choice([': ', ' '])}").entity("CARD_SECURITY_CODE",
                                                                        ivr_keys(code, rng, style), code)
            u.say(". Thank you. Please hold while we process your payment.")
    return u


def card_diarization_split(fake: Faker, rng: random.Random) -> Said:
    """The engine gave the end of the caller's number to the agent: the agent's turn starts with it."""
    d = rng.choice([card16(fake, rng), card16(fake, rng), amex(fake)])
    gs = card_groups(d)
    k = rng.randint(2, len(gs) - 1)
    mid = rng.random() < 0.3 and len(gs[k - 1]) > 2
    head, tail = "".join(gs[:k]), "".join(gs[k:])
    if mid:  # cut inside a group
        head, tail = head[:-2], head[-2:] + tail
    render = rng.choice([lambda g: g, words])
    head_said = " ".join(render(g) for g in _chunks(head, gs))
    tail_said = " ".join(render(g) for g in _chunks(tail, gs, len(head)))
    u = Said().say(rng.choice(["Yeah, it's ", "The card number is ", "Okay so ", "Sure. "]))
    u.entity("CREDIT_CARD", head_said, head).turn()
    u.entity("CREDIT_CARD", tail_said, tail).joint(2, d).say(f"{rng.choice(['.', ''])} {agent_ack(rng)}")
    return u


def _chunks(part: str, gs: list[str], offset: int = 0) -> list[str]:
    """`part` (which starts `offset` digits into the value) cut where the value's groups are."""
    bounds, pos = set(), 0
    for g in gs:
        pos += len(g)
        bounds.add(pos - offset)
    out, start = [], 0
    for i in range(1, len(part) + 1):
        if i in bounds or i == len(part):
            out.append(part[start:i])
            start = i
    return [c for c in out if c]


def card_noise_tags(fake: Faker, rng: random.Random) -> Said:
    d = rng.choice([card16(fake, rng), card16(fake, rng), amex(fake)])
    render = rng.choice([lambda g: g, words])
    return Said().say(rng.choice(["card number is ", "it's ", "okay, ", "yeah the long number, "])).entity(
        "CREDIT_CARD", noisy([render(g) for g in card_groups(d)], rng), d).say(rng.choice(["", ".", " [noise]"]))


def es_pair(n: int) -> str:
    if n < 10:
        return ES[n]
    if n < 20:
        return ES_TEENS[n - 10]
    if n < 30:
        return ES_VEINTI[n - 20]
    t, u = divmod(n, 10)
    return ES_TENS[t] + ("" if u == 0 else f" y {ES[u]}")


INTERPRETER = ["Interpreter: ", "[Interpreter] ", "INTERPRETER: ", ""]


def card_interpreter(fake: Faker, rng: random.Random) -> Said:
    """A language-line interpreter on a three-way call: the caller's digits in Spanish or Portuguese, then the
    interpreter's English; both labelled, and the agent's read-back."""
    d = card16(fake, rng)
    lang = rng.choice(["es", "pt"])
    tag = rng.choice(INTERPRETER)
    u = Said().say("Can you ask her for the card number, please?").turn()
    u.say(tag + ("¿Me puede dar el número de la tarjeta?" if lang == "es" else "Pode me passar o número do cartão?"))
    u.turn().say(rng.choice(["Sí, es ", "Sim, é ", "", "Claro. "]) if lang == "es"
                 else rng.choice(["Sim, é ", "", "Tá, "]))
    said = ", ".join(lang_digits(g, ES) if lang == "es" else pt_digits(g, rng) for g in fours(d))
    u.entity("CREDIT_CARD", said, d).say(".").turn()
    u.say(tag + rng.choice(["She says ", "The number is ", "She said "]))
    u.entity("CREDIT_CARD", rng.choice([", ".join(words(g) for g in fours(d)), " ".join(fours(d))]), d).say(".")
    if rng.random() < 0.5:
        u.turn().say("Okay, so ").entity("CREDIT_CARD", "-".join(fours(d)), d).say("? Can you confirm with her?")
        u.turn().say(tag + rng.choice(["Sí, correcto.", "Correct, she says yes.", "É isso, sim."]))
    return u


SMILES = ["😊", "👍", "🙏", " :)", " 🙂", "!!", " x"]


def card_sms_typed(fake: Faker, rng: random.Random) -> Said:
    """Card, expiry and code texted in one message: no capitals, abbreviations, an emoji."""
    d = rng.choice([card16(fake, rng), card16(fake, rng), amex(fake)])
    month, yy = month_year(rng)
    code = cvv(rng, 4 if len(d) == 15 else 3)
    u = Said().say(rng.choice(["hi its ", "ok card no ", "here u go ", "card: ", "cc "]))
    u.entity("CREDIT_CARD", rng.choice([d, " ".join(card_groups(d)), "-".join(card_groups(d))]), d)
    u.say(rng.choice([" exp ", " ex ", ", expiry ", " exp. ", " valid til "]))
    u.entity("CARD_EXPIRY", rng.choice([f"{month}/{yy}", f"{month:02d}/{yy}", f"{month:02d}{yy}", f"{month:02d}.{yy}"]))
    u.say(rng.choice([" cvv ", " cvc ", " sec code ", ", code on back "]) if len(d) == 16
          else rng.choice([" cid ", " 4 digit code ", " code on front "]))
    u.entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice([*SMILES, "", " ty", " thx"]))


def card_amex_cid(fake: Faker, rng: random.Random) -> Said:
    """An Amex read in its four-six-five groups, then the four-digit code printed on its front."""
    d = amex(fake)
    code = cvv(rng, 4)
    u = Said().say(rng.choice(["It's an Amex. ", "American Express, ", "Okay, "]))
    u.entity("CREDIT_CARD", rng.choice([", ".join(words(g) for g in amex_groups(d)), " ".join(amex_groups(d)),
                                        " ".join(words(g) for g in amex_groups(d))]), d).say(".").turn()
    u.say(rng.choice(["And the four digits printed on the front, above the number?",
                      "And the CID, the four-digit code on the front?", "Security code please, on an Amex it's "
                      "four digits on the front."])).turn()
    u.say(rng.choice(["That's ", "Um, ", "Front says ", ""])).entity(
        "CARD_SECURITY_CODE", rng.choice([words(code), code, f"{tens(int(code[:2]))} {tens(int(code[2:]))}"
                                          if code[2] != "0" else words(code)]), code)
    return u.say(rng.choice([".", "", ", I think"]))


def card_unionpay_fullwidth(fake: Faker, rng: random.Random) -> Said:
    """A card typed through a Chinese or Japanese input method: full-width digits (19-digit UnionPay, or 16)."""
    if rng.random() < 0.6:
        d = unionpay(fake, rng, rng.choice([19, 19, 16]))
    else:
        d = card16(fake, rng)
    sep = rng.choice(["\u3000", " ", "", "－"])  # noqa: RUF001
    text = script(sep.join(fours(d)), FULLWIDTH)
    u = Said().say(rng.choice(["我的卡号：", "カード番号は", "card number ", "银联卡 "]))  # noqa: RUF001
    u.entity("CREDIT_CARD", text, d)
    if rng.random() < 0.5:
        month, yy = month_year(rng)
        u.say(rng.choice([" 有效期 ", " 有効期限 ", " exp "])).entity(
            "CARD_EXPIRY", script(f"{month:02d}/{yy}", FULLWIDTH))
    return u.say(rng.choice(["", "。", " 谢谢", " よろしく"]))


def card_visa13_recap(fake: Faker, rng: random.Random) -> Said:
    """The agent's recap before taking the payment: an old 13-digit Visa or a 16, its expiry, amount and zip."""
    d = visa13(fake) if rng.random() < 0.6 else card16(fake, rng)
    month, yy = month_year(rng)
    u = Said().say(rng.choice(["Alright, just to recap before I submit: ", "So, confirming everything: ",
                               "Okay let me read it all back. "]))
    u.say(f"${rng.randint(20, 400)}.{rng.randint(10, 99)} on the card ")
    u.entity("CREDIT_CARD", rng.choice([" ".join(card_groups(d)), ", ".join(words(g) for g in card_groups(d))]), d)
    u.say(rng.choice([", expiring ", ", expiry ", ", exp "])).entity(
        "CARD_EXPIRY", rng.choice([f"{month:02d}/{yy}",
                                   f"{words(f'{month:02d}') if month < 10 else tens(month)} {tens(yy)}",
                                   f"{month:02d} {yy}"]))
    u.say(f", billing zip {fake['en_US'].zipcode()}. Is all of that correct?").turn()
    return u.say(rng.choice(["Correct.", "Yes.", "Yep, that's right."]))


def card_portuguese(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian caller reads the card in Portuguese, "meia" for six, and the expiry ("validade")."""
    while "6" not in (d := card16(fake, rng)):
        pass
    u = Said().say(rng.choice(["o número do cartão é ", "é ", "então, "]))
    u.entity("CREDIT_CARD", rng.choice([", ", " "]).join(pt_digits(g, rng) for g in fours(d)), d)
    if rng.random() < 0.6:
        month, yy = month_year(rng)
        u.say(rng.choice([", validade ", ", vencimento ", ". Validade: "])).entity(
            "CARD_EXPIRY", f"{rng.choice(['zero ', '']) + PT[month] if month < 10 else PT_TEENS[month - 10]} barra "
                           f"{PT_TENS[yy // 10]}{f' e {PT[yy % 10]}' if yy % 10 else ''}")
    return u.say(rng.choice(["", ".", ", tá?"]))


def card_hinglish(fake: Faker, rng: random.Random) -> Said:
    d = card16(fake, rng)
    u = Said().say(rng.choice(["card number hai ", "haan, number hai ", "mera card number "]))
    return u.entity("CREDIT_CARD", ", ".join(hi_digits(g, rng) for g in fours(d)), d).say(
        rng.choice(["", ".", ", bas", " hai"]))


def vtt_time(t: float) -> str:
    m, s = divmod(t, 60)
    return f"00:{int(m):02d}:{s:06.3f}"


def card_webvtt(fake: Faker, rng: random.Random) -> Said:
    """A subtitle export of the call: WebVTT cues with voice tags; the number across cues, each piece labelled."""
    d = card16(fake, rng)
    parts = rng.choice([fours(d), [d[:8], d[8:]], [d[:4], d[4:12], d[12:]]])
    render = rng.choice([lambda p: " ".join(fours(p)), lambda p: ", ".join(words(g) for g in fours(p))])
    voice = rng.choice(["Caller", "Customer", "Speaker 2"])
    t = rng.uniform(20, 300)
    u = Said().say("WEBVTT\n\n" if rng.random() < 0.5 else "")
    n = rng.randint(5, 60)
    for i, p in enumerate(parts):
        u.say(f"{n + i}\n{vtt_time(t)} --> {vtt_time(t + 2.4)}\n<v {voice}>")
        if i == 0:
            u.say(rng.choice(["my card number is ", "it's ", "okay "]))
        u.entity("CREDIT_CARD", render(p), p).say("\n\n" if i < len(parts) - 1 else "")
        t += 2.4
    u.joint(len(parts), d)
    return u.say(f"\n\n{n + len(parts)}\n{vtt_time(t)} --> {vtt_time(t + 1.5)}\n<v Agent>Thank you.")


def brand(d: str) -> str:
    return {"4": "visa", "5": "mc", "2": "mc", "6": "discover"}.get(d[0], "amex" if d[:2] in ("34", "37") else "jcb")


def card_crm_note(fake: Faker, rng: random.Random) -> Said:
    """A payment note an agent typed into the CRM, full number and all."""
    d = rng.choice([card16(fake, rng), amex(fake), visa13(fake)])
    month, yy = month_year(rng)
    u = Said().say(f"{rng.randint(1, 28):02d}/12 {rng.choice(['PMT', 'Payment', 'pmt note'])}: "
                   f"{rng.choice(['cx', 'cust', 'caller'])} paid ${rng.randint(10, 900)}.{rng.randint(10, 99)} w/ "
                   f"{rng.choice([brand(d), 'card'])} ")
    u.entity("CREDIT_CARD", rng.choice([d, " ".join(card_groups(d))]), d)
    u.say(rng.choice([" exp ", " x ", " ex "])).entity("CARD_EXPIRY", rng.choice([f"{month:02d}{yy}", f"{month}/{yy}"]))
    return u.say(f", conf# {fake.numerify('########')}. "
                 f"{rng.choice(['Sent rcpt.', 'No further action.', 'cb not needed'])}")


def card_ocr_scan(fake: Faker, rng: random.Random) -> Said:
    """A card number read off a photo by the app's OCR and pasted into the chat, some digits misread."""
    while not set(d := rng.choice([card16(fake, rng), card16(fake, rng), amex(fake)])) & set(OCR_FOR):
        pass
    text = ocr(rng.choice([" ".join(card_groups(d)), d]), rng, 0.2)
    u = Said().say(rng.choice(["[image attached] scanned: ", "this is what the scan says: ", "Card (from photo): ",
                               "copied from the app: "]))
    u.scanned("CREDIT_CARD", text, d)
    if rng.random() < 0.5:
        month, yy = month_year(rng)
        u.say(rng.choice([" VALID THRU ", " exp ", "\nGOOD THRU "])).entity("CARD_EXPIRY", f"{month:02d}/{yy}")
    return u.say(rng.choice(["", " is that right?", "\nsorry the photo is blurry"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_ivr_readback(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    tag = rng.choice(IVR_TAGS)
    u = Said().say(f"{tag}Using your telephone keypad, please enter your nine digit social security number.").turn()
    if rng.random() < 0.5:
        u.say(rng.choice(["[DTMF tones]", "(keypad tones)", "[beeping]"])).turn()
    style = rng.randrange(4)
    text = ivr_keys(d, rng, style) if rng.random() < 0.6 else \
        (", " if style < 2 else " ").join(ivr_keys(g, rng, style) for g in grp(d, [3, 2, 4]))
    u.say(f"{tag}{rng.choice(['You entered', 'I heard', 'That was'])}{rng.choice([': ', ' '])}").entity(
        "US_SSN", text, d)
    return u.say(". " + rng.choice(["If this is correct, press 1.", "Is that right? Say yes or no.",
                                    "Press 1 to confirm, 2 to try again."]))


def ssn_w2_paste(fake: Faker, rng: random.Random) -> Said:
    """Text copied out of a W-2: only box a, the employee's SSN, is labelled; the employer's EIN is not."""
    d = a_ssn(fake)
    ein = f"{fake.numerify('%#')}-{fake.numerify('#######')}"
    u = Said().say(rng.choice(["here's what it says\n", "copied from my W-2:\n", ""]))
    u.say(rng.choice(["a Employee's social security number\n", "a Employee's SSA number ",
                      "a  Employee's soc. sec. no.\n"]))
    u.entity("US_SSN", rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", d, f"{d[:3]} {d[3:5]} {d[5:]}"]), d)
    return u.say(f"\nb Employer identification number (EIN)\n{ein}\n1 Wages, tips, other compensation\n"
                 f"{rng.randint(20, 180)},{fake.numerify('###')}.{fake.numerify('##')}\n"
                 f"d Control number {fake.numerify('#####')}")


def ssn_crm_note(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    u = Said().say(rng.choice(["Caller vrfd w/ ", "ID&V passed - ", "Cx verified via ", "NOTE: auth'd on "]))
    u.say(rng.choice(["SSN ", "SS# ", "soc ", "SSN: ", "full SSN "]))
    u.entity("US_SSN", rng.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", d, f"{d[:3]}.{d[3:5]}.{d[5:]}"]), d)
    return u.say(rng.choice([f" + zip {fake['en_US'].zipcode()}. Updated mailing addr.",
                             f" and ACCT# last 4 {fake.numerify('####')}. Case {fake.numerify('CS-######')} opened.",
                             f". Adv'd of {rng.randint(5, 10)}-{rng.randint(10, 15)} bus. days for new card."]))


def ssn_diarization_split(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    k = rng.choice([3, 5, 7])
    render = rng.choice([lambda g: g, words])
    head = " ".join(render(g) for g in _chunks(d[:k], grp(d, [3, 2, 4])))
    tail = " ".join(render(g) for g in _chunks(d[k:], grp(d, [3, 2, 4]), k))
    u = Said().say(rng.choice(["My social is ", "Sure, it's ", "Okay. "])).entity("US_SSN", head, d[:k]).turn()
    return u.entity("US_SSN", tail, d[k:]).joint(2, d).say(
        f"{rng.choice(['.', ''])} "
        f"{rng.choice(['Thank you, and your date of birth?', 'Got it, one second.', 'Perfect. Let me pull that up.'])}")


def ssn_interpreter(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    tag = rng.choice(INTERPRETER)
    u = Said().say("Please ask him for his social security number.").turn()
    u.say(tag + rng.choice(["¿Su número de seguro social, por favor?", "¿Cuál es su número de seguro social?"])).turn()
    u.say(rng.choice(["Es el ", "Sí, ", ""])).entity(
        "US_SSN", ", ".join(lang_digits(g, ES) for g in grp(d, [3, 2, 4])), d).say(".").turn()
    u.say(tag + rng.choice(["He says ", "His social is ", "It's "])).entity(
        "US_SSN", rng.choice(["-".join(grp(d, [3, 2, 4])), ", ".join(words(g) for g in grp(d, [3, 2, 4]))]), d)
    return u.say(".")


def ssn_noise_tags(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    render = rng.choice([lambda g: g, words])
    return Said().say(rng.choice(["my social is ", "SSN ", "it's "])).entity(
        "US_SSN", noisy([render(g) for g in grp(d, [3, 2, 4])], rng), d).say(rng.choice(["", "."]))


def ssn_form_boxes(fake: Faker, rng: random.Random) -> Said:
    """Copied out of a form with a box per digit, or letter-spaced by a PDF."""
    d = a_ssn(fake)
    style = rng.randrange(4)
    opening, closing = "", ""
    if style == 0:
        text = "|".join(d[:3]) + "|-|" + "|".join(d[3:5]) + "|-|" + "|".join(d[5:])
        opening, closing = "|", "|"
    elif style == 1:
        text = "] [".join(d[:3]) + "] - [" + "] [".join(d[3:5]) + "] - [" + "] [".join(d[5:])
        opening, closing = "[", "]"
    elif style == 2:
        text = " – ".join(spaced(g) for g in grp(d, [3, 2, 4]))  # noqa: RUF001
    else:
        text = "  ".join(spaced(g) for g in grp(d, [3, 2, 4]))
    u = Said().say(rng.choice(["Social Security Number: ", "SSN ", "4. Social Security No. ", "SSN (required): "]))
    return u.say(opening).entity("US_SSN", text, d).say(closing).say(rng.choice(["", "\n5. Date signed ____"]))


# Emails -------------------------------------------------------------------------------------------------
def address(local: str, domain: str) -> str:
    return checked("EMAIL_ADDRESS", f"{local}@{domain}")


def names(fake: Faker, locale: str = "en_US") -> tuple[str, str]:
    return plain(fake[locale].first_name()), plain(fake[locale].last_name())


def letters_with_periods(word_: str, upper: bool) -> str:
    return " ".join(f"{c.upper() if upper else c}." for c in word_)[:-1]


def email_letter_periods(fake: Faker, rng: random.Random) -> Said:
    """Spelled letters as AWS-style engines write them, a period after each ("J. O. H. N.")."""
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "aol", "hotmail", "icloud"])
    upper = rng.random() < 0.7
    style = rng.randrange(3)
    if style == 0:
        address(f"{first}.{last}", f"{provider}.com")
        text = f"{letters_with_periods(first, upper)}. dot {letters_with_periods(last, upper)}. at {provider} dot com"
    elif style == 1:
        address(f"{first[0]}{last}", f"{provider}.com")
        text = f"{first[0].upper()}. {last} at {provider}.com"
    else:
        address(f"{last}{first[0]}", f"{provider}.com")
        text = f"{letters_with_periods(last, upper)}. {first[0].upper() if upper else first[0]}. at {provider} dot com"
    return Said().say(rng.choice(["Yeah, it's ", "The email is ", "Okay. My email is "])).entity(
        "EMAIL_ADDRESS", text).say(rng.choice([".", "", ". Thanks."]))


def email_obfuscated(fake: Faker, rng: random.Random) -> Said:
    """Typed the way people hide an address from spam bots."""
    first, last = names(fake)
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "protonmail.com", "web.de", "gmx.net"])
    sep = rng.choice([".", "_", ""])
    address(f"{first}{sep}{last}", domain)
    at, dot = rng.choice([(" [at] ", " [dot] "), ("(at)", "(dot)"), (" AT ", " DOT "), ("{at}", "."),
                          (" at ", " dot "), (" [@] ", ".")])
    local = f"{first}{sep}{last}" if sep != "." or rng.random() < 0.5 else f"{first}{dot}{last}"
    return Said().say(rng.choice(["[chat] ", "(typed) my email: ", "Chat: pls use ", "email - "])).entity(
        "EMAIL_ADDRESS", f"{local}{at}{domain.replace('.', dot)}").say(rng.choice(["", " thanks", " (no spam pls)"]))


def email_forwarded_header(fake: Faker, rng: random.Random) -> Said:
    """A forwarded message's header pasted into the chat: both addresses labelled."""
    first, last = names(fake)
    addr = address(rng.choice([f"{first}.{last}", f"{first}{last[0]}", f"{first}_{last}"]),
                   rng.choice(["gmail.com", "hotmail.co.uk", "yahoo.com", "btinternet.com"]))
    company = rng.choice(["acme", "northwind", "brightwave", "parcelpoint"])
    them = address(rng.choice(["support", "billing", "help", "refunds"]), f"{company}.com")
    u = Said().say(rng.choice(["---------- Forwarded message ---------\n", "-----Original Message-----\n", "Fwd:\n"]))
    u.say(f"From: {first.capitalize()} {last.capitalize()} <").entity("EMAIL_ADDRESS", addr).say(">\n")
    u.say(f"Date: {rng.choice(['Mon', 'Tue', 'Thu'])}, {rng.randint(1, 28)} Nov 2026 at {rng.randint(8, 18)}:"
          f"{rng.randint(10, 59)}\nSubject: {rng.choice(['Refund', 'Re: order', 'Complaint'])} "
          f"{fake.numerify('#######')}\nTo: ")
    if rng.random() < 0.5:
        u.say("<").entity("EMAIL_ADDRESS", them).say(">")
    else:
        u.entity("EMAIL_ADDRESS", them)
    return u.say("\n\nHi, I still haven't had my money back.")


def email_foreign_at(fake: Faker, rng: random.Random, lang: str) -> Said:
    """The "@" and "." said in the caller's language."""
    locale, at, dot, dash, domains, intro = {
        "cs": ("cs_CZ", ["zavináč"], "tečka", "pomlčka", ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
               ["můj email je ", "e-mail: ", "je to "]),
        "hu": ("hu_HU", ["kukac"], "pont", "kötőjel", ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
               ["az e-mail címem ", "írja fel: ", "ez "]),
        "tr": ("tr_TR", ["et"], "nokta", "tire", ["hotmail.com", "gmail.com", "yandex.com.tr", "mynet.com"],
               ["mail adresim ", "e-posta: ", "yazın, "]),  # noqa: RUF001
        "he": ("en_US", ["shtrudel", "shtrudl"], "dot", "dash", ["walla.co.il", "gmail.com", "bezeqint.net"],
               ["my email is ", "it's ", "write down, "]),
        "ru": ("en_US", ["собака", "собачка"], "точка", "дефис", ["mail.ru", "yandex.ru", "gmail.com", "bk.ru"],
               ["мой имейл ", "почта: ", "записывайте, "]),
    }[lang]
    if lang == "ru":
        first, last = rng.choice(["ivan", "olga", "dmitry", "anna", "sergey", "elena", "pavel", "natasha"]), \
            rng.choice(["petrov", "smirnova", "ivanov", "kuznetsova", "popov", "sokolova", "volkov"])
    elif lang == "he":
        first, last = rng.choice(["david", "noa", "yael", "avi", "moshe", "tamar", "eitan", "shira"]), \
            rng.choice(["cohen", "levi", "mizrahi", "peretz", "biton", "friedman", "shapiro"])
    else:
        first, last = names(fake, locale)
    sep = rng.choice([".", "-", ""])
    domain = rng.choice(domains)
    address(f"{first}{sep}{last}", domain)
    said_sep = {".": f" {dot} ", "-": f" {dash} ", "": ""}[sep]
    said_domain = domain.replace(".", f" {dot} ")
    return Said().say(rng.choice(intro)).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last} {rng.choice(at)} {said_domain}").say(rng.choice(["", ".", "!"]))


def email_czech(fake: Faker, rng: random.Random) -> Said:
    return email_foreign_at(fake, rng, "cs")


def email_hungarian(fake: Faker, rng: random.Random) -> Said:
    return email_foreign_at(fake, rng, "hu")


def email_turkish(fake: Faker, rng: random.Random) -> Said:
    return email_foreign_at(fake, rng, "tr")


def email_shtrudel(fake: Faker, rng: random.Random) -> Said:
    return email_foreign_at(fake, rng, "he")


def email_russian(fake: Faker, rng: random.Random) -> Said:
    return email_foreign_at(fake, rng, "ru")


def email_german_alphabet(fake: Faker, rng: random.Random) -> Said:
    """A German caller spells the surname with the German alphabet ("M wie Martha") and says the rest."""
    first, last = names(fake, "de_DE")
    last = last[:9]
    domain, said_domain = rng.choice([("web.de", "web punkt de"), ("gmx.de", "gmx punkt de"),
                                      ("t-online.de", "t bindestrich online punkt de"), ("gmx.net", "gmx punkt net")])
    sep, said_sep = rng.choice([(".", " punkt "), ("", ", ")])
    address(f"{first}{sep}{last}", domain)
    text = f"{first}{said_sep}{spell(last.upper(), 'de', rng, 0.7)}, " \
        f"{rng.choice(['at', 'ät', 'Klammeraffe'])} {said_domain}"
    return Said().say(rng.choice(["meine E-Mail ist ", "die Adresse: ", "also, "])).entity("EMAIL_ADDRESS", text).say(
        rng.choice(["", ".", ", alles klein"]))


def email_sms_typed(fake: Faker, rng: random.Random) -> Said:
    """Texted: no capitals, the address against an emoji or a word, "pls send 2"."""
    first, last = names(fake)
    num = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1980, 2005))])
    addr = address(rng.choice([f"{first}{last}{num}", f"{first[0]}.{last}{num}", f"{first}_{num or last}"]),
                   rng.choice(["gmail.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com"]))
    u = Said().say(rng.choice(["pls send 2 ", "ur email was wrong its ", "new email ", "email: ", "use "]))
    u.entity("EMAIL_ADDRESS", rng.choice([addr, addr, addr.capitalize()]))
    return u.say(rng.choice([*SMILES, " ty", " thx!!", " not the old one", "\nsent from my phone"]))


def email_agent_recap(fake: Faker, rng: random.Random) -> Said:
    """The agent's recap at the end: the email said, a phone beside it; both labelled."""
    first, last = names(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook", "hotmail"])
    address(f"{first}.{last}", f"{provider}.com")
    n = a_us_phone(fake)
    u = Said().say(rng.choice(["Okay so before you go, I've updated your email to ", "Just to recap, the email on file "
                               "is now ", "So I've got your email as "]))
    u.entity("EMAIL_ADDRESS", rng.choice([f"{first} dot {last} at {provider} dot com", f"{first}.{last}@{provider}.com",
                                          f"{first}.{last} at {provider}.com"]))
    u.say(rng.choice([" and your cell as ", ", and the callback number ", " and phone "]))
    u.entity("PHONE_NUMBER", rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}",
                                         ", ".join(words(g) for g in grp(n, [3, 3, 4]))]), n)
    u.say(rng.choice([". Is that correct?", ", correct?", ". Anything else I can help with?"])).turn()
    return u.say(rng.choice(["Correct.", "Yes, that's right.", "Yep. No, that's all, thanks."]))


def email_crm_change(fake: Faker, rng: random.Random) -> Said:
    """A CRM note of a change: the old address and the new, both labelled."""
    first, last = names(fake)
    old = address(rng.choice([f"{first}{last}", f"{first}.{last}{rng.randint(1, 99)}"]),
                  rng.choice(["aol.com", "comcast.net", "verizon.net", "att.net", "msn.com"]))
    new = address(rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}"]),
                  rng.choice(["gmail.com", "icloud.com", "outlook.com"]))
    u = Said().say(rng.choice(["Email chg per cx: ", "UPDATED EMAIL ", "eml upd "]))
    u.entity("EMAIL_ADDRESS", old).say(rng.choice([" -> ", " to ", " >> ", " → "])).entity("EMAIL_ADDRESS", new)
    return u.say(rng.choice([". Sent verification.", " (old acct closed)", ". Pw reset link sent."]))


# Phones -------------------------------------------------------------------------------------------------
def e164_parts(region: str, pattern: str, fake: Faker) -> tuple[str, str, phonenumbers.PhoneNumber]:
    n = valid_national(fake, region, pattern)
    code = str(phonenumbers.country_code_for_region(region))
    return code, n, phonenumbers.parse(f"+{code}{n}")


def fmt(parsed: phonenumbers.PhoneNumber, intl: bool) -> str:
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL if intl
                                      else phonenumbers.PhoneNumberFormat.NATIONAL)


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


def phone_ivr_readback(fake: Faker, rng: random.Random) -> Said:
    region, pattern = rng.choice([("US", None), ("US", None), ("CA", "416#######"), ("CA", "604#######")])
    d = a_us_phone(fake) if pattern is None else valid_national(fake, region, pattern)
    tag = rng.choice(IVR_TAGS)
    style = rng.randrange(4)
    u = Said().say(f"{tag}Please enter the ten digit phone number we can reach you at.").turn()
    text = ivr_keys(d, rng, style) if rng.random() < 0.5 else \
        (", " if style < 2 else ". ").join(ivr_keys(g, rng, style) for g in grp(d, [3, 3, 4]))
    u.say(f"{tag}{rng.choice(['The number you entered is', 'You entered', 'I have'])}{rng.choice([': ', ' '])}")
    return u.entity("PHONE_NUMBER", text, d).say(". " + rng.choice([
        "If this is correct, press 1.", "Press 1 to confirm or 2 to re-enter.",
        "We will call you back at this number."]))


def phone_whatsapp_export(fake: Faker, rng: random.Random) -> Said:
    """Lines of an exported WhatsApp chat pasted into the support chat."""
    region, pattern = rng.choice([("EG", "10########"), ("EG", "11########"), ("SA", "5########"),
                                  ("MA", "6########"), ("PK", "3#########"), ("TR", "5#########")])
    code, n, parsed = e164_parts(region, pattern, fake)
    text, value = rng.choice([(fmt(parsed, True), code + n), (f"+{code}{n}", code + n),
                              (fmt(parsed, False), digits_of(fmt(parsed, False)))])
    day, h, m = rng.randint(1, 28), rng.randint(8, 22), rng.randint(10, 59)
    who = rng.choice(["Ahmed", "Fatima", "Youssef", "Omar", "Ayesha", "Mehmet", "Sara"])
    stamp = rng.choice([f"[{day:02d}/11/2026, {h}:{m}:{rng.randint(10, 59)}] ", f"{day:02d}/11/2026, {h}:{m} - "])
    u = Said().say(f"{stamp}{who}: "
                   f"{rng.choice(['my number is ', 'call me on ', 'this is my new number ', 'whatsapp '])}")
    u.entity("PHONE_NUMBER", text, value)
    later = f"[{day:02d}/11/2026, {h}:{m}:59] " if stamp.startswith("[") else f"{day:02d}/11/2026, {h}:{m} - "
    return u.say(f"\n{later}{who}: {rng.choice(['thanks', 'ok?', 'pls call after 5'])}")


def phone_arabic_indic(fake: Faker, rng: random.Random) -> Said:
    """Typed with Arabic-Indic or Persian digits from an Arabic or Persian keyboard."""
    region, pattern, table = rng.choice([("AE", "5########", ARABIC_INDIC), ("SA", "5########", ARABIC_INDIC),
                                         ("EG", "10########", ARABIC_INDIC), ("IR", "912#######", PERSIAN)])
    code, n, parsed = e164_parts(region, pattern, fake)
    text, value = rng.choice([("0" + n, "0" + n), (f"+{code} {n}", code + n), (fmt(parsed, False),
                                                                              digits_of(fmt(parsed, False))),
                              (f"00{code}{n}", f"00{code}{n}")])
    u = Said().say(rng.choice(["رقمي ", "my number ", "رقم الجوال: ", "شماره من ", "number: "]))
    return u.entity("PHONE_NUMBER", script(text, table), value).say(rng.choice(["", " شكرا", " thanks", "."]))


def phone_fullwidth(fake: Faker, rng: random.Random) -> Said:
    region, pattern = rng.choice([("JP", "90########"), ("JP", "80########"), ("CN", "13#########"),
                                  ("CN", "18#########"), ("TW", "9########")])
    code, n, parsed = e164_parts(region, pattern, fake)
    text, value = rng.choice([(fmt(parsed, False), digits_of(fmt(parsed, False))), (fmt(parsed, True), code + n),
                              ((("0" + n) if region != "CN" else n), ("0" + n) if region != "CN" else n)])
    text = script(text.replace("-", rng.choice(["-", "－"])).replace(" ", rng.choice([" ", "\u3000", "－"])),  # noqa: RUF001
                  FULLWIDTH)
    u = Said().say(rng.choice(["電話番号：", "我的手机号 ", "phone ", "携帯は", "手機 "]))  # noqa: RUF001
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", "です", "。", " 谢谢"]))


def phone_hinglish(fake: Faker, rng: random.Random) -> Said:
    n = valid_national(fake, "IN", rng.choice(["9#########", "8#########", "7#########"]))
    u = Said().say(rng.choice(["mera number hai ", "number note kijiye, ", "haan ji, "]))
    if rng.random() < 0.3:
        text, value = f"plus {hi_digits('91', rng)}, {hi_digits(n[:5], rng)}, {hi_digits(n[5:], rng)}", "91" + n
    else:
        text, value = rng.choice([", ", " "]).join(hi_digits(g, rng) for g in grp(n, [5, 5])), n
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", ".", " hai", ", ji"]))


def phone_brazil_meia(fake: Faker, rng: random.Random) -> Said:
    while "6" not in (n := valid_national(fake, "BR", rng.choice(["119########", "219########", "319########"]))):
        pass
    u = Said().say(rng.choice(["meu celular é ", "o número é ", "pode anotar: ", "meu zap é "]))
    style = rng.randrange(4)
    if style == 0:
        text, value = f"{pt_digits(n[:2], rng)}, {pt_digits(n[2:7], rng)}, {pt_digits(n[7:], rng)}", n
    elif style == 1:
        u.say("DDD ")
        text, value = f"{pt_digits(n[:2], rng)}, {pt_digits(n[2:], rng)}", n
    elif style == 2:
        text, value = f"zero {pt_digits(n[:2], rng)}, {pt_digits(n[2:7], rng)}, {pt_digits(n[7:], rng)}", "0" + n
    else:
        text, value = f"mais {pt_digits('55', rng)}, {pt_digits(n[:2], rng)}, {pt_digits(n[2:], rng)}", "55" + n
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", tá bom?"]))


def sizes_for(n: str) -> list[int]:
    """How a national number of this length is grouped when said."""
    return {8: [4, 4], 9: [3, 3, 3], 10: [3, 3, 4], 11: [3, 4, 4]}.get(len(n), [3, 3, len(n) - 6])


def phone_region_said_typed(fake: Faker, rng: random.Random, choices: list[tuple[str, str]], intros: list[str]) -> Said:
    region, pattern = rng.choice(choices)
    code, n, parsed = e164_parts(region, pattern, fake)
    national = fmt(parsed, False)
    trunk = digits_of(national)
    text, value = rng.choice([
        (fmt(parsed, True), code + n),
        (national, trunk),
        (f"plus {' '.join(words(c) for c in code)}, {', '.join(words(g) for g in grp(n, sizes_for(n)))}", code + n),
        (", ".join(words(g) for g in grp(trunk, [len(trunk) - len(n) + sizes_for(n)[0], *sizes_for(n)[1:]])), trunk),
        (f"{code} {n}", code + n)])
    return Said().say(rng.choice(intros)).entity("PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", thanks"]))


def phone_south_asia(fake: Faker, rng: random.Random) -> Said:
    return phone_region_said_typed(fake, rng, [("PK", "3#########"), ("BD", "17########"), ("BD", "18########"),
                                               ("LK", "7########")],
                                   ["my mobile is ", "you can reach me on ", "my Jazz number is ", "it's "])


def phone_east_europe(fake: Faker, rng: random.Random) -> Said:
    return phone_region_said_typed(fake, rng, [("RO", "7########"), ("CZ", "6########"), ("CZ", "7########"),
                                               ("HU", "20#######"), ("HU", "30#######"), ("GR", "69########"),
                                               ("UA", "67#######")],
                                   ["my number back home is ", "call me on ", "my European mobile is ", "it's "])


def phone_southeast_asia(fake: Faker, rng: random.Random) -> Said:
    return phone_region_said_typed(fake, rng, [("VN", "9########"), ("TH", "8########"), ("MY", "12#######"),
                                               ("ID", "812########")],
                                   ["my phone is ", "whatsapp me at ", "my number ", "you can call "])


def phone_latam_south(fake: Faker, rng: random.Random) -> Said:
    """Argentina (with the mobile "9" and the local "15"), Colombia, Uruguay, Ecuador; said in Spanish too."""
    region, pattern = rng.choice([("AR", "911########"), ("CO", "3#########"), ("UY", "9#######"),
                                  ("EC", "9########")])
    code, n, parsed = e164_parts(region, pattern, fake)
    national = fmt(parsed, False)
    trunk = digits_of(national)
    text, value = rng.choice([(fmt(parsed, True), code + n), (national, trunk),
                              (f"más {lang_digits(code, ES)}, "
                               f"{', '.join(lang_digits(g, ES) for g in grp(n, sizes_for(n)))}", code + n),
                              (", ".join(lang_digits(g, ES) for g in grp(trunk, sizes_for(trunk))), trunk)])
    return Said().say(rng.choice(["mi celular es ", "my cell is ", "el número es ", "call me on "])).entity(
        "PHONE_NUMBER", text, value).say(rng.choice(["", ".", ", gracias"]))


def phone_diarization_split(fake: Faker, rng: random.Random) -> Said:
    d = a_us_phone(fake)
    k = rng.choice([3, 6, 8])
    render = rng.choice([lambda g: g, words])
    gs = grp(d, [3, 3, 4])
    u = Said().say(rng.choice(["My number is ", "Best number's ", "Call me on "]))
    u.entity("PHONE_NUMBER", " ".join(render(g) for g in _chunks(d[:k], gs)), d[:k]).turn()
    return u.entity("PHONE_NUMBER", " ".join(render(g) for g in _chunks(d[k:], gs, k)), d[k:]).joint(2, d).say(
        f"{rng.choice(['.', ''])} "
        f"{rng.choice(['Okay, and is that a cell?', 'Got it. Can we text you there?', 'Thank you.'])}")


def phone_digit_per_segment(fake: Faker, rng: random.Random) -> Said:
    """A streaming engine finalized every word or two as a segment of its own."""
    d = a_us_phone(fake)
    size = rng.choice([1, 2, 3, 3, 4])
    pieces = [d[i:i + size] for i in range(0, 10, size)]
    render = rng.choice([lambda p: p, words, lambda p: " ".join(p)])
    u = Said().say(rng.choice(["my number is", "it's", "okay"])).turn()
    for i, p in enumerate(pieces):
        u.entity("PHONE_NUMBER", render(p), p)
        if i < len(pieces) - 1:
            u.turn()
    return u.joint(len(pieces), d)


def phone_crm_callback(fake: Faker, rng: random.Random) -> Said:
    """A case note: the caller's number as the phone system gave it (ANI) and a callback number, both labelled."""
    a, b = a_us_phone(fake), a_us_phone(fake)
    text, value = rng.choice([(a, a), (f"+1{a}", "1" + a), (f"1{a}", "1" + a)])
    u = Said().say(rng.choice(["ANI: ", "Inbound from ", "Caller ID "])).entity("PHONE_NUMBER", text, value)
    u.say(rng.choice([" | CBR: ", ". CB# ", " - callback req'd on ", "; best # "]))
    u.entity("PHONE_NUMBER", rng.choice([f"{b[:3]}-{b[3:6]}-{b[6:]}", f"{b[:3]}.{b[3:6]}.{b[6:]}", b,
                                         f"({b[:3]}){b[3:6]}-{b[6:]}"]), b)
    return u.say(rng.choice([f" after {rng.randint(2, 6)}pm ET", " (cell)", f". Ticket {fake.numerify('#######')}."]))


# IBANs --------------------------------------------------------------------------------------------------
def iban_with(country: str, bban: str) -> str:
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return checked("IBAN_CODE", f"{country}{check:02d}{bban}")


def _mod11_ok(digits: str, weights: list[int]) -> bool:
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def cz_sk_bban(fake: Faker, rng: random.Random, banks: list[str]) -> str:
    """Bank code, a six-digit prefix and a ten-digit account, each passing the Czech and Slovak weighted check."""
    while not _mod11_ok(acct := fake.numerify("##########"), [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]):
        pass
    prefix = "000000" if rng.random() < 0.7 else next(p for p in iter(lambda: fake.numerify("0000##"), None)
                                                       if _mod11_ok(p, [10, 5, 8, 4, 2, 1]))
    return rng.choice(banks) + prefix + acct


def alnum(fake: Faker, n: int, letters: float = 0.0, rng: random.Random | None = None) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if rng and rng.random() < letters else fake.numerify("#")
                   for _ in range(n))


IBAN_MAKERS = {
    "TR": lambda f, r: iban_with("TR", f.numerify("#####") + "0" + f.numerify("#" * 16)),
    "NL": lambda f, r: checked("IBAN_CODE", f["nl_NL"].iban()),
    "GR": lambda f, r: iban_with("GR", r.choice(["011", "014", "017", "026"]) + f.numerify("####")
                                 + f.numerify("#" * 16)),
    "RO": lambda f, r: iban_with("RO", r.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR"]) + alnum(f, 16, 0.1, r)),
    "BG": lambda f, r: iban_with("BG", r.choice(["BNBG", "UNCR", "STSA", "FINV"]) + f.numerify("######")
                                 + alnum(f, 8, 0.1, r)),
    "LT": lambda f, r: iban_with("LT", f.numerify("7####") + f.numerify("#" * 11)),
    "LV": lambda f, r: iban_with("LV", r.choice(["HABA", "UNLA", "PARX", "RIKO"]) + f.numerify("#" * 13)),
    "MT": lambda f, r: iban_with("MT", r.choice(["MALT", "VALL", "APSB"]) + f.numerify("#####") + f.numerify("#" * 18)),
    "CY": lambda f, r: iban_with("CY", r.choice(["002", "005", "007"]) + f.numerify("#####") + f.numerify("#" * 16)),
    "CZ": lambda f, r: iban_with("CZ", cz_sk_bban(f, r, ["0800", "0100", "2010", "0300", "5500"])),
    "SK": lambda f, r: iban_with("SK", cz_sk_bban(f, r, ["1100", "0900", "0200", "7500"])),
    "SA": lambda f, r: iban_with("SA", r.choice(["10", "20", "80", "45"]) + f.numerify("#" * 18)),
    "AE": lambda f, r: iban_with("AE", r.choice(["033", "026", "035", "044"]) + f.numerify("#" * 16)),
    "QA": lambda f, r: iban_with("QA", r.choice(["QNBA", "DOHB", "CBQA"]) + f.numerify("#" * 21)),
    "KW": lambda f, r: iban_with("KW", r.choice(["NBOK", "CBKU", "GULB"]) + f.numerify("#" * 22)),
    "BH": lambda f, r: iban_with("BH", r.choice(["NBOB", "BBKU", "AUBB"]) + f.numerify("#" * 14)),
    "JO": lambda f, r: iban_with("JO", r.choice(["CBJO", "ARAB", "HBHO"]) + f.numerify("#" * 22)),
    "GB": lambda f, r: checked("IBAN_CODE", f["en_GB"].iban()),
    "IT": lambda f, r: checked("IBAN_CODE", f["it_IT"].iban()),
    "DE": lambda f, r: checked("IBAN_CODE", f["de_DE"].iban()),
    "FR": lambda f, r: checked("IBAN_CODE", f["fr_FR"].iban()),
}


def an_iban(fake: Faker, rng: random.Random, countries: str) -> str:
    return IBAN_MAKERS[rng.choice(countries.split())](fake, rng)


def iban_chars(group: str, lang: list[str]) -> str:
    return " ".join(lang[int(c)] if c.isdigit() else c for c in group)


def iban_turkish(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, "TR")
    body = ", ".join(iban_chars(g, TR) for g in fours(v[2:]))
    return Said().say(rng.choice(["IBAN numaram ", "IBAN: ", "my Turkish IBAN is "])).entity(
        "IBAN_CODE", f"{rng.choice(['T R', 'TR'])}, {body}", v).say(rng.choice(["", ".", ", teşekkürler"]))


def iban_dutch(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, "NL")
    bank = v[4:8]
    bank_said = rng.choice([bank, spaced(bank), spell(bank, "nl", rng, 0.0)])
    return Said().say(rng.choice(["mijn IBAN is ", "het rekeningnummer is ", "IBAN, "])).entity(
        "IBAN_CODE", f"N L {iban_chars(v[2:4], NL)}, {bank_said}, "
                     f"{', '.join(iban_chars(g, NL) for g in grp(v[8:], [4, 4, 2]))}", v).say(
        rng.choice(["", ".", ", dank je"]))


def iban_pdf_paste(fake: Faker, rng: random.Random) -> Said:
    """Copied out of a PDF statement: letters spaced out, or the line broken inside the IBAN (each line labelled)."""
    v = an_iban(fake, rng, "GR RO BG LT LV MT CY")
    u = Said().say(rng.choice(["copied from my statement: ", "IBAN ", "(pasted) ", "Account IBAN:\n"]))
    style = rng.randrange(3)
    if style == 0:
        return u.entity("IBAN_CODE", spaced(v), v).say(rng.choice(["", "\nBIC: see above"]))
    if style == 1:
        return u.entity("IBAN_CODE", "  ".join(spaced(g) for g in fours(v)), v).say(rng.choice(["", "\nPage 1 of 2"]))
    gs = fours(v)
    k = rng.randint(2, len(gs) - 2)
    u.entity("IBAN_CODE", " ".join(gs[:k]), "".join(gs[:k])).say("\n")
    return u.entity("IBAN_CODE", " ".join(gs[k:]), "".join(gs[k:])).joint(2, v).say(
        rng.choice(["\nStatement period 01.11.2026 - 30.11.2026", ""]))


def iban_spelling_alphabets(fake: Faker, rng: random.Random) -> Said:
    """The letters by the caller's country's spelling alphabet: Dutch, British (RAF), Italian, German, French."""
    country, alphabet = rng.choice([("NL", "nl"), ("GB", "raf"), ("IT", "it"), ("DE", "de"), ("FR", "fr")])
    v = an_iban(fake, rng, country)
    out = []
    for g in fours(v):
        if any(c.isalpha() for c in g):
            out.append(", ".join(spell(c, alphabet, rng, 0.6) if c.isalpha() else words(c) for c in g))
        else:
            out.append(rng.choice([g, words(g)]))
    return Said().say(rng.choice(["the IBAN is ", "IBAN, ", "okay, "])).entity("IBAN_CODE", ", ".join(out), v).say(
        rng.choice(["", ".", ", that's it"]))


def iban_sepa_mandate(fake: Faker, rng: random.Random) -> Said:
    """A SEPA direct-debit mandate pasted: only the debtor's IBAN is labelled, not the creditor identifier."""
    v = an_iban(fake, rng, "DE NL FR IT")
    cid = f"{rng.choice(['DE', 'NL', 'FR'])}{fake.numerify('##')}ZZZ{fake.numerify('#' * rng.randint(8, 11))}"
    u = Said().say(f"SEPA Direct Debit Mandate\nCreditor identifier: {cid}\nMandate reference: "
                   f"{fake.bothify('MDT-####-??').upper()}\nDebtor name: {fake['de_DE'].name()}\n"
                   f"{rng.choice(['Debtor IBAN', 'IBAN', 'Account (IBAN)'])}: ")
    u.entity("IBAN_CODE", rng.choice([v, " ".join(fours(v))]), v)
    return u.say(f"\nType of payment: {rng.choice(['Recurrent', 'One-off'])}\nDate: {rng.randint(1, 28):02d}.11.2026")


def iban_gulf(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, "SA AE QA KW BH JO")
    style = rng.randrange(4)
    if style == 0:
        text = " ".join(fours(v))
    elif style == 1:
        text = v[:2] + script(" ".join(fours(v))[2:], ARABIC_INDIC) if v[4:].isdigit() and rng.random() < 0.5 \
            else v
    elif style == 2:
        text = f"{spaced(v[:2])}, " + ", ".join(words(g) if g.isdigit() else spaced(g) for g in fours(v[2:]))
    else:
        text = f"{spaced(v[:2])} {tens(int(v[2:4])) if v[2] != '0' else words(v[2:4])}, " + \
            ", ".join(" ".join(g) for g in fours(v[4:]))
    return Said().say(rng.choice(["my IBAN is ", "the account IBAN is ", "رقم الآيبان ", "IBAN: "])).entity(
        "IBAN_CODE", text, v).say(rng.choice(["", ".", " please"]))


def iban_confirmed_chunks(fake: Faker, rng: random.Random) -> Said:
    """The agent reads each chunk back with "correct?", the caller answers "correct" and gives the next."""
    v = an_iban(fake, rng, "CZ SK LT LV CY MT")
    gs = fours(v)
    chunks = ["".join(gs[i:i + 2]) for i in range(0, len(gs), 2)]
    u = Said().say(rng.choice(["Okay, the IBAN. ", "IBAN: ", "Right, "]))
    for i, c in enumerate(chunks):
        if i:
            u.say(rng.choice(["Correct. Then ", "Correct, next ", "Yes. "]))
        u.entity("IBAN_CODE", " ".join(fours(c)), c).say(".").turn()
        u.say(rng.choice(["", "So "])).entity("IBAN_CODE", ", ".join(spaced(g) for g in fours(c)), c).say(
            rng.choice([", correct?", "? Correct?", "?"])).turn()
    return u.say(rng.choice(["Correct, that's all.", "Correct.", "Yes, done."]))


def iban_diarization_split(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, "GB DE NL FR IT TR")
    gs = fours(v)
    k = rng.randint(2, len(gs) - 1)
    u = Said().say(rng.choice(["My IBAN is ", "Sure, it's ", "IBAN: "]))
    u.entity("IBAN_CODE", " ".join(gs[:k]), "".join(gs[:k])).turn()
    return u.entity("IBAN_CODE", " ".join(gs[k:]), "".join(gs[k:])).joint(2, v).say(
        f"{rng.choice(['.', ''])} {rng.choice(['Thank you, and the account name?', 'Okay, got it.', 'And the BIC?'])}")


def iban_ocr_statement(fake: Faker, rng: random.Random) -> Said:
    """An IBAN read off a scanned statement or a photo of a letter, some of its digits misread."""
    v = an_iban(fake, rng, "GB DE NL FR IT GR RO TR")
    body = ocr(v[2:], rng, 0.25)  # the country letters come out right
    text = v[:2] + body
    text = rng.choice([text, " ".join(fours(text))])
    u = Said().say(rng.choice(["from the scan: IBAN ", "IBAN (copied from the photo) ", "OCR says: ",
                               "the letter says IBAN: "]))
    u.scanned("IBAN_CODE", text, v)
    return u.say(rng.choice(["", " - does that look right?", "\nBIC on the next line"]))


# UK NINOs -----------------------------------------------------------------------------------------------
def nino_raf_alphabet(fake: Faker, rng: random.Random) -> Said:
    """An older caller spells with the RAF/police alphabet ("Able, Baker") and reads the digits in pairs."""
    v = a_nino(fake, rng)
    digits = rng.choice([", ".join(words(g) for g in grp(v[2:8], [2, 2, 2])),
                         " ".join(tens(int(g)) if g[0] != "0" else words(g) for g in grp(v[2:8], [2, 2, 2]))])
    return Said().say(rng.choice(["My National Insurance is ", "NI number, ", "It's "])).entity(
        "UK_NINO", f"{spell(v[:2], 'raf', rng, 0.4)}, {digits}, {spell(v[8], 'raf', rng, 0.4)}", v).say(
        rng.choice(["", ".", ", over"]))


def nino_letter_periods(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    digits = rng.choice([" ".join(grp(v[2:8], [2, 2, 2])), v[2:8], " ".join(v[2:8])])
    return Said().say(rng.choice(["Yeah, it's ", "My NI number is ", "Sure. "])).entity(
        "UK_NINO", f"{v[0]}. {v[1]}. {digits} {v[8]}", v).say(rng.choice([".", "", ". Thanks."]))


def nino_p60_ocr(fake: Faker, rng: random.Random) -> Said:
    """A P60 or a letter from HMRC photographed and read by OCR; the digits sometimes misread."""
    while not set((v := a_nino(fake, rng))[2:8]) & set(OCR_FOR):
        pass
    digits = ocr(v[2:8], rng, 0.3) if rng.random() < 0.7 else v[2:8]
    spaced_out = rng.random() < 0.5
    text = f"{v[:2]} {' '.join(grp(digits, [2, 2, 2]))} {v[8]}" if spaced_out else f"{v[:2]}{digits}{v[8]}"
    u = Said().say(rng.choice(["P60 End of Year Certificate\nTax year to 5 April 2026\nNational Insurance number\n",
                               "(scan) Your National Insurance number is ", "HMRC letter: NI number: "]))
    if digits == v[2:8]:
        u.entity("UK_NINO", text, v)
    else:
        u.scanned("UK_NINO", text, v)
    return u.say(rng.choice([f"\nEmployer PAYE reference {fake.numerify('###')}/{fake.bothify('??#####').upper()}",
                             f"\nTax code {rng.choice(['1257L', 'BR', 'K475'])}", ""]))


def nino_crm_note(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["ID&V: ", "Vrfd cust - ", "NOTE: "]))
    u.say(rng.choice(["NINO ", "NI no. ", "NI# ", "Nat Ins "]))
    u.entity("UK_NINO", rng.choice([v, f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}", v.lower(),
                                    f"{v[:2]}-{v[2:8]}-{v[8]}"]), v)
    return u.say(rng.choice([f", tax code {rng.choice(['1257L', 'BR', 'K475'])} on file. Refund raised.",
                             f" + postcode. Case {fake.numerify('########')}.", ". Pension query, passed to tier 2."]))


def nino_diarization_split(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    k = rng.choice([2, 4, 6, 8])
    render = rng.choice([lambda p: " ".join(grp(p, [2, 2, 2])) if p.isdigit() else p, lambda p: spaced(p)])
    def say(p: str) -> str:
        return " ".join(render(x) for x in re.findall(r"[A-Z]+|\d+", p))
    u = Said().say(rng.choice(["NI number is ", "It's ", "National insurance: "]))
    u.entity("UK_NINO", say(v[:k]), v[:k]).turn()
    return u.entity("UK_NINO", say(v[k:]), v[k:]).joint(2, v).say(
        f"{rng.choice(['.', ''])} {rng.choice(['Thanks, and your postcode?', 'Lovely, one moment.', 'Great.'])}")


# DNIs and NIEs ------------------------------------------------------------------------------------------
def dni_spanish_alphabet(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    digits = rng.choice([v[:8], " ".join(ES[int(c)] for c in v[:8]), f"{v[:2]}.{v[2:5]}.{v[5:8]}"])
    letter = ALPHABETS["es"][ord(v[8]) - 65]
    tail = rng.choice([f"{v[8]} de {letter}", f"{v[8]} de {letter.lower()}", f"la {v[8]} de {letter}"])
    return Said().say(rng.choice(["mi DNI es ", "DNI ", "el documento es "])).entity(
        "ES_NIF", f"{digits}, {tail}", v).say(rng.choice(["", ".", ", ¿vale?"]))


def dni_interpreter(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    tag = rng.choice(INTERPRETER)
    u = Said().say("Could you ask for her DNI number?").turn()
    u.say(tag + "¿Me dice su número de DNI?").turn()
    u.entity("ES_NIF", f"{' '.join(ES[int(c)] for c in v[:8])}, {rng.choice(['letra ', ''])}{v[8]}", v).say(".").turn()
    u.say(tag + rng.choice(["Her DNI is ", "She says ", "It's "])).entity(
        "ES_NIF", rng.choice([f"{', '.join(words(g) for g in grp(v[:8], [2, 3, 3]))}, letter {v[8]}",
                              f"{v[:8]} {v[8]}"]), v)
    return u.say(".")


def dni_form_typed(fake: Faker, rng: random.Random) -> Said:
    """A Spanish form pasted: the DNI labelled, the card's support number ("N.º de soporte") not."""
    v = a_nif(fake)
    support = fake.bothify("???######").upper()
    u = Said().say(f"Nombre y apellidos: {fake['es_ES'].name()}\n"
                   f"{rng.choice(['D.N.I.', 'DNI nº', 'N.I.F.', 'DNI/NIF'])}: ")
    u.entity("ES_NIF", rng.choice([f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}", f"{v[:8]} {v[8]}", v, f"{v[:8]}-{v[8]}"]), v)
    return u.say(f"\nN.º de soporte: {support}\nFecha de caducidad: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
                 f"{rng.randint(2027, 2035)}")


def nie_spanish_alphabet(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    first = f"{v[0]} de {ALPHABETS['es'][ord(v[0]) - 65].lower()}"
    digits = rng.choice([v[1:8], " ".join(ES[int(c)] for c in v[1:8]), f"{v[1:4]} {v[4:8]}"])
    last = f"{v[8]} de {ALPHABETS['es'][ord(v[8]) - 65]}"
    return Said().say(rng.choice(["mi NIE es ", "el NIE: ", "NIE, "])).entity(
        "ES_NIE", f"{first}, {digits}, {last}", v).say(rng.choice(["", ".", ", gracias"]))


def nie_tie_card(fake: Faker, rng: random.Random) -> Said:
    """Typed off a TIE card: the NIE labelled, the support number and dates not."""
    v = a_nie(fake)
    u = Said().say(rng.choice(["TIE: ", "Tarjeta de identidad de extranjero\n", "from my TIE card - "]))
    u.say(rng.choice(["N.I.E. ", "NIE ", "Nº NIE: "])).entity(
        "ES_NIE", rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0]} {v[1:8]} {v[8]}", v.lower()]), v)
    return u.say(f"\nSoporte: E{fake.numerify('########')}\nVálido hasta {rng.randint(1, 28):02d} "
                 f"{rng.randint(1, 12):02d} {rng.randint(2027, 2031)}")


def nie_diarization_split(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    k = rng.choice([1, 4, 8])
    render = rng.choice([lambda p: p, lambda p: " ".join(ES[int(c)] if c.isdigit() else c for c in p)])
    u = Said().say(rng.choice(["mi NIE es ", "NIE ", "It's "]))
    u.entity("ES_NIE", render(v[:k]), v[:k]).turn()
    return u.entity("ES_NIE", render(v[k:]), v[k:]).joint(2, v).say(
        f"{rng.choice(['.', ''])} {rng.choice(['Vale, gracias.', 'Perfecto, un momento.', 'Okay, thank you.'])}")


# Look-alikes --------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    good = luhn_fix(fake.numerify(rng.choice(["4", "5", "6"]) + "#" * (length - 2)))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def _ivr_non_entities(fake: Faker, rng: random.Random) -> list[str]:
    tag = rng.choice(IVR_TAGS)
    what, digits = rng.choice([("order number", luhn_bad(fake, rng)), ("claim number", fake.numerify("%#######")),
                               ("confirmation number", fake.numerify("%######")),
                               ("booking reference", fake.numerify("%##########")),
                               ("policy number", luhn_bad(fake, rng, 15))])
    return [f"{tag}Please enter your {what}, followed by the pound key.",
            rng.choice(["[DTMF tones]", "(keypad tones)"]),
            f"{tag}You entered: {ivr_keys(digits, rng)}. If this is correct, press 1."]


def _crm_masked(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Cx called re: refund on card ending {fake.numerify('####')}. Case "
                        f"{fake.numerify('CS-#######')}"
                        f" raised, ${rng.randint(10, 500)}.{rng.randint(10, 99)} to be credited in 5-7 bus. days.",
                        f"ID&V passed (SSN ***-**-{fake.numerify('####')}, DOB on file). Ticket "
                        f"#{fake.numerify('######')}",
                        f"PMT NOTE: visa XXXX XXXX XXXX {fake.numerify('####')} exp **/** declined "
                        f"x{rng.randint(2, 3)}",
                        f"CBR on file ends {fake.numerify('####')}. Order {fake.numerify('#########')} reshipped "
                        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}",
                        f"IBAN ****{fake.numerify('####')} verified, SR {fake.numerify('##-#####')} closed"])]


def _w2_other_boxes(fake: Faker, rng: random.Random) -> list[str]:
    return [f"b Employer identification number (EIN)\n{fake.numerify('%#')}-{fake.numerify('#######')}\n"
            f"c Employer's name, address, and ZIP code\n{fake['en_US'].company()}\n"
            f"1 Wages, tips, other compensation {rng.randint(20, 180)},{fake.numerify('###')}.{fake.numerify('##')}\n"
            f"2 Federal income tax withheld {rng.randint(1, 30)},{fake.numerify('###')}.{fake.numerify('##')}\n"
            f"d Control number {fake.numerify('#####')} {fake.numerify('####')}\n"
            f"15 State {rng.choice(['CA', 'NY', 'TX', 'IL'])} Employer's state ID number {fake.numerify('###-####-#')}"]


def _sepa_creditor_bic(fake: Faker, rng: random.Random) -> list[str]:
    good = an_iban(fake, rng, "DE NL FR IT GR RO")
    k = rng.choice([i for i in range(4, len(good)) if good[i].isdigit()])
    bad = good[:k] + str((int(good[k]) + rng.randint(1, 9)) % 10) + good[k + 1:]
    assert not iban_ok(bad)
    return [rng.choice([f"Creditor identifier: {rng.choice(['DE', 'NL', 'FR'])}{fake.numerify('##')}ZZZ"
                        f"{fake.numerify('#' * rng.randint(8, 11))}\nMandate reference: "
                        f"{fake.bothify('MDT-####-??').upper()}",
                        f"BIC: {rng.choice(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'RNCBROBU', 'ETHNGRAA'])}\n"
                        "no IBAN given yet",
                        f"copied from the letter: {spaced(bad)}\nthe bank says it's invalid",
                        f"Creditor ID {rng.choice(['DE', 'NL'])}{fake.numerify('##')} ZZZ {fake.numerify('####')} "
                        f"{fake.numerify('####')}, that's the company's, not mine"])]


def _whatsapp_talk(fake: Faker, rng: random.Random) -> list[str]:
    day, h, m = rng.randint(1, 28), rng.randint(8, 22), rng.randint(10, 59)
    who = rng.choice(["Ahmed", "Fatima", "Mehmet", "Sara", "Omar"])
    return [f"[{day:02d}/11/2026, {h}:{m}:{rng.randint(10, 59)}] {who}: "
            + rng.choice([f"order {fake.numerify('#########')} still not here 😡",
                          f"paid {rng.randint(100, 9999)} EGP on {day}/11",
                          f"tracking {fake.bothify('??#########??').upper()} says delivered??",
                          f"it's {rng.randint(2, 9)} pieces at {rng.randint(10, 99)}.{rng.randint(10, 99)} each"])
            + f"\n[{day:02d}/11/2026, {h}:{m}:59] Support: we'll check 👍"]


def _unicode_digit_talk(fake: Faker, rng: random.Random) -> list[str]:
    table = rng.choice([FULLWIDTH, ARABIC_INDIC, PERSIAN])
    return [rng.choice([f"价格 {script(str(rng.randint(100, 99999)), FULLWIDTH)} 元\uff0c订单号 "
                        f"{script(fake.numerify('########'), FULLWIDTH)}",
                        f"〒{script(fake.numerify('###-####'), FULLWIDTH)} 東京都千代田区 "
                        f"{script(str(rng.randint(1, 9)), FULLWIDTH)}丁目",
                        f"المبلغ {script(str(rng.randint(100, 9999)), ARABIC_INDIC)} درهم بتاريخ "
                        f"{script(f'{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026', ARABIC_INDIC)}",
                        f"order {script(fake.numerify('##########'), table)} shipped "
                        f"{script(f'2026-11-{rng.randint(10, 28)}', table)}",
                        f"سفارش {script(fake.numerify('#######'), PERSIAN)} ساعت "
                        f"{script(f'{rng.randint(1, 12)}:{rng.randint(10, 59)}', PERSIAN)}"])]


def _foreign_at_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["a kertben volt egy kukac, pont a salátán", "to je zavináč na klávesnici, tečka",
                        "у меня собака, точка, и кошка", "et fiyatları arttı, nokta",  # noqa: RUF001
                        "my grandmother's shtrudel is the best, dot dot dot", "the dog, the собака, stayed home",
                        "the Klammeraffe key is broken on my keyboard", "ponto de ônibus arroba nada"])]


def _alphabet_talk(fake: Faker, rng: random.Random) -> list[str]:
    while len(surname := plain(fake["en_GB"].last_name()).upper()) > 8:
        pass
    alphabet = rng.choice(list(ALPHABETS))
    code = fake.bothify("??????").upper().replace("O", "P")
    return [rng.choice([f"my surname is {surname.capitalize()}, {spell(surname, alphabet, rng)}",
                        f"the booking code is {spell(code, alphabet, rng)}",
                        f"the postcode starts {spell(fake.bothify('??').upper(), alphabet, rng)} {rng.randint(1, 20)}",
                        f"that's {rng.choice(['Able', 'Anton', 'Ancona', 'Antonio'])} company, table for "
                        f"{rng.randint(2, 12)}"])]


def _interpreter_amounts(fake: Faker, rng: random.Random) -> list[str]:
    amount, day, hour, tag = rng.randint(100, 9999), rng.randint(1, 28), rng.randint(2, 12), rng.choice(INTERPRETER)
    return ["Can you ask how much was charged?", f"{tag}¿Cuánto le cobraron?",
            f"Fueron {amount} pesos, el {day} de noviembre, a las {hour}.",
            f"{tag}She says it was {amount} pesos on November {day}, around {hour} o'clock."]


def _invalid_ninos(fake: Faker, rng: random.Random) -> list[str]:
    while True:
        v = rng.choice(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FA", "IA", "UA", "VA", "AO", "AD"]) + \
            fake.numerify("######") + rng.choice("ABCDEFGHJ")
        if not nino_ok(v):
            break
    return [rng.choice([f"the leaflet's example is {v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}, not a real one",
                        "HMRC's sample number QQ 12 34 56 C is printed on the form",
                        f"the temp reference they gave me was {v}, it's not valid apparently",
                        f"TN {fake.numerify('##')} {fake.numerify('##')} {fake.numerify('##')} {rng.choice('MF')} "
                        "was my old temporary number"])]


def _invalid_dni_nie(fake: Faker, rng: random.Random) -> list[str]:
    good = a_nif(fake)
    bad = good[:8] + rng.choice([c for c in DNI_LETTERS if c != good[8]])
    assert not nif_ok(bad)
    nie = a_nie(fake)
    bad_nie = nie[:8] + rng.choice([c for c in DNI_LETTERS if c != nie[8]])
    assert not nie_ok(bad_nie)
    return [rng.choice([f"el CIF de la empresa es {rng.choice('ABCDEFGHJ')}{fake.numerify('########')}",
                        f"puse {bad} pero me dice que la letra no es correcta",
                        f"{bad_nie} no es válido, me equivoqué de letra",
                        f"el número de la Seguridad Social de la empresa es {fake.numerify('##/########/##')}",
                        f"el código postal es {fake.numerify('28###')} y el portal {rng.randint(1, 40)}"])]


def _noise_split_runs(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng)
    if rng.random() < 0.5:
        return [f"the gift card is {noisy(fours(n), rng)}, but it says invalid"]
    k = rng.choice([8, 12])
    return [f"order number is {' '.join(fours(n[:k]))}", f"{' '.join(fours(n[k:]))}. Okay, let me look up that order."]


def _subtitle_cues(fake: Faker, rng: random.Random) -> list[str]:
    n, t = rng.randint(1, 80), rng.uniform(10, 500)
    lines = rng.choice([[f"I ordered {rng.randint(2, 40)} of them", f"on the {rng.randint(1, 28)}th, for "
                         f"{rng.randint(100, 999)} dollars"],
                        [f"room {rng.randint(100, 999)}, floor {rng.randint(2, 30)}", "and the meeting is at 10:30"],
                        [f"version {rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 99)}", "build "
                         f"{fake.numerify('#####')} crashed"]])
    out = "WEBVTT\n\n"
    for i, line in enumerate(lines):
        out += f"{n + i}\n{vtt_time(t + 2 * i)} --> {vtt_time(t + 2 * i + 1.8)}\n<v Caller>{line}\n\n"
    return [out.rstrip("\n")]


def _otp_promo_offers(fake: Faker, rng: random.Random) -> list[str]:
    month, yy = month_year(rng)
    return [rng.choice([f"Your verification code is {fake.numerify('######')}. Do not share it with anyone.",
                        f"use promo code {fake.bothify('SAVE##??').upper()} at checkout",
                        f"the offer is valid until {month:02d}/{yy}, terms apply",
                        f"the coupon expires {month:02d}/{yy} and it's {rng.randint(10, 50)}% off",
                        f"my gym membership expires {month}/{yy}",
                        f"OTP {fake.numerify('####')} valid for {rng.randint(2, 10)} minutes"])]


def _invalid_region_phones(fake: Faker, rng: random.Random) -> list[str]:
    for _ in range(200):
        region, pattern = rng.choice([("EG", "19########"), ("SA", "9########"), ("PK", "9#########"),
                                      ("TR", "9#########"), ("BR", "11#########"), ("RO", "9########"),
                                      ("VN", "1########"), ("AR", "9########")])
        code = phonenumbers.country_code_for_region(region)
        n = fake.numerify(pattern)
        if not phone_ok(f"{code}{n}"):
            break
    else:
        raise AssertionError("no invalid number")
    return [rng.choice([f"that's not a real number, +{code} {n}, the form made it up",
                        f"reference {code}{n} on the receipt",
                        f"the serial is {n}, model {rng.randint(100, 999)}",
                        f"invoice no. {code}-{n}"])]


FAMILIES = {
    "card/v11-ivr-readback": card_ivr_readback, "card/v11-diarization-split": card_diarization_split,
    "card/v11-noise-tags": card_noise_tags, "card/v11-interpreter": card_interpreter,
    "card/v11-sms-typed": card_sms_typed, "card/v11-amex-cid": card_amex_cid,
    "card/v11-unionpay-fullwidth": card_unionpay_fullwidth, "card/v11-visa13-recap": card_visa13_recap,
    "card/v11-portuguese": card_portuguese, "card/v11-hinglish": card_hinglish, "card/v11-webvtt": card_webvtt,
    "card/v11-crm-note": card_crm_note, "card/v11-ocr-scan": card_ocr_scan,
    "ssn/v11-ivr-readback": ssn_ivr_readback, "ssn/v11-w2-paste": ssn_w2_paste, "ssn/v11-crm-note": ssn_crm_note,
    "ssn/v11-diarization-split": ssn_diarization_split, "ssn/v11-interpreter": ssn_interpreter,
    "ssn/v11-noise-tags": ssn_noise_tags, "ssn/v11-form-boxes": ssn_form_boxes,
    "email/v11-letter-periods": email_letter_periods, "email/v11-obfuscated": email_obfuscated,
    "email/v11-forwarded-header": email_forwarded_header, "email/v11-czech": email_czech,
    "email/v11-hungarian": email_hungarian, "email/v11-turkish": email_turkish, "email/v11-shtrudel": email_shtrudel,
    "email/v11-russian": email_russian, "email/v11-german-alphabet": email_german_alphabet,
    "email/v11-sms-typed": email_sms_typed, "email/v11-agent-recap": email_agent_recap,
    "email/v11-crm-change": email_crm_change,
    "phone/v11-ivr-readback": phone_ivr_readback, "phone/v11-whatsapp-export": phone_whatsapp_export,
    "phone/v11-arabic-indic": phone_arabic_indic, "phone/v11-fullwidth": phone_fullwidth,
    "phone/v11-hinglish": phone_hinglish, "phone/v11-brazil-meia": phone_brazil_meia,
    "phone/v11-south-asia": phone_south_asia, "phone/v11-east-europe": phone_east_europe,
    "phone/v11-southeast-asia": phone_southeast_asia, "phone/v11-latam-south": phone_latam_south,
    "phone/v11-diarization-split": phone_diarization_split, "phone/v11-word-per-segment": phone_digit_per_segment,
    "phone/v11-crm-callback": phone_crm_callback,
    "iban/v11-turkish": iban_turkish, "iban/v11-dutch": iban_dutch, "iban/v11-pdf-paste": iban_pdf_paste,
    "iban/v11-spelling-alphabets": iban_spelling_alphabets, "iban/v11-sepa-mandate": iban_sepa_mandate,
    "iban/v11-gulf": iban_gulf, "iban/v11-confirmed-chunks": iban_confirmed_chunks,
    "iban/v11-diarization-split": iban_diarization_split, "iban/v11-ocr-statement": iban_ocr_statement,
    "nino/v11-raf-alphabet": nino_raf_alphabet, "nino/v11-letter-periods": nino_letter_periods,
    "nino/v11-crm-note": nino_crm_note, "nino/v11-diarization-split": nino_diarization_split,
    "nino/v11-p60-ocr": nino_p60_ocr,
    "dni/v11-spanish-alphabet": dni_spanish_alphabet, "dni/v11-interpreter": dni_interpreter,
    "dni/v11-form-typed": dni_form_typed,
    "nie/v11-spanish-alphabet": nie_spanish_alphabet, "nie/v11-tie-card": nie_tie_card,
    "nie/v11-diarization-split": nie_diarization_split,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v11-sms-typed", "card/v11-unionpay-fullwidth", "card/v11-crm-note", "ssn/v11-w2-paste",
         "ssn/v11-crm-note", "ssn/v11-form-boxes", "email/v11-obfuscated", "email/v11-forwarded-header",
         "email/v11-sms-typed", "email/v11-crm-change", "phone/v11-whatsapp-export", "phone/v11-arabic-indic",
         "phone/v11-fullwidth", "phone/v11-crm-callback", "iban/v11-pdf-paste", "iban/v11-sepa-mandate",
         "nino/v11-crm-note", "dni/v11-form-typed", "nie/v11-tie-card", "card/v11-ocr-scan", "iban/v11-ocr-statement",
         "nino/v11-p60-ocr"]
SPOKEN = ["card/v11-portuguese", "card/v11-hinglish", "email/v11-czech", "email/v11-hungarian", "email/v11-turkish",
          "email/v11-shtrudel", "email/v11-russian", "email/v11-german-alphabet", "phone/v11-hinglish",
          "phone/v11-brazil-meia", "iban/v11-turkish", "iban/v11-dutch", "iban/v11-spelling-alphabets",
          "nino/v11-raf-alphabet", "dni/v11-spanish-alphabet", "nie/v11-spanish-alphabet"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES}

NEGATIVE_FAMILIES = {
    "negative/v11-ivr-non-entities": _ivr_non_entities, "negative/v11-crm-masked": _crm_masked,
    "negative/v11-w2-other-boxes": _w2_other_boxes, "negative/v11-sepa-creditor-bic": _sepa_creditor_bic,
    "negative/v11-whatsapp-talk": _whatsapp_talk, "negative/v11-unicode-digit-talk": _unicode_digit_talk,
    "negative/v11-foreign-at-talk": _foreign_at_talk, "negative/v11-alphabet-talk": _alphabet_talk,
    "negative/v11-interpreter-amounts": _interpreter_amounts, "negative/v11-invalid-ninos": _invalid_ninos,
    "negative/v11-invalid-dni-nie": _invalid_dni_nie, "negative/v11-noise-split-runs": _noise_split_runs,
    "negative/v11-subtitle-cues": _subtitle_cues, "negative/v11-otp-promo-offers": _otp_promo_offers,
    "negative/v11-invalid-region-phones": _invalid_region_phones,
}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

"""The twelfth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. Weighted to everyday contact-centre calls as the
speech engines write them. New here: the caller stopped mid-number ("Sorry, could you slow down a little?") and
starting again from the top, slowly; cross-talk, the caller picking up a few digits back; every pause written as the
end of a sentence ("4539. 1234. Five six seven eight."); spoken pairs written as numerals ("45 39 12 34"); an
unformatted engine's lower-case output with some groups as numerals, some as words, some as "4 5 3 9"; a card, its
expiry and its code in one breath or on one chat line with no naming words between them; the expiry said the
everyday ways ("oh six twenty-eight", "June of twenty-eight", "December '32", "6/28"); the code read haltingly off
the back of a worn card; the card not to use named by its last four; voicemail transcripts (an address, the callback
number said twice); a new phone's number started, looked up and read out; the area or dialling code asked for on
its own; a speech IVR's "I heard ..." after a retry; the agent's read-back written in the engine's numerals; a
spouse's SSN; SSN digits in Spanish inside English; Deepgram's unformatted addresses ("ruth underscore ramsey
nineteen eighty-nine at yahoo dot com"), an engine's formatted address capitalized at the start of a sentence, an
address with a clarification inside ("zero, the number, not the letter O") or a corrected provider ("at hotmail dot
com, oh, wait, no, at outlook dot com"), "minus", "underline" and "point" from continental callers, the providers of
Ireland, Australia, India and Britain said ("optusnet dot com dot a u", "b t internet"), those of Portugal, Italy,
France, the Netherlands, Spain and Germany said in their languages ("arroba sapo ponto pt"), "mailto:" links; phones
of Ireland, Australia ("(02) 9302 8842"), India ("plus nine one", "double"), Britain as en-GB engines write them
("+44 (0)161 ..."), Germany ("zwo", "siebenundsiebzig"), Portugal, Spain ("setecientos cuarenta y seis, noventa y
dos") and the Netherlands ("nul zes, drieëntwintig"); cards read in Spanish, Dutch and European Portuguese pairs;
IBANs with Spanish letter names ("e, ese"), in German pairs, in Italian with the CIN by a city ("G come Genova"), in
Portuguese and French, Irish IBANs, a chat's IBAN beside its BIC; a NINO's letter asked for after its digits, read
back in the engine's typed shape, read off a payslip; a DNI's letter asked for ("¿Y la letra?" "La zeta"), said by
its Spanish name on an English line; an NIE's letters by their names ("equis", "i griega"), its first letter asked
for; an NIE typed in a chat. Speakers of English (US, UK, Irish, Indian, Australian), Spanish, German, French,
Italian, Dutch and Portuguese. Look-alikes: sixteen-digit order, booking and ticket numbers failing Luhn said in
the ways above and read back; balances and amounts (dollars, pounds, euros, rupees, Australian dollars); bill dates,
appointments, "the lease runs to 09/29"; masked values and "the card ending ..."; values failing their checks (Luhn,
SSN ranges, mod-97, the DNI letter); numbers no phone plan has, as serials, claim references and model numbers;
customer, policy, membership and loyalty numbers, MPANs; parcel tracking numbers (Royal Mail, UPS, DHL, USPS,
Amazon, Correos, PostNL); "at", "dot", "punto", "Punkt", "point", "punt" and "ponto" in ordinary talk; cross-talk
and restarts over order numbers; Spanish and other European talk of prices, dates, postcodes and orders; NINOs with
invalid prefixes, number plates, postcodes, VAT numbers, Eircodes, an NIE with a wrong letter, a company's CIF;
voicemails with no value in them.

Labelling follows the earlier batches: a label covers what is said of the value, with fillers, joiners ("and
then"), hesitations, a clarification ("the number, not the letter O") and a correction ("no, sorry") inside the
run; naming words ("the expiry", "la letra", "BIC", "mailto:") and the last four of a card not to use outside; one
label per segment piece (a value asked for in parts is labelled part by part); a run the caller was stopped in, and
the run they resumed with a few digits back, are each labelled as the part of the value they say (the two overlap);
the agent's, the IVR's and the voicemail's second reading of a value are labelled as the caller's is; every copy of
an address in a link is labelled; masked values, "the card ending ..." and a BIC are not. A card's
security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY, as in the original families. Every value is
valid where a validator exists (seventh_families' validators: Luhn, mod-97, SSN ranges, NIF/NIE letters, NINO
prefixes, `phonenumbers`; Irish and British IBANs built on real bank codes get their check digits computed). Each
label is checked as it is made (`Said.verify`): its characters are exactly the text the family meant, with no space,
punctuation or line break at its ends; where a family gives the value (`value=`), the label, read by `reads` in its
language (digits; digit words and two-digit numbers of English, Spanish, German with "zwo", French, Italian, Dutch
and Portuguese; Spanish hundreds; "oh", "nought", "double"/"triple"/"treble"; NATO words; Spanish letter names;
letters said or typed; each language's fillers; "G come Genova"; never a number read across a comma or a period,
a pause the engine wrote) gives back that value, and an address's label, read by `email_reads` (the words for "@",
".", "-" and "_" in these languages, number words, letters run together), gives back the address; what a label
says that is no part of the value (a clarification, a correction's wrong part) is named (`drop=`) and taken out
before it is read; a value asked for in parts is read back whole from its parts together (`Said.joint`). Each
family's said form is set (`SAID`), the look-alikes' too (typed or mixed), as the markup batch sets its.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike
family's a function (Faker, Random) -> list of segments. Family names carry "v12-"."""

import random
import re

import phonenumbers
from blind_batch import BlindBatch
from eleventh_families import (
    address,
    amex,
    card16,
    card_groups,
    cvv,
    digits_of,
    e164_parts,
    fmt,
    fours,
    iban_with,
    month_year,
    plain,
)
from eleventh_families import an_iban as an_iban11
from faker import Faker
from families import NATO
from seventh_families import (
    DNI_LETTERS,
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
    ssn_ok,
    tens,
    words,
)
from speech import WORDS, Utterance
from speech import groups as grp

# The languages' digits and pairs ------------------------------------------------------------------------
DIGITS = {
    "en": WORDS,
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
}
TEENS_OF = {
    "es": ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"],
    "de": ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
    "it": ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
           "diciannove"],
    "nl": ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"],
    "pt": ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"],
}
TENS_OF = {
    "es": ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
    "de": ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
    "it": ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
    "nl": ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    "pt": ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
}
ES_VEINTI = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
             "veintisiete", "veintiocho", "veintinueve"]
ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
               "ochocientos", "novecientos"]
FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]


def fr_pair(n: int) -> str:
    d = DIGITS["fr"]
    if n < 10:
        return d[n]
    if n < 17:
        return FR_TEENS[n - 10]
    if n < 20:
        return "dix-" + d[n - 10]
    t, u = divmod(n, 10)
    if t == 7:
        return "soixante et onze" if u == 1 else "soixante-" + fr_pair(10 + u)
    if t == 8:
        return "quatre-vingts" if u == 0 else "quatre-vingt-" + d[u]
    if t == 9:
        return "quatre-vingt-" + fr_pair(10 + u)
    return FR_TENS[t] + ("" if u == 0 else " et un" if u == 1 else "-" + d[u])


def pair(n: int, lang: str) -> str:
    """0..99 as one number, the way a speaker of `lang` says a pair of digits."""
    if lang == "en":
        return tens(n)
    if lang == "fr":
        return fr_pair(n)
    d = DIGITS[lang]
    if n < 10:
        return d[n]
    if n < 20:
        return TEENS_OF[lang][n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS_OF[lang][t]
    if lang == "es":
        return ES_VEINTI[u] if t == 2 else f"{TENS_OF['es'][t]} y {d[u]}"
    if lang == "pt":
        return f"{TENS_OF['pt'][t]} e {d[u]}"
    if lang == "it":
        head = TENS_OF["it"][t][:-1] if u in (1, 8) else TENS_OF["it"][t]
        return head + ("tré" if u == 3 else d[u])
    if lang == "de":
        return f"{'ein' if u == 1 else d[u]}und{TENS_OF['de'][t]}"
    return f"{d[u]}{'ën' if d[u].endswith('e') else 'en'}{TENS_OF['nl'][t]}"  # nl


def es_hundreds(n: int) -> str:
    """100..999 as a Spanish speaker says the first three digits of a phone ("seiscientos doce")."""
    h, r = divmod(n, 100)
    if n == 100:
        return "cien"
    return ES_HUNDREDS[h] + (f" {pair(r, 'es')}" if r else "")


def digit_run(digits: str, lang: str = "en", zero: str | None = None) -> str:
    """Digit by digit in `lang`; English zero as "oh" or "zero" as asked."""
    if lang == "en":
        return words(digits, zero or "oh")
    return " ".join(DIGITS[lang][int(c)] for c in digits)


def pairs_said(digits: str, lang: str = "en") -> str:
    """Two at a time as numbers ("forty-five thirty-nine"); a pair starting with 0 said digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        out.append(digit_run(p, lang) if len(p) == 1 or p[0] == "0" else pair(int(p), lang))
    return " ".join(out)


def de_digit_run(digits: str, rng: random.Random) -> str:
    """German digit by digit, "zwo" for two as Germans say it on the phone so it is not heard as "drei"."""
    return " ".join("zwo" if c == "2" and rng.random() < 0.8 else DIGITS["de"][int(c)] for c in digits)


ES_LETTERS = {"A": "a", "B": "be", "C": "ce", "D": "de", "E": "e", "F": "efe", "G": "ge", "H": "hache", "I": "i",
              "J": "jota", "K": "ka", "L": "ele", "M": "eme", "N": "ene", "O": "o", "P": "pe", "Q": "cu", "R": "erre",
              "S": "ese", "T": "te", "U": "u", "V": "uve", "W": "uve doble", "X": "equis", "Y": "i griega", "Z": "zeta"}
IT_CITIES = {"A": "Ancona", "B": "Bologna", "C": "Como", "D": "Domodossola", "E": "Empoli", "F": "Firenze",
             "G": "Genova", "H": "Hotel", "I": "Imola", "J": "Jolly", "K": "Kappa", "L": "Livorno", "M": "Milano",
             "N": "Napoli", "O": "Otranto", "P": "Padova", "Q": "Quarto", "R": "Roma", "S": "Savona", "T": "Torino",
             "U": "Udine", "V": "Venezia", "W": "Washington", "X": "Xeres", "Y": "York", "Z": "Zara"}


# The labels' self-check ---------------------------------------------------------------------------------
def _phrases(lang: str) -> dict[tuple[str, ...], str]:
    """Every number word or phrase (and letter name) this batch writes in a `lang` label, to what it stands for."""
    out: dict[tuple[str, ...], str] = {}
    for i, w in enumerate(WORDS):
        out[(w,)] = str(i)
    out |= {("oh",): "0", ("nought",): "0"}
    for n in range(10, 100):
        out[(tens(n),)] = str(n)
    out |= {(k.lower(),): v for k, v in {w: k for k, w in NATO.items()}.items()}
    if lang != "en":
        for i, w in enumerate(DIGITS[lang]):
            out[(w.lower(),)] = str(i)
        for n in range(10, 100):
            out[tuple(pair(n, lang).lower().split())] = str(n)
    if lang == "es":
        for n in range(100, 1000):
            out[tuple(es_hundreds(n).split())] = str(n)
        out |= {tuple(name.split()): letter for letter, name in ES_LETTERS.items() if len(name) > 1}
    if lang == "de":
        out[("zwo",)] = "2"
    return out


PHRASES = {lang: _phrases(lang) for lang in DIGITS}
# An address's number as Deepgram writes it unformatted, "forty one": two words (a label of digits has "forty-one").
EMAIL_PHRASES = {lang: table | {tuple(pairs_said(str(n)).replace("-", " ").split()): str(n) for n in range(10, 100)}
                 for lang, table in PHRASES.items()}
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
FILLERS_OF = {
    "en": {"uh", "um", "er", "erm", "ah", "hmm", "and", "then", "slash", "dash", "space", "plus"},
    "es": {"eh", "este", "y", "pues", "barra", "guion", "espacio", "and", "then", "uh", "um"},
    "de": {"äh", "ähm", "und", "dann", "also", "strich", "uh"},
    "fr": {"euh", "et", "puis", "tiret", "uh"},
    "it": {"ehm", "e", "poi", "allora", "barra", "uh"},
    "nl": {"eh", "uh", "en", "dan", "streepje"},
    "pt": {"é", "hum", "e", "depois", "barra", "uh", "mais"},
}
JOINERS_OF = {"it": {"come"}}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3}
TOKEN = re.compile(r"\d+|[^\W\d_]+(?:-[^\W\d_]+)*")


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: the check that a family wrote the value it meant."""
    table, fillers = PHRASES[lang], FILLERS_OF[lang]
    found = list(TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    out, i, times = [], 0, 1
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token[0].isdigit():
            out.append(token * times)
            times, i = 1, i + 1
            continue
        if len(token) <= 4 and ((i + 1 < len(tokens) and found[i].end() == found[i + 1].start())
                                or (i and found[i - 1].end() == found[i].start())):
            out.append(token.upper())  # typed letters against digits: "NL91", "y1234567t"
            i += 1
            continue
        if low in MULTIPLIERS:
            times, i = MULTIPLIERS[low], i + 1
            continue
        if low in JOINERS_OF.get(lang, ()) and i + 1 < len(tokens) and out and \
                tokens[i + 1][0].upper() == out[-1][-1]:
            i += 2  # "G come Genova": the city repeats the letter
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            # a phrase is words said together: no comma or period (a pause the engine wrote) inside it
            apart = any(text[found[j].end():found[j + 1].start()].strip() for j in range(i, i + size - 1))
            if key in table and not (size == 1 and len(token) == 1) and not apart:
                out.append(table[key] * times)
                times, i = 1, i + size
                break
        else:
            if low in fillers and not token.isupper():
                i += 1
            elif len(token) <= 4 or token.isupper():
                out.append(token.upper() * times)  # letters typed, or said one at a time
                times, i = 1, i + 1
            else:
                raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


AT_WORDS = {"at", "arroba", "chiocciola", "arobase", "ät", "apenstaartje"}
DOT_WORDS = {"dot", "punto", "point", "punkt", "punt", "ponto"}
DASH_WORDS = {"dash", "hyphen", "minus", "bindestrich", "trattino", "tiret", "guion", "hífen", "streepje"}
UNDERSCORE_WORDS = {"underscore", "underline"}
EMAIL_FILLERS = {"uh", "um", "er", "erm", "eh", "euh", "äh", "ehm"}


def email_reads(text: str, lang: str = "en") -> str:
    """A label of an address, typed or said, as the address it gives: the words for "@", ".", "-" and "_",
    number words as digits, letters and words run together."""
    if "@" in text:
        return text.lower()
    table = EMAIL_PHRASES[lang]
    tokens = re.findall(r"[^\s,]+", text.lower().replace("full stop", "dot"))
    out, i, times = [], 0, 1
    while i < len(tokens):
        token = tokens[i]
        if token in MULTIPLIERS:
            times, i = MULTIPLIERS[token], i + 1
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + size])
            if key in table and not (size == 1 and len(token) == 1) and table[key].isdigit():
                out.append(table[key] * times)
                i += size
                break
        else:
            out.append("@" if token in AT_WORDS else "." if token in DOT_WORDS else "-" if token in DASH_WORDS
                       else "_" if token in UNDERSCORE_WORDS else "" if token in EMAIL_FILLERS else token * times)
            i += 1
        times = 1
    return "".join(out)


class Said(Utterance):
    """An utterance that remembers each label's text, value and language, to check them once it is made."""

    def __init__(self) -> None:
        super().__init__()
        self.meant: list[tuple[str, str, str | None, str, tuple[str, ...]]] = []
        self.joints: list[tuple[int, int, str]] = []

    def entity(self, type_: str, text: str, value: str | None = None, lang: str = "en",  # type: ignore[override]
               drop: tuple[str, ...] = ()) -> "Said":
        """A label; `drop`: what is said inside it that is no part of the value (a correction's wrong part, an
        aside), taken out before its text is read back."""
        self.meant.append((type_, text, value, lang, drop))
        return super().entity(type_, text)  # type: ignore[return-value]

    def turn(self) -> "Said":
        """The next speaker's turn (a segment of its own), this one's trailing space dropped."""
        self.segments[-1] = self.segments[-1].rstrip(" ")
        return super().turn()  # type: ignore[return-value]

    def joint(self, count: int, value: str) -> "Said":
        """The last `count` labels, read together, give `value`."""
        self.joints.append((len(self.entities) - count, len(self.entities), value))
        return self

    @staticmethod
    def _read(type_: str, text: str, lang: str, drop: tuple[str, ...]) -> str:
        for piece in drop:
            assert piece in text, (piece, text)
            text = text.replace(piece, " ", 1)
        return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)

    def verify(self) -> "Said":
        for label, (type_, text, value, lang, drop) in zip(self.entities, self.meant, strict=True):
            got = self.segments[label["segment"]][label["start"]:label["end"]]
            assert got == text and text == text.strip(" ,.;:?!-\n") and text and "\n" not in text, (got, text)
            if value is not None:
                assert self._read(type_, text, lang, drop) == (value if type_ == "EMAIL_ADDRESS" else value.upper()), \
                    (text, self._read(type_, text, lang, drop), value)
        for start, end, value in self.joints:
            pieces = self.meant[start:end]
            together = "".join(self._read(t, text, lang, drop) for t, text, _, lang, drop in pieces)
            assert together == value.upper() or together == value, (pieces, together, value)
        return self


# How these callers, agents and engines write things ---------------------------------------------------
BRANDS = {"4": "Visa", "5": "Mastercard", "2": "Mastercard", "6": "Discover", "34": "Amex", "37": "Amex", "35": "JCB",
          "30": "Diners", "36": "Diners", "38": "Diners"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def a_card16_or_amex(fake: Faker, rng: random.Random, amex_share: float = 0.25) -> str:
    return amex(fake) if rng.random() < amex_share else card16(fake, rng)


def brand(d: str) -> str:
    return BRANDS.get(d[:2]) or BRANDS.get(d[0], "card")


def cut(value: str, sizes: list[int], start: int, end: int) -> list[str]:
    """value[start:end] cut where the value's own groups (`sizes`) end: the groups a speaker says of that part."""
    bounds, pos = set(), 0
    for size in sizes:
        pos += size
        bounds.add(pos)
    out, begin = [], start
    for i in range(start + 1, end + 1):
        if i in bounds or i == end:
            out.append(value[begin:i])
            begin = i
    return [p for p in out if p]


def sentence_join(parts: list[str], sep: str) -> str:
    """Parts joined as an engine writes pauses: a period or a question mark after each, the next capitalized."""
    out = parts[0]
    for p in parts[1:]:
        out += sep + (p[0].upper() + p[1:] if sep.strip() in (".", "?") else p)
    return out


def en_group(g: str, rng: random.Random, zero: str | None = None) -> str:
    """One group as an English speaker says it: digit by digit, or in pairs where that reads naturally."""
    if len(g) % 2 == 0 and rng.random() < 0.3:
        return pairs_said(g)
    return digit_run(g, "en", zero or rng.choice(["oh", "oh", "zero"]))


def render_groups(gs: list[str], rng: random.Random, style: str) -> list[str]:
    """The groups as an engine wrote them: "numerals", "words", "half" (some of each), "spaced" (digit by digit
    with spaces, as AWS writes slow digits) or "pairs" (spoken pairs written as numerals, "45 39")."""
    if style == "numerals":
        return list(gs)
    if style == "words":
        return [en_group(g, rng) for g in gs]
    if style == "spaced":
        return [" ".join(g) for g in gs]
    if style == "pairs":
        return [" ".join(g[i:i + 2] for i in range(0, len(g), 2)) for g in gs]
    out = [g if rng.random() < 0.5 else en_group(g, rng) for g in gs]
    if len(gs) > 1 and (all(o.isdigit() for o in out) or not any(o.isdigit() for o in out)):
        k = rng.randrange(len(gs))
        out[k] = en_group(gs[k], rng) if out[k].isdigit() else gs[k]
    return out


def lower_raw(text: str) -> str:
    """As Deepgram writes without formatting: lower case, no punctuation."""
    return re.sub(r"[.,?!]", "", text.lower())


def us_phone_groups(n: str) -> list[str]:
    return grp(n, [3, 3, 4])


def crosstalk_agent(rng: random.Random) -> str:
    return rng.choice(["[crosstalk] Sorry, go ahead.", "Sorry, I talked over you there. Go on.",
                       "Oh sorry, you go. [crosstalk]", "Sorry, what was that after the",
                       "Sorry, I cut you off, from where?", "[overlapping] Sorry, sorry, carry on."])


SLOW_DOWN = ["Sorry, could you slow down a little for me?", "Whoa, sorry, a bit slower please, I'm typing it in.",
             "Sorry, you broke up there. Can you start again, nice and slowly?",
             "Hang on, hang on. From the top, slowly?", "Sorry, I missed that, you went a bit fast. Again?",
             "Can I stop you there, just so I get it right? Again, slower please."]


# Cards --------------------------------------------------------------------------------------------------
def card_slow_down_restart(fake: Faker, rng: random.Random) -> Said:
    """The caller rattles the number off, the agent asks them to slow down, they start again from the top; the
    run they were stopped in is labelled as well as the whole number said again."""
    d = a_card16_or_amex(fake, rng)
    gs = card_groups(d)
    k = rng.randint(1, len(gs) - 1)
    fast = rng.choice(["".join(gs[:k]), " ".join(gs[:k]), " ".join(en_group(g, rng) for g in gs[:k])])
    u = Said().say(rng.choice(["Yeah, it's ", "Okay so it's ", "Sure, ", "Right, the card number's "]))
    u.entity("CREDIT_CARD", fast, "".join(gs[:k])).say(rng.choice(["", "...", " -"])).turn()
    u.say(rng.choice(SLOW_DOWN)).turn()
    u.say(rng.choice(["Sorry. ", "Yeah, sorry about that. ", "Okay. ", "Sure, sorry. ", "No worries. "]))
    style = rng.choice(["numerals", "words", "half"])
    sep = rng.choice(["... ", ", ", ". ", " ... "])
    slow = sentence_join(render_groups(gs, rng, style), sep)
    return u.entity("CREDIT_CARD", slow, d).say(rng.choice([".", "", ". Got that?", ". Did you get all that?"]))


def card_pair_numerals(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the card two digits at a time; the engine writes each spoken pair as numerals ("45 39"),
    or some groups whole and some in pairs where the caller switched."""
    d = card16(fake, rng)
    gs = fours(d)
    style = rng.randrange(3)
    if style == 0:
        text = " ".join(d[i:i + 2] for i in range(0, 16, 2))
    elif style == 1:
        text = ", ".join(d[i:i + 2] for i in range(0, 16, 2))
    else:
        text = " ".join(g if rng.random() < 0.5 else f"{g[:2]} {g[2:]}" for g in gs)
    u = Said().say(rng.choice([f"Yeah, it's a {brand(d)}. ", "Okay. So. ", "Got it here. ", f"{brand(d)}, ",
                               "The long number is ", "Sure, "]))
    return u.entity("CREDIT_CARD", text, d).say(rng.choice([".", "", ". Yep.", ", that's it."]))


def card_half_formatted(fake: Faker, rng: random.Random) -> Said:
    """An engine without number formatting on: some groups come out as numerals, some as words, some digit by
    digit with spaces, all in lower case with no punctuation."""
    d = a_card16_or_amex(fake, rng, 0.2)
    gs = card_groups(d)
    parts = []
    for g in gs:
        parts.append(rng.choice([g, " ".join(g), digit_run(g, "en", rng.choice(["oh", "zero"]))]))
    if all(p.replace(" ", "").isdigit() for p in parts) or not any(p[0].isdigit() for p in parts):
        parts[0] = digit_run(gs[0]) if parts[0][0].isdigit() else gs[0]
    u = Said().say(rng.choice(["yeah its ", "okay so the number is ", f"its my {brand(d).lower()} ", "yep "]))
    return u.entity("CREDIT_CARD", " ".join(parts), d).say(rng.choice(["", " yeah", " thats it"]))


def card_two_cards_ending(fake: Faker, rng: random.Random) -> Said:
    """The caller says which card not to use by its last four (not labelled), then reads the one to use."""
    d = a_card16_or_amex(fake, rng, 0.2)
    other = fake.numerify("####")
    u = Said().say(rng.choice(["Which card would you like to use today?", "And how would you like to pay?",
                               "Is that the same card as last time?"])).turn()
    u.say(rng.choice([f"Not the one ending in {other}, that one's expired. ",
                      f"Not the card ending {other}, I cancelled that. ",
                      f"Well, you've got one ending {digit_run(other)} on file but that's my old one. "]))
    u.say(rng.choice(["Use the new one. ", f"Use my {brand(d)}. ", "I'll give you a different one. "])).turn()
    u.say(rng.choice(["No problem, go ahead with the long number.", "Okay, whenever you're ready.",
                      "Sure, what's the number on the new card?"])).turn()
    style = rng.choice(["numerals", "words", "half", "spaced"])
    text = rng.choice([", ", " ", "... "]).join(render_groups(card_groups(d), rng, style))
    return u.say(rng.choice(["It's ", "Okay, ", "", "So it's "])).entity("CREDIT_CARD", text, d).say(
        rng.choice([".", "", " and that's the one."]))


def expiry_said(month: int, yy: int, rng: random.Random) -> tuple[str, str | None]:
    """An expiry as callers say it and engines write it, with the digits it reads as where it has only digits."""
    mm = f"{month:02d}"
    m_said = digit_run(mm, "en", "oh") if month < 10 else tens(month)
    return rng.choice([
        (f"{m_said} {tens(yy)}", mm + str(yy) if month < 10 else f"{month}{yy}"),
        (f"{words(str(month))} {tens(yy)}" if month < 10 else f"{tens(month)} {tens(yy)}", f"{month}{yy}"),
        (f"{mm}/{yy}", mm + str(yy)),
        (f"{month}/{yy}", f"{month}{yy}"),
        (f"{m_said} slash {tens(yy)}", mm + str(yy) if month < 10 else f"{month}{yy}"),
        (f"{MONTHS[month - 1]} {2000 + yy}", None),
        (f"{MONTHS[month - 1]} '{yy}", None),
        (f"{MONTHS[month - 1]} of {tens(yy)}", None),
        (f"{digit_run(mm, 'en', 'zero')}, {digit_run(str(yy))}", mm + str(yy)),
        (f"{mm} {yy}", mm + str(yy)),
    ])


def card_expiry_everyday(fake: Faker, rng: random.Random) -> Said:
    """The number, then the expiry asked for and said the many everyday ways ("oh six twenty-eight", "June of
    twenty-eight", "6/28")."""
    d = a_card16_or_amex(fake, rng)
    month, yy = month_year(rng)
    u = Said().say(rng.choice(["Card number is ", "It's ", "Okay, "]))
    style = rng.choice(["numerals", "words", "half"])
    u.entity("CREDIT_CARD", ", ".join(render_groups(card_groups(d), rng, style)), d).say(".").turn()
    u.say(rng.choice(["Lovely. And the expiry date?", "And when does it expire?", "Expiry date on that one?",
                      "Great, and the expiration?", "Thank you. Valid until?"])).turn()
    text, value = expiry_said(month, yy, rng)
    u.say(rng.choice(["It's ", "Um, ", "That's ", "", "Expires ", "Says "]))
    return u.entity("CARD_EXPIRY", text, value).say(rng.choice([".", "", ", I think.", ". Yeah."]))


def card_cvv_flip(fake: Faker, rng: random.Random) -> Said:
    """The security code after the caller turns the card over, hesitating over worn digits."""
    d = a_card16_or_amex(fake, rng, 0.2)
    n = 4 if len(d) == 15 else 3
    code = cvv(rng, n)
    u = Said().say(rng.choice(["The number's ", "It's ", "Okay it's "])).entity(
        "CREDIT_CARD", " ".join(render_groups(card_groups(d), rng, rng.choice(["numerals", "words"]))), d).say(".")
    u.turn().say(rng.choice(["And the three digits on the back, please?", "And the security code?",
                             "Last bit, the CVV on the back?"]) if n == 3 else
                 "And the four-digit code on the front, above the number?").turn()
    u.say(rng.choice(["Hold on, I have to turn it over. ", "Hang on... ", "Let me see, it's worn off a bit. ",
                      "Oh, um, one sec. ", ""]))
    sep = [rng.choice([" ", "... ", ", ", ", uh, ", " um ", "... uh "]) for _ in code[1:]]
    as_words = rng.random() < 0.6
    said_digits = [WORDS[int(c)] if as_words else c for c in code]
    text = said_digits[0] + "".join(s + c for s, c in zip(sep, said_digits[1:], strict=True))
    u.say(rng.choice(["It's ", "Okay, ", "I think it's ", ""])).entity("CARD_SECURITY_CODE", text, code)
    return u.say(rng.choice([".", "", ", I think.", "? Is it that?"]))


def card_sentence_per_group(fake: Faker, rng: random.Random) -> Said:
    """Each pause taken as the end of a sentence: a period or a question mark after every group, the next one
    capitalized (words) or not (numerals)."""
    d = a_card16_or_amex(fake, rng)
    parts = render_groups(card_groups(d), rng, rng.choice(["numerals", "words", "half"]))
    text = sentence_join(parts, rng.choice([". ", ". ", "? "]))
    return Said().say(rng.choice(["Sure. ", "Okay. ", "Yeah. It's ", "Right. "])).entity("CREDIT_CARD", text, d).say(
        rng.choice([".", "?", ". And the expiry is on the front too."]))


def month_said(month: int, lang: str) -> str:
    """A card's month as said in `lang`: "cero seis", "diez"."""
    return digit_run(f"{month:02d}", lang) if month < 10 else pair(month, lang)


def card_spanish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A caller in Spain reads each group of four as two numbers ("cuarenta y cinco, treinta y nueve"), some digit
    by digit; the expiry with "barra"."""
    d = card16(fake, rng)
    text = ", ".join(pairs_said(g, "es") if rng.random() < 0.7 else digit_run(g, "es") for g in fours(d))
    u = Said().say(rng.choice(["el número de la tarjeta es ", "vale, apunte: ", f"es una {brand(d)}: ", "sí, es el "]))
    u.entity("CREDIT_CARD", text, d, "es")
    if rng.random() < 0.5:
        month, yy = month_year(rng)
        u.say(rng.choice([", y caduca el ", ". Caducidad: ", ", fecha de caducidad "])).entity(
            "CARD_EXPIRY", f"{month_said(month, 'es')} barra {pair(yy, 'es')}", f"{month:02d}{yy}", "es")
    return u.say(rng.choice(["", ".", ", ¿vale?"]))


def card_dutch_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller reads the card in pairs, the units first as Dutch says them ("vijfenveertig")."""
    d = card16(fake, rng)
    text = rng.choice([", ", " "]).join(pairs_said(g, "nl") if rng.random() < 0.75 else digit_run(g, "nl")
                                        for g in fours(d))
    u = Said().say(rng.choice(["het kaartnummer is ", "oké, ", "ja, het is ", "het nummer is "]))
    return u.entity("CREDIT_CARD", text, d, "nl").say(rng.choice(["", ".", ", dat is het"]))


def card_chat_one_line(fake: Faker, rng: random.Random) -> Said:
    """A web chat: number, expiry and code typed on one line, barely a word between them."""
    d = a_card16_or_amex(fake, rng, 0.2)
    month, yy = month_year(rng)
    code = cvv(rng, 4 if len(d) == 15 else 3)
    sep = rng.choice([" ", " / ", ", ", " - ", "  "])
    card_text = rng.choice([d, " ".join(card_groups(d)), "-".join(card_groups(d))])
    mm = f"{month:02d}"
    exp_text, exp_value = rng.choice([(f"{mm}/{yy}", f"{mm}{yy}"), (f"{mm}{yy}", f"{mm}{yy}"),
                                      (f"{month}/{yy}", f"{month}{yy}"), (f"{mm}/20{yy}", f"{mm}20{yy}")])
    u = Said().say(rng.choice(["Customer: ", "", "Visitor: ", "me: "]))
    u.say(rng.choice(["here you go ", "card details: ", "ok ", "", "its "]))
    u.entity("CREDIT_CARD", card_text, d).say(sep).entity("CARD_EXPIRY", exp_text, exp_value).say(sep)
    return u.entity("CARD_SECURITY_CODE", code, code).say(rng.choice(["", " thanks", " 🙂", "\nis that enough?"]))


def card_one_breath(fake: Faker, rng: random.Random) -> Said:
    """Number, expiry and code said in one go, with no naming words between them."""
    d = a_card16_or_amex(fake, rng)
    month, yy = month_year(rng)
    code = cvv(rng, 4 if len(d) == 15 else 3)
    spoken_ = rng.random() < 0.5
    u = Said().say(rng.choice(["Okay, ready? ", "Right, so ", "Got it in front of me. ", ""]))
    card_text = ", ".join(render_groups(card_groups(d), rng, "words" if spoken_ else "numerals"))
    u.entity("CREDIT_CARD", card_text, d).say(rng.choice([", ", ". ", "... "]))
    if spoken_:
        exp_text, exp_value = f"{digit_run(f'{month:02d}', 'en', 'oh')} {tens(yy)}", f"{month:02d}{yy}"
        code_text = rng.choice([digit_run(code), tens(int(code[:2])) + " " + digit_run(code[2:]) if code[0] != "0"
                                else digit_run(code)])
    else:
        exp_text, exp_value = rng.choice([(f"{month:02d} {yy}", f"{month:02d}{yy}"), (f"{month:02d}/{yy}",
                                                                                       f"{month:02d}{yy}")])
        code_text = code
    u.entity("CARD_EXPIRY", exp_text, exp_value).say(rng.choice([", ", ". ", " and "]))
    return u.entity("CARD_SECURITY_CODE", code_text, code).say(rng.choice([".", "", ". That's everything."]))


def card_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    """The agent talks over the caller mid-number; the caller picks up a few digits back. Each run is labelled
    as the part of the number it says (the two overlap)."""
    d = card16(fake, rng)
    k = rng.choice([6, 8, 10, 12])
    back = rng.choice([2, 4]) if k not in (8, 12) else rng.choice([0, 4, 4])
    style = rng.choice(["numerals", "words"])
    head = " ".join(render_groups(cut(d, [4] * 4, 0, k), rng, style))
    tail = " ".join(render_groups(cut(d, [4] * 4, k - back, 16), rng, style))
    u = Said().say(rng.choice(["It's ", "Okay, it's ", "The number's "])).entity("CREDIT_CARD", head, d[:k]).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    u.say(rng.choice(["Yeah, ", "Sorry, ", "So ", "", "From "])).entity("CREDIT_CARD", tail, d[k - back:])
    return u.say(rng.choice([".", "", ". Got it?"]))


def card_portugal_pairs(fake: Faker, rng: random.Random) -> Said:
    """A caller in Portugal: the groups in pairs or digit by digit in European Portuguese, the expiry too."""
    d = card16(fake, rng)
    text = ", ".join(pairs_said(g, "pt") if rng.random() < 0.6 else digit_run(g, "pt") for g in fours(d))
    u = Said().say(rng.choice(["o número do cartão é ", "é um " + brand(d) + ", ", "então, ", "tome nota: "]))
    u.entity("CREDIT_CARD", text, d, "pt")
    if rng.random() < 0.6:
        month, yy = month_year(rng)
        u.say(rng.choice([", validade ", ". A validade é ", ", válido até "])).entity(
            "CARD_EXPIRY", f"{month_said(month, 'pt')}, {pair(yy, 'pt')}", f"{month:02d}{yy}", "pt")
    return u.say(rng.choice(["", ".", ", está bem?"]))


# SSNs ---------------------------------------------------------------------------------------------------
def ssn_groups(d: str) -> list[str]:
    return grp(d, [3, 2, 4])


def ssn_readback_numerals(fake: Faker, rng: random.Random) -> Said:
    """The caller says it in words; the agent's read-back, formatted by the engine, comes out in numerals."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["Sure, it's ", "My social is ", "Okay. ", "Yeah, "]))
    u.entity("US_SSN", rng.choice([", ", " ", "... "]).join(render_groups(ssn_groups(d), rng, "words")), d).say(
        rng.choice([".", ""])).turn()
    u.say(rng.choice(["Okay, I have ", "Let me read that back. ", "So that's ", "Thank you. I've got "]))
    u.entity("US_SSN", rng.choice(["-".join(ssn_groups(d)), " ".join(ssn_groups(d)), d]), d).say(
        rng.choice(["?", ", is that correct?", ". Correct?"])).turn()
    return u.say(rng.choice(["That's right.", "Yep.", "Correct.", "Mm-hmm, yes."]))


def ssn_numeral_spacing(fake: Faker, rng: random.Random) -> Said:
    """A spoken SSN as engines write the numerals: digit by digit with spaces, run together, or grouped where
    the caller paused rather than three-two-four."""
    d = a_ssn(fake)
    text = rng.choice([" ".join(d), d, " ".join(ssn_groups(d)), f"{d[:5]} {d[5:]}", f"{d[:3]} {d[3:6]} {d[6:]}",
                       f"{d[:4]} {d[4:]}", f"{d[:3]} {d[3:5]}, {d[5:]}"])
    u = Said().say(rng.choice(["Yes, it's ", "Social is ", "It's ", "Okay, my Social Security number is ",
                               "Sure. "]))
    return u.entity("US_SSN", text, d).say(rng.choice([".", "", ". Okay?"]))


def ssn_spanish_codeswitch(fake: Faker, rng: random.Random) -> Said:
    """A caller in the US switching to Spanish for the digits of their social, the last four sometimes in pairs."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    last = pairs_said(gs[2], "es") if rng.random() < 0.4 else digit_run(gs[2], "es")
    text = f"{digit_run(gs[0], 'es')}, {rng.choice([digit_run(gs[1], 'es'), pairs_said(gs[1], 'es')])}, {last}"
    u = Said().say(rng.choice(["Okay, my social es ", "mi social es ", "el social, ", "Sí, my social security es ",
                               "mi número de seguro social es "]))
    return u.entity("US_SSN", text, d, "es").say(rng.choice(["", ".", ", okay?", ", gracias"]))


def ssn_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    k, back = rng.choice([(3, 0), (5, 2), (5, 0), (7, 2), (5, 5)])
    style = rng.choice(["numerals", "words"])
    head = " ".join(render_groups(cut(d, [3, 2, 4], 0, k), rng, style))
    tail = " ".join(render_groups(cut(d, [3, 2, 4], k - back, 9), rng, style))
    u = Said().say(rng.choice(["It's ", "My social's ", "Sure, "])).entity("US_SSN", head, d[:k]).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    return u.say(rng.choice(["Sorry, ", "Yeah, ", "", "Okay, "])).entity("US_SSN", tail, d[k - back:]).say(
        rng.choice([".", "", ". That's it."]))


def ssn_from_memory(fake: Faker, rng: random.Random) -> Said:
    """Recalled, not read: fillers and "and then" between the groups, the middle pair sometimes as a number."""
    d = a_ssn(fake)
    gs = ssn_groups(d)
    said_ = [rng.choice([gs[0], digit_run(gs[0])]),
             rng.choice([gs[1], digit_run(gs[1]), tens(int(gs[1])) if gs[1][0] != "0" else digit_run(gs[1])]),
             rng.choice([gs[2], digit_run(gs[2]), pairs_said(gs[2])])]
    joins = [rng.choice([", um, ", "... ", ", uh... ", ", and then ", " um "]) for _ in range(2)]
    text = said_[0] + joins[0] + said_[1] + joins[1] + said_[2]
    u = Said().say(rng.choice(["Let me think. It's ", "Oh gosh, okay. ", "Um, it's ", "I know this. "]))
    return u.entity("US_SSN", text, d).say(rng.choice([". Yeah.", ", I'm pretty sure.", ".", ". Yep, that's it."]))


def ssn_chat_typed(fake: Faker, rng: random.Random) -> Said:
    d = a_ssn(fake)
    text = rng.choice([d, "-".join(ssn_groups(d)), " ".join(ssn_groups(d))])
    u = Said().say(rng.choice(["Customer: ", "", "Guest: "]))
    u.say(rng.choice(["my ss# is ", "ssn ", "its ", "social: ", "ok the social is ", "SSN - "]))
    return u.entity("US_SSN", text, d).say(rng.choice(["", " thx", "\nhow long will this take?", " 🙏"]))


def ssn_speech_ivr(fake: Faker, rng: random.Random) -> Said:
    """A speech IVR: the caller says it, the system reads back what it heard; a retry after a miss."""
    d = a_ssn(fake)
    tag = rng.choice(["IVR: ", "System: ", "", "[IVR] "])
    u = Said().say(f"{tag}Please say or enter your nine-digit Social Security number.").turn()
    u.entity("US_SSN", rng.choice([" ".join(render_groups(ssn_groups(d), rng, "words")), " ".join(ssn_groups(d))]),
             d).turn()
    if rng.random() < 0.4:
        u.say(f"{tag}Sorry, I didn't get that. Please say your Social Security number one digit at a time.").turn()
        u.entity("US_SSN", rng.choice([digit_run(d, "en", "zero"), " ".join(d)]), d).turn()
    heard = rng.choice([", ".join(" ".join(g) for g in ssn_groups(d)), "-".join(ssn_groups(d)),
                        ", ".join(digit_run(g, "en", "zero") for g in ssn_groups(d))])
    u.say(f"{tag}{rng.choice(['I heard ', 'Got it. ', 'That was '])}").entity("US_SSN", heard, d)
    return u.say(rng.choice([". Is that right?", ". If that's correct, say yes.", ". Did I get that right?"]))


def ssn_spouse(fake: Faker, rng: random.Random) -> Said:
    """A joint account: the caller gives their own and their spouse's, both labelled."""
    a, b = a_ssn(fake), a_ssn(fake)
    u = Said().say(rng.choice(["Mine is ", "Okay, mine's ", "So my social is "])).entity(
        "US_SSN", " ".join(render_groups(ssn_groups(a), rng, rng.choice(["numerals", "words"]))), a)
    u.say(rng.choice([" and my wife's is ", ", and my husband's is ", ". And hers is ", ", his is "]))
    u.entity("US_SSN", " ".join(render_groups(ssn_groups(b), rng, rng.choice(["numerals", "words", "half"]))), b)
    u.say(".").turn().say(rng.choice(["Sorry, could I get the second one again?", "And your spouse's once more?"]))
    u.turn().say(rng.choice(["Sure, ", "Yeah, ", ""])).entity("US_SSN", rng.choice(["-".join(ssn_groups(b)),
                                                                                   digit_run(b)]), b)
    return u.say(".")


# Emails -------------------------------------------------------------------------------------------------
SAID_SIGNS = AT_WORDS | DOT_WORDS | DASH_WORDS | UNDERSCORE_WORDS | EMAIL_FILLERS | {
    w[0] for table in EMAIL_PHRASES.values() for w in table if len(w) == 1}


def person(fake: Faker, locale: str = "en_US") -> tuple[str, str]:
    """A first name and a surname as they go into an address, neither one a word said for a sign or a digit."""
    while True:
        first, last = plain(fake[locale].first_name()), plain(fake[locale].last_name())
        if len(first) > 1 and len(last) > 1 and not {first, last} & SAID_SIGNS:
            return first, last


def number_said(num: str, rng: random.Random) -> str:
    """A number in an address as said: a year or a pair as numbers, else digit by digit."""
    if len(num) == 4 and num[0] == "1":
        return f"{tens(int(num[:2]))} {tens(int(num[2:]))}" if num[2] != "0" else f"{tens(int(num[:2]))} oh {num[3]}"
    if len(num) == 2 and num[0] != "0" and rng.random() < 0.6:
        return pairs_said(num).replace("-", " ")
    return digit_run(num, "en", "zero")


def email_deepgram_raw(fake: Faker, rng: random.Random) -> Said:
    """Deepgram with no formatting: lower case, no punctuation, the number in the address as words."""
    first, last = person(fake)
    num = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1960, 1999))])
    provider = rng.choice(["gmail", "yahoo", "hotmail", "aol", "outlook", "icloud", "comcast"])
    tld = "net" if provider == "comcast" else "com"
    local, said_local = rng.choice([(f"{first}{last}", f"{first} {last}"), (f"{first}.{last}", f"{first} dot {last}"),
                                    (f"{first[0]}{last}", f"{first[0]} {last}"),
                                    (f"{first}_{last}", f"{first} underscore {last}")])
    addr = address(local + num, f"{provider}.{tld}")
    text = f"{said_local}{' ' + number_said(num, rng) if num else ''} at {provider} dot {tld}"
    u = Said().say(rng.choice(["yeah its ", "its ", "email is ", "sure its ", "um yeah so its "]))
    return u.entity("EMAIL_ADDRESS", text, addr).say(rng.choice(["", " yeah", " all lowercase"]))


def email_sentence_punctuation(fake: Faker, rng: random.Random) -> Said:
    """The engine formats the said address as one, capitalized at the start of a sentence, a period after it."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "en_AU"]))
    addr = address(rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{last}{rng.randint(1, 99)}"]),
                   rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "bigpond.com", "me.com"]))
    style = rng.randrange(3)
    if style == 0:
        u = Said().entity("EMAIL_ADDRESS", addr.capitalize(), addr).say(rng.choice([". That's my email.",
                                                                                    ". Yeah.", "."]))
    elif style == 1:
        u = Said().say(rng.choice(["It's ", "My email is ", "Yeah, it's "])).entity("EMAIL_ADDRESS", addr, addr)
        u.say(rng.choice([".", ". All lowercase.", ", all one word.", "."]))
    else:
        u = Said().say("And the email address?").turn().entity("EMAIL_ADDRESS", addr.capitalize(), addr).say(".")
    return u


def email_letter_or_digit(fake: Faker, rng: random.Random) -> Said:
    """A zero or a one in the address, the caller stopping to say it is the number, not the letter."""
    first, last = person(fake)
    digit = rng.choice(["0", "1"])
    other = str(rng.randint(2, 9))
    provider = rng.choice(["gmail", "hotmail", "yahoo", "outlook"])
    local = f"{first}{digit}{other}" if rng.random() < 0.5 else f"{first[0]}{last}{digit}{other}"
    addr = address(local, f"{provider}.com")
    head = first if local.startswith(first) and len(local) == len(first) + 2 else f"{first[0]} {last}"
    aside = rng.choice([", that's the number zero, not the letter O,", ", zero as in the number,",
                        ", the number, not the letter,"]) if digit == "0" else \
        rng.choice([", the number one, not an L,", ", that's a one, the number,", ", number one, not the letter I,"])
    text = f"{head} {WORDS[int(digit)]}{aside} {WORDS[int(other)]} at {provider} dot com"
    u = Said().say(rng.choice(["Okay, it's ", "The email is ", "So it's "]))
    return u.entity("EMAIL_ADDRESS", text, addr, drop=(aside,)).say(rng.choice([".", "", ". Got that?"]))


REGIONAL = {
    "en_IE": [("eircom.net", "eircom dot net"), ("gmail.com", "gmail dot com"), ("iol.ie", "i o l dot i e"),
              ("hotmail.com", "hotmail dot com")],
    "en_AU": [("bigpond.com", "bigpond dot com"), ("optusnet.com.au", "optusnet dot com dot a u"),
              ("outlook.com.au", "outlook dot com dot au"), ("iinet.net.au", "i i net dot net dot au")],
    "en_IN": [("rediffmail.com", "rediffmail dot com"), ("yahoo.co.in", "yahoo dot co dot in"),
              ("gmail.com", "gmail dot com")],
    "en_GB": [("btinternet.com", "b t internet dot com"), ("sky.com", "sky dot com"),
              ("virginmedia.com", "virgin media dot com"), ("hotmail.co.uk", "hotmail dot co dot uk"),
              ("talktalk.net", "talk talk dot net")],
}


def email_regional_isps(fake: Faker, rng: random.Random) -> Said:
    """Irish, Australian, Indian and British callers with their own providers' domains said out."""
    locale = rng.choice(list(REGIONAL))
    first, last = person(fake, locale)
    domain, said_domain = rng.choice(REGIONAL[locale])
    local, said_local = rng.choice([(f"{first}.{last}", f"{first} dot {last}"), (f"{first}{last}", f"{first} {last}"),
                                    (f"{last}{first[0]}", f"{last} {first[0]}"),
                                    (f"{first}{last[0]}", f"{first} {last[0]}")])
    addr = address(local, domain)
    intro = {"en_IE": ["It's ", "Grand, it's ", "Me email is ", "You'd get me at "],
             "en_AU": ["Yeah, it's ", "My email's ", "It's just "],
             "en_IN": ["My email ID is ", "Kindly note, ", "It is "],
             "en_GB": ["It's ", "My email's ", "Right, it's "]}[locale]
    return Said().say(rng.choice(intro)).entity("EMAIL_ADDRESS", f"{said_local} at {said_domain}", addr).say(
        rng.choice([".", "", ", all one word.", ", no capitals."]))


def email_underline_minus(fake: Faker, rng: random.Random) -> Said:
    """Callers from continental Europe on an English line, "minus" for the hyphen, "underline" for "_", "point"."""
    locale, domains = rng.choice([("de_DE", ["web.de", "gmx.de", "t-online.de"]), ("fr_FR", ["orange.fr", "free.fr"]),
                                  ("it_IT", ["libero.it", "virgilio.it"]), ("nl_NL", ["ziggo.nl", "kpnmail.nl"]),
                                  ("es_ES", ["telefonica.net", "gmail.com"])])
    first, last = person(fake, locale)
    sep, said_sep = rng.choice([("-", " minus "), ("_", " underline "), ("-", " minus "), (".", " point ")])
    domain = rng.choice(domains)
    addr = address(f"{first}{sep}{last}", domain)
    said_domain = domain.replace("-", " minus ").replace(".", rng.choice([" point ", " dot "]))
    u = Said().say(rng.choice(["Yes, it is ", "My e-mail is ", "So, it is ", "The mail is "]))
    return u.entity("EMAIL_ADDRESS", f"{first}{said_sep}{last} at {said_domain}", addr).say(
        rng.choice([".", "", ", all small letters."]))


def email_mailto_links(fake: Faker, rng: random.Random) -> Said:
    """A chat or a pasted signature with the address as a link: "mailto:" outside the label, each copy labelled."""
    first, last = person(fake)
    addr = address(rng.choice([f"{first}.{last}", f"{first[0]}{last}"]),
                   rng.choice(["gmail.com", "company.com", "acme.co.uk", "outlook.com"]))
    style = rng.randrange(4)
    u = Said().say(rng.choice(["Customer: ", "", "Pasted: "]))
    if style == 0:
        u.say("[").entity("EMAIL_ADDRESS", addr, addr).say("](mailto:").entity("EMAIL_ADDRESS", addr, addr).say(")")
    elif style == 1:
        u.say("mailto:").entity("EMAIL_ADDRESS", addr, addr)
    elif style == 2:
        u.say(f"{first.capitalize()} {last.capitalize()} <mailto:").entity("EMAIL_ADDRESS", addr, addr).say(">")
    else:
        u.say("<a href=\"mailto:").entity("EMAIL_ADDRESS", addr, addr).say("\">").entity(
            "EMAIL_ADDRESS", addr, addr).say("</a>")
    return u.say(rng.choice(["", " is the one to use", "\n(that's my work one)"]))


def email_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail transcript: the address said once, the callback number said twice; all labelled."""
    first, last = person(fake)
    provider = rng.choice(["gmail", "yahoo", "hotmail"])
    addr = address(f"{first}.{last}", f"{provider}.com")
    n = a_us_phone(fake)
    u = Said().say(rng.choice(["Voicemail transcript: ", "New voicemail. ", "(voicemail) ", ""]))
    u.say(f"Hi, this is {first.capitalize()} {last.capitalize()}, I'm calling about "
          f"{rng.choice(['my bill', 'a refund', 'my order', 'the renewal letter'])}. "
          f"{rng.choice(['Could you email me at ', 'You can email me at ', 'Please send it to '])}")
    u.entity("EMAIL_ADDRESS", rng.choice([f"{first} dot {last} at {provider} dot com", addr]), addr)
    u.say(rng.choice([", or call me on ", " or call me back at ", ". Or my cell is "]))
    u.entity("PHONE_NUMBER", rng.choice(["-".join(us_phone_groups(n)), ", ".join(digit_run(g) for g in
                                                                                  us_phone_groups(n))]), n)
    u.say(rng.choice([". Again that's ", ". That's ", ". Once more, "]))
    u.entity("PHONE_NUMBER", rng.choice(["-".join(us_phone_groups(n)), " ".join(digit_run(g) for g in
                                                                                 us_phone_groups(n))]), n)
    return u.say(rng.choice([". Thanks, bye.", ". Okay, thank you. Bye bye.", ". Thanks."]))


EU_AT = {
    "pt": ("pt_PT", "arroba", "ponto", [("sapo.pt", "sapo"), ("gmail.com", "gmail"), ("netcabo.pt", "netcabo")],
           ["o meu email é ", "é ", "tome nota: "]),
    "it": ("it_IT", "chiocciola", "punto", [("libero.it", "libero"), ("alice.it", "alice"), ("tiscali.it", "tiscali")],
           ["la mia mail è ", "allora, ", "è "]),
    "fr": ("fr_FR", "arobase", "point", [("orange.fr", "orange"), ("free.fr", "free"), ("laposte.net", "laposte")],
           ["mon adresse mail, c'est ", "alors, ", "c'est "]),
    "nl": ("nl_NL", "apenstaartje", "punt", [("ziggo.nl", "ziggo"), ("kpnmail.nl", "kpnmail"), ("hotmail.nl",
                                                                                               "hotmail")],
           ["mijn mailadres is ", "het is ", "oké, "]),
    "es": ("es_ES", "arroba", "punto", [("telefonica.net", "telefonica"), ("yahoo.es", "yahoo"), ("ono.com", "ono")],
           ["mi correo es ", "es ", "apunte: "]),
    "de": ("de_DE", "ät", "Punkt", [("t-online.de", "t Bindestrich online"), ("freenet.de", "freenet"),
                                    ("arcor.de", "arcor")], ["meine Mail ist ", "also, ", "das ist "]),
}


def email_european_isps(fake: Faker, rng: random.Random) -> Said:
    """Portuguese, Italian, French, Dutch, Spanish and German callers with their home providers, said in their
    language."""
    lang = rng.choice(list(EU_AT))
    locale, at, dot, domains, intros = EU_AT[lang]
    first, last = person(fake, locale)
    domain, said_name = rng.choice(domains)
    sep = rng.choice([".", ""])
    addr = address(f"{first}{sep}{last}", domain)
    said_local = f"{first} {dot} {last}" if sep else f"{first}{last}"
    tld = domain.split(".", 1)[1]
    text = f"{said_local} {at} {said_name} {dot} {tld.replace('.', f' {dot} ')}"
    return Said().say(rng.choice(intros)).entity("EMAIL_ADDRESS", text, addr, lang).say(rng.choice(["", ".", "!"]))


def email_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    """Talked over halfway: the half said is labelled, then the whole address said again."""
    first, last = person(fake)
    provider = rng.choice(["gmail", "yahoo", "outlook", "icloud"])
    addr = address(f"{first}.{last}", f"{provider}.com")
    head, head_value = rng.choice([(f"{first} dot {last}", f"{first}.{last}"),
                                   (f"{first} dot {last} at", f"{first}.{last}@"),
                                   (f"{first} dot", f"{first}.")])
    u = Said().say(rng.choice(["It's ", "Email's ", "Okay, it's "])).entity("EMAIL_ADDRESS", head, head_value).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    whole = rng.choice([f"{first} dot {last} at {provider} dot com", f"{first} dot {last} at {provider}.com"])
    return u.say(rng.choice(["Sorry. ", "No, go on. It's ", "Yeah, "])).entity("EMAIL_ADDRESS", whole, addr).say(
        rng.choice([".", "", ". Got it?"]))


def email_numbers_formatted(fake: Faker, rng: random.Random) -> Said:
    """The engine turns the number said in the address into numerals, the rest left as words or half formatted."""
    first, last = person(fake)
    num = rng.choice([str(rng.randint(1950, 2010)), str(rng.randint(10, 99)), str(rng.randint(100, 999))])
    provider = rng.choice(["gmail", "yahoo", "hotmail", "aol"])
    local, said_local = rng.choice([(f"{first}{last}{num}", f"{first} {last} {num}"),
                                    (f"{first}{num}", f"{first} {num}"),
                                    (f"{first[0]}{last}{num}", f"{first[0]} {last} {num}")])
    addr = address(local, f"{provider}.com")
    domain = rng.choice([f"{provider}.com", f"{provider} dot com", f"{provider} .com"])
    u = Said().say(rng.choice(["It's ", "Yeah, it's ", "My email's ", "Okay. "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} at {domain}", addr).say(rng.choice([".", "", ", no spaces."]))


CORRECTED_PROVIDERS = [("yahoo", "ymail"), ("hotmail", "outlook"), ("gmail", "googlemail"), ("aol", "aim"),
                       ("icloud", "me"), ("outlook", "live")]


def email_correction(fake: Faker, rng: random.Random) -> Said:
    """The caller says the wrong provider and corrects it inside the address; the label covers both."""
    first, last = person(fake)
    wrong, right = rng.choice(CORRECTED_PROVIDERS)
    addr = address(f"{first}.{last}", f"{right}.com")
    marker = rng.choice(["no, sorry", "sorry, no", "oh, wait, no", "actually no", "no no"])
    wrong_part = f" at {wrong} dot com, {marker},"
    text = f"{first} dot {last}{wrong_part} at {right} dot com"
    u = Said().say(rng.choice(["It's ", "Email is ", "Okay, "]))
    return u.entity("EMAIL_ADDRESS", text, addr, drop=(wrong_part,)).say(
        rng.choice([".", "", ". I always get those mixed up."]))


# Phones -------------------------------------------------------------------------------------------------
def phone_voicemail_callback(fake: Faker, rng: random.Random) -> Said:
    """A voicemail left for the contact centre: the callback number said, then said again."""
    if rng.random() < 0.6:
        n = a_us_phone(fake)
        gs, value = us_phone_groups(n), n
        first = rng.choice([", ".join(digit_run(g) for g in gs), "-".join(gs), f"({gs[0]}) {gs[1]}-{gs[2]}"])
        again = rng.choice([" ".join(digit_run(g) for g in gs), "-".join(gs), " ".join(gs)])
        name = fake["en_US"].first_name()
    else:
        _, n, _ = e164_parts("GB", "7#########", fake)
        value = "0" + n
        gs = grp(value, [5, 6])
        first = rng.choice([" ".join(gs), ", ".join(digit_run(g, "en", "oh") for g in gs)])
        again = rng.choice([" ".join(gs), " ".join(digit_run(g, "en", "oh") for g in gs), value])
        name = fake["en_GB"].first_name()
    u = Said().say(rng.choice(["Voicemail: ", "(voicemail transcription) ", "", "Message 1: "]))
    u.say(f"Hi, {rng.choice(['this is', 'it is', 'my name is'])} {name}, "
          f"{rng.choice(['I got a letter about my account', 'I was cut off earlier', 'about my claim'])}. "
          f"{rng.choice(['Can you call me back on ', 'Please ring me on ', 'My number is '])}")
    u.entity("PHONE_NUMBER", first, value).say(rng.choice([". That's ", ". Again, ", ", that's "]))
    u.entity("PHONE_NUMBER", again, value)
    return u.say(rng.choice([". Thanks, bye.", ". Cheers.", ". Thank you."]))


def phone_uk_engine_formats(fake: Faker, rng: random.Random) -> Said:
    """British numbers as engines in en-GB write them: "07911 123456", "+44 7911 123456", "+44 (0)20 7946 0123",
    a landline's area code in brackets."""
    region_pattern = rng.choice(["7#########", "7#########", "20########", "161#######", "113#######", "117#######"])
    code, n, parsed = e164_parts("GB", region_pattern, fake)
    national = fmt(parsed, False)
    intl = fmt(parsed, True)
    area, rest = national.split(" ", 1)
    text, value = rng.choice([(national, digits_of(national)), (intl, code + n), (f"+44 (0){national[1:]}",
                                                                                 "440" + n),
                              ("0" + n, "0" + n), (f"({area}) {rest}", digits_of(national))])
    u = Said().say(rng.choice(["Yeah, it's ", "My mobile is ", "It's ", "Best number is ", "Sure, "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", ". Cheers."]))


def phone_irish_mobile(fake: Faker, rng: random.Random) -> Said:
    """Irish mobiles: "oh eight seven", doubles, or the engine's "087 123 4567"."""
    _, n, _ = e164_parts("IE", rng.choice(["83#######", "85#######", "86#######", "87#######", "89#######"]),
                              fake)
    value = "0" + n
    gs = grp(value, [3, 3, 4])
    text = rng.choice([" ".join(gs), ", ".join(digit_run(g, "en", "oh") for g in gs), f"{gs[0]} {gs[1]}{gs[2]}",
                       ", ".join(spoken_doubles(g, rng) for g in gs), f"+353 {n[:2]} {n[2:5]} {n[5:]}"])
    if text.startswith("+"):
        value = "353" + n
    u = Said().say(rng.choice(["It's ", "Grand, it's ", "You'd get me on ", "Me mobile is ", "Yeah, "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", ", so it is.", ". Grand."]))


def spoken_doubles(g: str, rng: random.Random) -> str:
    """Digit words with "double" for a repeated digit, as British, Irish, Australian and Indian callers say."""
    out, i = [], 0
    while i < len(g):
        if i + 1 < len(g) and g[i + 1] == g[i] and rng.random() < 0.8:
            out.append(f"double {digit_run(g[i], 'en', 'oh')}")
            i += 2
        else:
            out.append(digit_run(g[i], "en", "oh"))
            i += 1
    return " ".join(out)


def phone_australian(fake: Faker, rng: random.Random) -> Said:
    """Australian mobiles in four-three-three, landlines with "oh two" in front."""
    if rng.random() < 0.7:
        _, n, _ = e164_parts("AU", "4########", fake)
        value = "0" + n
        gs = grp(value, [4, 3, 3])
    else:
        _, n, _ = e164_parts("AU", rng.choice(["29#######", "38#######", "73#######"]), fake)
        value = "0" + n
        gs = grp(value, [2, 4, 4])
    text = rng.choice([" ".join(gs), ", ".join(spoken_doubles(g, rng) for g in gs), " ".join(spoken_doubles(g, rng)
                                                                                              for g in gs)])
    if len(gs[0]) == 2 and rng.random() < 0.4:
        text = f"({gs[0]}) {gs[1]} {gs[2]}"
    u = Said().say(rng.choice(["Yeah, it's ", "My mobile's ", "Best to get me on ", "Yep, "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", ", mate.", ". Cheers."]))


def phone_indian_english(fake: Faker, rng: random.Random) -> Said:
    """Indian mobiles in five-five, "double" for repeats, "plus nine one" or the engine's "+91 98450 12345"."""
    _, n, _ = e164_parts("IN", rng.choice(["98########", "97########", "88########", "70########"]), fake)
    gs = grp(n, [5, 5])
    text, value = rng.choice([(" ".join(gs), n), (", ".join(spoken_doubles(g, rng) for g in gs), n),
                              (f"+91 {gs[0]} {gs[1]}", "91" + n),
                              (f"plus nine one, {', '.join(spoken_doubles(g, rng) for g in gs)}", "91" + n),
                              (f"zero {' '.join(spoken_doubles(g, rng) for g in gs)}", "0" + n)])
    u = Said().say(rng.choice(["My mobile number is ", "Kindly note, ", "It is ", "Yes, you can call on ",
                               "Number is "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", " only.", ", sir."]))


def phone_german_zwo(fake: Faker, rng: random.Random) -> Said:
    """A German mobile said digit by digit with "zwo", or in pairs after the prefix."""
    _, n, _ = e164_parts("DE", rng.choice(["151########", "160#######", "170#######", "171#######",
                                                "176########"]), fake)
    value = "0" + n
    prefix, rest = value[:4], value[4:]
    if rng.random() < 0.5:
        body = ", ".join(de_digit_run(g, rng) for g in grp(rest, [3, 2, 2, 2]))
    else:
        body = " ".join(pairs_said(rest[i:i + 2], "de") for i in range(0, len(rest), 2))
    text = f"{de_digit_run(prefix, rng)}, {body}"
    u = Said().say(rng.choice(["meine Handynummer ist ", "also, ", "die Nummer ist ", "ja, "]))
    return u.entity("PHONE_NUMBER", text, value, "de").say(rng.choice(["", ".", ", danke"]))


def phone_portugal(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese mobile in three-three-three, digit by digit or in pairs, "mais três cinco um" sometimes."""
    _, n, _ = e164_parts("PT", rng.choice(["91#######", "93#######", "96#######", "92#######"]), fake)
    gs = grp(n, [3, 3, 3])
    body = ", ".join(digit_run(g, "pt") if rng.random() < 0.6 else f"{digit_run(g[0], 'pt')} {pairs_said(g[1:], 'pt')}"
                     for g in gs)
    text, value = (f"mais {digit_run('351', 'pt')}, {body}", "351" + n) if rng.random() < 0.3 else (body, n)
    u = Said().say(rng.choice(["o meu telemóvel é ", "é o ", "tome nota: ", "pode ligar para o "]))
    return u.entity("PHONE_NUMBER", text, value, "pt").say(rng.choice(["", ".", ", obrigado"]))


def phone_let_me_check(fake: Faker, rng: random.Random) -> Said:
    """A new phone: the caller starts, doesn't know the rest, looks it up and reads it out."""
    if rng.random() < 0.5:
        n = a_us_phone(fake)
        value, sizes = n, [3, 3, 4]
    else:
        _, n, _ = e164_parts("GB", "7#########", fake)
        value, sizes = "0" + n, [5, 6]
    k = rng.choice([2, 3, 4])
    u = Said().say(rng.choice(["It's ", "Um, it's ", "So it's "])).entity(
        "PHONE_NUMBER", digit_run(value[:k], "en", "oh"), value[:k]).say(rng.choice(["... ", ", "]))
    u.say(rng.choice(["hang on, I've only just got this phone, let me check. ",
                      "sorry, it's new, I don't know it yet. ", "oh, I can never remember it. "]))
    if rng.random() < 0.5:
        u.turn().say(rng.choice(["No rush.", "Take your time.", "That's okay."])).turn()
    gs = grp(value, sizes)
    text = rng.choice([" ".join(gs), ", ".join(digit_run(g, "en", "oh") for g in gs), "-".join(gs) if len(gs) == 3
                       else " ".join(gs)])
    u.say(rng.choice(["Right, here it is: ", "Okay, found it. ", "Got it, it's "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", "", ". Sorry about that."]))


def phone_asked_in_parts(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for the area code, then the rest: each part labelled, read back together."""
    if rng.random() < 0.6:
        n = a_us_phone(fake)
        head, tail = n[:3], n[3:]
        ask, ask2 = rng.choice(["What's the area code?", "Area code first?"]), rng.choice(["And the rest?",
                                                                                         "And then the number?"])
        tail_said = rng.choice([f"{digit_run(tail[:3])}, {digit_run(tail[3:])}", f"{tail[:3]}-{tail[3:]}",
                                f"{digit_run(tail[:3])}, {pairs_said(tail[3:])}"])
        value = n
    else:
        _, n, _ = e164_parts("GB", rng.choice(["161#######", "113#######", "121#######", "131#######"]), fake)
        value = "0" + n
        head, tail = value[:4], value[4:]
        ask, ask2 = rng.choice(["What's the dialling code?", "And the code for that?"]), rng.choice(
            ["And the rest of it?", "Lovely, and then?"])
        tail_said = rng.choice([f"{digit_run(tail[:3], 'en', 'oh')}, {digit_run(tail[3:], 'en', 'oh')}",
                                f"{tail[:3]} {tail[3:]}"])
    u = Said().say(rng.choice(["It's a landline. ", "", "Okay. "])).say(ask).turn()
    u.entity("PHONE_NUMBER", rng.choice([head, digit_run(head, "en", "oh")]), head).say(".").turn()
    u.say(ask2).turn()
    return u.entity("PHONE_NUMBER", tail_said, tail).joint(2, value).say(rng.choice([".", "", ". That's it."]))


def phone_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    n = a_us_phone(fake)
    k, back = rng.choice([(3, 0), (6, 3), (6, 0), (8, 2), (6, 6)])
    style = rng.choice(["numerals", "words"])
    head = " ".join(render_groups(cut(n, [3, 3, 4], 0, k), rng, style))
    tail = " ".join(render_groups(cut(n, [3, 3, 4], k - back, 10), rng, style))
    u = Said().say(rng.choice(["It's ", "My cell is ", "Call me on "])).entity("PHONE_NUMBER", head, n[:k]).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    return u.say(rng.choice(["Sorry, ", "Yeah, ", "", "It's "])).entity("PHONE_NUMBER", tail, n[k - back:]).say(
        rng.choice([".", "", ". Okay?"]))


def phone_sentence_per_group(fake: Faker, rng: random.Random) -> Said:
    n = a_us_phone(fake)
    parts = render_groups(us_phone_groups(n), rng, rng.choice(["numerals", "words", "half"]))
    return Said().say(rng.choice(["Sure. ", "Okay. It's ", "Yeah. ", "Number's "])).entity(
        "PHONE_NUMBER", sentence_join(parts, rng.choice([". ", ". ", "? "])), n).say(rng.choice([".", "?", ""]))


def phone_spain_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Spanish mobile as Spaniards say it: the first three as hundreds ("seiscientos doce"), then pairs."""
    _, n, _ = e164_parts("ES", rng.choice(["6########", "6########", "7########", "91#######"]), fake)
    head = es_hundreds(int(n[:3])) if rng.random() < 0.7 and n[1:3] != "00" else digit_run(n[:3], "es")
    rest = ", ".join(pairs_said(n[i:i + 2], "es") for i in range(3, 9, 2))
    u = Said().say(rng.choice(["mi móvil es el ", "apunte: ", "es el ", "sí, el "]))
    return u.entity("PHONE_NUMBER", f"{head}, {rest}", n, "es").say(rng.choice(["", ".", ", ¿vale?"]))


def phone_dutch_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Dutch mobile: "nul zes", then the eight digits in pairs ("twaalf, vierendertig")."""
    _, n, _ = e164_parts("NL", "6########", fake)
    value = "0" + n
    rest = value[2:]
    body = rng.choice([", ".join(pairs_said(rest[i:i + 2], "nl") for i in range(0, 8, 2)),
                       f"{digit_run(rest[:2], 'nl')}, " + ", ".join(pairs_said(rest[i:i + 2], "nl")
                                                                   for i in range(2, 8, 2))])
    u = Said().say(rng.choice(["mijn nummer is ", "het is ", "oké, ", "ja, "]))
    return u.entity("PHONE_NUMBER", f"nul zes, {body}", value, "nl").say(rng.choice(["", ".", ", dank u"]))


# IBANs --------------------------------------------------------------------------------------------------
def an_iban(fake: Faker, rng: random.Random, country: str) -> str:
    """An IBAN of `country`: Faker's where its bank codes are plausible, else built with real bank codes."""
    if country == "IE":
        return iban_with("IE", rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + fake.numerify("9#####")
                         + fake.numerify("########"))
    if country == "GB":
        return iban_with("GB", rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + fake.numerify("######")
                         + fake.numerify("########"))
    if country == "PT":
        return checked("IBAN_CODE", fake["pt_PT"].iban())
    if country == "ES":
        return checked("IBAN_CODE", fake["es_ES"].iban())
    return an_iban11(fake, rng, country)


def iban_body_said(body: str, lang: str, rng: random.Random, pairs_share: float = 0.5) -> str:
    """The IBAN after its country and check digits, in groups of four: letters as letters, digits digit by digit
    or in pairs."""
    out = []
    for g in fours(body):
        if not g.isdigit():
            out.append(" ".join(c if c.isalpha() else DIGITS[lang][int(c)] for c in g))
        elif len(g) % 2 == 0 and rng.random() < pairs_share:
            out.append(pairs_said(g, lang))
        else:
            out.append(digit_run(g, lang))
    return ", ".join(out)


def iban_spanish_letter_names(fake: Faker, rng: random.Random) -> Said:
    """A caller in Spain: the country said with Spanish letter names ("e, ese"), the rest digit by digit or in pairs."""
    v = an_iban(fake, rng, "ES")
    country = rng.choice(["e ese", "E, ese", "E S"])
    text = f"{country}, {pair(int(v[2:4]), 'es') if v[2] != '0' else digit_run(v[2:4], 'es')}, " \
        f"{iban_body_said(v[4:], 'es', rng)}"
    u = Said().say(rng.choice(["el IBAN es ", "mi cuenta es ", "vale, le digo el IBAN: ", "apunte: "]))
    return u.entity("IBAN_CODE", text, v, "es").say(rng.choice(["", ".", ", ¿lo tiene?"]))


def iban_german_pairs(fake: Faker, rng: random.Random) -> Said:
    """A German caller: "D E", the check digits and the rest in pairs ("siebenundvierzig") or with "zwo"."""
    v = an_iban(fake, rng, "DE")
    body = v[4:]
    if rng.random() < 0.5:
        said_body = ", ".join(" ".join(pairs_said(g[i:i + 2], "de") for i in range(0, len(g), 2)) for g in fours(body))
    else:
        said_body = ", ".join(de_digit_run(g, rng) for g in fours(body))
    text = f"D E {pair(int(v[2:4]), 'de') if v[2] != '0' else digit_run(v[2:4], 'de')}, {said_body}"
    u = Said().say(rng.choice(["meine IBAN ist ", "also, die IBAN: ", "ja, ", "die Kontonummer, also IBAN, "]))
    return u.entity("IBAN_CODE", text, v, "de").say(rng.choice(["", ".", ", danke"]))


def iban_italian_words(fake: Faker, rng: random.Random) -> Said:
    """An Italian caller: the CIN letter by the city alphabet ("G come Genova"), the bank codes digit by digit or
    in pairs, a letter in the account read as a letter."""
    v = an_iban(fake, rng, "IT")
    cin = v[4]
    cin_said = rng.choice([f"{cin} come {IT_CITIES[cin]}", cin])
    body = iban_body_said(v[5:], "it", rng, 0.4)
    text = f"I T {pair(int(v[2:4]), 'it') if v[2] != '0' else digit_run(v[2:4], 'it')}, {cin_said}, {body}"
    u = Said().say(rng.choice(["il mio IBAN è ", "allora, IBAN: ", "sì, ", "le detto l'IBAN: "]))
    return u.entity("IBAN_CODE", text, v, "it").say(rng.choice(["", ".", ", grazie"]))


def iban_pt_fr_words(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese or a French caller reads the IBAN in their language, pairs where they come naturally."""
    lang = rng.choice(["pt", "fr"])
    v = an_iban(fake, rng, "PT" if lang == "pt" else "FR")
    text = f"{v[0]} {v[1]}, {pair(int(v[2:4]), lang) if v[2] != '0' else digit_run(v[2:4], lang)}, " \
        f"{iban_body_said(v[4:], lang, rng)}"
    intro = ["o meu IBAN é ", "então, o IBAN: ", "tome nota, "] if lang == "pt" else \
        ["mon IBAN, c'est ", "alors, l'IBAN: ", "oui, "]
    return Said().say(rng.choice(intro)).entity("IBAN_CODE", text, v, lang).say(rng.choice(["", ".", ", voilà"]
                                                                                           if lang == "fr" else
                                                                                           ["", ".", ", obrigado"]))


def iban_slow_down_restart(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"]))
    gs = fours(v)
    k = rng.randint(1, len(gs) - 2)
    u = Said().say(rng.choice(["It's ", "Okay, the IBAN is ", "Sure, "])).entity(
        "IBAN_CODE", rng.choice(["".join(gs[:k]), " ".join(gs[:k])]), "".join(gs[:k])).say(
        rng.choice(["", "...", " -"])).turn()
    u.say(rng.choice(SLOW_DOWN)).turn()
    slow = []
    for g in gs:
        if g.isdigit():
            slow.append(rng.choice([g, digit_run(g, "en", "zero")]))
        else:
            slow.append(" ".join(c if c.isalpha() else WORDS[int(c)] for c in g))
    sep = rng.choice(["... ", ", ", " ... "])
    return u.say(rng.choice(["Sorry. ", "Okay, slowly. ", "Sure. "])).entity("IBAN_CODE", sep.join(slow), v).say(
        rng.choice([".", "", ". Okay?"]))


BICS = {"GB": ["NWBKGB2L", "BARCGB22", "LOYDGB2L"], "IE": ["AIBKIE2D", "BOFIIE2D"], "DE": ["COBADEFFXXX",
                                                                                         "DEUTDEFF"],
        "NL": ["ABNANL2A", "INGBNL2A", "RABONL2U"], "ES": ["CAIXESBBXXX", "BBVAESMM"], "FR": ["BNPAFRPP", "SOGEFRPP"],
        "PT": ["CGDIPTPL", "BCOMPTPL"], "IT": ["UNCRITMM", "BCITITMM"]}


def iban_chat_with_bic(fake: Faker, rng: random.Random) -> Said:
    """Bank details typed in a chat: the IBAN labelled, the BIC beside it not."""
    country = rng.choice(list(BICS))
    v = an_iban(fake, rng, country)
    bic = rng.choice(BICS[country])
    text = rng.choice([v, " ".join(fours(v)), v.lower(), " ".join(fours(v)).lower()])
    style = rng.randrange(3)
    u = Said().say(rng.choice(["Customer: ", "", "me: "]))
    if style == 0:
        u.say("IBAN: ").entity("IBAN_CODE", text, v).say(f"{rng.choice([' BIC: ', chr(10) + 'BIC: ', ' / bic '])}{bic}")
    elif style == 1:
        u.say(f"bic {bic.lower()} iban ").entity("IBAN_CODE", text, v)
    else:
        u.say(rng.choice(["pls refund to ", "account for the refund: ", "my bank details "])).entity(
            "IBAN_CODE", text, v).say(f" ({bic})")
    return u.say(rng.choice(["", " thanks", "\naccount name is mine"]))


def iban_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, rng.choice(["GB", "IE", "DE", "NL"]))
    gs = fours(v)
    k = rng.randint(2, len(gs) - 2)
    back = rng.choice([0, 1])
    u = Said().say(rng.choice(["IBAN is ", "It's ", "Okay, "])).entity("IBAN_CODE", " ".join(gs[:k]),
                                                                       "".join(gs[:k])).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    return u.say(rng.choice(["Sorry. ", "Yeah, ", ""])).entity("IBAN_CODE", " ".join(gs[k - back:]),
                                                              "".join(gs[k - back:])).say(rng.choice([".", ""]))


def iban_irish(fake: Faker, rng: random.Random) -> Said:
    """An Irish IBAN: the bank's letters said one by one ("A I B K"), the digits in groups, or the engine's
    formatted "IE29 AIBK 9311 5212 3456 78"."""
    v = an_iban(fake, rng, "IE")
    if rng.random() < 0.4:
        text = " ".join(fours(v))
    else:
        check = tens(int(v[2:4])) if v[2] != "0" else digit_run(v[2:4], "en", "oh")
        text = f"I E {check}, {' '.join(v[4:8])}, " + ", ".join(
            rng.choice([g, digit_run(g, "en", "oh"), spoken_doubles(g, rng)]) for g in fours(v[8:]))
    u = Said().say(rng.choice(["It's ", "Grand, so the IBAN is ", "Right, IBAN: ", "Yeah, "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice([".", "", ", so it is."]))


def iban_sentence_per_group(fake: Faker, rng: random.Random) -> Said:
    v = an_iban(fake, rng, rng.choice(["GB", "DE", "NL", "IE"]))
    gs = fours(v)
    parts = [g if rng.random() < 0.6 or not g.isdigit() else digit_run(g, "en", "zero") for g in gs]
    parts[0] = rng.choice([parts[0], f"{gs[0][0]} {gs[0][1]} {gs[0][2:]}"])
    return Said().say(rng.choice(["Sure. ", "Okay. It's ", "IBAN. "])).entity(
        "IBAN_CODE", sentence_join(parts, ". "), v).say(rng.choice([".", ""]))


# UK NINOs -----------------------------------------------------------------------------------------------
def nino_digits_said(d: str, rng: random.Random) -> str:
    return rng.choice([" ".join(grp(d, [2, 2, 2])), ", ".join(digit_run(g, "en", "oh") for g in grp(d, [2, 2, 2])),
                       " ".join(tens(int(g)) if g[0] != "0" else digit_run(g, "en", "oh") for g in grp(d, [2, 2, 2])),
                       spoken_doubles(d, rng)])


def nino_suffix_asked(fake: Faker, rng: random.Random) -> Said:
    """The caller stops after the digits; the agent asks for the letter at the end. Both parts labelled."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["It's ", "My NI number is ", "National Insurance, it's ", "Yeah, "]))
    u.entity("UK_NINO", f"{rng.choice([v[:2], ' '.join(v[:2])])} {nino_digits_said(v[2:8], rng)}", v[:8]).say(
        rng.choice([".", "..."])).turn()
    u.say(rng.choice(["And the letter at the end?", "There should be a letter after that as well?",
                      "And the last letter?"])).turn()
    u.say(rng.choice(["Oh, sorry, ", "Yeah, it's ", "", "It's "])).entity("UK_NINO", v[8], v[8]).joint(2, v)
    return u.say(rng.choice([".", ". Sorry.", ", I think."]))


def nino_agent_readback(fake: Faker, rng: random.Random) -> Said:
    """Said by the caller in words, read back by the agent and written by the engine in its typed shape."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["Sure, it's ", "It's ", "Okay. "]))
    u.entity("UK_NINO", f"{' '.join(v[:2])}, {nino_digits_said(v[2:8], rng)}, {v[8]}", v).say(".").turn()
    u.say(rng.choice(["Thank you. So that's ", "Let me just check, ", "Okay, I've got "]))
    u.entity("UK_NINO", rng.choice([v, f"{v[:2]} {' '.join(grp(v[2:8], [2, 2, 2]))} {v[8]}",
                                    f"{v[:2]}{v[2:8]} {v[8]}"]), v)
    u.say(rng.choice(["?", ", is that right?", ". Correct?"])).turn()
    return u.say(rng.choice(["Yes.", "That's it.", "Spot on."]))


def nino_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    k, back = rng.choice([(4, 0), (4, 2), (6, 2), (6, 0), (2, 0)])
    head = f"{' '.join(v[:2])} {' '.join(grp(v[2:k], [2, 2]))}".strip() if k > 2 else " ".join(v[:2])
    tail_digits = v[max(k - back, 2):8]
    tail = f"{' '.join(grp(tail_digits, [2, 2, 2]))} {v[8]}"
    tail_value = tail_digits + v[8]
    u = Said().say(rng.choice(["It's ", "NI number, ", "Okay, "])).entity("UK_NINO", head, v[:k]).say(
        rng.choice([" -", "...", ""])).turn()
    u.say(crosstalk_agent(rng)).turn()
    return u.say(rng.choice(["Sorry. ", "Yeah, ", ""])).entity("UK_NINO", tail, tail_value).say(rng.choice([".", ""]))


def nino_sentence_per_group(fake: Faker, rng: random.Random) -> Said:
    v = a_nino(fake, rng)
    parts = [rng.choice([v[:2], f"{v[0]} {v[1]}"]), *[rng.choice([g, digit_run(g, "en", "oh")])
                                                      for g in grp(v[2:8], [2, 2, 2])], v[8]]
    return Said().say(rng.choice(["Okay. ", "Yeah. It's ", "Right. "])).entity(
        "UK_NINO", sentence_join(parts, ". "), v).say(".")


def nino_payslip_lookup(fake: Faker, rng: random.Random) -> Said:
    """Read off a payslip found mid-call, "and then" before the letter."""
    v = a_nino(fake, rng)
    u = Said().say(rng.choice(["It's on my payslip somewhere... here. ", "Hang on, I've got a P60 here. Right. ",
                               "Let me find it. Okay, "]))
    text = f"{' '.join(v[:2])}, {nino_digits_said(v[2:8], rng)}{rng.choice([', and then ', ' and ', ', '])}{v[8]}"
    return u.entity("UK_NINO", text, v).say(rng.choice([".", "", ". That's it."]))


# DNIs and NIEs ------------------------------------------------------------------------------------------
def dni_digits_said(d: str, rng: random.Random) -> str:
    return rng.choice([d, digit_run(d, "es"), ", ".join(pairs_said(d[i:i + 2], "es") for i in range(0, 8, 2)),
                       f"{d[:2]}.{d[2:5]}.{d[5:]}", f"{pair(int(d[:2]), 'es')}, {es_hundreds(int(d[2:5]))}, "
                                                    f"{es_hundreds(int(d[5:]))}" if "0" not in (d[0], d[2], d[5])
                       else digit_run(d, "es")])


def dni_letter_asked(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the eight digits; the agent asks "¿y la letra?"; the letter said alone, by its Spanish name
    or as the letter."""
    v = a_nif(fake)
    u = Said().say(rng.choice(["mi DNI es ", "el DNI: ", "sí, es el "])).entity("ES_NIF", dni_digits_said(v[:8], rng),
                                                                              v[:8], "es").say(".").turn()
    u.say(rng.choice(["¿Y la letra?", "Vale. ¿Y la letra del final?", "¿Me dice la letra?"])).turn()
    letter = rng.choice([ES_LETTERS[v[8]], v[8]]) if len(ES_LETTERS[v[8]]) > 1 else v[8]
    u.say(rng.choice(["La ", "", "Es la ", "Ah, la "])).entity("ES_NIF", letter, v[8], "es").joint(2, v)
    return u.say(rng.choice([".", ", perdón.", "."]))


def dni_english_call(fake: Faker, rng: random.Random) -> Said:
    """A Spanish resident on an English line: the digits in English or Spanish, the letter by its Spanish name."""
    v = a_nif(fake)
    while len(ES_LETTERS[v[8]]) < 2:
        v = a_nif(fake)
    digits = rng.choice([v[:8], digit_run(v[:8], "en", "zero"), digit_run(v[:8], "es"),
                         " ".join(pairs_said(v[i:i + 2]) for i in range(0, 8, 2))])
    u = Said().say(rng.choice(["My DNI, the Spanish ID, is ", "It's a Spanish DNI: ", "The ID number is "]))
    return u.entity("ES_NIF", f"{digits}, {ES_LETTERS[v[8]]}", v, "es").say(
        rng.choice(["", ".", ", that's the letter " + v[8] + "."]))


def dni_crosstalk_overlap(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    k, back = rng.choice([(2, 0), (5, 0), (5, 2), (4, 2)])
    head = digit_run(v[:k], "es") if rng.random() < 0.6 else v[:k]
    tail = f"{digit_run(v[k - back:8], 'es')}, {v[8]}"
    u = Said().say(rng.choice(["mi DNI es ", "es el ", "vale, "])).entity("ES_NIF", head, v[:k], "es").say(
        rng.choice([" -", "...", ""])).turn()
    u.say(rng.choice(["[crosstalk] Perdone, siga.", "Perdón, le he interrumpido. Siga.", "Sí, sí, dígame."])).turn()
    return u.say(rng.choice(["Vale, ", "", "Sí, "])).entity("ES_NIF", tail, v[k - back:], "es").say(
        rng.choice([".", ""]))


NIE_FIRST = {"X": "equis", "Y": "i griega", "Z": "zeta"}


def nie_letter_names(fake: Faker, rng: random.Random) -> Said:
    """The NIE's letters by their Spanish names ("equis ... ele"), the digits in Spanish."""
    v = a_nie(fake)
    first = rng.choice([NIE_FIRST[v[0]], v[0]])
    last = ES_LETTERS[v[8]] if len(ES_LETTERS[v[8]]) > 1 else v[8]
    digits = rng.choice([digit_run(v[1:8], "es"), f"{digit_run(v[1], 'es')}, "
                         + ", ".join(pairs_said(v[i:i + 2], "es") for i in range(2, 8, 2)), v[1:8]])
    u = Said().say(rng.choice(["mi NIE es ", "el NIE: ", "sí, ", "el número de extranjero es "]))
    return u.entity("ES_NIE", f"{first}, {digits}, {last}", v, "es").say(rng.choice(["", ".", ", gracias"]))


def nie_letter_asked(fake: Faker, rng: random.Random) -> Said:
    """The agent asks which letter it starts with, then for the rest: both parts labelled."""
    v = a_nie(fake)
    u = Said().say(rng.choice(["¿Su NIE empieza por X, por Y o por Z?", "¿Con qué letra empieza el NIE?"])).turn()
    u.say(rng.choice(["Por la ", "Con ", "", "La "])).entity("ES_NIE", rng.choice([v[0], NIE_FIRST[v[0]]]), v[0], "es")
    u.say(".").turn().say(rng.choice(["¿Y después?", "Vale, ¿y el resto?", "Dígame el resto."])).turn()
    last = rng.choice([v[8], ES_LETTERS[v[8]]]) if len(ES_LETTERS[v[8]]) > 1 else v[8]
    u.entity("ES_NIE", f"{rng.choice([digit_run(v[1:8], 'es'), v[1:8]])}, {last}", v[1:], "es").joint(2, v)
    return u.say(rng.choice([".", ", gracias."]))


def nie_chat_typed(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    text = rng.choice([v, v.lower(), f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0]} {v[1:8]} {v[8]}", f"{v[0].lower()}{v[1:]}"])
    u = Said().say(rng.choice(["Cliente: ", "", "Usuario: "]))
    u.say(rng.choice(["mi nie es ", "NIE ", "nie: ", "es el "]))
    return u.entity("ES_NIE", text, v, "es").say(rng.choice(["", " gracias", " 👍", "\n¿necesitan algo más?"]))


# Look-alikes --------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    good = luhn_fix(fake.numerify(rng.choice(["4", "5", "6", "3"]) + "#" * (length - 2)))
    bad = good[:-1] + str((int(good[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def not_card(d: str) -> str:
    """`d`, its last digit moved if it passed Luhn."""
    return d if not luhn_ok(d) else d[:-1] + str((int(d[-1]) + 1) % 10)


def not_phone(d: str) -> str:
    """Ten digits that are no valid North American number (the area code's first digit made a 1 if they were)."""
    return d if not phone_ok("1" + d) else "1" + d[1:]


def _order_numbers_said(fake: Faker, rng: random.Random) -> list[str]:
    """Sixteen-digit order numbers (failing Luhn) said as cards are in this batch, read back by the agent."""
    n = luhn_bad(fake, rng)
    what = rng.choice(["order number", "reference", "booking number", "ticket number", "confirmation number"])
    style = rng.choice(["numerals", "words", "half", "pairs"])
    said_ = render_groups(fours(n), rng, style)
    text = sentence_join(said_, ". ") if rng.random() < 0.3 else rng.choice([", ", " ", "... "]).join(said_)
    return [f"{rng.choice(['Yeah, the ', 'Okay, my ', 'So the '])}{what} is {text}.",
            f"Let me read that back: {' '.join(fours(n))}. {rng.choice(['Right?', 'Is that right?', 'Okay.'])}",
            rng.choice(["Yep, that's the one.", "Correct.", "That's it."])]


def _amounts_balances(fake: Faker, rng: random.Random) -> list[str]:
    a, c = rng.randint(1000, 9999), rng.randint(10, 99)
    return [rng.choice([
        f"Your balance today is ${a:,}.{c}, and the minimum payment is ${rng.randint(25, 99)}.",
        f"So that's {WORDS[a // 1000]} thousand{f' {WORDS[a // 100 % 10]} hundred' if a // 100 % 10 else ''} and "
        f"{tens(a % 100)} dollars, {tens(c)} cents.",
        f"There's £{a:,}.{c} outstanding, and {rng.randint(2, 11)} payments of £{rng.randint(40, 250)}.{c} after that.",
        f"Son {a} euros con {c}, y le quedan {rng.randint(2, 11)} cuotas.",
        f"Das macht {a:,}".replace(",", ".") + f",{c} Euro, fällig am {rng.randint(1, 28)}.{rng.randint(1, 12)}.",
        f"Rs. {rng.randint(10, 99)},{rng.randint(100, 999)} only has been debited from your account.",
        f"AUD {a:,}.00 was debited on the {nth(rng.randint(1, 28))}, mate, and another {rng.randint(100, 999)} on the "
        f"{nth(rng.randint(1, 28))}.",
        f"ça fait {a} euros et {c} centimes, en {rng.randint(2, 10)} fois."])]


def nth(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 < 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def _dates_appointments(fake: Faker, rng: random.Random) -> list[str]:
    month, yy = month_year(rng)
    day = rng.randint(1, 28)
    return [rng.choice([
        f"The engineer's booked for the {nth(day)} between {rng.randint(7, 9)} and {rng.randint(11, 13)}.",
        f"Your next bill date is {month:02d}/{day:02d}, and the contract ends in {MONTHS[month - 1]} 20{yy}.",
        f"Can you do half {rng.choice(['two', 'three', 'four'])} on Thursday the {nth(day)}?",
        f"We received it on {day:02d}/{month:02d}/2026 at {rng.randint(10, 23)}:{rng.randint(10, 59)}.",
        f"it was delivered {MONTHS[month - 1].lower()} {day} around {digit_run(str(rng.randint(1, 12)))} "
        f"{tens(rng.randint(10, 59))}",
        f"The renewal is on the {nth(day)} of {MONTHS[month - 1]}, twenty {tens(yy)}.",
        f"I moved in {rng.randint(1995, 2024)} and the lease runs to {month:02d}/{yy}."])]


def _masked_last_four(fake: Faker, rng: random.Random) -> list[str]:
    last = fake.numerify("####")
    return [rng.choice([
        f"Is that the card ending in {digit_run(last)}?",
        f"I see a Visa ending {last} and a Mastercard ending {fake.numerify('####')} on the account.",
        f"Card on file: XXXX-XXXX-XXXX-{last}, exp **/**.",
        f"Customer: the one ending {last} please",
        f"SSN on file: ***-**-{last}. Caller passed security.",
        f"The refund goes to the account ending {last}, the IBAN ending in {digit_run(fake.numerify('##'))} "
        f"{digit_run(fake.numerify('##'))}.",
        f"Phone number ending {digit_run(last)}, is that still yours?"])]


def _invalid_checksums(fake: Faker, rng: random.Random) -> list[str]:
    bad_card = luhn_bad(fake, rng)
    bad_ssn = rng.choice(["000", "666", f"9{fake.numerify('##')}"]) + fake.numerify("######")
    assert not ssn_ok(bad_ssn)
    iban = an_iban(fake, rng, rng.choice(["GB", "DE", "ES", "IE"]))
    k = rng.choice([i for i in range(4, len(iban)) if iban[i].isdigit()])
    bad_iban = iban[:k] + str((int(iban[k]) + rng.randint(1, 9)) % 10) + iban[k + 1:]
    assert not iban_ok(bad_iban)
    nif = a_nif(fake)
    bad_nif = nif[:8] + rng.choice([c for c in DNI_LETTERS if c != nif[8]])
    assert not nif_ok(bad_nif)
    return [rng.choice([
        f"The gift card number, {', '.join(fours(bad_card))}, says it's invalid on the website.",
        f"It keeps saying invalid: {digit_run(bad_card[:8])}, {digit_run(bad_card[8:])}. I must have it wrong.",
        f"the form rejected {bad_ssn[:3]}-{bad_ssn[3:5]}-{bad_ssn[5:]} as an example number",
        f"The letter shows {' '.join(fours(bad_iban))} but the bank says that IBAN doesn't exist.",
        f"puse {bad_nif} y me dice que la letra no es correcta"])]


def _invalid_phones(fake: Faker, rng: random.Random) -> list[str]:
    for _ in range(300):
        region, pattern = rng.choice([("US", "1##%######"), ("US", "0##%######"), ("GB", "79#######"),
                                      ("ES", "5########"), ("DE", "10#######"), ("AU", "49#####")])
        n = fake.numerify(pattern)
        code = phonenumbers.country_code_for_region(region)
        if not phone_ok(f"{code}{n}"):
            break
    else:
        raise AssertionError("no invalid number")
    return [rng.choice([
        f"The meter serial is {digit_run(n)}.",
        f"Claim reference {n[:3]} {n[3:6]} {n[6:]}, for the {rng.choice(['water damage', 'boiler'])}.",
        f"Um, the model number's {n}, on the sticker.",
        f"That's the case ID, {' '.join(grp(n, [3, 3, 4]))}, not my phone.",
        f"meter reading {n[:5]} point {n[5:]}"])]


def _account_references(fake: Faker, rng: random.Random) -> list[str]:
    while ssn_ok(nine := rng.choice(["9", "0"]) + fake.numerify("########")):
        pass
    return [rng.choice([
        f"My customer number is CUS {fake.numerify('####')} {fake.numerify('####')}.",
        f"Policy number PL-{fake.numerify('####')}-{fake.numerify('####')}, home insurance.",
        f"Membership number {digit_run(nine[:4])}, {digit_run(nine[4:])}.",
        f"the account reference on the bill is {fake.bothify('??######').upper()}",
        f"Your case number is {fake.numerify('########')} and your PIN was reset.",
        f"Er, the MPAN on the bill is {' '.join(grp(not_card(fake.numerify('#' * 14)), [2, 3, 3, 3, 3]))}... is "
        "that what you need?",
        f"Loyalty card {fake.numerify('####')} {fake.numerify('####')} {fake.numerify('##')}, I'd like to use my "
        "points."])]


def _tracking_parcels(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"Royal Mail tracking is {fake.bothify('??').upper()} {fake.numerify('#### #### #')}GB.",
        f"UPS says 1Z {fake.bothify('###??#').upper()} {fake.numerify('## #### ###')}{fake.numerify('#')}.",
        f"The DHL waybill, {digit_run(not_phone(fake.numerify('##########')))}, shows it in Leipzig.",
        f"USPS tracking {fake.numerify('9400 #### #### #### #### ##')}",
        f"Amazon says TBA{fake.numerify('############')}, out for delivery.",
        f"el número de seguimiento es {fake.bothify('??#########ES').upper()}",
        f"PostNL: 3S{fake.bothify('????#######').upper()}"])]


def _at_dot_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        "I'm at work till five, and dot on five I'm out the door.",
        "Look at the little red dot at the top of the app, the one at the right.",
        "I'll be at my mum's, at the back, you know, dot dot dot.",
        "she's at the office, at her desk, full stop",
        "llego a las cinco en punto, estoy en el punto de recogida",
        "um Punkt acht bin ich da, ich bin bei der Arbeit",
        "à huit heures pile, point final, je suis au bureau",
        "alle otto in punto sono a casa, punto e basta",
        "om acht uur precies, punt uit, ik ben op kantoor",
        "às oito em ponto, no ponto de ônibus"])]


def _crosstalk_nonvalues(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng)
    k = rng.choice([8, 12])
    return [f"The order number is {' '.join(fours(n[:k]))} -", crosstalk_agent(rng),
            f"{rng.choice(['Yeah, ', 'Sorry, '])}{' '.join(fours(n[k - 4:]))}. It was {rng.randint(20, 90)} quid."]


def _restart_nonvalues(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng, rng.choice([12, 16]))
    return [f"The tracking number is {n[:8]}...", rng.choice(SLOW_DOWN),
            f"Sorry. {sentence_join(render_groups(fours(n), rng, rng.choice(['words', 'numerals'])), '. ')}."]


def _spanish_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"el pedido es el {fake.numerify('########')}, de {rng.randint(20, 300)} euros",
        f"son {pair(rng.randint(20, 99), 'es')} euros con {pair(rng.randint(10, 99), 'es')}",
        f"vivo en la calle Mayor {rng.randint(1, 120)}, código postal {fake.numerify('280##')}, piso "
        f"{rng.randint(1, 9)}",
        f"la cita es el {rng.randint(1, 28)} de junio a las {rng.randint(9, 19)}",
        f"la referencia del recibo es {fake.numerify('#### #### ####')}",
        f"tengo {rng.randint(30, 80)} años y llevo {rng.randint(2, 20)} con ustedes",
        f"llámeme a partir de las {pair(rng.randint(2, 9), 'es')}, por favor"])]


def _european_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"Die Rechnungsnummer ist {fake.numerify('########')}, vom {rng.randint(1, 28)}.{rng.randint(1, 12)}.2026.",
        f"Postleitzahl {fake.numerify('#####')}, Hausnummer {rng.randint(1, 99)}",
        f"le rendez-vous est le {rng.randint(1, 28)} à {rng.randint(8, 18)}h{rng.randint(10, 59)}",
        f"la facture fait {rng.randint(100, 999)} euros, numéro {fake.numerify('FA-######')}",
        f"l'ordine numero {fake.numerify('########')} è arrivato il {rng.randint(1, 28)} maggio",
        f"de postcode is {fake.numerify('####')} {fake.bothify('??').upper()}, huisnummer {rng.randint(1, 200)}",
        f"a encomenda {fake.numerify('########')} custou {rng.randint(10, 99)} euros e {rng.randint(10, 99)} "
        "cêntimos"])]


def _id_lookalikes(fake: Faker, rng: random.Random) -> list[str]:
    while nino_ok(bad := rng.choice(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "OA"]) + fake.numerify("######")
                  + rng.choice("ABCD")):
        pass
    nie = a_nie(fake)
    bad_nie = nie[:8] + rng.choice([c for c in DNI_LETTERS if c != nie[8]])
    assert not nie_ok(bad_nie)
    return [rng.choice([
        f"the example on the form says {bad[:2]} {' '.join(grp(bad[2:8], [2, 2, 2]))} {bad[8]}",
        f"my reg is {fake.bothify('??').upper()}{rng.randint(10, 74)} {fake.bothify('???').upper()}",
        f"postcode {fake['en_GB'].postcode()}",
        f"our VAT number is GB {fake.numerify('### #### ##')}",
        f"el NIE que me dieron, {bad_nie}, no es válido",
        f"el CIF de la empresa es {rng.choice('ABCDEFGHJ')}{fake.numerify('########')}",
        f"the Eircode is {fake.bothify('?##').upper()} {fake.bothify('?#?#').upper()}"])]


def _voicemail_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [f"{rng.choice(['Voicemail: ', '(voicemail transcription) ', ''])}Hi, it's "
            f"{fake['en_GB'].first_name()}, {rng.choice(['about order ', 're the invoice ', 'about ticket '])}"
            f"{fake.numerify('#######')}. "
            + rng.choice([f"It was {rng.randint(20, 900)} pounds {rng.randint(10, 99)}. ",
                          f"I'm free after {digit_run(str(rng.randint(2, 6)))} thirty. ",
                          f"It came on the {nth(rng.randint(1, 28))} and there were {rng.randint(2, 12)} boxes. "])
            + rng.choice(["Call me back on the number you have. Thanks.", "You've got my number. Cheers, bye.",
                          "Ring me at the usual number. Bye."])]


FAMILIES = {
    "card/v12-slow-down-restart": card_slow_down_restart, "card/v12-pair-numerals": card_pair_numerals,
    "card/v12-half-formatted": card_half_formatted, "card/v12-two-cards-ending": card_two_cards_ending,
    "card/v12-expiry-everyday": card_expiry_everyday, "card/v12-cvv-flip": card_cvv_flip,
    "card/v12-sentence-per-group": card_sentence_per_group, "card/v12-spanish-pairs": card_spanish_pairs,
    "card/v12-dutch-pairs": card_dutch_pairs, "card/v12-chat-one-line": card_chat_one_line,
    "card/v12-one-breath": card_one_breath, "card/v12-crosstalk-overlap": card_crosstalk_overlap,
    "card/v12-portugal-pairs": card_portugal_pairs,
    "ssn/v12-readback-numerals": ssn_readback_numerals, "ssn/v12-numeral-spacing": ssn_numeral_spacing,
    "ssn/v12-spanish-codeswitch": ssn_spanish_codeswitch, "ssn/v12-crosstalk-overlap": ssn_crosstalk_overlap,
    "ssn/v12-from-memory": ssn_from_memory, "ssn/v12-chat-typed": ssn_chat_typed, "ssn/v12-speech-ivr": ssn_speech_ivr,
    "ssn/v12-spouse": ssn_spouse,
    "email/v12-deepgram-raw": email_deepgram_raw, "email/v12-sentence-punctuation": email_sentence_punctuation,
    "email/v12-letter-or-digit": email_letter_or_digit, "email/v12-regional-isps": email_regional_isps,
    "email/v12-underline-minus": email_underline_minus, "email/v12-mailto-links": email_mailto_links,
    "email/v12-voicemail": email_voicemail, "email/v12-european-isps": email_european_isps,
    "email/v12-crosstalk-overlap": email_crosstalk_overlap, "email/v12-numbers-formatted": email_numbers_formatted,
    "email/v12-correction": email_correction,
    "phone/v12-voicemail-callback": phone_voicemail_callback, "phone/v12-uk-engine-formats": phone_uk_engine_formats,
    "phone/v12-irish-mobile": phone_irish_mobile, "phone/v12-australian": phone_australian,
    "phone/v12-indian-english": phone_indian_english, "phone/v12-german-zwo": phone_german_zwo,
    "phone/v12-portugal": phone_portugal, "phone/v12-let-me-check": phone_let_me_check,
    "phone/v12-asked-in-parts": phone_asked_in_parts, "phone/v12-crosstalk-overlap": phone_crosstalk_overlap,
    "phone/v12-sentence-per-group": phone_sentence_per_group, "phone/v12-spain-hundreds": phone_spain_hundreds,
    "phone/v12-dutch-pairs": phone_dutch_pairs,
    "iban/v12-spanish-letter-names": iban_spanish_letter_names, "iban/v12-german-pairs": iban_german_pairs,
    "iban/v12-italian-words": iban_italian_words, "iban/v12-pt-fr-words": iban_pt_fr_words,
    "iban/v12-slow-down-restart": iban_slow_down_restart, "iban/v12-chat-with-bic": iban_chat_with_bic,
    "iban/v12-crosstalk-overlap": iban_crosstalk_overlap, "iban/v12-irish": iban_irish,
    "iban/v12-sentence-per-group": iban_sentence_per_group,
    "nino/v12-suffix-asked": nino_suffix_asked, "nino/v12-agent-readback": nino_agent_readback,
    "nino/v12-crosstalk-overlap": nino_crosstalk_overlap, "nino/v12-sentence-per-group": nino_sentence_per_group,
    "nino/v12-payslip-lookup": nino_payslip_lookup,
    "dni/v12-letter-asked": dni_letter_asked, "dni/v12-english-call": dni_english_call,
    "dni/v12-crosstalk-overlap": dni_crosstalk_overlap,
    "nie/v12-letter-names": nie_letter_names, "nie/v12-letter-asked": nie_letter_asked,
    "nie/v12-chat-typed": nie_chat_typed,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v12-pair-numerals", "card/v12-chat-one-line", "ssn/v12-numeral-spacing", "ssn/v12-chat-typed",
         "email/v12-sentence-punctuation", "email/v12-mailto-links", "phone/v12-uk-engine-formats",
         "iban/v12-chat-with-bic", "nie/v12-chat-typed"]
SPOKEN = ["card/v12-spanish-pairs", "card/v12-dutch-pairs", "card/v12-portugal-pairs", "ssn/v12-spanish-codeswitch",
          "email/v12-deepgram-raw", "email/v12-letter-or-digit", "email/v12-regional-isps", "email/v12-underline-minus",
          "email/v12-european-isps", "email/v12-crosstalk-overlap", "email/v12-correction", "phone/v12-german-zwo",
          "phone/v12-portugal", "phone/v12-spain-hundreds", "phone/v12-dutch-pairs", "iban/v12-spanish-letter-names",
          "iban/v12-german-pairs", "iban/v12-italian-words", "iban/v12-pt-fr-words", "nie/v12-letter-names"]

NEGATIVE_FAMILIES = {
    "negative/v12-order-numbers-said": _order_numbers_said, "negative/v12-amounts-balances": _amounts_balances,
    "negative/v12-dates-appointments": _dates_appointments, "negative/v12-masked-last-four": _masked_last_four,
    "negative/v12-invalid-checksums": _invalid_checksums, "negative/v12-invalid-phones": _invalid_phones,
    "negative/v12-account-references": _account_references, "negative/v12-tracking-parcels": _tracking_parcels,
    "negative/v12-at-dot-talk": _at_dot_talk, "negative/v12-crosstalk-non-values": _crosstalk_nonvalues,
    "negative/v12-restart-non-values": _restart_nonvalues, "negative/v12-spanish-talk": _spanish_talk,
    "negative/v12-european-talk": _european_talk, "negative/v12-id-lookalikes": _id_lookalikes,
    "negative/v12-voicemail-talk": _voicemail_talk,
}
# The look-alikes' form, as the markup batch gives its: what they are written as, not a default.
NEGATIVE_TYPED = ["negative/v12-masked-last-four", "negative/v12-tracking-parcels", "negative/v12-id-lookalikes",
                  "negative/v12-european-talk", "negative/v12-spanish-talk", "negative/v12-account-references"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

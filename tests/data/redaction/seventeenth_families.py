"""The seventeenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. Weighted, as the batches before it, to everyday
contact-centre calls, chats and what speech engines write of them, in English and eleven other languages (German,
Dutch, Spanish, French, Italian, Portuguese, Polish, Swedish, Danish, Finnish and Basque).

Labelling follows the fourteenth's, and the fifteenth's for dates of birth and US account numbers (labelled wherever
they are said): a label covers what is said of the value, with fillers, joiners, hesitations and a correction or a
restart inside the run, named (`drop=`) for the reading; naming words outside; one label per segment piece (a value
given in parts is labelled part by part, and read back whole with `Said.joint` where its parts follow each other);
another speaker's reading of a value (the agent's read-back, someone in the room) labelled as the caller's is; a
card's last four said alone, a masked value, a card's "valid from" date, a cheque number and an extension are not. A
card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY. Every value is valid where a
validator exists (Luhn, mod-97 and each country's IBAN length, SSN ranges, NIF and NIE letters, NINO prefixes,
`phonenumbers`, the NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked
here as it is drawn. Each label is checked as it is made (`Said.verify`): its characters are exactly the text the
family meant, with no space or punctuation at its ends; where a family gives the value, the label, read by this
module's own `reads` in its language (digit words, pairs, hundreds, one-word compounds, years, months, ordinals,
letters' names, spelling alphabets and their joiners, "double" and its kin, cardinal numbers with thousands and
millions), gives back that value, and an address's label, read by `email_reads`, gives back the address.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v17-"."""

import random
import re
import unicodedata
from datetime import date, timedelta
from itertools import pairwise

import phonenumbers
from blind_batch import BlindBatch
from faker import Faker
from speech import TEENS, TENS, WORDS, Utterance

# Validators ----------------------------------------------------------------------------------------------------


def luhn_ok(d: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return d.isdigit() and total % 10 == 0


def luhn_fixed(head: str) -> str:
    """`head` with the check digit that makes it pass Luhn."""
    return next(head + c for c in "0123456789" if luhn_ok(head + c))


IBAN_LENGTHS = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "BE": 16, "ES": 24, "FR": 27, "IT": 27, "PT": 25, "PL": 28,
                "GB": 22, "IE": 22, "DK": 18, "FI": 18, "NO": 15, "SE": 24}


def iban_ok(v: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", v) or IBAN_LENGTHS.get(v[:2]) != len(v):
        return False
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def iban_with(country: str, bban: str) -> str:
    """The IBAN of `bban` in `country`, its check digits computed."""
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return f"{country}{check:02d}{bban}"


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_ok(v: str) -> bool:
    return bool(re.fullmatch(r"\d{8}[A-Z]", v)) and DNI_LETTERS[int(v[:8]) % 23] == v[8]


def nie_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[XYZ]\d{7}[A-Z]", v)) and DNI_LETTERS[int(str("XYZ".index(v[0])) + v[1:8]) % 23] == v[8]


NINO_BAD_PREFIXES = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def nino_ok(v: str) -> bool:
    return (bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v)) and v[0] not in "DFIQUV" and v[1] not in "DFIQUVO"
            and v[:2] not in NINO_BAD_PREFIXES)


def phone_ok(number: str, region: str | None = None) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number, region))
    except phonenumbers.NumberParseException:
        return False


def nir_ok(v: str) -> bool:
    return len(v) == 15 and v.isdigit() and 97 - int(v[:13]) % 97 == int(v[13:])


CF_ODD = {**{str(i): v for i, v in enumerate([1, 0, 5, 7, 9, 13, 15, 17, 19, 21])},
          **dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                                                     14, 16, 10, 22, 25, 24, 23], strict=True))}


def cf_check(first15: str) -> str:
    total = 0
    for i, c in enumerate(first15):
        if i % 2 == 0:
            total += CF_ODD[c]
        else:
            total += int(c) if c.isdigit() else ord(c) - ord("A")
    return chr(ord("A") + total % 26)


def cf_ok(v: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]", v)) \
        and cf_check(v[:15]) == v[15]


def bsn_ok(v: str) -> bool:
    if not (len(v) == 9 and v.isdigit()):
        return False
    return (sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1), strict=True)) - int(v[8])) % 11 == 0


def aba_ok(v: str) -> bool:
    return len(v) == 9 and v.isdigit() and sum(int(c) * w for c, w in zip(v, [3, 7, 1] * 3, strict=True)) % 10 == 0


CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN_CODE": iban_ok, "US_SSN": ssn_ok, "ES_NIF": nif_ok, "ES_NIE": nie_ok,
          "UK_NINO": nino_ok, "FR_NIR": nir_ok, "IT_FISCAL_CODE": cf_ok, "NL_BSN": bsn_ok, "ABA_ROUTING_NUMBER": aba_ok}


def valid(type_: str, value: str) -> str:
    assert CHECKS[type_](value), (type_, value)
    return value


# Numbers in this batch's languages --------------------------------------------------------------------------------
DIGITS = {
    "en": WORDS,
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "nl": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "it": ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "pl": ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"],
    "sv": ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"],
    "da": ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"],
    "fi": ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"],
    "eu": ["zero", "bat", "bi", "hiru", "lau", "bost", "sei", "zazpi", "zortzi", "bederatzi"],
}
TEENS_OF = {
    "en": TEENS,
    "de": ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"],
    "nl": ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien",
           "negentien"],
    "es": ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"],
    "fr": ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"],
    "it": ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
           "diciannove"],
    "pt": ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezesseis", "dezessete", "dezoito", "dezenove"],
    "pl": ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
           "siedemnaście", "osiemnaście", "dziewiętnaście"],
    "sv": ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"],
}
TENS_OF = {
    "en": TENS,
    "de": ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"],
    "nl": ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"],
    "es": ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"],
    "fr": ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante-dix", "quatre-vingt",
           "quatre-vingt-dix"],
    "it": ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"],
    "pt": ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"],
    "pl": ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
           "osiemdziesiąt", "dziewięćdziesiąt"],
    "sv": ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"],
}
ES_TWENTIES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
               "veintisiete", "veintiocho", "veintinueve"]
ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
               "ochocientos", "novecientos"]
PT_HUNDREDS = ["", "cento", "duzentos", "trezentos", "quatrocentos", "quinhentos", "seiscentos", "setecentos",
               "oitocentos", "novecentos"]


def num(n: int, lang: str = "en") -> str:
    """0..99 as a number in `lang` ("forty-one", "einundvierzig", "tweeënveertig", "quarante et un")."""
    if n < 10:
        return DIGITS[lang][n]
    if n < 20:
        return TEENS_OF[lang][n - 10]
    t, u = divmod(n, 10)
    tens = TENS_OF[lang][t]
    if u == 0:
        return "quatre-vingts" if lang == "fr" and t == 8 else tens
    unit = DIGITS[lang][u]
    if lang == "en":
        return f"{tens}-{unit}"
    if lang == "de":
        return f"{'ein' if u == 1 else unit}und{tens}"
    if lang == "nl":
        return f"{unit}{'ën' if unit.endswith('e') else 'en'}{tens}"
    if lang == "es":
        return ES_TWENTIES[u] if t == 2 else f"{tens} y {unit}"
    if lang == "pt":
        return f"{tens} e {unit}"
    if lang == "it":
        return f"{tens[:-1]}{unit}" if u in (1, 8) else f"{tens}{'tré' if u == 3 else unit}"
    if lang == "sv":
        return f"{tens}{unit}"
    if lang == "pl":
        return f"{tens} {unit}"
    if lang == "fr":
        if t in (7, 9):
            head = TENS_OF["fr"][t - 1]
            return f"{head} et onze" if n == 71 else f"{head}-{TEENS_OF['fr'][u]}"
        return f"{tens} et un" if u == 1 and t != 8 else f"{tens}-{unit}"
    raise AssertionError(lang)


def num_be(n: int) -> str:
    """0..99 as a Belgian says it ("septante-deux", "nonante et un")."""
    t, u = divmod(n, 10)
    if t in (7, 9):
        head = {7: "septante", 9: "nonante"}[t]
        return head if u == 0 else f"{head} et un" if u == 1 else f"{head}-{DIGITS['fr'][u]}"
    return num(n, "fr")


def hundreds(n: int, lang: str) -> str:
    """100..999 as one number ("seiscientos doce", "quatrocentos e doze", "cent vingt", "trzysta czterdzieści")."""
    h, r = divmod(n, 100)
    if lang == "en":
        return f"{WORDS[h]} hundred" + (f" and {num(r)}" if r else "")
    if lang == "es":
        return ("cien" if r == 0 and h == 1 else ES_HUNDREDS[h]) + (f" {num(r, 'es')}" if r else "")
    if lang == "pt":
        return ("cem" if r == 0 and h == 1 else PT_HUNDREDS[h]) + (f" e {num(r, 'pt')}" if r else "")
    if lang == "fr":
        head = "cent" if h == 1 else f"{DIGITS['fr'][h]} cent{'s' if r == 0 else ''}"
        return head + (f" {num(r, 'fr')}" if r else "")
    if lang == "sv":
        return f"{'ett' if h == 1 else DIGITS['sv'][h]}hundra" + (num(r, "sv") if r else "")
    raise AssertionError(lang)


def run(digits: str, lang: str = "en", zero: str | None = None, rng: random.Random | None = None) -> str:
    """Digit by digit in `lang`; English zero as `zero` ("oh", "o", "nought"), German two now and then "zwo", a
    Brazilian six now and then "meia" (with `rng`)."""
    table = DIGITS[{"eno": "en", "ptbr": "pt", "frbe": "fr", "es+en": "es"}.get(lang, lang)]
    out = []
    for c in digits:
        w = table[int(c)]
        if c == "0" and zero:
            w = zero
        if rng is not None and lang == "de" and c == "2" and rng.random() < 0.6:
            w = "zwo"
        if rng is not None and lang == "ptbr" and c == "6" and rng.random() < 0.7:
            w = "meia"
        out.append(w)
    return " ".join(out)


def pairs(digits: str, lang: str = "en", zero: str = "oh", sep: str = " ") -> str:
    """Two at a time as numbers, a pair from a zero (or a digit left over) digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(run(p, lang, zero if lang == "en" else None))
        else:
            out.append(num_be(int(p)) if lang == "frbe" else num(int(p), lang))
    return sep.join(out)


def en_doubles(digits: str, rng: random.Random, zero: str = "oh") -> str:
    """English digit words with "double" and "triple" for runs, the way people read numbers out."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        same = len(digits[i:]) - len(digits[i:].lstrip(d))
        word = zero if d == "0" else WORDS[int(d)]
        if same >= 3 and rng.random() < 0.6:
            out.append(f"triple {word}")
            i += 3
        elif same >= 2 and rng.random() < 0.7:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def es_cardinal(n: int) -> str:
    """A whole number in Spanish words, up to the hundreds of millions ("cincuenta y tres millones ...")."""
    def below_thousand(k: int, apocope: bool) -> str:
        h, r = divmod(k, 100)
        parts = []
        if h:
            parts.append("cien" if h == 1 and r == 0 else ES_HUNDREDS[h])
        if r:
            w = num(r, "es")
            if apocope and r % 10 == 1 and r != 11:
                w = "un" if r == 1 else "veintiún" if r == 21 else w[:-1]
            parts.append(w)
        return " ".join(parts)

    millions, rest = divmod(n, 1_000_000)
    thousands, units = divmod(rest, 1000)
    out = []
    if millions:
        out.append("un millón" if millions == 1 else f"{below_thousand(millions, True)} millones")
    if thousands:
        out.append("mil" if thousands == 1 else f"{below_thousand(thousands, True)} mil")
    if units:
        out.append(below_thousand(units, False))
    return " ".join(out)


def year_words(year: int, lang: str) -> str:
    """A year of birth as said in `lang`."""
    c, y = divmod(year, 100)
    if lang == "en":
        if year >= 2000:
            return "two thousand" + (f" and {num(y)}" if 0 < y < 10 else f" {num(y)}" if y else "")
        return f"{num(c)} {num(y) if y >= 10 else 'oh ' + WORDS[y] if y else 'hundred'}"
    if lang == "es":
        return es_cardinal(year)
    if lang == "de":
        if year >= 2000:
            return "zweitausend" + (num(y, "de") if y else "")
        return f"{num(c, 'de')}hundert{num(y, 'de') if y else ''}"
    if lang == "it":
        if year >= 2000:
            return "duemila" + (num(y, "it") if y else "")
        tail = num(y, "it") if y else ""
        return ("millenovecent" if tail.startswith("o") else "millenovecento") + tail  # "millenovecentottanta"
    if lang == "nl":
        return f"{num(c, 'nl')}{num(y, 'nl')}" if year < 2000 else "tweeduizend" + (num(y, "nl") if y else "")
    if lang == "fr":
        return ("mille neuf cent" if year < 2000 else "deux mille") + (f" {num(y, 'fr')}" if y else "")
    if lang == "pt":
        return ("mil novecentos" if year < 2000 else "dois mil") + (f" e {num(y, 'pt')}" if y else "")
    if lang == "sv":
        return (f"{num(c, 'sv')}hundra" if year < 2000 else "tvåtusen") + (num(y, "sv") if y else "")
    raise AssertionError(lang)


MONTH_NAMES = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
           "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
}
EN_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
               "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
               "eighteenth", "nineteenth", "twentieth"]


def en_ordinal(day: int) -> str:
    if day <= 20:
        return EN_ORDINALS[day - 1]
    t, u = divmod(day, 10)
    return f"{TENS[t]}-{EN_ORDINALS[u - 1]}" if u else TENS[t][:-1] + "ieth"


def de_ordinal(day: int, ending: str = "ten") -> str:
    """A day as a German ordinal ("fünfzehnten", "dritter"), `ending` "ten" or "ter"."""
    special = {1: "ers", 3: "drit", 7: "sieb", 8: "ach"}
    if day in special:
        stem = special[day]
    else:
        stem = num(day, "de")
    suffix = ending if day < 20 else "s" + ending
    return stem + suffix


# Letters: their names, spelling alphabets and the words joining a letter to its word --------------------------------
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "yankee", "zulu"]
ALPHABETS = {  # each country's spelling words, A to Z
    "de": ["Anton", "Berta", "Cäsar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida", "Julius", "Kaufmann",
           "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard", "Samuel", "Theodor", "Ulrich",
           "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"],
    "es": ["Antonio", "Barcelona", "Carmen", "Dolores", "España", "Francia", "Granada", "Historia", "Inés", "José",
           "Kilo", "Lorenzo", "Madrid", "Navarra", "Oviedo", "París", "Queso", "Ramón", "Sábado", "Toledo", "Úrsula",
           "Valencia", "Washington", "Xilófono", "Yegua", "Zaragoza"],
    "it": ["Ancona", "Bologna", "Como", "Domodossola", "Empoli", "Firenze", "Genova", "Hotel", "Imola", "Jolly",
           "Kappa", "Livorno", "Milano", "Napoli", "Otranto", "Padova", "Quarto", "Roma", "Savona", "Torino", "Udine",
           "Venezia", "Washington", "Xeres", "York", "Zara"],
    "pl": ["Adam", "Barbara", "Celina", "Dorota", "Ewa", "Franciszek", "Genowefa", "Henryk", "Irena", "Józef", "Karol",
           "Ludwik", "Marek", "Natalia", "Olga", "Paweł", "Quebec", "Roman", "Stefan", "Tadeusz", "Urszula",
           "Violetta", "Wacław", "Xawery", "Ypsylon", "Zygmunt"],
    "sv": ["Adam", "Bertil", "Caesar", "David", "Erik", "Filip", "Gustav", "Helge", "Ivar", "Johan", "Kalle", "Ludvig",
           "Martin", "Niklas", "Olof", "Petter", "Qvintus", "Rudolf", "Sigurd", "Tore", "Urban", "Viktor", "Wilhelm",
           "Xerxes", "Yngve", "Zäta"],
}
JOIN_WORDS = {"en": ["for", "as in", "like"], "de": ["wie"], "es": ["de"], "it": ["come"], "pl": ["jak"],
              "sv": ["som i"], "nl": ["van"], "fr": ["comme"], "pt": ["de"], "da": ["som i"], "eu": [],
              "fi": ["kuin"]}
LETTER_NAMES = {  # a letter said by its name, where the name is not the letter itself
    "es": {"B": "be", "C": "ce", "D": "de", "F": "efe", "G": "ge", "H": "hache", "J": "jota", "K": "ka", "L": "ele",
           "M": "eme", "N": "ene", "P": "pe", "Q": "cu", "R": "erre", "S": "ese", "T": "te", "V": "uve",
           "W": "uve doble", "X": "equis", "Y": "i griega", "Z": "zeta"},
    "it": {"B": "bi", "C": "ci", "D": "di", "F": "effe", "G": "gi", "H": "acca", "J": "i lunga", "K": "cappa",
           "L": "elle", "M": "emme", "N": "enne", "P": "pi", "Q": "cu", "R": "erre", "S": "esse", "T": "ti", "V": "vu",
           "W": "doppia vu", "X": "ics", "Y": "ipsilon", "Z": "zeta"},
    "de": {"B": "be", "C": "ce", "D": "de", "F": "ef", "G": "ge", "H": "ha", "J": "jot", "K": "ka", "L": "el",
           "M": "em", "N": "en", "P": "pe", "Q": "ku", "R": "er", "S": "es", "T": "te", "V": "fau", "W": "we",
           "X": "ix", "Y": "ypsilon", "Z": "zett"},
    "sv": {"B": "be", "C": "se", "D": "de", "F": "eff", "G": "ge", "H": "hå", "J": "ji", "K": "kå", "L": "ell",
           "M": "emm", "N": "enn", "P": "pe", "Q": "ku", "R": "ärr", "S": "ess", "T": "te", "V": "ve",
           "W": "dubbel-ve", "X": "eks", "Z": "säta"},
    "nl": {"B": "bee", "C": "cee", "D": "dee", "F": "ef", "G": "gee", "H": "ha", "I": "ie", "J": "jee", "K": "ka",
           "L": "el", "M": "em", "N": "en", "P": "pee", "Q": "ku", "R": "er", "S": "es", "T": "tee", "V": "vee",
           "W": "wee", "X": "iks", "Y": "griekse ij", "Z": "zet"},
    "eu": {"B": "be", "D": "de", "F": "efe", "G": "ge", "H": "hatxe", "J": "jota", "K": "ka", "L": "ele", "M": "eme",
           "N": "ene", "P": "pe", "Q": "ku", "R": "erre", "S": "ese", "T": "te", "V": "uve", "W": "uve bikoitza",
           "X": "ixa", "Y": "i greko", "Z": "zeta"},
    "pl": {"B": "be", "C": "ce", "D": "de", "F": "ef", "G": "gie", "H": "ha", "J": "jot", "K": "ka", "L": "el",
           "M": "em", "N": "en", "P": "pe", "Q": "ku", "R": "er", "S": "es", "T": "te", "V": "fau", "W": "wu",
           "X": "iks", "Y": "igrek", "Z": "zet"},
}
MULTIPLIERS = {"double": 2, "triple": 3, "doppio": 2, "doble": 2, "doppel": 2, "dubbel": 2, "dobbelt": 2}
FILLERS = {  # said inside a value and no part of it: hesitations, "and", "then", the words for a slash or a dash
    "en": ["uh", "um", "er", "erm", "uhm", "hmm", "mm", "ah", "and", "then", "so", "slash", "dash", "plus", "of",
           "the"],
    "de": ["äh", "ähm", "und", "dann", "also", "strich", "plus"],
    "nl": ["eh", "ehm", "en", "dan", "streepje"],
    "es": ["eh", "este", "pues", "y", "luego", "barra", "de", "del", "guion", "más"],
    "fr": ["euh", "et", "puis", "le"],
    "it": ["ehm", "eh", "poi", "allora", "barra", "di"],
    "pt": ["é", "hã", "e", "depois", "barra", "de", "do", "traço"],
    "pl": ["yyy", "eee", "potem"],
    "sv": ["eh", "öh", "och", "sen", "den"],
    "da": ["øh", "og", "så", "skråstreg"],
    "fi": ["öö", "ja", "sitten"],
    "eu": ["eh", "eta", "gero"],
}
TOKEN = re.compile(r"[^\W\d_]+|\d+")


def words_of(text: str) -> tuple[str, ...]:
    return tuple(m.group().lower() for m in TOKEN.finditer(text))


def plain(word: str) -> str:
    """A word's first letter without its accent ("Úrsula" -> "U", "Zäta" -> "Z")."""
    return unicodedata.normalize("NFD", word)[0].upper()


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    """Each language's phrases and what they say, as digits and capital letters; "xx*" is language xx with its
    letters' names (kept apart: Spanish "de" is a letter's name and a word between a day and its month)."""
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for lang in ("en", "de", "nl", "es", "fr", "it", "pt", "pl", "sv"):
        t = {words_of(DIGITS[lang][i]): str(i) for i in range(10)}
        t |= {words_of(num(n, lang)): str(n) for n in range(10, 100)}
        t |= {words_of(name): f"{m:02d}" for m, name in enumerate(MONTH_NAMES[lang], 1)}
        out[lang] = t
    for lang in ("da", "fi", "eu"):
        out[lang] = {words_of(DIGITS[lang][i]): str(i) for i in range(10)}
    en = out["en"]
    en |= {("oh",): "0", ("nought",): "0"}
    en |= {words_of(w): chr(ord("A") + i) for i, w in enumerate(NATO) if w != "november"}  # a month in "en"
    en |= {("juliet",): "J", ("whisky",): "W", ("alfa",): "A", ("xray",): "X"}
    en |= {words_of(num(n)): str(n) for n in range(20, 100)}
    for n in range(1, 100):
        en[(*words_of(num(n)), "hundred")] = f"{n}00"
    for n in range(100, 1000):
        en[words_of(hundreds(n, "en"))] = str(n)
        if n % 100:
            en[words_of(hundreds(n, "en").replace(" and ", " "))] = str(n)
    for n in range(1, 10):
        en[(WORDS[n], "thousand")] = f"{n}000"
    for y in range(1930, 2011):
        en[words_of(year_words(y, "en"))] = str(y)
    en |= {words_of(en_ordinal(d)): str(d) for d in range(1, 32)}
    out["eno"] = en | {("o",): "0"}
    out["en*"] = en | {("november",): "N"}  # NATO's words all letters, November too
    out["frbe"] = out["fr"] | {words_of(num_be(n)): str(n) for n in range(70, 100)}
    out["fr"] |= {("premier",): "1"}
    out["it"] |= {("primo",): "1"}
    out["ptbr"] = out["pt"] | {("meia",): "6"}
    out["de"] |= {("zwo",): "2"} | {words_of(year_words(y, "de")): str(y) for y in range(1930, 2011)}
    out["de"] |= {words_of(de_ordinal(d, e)): str(d) for d in range(1, 32) for e in ("ten", "ter")}
    out["it"] |= {words_of(year_words(y, "it")): str(y) for y in range(1930, 2011)}
    out["nl"] |= {("één",): "1"} | {words_of(year_words(y, "nl")): str(y) for y in range(1930, 2011)}
    out["sv"] |= {words_of(year_words(y, "sv")): str(y) for y in range(1930, 2011)}
    out["sv"] |= {words_of(hundreds(n, "sv")): str(n) for n in range(100, 1000)}
    out["es"] |= {words_of(hundreds(n, "es")): str(n) for n in range(100, 1000)}
    out["pt"] |= {words_of(hundreds(n, "pt")): str(n) for n in range(100, 1000)}
    out["fr"] |= {words_of(hundreds(n, "fr")): str(n) for n in range(100, 1000)}
    out["es+en"] = out["es"] | {k: v for k, v in en.items() if len(k) == 1 and v.isdigit()}
    for lang, names in LETTER_NAMES.items():
        out[f"{lang}*"] = out[lang] | {words_of(name): letter for letter, name in names.items()}
    return out


PHRASES = _tables()
EMAIL_NUMBERS = {lang: {words_of(DIGITS[lang][i]): str(i) for i in range(10)} |
                 {words_of(num(n, lang)): str(n) for n in range(10, 100)}
                 for lang in ("en", "de", "nl", "es", "fr", "it", "pt", "pl", "sv")}
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
ES_CARDINAL = {w: i for i, w in enumerate(DIGITS["es"])} | {"un": 1} | {
    w: 10 + i for i, w in enumerate(TEENS_OF["es"])} | {w: 20 + i for i, w in enumerate(ES_TWENTIES)} | {
    "veintiún": 21} | {TENS_OF["es"][t]: 10 * t for t in range(3, 10)} | {
    w: 100 * h for h, w in enumerate(ES_HUNDREDS) if w} | {"cien": 100}
PT_CARDINAL = {w: i for i, w in enumerate(DIGITS["pt"])} | {w: 10 + i for i, w in enumerate(TEENS_OF["pt"])} | {
    TENS_OF["pt"][t]: 10 * t for t in range(2, 10)} | {w: 100 * h for h, w in enumerate(PT_HUNDREDS) if w} | {
    "cem": 100}
FR_CARDINAL = {w: i for i, w in enumerate(DIGITS["fr"])} | {
    w: 10 + i for i, w in enumerate(TEENS_OF["fr"]) if "-" not in w} | {
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "cents": 100}
CARDINAL = {"es": (ES_CARDINAL, ["y"], {"mil": 1000, "millones": 10 ** 6, "millón": 10 ** 6}),
            "pt": (PT_CARDINAL, ["e"], {"mil": 1000}),
            "fr": (FR_CARDINAL, ["et"], {"mille": 1000})}


def cardinal_runs(text: str, lang: str) -> str:
    """Numbers said whole with thousands or millions in them ("cincuenta y tres millones cuatrocientos doce mil
    trescientos ochenta y uno", "mil novecentos e oitenta e seis") as their digits, for `reads`."""
    if lang not in CARDINAL:
        return text
    values, joins, scales = CARDINAL[lang]
    vocabulary = "|".join(sorted([*values, *joins, *scales], key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W\d_])(?:{vocabulary})(?:[\s-]+(?:{vocabulary}))*(?![^\W\d_])")

    def whole(m: re.Match) -> str:
        said = m.group().replace("-", " ").split()
        if not any(w in scales for w in said):
            return m.group()
        total = current = 0
        for w in said:
            if w in joins:
                continue
            if w in scales:
                total += (current or 1) * scales[w]
                current = 0
            elif w in ("cent", "cents"):
                current = (current or 1) * 100
            elif lang == "fr" and w in ("vingt", "vingts") and current % 100 == 4:  # quatre-vingt(s)
                current += 76
            else:
                current += values[w]
        return str(total + current)

    return pattern.sub(whole, text)


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: phrases read by the longest match in `lang`'s table (their
    words joined by nothing but spaces and hyphens), a multiplier ("double") repeating what follows, a letter joined to
    its word ("J for Jack", "M de Madrid", "R come Roma", "A wie Anton") read once, fillers skipped, letters typed
    against digits and short codes read as letters; a word it cannot read fails."""
    base = {"eno": "en", "ptbr": "pt", "frbe": "fr", "es+en": "es"}.get(lang.rstrip("*"), lang.rstrip("*"))
    text = cardinal_runs(text, base)
    table = PHRASES[lang]
    fillers = FILLERS.get(base, []) + (FILLERS["en"] if lang == "es+en" else [])
    joiners = [words_of(j) for j in JOIN_WORDS.get(base, [])]
    found = list(TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    out: list[str] = []
    i, times = 0, 1
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token.isdigit():
            out.append(token * times)
            times, i = 1, i + 1
            continue
        if (i + 1 < len(tokens) and found[i].end() == found[i + 1].start() and tokens[i + 1].isdigit()) or \
                (i > 0 and found[i - 1].end() == found[i].start() and tokens[i - 1].isdigit()):
            out.append(token.upper())  # letters typed against digits: "X1234567L", "rssmra85t10"
            i += 1
            continue
        if len(token) > 1 and token.isupper():
            out.append(token * times)  # capitals are letters: "GB", "NWBK", "RSS MRA"
            times, i = 1, i + 1
            continue
        if out and out[-1][-1:].isalpha():
            skip = next((len(j) for j in joiners if tuple(t.lower() for t in tokens[i:i + len(j)]) == j and
                         i + len(j) < len(tokens) and plain(tokens[i + len(j)]) == out[-1][-1]), 0)
            if skip:
                i += skip + 1  # the word after the joiner repeats the letter
                continue
        size = next((n for n in range(min(LONGEST, len(tokens) - i), 0, -1)
                     if tuple(t.lower() for t in tokens[i:i + n]) in table and
                     not any(text[found[j].end():found[j + 1].start()].strip(" -") for j in range(i, i + n - 1))), 0)
        if low in MULTIPLIERS and size < 2 and i + 1 < len(tokens):
            times, i = MULTIPLIERS[low], i + 1  # "double seven"; "dubbel-ve" is a letter
            continue
        if size:
            out.append(table[tuple(t.lower() for t in tokens[i:i + size])] * times)
            times, i = 1, i + size
            continue
        if low in fillers and not token.isupper():
            i += 1
        elif len(token) <= 4 or token.isupper():
            out.append(token.upper() * times)
            times, i = 1, i + 1
        else:
            raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


AT_WORDS = ["at", "arroba", "arobase", "chiocciola", "ät", "klammeraffe", "apenstaartje", "małpa", "malpa",
            "snabel-a", "at-teken"]
DOT_WORDS = ["dot", "punto", "punkt", "point", "punt", "kropka", "ponto", "prick"]
SIGN_WORDS = {"underscore": "_", "unterstrich": "_", "guion bajo": "_", "podkreślnik": "_", "understreck": "_",
              "sublinhado": "_", "dash": "-", "hyphen": "-", "minus": "-", "bindestrich": "-", "guion": "-",
              "trattino": "-", "myślnik": "-", "bindestreck": "-", "hífen": "-", "traço": "-", "streepje": "-"}
EMAIL_FILLERS = ["uh", "um", "erm", "eh", "euh", "äh", "ähm", "öh", "yyy", "hã", "ehm"]
EMAIL_TOKEN = re.compile(r"[^\W\d_]+(?:-a)?|\d+|[@._+\-]")


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: the words for "@", "." and the signs, letters spelled one at a
    time (joined to their words: "M de Madrid", "A wie Anton", "k jak Karol", "e som i Erik"; by their names in a
    "xx*" language), "double" and a letter, numbers said as words, the rest run together in small letters."""
    low = text.lower()
    for phrase in sorted(SIGN_WORDS, key=len, reverse=True):
        low = re.sub(rf"(?<![^\W\d_]){re.escape(phrase)}(?![^\W\d_])", f" {SIGN_WORDS[phrase]} ", low)
    base = lang.rstrip("*")
    numbers = EMAIL_NUMBERS[base]
    names = {words_of(n): letter.lower() for letter, n in LETTER_NAMES.get(base, {}).items()} if \
        lang.endswith("*") else {}
    joiners = [words_of(j) for j in JOIN_WORDS.get(base, [])]
    tokens = EMAIL_TOKEN.findall(low)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("@", ".", "_", "+", "-"):
            out.append(tok)
            i += 1
            continue
        if tok in AT_WORDS or tok in DOT_WORDS:
            out.append("@" if tok in AT_WORDS else ".")
            i += 1
            continue
        if tok == "double" and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            out.append(tokens[i + 1] * 2)
            i += 2
            continue
        if out and len(out[-1]) == 1 and out[-1].isalpha():
            skip = next((len(j) for j in joiners if tuple(tokens[i:i + len(j)]) == j and i + len(j) < len(tokens)
                         and plain(tokens[i + len(j)]).lower() == out[-1]), 0)
            if skip:
                i += skip + 1
                continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(tokens[i:i + size])
            if key in names:
                out.append(names[key])
                i += size
                break
            if key in numbers and not (size == 1 and len(tok) == 1):
                out.append(numbers[key])
                i += size
                break
        else:
            if tok not in EMAIL_FILLERS:
                out.append(tok)
            i += 1
    return "".join(out)


class Said(Utterance):
    """An utterance that remembers each label's text, value, language and what is said in it that is no part of the
    value, to check them once it is made (the fourteenth's pattern, with this batch's own reading)."""

    def __init__(self) -> None:
        super().__init__()
        self.meant: list[tuple[str, str, str | None, str, tuple[str, ...]]] = []
        self.joints: list[tuple[int, int, str]] = []

    def entity(self, type_: str, text: str, value: str | None = None, lang: str = "en",  # type: ignore[override]
               drop: tuple[str, ...] = ()) -> "Said":
        self.meant.append((type_, text, value, lang, drop))
        return super().entity(type_, text)  # type: ignore[return-value]

    def turn(self) -> "Said":
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
        assert self.entities, self.segments
        for label, (type_, text, value, lang, drop) in zip(self.entities, self.meant, strict=True):
            got = self.segments[label["segment"]][label["start"]:label["end"]]
            assert got == text and text and text == text.strip(" ,.;:?!-\n") and "\n" not in text, (got, text)
            if value is not None:
                want = value.lower() if type_ == "EMAIL_ADDRESS" else value.upper()
                assert self._read(type_, text, lang, drop) == want, (text, self._read(type_, text, lang, drop), value)
        for start, end, value in self.joints:
            together = "".join(self._read(t, text, lang, drop) for t, text, _, lang, drop in self.meant[start:end])
            assert together in (value, value.upper(), value.lower()), (self.meant[start:end], together, value)
        return self


# Values, each checked as it is drawn ----------------------------------------------------------------------------
def ascii_word(s: str) -> str:
    """A name as it goes into an address: accents off, small letters, nothing but a to z."""
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower())


def person(fake: Faker, locale: str) -> tuple[str, str]:
    """A first name and a surname of `locale`, each one word of a to z of three letters or more."""
    while True:
        first, last = ascii_word(fake[locale].first_name()), ascii_word(fake[locale].last_name())
        if len(first) >= 3 and len(last) >= 3 and len(first) + len(last) <= 18:
            return first, last


CARD_KINDS = ["visa16", "visa16", "mastercard", "mastercard", "discover", "jcb16", "amex"]


def a_card(fake: Faker, rng: random.Random, amex: bool = True) -> str:
    kinds = CARD_KINDS if amex else CARD_KINDS[:-1]
    while len(d := fake["en_US"].credit_card_number(rng.choice(kinds))) not in (15, 16):
        pass
    return valid("CREDIT_CARD", d)


def card_groups(d: str) -> list[str]:
    """A card's groups as printed: four fours, or an Amex's four, six and five."""
    return [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, 16, 4)]


def a_code(rng: random.Random, d: str = "") -> str:
    return "".join(rng.choice("0123456789") for _ in range(4 if len(d) == 15 else 3))


def an_expiry(rng: random.Random) -> tuple[int, int]:
    """A card's month and two-digit year, from next year to nine years on."""
    return rng.randint(1, 12), rng.randint(26, 34)


def en_num(n: int, rng: random.Random) -> str:
    """0..99 in English, the way an engine writes it: hyphened or spaced."""
    return num(n) if rng.random() < 0.5 else num(n).replace("-", " ")


MOBILE_PATTERNS = {  # as dialled at home, and the groups it is said in
    "US": (["%##%######"], [3, 3, 4]), "GB": (["07[1234579]########"], [5, 6]),
    "IE": (["08[35679]#######"], [3, 3, 4]), "AU": (["04########"], [4, 3, 3]), "IN": (["[6789]#########"], [5, 5]),
    "DE": (["015[1279]#######", "016[023]#######", "017[0-9]#######"], [4, 3, 4]),
    "FR": (["0[67]########"], [2, 2, 2, 2, 2]), "ES": (["[67]########"], [3, 2, 2, 2]),
    "IT": (["3[2-9]########"], [3, 3, 4]), "NL": (["06########"], [2, 2, 2, 2, 2]),
    "PT": (["9[1236]#######"], [3, 3, 3]), "BR": (["[1-8][1-9]9########"], [2, 5, 4]),
    "SE": (["07[02369]#######"], [3, 3, 2, 2]), "FI": (["04[0-6]#######", "050#######"], [3, 3, 4]),
    "MX": (["55########", "33########", "81########"], [2, 4, 4]), "CH": (["07[5-9]#######"], [3, 3, 2, 2]),
    "DK": (["[2-9]#######"], [2, 2, 2, 2]), "PL": (["[5-8]########"], [3, 3, 3]),
}


def fill(pattern: str, rng: random.Random) -> str:
    """A pattern's digits drawn: "#" any, "%" one to nine, "[...]" one of those (ranges allowed)."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "[":
            end = pattern.index("]", i)
            spec, choices = pattern[i + 1:end], []
            j = 0
            while j < len(spec):
                if j + 2 < len(spec) and spec[j + 1] == "-":
                    choices += [str(k) for k in range(int(spec[j]), int(spec[j + 2]) + 1)]
                    j += 3
                else:
                    choices.append(spec[j])
                    j += 1
            out.append(rng.choice(choices))
            i = end + 1
            continue
        out.append(rng.choice("0123456789") if c == "#" else rng.choice("123456789") if c == "%" else c)
        i += 1
    return "".join(out)


def a_phone(rng: random.Random, region: str, pattern: str | None = None) -> str:
    """A number valid in `region` (by `phonenumbers`), as dialled there."""
    patterns, _ = MOBILE_PATTERNS.get(region, ([pattern], []))
    for _ in range(2000):
        n = fill(pattern or rng.choice(patterns), rng)
        if phone_ok(n, region):
            return n
    raise AssertionError((region, pattern))


def country_code(region: str) -> str:
    return str(phonenumbers.country_code_for_region(region))


def cut(value: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        if i < len(value):
            out.append(value[i:i + size])
        i += size
    if i < len(value):
        out.append(value[i:])
    return out


def phone_groups(n: str, region: str) -> list[str]:
    return cut(n, MOBILE_PATTERNS[region][1])


IBAN_LOCALES = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "NL": "nl_NL", "BE": "nl_BE", "ES": "es_ES",
                "FR": "fr_FR", "IT": "it_IT", "PT": "pt_PT", "PL": "pl_PL", "GB": "en_GB", "IE": "en_IE",
                "DK": "da_DK", "FI": "fi_FI"}


def an_iban(fake: Faker, rng: random.Random, country: str) -> str:
    if country == "SE":  # Faker has no Swedish IBAN: a bank's three digits and seventeen of the account
        return valid("IBAN_CODE", iban_with("SE", rng.choice(["500", "800", "600", "300", "120", "955"]) +
                                            "".join(rng.choice("0123456789") for _ in range(17))))
    return valid("IBAN_CODE", fake[IBAN_LOCALES[country]].iban())


def fours(v: str) -> list[str]:
    return [v[i:i + 4] for i in range(0, len(v), 4)]


def an_ssn(fake: Faker) -> str:
    while not ssn_ok(v := fake["en_US"].ssn().replace("-", "")):
        pass
    return v


NINO_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def a_nino(rng: random.Random, small: bool = False) -> str:
    """A NINO (no O in its letters, so that an engine's small letters cannot read as "oh"); `small`: its prefix,
    in small letters, no word a reader would take for one ("er", "mm", "ah")."""
    while True:
        v = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND) + "".join(rng.choice("0123456789") for _ in range(6)) + \
            rng.choice("ABCD")
        if nino_ok(v) and not (small and (v[:2].lower() in FILLERS["en"] or (v[:2].lower(),) in PHRASES["en"])):
            return v


def a_nif(fake: Faker, lead: bool = False) -> str:
    """A DNI's NIF; `lead`: its number not starting with a zero (said as one number)."""
    while not nif_ok(v := fake["es_ES"].nif()) or (lead and v[0] == "0"):
        pass
    return v


def a_nie(fake: Faker) -> str:
    return valid("ES_NIE", fake["es_ES"].nie())


def a_nir(fake: Faker) -> str:
    while not nir_ok(v := fake["fr_FR"].ssn()):
        pass
    return v


def a_fiscal_code(fake: Faker) -> str:
    while not cf_ok(v := fake["it_IT"].ssn()):
        pass
    return v


def a_bsn(fake: Faker) -> str:
    return valid("NL_BSN", fake["nl_NL"].ssn())


def an_aba(fake: Faker) -> str:
    return valid("ABA_ROUTING_NUMBER", fake["en_US"].aba())


def an_account(rng: random.Random) -> str:
    return rng.choice("123456789") + "".join(rng.choice("0123456789") for _ in range(rng.randint(7, 11)))


def a_birth(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randint(0, 65 * 365))


# Cards ----------------------------------------------------------------------------------------------------------
def card_asr_lowercase_o(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case, unpunctuated turns: the card digit by digit with "o" for zero and a hesitation between
    groups, then the expiry ("o nine twenty seven") and the code asked for and said the same way."""
    d = a_card(fake, rng)
    parts = [run(g, "eno", "o") for g in card_groups(d)]
    text = parts[0] + "".join(f" {rng.choice(['', '', 'uh ', 'um '])}{p}" for p in parts[1:])
    u = Said().say(rng.choice(["can i take the long number across the front of the card",
                               "okay whenever youre ready with the card number", "and the card number please"])).turn()
    u.say(rng.choice(["yeah sure its ", "yep its ", "okay so ", "right ", "its "])).entity("CREDIT_CARD", text, d,
                                                                                          "eno").turn()
    month, yy = an_expiry(rng)
    u.say(rng.choice(["lovely and when does it expire", "and the expiry", "thank you and the end date on it"])).turn()
    m_said = run(f"{month:02d}", "eno", "o") if month < 10 else en_num(month, rng)
    u.say(rng.choice(["", "its ", "uh "])).entity("CARD_EXPIRY", f"{m_said} {en_num(yy, rng)}", f"{month:02d}{yy}",
                                                  "eno").turn()
    code = a_code(rng, d)
    u.say(rng.choice(["and the security code on the back", "and the last three on the back by the signature",
                      "then the cvv please"])).turn()
    return u.say(rng.choice(["its ", "", "uh "])).entity("CARD_SECURITY_CODE", run(code, "eno", "o"), code, "eno")


def card_digit_mended(fake: Faker, rng: random.Random) -> Said:
    """A wrong digit said and put right at once, inside a group ("one two eight, no, three four"): the slip and the
    words mending it inside the label, named for the reading."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    k = rng.randrange(len(gs))
    g = gs[k]
    at = rng.randrange(1, len(g))
    wrong = rng.choice([c for c in "0123456789" if c != g[at]])
    marker = rng.choice([", no,", "... scratch that,", ", I mean", ", sorry,", ", no wait,", "... not that,"])
    slip = f"{run(wrong, 'en', 'oh')}{marker}"
    mended = f"{run(g[:at], 'en', 'oh')} {slip} {run(g[at:], 'en', 'oh')}"
    said_ = [mended if i == k else run(x, "en", rng.choice(["oh", "zero"])) for i, x in enumerate(gs)]
    u = Said().say(rng.choice(["Okay, card number. ", "Right, the card's ", "Yeah, it's ", "Let me read it: "]))
    u.entity("CREDIT_CARD", ", ".join(said_), d, drop=(slip,))
    return u.say(rng.choice([".", ". Sorry, tongue-tied today.", ". Got that?", ""]))


CHAT_TAGS = ["", "customer: ", "Visitor: ", "me: ", "[chat] "]


def card_typed_odd_separators(fake: Faker, rng: random.Random) -> Said:
    """A chat: the card typed with what came to hand between its groups (dots, underscores, slashes, commas, a space
    between every digit), now and then glued to what names it; the expiry and the code typed the same way after."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    text = rng.choice([".".join(gs), "_".join(gs), "/".join(gs), " - ".join(gs), ",".join(gs), " ".join(d),
                       "  ".join(gs), "-".join(gs), "*".join(gs)])
    tag = rng.choice(CHAT_TAGS)
    u = Said().say(tag + rng.choice(["card no ", "card#", "cc: ", "its ", "number is ", "", "here: "]))
    u.entity("CREDIT_CARD", text, d)
    if rng.random() < 0.7:
        month, yy = an_expiry(rng)
        exp, value = rng.choice([(f"{month:02d}.{yy}", f"{month:02d}{yy}"), (f"{month:02d}_{yy}", f"{month:02d}{yy}"),
                                 (f"{month}-{yy}", f"{month}{yy}"), (f"{month:02d} / 20{yy}", f"{month:02d}20{yy}"),
                                 (f"{month:02d}{yy}", f"{month:02d}{yy}")])
        code = a_code(rng, d)
        u.turn().say(tag + rng.choice(["exp:", "exp ", "expires ", "valid ", ""])).entity("CARD_EXPIRY", exp, value)
        u.say(rng.choice(["  cvc:", " / sec ", ", code ", " cvv", " , "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", " ok?", " thx", "."]))


def card_danish(fake: Faker, rng: random.Random) -> Said:
    """A Danish caller: the card digit by digit in Danish, then "udløbsdatoen" and "kontrolcifrene" asked for in
    Danish and said the same way."""
    d = a_card(fake, rng, amex=False)
    u = Said().say(rng.choice(["Kortnummeret er ", "Ja, det er ", "Øh, nummeret er ", "Okay: "]))
    u.entity("CREDIT_CARD", ", ".join(run(g, "da") for g in card_groups(d)), d, "da").say(".").turn()
    u.say(rng.choice(["Tak. Og udløbsdatoen?", "Hvornår udløber kortet?", "Og hvad er udløbsdatoen?"])).turn()
    month, yy = an_expiry(rng)
    exp = rng.choice([f"{run(f'{month:02d}', 'da')}, {run(str(yy), 'da')}",
                      f"{run(f'{month:02d}', 'da')} skråstreg {run(str(yy), 'da')}"])
    u.say(rng.choice(["", "Den er ", "Øh, "])).entity("CARD_EXPIRY", exp, f"{month:02d}{yy}", "da").say(".").turn()
    u.say(rng.choice(["Og de tre kontrolcifre på bagsiden?", "Og sikkerhedskoden bag på kortet?"])).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", run(code, "da"), code, "da").say(rng.choice([".", ", tak.", ""]))


def de_pairs(g: str, rng: random.Random) -> str:
    """A German group in pairs ("fünfundvierzig neununddreißig"), a pair from a zero digit by digit ("null sieben")."""
    return " ".join(run(g[i:i + 2], "de", rng=rng) if g[i] == "0" or len(g[i:i + 2]) == 1 else num(int(g[i:i + 2]),
                                                                                                     "de")
                    for i in range(0, len(g), 2))


def card_german_pairs_readback(fake: Faker, rng: random.Random) -> Said:
    """A German caller reads the card in pairs; the agent reads it back digit by digit ("zwo" for two); the expiry
    ("gültig bis") and the three digits after. Both readings of the card labelled."""
    d = a_card(fake, rng, amex=False)
    gs = card_groups(d)
    u = Said().say(rng.choice(["Die Kartennummer lautet ", "Also, die Nummer: ", "Moment... ", "Ja, das ist die "]))
    u.entity("CREDIT_CARD", ", ".join(de_pairs(g, rng) for g in gs), d, "de").say(".").turn()
    u.say(rng.choice(["Ich wiederhole: ", "Zur Kontrolle: ", "Ich lese noch mal vor: "])).entity(
        "CREDIT_CARD", ", ".join(run(g, "de", rng=rng) for g in gs), d, "de").say(rng.choice(["?", ". Stimmt das?"]))
    u.turn().say(rng.choice(["Ja, genau.", "Richtig.", "Stimmt."])).turn()
    u.say(rng.choice(["Und bis wann ist die Karte gültig?", "Das Ablaufdatum, bitte?", "Gültig bis?"])).turn()
    month, yy = an_expiry(rng)
    exp, value = rng.choice([(f"{run(f'{month:02d}', 'de', rng=rng)}, {num(yy, 'de')}", f"{month:02d}{yy}"),
                             (f"{num(month, 'de')} {num(yy, 'de')}", f"{month}{yy}"),
                             (f"{MONTH_NAMES['de'][month - 1]} zweitausend{num(yy, 'de')}", None)])
    u.say(rng.choice(["Bis ", "", "Gültig bis "])).entity("CARD_EXPIRY", exp, value, "de").say(".").turn()
    u.say(rng.choice(["Und die drei Ziffern hinten auf der Karte?", "Zum Schluss die Sicherheitsnummer auf der "
                      "Rückseite."])).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", run(code, "de", rng=rng), code, "de").say(rng.choice([".", ", bitte.", ""]))


def card_brazil_meia(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian caller: the card digit by digit with "meia" for six, the "validade" with "barra", the "código de
    segurança" with "meia" too."""
    d = a_card(fake, rng, amex=False)
    u = Said().say(rng.choice(["O número do cartão é ", "Então, ", "Tá, é ", "Anota aí: "]))
    u.entity("CREDIT_CARD", ", ".join(run(g, "ptbr", rng=rng) for g in card_groups(d)), d, "ptbr").say(".").turn()
    u.say(rng.choice(["E a validade?", "Qual é a data de validade?", "Vence quando?"])).turn()
    month, yy = an_expiry(rng)
    exp = rng.choice([f"{run(f'{month:02d}', 'ptbr', rng=rng)} barra {num(yy, 'pt')}",
                      f"{run(f'{month:02d}', 'ptbr', rng=rng)}, {num(yy, 'pt')}"])
    u.say(rng.choice(["", "É ", "Vence "])).entity("CARD_EXPIRY", exp, f"{month:02d}{yy}", "ptbr").say(".").turn()
    u.say(rng.choice(["E o código de segurança, atrás do cartão?", "Os três números do verso, por favor."])).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", run(code, "ptbr", rng=rng), code, "ptbr").say(rng.choice([".", ""]))


def card_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Swedish caller: the card in Swedish pairs or digits, "giltigt till" and the expiry, the "CVC" after."""
    d = a_card(fake, rng, amex=False)
    text = ", ".join(pairs(g, "sv") if rng.random() < 0.5 else run(g, "sv") for g in card_groups(d))
    u = Said().say(rng.choice(["Kortnumret är ", "Ja, det är ", "Eh, ", "Numret: "])).entity("CREDIT_CARD", text, d,
                                                                                            "sv")
    month, yy = an_expiry(rng)
    u.say(rng.choice([", giltigt till ", ". Det gäller till ", ", och det går ut "])).entity(
        "CARD_EXPIRY", f"{run(f'{month:02d}', 'sv')}, {num(yy, 'sv')}", f"{month:02d}{yy}", "sv").say(".").turn()
    u.say(rng.choice(["Och CVC-koden på baksidan?", "Tack. Och de tre siffrorna på baksidan?"])).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", run(code, "sv"), code, "sv").say(rng.choice([".", ", tack.", ""]))


def card_dutch_halves(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller gives the card in two halves, "eh" inside the groups, the agent's "ja" between; each half
    labelled, read back together."""
    d = a_card(fake, rng, amex=False)

    def said_half(h: str) -> str:
        out = []
        for g in (h[:4], h[4:]):
            ws = run(g, "nl").split()
            at = rng.randrange(1, 4)
            if rng.random() < 0.5:
                ws.insert(at, "eh")
            out.append(" ".join(ws))
        return ", ".join(out)

    u = Said().say(rng.choice(["Het kaartnummer, ", "Ja, daar komt ie: ", "Oké, ", "Het nummer is "]))
    u.entity("CREDIT_CARD", said_half(d[:8]), d[:8], "nl").say(rng.choice(["...", ",", ""])).turn()
    u.say(rng.choice(["Ja.", "Ja, ga door.", "Mhm."])).turn()
    u.entity("CREDIT_CARD", said_half(d[8:]), d[8:], "nl").joint(2, d)
    return u.say(rng.choice([".", ", dat was het.", ""]))


def card_breaking_up(fake: Faker, rng: random.Random) -> Said:
    """The line breaks up after two groups; the agent asks for it again from the second group, and the caller says
    the rest from there. Each reading labelled as the part it says (the second group twice)."""
    d = a_card(fake, rng, amex=False)
    gs = card_groups(d)
    style = rng.choice(["oh", "zero"])
    u = Said().say(rng.choice(["Go ahead with the card number.", "And the long number on the card?"])).turn()
    u.entity("CREDIT_CARD", f"{run(gs[0], 'en', style)}, {run(gs[1], 'en', style)}", gs[0] + gs[1])
    u.say(rng.choice(["... [inaudible]", ", then... hello?", "...", ", and then it's -"])).turn()
    u.say(rng.choice(["Sorry, you're breaking up. Can you go again from the second group?",
                      "I lost you there. Start again from the second four, please.",
                      "Sorry, the line went. From the second block of four?"])).turn()
    u.say(rng.choice(["Sorry, I'm on the train. ", "Can you hear me now? ", "Okay. "]))
    u.entity("CREDIT_CARD", ", ".join(run(g, "en", style) for g in gs[1:]), "".join(gs[1:]))
    return u.say(rng.choice([".", ". Did that come through?", ""]))


def card_slow_dictation(fake: Faker, rng: random.Random) -> Said:
    """A slow reader: a pause after every digit, now and then a hesitation, and once an aside to someone in the room
    in the middle of the number (inside the label, named)."""
    d = a_card(fake, rng)
    digits = [run(c, "en", "zero") for c in d]
    aside = rng.choice(["hang on, the light's bad in here", "where was I, yes", "sorry, the dog's barking",
                        "let me just turn the card", "sorry love, one minute"])
    at = rng.randrange(4, len(d) - 2)
    pieces = []
    for i, w in enumerate(digits):
        pieces.append(w)
        if i == at:
            pieces.append(aside)
        elif i < len(digits) - 1 and rng.random() < 0.12:
            pieces.append(rng.choice(["um", "er"]))
    u = Said().say(rng.choice(["Okay, I'll go slowly. ", "Right, bear with me. ", "It's "]))
    return u.entity("CREDIT_CARD", "... ".join(pieces), d, drop=(aside,)).say(rng.choice([".", "...", ". Phew."]))


def card_mixed_numerals_words(fake: Faker, rng: random.Random) -> Said:
    """An engine's mixed reading: chunks of one to four digits as numerals, as digit words or as pairs, cut where the
    speaker breathed, not where the groups end."""
    d = a_card(fake, rng)
    chunks, i = [], 0
    while i < len(d):
        size = rng.randint(1, 4)
        chunks.append(d[i:i + size])
        i += size
    out = []
    for c in chunks:
        style = rng.choice(["numerals", "words", "pairs"])
        if style == "pairs" and len(c) % 2 == 0 and all(c[j] != "0" and c[j + 1] != "0" for j in range(0, len(c), 2)):
            out.append(pairs(c).replace("-", " "))
        else:
            out.append(c if style == "numerals" else run(c, "en", "zero"))
    text = " ".join(out)
    u = Said().say(rng.choice(["yeah the card is ", "okay its ", "sure ", "card number "]))
    return u.entity("CREDIT_CARD", text, d).say(rng.choice(["", " thanks", " okay"]))


def card_amex_front_code(fake: Faker, rng: random.Random) -> Said:
    """An Amex: the number, the expiry read with "slash", and the four-digit code found on the front once the agent
    says where it is."""
    d = fake["en_US"].credit_card_number("amex")
    d = valid("CREDIT_CARD", d)
    gs = card_groups(d)
    u = Said().say(rng.choice(["It's an American Express. ", "Amex, ", "It's the Amex: "]))
    u.entity("CREDIT_CARD", rng.choice([" ".join(gs), ", ".join(run(g, "en", "oh") for g in gs)]), d).say(".").turn()
    u.say(rng.choice(["And the valid thru date?", "Thanks. The expiry?"])).turn()
    month, yy = an_expiry(rng)
    u.entity("CARD_EXPIRY", f"{run(f'{month:02d}', 'en', 'oh')} slash {en_num(yy, rng)}", f"{month:02d}{yy}")
    u.say(".").turn().say(rng.choice(["And the security code. On an Amex it's four digits on the front, above the "
                                      "number on the right.", "Last thing, the four-digit code printed on the front, "
                                      "just above the long number."])).turn()
    code = a_code(rng, d)
    u.say(rng.choice(["Oh, the tiny one? ", "Ah, I see it. ", "Oh, I'd never noticed that. It's "]))
    return u.entity("CARD_SECURITY_CODE", rng.choice([run(code, "en", "oh"), code]), code).say(rng.choice([".", ""]))


def card_valid_from_until(fake: Faker, rng: random.Random) -> Said:
    """The card shows two dates; the caller reads the "valid from" one first (not labelled) and then the other, the
    expiry, which is."""
    d = a_card(fake, rng, amex=False)
    month, yy = an_expiry(rng)
    from_m, from_y = rng.randint(1, 12), rng.randint(21, 25)
    u = Said().say(rng.choice(["The card number's ", "It's ", "Okay, "])).entity(
        "CREDIT_CARD", " ".join(card_groups(d)), d).say(".").turn()
    u.say(rng.choice(["And the expiry date?", "When does the card expire?"])).turn()
    u.say(rng.choice([f"There's two dates on it. Valid from {run(f'{from_m:02d}', 'en', 'oh')} {num(from_y)}, and "
                      "then ", f"It says valid from {from_m:02d}/{from_y}, and expires end of ",
                      f"Um, from {MONTH_NAMES['en'][from_m - 1]} {num(from_y)} until "]))
    exp, value = rng.choice([(f"{run(f'{month:02d}', 'en', 'oh')} {num(yy)}", f"{month:02d}{yy}"),
                             (f"{MONTH_NAMES['en'][month - 1]} {num(yy)}", f"{month:02d}{yy}"),
                             (f"{month:02d}/{yy}", f"{month:02d}{yy}")])
    u.entity("CARD_EXPIRY", exp, value).say(rng.choice([". Which one do you need?", ".", ", I think."])).turn()
    return u.say(rng.choice(["The second one, thanks.", "Just the expiry, so the second. Thank you.", "Perfect."]))


def card_all_three_unnamed(fake: Faker, rng: random.Random) -> Said:
    """Read off a note in one breath, lower case as an engine writes it: the number, the expiry and the code with
    nothing naming the last two."""
    d = a_card(fake, rng)
    month, yy = an_expiry(rng)
    code = a_code(rng, d)
    u = Said().say(rng.choice(["i wrote it all down hang on ok ", "right from my notes ", "ok so "]))
    u.entity("CREDIT_CARD", " ".join(run(g, "eno", "o") for g in card_groups(d)), d, "eno").say(rng.choice([
        " then ", " and then ", " "]))
    m_said = run(f"{month:02d}", "eno", "o") if month < 10 else en_num(month, rng)
    u.entity("CARD_EXPIRY", f"{m_said} {en_num(yy, rng)}", f"{month:02d}{yy}", "eno").say(rng.choice([
        " and then ", " then ", " and "]))
    return u.entity("CARD_SECURITY_CODE", run(code, "eno", "o"), code, "eno").say(rng.choice(["", " thats it"]))


def es_group_whole(g: str) -> str:
    """A group of four as one Spanish number ("cuatro mil quinientos treinta y nueve"), digit by digit from a zero."""
    return run(g, "es") if g[0] == "0" else es_cardinal(int(g))


def card_spanish_thousands(fake: Faker, rng: random.Random) -> Said:
    """A Mexican or Spanish caller reads each group as one number in the thousands, a group from a zero digit by
    digit; "vence" and the "código de atrás" after."""
    d = a_card(fake, rng, amex=False)
    u = Said().say(rng.choice(["El número de la tarjeta es ", "Mire, es el ", "Sí, le digo: ", "Ándale, es "]))
    u.entity("CREDIT_CARD", ", ".join(es_group_whole(g) for g in card_groups(d)), d, "es").say(".").turn()
    u.say(rng.choice(["¿Y la fecha de vencimiento?", "¿Cuándo vence?", "¿Me da la fecha de expiración?"])).turn()
    month, yy = an_expiry(rng)
    u.say(rng.choice(["Vence el ", "", "Es "])).entity(
        "CARD_EXPIRY", f"{run(f'{month:02d}', 'es')}, {num(yy, 'es')}", f"{month:02d}{yy}", "es").say(".").turn()
    u.say(rng.choice(["¿Y los tres números de atrás?", "Por último, el código de seguridad."])).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", rng.choice([run(code, "es"), hundreds(int(code), "es") if code[0] != "0"
                                                      else run(code, "es")]), code, "es").say(rng.choice([".", ""]))


# Expiry dates and security codes on their own ---------------------------------------------------------------
def expiry_renewed_card(fake: Faker, rng: random.Random) -> Said:
    """A renewed card with the same number: the caller gives its last four (not labelled), then the new expiry and
    the new code."""
    d = a_card(fake, rng, amex=False)
    month, yy = an_expiry(rng)
    u = Said().say(rng.choice([f"Hi, my card got renewed, same number, ending {d[-4:]}. ",
                               f"They sent me a new card, it still ends in {run(d[-4:])}. "]))
    u.say(rng.choice(["I need to update the expiry.", "Can you change the date on file?"])).turn()
    u.say(rng.choice(["Of course. What's the new expiry date?", "Sure. What's the new end date?"])).turn()
    exp, value = rng.choice([(f"{en_num(month, rng)} {en_num(yy, rng)}", f"{month}{yy}"),
                             (f"{month:02d}/{yy}", f"{month:02d}{yy}"),
                             (f"{MONTH_NAMES['en'][month - 1]} twenty {en_num(yy, rng)}", f"{month:02d}20{yy}"),
                             (f"{run(f'{month:02d}', 'en', 'zero')} {run(str(yy), 'en')}", f"{month:02d}{yy}")])
    u.say(rng.choice(["It's now ", "", "New one's "])).entity("CARD_EXPIRY", exp, value).say(".").turn()
    u.say(rng.choice(["And the security code will have changed too, what's the new one?",
                      "The three digits on the back will be new as well, can I take those?"])).turn()
    code = a_code(rng)
    return u.say(rng.choice(["Oh, right. ", "Yes, ", ""])).entity(
        "CARD_SECURITY_CODE", rng.choice([run(code, "en", "oh"), code]), code).say(".")


def code_worn_digit(fake: Faker, rng: random.Random) -> Said:
    """The code half rubbed off: the first two digits, a remark, then the last one guessed and confirmed. Two
    labels, read back together."""
    code = a_code(rng)
    u = Said().say(rng.choice(["And the security code on the back?", "Three digits on the back, please."])).turn()
    u.say(rng.choice(["It's ", "Um, ", ""])).entity("CARD_SECURITY_CODE", run(code[:2], "en", "oh"), code[:2])
    u.say(rng.choice([", and the last one's rubbed off a bit... I think it's ", ", and then, it's worn, looks like ",
                      "... the last one's faded. Hang on. It's "]))
    u.entity("CARD_SECURITY_CODE", run(code[2], "en", "oh"), code[2]).joint(2, code)
    return u.say(rng.choice([". Yes, definitely.", ".", ", I'm pretty sure."]))


EXPIRY_LANGS = {
    "de": ("de", ["Die Kartennummer habe ich schon eingetippt. ", "Die Nummer steht im Formular. "],
           ["Gültig bis ", "Ablaufdatum: ", "Die läuft ab "], ["Und die Kartenprüfnummer?", "Und die drei Ziffern?"]),
    "sv": ("sv", ["Jag har redan skrivit in kortnumret. ", "Numret står i formuläret. "],
           ["Giltigt till ", "Utgångsdatum ", "Det går ut "], ["Och säkerhetskoden?", "Och de tre siffrorna?"]),
    "fi": ("fi", ["Kortin numeron kirjoitin jo lomakkeelle. ", "Numero on jo lomakkeella. "],
           ["Voimassa ", "Viimeinen voimassaolopäivä ", "Se vanhenee "], ["Entä turvakoodi?", "Ja kolme numeroa?"]),
    "da": ("da", ["Kortnummeret har jeg allerede tastet ind. ", "Nummeret står i formularen. "],
           ["Udløber ", "Gyldig til ", "Den udløber "], ["Og kontrolcifrene?", "Og de tre cifre?"]),
}


def expiry_form_languages(fake: Faker, rng: random.Random) -> Said:
    """The number already typed into a web form, the caller reads the expiry and then the code in German, Swedish,
    Finnish or Danish, digit by digit."""
    lang = rng.choice(list(EXPIRY_LANGS))
    code_lang, intros, exps, asks = EXPIRY_LANGS[lang]
    month, yy = an_expiry(rng)
    u = Said().say(rng.choice(intros) + rng.choice(exps))
    u.entity("CARD_EXPIRY", f"{run(f'{month:02d}', lang)}, {run(str(yy), lang)}", f"{month:02d}{yy}", lang)
    u.say(".").turn().say(rng.choice(asks)).turn()
    code = a_code(rng)
    return u.entity("CARD_SECURITY_CODE", run(code, code_lang), code, lang).say(rng.choice([".", ""]))


def code_false_start(fake: Faker, rng: random.Random) -> Said:
    """The code started wrong and started again ("four one... no, four seven one"); the false start inside, named."""
    code = a_code(rng)
    wrong = rng.choice([c for c in "0123456789" if c != code[1]])
    false = f"{run(code[0] + wrong, 'en', 'oh')}{rng.choice(['... no,', ', sorry,', '... hang on,', ', no, wait,'])}"
    u = Said().say(rng.choice(["And the CVV?", "Can I have the code on the back?", "Security code, please."])).turn()
    u.say(rng.choice(["Yeah, ", "", "It's "])).entity("CARD_SECURITY_CODE", f"{false} {run(code, 'en', 'oh')}", code,
                                                      drop=(false,))
    return u.say(rng.choice([".", ". Sorry.", ""]))


def expiry_typed_chat(fake: Faker, rng: random.Random) -> Said:
    """A chat: the expiry typed in the shapes people type it (dots, a full year, a month name in capitals), the code
    in the same message or the next."""
    month, yy = an_expiry(rng)
    exp, value = rng.choice([(f"{month:02d}.{yy}", f"{month:02d}{yy}"), (f"{month:02d}/20{yy}", f"{month:02d}20{yy}"),
                             (f"{month}-{yy}", f"{month}{yy}"), (f"{month:02d} {yy}", f"{month:02d}{yy}"),
                             (f"{MONTH_NAMES['en'][month - 1][:3].upper()} 20{yy}", None),
                             (f"{MONTH_NAMES['en'][month - 1].lower()} 20{yy}", f"{month:02d}20{yy}")])
    code = a_code(rng)
    tag = rng.choice(CHAT_TAGS)
    u = Said().say(tag + rng.choice(["exp ", "expiry: ", "valid till ", "end date "])).entity("CARD_EXPIRY", exp,
                                                                                             value)
    if rng.random() < 0.5:
        u.say(rng.choice([" and cvc ", ", code ", " / "]))
    else:
        u.turn().say(tag + rng.choice(["cvc ", "code: ", "the 3 digits are ", "sec code "]))
    return u.entity("CARD_SECURITY_CODE", code, code)


# Phones ---------------------------------------------------------------------------------------------------------
def us_three(g: str, rng: random.Random) -> str:
    """An area code or an exchange the American way: "six fifty", "eight hundred", or digit by digit."""
    if g[1:] == "00":
        return f"{WORDS[int(g[0])]} hundred"
    if g[1] != "0" and rng.random() < 0.6:
        return f"{WORDS[int(g[0])]} {en_num(int(g[1:]), rng)}"
    return run(g, "en", "oh")


def us_four(g: str, rng: random.Random) -> str:
    """The last four: "forty-five hundred", "two thousand", or in pairs ("twenty-one oh five")."""
    if g[1:] == "000" and g[0] != "0":
        return f"{WORDS[int(g[0])]} thousand"
    if g[2:] == "00" and g[0] != "0":
        return f"{en_num(int(g[:2]), rng)} hundred"
    return pairs(g).replace("-", rng.choice(["-", " "]))


def phone_us_hundreds(fake: Faker, rng: random.Random) -> Said:
    """An American number the way Americans say the round parts: "six fifty", "eight hundred", "forty-five hundred";
    the agent's read-back, typed as the CRM shows it, labelled too."""
    while True:
        head = a_phone(rng, "US")[:6]
        line = rng.choice([f"{rng.randint(10, 99)}00", f"{rng.randint(1, 9)}000", f"{rng.randint(1000, 9999)}"])
        if phone_ok(n := head + line, "US"):
            break
    text = f"{us_three(n[:3], rng)}, {us_three(n[3:6], rng)}, {us_four(n[6:], rng)}"
    u = Said().say(rng.choice(["Best number's ", "You can reach me at ", "Call me back on ", "It's "]))
    u.entity("PHONE_NUMBER", text, n).say(".")
    if rng.random() < 0.6:
        u.turn().say(rng.choice(["So that's ", "I've got "])).entity(
            "PHONE_NUMBER", rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"]), n)
        u.say(rng.choice(["?", ", correct?"])).turn().say(rng.choice(["Yes.", "That's it.", "Yep."]))
    return u


def phone_asr_o_doubles(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turn: a British, Irish or Australian mobile with "o" for zero, "double" and "triple",
    no punctuation at all."""
    region = rng.choice(["GB", "IE", "AU"])
    n = a_phone(rng, region)
    text = " ".join(en_doubles(g, rng, "o") for g in phone_groups(n, region))
    u = Said().say(rng.choice(["and whats the best number to get you on", "can i grab a contact number",
                               "whats your mobile number"])).turn()
    return u.say(rng.choice(["yeah its ", "its ", "uh ", "mobiles ", "yeah so its "])).entity(
        "PHONE_NUMBER", text, n, "eno").say(rng.choice(["", " yeah", " thats the mobile"]))


def phone_german_pairs(fake: Faker, rng: random.Random) -> Said:
    """A German mobile: the prefix digit by digit ("null eins sieben zwo"), the rest in pairs
    ("dreiundvierzig")."""
    n = a_phone(rng, "DE")
    rest = n[4:]
    text = f"{run(n[:4], 'de', rng=rng)}{rng.choice([', ', ' - ', ' '])}{de_pairs(rest, rng)}"
    u = Said().say(rng.choice(["Meine Handynummer ist ", "Rückrufnummer: ", "Sie erreichen mich unter ",
                               "Ja, die ist "]))
    return u.entity("PHONE_NUMBER", text, n, "de").say(rng.choice([".", ", danke.", ""]))


def phone_finnish(fake: Faker, rng: random.Random) -> Said:
    """A Finnish mobile digit by digit in Finnish."""
    n = a_phone(rng, "FI")
    text = ", ".join(run(g, "fi") for g in cut(n, [3, 3, 4]))
    u = Said().say(f"Täällä {fake['fi_FI'].first_name()}. ")
    u.say(rng.choice(["Numeroni on ", "Soittakaa numeroon ", "Öö, se on ", "Puhelinnumero: "]))
    return u.entity("PHONE_NUMBER", text, n, "fi").say(rng.choice([".", ", kiitos.", ""]))


def phone_spain_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Spanish mobile: its first three as hundreds ("seiscientos doce"), then pairs ("treinta y cuatro")."""
    n = a_phone(rng, "ES")
    text = ", ".join([hundreds(int(n[:3]), "es"), *(pairs(g, "es") for g in cut(n[3:], [2, 2, 2]))])
    u = Said().say(rng.choice(["Mi móvil es el ", "Apunte: ", "Llámeme al ", "El teléfono es el "]))
    return u.entity("PHONE_NUMBER", text, n, "es").say(rng.choice([".", ", gracias.", ""]))


def it_doubles(digits: str, rng: random.Random) -> str:
    """Italian digit words with "doppio" for a digit said twice ("tre tre nove, doppio sette")."""
    out, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1] and rng.random() < 0.8:
            out.append(f"doppio {DIGITS['it'][int(digits[i])]}")
            i += 2
        else:
            out.append(DIGITS["it"][int(digits[i])])
            i += 1
    return " ".join(out)


def phone_italian_doppio(fake: Faker, rng: random.Random) -> Said:
    """An Italian mobile digit by digit, "doppio" for a repeated digit."""
    while True:
        n = a_phone(rng, "IT")
        if any(a == b for a, b in pairwise(n)):
            break
    text = rng.choice([", ", " "]).join(it_doubles(g, rng) for g in cut(n, [3, 3, 4]))
    u = Said().say(rng.choice(["Il mio cellulare è ", "Mi può richiamare al ", "Allora, ", "Il numero è il "]))
    return u.entity("PHONE_NUMBER", text, n, "it").say(rng.choice([".", ", grazie.", ""]))


def phone_dutch_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Dutch mobile: "nul zes" and then pairs ("twaalf, vierendertig")."""
    n = a_phone(rng, "NL")
    text = rng.choice([", ", " "]).join([run(n[:2], "nl"), *(pairs(g, "nl") for g in cut(n[2:], [2, 2, 2, 2]))])
    u = Said().say(rng.choice(["Mijn nummer is ", "U kunt me bereiken op ", "Eh, het is ", "Mobiel: "]))
    return u.entity("PHONE_NUMBER", text, n, "nl").say(rng.choice([".", ", dank u.", ""]))


def phone_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Swedish mobile: "noll sjuttiotre", then hundreds ("etthundratjugotre") and pairs."""
    n = a_phone(rng, "SE")
    mid = n[3:6]
    parts = [f"noll {num(int(n[1:3]), 'sv')}", hundreds(int(mid), "sv") if mid[0] != "0" else run(mid, "sv"),
             pairs(n[6:8], "sv"), pairs(n[8:], "sv")]
    u = Said().say(rng.choice(["Mitt nummer är ", "Du kan ringa mig på ", "Det är ", "Mobilnumret: "]))
    return u.entity("PHONE_NUMBER", ", ".join(parts), n, "sv").say(rng.choice([".", ", tack.", ""]))


def phone_brazil_meia(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian mobile: the area code as a number ("onze", "vinte e um"), the rest digit by digit with "meia" for
    six."""
    n = a_phone(rng, "BR")
    area = num(int(n[:2]), "pt") if rng.random() < 0.6 else run(n[:2], "ptbr", rng=rng)
    text = ", ".join([area, run(n[2:7], "ptbr", rng=rng), run(n[7:], "ptbr", rng=rng)])
    u = Said().say(rng.choice(["Meu celular é ", "Pode ligar no ", "O número é ", "Anota: "]))
    return u.entity("PHONE_NUMBER", text, n, "ptbr").say(rng.choice([".", ", valeu.", ""]))


def phone_typed_chat_odd(fake: Faker, rng: random.Random) -> Said:
    """A chat: a number typed the odd ways people type them: "+44(0)", "0049-", a "tel:" link, dots, a space after
    every digit, slashes, a dotted American number."""
    kind = rng.randrange(8)
    if kind == 0:
        n = a_phone(rng, "GB")
        text, value = f"+44(0){n[1:5]} {n[5:]}", f"44{n}"
    elif kind == 1:
        n = a_phone(rng, "DE")
        text, value = f"0049-{n[1:4]}-{n[4:]}", f"0049{n[1:]}"
    elif kind == 2:
        n = a_phone(rng, "ES")
        text, value = f"+34{n}", f"34{n}"
    elif kind == 3:
        n = a_phone(rng, "GB")
        text, value = f"{n[:5]}.{n[5:8]}.{n[8:]}", n
    elif kind == 4:
        n = a_phone(rng, "NL")
        text, value = " ".join(n), n
    elif kind == 5:
        n = a_phone(rng, "US")
        text, value = f"+1.{n[:3]}.{n[3:6]}.{n[6:]}", f"1{n}"
    elif kind == 6:
        n = a_phone(rng, "FR")
        text, value = "/".join(cut(n, [2, 2, 2, 2, 2])), n
    else:
        n = a_phone(rng, "IT")
        text, value = f"+39 {n[:3]}/{n[3:]}", f"39{n}"
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["my number: ", "tel:" if kind == 2 else "tel ", "call me on ",
                                                       "mob ", "phone - ", ""]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", " pls", " (mobile)", " thx"]))


def phone_piece_echoed(fake: Faker, rng: random.Random) -> Said:
    """The number given a group at a time, the agent saying each group back before the next: every group labelled,
    the caller's and the agent's."""
    region = rng.choice(["US", "GB", "IE"])
    n = a_phone(rng, region)
    u = Said().say(rng.choice(["What's the best number for you?", "Can I take a contact number?"])).turn()
    for i, g in enumerate(phone_groups(n, region)):
        u.entity("PHONE_NUMBER", rng.choice([en_doubles(g, rng), run(g, "en", "zero")]), g).say(
            rng.choice([".", "...", ""])).turn()
        u.entity("PHONE_NUMBER", rng.choice([run(g, "en", "oh"), g]), g).say(rng.choice([", yep.", ", okay.", "."]))
        if i < len(phone_groups(n, region)) - 1:
            u.turn()
    return u


def phone_group_restarted(fake: Faker, rng: random.Random) -> Said:
    """A group started with the wrong digits and said again ("two four... no hang on, two five one"); the false start
    inside the label, named."""
    region = rng.choice(["IE", "AU", "GB"])
    n = a_phone(rng, region)
    gs = phone_groups(n, region)
    k = rng.randrange(1, len(gs))
    g = gs[k]
    wrong = g[0] + rng.choice([c for c in "0123456789" if c != g[1]])
    false = f"{run(wrong, 'en', 'oh')}{rng.choice(['... no hang on,', ', no,', '... sorry,', ', wait,'])}"
    said_ = [f"{false} {run(x, 'en', 'oh')}" if i == k else run(x, "en", "oh") for i, x in enumerate(gs)]
    u = Said().say(rng.choice(["My mobile's ", "It's ", "You can get me on "]))
    return u.entity("PHONE_NUMBER", ", ".join(said_), n, drop=(false,)).say(rng.choice([".", ". Sorry.", ""]))


def phone_india_plus91(fake: Faker, rng: random.Random) -> Said:
    """An Indian mobile with "plus nine one" said first and kept in the label, fives with "double" and "triple"."""
    n = a_phone(rng, "IN")
    text = f"plus nine one{rng.choice([', ', '... ', ' '])}" + ", ".join(en_doubles(g, rng, "zero")
                                                                         for g in cut(n, [5, 5]))
    u = Said().say(f"This is {fake['en_IN'].first_name()} speaking. ")
    u.say(rng.choice(["My WhatsApp number is ", "Please note, sir, ", "It is ", "You can call on "]))
    return u.entity("PHONE_NUMBER", text, f"91{n}").say(rng.choice([".", ", sir.", ""]))


LANDLINES = {"US": [("%##%######", [3, 3, 4])], "GB": [("020[378]#######", [3, 4, 4]), ("0161#######", [4, 3, 4]),
                                                      ("0121#######", [4, 3, 4]), ("0113#######", [4, 3, 4])]}


def phone_office_extension(fake: Faker, rng: random.Random) -> Said:
    """An office number with its extension after it: the number labelled, the extension not."""
    region = rng.choice(["US", "GB"])
    pattern, sizes = rng.choice(LANDLINES[region])
    n = a_phone(rng, region, pattern)
    ext = str(rng.randint(100, 9999))
    text = rng.choice([", ".join(run(g, "en", "oh") for g in cut(n, sizes)), " ".join(cut(n, sizes))])
    u = Said().say(rng.choice(["The office number is ", "Ring the main line, ", "Work's "]))
    u.entity("PHONE_NUMBER", text, n)
    return u.say(rng.choice([f", extension {run(ext)}.", f", then ext {ext}.", f" and ask for extension {ext}.",
                             f", x{ext}."]))


def phone_mexico_lada(fake: Faker, rng: random.Random) -> Said:
    """A Mexican number: the "lada" said first, then the eight digits in pairs; two labels read back together."""
    n = a_phone(rng, "MX")
    u = Said().say(rng.choice(["La lada es ", "Es lada ", "Primero la lada: "])).entity(
        "PHONE_NUMBER", num(int(n[:2]), "es"), n[:2], "es")
    u.say(rng.choice([", y el número es ", ". Y luego, ", ", y después "]))
    u.entity("PHONE_NUMBER", ", ".join(pairs(g, "es") for g in cut(n[2:], [2, 2, 2, 2])), n[2:], "es").joint(2, n)
    return u.say(rng.choice([".", ", gracias.", ""]))


# Email addresses ------------------------------------------------------------------------------------------------
EN_DOMAINS = [("hotmail.co.uk", "hotmail dot co dot uk"), ("gmail.com", "gmail dot com"),
              ("yahoo.com", "yahoo dot com"), ("outlook.com", "outlook dot com"), ("icloud.com", "icloud dot com"),
              ("btinternet.com", "b t internet dot com"), ("aol.com", "a o l dot com"),
              ("live.co.uk", "live dot co dot uk"), ("sky.com", "sky dot com")]


def email_asr_number_local(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turn: names, "underscore" or "dot", a number said as words in the local part ("eighty
    seven", "nineteen ninety") and the domain said."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "en_AU"]))
    sep, sep_said = rng.choice([("", " "), (".", " dot "), ("_", " underscore ")])
    nn = rng.choice([str(rng.randint(11, 99)), str(rng.randint(1960, 1999))])
    nn_said = " ".join(num(int(nn[i:i + 2])).replace("-", " ") for i in range(0, len(nn), 2))
    domain, domain_said = rng.choice(EN_DOMAINS)
    value = f"{first}{sep}{last}{nn}@{domain}"
    text = f"{first}{sep_said}{last} {nn_said} at {domain_said}"
    u = Said().say(rng.choice(["and whats the email", "can i get an email address for you"])).turn()
    return u.say(rng.choice(["its ", "yeah its ", "uh ", "email is "])).entity("EMAIL_ADDRESS", text, value).say(
        rng.choice(["", " all lower case", " thanks"]))


def spell_with(word: str, lang: str, rng: random.Random, share: float = 0.5) -> str:
    """A word spelled a letter at a time, some letters joined to their word in `lang`'s spelling alphabet ("M wie
    Martha", "M de Madrid", "m jak Marek", "m som i Martin")."""
    join = JOIN_WORDS[lang][0]
    out = []
    for c in word:
        if c.isalpha() and rng.random() < share:
            out.append(f"{c.upper()} {join} {ALPHABETS[lang][ord(c) - ord('a')]}")
        else:
            out.append(c.upper() if c.isalpha() else DIGITS[lang][int(c)])
    return ", ".join(out)


DE_DOMAINS = [("gmx.de", "gmx punkt de"), ("web.de", "web punkt de"), ("t-online.de", "t bindestrich online punkt de"),
              ("posteo.de", "posteo punkt de"), ("freenet.de", "freenet punkt de")]


def email_german_alphabet(fake: Faker, rng: random.Random) -> Said:
    """A German caller spells the local part with the German spelling alphabet ("M wie Martha"), "Punkt" and "at"
    or "ät" or "Klammeraffe", the domain said ("t bindestrich online punkt de")."""
    first, last = person(fake, rng.choice(["de_DE", "de_AT", "de_CH"]))
    kind, nn = rng.randrange(3), rng.randint(11, 99)
    if kind == 0:
        local, spelled = last, spell_with(last, "de", rng)
    elif kind == 1:
        local = f"{first[0]}.{last}"
        spelled = f"{spell_with(first[0], 'de', rng, 1.0)}, Punkt, {spell_with(last, 'de', rng)}"
    else:
        local, spelled = f"{first}{nn}", f"{spell_with(first, 'de', rng)}, {num(nn, 'de')}"
    domain, domain_said = rng.choice(DE_DOMAINS)
    text = f"{spelled} {rng.choice(['at', 'ät', 'Klammeraffe'])} {domain_said}"
    u = Said().say(rng.choice(["Ich buchstabiere: ", "Also, die E-Mail: ", "Zum Mitschreiben: "]))
    return u.entity("EMAIL_ADDRESS", text, f"{local}@{domain}", "de").say(rng.choice([".", ", alles klein.", ""]))


ES_DOMAINS = [("hotmail.es", "hotmail punto es"), ("gmail.com", "gmail punto com"), ("yahoo.es", "yahoo punto es"),
              ("telefonica.net", "telefonica punto net"), ("outlook.es", "outlook punto es")]


def email_spanish_alphabet(fake: Faker, rng: random.Random) -> Said:
    """A Spanish caller spells the address with "de" and a name or a city ("M de Madrid, A, R de Ramón"),
    "arroba", "punto" and "guion bajo"."""
    first, last = person(fake, rng.choice(["es_ES", "es_MX"]))
    sep, sep_said = rng.choice([(".", "punto"), ("_", "guion bajo"), ("", "")])
    local = f"{first}{sep}{last}"
    spelled = spell_with(first, "es", rng) + (f", {sep_said}, " if sep else ", ") + spell_with(last, "es", rng)
    domain, domain_said = rng.choice(ES_DOMAINS)
    u = Said().say(rng.choice(["Se lo deletreo: ", "A ver, es ", "Mi correo: "]))
    return u.entity("EMAIL_ADDRESS", f"{spelled}, arroba, {domain_said}", f"{local}@{domain}", "es").say(
        rng.choice([".", ", todo junto.", ""]))


PL_DOMAINS = [("wp.pl", "wp kropka pl"), ("o2.pl", "o dwa kropka pl"), ("onet.pl", "onet kropka pl"),
              ("interia.pl", "interia kropka pl"), ("gmail.com", "gmail kropka com")]


def email_polish(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller: the name said or spelled with "jak" ("k jak Karol"), "kropka", "małpa", "o dwa"."""
    first, last = person(fake, "pl_PL")
    domain, domain_said = rng.choice(PL_DOMAINS)
    if rng.random() < 0.5:
        local, said_local = f"{first}.{last}", f"{first} kropka {last}"
    else:
        local, said_local = last, spell_with(last, "pl", rng)
    u = Said().say(rng.choice(["Mój mail to ", "Adres e-mail: ", "Proszę zapisać: "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} małpa {domain_said}", f"{local}@{domain}", "pl").say(
        rng.choice([".", ", dziękuję.", ""]))


SV_DOMAINS = [("telia.se", "telia punkt se"), ("gmail.com", "gmail punkt com"), ("hotmail.se", "hotmail punkt se"),
              ("bredband.net", "bredband punkt net"), ("spray.se", "spray punkt se")]


def email_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Swedish caller: "punkt", "snabel-a", the surname said or spelled with "som i" ("l som i Ludvig")."""
    first, last = person(fake, "sv_SE")
    domain, domain_said = rng.choice(SV_DOMAINS)
    said_last = last if rng.random() < 0.5 else spell_with(last, "sv", rng)
    u = Said().say(rng.choice(["Min mejl är ", "Mejladressen: ", "Det är "]))
    return u.entity("EMAIL_ADDRESS", f"{first} punkt {said_last} snabel-a {domain_said}", f"{first}.{last}@{domain}",
                    "sv").say(rng.choice([".", ", tack.", ""]))


BR_DOMAINS = [("uol.com.br", "uol ponto com ponto br"), ("bol.com.br", "bol ponto com ponto br"),
              ("terra.com.br", "terra ponto com ponto br"), ("gmail.com", "gmail ponto com"),
              ("hotmail.com", "hotmail ponto com"), ("sapo.pt", "sapo ponto pt")]


def email_portuguese(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian or Portuguese caller: "ponto", "arroba", "traço", a number in words ("noventa e oito"), domains
    with "ponto com ponto br"."""
    first, last = person(fake, rng.choice(["pt_BR", "pt_PT"]))
    sep, sep_said = rng.choice([(".", " ponto "), ("-", " traço "), ("", " ")])
    nn = rng.randint(21, 99)
    domain, domain_said = rng.choice(BR_DOMAINS)
    text = f"{first}{sep_said}{last} {num(nn, 'pt')} arroba {domain_said}"
    u = Said().say(rng.choice(["O meu e-mail é ", "Meu email: ", "É "]))
    return u.entity("EMAIL_ADDRESS", text, f"{first}{sep}{last}{nn}@{domain}", "pt").say(rng.choice([".", ""]))


def email_typed_obfuscated(fake: Faker, rng: random.Random) -> Said:
    """A chat: the address typed hidden from bots ("[at]", "(dot)", " AT ", spaces round the signs)."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "de_DE", "nl_NL", "fr_FR"]))
    domain = rng.choice(["gmail.com", "outlook.com", "proton.me", "web.de", "yahoo.co.uk", "ziggo.nl", "orange.fr"])
    at, dot = rng.choice([(" [at] ", " [dot] "), ("(at)", "(dot)"), (" at ", " dot "), (" @ ", " . "),
                          (" {at} ", " {dot} "), (" AT ", " DOT ")])
    local = f"{first}.{last}"
    text = local + at + domain.replace(".", dot)
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["my email is ", "email: ", "", "send it to "]))
    return u.entity("EMAIL_ADDRESS", text, f"{local}@{domain}").say(rng.choice(["", " thanks", " (personal)"]))


def email_domain_asked_apart(fake: Faker, rng: random.Random) -> Said:
    """The name part first, then the agent asks what comes after the at; a work domain with a dash. Two labels,
    read back together."""
    first, last = person(fake, rng.choice(["en_GB", "en_IE", "en_AU"]))
    _, firm = person(fake, "en_GB")
    kind = rng.choice(["group", "legal", "homes", "motors", "care"])
    tld, tld_said = rng.choice([("co.uk", "co dot uk"), ("com", "com"), ("ie", "i e"), ("com.au", "com dot a u")])
    u = Said().say(rng.choice(["It's ", "Email's ", "Sure, "])).entity("EMAIL_ADDRESS", f"{first} dot {last}",
                                                                        f"{first}.{last}")
    u.say(rng.choice(["...", ", and then...", "."])).turn()
    u.say(rng.choice(["And after the at sign?", "At...?", "And the domain?"])).turn()
    u.say(rng.choice(["Oh, it's my work one, so ", "", "Oh, sorry, "])).entity(
        "EMAIL_ADDRESS", f"at {firm} dash {kind} dot {tld_said}", f"@{firm}-{kind}.{tld}").joint(
        2, f"{first}.{last}@{firm}-{kind}.{tld}")
    return u.say(rng.choice([".", ", with the dash.", ""]))


DOUBLED = ["bennett", "russell", "elliott", "hill", "scott", "mitchell", "powell", "campbell", "kennedy", "lloyd",
           "dunn", "wood", "moore", "cooper", "harrison", "jennings", "abbott", "connolly", "sullivan", "gillespie"]


def spelled_doubles(word: str) -> str:
    out, i = [], 0
    while i < len(word):
        if i + 1 < len(word) and word[i] == word[i + 1]:
            out.append(f"double {word[i]}")
            i += 2
        else:
            out.append(word[i])
            i += 1
    return " ".join(out)


def email_double_letters(fake: Faker, rng: random.Random) -> Said:
    """The surname spelled out with "double" for its doubled letters ("b e double n e double t"), as an engine
    writes spelling: small letters and spaces."""
    first, last = person(fake, rng.choice(["en_GB", "en_IE", "en_US"]))
    if not any(a == b for a, b in pairwise(last)):
        last = rng.choice(DOUBLED)
    domain, domain_said = rng.choice(EN_DOMAINS)
    nn = rng.randint(11, 99)
    local, said_local = rng.choice([(f"{first[0]}{last}", spelled_doubles(f"{first[0]}{last}")),
                                    (f"{last}{nn}", f"{spelled_doubles(last)} {num(nn).replace('-', ' ')}"),
                                    (f"{first}.{last}", f"{first} dot {spelled_doubles(last)}")])
    u = Said().say(rng.choice(["its ", "yeah so its ", "email is "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} at {domain_said}", f"{local}@{domain}").say(
        rng.choice(["", " thank you"]))


def email_domain_mended(fake: Faker, rng: random.Random) -> Said:
    """The wrong provider said and put right ("at hotmail dot com, no, sorry, outlook dot com"), or the wrong sign
    in the local part ("dot... no, underscore"); the slip inside the label, named."""
    first, last = person(fake, rng.choice(["en_US", "en_GB", "en_CA"]))
    (right, right_said), (_, wrong_said) = rng.sample(EN_DOMAINS, 2)
    marker = rng.choice([", no, sorry,", "... no wait,", ", actually no,", ", I mean"])
    if rng.random() < 0.5:
        slip = f"{wrong_said}{marker}"
        text, value = f"{first} {last} at {slip} {right_said}", f"{first}{last}@{right}"
    else:
        slip = f"{first} dot{marker}"
        text, value = f"{slip} {first} underscore {last} at {right_said}", f"{first}_{last}@{right}"
    u = Said().say(rng.choice(["Email's ", "It's ", "My email address is "]))
    return u.entity("EMAIL_ADDRESS", text, value, drop=(slip,)).say(rng.choice([".", ". Sorry.", ""]))


# IBANs ----------------------------------------------------------------------------------------------------------
def check_in(v: str, lang: str) -> str:
    """An IBAN's check digits as a number in `lang`, digit by digit from a zero."""
    return run(v[2:4], lang) if v[2] == "0" else num(int(v[2:4]), lang)


def iban_german_pairs(fake: Faker, rng: random.Random) -> Said:
    """A German or Austrian IBAN: the letters, the check digits as a number, the groups of four in German pairs."""
    v = an_iban(fake, rng, rng.choice(["DE", "DE", "AT"]))
    body = ", ".join(de_pairs(g, rng) for g in fours(v[4:]))
    u = Said().say(rng.choice(["Meine IBAN lautet ", "Die IBAN ist ", "Also, ", "Überweisen Sie bitte auf "]))
    return u.entity("IBAN_CODE", f"{' '.join(v[:2])}, {check_in(v, 'de')}, {body}", v, "de").say(
        rng.choice([".", ", danke.", ""]))


def iban_italian_cin(fake: Faker, rng: random.Random) -> Said:
    """An Italian IBAN: "I T", the check digits, the CIN letter by its name or "X come Xeres", then the ABI, the CAB
    and the account digit by digit, "doppio" for a digit said twice."""
    v = an_iban(fake, rng, "IT")

    def letter(c: str) -> str:
        return rng.choice([c, f"{c} come {ALPHABETS['it'][ord(c) - ord('A')]}", LETTER_NAMES["it"].get(c, c)])

    def chunk(s: str) -> str:
        return " ".join(letter(c) if c.isalpha() else DIGITS["it"][int(c)] for c in s) if any(
            c.isalpha() for c in s) else it_doubles(s, rng)

    parts = [f"I T, {check_in(v, 'it')}", letter(v[4]), chunk(v[5:10]), chunk(v[10:15]), chunk(v[15:21]),
             chunk(v[21:])]
    u = Said().say(rng.choice(["L'IBAN è ", "Allora, l'IBAN: ", "Le detto l'IBAN: ", "Sì, "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v, "it*").say(rng.choice([".", ", grazie.", ""]))


def iban_typed_odd(fake: Faker, rng: random.Random) -> Said:
    """A chat: an IBAN typed in small letters, run together, dotted, dashed, or with the check digits apart."""
    v = an_iban(fake, rng, rng.choice(["DE", "NL", "FR", "ES", "IT", "BE", "AT", "PT", "GB", "IE", "PL"]))
    text = rng.choice([v.lower(), ".".join(fours(v)).lower(), "-".join(fours(v)), ".".join(fours(v)),
                       " ".join([v[:2], v[2:4], *fours(v[4:])]), f"{v[:4]} {v[4:]}".lower(),
                       " ".join(fours(v)).lower()])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["iban ", "my iban is ", "acc: ", "", "pay to "]))
    return u.entity("IBAN_CODE", text, v).say(rng.choice(["", " ta", " (joint account)", "."]))


def iban_country_then_parts(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN over three turns: the country's letters and the check digits after the agent asks where the
    account is, then the digits in two runs with the agent's "go on" between. Each labelled, read back together."""
    v = an_iban(fake, rng, "ES")
    gs = fours(v[4:])
    u = Said().say(rng.choice(["Which country is the account in?", "Is it a UK account?"])).turn()
    u.say(rng.choice(["Spain. So it starts ", "No, Spanish. ", "It's a Spanish one, "])).entity(
        "IBAN_CODE", f"E S, {pairs(v[2:4])}", v[:4]).say(rng.choice(["...", ",", "."])).turn()
    u.say(rng.choice(["Go on.", "Mhm.", "Yep, then?"])).turn()
    u.entity("IBAN_CODE", ", ".join(run(g, "en", "zero") for g in gs[:3]), "".join(gs[:3])).say(
        rng.choice(["...", ".", ","])).turn()
    u.say(rng.choice(["Okay.", "Got that.", "Yep."])).turn()
    u.entity("IBAN_CODE", ", ".join(run(g, "en", "zero") for g in gs[3:]), "".join(gs[3:])).joint(3, v)
    return u.say(rng.choice([".", ". That's it.", ""]))


def iban_portuguese_nib(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese IBAN read in the old NIB's parts: the bank's four, the branch's four, the account's eleven, its
    two check digits."""
    v = an_iban(fake, rng, "PT")
    parts = [f"P T, {run(v[2:4], 'pt')}", run(v[4:8], "pt"), run(v[8:12], "pt"), run(v[12:23], "pt"),
             run(v[23:], "pt")]
    u = Said().say(rng.choice(["O IBAN é ", "Então, o meu IBAN: ", "É o ", "Tome nota: "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v, "pt").say(rng.choice([".", ", obrigado.", ""]))


def iban_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Swedish IBAN in Swedish, the groups in pairs or digit by digit."""
    v = an_iban(fake, rng, "SE")
    body = ", ".join(pairs(g, "sv") if rng.random() < 0.5 else run(g, "sv") for g in fours(v[4:]))
    u = Said().say(rng.choice(["Mitt IBAN är ", "IBAN-numret: ", "Det är "]))
    return u.entity("IBAN_CODE", f"S E, {check_in(v, 'sv')}, {body}", v, "sv").say(rng.choice([".", ", tack.", ""]))


def iban_dutch_letter_names(fake: Faker, rng: random.Random) -> Said:
    """A Dutch IBAN with its letters said by their Dutch names ("en el", "a bee en a"), "eh" between the digits."""
    v = an_iban(fake, rng, "NL")

    def name(c: str) -> str:
        return LETTER_NAMES["nl"].get(c, c.lower())

    digits = fours(v[8:])
    said_digits = ", ".join(run(g, "nl").replace(" ", rng.choice([" ", " ", " eh "]), 1) for g in digits)
    text = f"{name('N')} {name('L')}, {check_in(v, 'nl')}, {' '.join(name(c) for c in v[4:8])}, {said_digits}"
    u = Said().say(rng.choice(["Mijn IBAN is ", "Het rekeningnummer: ", "Eh, dat is "]))
    return u.entity("IBAN_CODE", text, v, "nl*").say(rng.choice([".", ", dank u.", ""]))


def iban_group_restarted(fake: Faker, rng: random.Random) -> Said:
    """A British or Irish IBAN read in English, a group started wrong and said again; the false start named."""
    v = an_iban(fake, rng, rng.choice(["GB", "IE"]))
    gs = fours(v)
    k = rng.randrange(2, len(gs))
    g = gs[k]
    wrong = g[0] + rng.choice([c for c in "0123456789" if c != g[1]]) if g[1].isdigit() else g[:1]
    marker = rng.choice(["... sorry,", ", no,", "... wait,"])
    false = f"{run(wrong, 'en', 'zero') if wrong.isdigit() else wrong}{marker}"

    def said_group(x: str) -> str:
        return " ".join(c if c.isalpha() else WORDS[int(c)] for c in x)

    parts = [f"{false} {said_group(x)}" if i == k else said_group(x) for i, x in enumerate(gs)]
    u = Said().say(rng.choice(["The IBAN is ", "It's ", "Okay, IBAN: "]))
    return u.entity("IBAN_CODE", ", ".join(parts), v, drop=(false,)).say(rng.choice([".", ". Sorry.", ""]))


def iban_asr_mixed_lower(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turn: the letters as small letters, some digit groups as numerals and some as words."""
    v = an_iban(fake, rng, rng.choice(["GB", "IE"]))
    parts = [v[:2].lower(), v[2:4] if rng.random() < 0.5 else pairs(v[2:4]).replace("-", " "), v[4:8].lower()]
    parts += [g if rng.random() < 0.4 else run(g, "en", "zero") for g in fours(v[8:])]
    u = Said().say(rng.choice(["yeah the iban is ", "its ", "ok so "]))
    return u.entity("IBAN_CODE", " ".join(parts), v).say(rng.choice(["", " thanks"]))


def iban_danish(fake: Faker, rng: random.Random) -> Said:
    """A Danish IBAN in Danish, digit by digit in fours."""
    v = an_iban(fake, rng, "DK")
    text = f"D K, {run(v[2:4], 'da')}, " + ", ".join(run(g, "da") for g in fours(v[4:]))
    u = Said().say(rng.choice(["Mit IBAN-nummer er ", "IBAN: ", "Det er "]))
    return u.entity("IBAN_CODE", text, v, "da").say(rng.choice([".", ", tak.", ""]))


# SSNs -------------------------------------------------------------------------------------------------------------
def ssn_parts(d: str) -> list[str]:
    return [d[:3], d[3:5], d[5:]]


def ssn_asr_lower_o(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turn: the SSN digit by digit, "o" for zero, hesitations between the groups."""
    d = an_ssn(fake)
    ps = [run(p, "eno", "o") for p in ssn_parts(d)]
    text = f"{ps[0]} {rng.choice(['', 'uh '])}{ps[1]} {rng.choice(['', 'um '])}{ps[2]}"
    u = Said().say(rng.choice(["and can i get your social", "whats the social security number on the account"]))
    return u.turn().say(rng.choice(["yeah its ", "its ", "sure ", "uh "])).entity("US_SSN", text, d, "eno").say(
        rng.choice(["", " yeah"]))


def ssn_round_numbers(fake: Faker, rng: random.Random) -> Said:
    """The SSN the way some people say it: the first three as "five twelve", the middle two as a number, the last
    four in pairs."""
    d = an_ssn(fake)
    a, g, s = ssn_parts(d)
    area = f"{WORDS[int(a[0])]} {en_num(int(a[1:]), rng)}" if a[1] != "0" else run(a, "en", "oh")
    mid = en_num(int(g), rng) if g[0] != "0" else run(g, "en", "oh")
    u = Said().say(rng.choice(["My social's ", "Social security number is ", "Okay, it's "]))
    return u.entity("US_SSN", f"{area}, {mid}, {pairs(s).replace('-', ' ')}", d).say(rng.choice([".", ""]))


def ssn_typed_odd(fake: Faker, rng: random.Random) -> Said:
    """A chat: the SSN typed with spaces, dots, slashes, underscores or spaced dashes, or glued to "ssn#"."""
    d = an_ssn(fake)
    a, g, s = ssn_parts(d)
    text = rng.choice([f"{a} {g} {s}", f"{a}.{g}.{s}", f"{a}/{g}/{s}", d, f"{a} - {g} - {s}", f"{a}_{g}_{s}",
                       f"{d[:3]}-{d[3:6]}-{d[6:]}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["ssn#", "ssn: ", "social ", "my ss# is ", ""]))
    return u.entity("US_SSN", text, d).say(rng.choice(["", " thx", "."]))


def ssn_spanglish(fake: Faker, rng: random.Random) -> Said:
    """A caller switching between Spanish and English inside the SSN: each group in one or the other, Spanish
    groups digit by digit or as a number."""
    d = an_ssn(fake)

    def said_part(p: str) -> str:
        lang = rng.choice(["en", "es", "es-num"])
        if lang == "en":
            return run(p, "en", "zero")
        if lang == "es-num" and p[0] != "0" and len(p) == 2:
            return num(int(p), "es")
        return run(p, "es")

    u = Said().say(rng.choice(["Mi social es ", "El social security, ", "Okay, mi número de social es ", "Es el "]))
    return u.entity("US_SSN", ", ".join(said_part(p) for p in ssn_parts(d)), d, "es+en").say(rng.choice([".", ""]))


def ssn_digit_replaced(fake: Faker, rng: random.Random) -> Said:
    """A digit said wrong and replaced at once with "make that" ("five four seven, make that eight"); the slip
    named."""
    d = an_ssn(fake)
    at = rng.randrange(1, 9)
    wrong = rng.choice([c for c in "0123456789" if c != d[at]])
    slip = f"{WORDS[int(wrong)]}, {rng.choice(['make that', 'I mean', 'no,'])}"
    ps = ssn_parts(d)
    bounds = [0, 3, 5, 9]
    out = []
    for i, p in enumerate(ps):
        lo = bounds[i]
        if lo <= at < bounds[i + 1]:
            k = at - lo
            out.append(" ".join(x for x in [run(p[:k], "en", "zero"), slip, run(p[k:], "en", "zero")] if x))
        else:
            out.append(run(p, "en", "zero"))
    u = Said().say(rng.choice(["The social is ", "It's ", "Social security, "]))
    return u.entity("US_SSN", ", ".join(out), d, drop=(slip,)).say(rng.choice([".", ". Sorry.", ""]))


def dob_en(born: date, rng: random.Random) -> tuple[str, str]:
    """A date of birth as an American caller says it, and what it reads as."""
    m, dd, y = born.month, born.day, born.year
    return rng.choice([
        (f"{MONTH_NAMES['en'][m - 1]} {en_ordinal(dd)}, {year_words(y, 'en')}", f"{m:02d}{dd}{y}"),
        (f"{num(m) if m >= 10 else run(f'{m:02d}', 'en', 'oh')}, "
         f"{num(dd) if dd >= 10 else run(f'{dd:02d}', 'en', 'oh')}, "
         f"{num(y % 100) if y % 100 >= 10 else run(f'{y % 100:02d}', 'en', 'oh')}", f"{m:02d}{dd:02d}{y % 100:02d}"),
        (run(f"{m:02d}{dd:02d}{y}", "en", "zero"), f"{m:02d}{dd:02d}{y}"),
        (f"{m}/{dd}/{y}", f"{m}{dd}{y}")])


def ssn_identity_with_birth(fake: Faker, rng: random.Random) -> Said:
    """An identity check: the name, the date of birth and the SSN, each asked for; the zip code after (not
    labelled). The date of birth and the SSN labelled."""
    d = an_ssn(fake)
    first, last = fake["en_US"].first_name(), fake["en_US"].last_name()
    born = a_birth(rng)
    dob, dob_value = dob_en(born, rng)
    u = Said().say(rng.choice(["Can I have your full name?", "Who am I speaking with?"])).turn()
    u.say(f"{first} {last}.").turn().say(rng.choice(["And your date of birth?", "Thanks. Date of birth?"])).turn()
    u.entity("DATE_OF_BIRTH", dob, dob_value).say(".").turn()
    u.say(rng.choice(["And your social security number?", "Thank you. And the social?"])).turn()
    a, g, s = ssn_parts(d)
    u.entity("US_SSN", rng.choice([f"{run(a)}, {run(g)}, {run(s)}", f"{a}-{g}-{s}"]), d).say(".").turn()
    u.say(rng.choice(["And the zip code on the account?", "Last one, the zip code?"])).turn()
    return u.say(f"{fake['en_US'].zipcode()}.")


def ssn_pieces_echoed(fake: Faker, rng: random.Random) -> Said:
    """Three, two and four, each said by the caller and back by the agent before the next: each labelled."""
    d = an_ssn(fake)
    u = Said().say(rng.choice(["Go ahead with the social, in its three parts.", "Okay, the SSN, one piece at a "
                               "time."])).turn()
    ps = ssn_parts(d)
    for i, p in enumerate(ps):
        u.entity("US_SSN", rng.choice([run(p, "en", "oh"), en_doubles(p, rng)]), p).say(".").turn()
        u.entity("US_SSN", rng.choice([p, run(p, "en", "zero")]), p).say(rng.choice([", got it.", ", okay.", "."]))
        if i < 2:
            u.say(rng.choice([" Next?", " Go on.", ""])).turn()
    return u


# UK NINOs ---------------------------------------------------------------------------------------------------------
def nino_asr_lower(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turn: the letters small (apart or together), the digits as words, pairs or
    numerals, the suffix small, no punctuation."""
    v = a_nino(rng, small=True)
    letters = rng.choice([" ".join(v[:2]).lower(), v[:2].lower()])
    digits = rng.choice([run(v[2:8], "en", "zero"), pairs(v[2:8]).replace("-", " "), " ".join(cut(v[2:8], [2, 2, 2]))])
    u = Said().say(rng.choice(["and your national insurance number", "can i take your ni number please"])).turn()
    return u.say(rng.choice(["yeah its ", "its ", "uh ", "sure "])).entity(
        "UK_NINO", f"{letters} {digits} {v[8].lower()}", v).say(rng.choice(["", " i think"]))


def nino_typed_odd(fake: Faker, rng: random.Random) -> Said:
    """A chat: the NINO typed dotted, dashed, slashed, small, or with its digits run together between spaces."""
    v = a_nino(rng, small=True)
    p, d, s = v[:2], v[2:8], v[8]
    text = rng.choice([f"{p}.{d[:2]}.{d[2:4]}.{d[4:]}.{s}".lower(), f"{p}-{d[:2]}-{d[2:4]}-{d[4:]}-{s}",
                       f"{p} {d} {s}".lower(), v.capitalize(), f"{p}/{d}/{s}", f"{p} {d}{s}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["ni no ", "NI: ", "nat ins ", "my nino is ", ""]))
    return u.entity("UK_NINO", text, v).say(rng.choice(["", " cheers", "."]))


def nino_letter_mended(fake: Faker, rng: random.Random) -> Said:
    """The first letter said wrong and put right ("T, no, sorry, P"), the rest read as printed; the slip named."""
    v = a_nino(rng)
    wrong = rng.choice([c for c in "BCEGHJKLMNPRSTWXYZ" if c != v[0]])
    slip = f"{wrong}{rng.choice([', no, sorry,', '... no,', ', I mean'])}"
    digits = rng.choice([", ".join(pairs(x) for x in cut(v[2:8], [2, 2, 2])), run(v[2:8], "en", "oh")])
    u = Said().say(rng.choice(["It's ", "My NI number is ", "National Insurance: "]))
    return u.entity("UK_NINO", f"{slip} {v[0]}, {v[1]}, {digits}, {v[8]}", v, drop=(slip,)).say(
        rng.choice([".", ". Sorry.", ""]))


def nino_threes_agent_nato(fake: Faker, rng: random.Random) -> Said:
    """The digits said in threes; the agent reads it all back, the letters in NATO words and the digits in pairs.
    Both labelled."""
    v = a_nino(rng)
    u = Said().say(rng.choice(["It's ", "Sure, ", "Okay: "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {run(v[2:5])}, {run(v[5:8])}, {v[8]}", v).say(".").turn()

    def nato(c: str) -> str:
        return NATO[ord(c) - ord("A")].capitalize()

    u.say(rng.choice(["Thank you. So that's ", "Let me read it back: ", "I have "])).entity(
        "UK_NINO", f"{nato(v[0])} {nato(v[1])}, {pairs(v[2:8], sep=', ')}, {nato(v[8])}", v, "en*")
    return u.say(rng.choice(["?", ", correct?"])).turn().say(rng.choice(["That's right.", "Yes.", "Spot on."]))


# DNIs and NIEs ----------------------------------------------------------------------------------------------------
def letter_es(c: str, rng: random.Random) -> str:
    return rng.choice([c, LETTER_NAMES["es"].get(c, c)])


def dni_as_one_number(fake: Faker, rng: random.Random) -> Said:
    """The DNI's eight digits said as one number ("cincuenta y tres millones cuatrocientos doce mil trescientos
    ochenta y uno"), then the letter; two labels read back together."""
    v = a_nif(fake, lead=True)
    u = Said().say(rng.choice(["Mi DNI es el ", "El DNI: ", "Es el ", "Apunte, el "]))
    u.entity("ES_NIF", es_cardinal(int(v[:8])), v[:8], "es").say(rng.choice([", letra ", ", con la letra ",
                                                                          ", y la letra es la "]))
    return u.entity("ES_NIF", letter_es(v[8], rng), v[8], "es*").joint(2, v).say(rng.choice([".", ""]))


def dni_typed_lower(fake: Faker, rng: random.Random) -> Said:
    """A chat: the DNI typed with its letter small, the printed dots and dash, a spaced dash, or glued to "dni:"."""
    v = a_nif(fake)
    text = rng.choice([f"{v[:8]}{v[8].lower()}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8].lower()}", f"{v[:8]} - {v[8]}",
                       v, f"{v[:8]}.{v[8]}", f"{v[:8]} {v[8].lower()}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["dni:", "mi dni ", "DNI ", "nif: ", ""]))
    return u.entity("ES_NIF", text, v).say(rng.choice(["", " gracias", "."]))


def dni_basque(fake: Faker, rng: random.Random) -> Said:
    """A Basque caller reads the NAN (the DNI) in Basque, the letter after "eta letra"; two labels read back
    together."""
    v = a_nif(fake)
    digits = ", ".join(run(g, "eu") for g in cut(v[:8], [2, 3, 3]))
    u = Said().say(rng.choice(["Nire NANa ", "NAN zenbakia ", "Bai, "])).entity("ES_NIF", digits, v[:8], "eu")
    u.say(rng.choice([", eta letra ", ". Letra: ", ", letra "]))
    u.entity("ES_NIF", rng.choice([v[8], LETTER_NAMES["eu"].get(v[8], v[8])]), v[8], "eu*").joint(2, v)
    return u.say(rng.choice([".", ", eskerrik asko.", ""]))


def dni_asr_english_pairs(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case English turn: the DNI's digits in pairs and the letter small at the end."""
    v = a_nif(fake)
    u = Said().say(rng.choice(["and the spanish id number", "whats the dni number"])).turn()
    return u.say(rng.choice(["its ", "yeah its ", "ok its "])).entity(
        "ES_NIF", f"{pairs(v[:8]).replace('-', ' ')} {v[8].lower()}", v).say(rng.choice(["", " the letter is last"]))


NIE_FIRST_ES = {"X": "equis", "Y": "i griega", "Z": "zeta"}


def nie_asr_spanish(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case Spanish turn: the NIE's first letter by its name ("equis"), the digits, the last letter
    by its name or small; no punctuation."""
    v = a_nie(fake)
    last = LETTER_NAMES["es"].get(v[8], v[8].lower()) if v[8] == "Y" or rng.random() < 0.6 else v[8].lower()
    text = f"{NIE_FIRST_ES[v[0]]} {run(v[1:8], 'es')} {last}"
    u = Said().say(rng.choice(["me dice su nie", "y el número de extranjero"])).turn()
    return u.say(rng.choice(["sí es ", "es la ", "pues ", ""])).entity("ES_NIE", text, v, "es*")


def nie_typed_odd(fake: Faker, rng: random.Random) -> Said:
    """A chat: the NIE typed small with dashes, dotted, run together, spaced like a phone, or with slashes."""
    v = a_nie(fake)
    text = rng.choice([f"{v[0]}-{v[1:8]}-{v[8]}".lower(), f"{v[0]}.{v[1:8]}.{v[8]}", v.lower(),
                       f"{v[0]} {v[1:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[0]}/{v[1:8]}/{v[8]}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["nie ", "mi nie: ", "NIE=", "foreigner id "]))
    return u.entity("ES_NIE", text, v).say(rng.choice(["", " ok", "."]))


NIE_FIRST_SV = {"X": "eks", "Y": "y", "Z": "säta"}


def nie_swedish_resident(fake: Faker, rng: random.Random) -> Said:
    """A Swedish resident in Spain reads the NIE in Swedish: the first letter by its Swedish name, the digits, the
    last letter bare or by its name."""
    v = a_nie(fake)
    last = rng.choice([v[8], LETTER_NAMES["sv"].get(v[8], v[8])])
    text = f"{NIE_FIRST_SV[v[0]]}, {run(v[1:8], 'sv')}, {last}"
    u = Said().say(rng.choice(["Mitt NIE-nummer är ", "NIE: ", "Det är "]))
    return u.entity("ES_NIE", text, v, "sv*").say(rng.choice([".", ", tack.", ""]))


def nie_english_pairs(fake: Faker, rng: random.Random) -> Said:
    """A British expat: the first letter, "then" the digits in pairs, "then" the letter; all one label."""
    v = a_nie(fake)
    text = f"{v[0]}, then {pairs(v[1:8], sep=', ')}, then {v[8]}"
    u = Said().say(rng.choice(["My NIE is ", "The foreigner's number is ", "It's "]))
    return u.entity("ES_NIE", text, v).say(rng.choice([".", ". That's the one on my residency card.", ""]))


# Dates of birth ---------------------------------------------------------------------------------------------------
def dob_verification_readback(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the date of birth; the agent reads it back the way the system shows it. Both labelled."""
    born = a_birth(rng)
    dob, value = dob_en(born, rng)
    u = Said().say(rng.choice(["Can you confirm your date of birth for me?", "And your DOB, please?"])).turn()
    u.say(rng.choice(["Sure, ", "It's ", "Yeah, "])).entity("DATE_OF_BIRTH", dob, value).say(".").turn()
    back, back_value = rng.choice([(born.strftime("%m/%d/%Y"), born.strftime("%m%d%Y")),
                                   (f"{MONTH_NAMES['en'][born.month - 1]} {born.day}, {born.year}",
                                    f"{born.month:02d}{born.day}{born.year}")])
    return u.say(rng.choice(["I have ", "That matches, ", "So "])).entity("DATE_OF_BIRTH", back, back_value).say(
        rng.choice([".", ", thank you.", "?"]))


def dob_european_words(fake: Faker, rng: random.Random) -> Said:
    """A date of birth said in words in Spanish, German, French, Italian, Portuguese, Dutch or Swedish."""
    born = a_birth(rng)
    lang = rng.choice(["es", "de", "fr", "it", "pt", "nl", "sv"])
    d, m, y = born.day, born.month, born.year
    month = MONTH_NAMES[lang][m - 1]
    day = num(d, lang) if lang != "de" else ""
    text = {"es": f"{day} de {month} de {year_words(y, 'es')}",
            "de": rng.choice([f"{d}. {month} {year_words(y, 'de')}", f"{de_ordinal(d)} {month} {year_words(y, 'de')}"]),
            "fr": f"{'premier' if d == 1 else day} {month} {year_words(y, 'fr')}",
            "it": f"{'primo' if d == 1 else day} {month} {year_words(y, 'it')}",
            "pt": f"{day} de {month} de {year_words(y, 'pt')}",
            "nl": f"{day} {month} {year_words(y, 'nl')}",
            "sv": f"{day} {month} {year_words(y, 'sv')}"}[lang]
    intro = {"es": ["Nací el ", "Mi fecha de nacimiento es el ", "El "],
             "de": ["Geboren am ", "Mein Geburtsdatum ist der ", "Am "],
             "fr": ["Je suis né le ", "Ma date de naissance, c'est le ", "Le "],
             "it": ["Sono nato il ", "La data di nascita è il ", "Il "],
             "pt": ["Nasci a ", "A minha data de nascimento é ", "Dia "],
             "nl": ["Ik ben geboren op ", "Mijn geboortedatum is ", "Op "],
             "sv": ["Jag är född den ", "Födelsedatum: den ", "Den "]}[lang]
    u = Said().say(rng.choice(intro))
    return u.entity("DATE_OF_BIRTH", text, f"{d}{m:02d}{y}", lang).say(rng.choice([".", ""]))


def dob_typed_chat(fake: Faker, rng: random.Random) -> Said:
    """A chat: the date of birth typed with dots, dashes, a two-digit year, year first, or run together."""
    born = a_birth(rng)
    d, m, y = born.day, born.month, born.year
    text, value = rng.choice([(f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}"), (f"{d}-{m}-{y % 100:02d}",
                                                                              f"{d}{m}{y % 100:02d}"),
                              (f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}"),
                              (f"{m:02d}/{d:02d}/{y % 100:02d}", f"{m:02d}{d:02d}{y % 100:02d}"),
                              (f"{d:02d}{m:02d}{y}", f"{d:02d}{m:02d}{y}")])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["dob ", "d.o.b: ", "born ", "birthday ", "date of birth - "]))
    return u.entity("DATE_OF_BIRTH", text, value).say(rng.choice(["", " thanks", "."]))


def dob_year_then_day(fake: Faker, rng: random.Random) -> Said:
    """The year of birth asked for first, then the day and month: two labels."""
    born = a_birth(rng)
    u = Said().say(rng.choice(["What year were you born?", "Can I take the year of birth first?"])).turn()
    u.say(rng.choice(["", "Uh, ", "It's "])).entity("DATE_OF_BIRTH", year_words(born.year, "en"), str(born.year))
    u.say(".").turn().say(rng.choice(["And the day and month?", "And your birthday?"])).turn()
    month = MONTH_NAMES["en"][born.month - 1]
    text = rng.choice([f"the {en_ordinal(born.day)} of {month}", f"{month} the {en_ordinal(born.day)}"])
    value = f"{born.day}{born.month:02d}" if text.startswith("the") else f"{born.month:02d}{born.day}"
    return u.entity("DATE_OF_BIRTH", text, value).say(rng.choice([".", ""]))


# US routing and account numbers -----------------------------------------------------------------------------------
def bank_cheque_bottom_line(fake: Faker, rng: random.Random) -> Said:
    """The three numbers along the bottom of a check read left to right: the routing number and the account number
    labelled, the check number not."""
    routing, account = an_aba(fake), an_account(rng)
    cheque = str(rng.randint(1001, 9999))
    u = Said().say(rng.choice(["Grab a check and read me the numbers along the bottom.", "Do you have a check? The "
                               "numbers at the bottom, left to right."])).turn()
    u.say(rng.choice(["Okay, the first one's ", "Right, first there's ", "The first set is "])).entity(
        "ABA_ROUTING_NUMBER", rng.choice([run(routing, "en", "zero"), routing]), routing)
    u.say(rng.choice([", then ", ". Then there's ", ", and next to it "])).entity(
        "US_BANK_NUMBER", rng.choice([run(account, "en", "zero"), account]), account)
    u.say(rng.choice([f", and then {run(cheque)}, which I think is the check number.", f", and {cheque} at the end.",
                      f". And {cheque}, that's the check number."]))
    return u


def bank_asr_lower(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case turns: the routing number with "o" for zero, the account with "double" and "triple"."""
    routing, account = an_aba(fake), an_account(rng)
    u = Said().say(rng.choice(["whats the routing number on the account", "can i get the routing number"])).turn()
    u.say(rng.choice(["its ", "yeah its ", "uh "])).entity("ABA_ROUTING_NUMBER", run(routing, "eno", "o"), routing,
                                                           "eno").turn()
    u.say(rng.choice(["and the account number", "and then the checking account number"])).turn()
    return u.say(rng.choice(["", "its ", "ok its "])).entity("US_BANK_NUMBER", en_doubles(account, rng, "o"), account,
                                                              "eno")


def bank_typed_chat(fake: Faker, rng: random.Random) -> Said:
    """A chat: routing and account typed after their short names ("rtn:", "acct#", "routing=")."""
    routing, account = an_aba(fake), an_account(rng)
    tag = rng.choice(CHAT_TAGS)
    a_name, b_name, between = rng.choice([("rtn: ", " / acct# ", ""), ("ABA ", ", acct ", ""),
                                          ("routing=", " account=", ""), ("RT ", "\n", "ACCT ")])
    u = Said().say(tag + a_name).entity("ABA_ROUTING_NUMBER", routing, routing)
    if b_name == "\n":
        u.turn().say(tag + between)
    else:
        u.say(b_name)
    return u.entity("US_BANK_NUMBER", rng.choice([account, " ".join(cut(account, [4, 4, 4]))]), account)


def bank_spanish_speaker(fake: Faker, rng: random.Random) -> Said:
    """A Spanish-speaking caller in the US: "el número de ruta" and "el número de cuenta", in Spanish digits and
    pairs."""
    routing, account = an_aba(fake), an_account(rng)
    u = Said().say(rng.choice(["El número de ruta es ", "Mire, la ruta: ", "Número de ruta: "])).entity(
        "ABA_ROUTING_NUMBER", ", ".join(run(g, "es") for g in cut(routing, [3, 3, 3])), routing, "es")
    u.say(rng.choice([". Y la cuenta, ", ", y el número de cuenta es ", ". La cuenta de cheques: "]))
    acct = rng.choice([run(account, "es"), ", ".join(pairs(x, "es") for x in cut(account, [2] * 6))])
    return u.entity("US_BANK_NUMBER", acct, account, "es").say(rng.choice([".", ""]))


# Dutch BSNs, French NIRs, Italian fiscal codes ----------------------------------------------------------------------
def bsn_dutch_spoken(fake: Faker, rng: random.Random) -> Said:
    """A BSN in Dutch: in threes digit by digit, or four-two-three with the middle as a number, "eh" inside."""
    v = a_bsn(fake)
    if rng.random() < 0.5:
        text = ", ".join(run(g, "nl") for g in cut(v, [3, 3, 3]))
    else:
        mid = v[4:6]
        text = f"{run(v[:4], 'nl')}, {num(int(mid), 'nl') if mid[0] != '0' else run(mid, 'nl')}, {run(v[6:], 'nl')}"
    text = text.replace(", ", rng.choice([", ", ", eh, ", ", "]), 1)
    u = Said().say(rng.choice(["Mijn burgerservicenummer is ", "Het BSN is ", "Eh, mijn BSN: "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice([".", ", dank u.", ""]))


def bsn_typed(fake: Faker, rng: random.Random) -> Said:
    """A chat: a BSN typed dotted, four-two-three, glued to "bsn:", spaced or dashed."""
    v = a_bsn(fake)
    text = rng.choice([".".join(cut(v, [3, 3, 3])), ".".join(cut(v, [4, 2, 3])), v, " ".join(cut(v, [3, 2, 4])),
                       "-".join(cut(v, [3, 3, 3]))])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["bsn:", "BSN ", "mijn bsn is ", "sofinummer "]))
    return u.entity("NL_BSN", text, v).say(rng.choice(["", " groet", "."]))


def fr_pair(p: str) -> str:
    return run(p, "fr") if p[0] == "0" else num(int(p), "fr")


def nir_spoken_key(fake: Faker, rng: random.Random) -> Said:
    """A French NIR in its parts (sex, year, month, department, commune, order), the key after "clé"; two labels
    read back together."""
    v = a_nir(fake)
    commune, order = v[7:10], v[10:13]
    parts = [num(int(v[0]), "fr"), fr_pair(v[1:3]), fr_pair(v[3:5]), fr_pair(v[5:7]),
             hundreds(int(commune), "fr") if commune[0] != "0" else run(commune, "fr"),
             hundreds(int(order), "fr") if order[0] != "0" else run(order, "fr")]
    u = Said().say(rng.choice(["Mon numéro de sécu, c'est le ", "Alors, numéro de sécurité sociale : ", "C'est le "]))
    u.entity("FR_NIR", ", ".join(parts), v[:13], "fr").say(rng.choice([", clé ", ", et la clé ", ". Clé : "]))
    return u.entity("FR_NIR", fr_pair(v[13:]), v[13:], "fr").joint(2, v).say(rng.choice([".", ""]))


def nir_typed(fake: Faker, rng: random.Random) -> Said:
    """A chat: a NIR typed as on the carte Vitale, run together, dotted, or with its key apart."""
    v = a_nir(fake)
    gs = cut(v, [1, 2, 2, 2, 3, 3, 2])
    text = rng.choice([" ".join(gs), v, ".".join(gs[:-1]) + "-" + gs[-1], f"{v[:13]} {v[13:]}", f"{v[:13]}/{v[13:]}"])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["n° sécu ", "NIR: ", "secu ", "mon numéro: "]))
    return u.entity("FR_NIR", text, v).say(rng.choice(["", " merci", "."]))


def cf_spelled_cities(fake: Faker, rng: random.Random) -> Said:
    """An Italian caller spells the codice fiscale: letters bare or with "come" and a city ("R come Roma"), digits
    one by one or in pairs."""
    v = a_fiscal_code(fake)
    out = []
    for group in cut(v, [3, 3, 2, 1, 2, 4, 1]):
        if group.isdigit() and len(group) == 2 and group[0] != "0" and rng.random() < 0.6:
            out.append(num(int(group), "it"))
            continue
        out.append(" ".join(
            (f"{c} come {ALPHABETS['it'][ord(c) - ord('A')]}" if rng.random() < 0.5 else c) if c.isalpha()
            else DIGITS["it"][int(c)] for c in group))
    u = Said().say(rng.choice(["Il codice fiscale è ", "Glielo detto: ", "Allora, codice fiscale: "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(out), v, "it").say(rng.choice([".", ", grazie.", ""]))


def cf_typed(fake: Faker, rng: random.Random) -> Said:
    """A chat: a codice fiscale typed small, in capitals with spaces, or with only its first letter capital."""
    v = a_fiscal_code(fake)
    text = rng.choice([v.lower(), f"{v[:3]} {v[3:6]} {v[6:11]} {v[11:]}", v.capitalize(), v])
    u = Said().say(rng.choice(CHAT_TAGS) + rng.choice(["cf ", "codice fiscale: ", "c.f. ", "il mio cf è "]))
    return u.entity("IT_FISCAL_CODE", text, v).say(rng.choice(["", " grazie", "."]))


# Look-alikes ------------------------------------------------------------------------------------------------------
def luhn_bad(fake: Faker, rng: random.Random, length: int = 16) -> str:
    d = "".join(rng.choice("0123456789") for _ in range(length - 1))
    d = d + rng.choice([c for c in "0123456789" if not luhn_ok(d + c)])
    assert not luhn_ok(d)
    return d


def _order_number_asr(fake: Faker, rng: random.Random) -> list[str]:
    n = luhn_bad(fake, rng, rng.choice([16, 16, 15]))
    return [rng.choice(["whats the order number", "have you got the order reference there"]),
            rng.choice([f"yeah its {' '.join(run(g, 'eno', 'o') for g in cut(n, [4, 4, 4, 4]))}",
                        f"order number {' '.join(cut(n, [4, 4, 4, 4]))} i think",
                        f"its {n} on the email"])]


PL_HUNDREDS = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
               "dziewięćset"]


def _amounts_languages(fake: Faker, rng: random.Random) -> list[str]:
    h, r = rng.randint(1, 9), rng.randint(11, 99)
    return [rng.choice([
        f"Das macht {'ein' if h == 1 else DIGITS['de'][h]}hundert{num(r, 'de')} Euro und "
        f"{num(rng.randint(11, 99), 'de')} Cent.",
        f"Son {es_cardinal(rng.randint(1100, 9999))} pesos con {num(rng.randint(10, 99), 'es')} centavos.",
        f"The balance is {hundreds(rng.randint(101, 999), 'en')} dollars and {num(rng.randint(11, 99))} cents.",
        f"To kosztuje {PL_HUNDREDS[h]} {num(r, 'pl')} złotych, {fake['pl_PL'].first_name()} zapłaci.",
        f"Het is {'' if h == 1 else DIGITS['nl'][h]}honderd{num(r, 'nl')} euro per maand, zegt "
        f"{fake['nl_NL'].first_name()}.",
        f"Sono {num(rng.randint(21, 99), 'it')} euro e {num(rng.randint(11, 99), 'it')} centesimi.",
        f"Det blir {hundreds(rng.randint(101, 999), 'sv')} kronor.",
        f"I paid £{rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(10, 99)} in total, then "
        f"£{rng.randint(10, 99)}.{rng.randint(10, 99)} a month."])]


def _times_languages(fake: Faker, rng: random.Random) -> list[str]:
    h = rng.randint(1, 11)
    return [f"{fake['en_GB'].first_name()} here. " + rng.choice([
        f"Can you call back at quarter to {WORDS[h] if h < 10 else TEENS[h - 10]}?",
        f"I'm free from half past {WORDS[h] if h < 10 else TEENS[h - 10]} until {num(rng.randint(13, 19))} "
        f"{rng.choice(['hundred', 'thirty'])}.",
        f"Bel me om half {DIGITS['nl'][rng.randint(2, 9)]}, of na {num(rng.randint(13, 19), 'nl')} uur.",
        f"A las {DIGITS['es'][rng.randint(2, 9)]} menos cuarto, o a las {num(rng.randint(13, 20), 'es')} y media.",
        f"Ring vid kvart över {DIGITS['sv'][rng.randint(2, 9)]}, eller efter {num(rng.randint(13, 19), 'sv')}.",
        f"À {num(rng.randint(13, 19), 'fr')} heures trente, ou demain à {DIGITS['fr'][rng.randint(2, 9)]} heures.",
        f"tomorrow at {WORDS[h] if h < 10 else TEENS[h - 10]} {num(rng.randint(11, 59)).replace('-', ' ')} works "
        "for me"])]


def _tracking_codes(fake: Faker, rng: random.Random) -> list[str]:
    ups = "1Z" + fake["en_US"].bothify("??###?").upper() + fake["en_US"].numerify("##########")
    royal = fake["en_GB"].bothify("??#########").upper()[:11] + "GB"
    usps = "9400" + fake["en_US"].numerify("#" * 18)
    postnl = "3S" + fake["nl_NL"].bothify("????#########").upper()
    return [rng.choice([
        f"The tracking number is {ups}, it says out for delivery.",
        f"Royal Mail gave me {royal[:2]} {royal[2:5]} {royal[5:8]} {royal[8:11]} {royal[11:]}.",
        f"USPS tracking {' '.join(cut(usps, [4, 4, 4, 4, 4, 2]))}, still in transit.",
        f"Track & trace: {postnl}",
        f"the dhl waybill is {not_a_phone(rng, 10)} and the parcel weighs {rng.randint(2, 20)} kilos"])]


def _flights_seats_asr(fake: Faker, rng: random.Random) -> list[str]:
    airline = rng.choice(["e i", "b a", "f r", "l h", "k l", "a f", "u a", "d l"])
    return [rng.choice([
        f"yeah im on flight {airline} {run(str(rng.randint(100, 999)))} boarding at gate "
        f"{rng.choice('abcdef')} {num(rng.randint(11, 40)).replace('-', ' ')} seat {num(rng.randint(11, 39))} "
        f"{rng.choice('abcdef')}",
        f"the booking reference is {fake['en_GB'].bothify('?#??#?').lower()} and we land at "
        f"{WORDS[rng.randint(1, 9)]} {num(rng.randint(11, 59)).replace('-', ' ')}",
        f"flight {airline.replace(' ', '').upper()}{rng.randint(100, 9999)} on the {en_ordinal(rng.randint(1, 28))} "
        f"of {MONTH_NAMES['en'][rng.randint(0, 11)].lower()} row {rng.randint(10, 40)}"])]


def _dates_not_birth(fake: Faker, rng: random.Random) -> list[str]:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    y = rng.randint(26, 28)
    return [rng.choice([
        f"The appointment's on the {en_ordinal(d)} of {MONTH_NAMES['en'][m - 1]} twenty {num(y)}.",
        f"Delivery is booked for {d:02d}/{m:02d}/20{y}, between {rng.randint(8, 11)} and {rng.randint(1, 5)}.",
        f"El pedido llega el {num(d, 'es')} de {MONTH_NAMES['es'][m - 1]}, a {fake['es_ES'].city()}.",
        f"Die Lieferung kommt am {d:02d}.{m:02d}.20{y}.",
        f"Your renewal is due {run(f'{m:02d}', 'en', 'oh')} {num(y)}, we'll write before then.",
        f"We moved in on {MONTH_NAMES['en'][m - 1]} {en_ordinal(d)} twenty {num(rng.randint(10, 25))}.",
        f"La scadenza della bolletta è il {d} {MONTH_NAMES['it'][m - 1]}, sono {rng.randint(30, 250)} euro."])]


def _product_codes(fake: Faker, rng: random.Random) -> list[str]:
    ean = luhn_bad(fake, rng, 13)
    return [rng.choice([
        f"It's the {fake['en_US'].bothify('SM-?###?').upper()}, the black one.",
        f"Model number {fake['en_US'].bothify('?####').upper()}, on the back of the box.",
        f"The barcode says {ean}.",
        f"Part number {rng.randint(1, 9)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}, I need two of them.",
        f"Artikelnummer {fake['de_DE'].numerify('###.###.##')}, Farbe weiß.",
        f"the sku is {fake['en_GB'].bothify('??-####-?').lower()} size {rng.randint(6, 12)}"])]


def _ticket_refs(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([
        f"I've got an incident open, INC{fake['en_US'].numerify('#######')}.",
        f"My case number is {fake['en_US'].numerify('00######')}.",
        f"Ticket #{rng.randint(1000, 9999)}-{rng.randint(10, 99)}, raised last week.",
        f"Reference CS-20{rng.randint(24, 26)}-{fake['en_US'].numerify('######')}.",
        f"the complaint ref is {run(fake['en_GB'].numerify('########'), 'eno', 'o')}",
        f"Aktenzeichen {fake['de_DE'].bothify('??-####/##').upper()}"])]


def _bad_iban(fake: Faker, rng: random.Random) -> list[str]:
    v = an_iban(fake, rng, rng.choice(["DE", "NL", "ES", "GB", "FR"]))
    k = rng.choice([i for i in range(4, len(v)) if v[i].isdigit()])
    bad = v[:k] + str((int(v[k]) + rng.randint(1, 9)) % 10) + v[k + 1:]
    assert not iban_ok(bad)
    return [rng.choice([f"The app says {' '.join(fours(bad))} isn't a valid IBAN, what am I doing wrong?",
                        f"I typed {bad.lower()} and it bounced back as invalid.",
                        f"It's rejecting {', '.join(fours(bad))}. There must be a typo on the letter."])]


def _bad_ssn_itin(fake: Faker, rng: random.Random) -> list[str]:
    itin = f"9{rng.randint(10, 99)}{rng.choice([70, 75, 80, 88, 92])}{rng.randint(1000, 9999)}"
    bad = rng.choice(["000", "666"]) + f"{rng.randint(10, 99)}{rng.randint(1000, 9999)}"
    zero_group = f"{rng.randint(100, 665)}00{rng.randint(1000, 9999)}"
    assert not (ssn_ok(itin) or ssn_ok(bad) or ssn_ok(zero_group))
    return [rng.choice([f"I only have an ITIN, {itin[:3]}-{itin[3:5]}-{itin[5:]}.",
                        f"The sample form shows {bad[:3]}-{bad[3:5]}-{bad[5:]}.",
                        f"the letter had {' '.join(run(g) for g in cut(zero_group, [3, 2, 4]))} which cant be right",
                        f"My tax ID is {itin}, the one starting with a nine."])]


def not_a_phone(rng: random.Random, length: int) -> str:
    for _ in range(1000):
        n = "".join(rng.choice("0123456789") for _ in range(length))
        if not any(phone_ok(n, r) for r in ("US", "GB", "DE", "ES", "FR", "NL", "IT", "IE", "AU")) and \
                not phone_ok("+" + n):
            return n
    raise AssertionError(length)


def _meter_serial_numbers(fake: Faker, rng: random.Random) -> list[str]:
    n = not_a_phone(rng, rng.choice([10, 11]))
    return [rng.choice([f"The meter serial is {' '.join(cut(n, [4, 3, 4]))}.",
                        f"Meter reading {n[:5]}, and the serial on it is {run(n[5:])}.",
                        f"It says MPRN {n} on the bill.",
                        f"the serial number on the boiler is {run(n, 'eno', 'o')}"])]


def _measurements_scores(fake: Faker, rng: random.Random) -> list[str]:
    town = fake["en_GB"].city()
    return [f"{fake['en_GB'].first_name()} {rng.choice(['said', 'says', 'told me'])}: " + rng.choice([
        f"It weighs {num(rng.randint(11, 40))} point {WORDS[rng.randint(1, 9)]} kilos.",
        f"I'm one {num(rng.randint(60, 95))}, about {num(rng.randint(60, 99))} kilos.",
        f"{town} won {WORDS[rng.randint(2, 5)]} nil, then drew {WORDS[rng.randint(1, 3)]} all away at "
        f"{fake['en_GB'].city()}.",
        f"Size {rng.randint(36, 46)} shoes and a {rng.randint(30, 40)} inch waist.",
        f"Room {rng.randint(100, 599)}, floor {rng.randint(1, 5)}, and the wifi code is on the door.",
        f"Bus {num(rng.randint(20, 99))} to {town}, then platform {WORDS[rng.randint(1, 9)]}.",
        f"It's {rng.randint(12, 30)} degrees and {rng.randint(40, 90)} percent humidity in here."])]


def _versions_addresses(fake: Faker, rng: random.Random) -> list[str]:
    return [f"{fake['en_US'].first_name()}: " + rng.choice([
        f"The router's on 192.168.{rng.randint(0, 9)}.{rng.randint(1, 254)}.",
        f"I'm on version {rng.randint(1, 19)}.{rng.randint(0, 40)}.{rng.randint(0, 99)} of the app.",
        f"firmware {WORDS[rng.randint(1, 5)]} point oh point {num(rng.randint(11, 19))}",
        f"Build {rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}, according to settings.",
        f"The IP address is {rng.randint(10, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}."])]


def _bad_national_ids(fake: Faker, rng: random.Random) -> list[str]:
    nif = a_nif(fake)
    bad_nif = nif[:8] + rng.choice([c for c in DNI_LETTERS if c != nif[8]])
    nie = a_nie(fake)
    bad_nie = nie[:8] + rng.choice([c for c in DNI_LETTERS if c != nie[8]])
    bad_nino = rng.choice(["QQ", "BG", "GB", "NK", "TN", "ZZ", "DA", "FY", "VO"]) + \
        "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")
    cf = a_fiscal_code(fake)
    bad_cf = cf[:15] + rng.choice([c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c != cf[15]])
    while bsn_ok(bad_bsn := "".join(rng.choice("0123456789") for _ in range(9))):
        pass
    nir = a_nir(fake)
    bad_nir = nir[:13] + f"{(int(nir[13:]) + rng.randint(1, 50)) % 97 + 1:02d}"
    assert not (nif_ok(bad_nif) or nie_ok(bad_nie) or nino_ok(bad_nino) or cf_ok(bad_cf) or nir_ok(bad_nir))
    return [rng.choice([f"La web dice que {bad_nif} no es un DNI válido.",
                        f"me sale error con el nie {bad_nie.lower()}",
                        f"The example on the form is {bad_nino[:2]} {' '.join(cut(bad_nino[2:8], [2, 2, 2]))} "
                        f"{bad_nino[8]}.",
                        f"Il sistema rifiuta {bad_cf}, dice codice errato.",
                        f"Het formulier keurt {bad_bsn} af.",
                        f"Le site refuse {' '.join(cut(bad_nir, [1, 2, 2, 2, 3, 3, 2]))}, clé invalide."])]


def _at_dot_plus_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [f"{fake['en_US'].first_name()} {fake['en_US'].last_name()}: " + rng.choice([
        f"I'll be at the office, on the dot at {WORDS[rng.randint(7, 9)]}.",
        f"It's plus or minus {WORDS[rng.randint(2, 9)]} percent, they said.",
        "At the end of the day, dot com or not, I want a refund.",
        "Underscore that in the notes: at no point did I agree.",
        f"Plus {WORDS[rng.randint(2, 9)]} for shipping, at least that's what the site says.",
        f"a las {DIGITS['es'][rng.randint(2, 9)]} en punto, más o menos, arroba no sé qué",
        f"um punto importante: pago {rng.randint(20, 90)} euros a pronto, mais nada"])]


def _masked_last_four(fake: Faker, rng: random.Random) -> list[str]:
    last = "".join(rng.choice("0123456789") for _ in range(4))
    return [rng.choice([f"Is that the card ending in {run(last)}?",
                        f"Card on file: xxxx xxxx xxxx {last}.",
                        f"It shows SSN ***-**-{last}, so that's the right account.",
                        f"The IBAN ending {last[:2]} {last[2:]}, yes.",
                        f"the mobile ending {run(last, 'eno', 'o')} thats still mine",
                        f"Your account ending {last} has been updated."])]


FAMILIES = {
    "card/v17-asr-lowercase-o": card_asr_lowercase_o, "card/v17-digit-mended": card_digit_mended,
    "card/v17-typed-odd-separators": card_typed_odd_separators, "card/v17-danish": card_danish,
    "card/v17-german-pairs-readback": card_german_pairs_readback, "card/v17-brazil-meia": card_brazil_meia,
    "card/v17-swedish": card_swedish, "card/v17-dutch-halves": card_dutch_halves,
    "card/v17-breaking-up": card_breaking_up, "card/v17-slow-dictation": card_slow_dictation,
    "card/v17-mixed-numerals-words": card_mixed_numerals_words, "card/v17-amex-front-code": card_amex_front_code,
    "card/v17-valid-from-until": card_valid_from_until, "card/v17-all-three-unnamed": card_all_three_unnamed,
    "card/v17-spanish-thousands": card_spanish_thousands,
    "card/v17-expiry-renewed-card": expiry_renewed_card, "card/v17-code-worn-digit": code_worn_digit,
    "card/v17-expiry-form-languages": expiry_form_languages, "card/v17-code-false-start": code_false_start,
    "card/v17-expiry-typed-chat": expiry_typed_chat,
    "phone/v17-us-hundreds": phone_us_hundreds, "phone/v17-asr-o-doubles": phone_asr_o_doubles,
    "phone/v17-german-pairs": phone_german_pairs, "phone/v17-finnish": phone_finnish,
    "phone/v17-spain-hundreds": phone_spain_hundreds, "phone/v17-italian-doppio": phone_italian_doppio,
    "phone/v17-dutch-pairs": phone_dutch_pairs, "phone/v17-swedish": phone_swedish,
    "phone/v17-brazil-meia": phone_brazil_meia, "phone/v17-typed-chat-odd": phone_typed_chat_odd,
    "phone/v17-piece-echoed": phone_piece_echoed, "phone/v17-group-restarted": phone_group_restarted,
    "phone/v17-india-plus91": phone_india_plus91, "phone/v17-office-extension": phone_office_extension,
    "phone/v17-mexico-lada": phone_mexico_lada,
    "email/v17-asr-number-local": email_asr_number_local, "email/v17-german-alphabet": email_german_alphabet,
    "email/v17-spanish-alphabet": email_spanish_alphabet, "email/v17-polish": email_polish,
    "email/v17-swedish": email_swedish, "email/v17-portuguese": email_portuguese,
    "email/v17-typed-obfuscated": email_typed_obfuscated, "email/v17-domain-asked-apart": email_domain_asked_apart,
    "email/v17-double-letters": email_double_letters, "email/v17-domain-mended": email_domain_mended,
    "iban/v17-german-pairs": iban_german_pairs, "iban/v17-italian-cin": iban_italian_cin,
    "iban/v17-typed-odd": iban_typed_odd, "iban/v17-country-then-parts": iban_country_then_parts,
    "iban/v17-portuguese-nib": iban_portuguese_nib, "iban/v17-swedish": iban_swedish,
    "iban/v17-dutch-letter-names": iban_dutch_letter_names, "iban/v17-group-restarted": iban_group_restarted,
    "iban/v17-asr-mixed-lower": iban_asr_mixed_lower, "iban/v17-danish": iban_danish,
    "ssn/v17-asr-lower-o": ssn_asr_lower_o, "ssn/v17-round-numbers": ssn_round_numbers,
    "ssn/v17-typed-odd": ssn_typed_odd, "ssn/v17-spanglish": ssn_spanglish,
    "ssn/v17-digit-replaced": ssn_digit_replaced, "ssn/v17-identity-with-birth": ssn_identity_with_birth,
    "ssn/v17-pieces-echoed": ssn_pieces_echoed,
    "nino/v17-asr-lower": nino_asr_lower, "nino/v17-typed-odd": nino_typed_odd,
    "nino/v17-letter-mended": nino_letter_mended, "nino/v17-threes-agent-nato": nino_threes_agent_nato,
    "dni/v17-as-one-number": dni_as_one_number, "dni/v17-typed-lower": dni_typed_lower,
    "dni/v17-basque": dni_basque, "dni/v17-asr-english-pairs": dni_asr_english_pairs,
    "nie/v17-asr-spanish": nie_asr_spanish, "nie/v17-typed-odd": nie_typed_odd,
    "nie/v17-swedish-resident": nie_swedish_resident, "nie/v17-english-pairs": nie_english_pairs,
    "birth/v17-verification-readback": dob_verification_readback, "birth/v17-european-words": dob_european_words,
    "birth/v17-typed-chat": dob_typed_chat, "birth/v17-year-then-day": dob_year_then_day,
    "bank/v17-cheque-bottom-line": bank_cheque_bottom_line, "bank/v17-asr-lower": bank_asr_lower,
    "bank/v17-typed-chat": bank_typed_chat, "bank/v17-spanish-speaker": bank_spanish_speaker,
    "bsn/v17-dutch-spoken": bsn_dutch_spoken, "bsn/v17-typed": bsn_typed,
    "nir/v17-spoken-key": nir_spoken_key, "nir/v17-typed": nir_typed,
    "fiscal_code/v17-spelled-cities": cf_spelled_cities, "fiscal_code/v17-typed": cf_typed,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v17-typed-odd-separators", "card/v17-expiry-typed-chat", "phone/v17-typed-chat-odd",
         "email/v17-typed-obfuscated", "iban/v17-typed-odd", "ssn/v17-typed-odd", "nino/v17-typed-odd",
         "dni/v17-typed-lower", "nie/v17-typed-odd", "birth/v17-typed-chat", "bank/v17-typed-chat", "bsn/v17-typed",
         "nir/v17-typed", "fiscal_code/v17-typed"]
MIXED = ["card/v17-mixed-numerals-words", "card/v17-valid-from-until", "card/v17-amex-front-code",
         "card/v17-expiry-renewed-card", "phone/v17-us-hundreds", "phone/v17-piece-echoed",
         "phone/v17-office-extension", "iban/v17-asr-mixed-lower", "ssn/v17-identity-with-birth",
         "ssn/v17-pieces-echoed", "nino/v17-asr-lower", "birth/v17-verification-readback",
         "birth/v17-european-words", "bank/v17-cheque-bottom-line"]

NEGATIVE_FAMILIES = {
    "negative/v17-order-number-asr": _order_number_asr, "negative/v17-amounts-languages": _amounts_languages,
    "negative/v17-times-languages": _times_languages, "negative/v17-tracking-codes": _tracking_codes,
    "negative/v17-flights-seats-asr": _flights_seats_asr, "negative/v17-dates-not-birth": _dates_not_birth,
    "negative/v17-product-codes": _product_codes, "negative/v17-ticket-refs": _ticket_refs,
    "negative/v17-bad-iban": _bad_iban, "negative/v17-bad-ssn-itin": _bad_ssn_itin,
    "negative/v17-meter-serial-numbers": _meter_serial_numbers,
    "negative/v17-measurements-scores": _measurements_scores,
    "negative/v17-versions-addresses": _versions_addresses, "negative/v17-bad-national-ids": _bad_national_ids,
    "negative/v17-at-dot-plus-talk": _at_dot_plus_talk, "negative/v17-masked-last-four": _masked_last_four,
}
# The look-alikes' form, as the markup batch gives its: what they are written as, not a default.
NEGATIVE_TYPED = ["negative/v17-tracking-codes", "negative/v17-product-codes", "negative/v17-ticket-refs",
                  "negative/v17-versions-addresses"]
SAID = {name: "typed" if name in TYPED else "mixed" if name in MIXED else "spoken" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

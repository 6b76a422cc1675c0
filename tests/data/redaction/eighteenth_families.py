"""The eighteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and to avoid their phrasings. Weighted, as the batches before it, to everyday
contact-centre calls, chats and what speech engines write of them, in English and twelve other languages (German,
Dutch, Spanish, French, Italian, Portuguese, Polish, Swedish, Danish, Norwegian, Finnish and Czech), with more of
the values that are hardest to say in many ways: routing and account numbers, card expiries and security codes,
dates of birth, DNIs and NIEs, NIRs, codici fiscali, BSNs, IBANs and phone numbers.

Labelling follows the seventeenth's (the fourteenth's, and the fifteenth's for dates of birth and US account numbers,
labelled wherever they are said): a label covers what is said of the value, with fillers, joiners, hesitations and
a correction or a restart inside the run, named (`drop=`) for the reading; naming words outside; one label per
segment piece (a value given in parts is labelled part by part); another speaker's reading of a value (the agent's
read-back) labelled as the caller's is; a card's last four said alone, a masked value, a card's "valid from" date, a
cheque number and an extension are not. A card's security code is labelled CARD_SECURITY_CODE and its expiry
CARD_EXPIRY. Every value is valid where a validator exists (this module's own: Luhn, mod-97 with each country's IBAN
length, SSN ranges, NIF and NIE letters, NINO prefixes, `phonenumbers`, the NIR's key, the codice fiscale's check
letter, the BSN's eleven test, the ABA checksum), checked as it is drawn and again when the label is. Each label is
checked as it is made (`Said.verify`): its characters are exactly the text the family meant, with no space or
punctuation at its ends; the label, read by this module's own `reads` in its language (digit words, pairs and
one-word compounds, hundreds, homophones of digits, letters and their names, spelling alphabets and their joiners,
"double" and "triple", and for dates months, ordinals and years), gives back the value, and an address's label, read
by `email_reads`, gives back the address (or the part of it that piece says).

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v18-"."""

import random
import re
import string
from datetime import date

import phonenumbers
from blind_batch import BlindBatch
from faker import Faker

# Validators ---------------------------------------------------------------------------------------------------
IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
                "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24, "SK": 24}
NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23], strict=True))


def luhn_ok(d: str) -> bool:
    if not d.isdigit() or len(d) < 13:
        return False
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def iban_ok(v: str) -> bool:
    if IBAN_LENGTHS.get(v[:2]) != len(v) or not v.isalnum() or not v[2:4].isdigit():
        return False
    moved = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def ssn_ok(d: str) -> bool:
    return (len(d) == 9 and d.isdigit() and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00"
            and d[5:] != "0000")


def nif_ok(v: str) -> bool:
    return len(v) == 9 and v[:8].isdigit() and NIF_LETTERS[int(v[:8]) % 23] == v[8]


def nie_ok(v: str) -> bool:
    return len(v) == 9 and v[0] in "XYZ" and v[1:8].isdigit() and \
        NIF_LETTERS[int("XYZ".index(v[0]).__str__() + v[1:8]) % 23] == v[8]


def nino_ok(v: str) -> bool:
    return (len(v) == 9 and v[0] in NINO_FIRST.replace("O", "") and v[1] in NINO_SECOND and v[2:8].isdigit()
            and v[8] in "ABCD" and v[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"))


def phone_ok(e164_digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + e164_digits))
    except phonenumbers.NumberParseException:
        return False


def nir_ok(v: str) -> bool:
    return len(v) == 15 and v.isdigit() and v[0] in "12" and int(v[13:]) == 97 - int(v[:13]) % 97


def cf_check(body: str) -> str:
    total = sum(CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return chr(65 + total % 26)


def cf_ok(v: str) -> bool:
    return len(v) == 16 and v.isalnum() and v.isupper() and cf_check(v[:15]) == v[15]


def bsn_ok(v: str) -> bool:
    if len(v) != 9 or not v.isdigit() or v == "0" * 9:
        return False
    return (sum(int(c) * w for c, w in zip(v[:8], range(9, 1, -1), strict=True)) - int(v[8])) % 11 == 0


def aba_ok(v: str) -> bool:
    if len(v) != 9 or not v.isdigit():
        return False
    d = [int(c) for c in v]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0 and v != "0" * 9


VALIDATORS = {"CREDIT_CARD": luhn_ok, "IBAN_CODE": iban_ok, "US_SSN": ssn_ok, "ES_NIF": nif_ok, "ES_NIE": nie_ok,
              "UK_NINO": nino_ok, "FR_NIR": nir_ok, "IT_FISCAL_CODE": cf_ok, "NL_BSN": bsn_ok,
              "ABA_ROUTING_NUMBER": aba_ok}


def checked(type_: str, value: str) -> str:
    assert VALIDATORS[type_](value), (type_, value)
    return value


# Drawing valid values -----------------------------------------------------------------------------------------
def a_card(fake: Faker, rng: random.Random, kinds: tuple[str, ...] = ("visa16", "mastercard", "visa16", "discover",
                                                                      "mastercard", "amex")) -> str:
    return checked("CREDIT_CARD", fake["en_US"].credit_card_number(rng.choice(kinds)))


def card_groups(d: str) -> list[str]:
    return [d[:4], d[4:10], d[10:]] if len(d) == 15 else [d[i:i + 4] for i in range(0, len(d), 4)]


def luhn_broken(fake: Faker, rng: random.Random) -> str:
    d = fake["en_US"].credit_card_number("visa16")
    bad = d[:-1] + str((int(d[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


BBAN = {"AT": "################", "BE": "############", "CH": "#################", "CZ": "####################",
        "DE": "##################", "DK": "##############", "ES": "####################",
        "FI": "##############", "FR": "#######################", "GB": "????##############",
        "IE": "????##############", "IT": "?######################", "LU": "################", "NL": "????##########",
        "NO": "###########", "PL": "########################", "PT": "#####################",
        "SE": "####################", "SK": "####################"}
NL_BANKS = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "ASNB", "KNAB"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "SRLG", "MONZ"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB"]


def an_iban(fake: Faker, rng: random.Random, country: str) -> str:
    bban = fake["en_US"].numerify(BBAN[country].replace("?", "#"))
    letters = {"NL": NL_BANKS, "GB": GB_BANKS, "IE": IE_BANKS}.get(country)
    if letters:
        bban = rng.choice(letters) + bban[4:]
    elif country == "IT":
        bban = rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") + bban[1:]
    moved = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in moved)) % 97
    return checked("IBAN_CODE", f"{country}{check:02d}{bban}")


def a_ssn(fake: Faker) -> str:
    while not ssn_ok(d := fake["en_US"].ssn().replace("-", "")):
        pass
    return d


def a_nif(fake: Faker) -> str:
    return checked("ES_NIF", fake["es_ES"].nif())


def a_nie(fake: Faker) -> str:
    return checked("ES_NIE", fake["es_ES"].nie())


def a_nino(rng: random.Random) -> str:
    while True:
        v = (rng.choice(NINO_FIRST.replace("O", "")) + rng.choice(NINO_SECOND) + "".join(rng.choices(string.digits,
                                                                                                      k=6))
             + rng.choice("ABCD"))
        if nino_ok(v):
            return v


def a_nir(fake: Faker) -> str:
    while not (v := fake["fr_FR"].ssn()).isdigit():
        pass
    return checked("FR_NIR", v)


def a_cf(fake: Faker) -> str:
    v = fake["it_IT"].ssn().upper()
    return checked("IT_FISCAL_CODE", v[:15] + cf_check(v[:15]))


def a_bsn(fake: Faker) -> str:
    return checked("NL_BSN", fake["nl_NL"].ssn())


def an_aba(fake: Faker) -> str:
    return checked("ABA_ROUTING_NUMBER", fake["en_US"].aba())


def an_account(fake: Faker, rng: random.Random) -> str:
    return fake["en_US"].numerify("%" + "#" * rng.randint(7, 11))


# National significant numbers, by region: (country code, trunk prefix said before them, patterns)
PHONES = {"US": ("1", "", ["%##%######"]), "GB": ("44", "0", ["7%########"]), "DE": ("49", "0", ["15#########",
                                                                                                  "17########"]),
          "FR": ("33", "0", ["6########", "7########"]), "ES": ("34", "", ["6########"]),
          "IT": ("39", "", ["3#########"]), "NL": ("31", "0", ["6########"]), "BE": ("32", "0", ["4########"]),
          "PT": ("351", "", ["9########"]), "PL": ("48", "", ["5########", "6########", "7########"]),
          "SE": ("46", "0", ["7########"]), "DK": ("45", "", ["%#######"]), "NO": ("47", "", ["4#######", "9#######"]),
          "FI": ("358", "0", ["4########", "50#######"]), "CZ": ("420", "", ["6########", "7########"]),
          "AT": ("43", "0", ["6##########"]), "CH": ("41", "0", ["7########"]), "IE": ("353", "0", ["8########"]),
          "AU": ("61", "0", ["4########"])}


def a_phone(fake: Faker, rng: random.Random, region: str) -> str:
    """A valid national significant number of the region (no trunk prefix)."""
    cc, _, patterns = PHONES[region]
    for _ in range(2000):
        nsn = fake["en_US"].numerify(rng.choice(patterns))
        if phone_ok(cc + nsn) and phonenumbers.region_code_for_number(phonenumbers.parse("+" + cc + nsn)) == region:
            return nsn
    raise AssertionError(f"no phone for {region}")


def a_birth(fake: Faker) -> date:
    return fake["en_US"].date_of_birth(minimum_age=18, maximum_age=88)


def an_expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(2027, 2033)


# Numbers in words ---------------------------------------------------------------------------------------------
EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
DE_TEENS = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_TENS = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
NL = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
NL_TEENS = ["tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
NL_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]
ES = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
ES_TEENS = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve"]
ES_TWENTIES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis",
               "veintisiete", "veintiocho", "veintinueve"]
ES_TENS = ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"]
ES_HUNDREDS = ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos",
               "ochocientos", "novecientos"]
FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_TEENS = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"]
FR_TENS = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"]
IT = ["zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"]
IT_TEENS = ["dieci", "undici", "dodici", "tredici", "quattordici", "quindici", "sedici", "diciassette", "diciotto",
            "diciannove"]
IT_TENS = ["", "", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta", "novanta"]
PT = ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"]
PT_TEENS = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"]
PT_TENS = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"]
PL = ["zero", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć"]
PL_TEENS = ["dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście", "szesnaście",
            "siedemnaście", "osiemnaście", "dziewiętnaście"]
PL_TENS = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt",
           "osiemdziesiąt", "dziewięćdziesiąt"]
SV = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio"]
SV_TEENS = ["tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton", "nitton"]
SV_TENS = ["", "", "tjugo", "trettio", "fyrtio", "femtio", "sextio", "sjuttio", "åttio", "nittio"]
DA = ["nul", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
DA_TEENS = ["ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten"]
DA_TENS = ["", "", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems"]
NO = ["null", "en", "to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni"]
NO_TENS = ["", "", "tjue", "tretti", "førti", "femti", "seksti", "sytti", "åtti", "nitti"]
FI = ["nolla", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
CS = ["nula", "jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět"]
CS_TEENS = ["deset", "jedenáct", "dvanáct", "třináct", "čtrnáct", "patnáct", "šestnáct", "sedmnáct", "osmnáct",
            "devatenáct"]
CS_TENS = ["", "", "dvacet", "třicet", "čtyřicet", "padesát", "šedesát", "sedmdesát", "osmdesát", "devadesát"]
CS_HUNDREDS = ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set",
               "devět set"]
DIGITS = {"en": EN, "de": DE, "nl": NL, "es": ES, "fr": FR, "be": FR, "ch": FR, "it": IT, "pt": PT, "pl": PL,
          "sv": SV, "da": DA, "no": NO, "fi": FI, "cs": CS}
LANGS = ["en", "de", "nl", "es", "fr", "it", "pt", "pl", "sv", "da", "no", "fi", "cs"]


def fr_num(n: int, variant: str = "fr") -> str:
    """0..99 in French; Belgian ("be") and Swiss ("ch") French say septante, nonante (and the Swiss huitante)."""
    if n < 10:
        return FR[n]
    if n < 20:
        return FR_TEENS[n - 10]
    t, u = divmod(n, 10)
    own = {"be": {7: "septante", 9: "nonante"}, "ch": {7: "septante", 8: "huitante", 9: "nonante"}}.get(variant, {})
    if t <= 6 or t in own:
        base = FR_TENS[t] if t <= 6 else own[t]
        return base if u == 0 else f"{base} et un" if u == 1 else f"{base}-{FR[u]}"
    if t == 7:
        return "soixante et onze" if u == 1 else f"soixante-{FR_TEENS[u]}"
    if t == 8:
        return "quatre-vingts" if u == 0 else f"quatre-vingt-{FR[u]}"
    return f"quatre-vingt-{FR_TEENS[u]}"


def num(n: int, lang: str = "en") -> str:
    """0..99 as a number in words."""
    if lang in ("fr", "be", "ch"):
        return fr_num(n, lang)
    if n < 10:
        return DIGITS[lang][n]
    t, u = divmod(n, 10)
    if lang == "en":
        return EN_TEENS[u] if t == 1 else EN_TENS[t] + (f"-{EN[u]}" if u else "")
    if lang == "de":
        return DE_TEENS[u] if t == 1 else DE_TENS[t] if u == 0 else ("ein" if u == 1 else DE[u]) + "und" + DE_TENS[t]
    if lang == "nl":
        if t == 1:
            return NL_TEENS[u]
        return NL_TENS[t] if u == 0 else NL[u] + ("ën" if NL[u].endswith("e") else "en") + NL_TENS[t]
    if lang == "es":
        return ES_TEENS[u] if t == 1 else ES_TWENTIES[u] if t == 2 else ES_TENS[t] + (f" y {ES[u]}" if u else "")
    if lang == "it":
        if t == 1:
            return IT_TEENS[u]
        return IT_TENS[t] if u == 0 else IT_TENS[t][:-1] + IT[u] if u in (1, 8) else \
            IT_TENS[t] + ("tré" if u == 3 else IT[u])
    if lang == "pt":
        return PT_TEENS[u] if t == 1 else PT_TENS[t] + (f" e {PT[u]}" if u else "")
    if lang == "pl":
        return PL_TEENS[u] if t == 1 else PL_TENS[t] + (f" {PL[u]}" if u else "")
    if lang == "sv":
        return SV_TEENS[u] if t == 1 else SV_TENS[t] + (SV[u] if u else "")
    if lang == "da":
        return DA_TEENS[u] if t == 1 else DA_TENS[t] if u == 0 else DA[u] + "og" + DA_TENS[t]
    if lang == "no":
        return DA_TEENS[u] if t == 1 else NO_TENS[t] + (NO[u] if u else "")
    if lang == "fi":
        if t == 1:
            return "kymmenen" if u == 0 else FI[u] + "toista"
        return FI[t] + "kymmentä" + (FI[u] if u else "")
    if lang == "cs":
        return CS_TEENS[u] if t == 1 else CS_TENS[t] + (f" {CS[u]}" if u else "")
    raise ValueError(lang)


def hundreds(n: int, lang: str = "en", british: bool = False) -> str:
    """100..999 as a number in words (where a language's callers say three digits so)."""
    h, r = divmod(n, 100)
    if lang == "en":
        head = f"{EN[h]} hundred"
        return head if r == 0 else f"{head} {'and ' if british else ''}{num(r)}"
    if lang == "es":
        head = "cien" if h == 1 and r == 0 else ES_HUNDREDS[h]
        return head + (f" {num(r, 'es')}" if r else "")
    if lang == "cs":
        return CS_HUNDREDS[h] + (f" {num(r, 'cs')}" if r else "")
    if lang == "de":
        return ("ein" if h == 1 else DE[h]) + "hundert" + (num(r, "de") if r else "")
    if lang in ("fr", "be", "ch"):
        head = "cent" if h == 1 else f"{FR[h]} cent{'s' if r == 0 else ''}"
        return head + (f" {num(r, lang)}" if r else "")
    if lang == "it":
        head = "cento" if h == 1 else IT[h] + "cento"
        tail = num(r, "it") if r else ""
        return (head[:-1] if tail.startswith("o") else head) + tail
    raise ValueError(lang)


def run(digits: str, lang: str = "en", zero: str | None = None) -> str:
    """Digit by digit; an English zero said "oh" unless told."""
    words = DIGITS[lang]
    return " ".join((zero or ("oh" if lang == "en" else words[0])) if c == "0" else words[int(c)] for c in digits)


def joined(parts: list[str], sep: str, lang: str) -> str:
    """Parts joined by `sep`, a comma put where a space would run two numbers into one ("twenty", "nine")."""
    out = parts[0]
    for part in parts[1:]:
        here = sep
        if not sep.strip(" ."):
            left, right = _key(out)[-3:], _key(part)[:3]
            if any(left[-a:] + right[:b] in DATE_TABLES[lang] for a in range(1, len(left) + 1)
                   for b in range(1, len(right) + 1)):
                here = ", "
        out += here + part
    return out


def pairs(digits: str, lang: str = "en", zero: str | None = None) -> str:
    """Two at a time as numbers; a pair starting with 0, or a digit left over, digit by digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        out.append(run(p, lang, zero) if len(p) == 1 or p[0] == "0" else num(int(p), lang))
    return joined(out, ", " if lang in ("fr", "be", "ch") else " ", lang)


def threes(digits: str, lang: str) -> str:
    """Three digits as hundreds where the first is not 0, else digit by digit."""
    return run(digits, lang) if digits[0] == "0" else hundreds(int(digits), lang)


def en_doubles(digits: str, rng: random.Random, zero: str = "oh") -> str:
    """English digit by digit with "double" and "triple" where a digit repeats."""
    out, i = [], 0
    while i < len(digits):
        c = digits[i]
        same = len(digits[i:]) - len(digits[i:].lstrip(c))
        word = zero if c == "0" else EN[int(c)]
        if same >= 3 and rng.random() < 0.5:
            out.append(f"triple {word}")
            i += 3
        elif same >= 2 and rng.random() < 0.6:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


HOMOPHONES = {"4": ["for", "four"], "2": ["to", "too", "two"], "1": ["won", "one"], "8": ["ate", "eight"]}


def asr_digits(digits: str, rng: random.Random) -> str:
    """What a speech engine writes of digits said in English: now and then a homophone ("for", "to", "won")."""
    return " ".join(rng.choice(HOMOPHONES[c]) if c in HOMOPHONES and rng.random() < 0.45 else
                    rng.choice(["oh", "zero"]) if c == "0" else EN[int(c)] for c in digits)


# Years, months and ordinals -------------------------------------------------------------------------------------
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
           "december"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
           "desember"],
    "fi": ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta",
           "elokuuta", "syyskuuta", "lokakuuta", "marraskuuta", "joulukuuta"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu",
           "prosince"],
}
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
          "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"]


def ordinal(day: int, lang: str = "en") -> str:
    """A day of the month as an ordinal ("twenty-third", "dritten", "derde"), or as the language says it."""
    if lang == "en":
        if day < 20:
            return EN_ORD[day - 1]
        t, u = divmod(day, 10)
        return {2: "twentieth", 3: "thirtieth"}[t] if u == 0 else f"{EN_TENS[t]}-{EN_ORD[u - 1]}"
    if lang == "de":
        special = {1: "ersten", 3: "dritten", 7: "siebten", 8: "achten"}
        return special.get(day) or num(day, "de") + ("sten" if day >= 20 else "ten")
    if lang == "nl":
        special = {1: "eerste", 3: "derde", 8: "achtste"}
        return special.get(day) or num(day, "nl") + ("ste" if day >= 20 else "de")
    if lang in ("fr", "es", "it", "pt"):
        first = {"fr": "premier", "es": "primero", "it": "primo", "pt": "primeiro"}[lang]
        return first if day == 1 else num(day, lang)
    raise ValueError(lang)


def year_variants(y: int, lang: str = "en") -> list[str]:
    """The ways a year (1920..2040) is said in the language."""
    a, b = divmod(y, 100)
    if lang == "en":
        if a == 19:
            return [f"nineteen {'hundred' if b == 0 else f'oh {EN[b]}' if b < 10 else num(b)}"]
        if b == 0:
            return ["two thousand"]
        out = [f"two thousand and {num(b)}", f"two thousand {num(b)}"]
        return [f"twenty {num(b)}", *out] if b >= 10 else out
    if lang == "de":
        return [("neunzehnhundert" if a == 19 else "zweitausend") + (num(b, "de") if b else "")]
    if lang == "nl":
        if a == 19:
            return ["negentienhonderd" + (num(b, "nl") if b else ""), *([f"negentien {num(b, 'nl')}"] if b else [])]
        return ["tweeduizend" + (num(b, "nl") if b else "")]
    if lang == "es":
        return [("mil novecientos" if a == 19 else "dos mil") + (f" {num(b, 'es')}" if b else "")]
    if lang == "fr":
        tail = f" {fr_num(b)}" if b else ""
        return [f"mille neuf cent{tail}", f"dix-neuf cent{tail}"] if a == 19 else [f"deux mille{tail}"]
    if lang == "it":
        tail = num(b, "it") if b else ""
        if a == 19:
            return [("millenovecent" if tail.startswith("o") else "millenovecento") + tail]
        return ["duemila" + tail]
    if lang == "pt":
        return [("mil novecentos" if a == 19 else "dois mil") + (f" e {num(b, 'pt')}" if b else "")]
    raise ValueError(lang)


def year_words(y: int, lang: str = "en", rng: random.Random | None = None) -> str:
    variants = year_variants(y, lang)
    return rng.choice(variants) if rng else variants[0]


# Letters ----------------------------------------------------------------------------------------------------------
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "yankee", "zulu"]
DE_SPELL = ["Anton", "Berta", "Cäsar", "Dora", "Emil", "Friedrich", "Gustav", "Heinrich", "Ida", "Julius", "Kaufmann",
            "Ludwig", "Martha", "Nordpol", "Otto", "Paula", "Quelle", "Richard", "Samuel", "Theodor", "Ulrich",
            "Viktor", "Wilhelm", "Xanthippe", "Ypsilon", "Zacharias"]
IT_NAMES = ["a", "bi", "ci", "di", "e", "effe", "gi", "acca", "i", "i lunga", "cappa", "elle", "emme", "enne", "o",
            "pi", "cu", "erre", "esse", "ti", "u", "vu", "doppia vu", "ics", "ipsilon", "zeta"]
IT_CITIES = ["Ancona", "Bologna", "Como", "Domodossola", "Empoli", "Firenze", "Genova", "Hotel", "Imola", "Jolly",
             "Kursaal", "Livorno", "Milano", "Napoli", "Otranto", "Palermo", "Quarto", "Roma", "Savona", "Torino",
             "Udine", "Venezia", "Washington", "Xeres", "York", "Zara"]
ES_NAMES = ["a", "be", "ce", "de", "e", "efe", "ge", "hache", "i", "jota", "ka", "ele", "eme", "ene", "o", "pe", "cu",
            "erre", "ese", "te", "u", "uve", "uve doble", "equis", "i griega", "zeta"]
ES_CITIES = {"T": "Toledo", "R": "Roma", "W": "Washington", "A": "Alicante", "G": "Granada", "M": "Madrid",
             "Y": "Yegua", "F": "Francia", "P": "París", "D": "Dinamarca", "X": "Xilófono", "B": "Barcelona",
             "N": "Navarra", "J": "Jaén", "Z": "Zaragoza", "S": "Sevilla", "Q": "Queso", "V": "Valencia",
             "H": "Huelva", "L": "León", "C": "Cádiz", "K": "Kilo", "E": "España"}
FR_NAMES = ["a", "bé", "cé", "dé", "e", "effe", "gé", "hache", "i", "ji", "ka", "elle", "emme", "enne", "o", "pé",
            "cu", "erre", "esse", "té", "u", "vé", "double vé", "ixe", "i grec", "zède"]
PL_NAMES = {"X": "iks", "Y": "igrek", "Z": "zet"}


def letter_name(c: str, lang: str) -> str:
    i = ord(c) - 65
    return {"it": IT_NAMES, "es": ES_NAMES, "fr": FR_NAMES, "en": NATO, "de": DE_SPELL}[lang][i]


# Reading a label back ---------------------------------------------------------------------------------------------
TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _key(words: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(words.lower()))


def _tables(dates: bool) -> dict[str, dict[tuple[str, ...], str]]:
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for lang in [*LANGS, "be", "ch"]:
        t = {_key(num(n, lang)): str(n) for n in range(100)}
        if lang in ("en", "es", "cs", "de", "fr", "be", "ch", "it"):
            t |= {_key(hundreds(n, lang)): str(n) for n in range(100, 1000)}
            if lang == "en":
                t |= {_key(hundreds(n, lang, british=True)): str(n) for n in range(100, 1000)}
        out[lang] = t
    for lang in ("fr", "be", "ch"):
        for variant in ("fr", "be", "ch"):
            out[lang] |= {_key(fr_num(n, variant)): str(n) for n in range(70, 100)}
    out["en"] |= {("oh",): "0", ("nought",): "0", ("for",): "4", ("to",): "2", ("too",): "2", ("won",): "1",
                  ("ate",): "8"}
    out["de"] |= {("zwo",): "2"}
    out["nl"] |= {("één",): "1"}
    out["pt"] |= {("meia",): "6", ("dezesseis",): "16", ("dezessete",): "17", ("dezenove",): "19"}
    if dates:
        for lang, names in MONTHS.items():
            out[lang] |= {_key(name): f"{i + 1:02d}" for i, name in enumerate(names)}
            if lang in ("en", "de", "nl", "fr", "es", "it", "pt"):
                # the Romance languages say a day by its cardinal (read as the number), all but the first
                days = range(1, 32) if lang in ("en", "de", "nl") else range(1, 2)
                out[lang] |= {_key(ordinal(d, lang)): f"{d:02d}" for d in days}
                out[lang] |= {_key(w): str(y) for y in range(1920, 2041) for w in year_variants(y, lang)}
        out["en"] |= {_key(name[:3]): f"{i + 1:02d}" for i, name in enumerate(MONTHS["en"])}
        out["de"] |= {("jänner",): "01"}
    else:
        for lang in LANGS:
            out[lang] |= {_key(w): chr(65 + i) for i, w in enumerate(NATO) if lang == "en"}
        out["de"] |= {_key(w): chr(65 + i) for i, w in enumerate(DE_SPELL)}
        out["it"] |= {_key(w): chr(65 + i) for i, w in enumerate(IT_NAMES) if len(w) > 1}
        out["es"] |= {_key(w): chr(65 + i) for i, w in enumerate(ES_NAMES) if len(w) > 1}
        for lang in ("fr", "be", "ch"):
            out[lang] |= {_key(w): chr(65 + i) for i, w in enumerate(FR_NAMES) if len(w) > 1}
        out["pl"] |= {_key(w): c for c, w in PL_NAMES.items()}
    return out


TABLES, DATE_TABLES = _tables(False), _tables(True)
LONGEST = max(len(k) for table in DATE_TABLES.values() for k in table)
FILLERS = {
    "en": {"uh", "um", "er", "erm", "and", "then", "dash", "hyphen", "slash", "stroke", "space", "so", "hmm", "ah",
           "like"},
    "de": {"äh", "ähm", "und", "dann", "bindestrich", "strich", "schrägstrich", "also", "ehm"},
    "nl": {"eh", "uhm", "en", "dan", "streepje", "ehm"},
    "es": {"eh", "este", "y", "luego", "guion", "barra", "pues", "mmm"},
    "fr": {"euh", "et", "puis", "tiret", "barre", "slash", "heu"},
    "it": {"ehm", "poi", "trattino", "barra", "allora", "cioè"},
    "pt": {"é", "e", "hã", "depois", "traço", "barra", "hum"},
    "pl": {"yyy", "eee", "i", "potem", "myślnik", "łamane", "przez"},
    "sv": {"eh", "öh", "och", "sen", "streck", "snedstreck"},
    "da": {"øh", "og", "så", "bindestreg", "skråstreg"},
    "no": {"eh", "og", "så", "bindestrek", "skråstrek"},
    "fi": {"öö", "ja", "sitten", "viiva", "kautta"},
    "cs": {"ehm", "eee", "a", "pak", "pomlčka", "lomeno"},
}
FILLERS["be"] = FILLERS["ch"] = FILLERS["fr"]
DATE_FILLERS = {"en": {"of", "the", "on"}, "es": {"de", "del", "el"}, "pt": {"de", "do"}, "fr": {"le"},
                "it": {"il", "del"}, "de": {"am", "der", "den"}, "nl": {"de"}, "da": {"den"}, "no": {"den"},
                "sv": {"den"}}
MULTIPLIERS = {"en": {"double": 2, "triple": 3}, "fr": {"double": 2}, "nl": {"dubbel": 2}, "es": {"doble": 2}}
JOINERS = {"en": {"for", "like"}, "it": {"come"}, "es": {"de", "como"}, "fr": {"comme"}, "be": {"comme"},
           "ch": {"comme"}, "de": {"wie"}}
SUFFIXES = {"st", "nd", "rd", "th", "er", "re", "e", "eme", "ème", "o", "a"}


def reads(text: str, lang: str = "en", dates: bool = False) -> str:
    """What a label says, as digits and capital letters: digit words, numbers, homophones, letters and their names
    (a letter spelled by a word after it, "R come Roma", read as the letter), and for dates months, ordinals and
    years. A word it cannot read fails the check."""
    table = (DATE_TABLES if dates else TABLES)[lang]
    fillers = FILLERS[lang] | (DATE_FILLERS.get(lang, set()) if dates else set())
    found = list(TOKEN.finditer(text))
    tokens = [t.group() for t in found]
    out: list[str] = []
    i, times, last_letter = 0, 1, False

    def glued(j: int) -> bool:
        return (j + 1 < len(tokens) and found[j].end() == found[j + 1].start()) or \
            (j > 0 and found[j - 1].end() == found[j].start())

    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token.isdigit():
            out.append(token * times)
            times, i, last_letter = 1, i + 1, False
            if dates and i < len(tokens) and tokens[i].lower() in SUFFIXES and found[i - 1].end() == found[i].start():
                i += 1
            continue
        if last_letter and low in JOINERS.get(lang, ()) and i + 1 < len(tokens) and \
                tokens[i + 1][0].upper() == out[-1][-1]:
            # "R come Roma": the word repeats the letter (a spelling word of two tokens, "X-ray", skipped whole)
            size = next((n for n in (3, 2) if tuple(t.lower() for t in tokens[i + 1:i + 1 + n]) in table), 1)
            i += 1 + size
            continue
        if last_letter and lang == "en" and low == "as" and i + 2 < len(tokens) and tokens[i + 1].lower() == "in" \
                and tokens[i + 2][0].upper() == out[-1][-1]:
            i += 3
            continue
        if low in MULTIPLIERS.get(lang, {}):
            times, i = MULTIPLIERS[lang][low], i + 1
            continue
        if not dates and glued(i) and any(c.isdigit() for c in text[max(0, found[i].start() - 1):found[i].end() + 1]):
            out.append(token.upper())
            i, last_letter = i + 1, True
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            apart = any(text[found[j].end():found[j + 1].start()].strip(" -") for j in range(i, i + size - 1))
            if key in table and not apart and not (size == 1 and len(token) == 1):
                out.append(table[key] * times)
                times, i, last_letter = 1, i + size, not table[key].isdigit()
                break
        else:
            if low in fillers and not token.isupper():
                i += 1
            elif len(token) == 1 or token.isupper() or (not dates and len(token) <= 3):
                out.append(token.upper() * times)
                times, i, last_letter = 1, i + 1, True
            else:
                raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


EMAIL_WORDS = {"at": "@", "ät": "@", "arroba": "@", "chiocciola": "@", "arobase": "@", "apenstaartje": "@",
               "małpa": "@", "snabel-a": "@", "dot": ".", "punkt": ".", "punto": ".", "point": ".", "punt": ".",
               "kropka": ".", "piste": ".", "prik": ".", "ponto": ".", "underscore": "_", "unterstrich": "_",
               "dash": "-", "hyphen": "-", "bindestrich": "-", "trattino": "-", "tiret": "-", "guion": "-",
               "streepje": "-", "myślnik": "-"}
EMAIL_PHRASES = {"guion bajo": "_", "trattino basso": "_", "tiret bas": "_", "liggend streepje": "_"}
EMAIL_FILLERS = {"uh", "um", "äh", "eh", "euh", "ehm", "yyy"}


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label (or a piece of one) as the address: typed, it is itself; said, "at" and "dot" and their
    kin in the batch's languages are the signs, English number words are digits (a Spanish "Diez" is a name), and
    the words and letters run together."""
    if "@" in text or ("." in text and " " not in text.strip()):
        return re.sub(r"\s", "", text).lower()
    low = text.lower().replace(",", " ")
    for phrase, sign in EMAIL_PHRASES.items():
        low = low.replace(phrase, f" {sign} ")
    words = low.split()
    out, i = [], 0
    table = TABLES[lang]
    while i < len(words):
        w = words[i]
        if w in EMAIL_WORDS:
            out.append(EMAIL_WORDS[w])
            i += 1
            continue
        if w in ("_", "-"):
            out.append(w)
            i += 1
            continue
        for size in range(min(4, len(words) - i), 0, -1):
            key = tuple(words[i:i + size])
            if lang == "en" and key in table and table[key].isdigit() and all(x.isalpha() for x in key) \
                    and len(key[0]) > 2 and key[0] not in ("for", "too", "won", "ate"):
                out.append(table[key])
                i += size
                break
        else:
            if w not in EMAIL_FILLERS:
                out.append(w)
            i += 1
    return "".join(out)


class Said:
    """Segments built piece by piece, each label remembered with the value it should read back as."""

    def __init__(self) -> None:
        self.segments: list[str] = [""]
        self.entities: list[dict] = []
        self._checks: list[tuple[dict, str, str, str, tuple[str, ...], bool]] = []

    def say(self, text: str) -> "Said":
        self.segments[-1] += text
        return self

    def turn(self, text: str = "") -> "Said":
        self.segments.append(text)
        return self

    def entity(self, type_: str, text: str, value: str, lang: str = "en", drop: tuple[str, ...] = (),
               part: bool = False) -> "Said":
        """A label: `text` said here, reading back (its `drop` taken out) as `value`; `part` where it is only a piece
        of the value (its validator not run)."""
        start = len(self.segments[-1])
        self.segments[-1] += text
        ent = {"type": type_, "segment": len(self.segments) - 1, "start": start, "end": len(self.segments[-1])}
        self.entities.append(ent)
        self._checks.append((ent, text, value, lang, drop, part))
        return self

    def verify(self) -> "Said":
        for ent, text, value, lang, drop, part in self._checks:
            label = self.segments[ent["segment"]][ent["start"]:ent["end"]]
            assert label == text, (label, text)
            assert label and label == label.strip(), repr(label)
            assert label[-1].isalnum(), repr(label)
            assert label[0].isalnum() or (ent["type"] == "PHONE_NUMBER" and label[0] in "+("), repr(label)
            for piece in drop:
                assert piece in text, (piece, text)
                text = text.replace(piece, " ", 1)
            type_ = ent["type"]
            if type_ == "EMAIL_ADDRESS":
                got = email_reads(text, lang)
            else:
                got = reads(text, lang, dates=type_ in ("DATE_OF_BIRTH", "CARD_EXPIRY"))
            assert got == value, (type_, label, got, value)
            if not part and type_ in VALIDATORS:
                checked(type_, value)
            if type_ == "EMAIL_ADDRESS" and not part:
                assert re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", value), value
        return self


# Helpers for the families -------------------------------------------------------------------------------------
def said_groups(gs: list[str], lang: str, rng: random.Random, style: str = "run", sep: str = ", ") -> str:
    """Groups of digits said one way: digit by digit, in pairs, as numerals, or each group its own way."""
    out = []
    for g in gs:
        s = rng.choice(["run", "pairs", "numerals"]) if style == "mixed" else style
        out.append(g if s == "numerals" else pairs(g, lang) if s == "pairs" else run(g, lang))
    return joined(out, sep, lang)


def expiry_said(m: int, y: int, lang: str, rng: random.Random, seps: list[str] | None = None,
                names: bool = True) -> tuple[str, str]:
    """A card's expiry said in `lang`, and what it reads back as: the month by its digits, as a number or by its
    name; the year as two digits' number or in full."""
    months = [(run(f"{m:02d}", lang), f"{m:02d}"), (num(m, lang), str(m))]
    if names and lang in MONTHS and lang not in ("fi", "cs", "pl"):  # theirs are said "of March"
        months.append((MONTHS[lang][m - 1], f"{m:02d}"))
    years = [(num(y % 100, lang), str(y % 100))]
    if lang in ("en", "de", "nl", "es", "fr", "it", "pt"):
        years.append((year_words(y, lang, rng), str(y)))
    (mt, mv), (yt, yv) = rng.choice(months), rng.choice(years)
    seps = seps or ([", ", " / "] if lang in ("fr", "be", "ch") else [" ", ", "])
    return f"{mt}{rng.choice(seps)}{yt}", mv + yv


def a_code(rng: random.Random, size: int = 3) -> str:
    return "".join(rng.choices(string.digits, k=size))


def ascii_name(fake: Faker, locale: str, kind: str = "first_name") -> str:
    for _ in range(200):
        name = getattr(fake[locale], kind)().lower()
        if name.isascii() and name.isalpha() and 2 < len(name) < 12:
            return name
    return "alex"


CHAT = ["Customer: ", "", "Visitor: ", "Me: ", "> "]


def full_name(fake: Faker, locale: str) -> str:
    """The caller's name as they give it first (not a labelled type)."""
    return f"{fake[locale].first_name()} {fake[locale].last_name()}"


# Cards ----------------------------------------------------------------------------------------------------------
def card_asr_homophones(fake: Faker, rng: random.Random) -> Said:
    """Lower case, no punctuation: the engine writes "for", "to", "won" and "ate" for some of the digits."""
    d = a_card(fake, rng, ("visa16", "mastercard", "discover"))
    u = Said().say(rng.choice(["ok so the long number is ", "yeah its ", "um right its ", "alright card number "]))
    return u.entity("CREDIT_CARD", " ".join(asr_digits(g, rng) for g in card_groups(d)), d).say(
        rng.choice([" and thats a visa", " yep", "", " did you get all that"]))


def card_agent_echo(fake: Faker, rng: random.Random) -> Said:
    """Said in words by the caller; the agent's echo is written in numerals (the agent's channel)."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    zero = rng.choice(["oh", "zero"])
    u = Said().say(rng.choice(["Right, it's ", "Okay, so ", "Sure. "]))
    u.entity("CREDIT_CARD", ", ".join(run(g, "en", zero) for g in gs), d).say(".").turn()
    u.say(rng.choice(["Lovely, so that's ", "Thanks. I've got ", "Let me just repeat that: "]))
    u.entity("CREDIT_CARD", " ".join(gs), d).say(rng.choice([", yeah?", ". Is that correct?", ", right?"]))
    return u.turn(rng.choice(["Yes.", "That's right.", "Yep, that's it."]))


def _card_foreign(lang: str, intros: list[str], expiry: list[str], code: list[str], style: str = "run",
                  ends: list[str] | None = None):
    def family(fake: Faker, rng: random.Random) -> Said:
        d = a_card(fake, rng)
        seps = [", ", " / "] if lang in ("fr", "be", "ch") else [", ", " ", "... "]
        u = Said().say(rng.choice(intros)).entity(
            "CREDIT_CARD", said_groups(card_groups(d), lang, rng, style, rng.choice(seps)), d, lang)
        m, y = an_expiry(rng)
        text, value = expiry_said(m, y, lang, rng)
        u.say(rng.choice(expiry)).entity("CARD_EXPIRY", text, value, lang)
        c = a_code(rng, 4 if len(d) == 15 else 3)
        return u.say(rng.choice(code)).entity("CARD_SECURITY_CODE", run(c, lang), c, lang).say(
            rng.choice(ends or [".", ""]))
    return family


card_german = _card_foreign("de", ["Die Kartennummer ist ", "Also, die Nummer: ", "Gerne, das wäre "],
                            [". Gültig bis ", ", läuft ab ", ". Ablauf "],
                            [", und die Prüfnummer hinten ist ", ". Sicherheitscode: ", ", CVC "])
card_swedish = _card_foreign("sv", ["Kortnumret är ", "Ja, numret är ", "Det är "],
                             [", giltigt till ", ". Det går ut ", ", utgång "],
                             [" och säkerhetskoden är ", ". CVC ", ", koden på baksidan är "])
card_czech = _card_foreign("cs", ["Číslo karty je ", "Takže číslo: ", "Je to "],
                           [", platnost do ", ". Platí do ", ", expirace "],
                           [" a CVV je ", ". Bezpečnostní kód ", ", kód na zadní straně "])
card_danish = _card_foreign("da", ["Kortnummeret er ", "Ja, det er ", "Nummeret er "],
                            [", udløb ", ". Det udløber ", ", gyldigt til "],
                            [" og kontrolcifrene er ", ". CVC ", ", sikkerhedskoden "], style="pairs")
card_finnish = _card_foreign("fi", ["Kortin numero on ", "Joo, numero on ", "Se on "],
                             [", voimassa ", ". Vanhenee ", ", voimassaolo "],
                             [" ja turvakoodi on ", ". CVV ", ", tarkistenumero "])
card_spanish = _card_foreign("es", ["El número de la tarjeta es ", "A ver, es ", "Vale, "],
                             [", caduca ", ". Fecha de caducidad ", ", válida hasta "],
                             [" y el CVV ", ". El código de atrás es ", ", código de seguridad "], style="pairs")


def card_brazilian(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian caller: "meia" for six, "validade", "código de segurança"."""
    d = a_card(fake, rng, ("visa16", "mastercard"))

    def br(digits: str) -> str:
        return " ".join("meia" if c == "6" and rng.random() < 0.7 else PT[int(c)] for c in digits)

    u = Said().say(rng.choice(["O número do cartão é ", "Tá, é ", "Anota aí: "]))
    u.entity("CREDIT_CARD", rng.choice([", ", " "]).join(br(g) for g in card_groups(d)), d, "pt")
    m, y = an_expiry(rng)
    text, value = expiry_said(m, y, "pt", rng, [" barra ", ", ", " de "])
    u.say(rng.choice([", validade ", ". Vence em ", ", vale até "])).entity("CARD_EXPIRY", text, value, "pt")
    c = a_code(rng)
    return u.say(rng.choice([", e o código de segurança é ", ". CVV ", ", os três de trás: "])).entity(
        "CARD_SECURITY_CODE", br(c), c, "pt").say(rng.choice([".", ""]))


def card_expiry_month_name(fake: Faker, rng: random.Random) -> Said:
    """The number with "double" and "triple", then the expiry by the month's name and the year in words."""
    d = a_card(fake, rng)
    u = Said().say(rng.choice(["Number's ", "Okay, it's ", "Here we go, "])).entity(
        "CREDIT_CARD", ", ".join(en_doubles(g, rng) for g in card_groups(d)), d).say(".").turn()
    u.say(rng.choice(["And when does it run out?", "Expiry?", "What's the end date on it?"])).turn()
    m, y = an_expiry(rng)
    month = MONTHS["en"][m - 1]
    text, value = rng.choice([(f"{month} {year_words(y, 'en', rng)}", f"{m:02d}{y}"),
                              (f"{month} of {year_words(y, 'en', rng)}", f"{m:02d}{y}"),
                              (f"{month} {num(y % 100)}", f"{m:02d}{y % 100}"),
                              (f"{month[:3]} {y % 100}", f"{m:02d}{y % 100}")])
    u.say(rng.choice(["End of ", "It's good through ", "Says ", ""])).entity("CARD_EXPIRY", text, value)
    return u.say(rng.choice([".", ", I think.", ""]))


def card_uk_expiry_code_turns(fake: Faker, rng: random.Random) -> Said:
    """A British caller, asked for the end date and the three digits in turn: "nought four stroke two seven"."""
    m, y = an_expiry(rng)
    mm, yy = f"{m:02d}", f"{y % 100:02d}"
    text, value = rng.choice([(f"{run(mm, 'en', 'nought')} stroke {run(yy)}", mm + yy),
                              (f"{run(mm, 'en', 'oh')}, {num(int(yy))}", mm + yy),
                              (f"{num(m)} {num(int(yy))}", f"{m}{yy}"),
                              (f"{run(mm, 'en', 'nought')} {run(yy)}", mm + yy)])
    u = Said().say(rng.choice(["What's the end date, please?", "And the expiry on the card?"])).turn()
    u.say(rng.choice(["Erm, ", "That's ", "It says ", ""])).entity("CARD_EXPIRY", text, value).say(".").turn()
    u.say(rng.choice(["Brilliant. And the security number from the back?", "Lovely, and the three digits on the "
                      "reverse?"])).turn()
    c = a_code(rng)
    return u.say(rng.choice(["", "Right, ", "Yeah, "])).entity("CARD_SECURITY_CODE", en_doubles(c, rng, "nought"),
                                                               c).say(rng.choice([".", ", I think."]))


def card_chat_full_year(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat over three messages: the number, the expiry with its four-digit year, the code."""
    d = a_card(fake, rng)
    tag = rng.choice(CHAT)
    u = Said().say(tag + rng.choice(["card ", "cc: ", "number "])).entity(
        "CREDIT_CARD", rng.choice([" ", "-", ""]).join(card_groups(d)), d)
    m, y = an_expiry(rng)
    text, value = rng.choice([(f"{m:02d}/{y}", f"{m:02d}{y}"), (f"{m:02d}-{y}", f"{m:02d}{y}"),
                              (f"{m}/{y % 100}", f"{m}{y % 100}"), (f"{m:02d} / {y % 100}", f"{m:02d}{y % 100}")])
    u.turn(tag + rng.choice(["exp ", "expiry ", "expires "])).entity("CARD_EXPIRY", text, value)
    c = a_code(rng, 4 if len(d) == 15 else 3)
    return u.turn(tag + rng.choice(["cvc ", "cvv ", "code "])).entity("CARD_SECURITY_CODE", c, c)


def card_expiry_two_questions(fake: Faker, rng: random.Random) -> Said:
    """The month and the year asked for apart: each answer a piece of the expiry."""
    m, y = an_expiry(rng)
    month_text, month_value = rng.choice([(MONTHS["en"][m - 1], f"{m:02d}"), (run(f"{m:02d}"), f"{m:02d}"),
                                          (num(m), str(m))])
    year_text, year_value = rng.choice([(year_words(y, "en", rng), str(y)), (num(y % 100), str(y % 100)),
                                        (str(y), str(y))])
    u = Said().say(rng.choice(["Which month does it expire?", "Expiry month first?", "What month's on it?"])).turn()
    u.say(rng.choice(["", "Uh, ", "It's "])).entity("CARD_EXPIRY", month_text, month_value, part=True).say(".")
    u.turn(rng.choice(["And the year?", "Year?", "Okay, what year?"])).turn()
    return u.say(rng.choice(["", "Um, ", "That'd be "])).entity("CARD_EXPIRY", year_text, year_value, part=True).say(
        rng.choice([".", ""]))


def card_code_hundreds(fake: Faker, rng: random.Random) -> Said:
    """The code said as a number: "four hundred and twelve", "four twelve"."""
    d = a_card(fake, rng, ("visa16", "mastercard"))
    c = str(rng.randint(101, 999))
    text = rng.choice([hundreds(int(c), "en", rng.random() < 0.5),
                       f"{EN[int(c[0])]} {pairs(c[1:], 'en')}" if c[1] != "0" else run(c)])
    u = Said().say(rng.choice(["Card's ", "It's ", ""])).entity(
        "CREDIT_CARD", said_groups(card_groups(d), "en", rng, "mixed", rng.choice([", ", " "])), d).say(".").turn()
    u.say(rng.choice(["And the three-digit code?", "Last thing, the code on the back.", "Security code?"])).turn()
    return u.say(rng.choice(["", "Oh, ", "Yeah it's "])).entity("CARD_SECURITY_CODE", text, c).say(
        rng.choice([".", "", " I believe."]))


def card_amex_front_code(fake: Faker, rng: random.Random) -> Said:
    """An Amex in its 4-6-5 groups, and the four-digit code printed on its front in pairs."""
    d = a_card(fake, rng, ("amex",))
    c = a_code(rng, 4)
    u = Said().say(rng.choice(["It's an American Express: ", "Amex. ", "Okay, "])).entity(
        "CREDIT_CARD", said_groups(card_groups(d), "en", rng, "mixed", ", "), d).say(".").turn()
    u.say(rng.choice(["With Amex I need the four little digits on the front.", "And the four-digit code above the "
                      "number?"])).turn()
    return u.say(rng.choice(["Oh, those. ", "Right, ", ""])).entity(
        "CARD_SECURITY_CODE", rng.choice([pairs(c), run(c), c]), c).say(".")


def card_code_corrected(fake: Faker, rng: random.Random) -> Said:
    """The code begun wrong and said again: the false start inside the label."""
    d = a_card(fake, rng, ("visa16", "mastercard", "discover"))
    c = a_code(rng)
    wrong = run(str((int(c[0]) + rng.randint(1, 8)) % 10) + c[1:2])
    false = f"{wrong}{rng.choice(['... no sorry,', ', no wait,', '... hang on,'])}"
    u = Said().say("Card number ").entity("CREDIT_CARD", " ".join(card_groups(d)), d).turn(
        rng.choice(["Thanks. And the code?", "Got it. CVV?"])).turn()
    return u.say(rng.choice(["It's ", "Um, ", ""])).entity("CARD_SECURITY_CODE", f"{false} {run(c)}", c,
                                                           drop=(false,)).say(".")


def card_prompted_groups(fake: Faker, rng: random.Random) -> Said:
    """The agent asks for each group in turn; each is a piece of the number."""
    d = a_card(fake, rng)
    gs = card_groups(d)
    u = Said().say(rng.choice(["Go ahead with the first four.", "Start me off with the first group.",
                               "Okay, first four digits?"]))
    for k, g in enumerate(gs):
        if k:
            u.turn(rng.choice(["Next.", "Mm-hm.", "Okay, next group?", "Yep."]))
        u.turn(rng.choice(["", "", "Okay, "])).entity("CREDIT_CARD", rng.choice([g, run(g), en_doubles(g, rng)]), g,
                                                      part=True).say(rng.choice([".", ""]))
    return u


def card_numerals_and_words(fake: Faker, rng: random.Random) -> Said:
    """The engine writes some groups as numerals and some as words, in one run."""
    d = a_card(fake, rng)
    u = Said().say(rng.choice(["the numbers ", "yes its ", "ok "]))
    return u.entity("CREDIT_CARD", said_groups(card_groups(d), "en", rng, "mixed", " "), d).say(
        rng.choice([" thank you", "", " ok"]))


def card_dutch_code_first(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller gives the expiry and the code before the number."""
    m, y = an_expiry(rng)
    text, value = expiry_said(m, y, "nl", rng)
    c = a_code(rng)
    d = a_card(fake, rng, ("visa16", "mastercard"))
    u = Said().say(rng.choice(["Even alvast: geldig tot ", "Hij is geldig tot ", "De datum is "])).entity(
        "CARD_EXPIRY", text, value, "nl")
    u.say(rng.choice([", de beveiligingscode is ", " en de drie cijfers achterop zijn ", ", code "])).entity(
        "CARD_SECURITY_CODE", run(c, "nl"), c, "nl")
    u.say(rng.choice([". En het kaartnummer: ", ". Het nummer zelf is ", ". Dan het nummer: "]))
    return u.entity("CREDIT_CARD", said_groups(card_groups(d), "nl", rng, "run", ", "), d, "nl").say(".")


# Phones -----------------------------------------------------------------------------------------------------------
def national(fake: Faker, rng: random.Random, region: str) -> str:
    """A valid number as said at home: the trunk prefix and the national number."""
    return PHONES[region][1] + a_phone(fake, rng, region)


def phone_asr_lower(fake: Faker, rng: random.Random) -> Said:
    """An American number in lower case with no punctuation, homophones for some digits."""
    n = a_phone(fake, rng, "US")
    u = Said().say(rng.choice(["yeah its ", "my cell is ", "you can reach me at ", "best number um "]))
    return u.entity("PHONE_NUMBER", " ".join(asr_digits(g, rng) for g in (n[:3], n[3:6], n[6:])), n).say(
        rng.choice(["", " thanks", " any time after five"]))


def phone_uk_restart(fake: Faker, rng: random.Random) -> Said:
    """A British mobile begun, dropped and said again from the top."""
    n = national(fake, rng, "GB")
    zero = rng.choice(["oh", "nought"])
    marker = rng.choice(["... no, hang on,", "... sorry, new phone,", ", wait,"])
    false = f"{run(n[:rng.randint(2, 4)], 'en', zero)}{marker}"
    full = f"{en_doubles(n[:5], rng, zero)}, {en_doubles(n[5:], rng, zero)}"
    u = Said().say(rng.choice(["Mobile's ", "It's ", "Yeah, "]))
    return u.entity("PHONE_NUMBER", f"{false} {full}", n, drop=(false,)).say(rng.choice([".", ", that's the one."]))


def phone_german_pairs(fake: Faker, rng: random.Random) -> Said:
    """A German mobile: the prefix digit by digit, the rest in pairs."""
    n = national(fake, rng, "DE")
    text = f"{run(n[:4], 'de')}, " + ", ".join(pairs(n[i:i + 2], "de") for i in range(4, len(n), 2))
    u = Said().say(rng.choice(["Meine Handynummer ist ", "Sie erreichen mich unter ", "Die Nummer: "]))
    return u.entity("PHONE_NUMBER", text, n, "de").say(rng.choice([".", ", danke."]))


def phone_french_pairs(fake: Faker, rng: random.Random) -> Said:
    """A French mobile in pairs, "zéro six" first."""
    n = national(fake, rng, "FR")
    u = Said().say(rng.choice(["Mon portable, c'est le ", "Vous pouvez me joindre au ", "Alors, "]))
    return u.entity("PHONE_NUMBER", ", ".join(pairs(n[i:i + 2], "fr") for i in range(0, 10, 2)), n, "fr").say(
        rng.choice([".", ", merci."]))


def phone_danish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Danish number: eight digits in four pairs."""
    n = national(fake, rng, "DK")
    u = Said().say(rng.choice(["Mit nummer er ", "Du kan ringe på ", "Det er "]))
    return u.entity("PHONE_NUMBER", rng.choice([" ", ", "]).join(pairs(n[i:i + 2], "da") for i in range(0, 8, 2)),
                    n, "da").say(".")


def phone_norwegian_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Norwegian mobile in pairs, or three, two, three."""
    n = national(fake, rng, "NO")
    text = rng.choice([", ".join(pairs(n[i:i + 2], "no") for i in range(0, 8, 2)),
                       f"{run(n[:3], 'no')}, {pairs(n[3:5], 'no')}, {run(n[5:], 'no')}"])
    u = Said().say(rng.choice(["Mobilnummeret mitt er ", "Ring meg på ", "Nummeret er "]))
    return u.entity("PHONE_NUMBER", text, n, "no").say(".")


def phone_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Swedish mobile: "noll sju noll", three digits, then pairs."""
    n = national(fake, rng, "SE")
    text = f"{run(n[:3], 'sv')}, {run(n[3:6], 'sv')}, {pairs(n[6:8], 'sv')}, {pairs(n[8:], 'sv')}"
    u = Said().say(rng.choice(["Mitt nummer är ", "Du når mig på ", "Det är "]))
    return u.entity("PHONE_NUMBER", text, n, "sv").say(rng.choice([".", ", tack."]))


def phone_czech_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Czech mobile in three groups said as hundreds ("sedm set dvacet tři")."""
    n = national(fake, rng, "CZ")
    u = Said().say(rng.choice(["Moje číslo je ", "Volejte mi na ", "Mobil: "]))
    return u.entity("PHONE_NUMBER", ", ".join(threes(n[i:i + 3], "cs") for i in range(0, 9, 3)), n, "cs").say(".")


def phone_finnish(fake: Faker, rng: random.Random) -> Said:
    """A Finnish mobile digit by digit, with a hesitation."""
    n = national(fake, rng, "FI")
    text = f"{run(n[:3], 'fi')}, {rng.choice(['öö ', ''])}{run(n[3:6], 'fi')}, {run(n[6:], 'fi')}"
    u = Said().say(rng.choice(["Numeroni on ", "Minut tavoittaa numerosta ", "Se on "]))
    return u.entity("PHONE_NUMBER", text, n, "fi").say(".")


def phone_italian(fake: Faker, rng: random.Random) -> Said:
    """An Italian mobile: the three-digit prefix, then pairs or digits."""
    n = national(fake, rng, "IT")
    text = f"{run(n[:3], 'it')}, " + rng.choice([", ".join(pairs(n[i:i + 2], "it") for i in range(3, 9, 2)) +
                                                 f", {run(n[9:], 'it')}",
                                                 f"{run(n[3:6], 'it')}, {run(n[6:], 'it')}"])
    u = Said().say(rng.choice(["Il mio cellulare è ", "Mi può richiamare al ", "Allora, "]))
    return u.entity("PHONE_NUMBER", text, n, "it").say(rng.choice([".", ", grazie."]))


def phone_spanish_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Spanish mobile: three as hundreds ("seiscientos doce"), then pairs."""
    n = national(fake, rng, "ES")
    text = f"{threes(n[:3], 'es')}, " + ", ".join(pairs(n[i:i + 2], "es") for i in range(3, 9, 2))
    u = Said().say(rng.choice(["Mi móvil es el ", "Apunte: ", "Me puede llamar al "]))
    return u.entity("PHONE_NUMBER", text, n, "es").say(".")


def phone_plus_chat(fake: Faker, rng: random.Random) -> Said:
    """A number abroad typed into a chat with its country code."""
    region = rng.choice(["NL", "BE", "DK", "NO", "SE", "PL", "CZ", "PT", "AT", "CH", "IE", "FI"])
    cc = PHONES[region][0]
    nsn = a_phone(fake, rng, region)
    parsed = phonenumbers.parse(f"+{cc}{nsn}")
    text = rng.choice([phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                       phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164),
                       f"00{cc} {nsn}"])
    value = ("00" if text.startswith("00") else "") + cc + nsn
    u = Said().say(rng.choice(CHAT) + rng.choice(["my nr is ", "tel: ", "whatsapp me on ", "reach me at "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", " pls", " (mobile)"]))


def phone_agent_readback(fake: Faker, rng: random.Random) -> Said:
    """Said by the caller in words, read back by the agent as the agent's channel writes it."""
    n = a_phone(fake, rng, "US")
    u = Said().say(rng.choice(["It's ", "Sure, ", "My number is "])).entity(
        "PHONE_NUMBER", f"{en_doubles(n[:3], rng)}, {en_doubles(n[3:6], rng)}, {en_doubles(n[6:], rng)}", n).say(
        ".").turn()
    text = rng.choice([f"({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}"])
    u.say(rng.choice(["Okay, so that's ", "Just confirming, ", "I have "])).entity("PHONE_NUMBER", text, n)
    return u.say(rng.choice(["?", ", correct?", "."])).turn(rng.choice(["Correct.", "Yep.", "That's it."]))


def phone_three_turns(fake: Faker, rng: random.Random) -> Said:
    """An American number a piece a turn: area code, the next three, the last four."""
    n = a_phone(fake, rng, "US")
    u = Said().say(rng.choice(["What's a good callback number?", "And a phone number for the account?"])).turn()
    u.say(rng.choice(["Area code ", "It's ", "Okay, "])).entity("PHONE_NUMBER", run(n[:3]), n[:3], part=True)
    u.say(".").turn(rng.choice(["Uh-huh.", "Okay.", "Go on."])).turn()
    u.entity("PHONE_NUMBER", rng.choice([run(n[3:6]), n[3:6]]), n[3:6], part=True).say(".").turn(
        rng.choice(["Mm-hm.", "Yep.", "And then?"])).turn()
    return u.entity("PHONE_NUMBER", rng.choice([run(n[6:]), pairs(n[6:]), n[6:]]), n[6:], part=True).say(".")


# Addresses --------------------------------------------------------------------------------------------------------
def _email_spoken(lang: str, at: list[str], dot: list[str], under: list[str], domains: list[str], locales: list[str],
                  intros: list[str]):
    def family(fake: Faker, rng: random.Random) -> Said:
        locale = rng.choice(locales)
        first, last = ascii_name(fake, locale), ascii_name(fake, locale, "last_name")
        sep, sep_said = rng.choice([(".", f" {rng.choice(dot)} "), ("_", f" {rng.choice(under)} "), ("", " ")])
        domain = rng.choice(domains)
        said_domain = f" {rng.choice(dot)} ".join(domain.split("."))
        value = f"{first}{sep}{last}@{domain}"
        u = Said().say(rng.choice(intros))
        return u.entity("EMAIL_ADDRESS", f"{first}{sep_said}{last} {rng.choice(at)} {said_domain}", value, lang).say(
            rng.choice([".", ""]))
    return family


email_german = _email_spoken("de", ["ät", "at"], ["punkt", "Punkt"], ["Unterstrich"],
                             ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net"], ["de_DE", "de_AT", "de_CH"],
                             ["Meine E-Mail ist ", "Schreiben Sie an ", "Die Adresse lautet "])
email_spanish = _email_spoken("es", ["arroba"], ["punto"], ["guion bajo"],
                              ["hotmail.es", "gmail.com", "telefonica.net", "yahoo.es"], ["es_ES", "es_AR"],
                              ["Mi correo es ", "Apunte el correo: ", "Es "])
email_italian = _email_spoken("it", ["chiocciola"], ["punto"], ["trattino basso"],
                              ["libero.it", "virgilio.it", "alice.it", "tiscali.it"], ["it_IT"],
                              ["La mia mail è ", "Scriva pure a ", "L'indirizzo è "])
email_dutch = _email_spoken("nl", ["apenstaartje", "at"], ["punt"], ["liggend streepje"],
                            ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl"], ["nl_NL", "nl_BE"],
                            ["Mijn mailadres is ", "Het is ", "Mail maar naar "])
EMAIL_PHRASES["podkreślnik"] = "_"

SPLIT_DOMAINS = {"gmail.com": "g mail", "hotmail.com": "hot mail", "outlook.com": "out look", "icloud.com": "i cloud",
                 "protonmail.com": "proton mail", "aol.com": "a o l"}


def email_asr_split_domain(fake: Faker, rng: random.Random) -> Said:
    """The engine splits the provider's name ("g mail", "out look") and runs the name together."""
    first, last = ascii_name(fake, "en_US"), ascii_name(fake, "en_US", "last_name")
    domain = rng.choice(list(SPLIT_DOMAINS))
    u = Said().say(rng.choice(["its ", "email is ", "yeah so its "]))
    return u.entity("EMAIL_ADDRESS", f"{first} {last} at {SPLIT_DOMAINS[domain]} dot com",
                    f"{first}{last}@{domain}").say(rng.choice(["", " no spaces", " all lowercase"]))


def email_number_words(fake: Faker, rng: random.Random) -> Said:
    """A number after the name, said as a number ("eighty seven")."""
    first, last = ascii_name(fake, "en_GB"), ascii_name(fake, "en_GB", "last_name")
    nn = rng.randint(10, 99)
    domain = rng.choice(["yahoo.co.uk", "btinternet.com", "sky.com", "gmail.com", "live.co.uk"])
    sep, said_sep = rng.choice([(".", " dot "), ("_", " underscore "), ("", " ")])
    text = f"{first}{said_sep}{last} {num(nn).replace('-', ' ')} at {' dot '.join(domain.split('.'))}"
    u = Said().say(rng.choice(["It's ", "Email's ", "Okay, "]))
    return u.entity("EMAIL_ADDRESS", text, f"{first}{sep}{last}{nn}@{domain}").say(".")


def email_chat_typed(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat with capitals, a number and the provider capitalised."""
    first, last = ascii_name(fake, "en_US"), ascii_name(fake, "en_US", "last_name")
    nn = rng.randint(1, 99)
    domain = rng.choice(["Outlook.com", "Gmail.com", "Yahoo.com", "Comcast.net", "Icloud.com"])
    local = rng.choice([f"{first[0].upper()}.{last.capitalize()}{nn}", f"{first.capitalize()}{last.capitalize()}",
                        f"{first}_{last}{nn}"])
    text = f"{local}@{domain}"
    u = Said().say(rng.choice(CHAT) + rng.choice(["email - ", "my email: ", "its "]))
    return u.entity("EMAIL_ADDRESS", text, text.lower()).say(rng.choice(["", " (work)", " thx", "."]))


def email_parts_turns(fake: Faker, rng: random.Random) -> Said:
    """The name part, the agent's question, then the provider: each a piece of the address."""
    first, last = ascii_name(fake, "en_IE"), ascii_name(fake, "en_IE", "last_name")
    domain = rng.choice(["proton.me", "eircom.net", "gmail.com", "hotmail.ie", "fastmail.com"])
    sep, said_sep = rng.choice([(".", " dot "), ("_", " underscore "), ("-", " dash ")])
    u = Said().say(rng.choice(["So the first part is ", "Before the at it's ", "It starts "])).entity(
        "EMAIL_ADDRESS", f"{first}{said_sep}{last}", f"{first}{sep}{last}", part=True).say(".").turn()
    u.say(rng.choice(["And after the at sign?", "Which provider?", "Okay, and the domain?"])).turn()
    return u.say(rng.choice(["", "It's ", "That's "])).entity(
        "EMAIL_ADDRESS", " dot ".join(domain.split(".")), domain, part=True).say(".")


# IBANs ------------------------------------------------------------------------------------------------------------
def iban_said(v: str, lang: str, rng: random.Random, style: str = "run", sep: str = ", ",
              letters: str = "plain") -> str:
    """An IBAN said four at a time: its letters one by one (or by their names), its digits by `style`."""
    out = []
    for k in range(0, len(v), 4):
        g, parts = v[k:k + 4], []
        for chunk in re.findall(r"[A-Z]+|\d+", g):
            if chunk.isalpha():
                names = letters == "names" and k > 0
                parts.append(" ".join(letter_name(c, lang) if names else c for c in chunk))
            else:
                s = rng.choice(["run", "pairs"]) if style == "mixed" else style
                parts.append(pairs(chunk, lang) if s == "pairs" else run(chunk, lang))
        out.append(joined(parts, " ", lang))
    return joined(out, sep, lang)


def _iban_foreign(country: str, lang: str, intros: list[str], style: str = "run", letters: str = "plain",
                  ends: list[str] | None = None):
    def family(fake: Faker, rng: random.Random) -> Said:
        v = an_iban(fake, rng, country)
        sep = ", " if lang in ("fr", "be", "ch") or style != "run" else rng.choice([", ", " ", "... "])
        u = Said().say(rng.choice(intros))
        return u.entity("IBAN_CODE", iban_said(v, lang, rng, style, sep, letters), v, lang).say(
            rng.choice(ends or [".", ""]))
    return family


iban_german = _iban_foreign("DE", "de", ["Meine IBAN lautet ", "Die IBAN ist ", "Also, "], "mixed")
iban_dutch = _iban_foreign("NL", "nl", ["Mijn IBAN is ", "Het rekeningnummer is ", "Dat is "])
iban_french_pairs = _iban_foreign("FR", "fr", ["Mon IBAN, c'est ", "Alors l'IBAN : ", "Je vous le dis : "], "pairs")
iban_danish = _iban_foreign("DK", "da", ["Mit IBAN er ", "Kontonummeret er ", "Det er "])
iban_czech = _iban_foreign("CZ", "cs", ["Můj IBAN je ", "Číslo účtu ve formátu IBAN: ", "Je to "])
iban_belgian = _iban_foreign("BE", "be", ["Mon numéro de compte, c'est ", "L'IBAN : ", "C'est "], "pairs")
iban_swiss_german = _iban_foreign("CH", "de", ["Meine IBAN ist ", "Das Konto: ", "Also die IBAN, "], "mixed")
iban_italian = _iban_foreign("IT", "it", ["Il mio IBAN è ", "Le dico l'IBAN: ", "Allora, "], "run", "names")


def iban_nordic_typed(fake: Faker, rng: random.Random) -> Said:
    """A Finnish, Norwegian, Swedish or Danish IBAN typed into a chat, spaced or not."""
    v = an_iban(fake, rng, rng.choice(["FI", "NO", "SE", "DK"]))
    text = rng.choice([v, " ".join(v[i:i + 4] for i in range(0, len(v), 4)), v.lower()])
    return Said().say(rng.choice(CHAT) + rng.choice(["IBAN ", "iban: ", "acct ", "my account "])).entity(
        "IBAN_CODE", text, v).say(rng.choice(["", " thanks", "."]))


def iban_gb_two_turns(fake: Faker, rng: random.Random) -> Said:
    """A British IBAN given over two turns, the bank's letters by the NATO alphabet or plain."""
    v = an_iban(fake, rng, rng.choice(["GB", "IE"]))
    cut = rng.choice([8, 12])
    first, rest = v[:cut], v[cut:]
    letters = rng.choice(["plain", "names"])
    u = Said().say(rng.choice(["Okay, it's ", "Right, the IBAN starts ", "So, "])).entity(
        "IBAN_CODE", iban_said(first, "en", rng, "run", ", ", letters), first, part=True).say("...").turn(
        rng.choice(["Mm-hm, go on.", "Yep.", "Okay, got that bit."])).turn()
    return u.entity("IBAN_CODE", iban_said(rest, "en", rng, "mixed", ", "), rest, part=True).say(".")


# SSNs -------------------------------------------------------------------------------------------------------------
def ssn_parts(d: str) -> list[str]:
    return [d[:3], d[3:5], d[5:]]


def ssn_asr_homophones(fake: Faker, rng: random.Random) -> Said:
    """Lower case, no punctuation, homophones for some of the digits; no naming word before it."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["ok and to verify can i get the nine digit number on your card",
                               "for the identity check i need your social"])).turn()
    return u.say(rng.choice(["sure its ", "yeah ", "its uh "])).entity(
        "US_SSN", " ".join(asr_digits(g, rng) for g in ssn_parts(d)), d).say(rng.choice(["", " ok"]))


def ssn_three_turns(fake: Faker, rng: random.Random) -> Said:
    """Asked for in three pieces; each answer a piece."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["Can you give me the social, first three?", "Social security number, starting with "
                               "the first three digits."])).turn()
    u.entity("US_SSN", rng.choice([run(d[:3]), d[:3]]), d[:3], part=True).say(".").turn(
        rng.choice(["Then the middle two?", "Okay. Next two?"])).turn()
    u.entity("US_SSN", rng.choice([run(d[3:5]), pairs(d[3:5]), d[3:5]]), d[3:5], part=True).say(".").turn(
        rng.choice(["And the final four.", "And the rest?"])).turn()
    return u.entity("US_SSN", rng.choice([run(d[5:]), pairs(d[5:]), d[5:]]), d[5:], part=True).say(".")


def ssn_chat_typed(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat without dashes, spaced, or with dots."""
    d = a_ssn(fake)
    text = rng.choice([d, " ".join(ssn_parts(d)), ".".join(ssn_parts(d)), "-".join(ssn_parts(d))])
    return Said().say(rng.choice(CHAT) + rng.choice(["ssn ", "SSN: ", "social is ", "ss# "])).entity(
        "US_SSN", text, d).say(rng.choice(["", " thanks", "."]))


def ssn_restart(fake: Faker, rng: random.Random) -> Said:
    """Begun from memory, dropped and read again off the card."""
    d = a_ssn(fake)
    false = f"{run(d[:2])}{rng.choice(['... hang on, let me get the card,', '... no, that is not right,'])}"
    text = f"{false} {', '.join(en_doubles(g, rng) for g in ssn_parts(d))}"
    return Said().say(rng.choice(["My social? ", "Okay, ", "Sure, "])).entity("US_SSN", text, d, drop=(false,)).say(".")


def ssn_agent_readback(fake: Faker, rng: random.Random) -> Said:
    """Said by the caller; the agent's read-back written with dashes."""
    d = a_ssn(fake)
    u = Said().say(rng.choice(["It's ", "Okay. ", ""])).entity(
        "US_SSN", ", ".join(en_doubles(g, rng) for g in ssn_parts(d)), d).say(".").turn()
    u.say(rng.choice(["Thank you, I have ", "So, ", "Just to confirm, "])).entity("US_SSN", "-".join(ssn_parts(d)), d)
    return u.say(rng.choice(["?", ", correct?"])).turn(rng.choice(["Yes.", "Correct."]))


# NINOs ------------------------------------------------------------------------------------------------------------
def nino_lower(fake: Faker, rng: random.Random) -> Said:
    """The engine writes it in lower case, letters apart or run on."""
    v = a_nino(rng)
    text = rng.choice([f"{v[0].lower()} {v[1].lower()} {run(v[2:8])} {v[8].lower()}",
                       v.lower(), f"{v[:2].lower()} {v[2:8]} {v[8].lower()}"])
    return Said().say(rng.choice(["ni number ", "its ", "national insurance um "])).entity("UK_NINO", text, v).say(
        rng.choice(["", " yeah"]))


def nino_nato(fake: Faker, rng: random.Random) -> Said:
    """The letters by the NATO alphabet, the digits in pairs or one by one."""
    v = a_nino(rng)
    digits = rng.choice([pairs(v[2:8]), run(v[2:8], "en", "nought"), " ".join(v[2:8])])
    text = f"{NATO[ord(v[0]) - 65].capitalize()} {NATO[ord(v[1]) - 65].capitalize()}, {digits}, " \
           f"{NATO[ord(v[8]) - 65].capitalize()}"
    return Said().say(rng.choice(["It's ", "NI number, ", "Right, "])).entity("UK_NINO", text, v).say(".")


def nino_turns(fake: Faker, rng: random.Random) -> Said:
    """Letters, digits and the last letter a turn each."""
    v = a_nino(rng)
    u = Said().say(rng.choice(["Your national insurance number, the two letters first?",
                               "NI number please. What are the letters at the start?"])).turn()
    u.entity("UK_NINO", f"{v[0]} {v[1]}", v[:2], part=True).say(".").turn(rng.choice(["And the six numbers?",
                                                                                       "Numbers?"])).turn()
    u.entity("UK_NINO", rng.choice([run(v[2:8]), pairs(v[2:8])]), v[2:8], part=True).say(".").turn(
        rng.choice(["And the letter at the end?", "Last letter?"])).turn()
    return u.entity("UK_NINO", v[8], v[8], part=True).say(".")


# DNIs and NIEs ----------------------------------------------------------------------------------------------------
def letter_es(c: str, rng: random.Random) -> str:
    return rng.choice([ES_NAMES[ord(c) - 65], c, f"{c} de {ES_CITIES[c]}"]) if len(ES_NAMES[ord(c) - 65]) > 1 \
        else rng.choice([c, f"{c} de {ES_CITIES[c]}"])


def dni_spanish_pairs(fake: Faker, rng: random.Random) -> Said:
    """Eight digits in pairs as numbers, the letter by its name or a city."""
    v = a_nif(fake)
    text = f"{', '.join(pairs(v[i:i + 2], 'es') for i in range(0, 8, 2))}, {letter_es(v[8], rng)}"
    return Said().say(rng.choice(["Mi DNI es el ", "El documento: ", "Pues es "])).entity("ES_NIF", text, v, "es").say(
        ".")


def dni_english_caller(fake: Faker, rng: random.Random) -> Said:
    """A Spanish ID said on an English line, the letter by the NATO alphabet or plain."""
    v = a_nif(fake)
    letter = rng.choice([v[8], NATO[ord(v[8]) - 65].capitalize(), f"{v[8]} for {NATO[ord(v[8]) - 65].capitalize()}"])
    text = f"{run(v[:2])}, {run(v[2:5])}, {run(v[5:8])}, {letter}"
    return Said().say(rng.choice(["My Spanish ID number is ", "The DNI on my card is ", "It's "])).entity(
        "ES_NIF", text, v).say(".")


def dni_typed_lower(fake: Faker, rng: random.Random) -> Said:
    v = a_nif(fake)
    text = rng.choice([v.lower(), f"{v[:8]}-{v[8].lower()}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}", f"{v[:8]} {v[8]}"])
    return Said().say(rng.choice(CHAT) + rng.choice(["dni ", "mi dni: ", "DNI "])).entity("ES_NIF", text, v)


def dni_letter_corrected(fake: Faker, rng: random.Random) -> Said:
    """The letter said wrong and put right at once: the wrong one inside the label, named for the reading."""
    v = a_nif(fake)
    wrong = rng.choice([c for c in NIF_LETTERS if c != v[8] and len(ES_NAMES[ord(c) - 65]) > 1])
    false = f"{ES_NAMES[ord(wrong) - 65]}{rng.choice(['... no, perdón,', ', no, espere,', '... digo,'])}"
    text = f"{run(v[:4], 'es')}, {run(v[4:8], 'es')}, {false} {ES_NAMES[ord(v[8]) - 65]}" \
        if len(ES_NAMES[ord(v[8]) - 65]) > 1 else f"{run(v[:4], 'es')}, {run(v[4:8], 'es')}, {false} {v[8]}"
    return Said().say(rng.choice(["Sí, el DNI: ", "Es el ", "Tome nota: "])).entity("ES_NIF", text, v, "es",
                                                                                  drop=(false,)).say(".")


def nie_spanish(fake: Faker, rng: random.Random) -> Said:
    """The first letter by its Spanish name ("equis", "i griega", "zeta"), the digits in Spanish."""
    v = a_nie(fake)
    digits = rng.choice([run(v[1:8], "es"), f"{run(v[1:4], 'es')}, {pairs(v[4:8], 'es')}"])
    text = f"{ES_NAMES[ord(v[0]) - 65]}, {digits}, {letter_es(v[8], rng)}"
    return Said().say(rng.choice(["Mi NIE es ", "El número de extranjero es ", "Tengo el NIE "])).entity(
        "ES_NIE", text, v, "es").say(".")


def nie_english_resident(fake: Faker, rng: random.Random) -> Said:
    """A resident from abroad: letters plain, digits in English, with "dash" now and then."""
    v = a_nie(fake)
    text = rng.choice([f"{v[0]}, {run(v[1:8])}, {v[8]}", f"{v[0]} dash {run(v[1:8])} dash {v[8]}",
                       f"{v[0]} {joined([pairs(v[1:7]), run(v[7])], ' ', 'en')}, {v[8]}"])
    return Said().say(rng.choice(["My NIE is ", "The foreigner number, it's ", "Sure, "])).entity(
        "ES_NIE", text, v).say(".")


def nie_typed_lower(fake: Faker, rng: random.Random) -> Said:
    v = a_nie(fake)
    text = rng.choice([v.lower(), f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0].lower()}{v[1:8]}{v[8]}",
                       f"{v[0]} {v[1:8]} {v[8]}"])
    return Said().say(rng.choice(CHAT) + rng.choice(["nie ", "NIE: ", "mi nie es "])).entity("ES_NIE", text, v)


def nie_turns(fake: Faker, rng: random.Random) -> Said:
    """The first letter, the seven digits and the last letter asked for one by one."""
    v = a_nie(fake)
    u = Said().say(rng.choice(["¿Con qué letra empieza el NIE?", "Dígame el NIE. ¿La primera letra?"])).turn()
    u.say(rng.choice(["Con la ", "La ", ""])).entity("ES_NIE", ES_NAMES[ord(v[0]) - 65], v[0], "es", part=True).say(
        ".").turn(rng.choice(["¿Y los números?", "Vale, ¿y luego?"])).turn()
    u.entity("ES_NIE", run(v[1:8], "es"), v[1:8], "es", part=True).say(".").turn(
        rng.choice(["¿Y la letra final?", "¿Letra de control?"])).turn()
    return u.entity("ES_NIE", letter_es(v[8], rng), v[8], "es", part=True).say(".")


# Routing and account numbers --------------------------------------------------------------------------------------
def bank_routing_asr(fake: Faker, rng: random.Random) -> Said:
    """Lower case, no punctuation, homophones: the routing number and the account number in one breath."""
    aba, acct = an_aba(fake), an_account(fake, rng)
    u = Said().say(rng.choice(["ok routing is ", "the routing number um ", "so routing "])).entity(
        "ABA_ROUTING_NUMBER", asr_digits(aba, rng), aba)
    u.say(rng.choice([" and the account is ", " account number ", " then checking is "]))
    return u.entity("US_BANK_NUMBER", asr_digits(acct, rng), acct).say(rng.choice(["", " thats it"]))


def bank_cheque_bottom(fake: Faker, rng: random.Random) -> Said:
    """Read off the bottom of a check: routing, account, and the check's own number (not labelled)."""
    aba, acct = an_aba(fake), an_account(fake, rng)
    cheque = str(rng.randint(1001, 4999))
    u = Said().say(rng.choice(["Can you read me the numbers along the bottom of one of your checks?",
                               "Grab a check and read me what's printed at the bottom."])).turn()
    u.say(rng.choice(["Okay, the first bunch is ", "So first there's ", "Left side, "])).entity(
        "ABA_ROUTING_NUMBER", rng.choice([run(aba), f"{run(aba[:3])}, {run(aba[3:6])}, {run(aba[6:])}"]), aba)
    u.say(rng.choice([", then ", ". Then after the little symbol, ", ", and next "])).entity(
        "US_BANK_NUMBER", rng.choice([run(acct), en_doubles(acct, rng)]), acct)
    return u.say(f", and then {run(cheque)}, " + rng.choice(["but that's just the check number.",
                                                              "which I think is the check number."]))


def bank_account_two_turns(fake: Faker, rng: random.Random) -> Said:
    """The account number in two pieces with the agent's back-channel between."""
    acct = an_account(fake, rng)
    cut = len(acct) // 2
    u = Said().say(rng.choice(["And the account number for the direct deposit?", "What's the account number?"]))
    u.turn(rng.choice(["Okay, it's ", "", "Um, "])).entity("US_BANK_NUMBER", run(acct[:cut]), acct[:cut], part=True)
    u.say("...").turn(rng.choice(["Mm-hm.", "Yep, keep going.", "Okay."])).turn()
    return u.entity("US_BANK_NUMBER", rng.choice([run(acct[cut:]), en_doubles(acct[cut:], rng)]), acct[cut:],
                    part=True).say(rng.choice([".", ", that's all of it."]))


def bank_routing_readback(fake: Faker, rng: random.Random) -> Said:
    """The routing number said in threes; the agent reads it back a digit at a time."""
    aba = an_aba(fake)
    u = Said().say(rng.choice(["Routing's ", "The bank's routing number is ", "It's "])).entity(
        "ABA_ROUTING_NUMBER", ", ".join(run(aba[i:i + 3], "en", "zero") for i in (0, 3, 6)), aba).say(".").turn()
    u.say(rng.choice(["I'm reading back ", "Let me confirm, ", "So that's "])).entity(
        "ABA_ROUTING_NUMBER", rng.choice([" ".join(aba), run(aba, "en", "zero"), f"{aba[:3]} {aba[3:6]} {aba[6:]}"]),
        aba)
    return u.say(rng.choice(["?", ", yes?"])).turn(rng.choice(["Yes.", "That's right."]))


def bank_chat_typed(fake: Faker, rng: random.Random) -> Said:
    """Typed into a chat over two messages."""
    aba, acct = an_aba(fake), an_account(fake, rng)
    tag = rng.choice(CHAT)
    u = Said().say(tag + rng.choice(["ABA ", "routing: ", "RTN "])).entity("ABA_ROUTING_NUMBER", aba, aba)
    return u.turn(tag + rng.choice(["acct ", "account: ", "Acct# "])).entity("US_BANK_NUMBER", acct, acct).say(
        rng.choice(["", " (checking)", " savings"]))


def bank_routing_restart(fake: Faker, rng: random.Random) -> Said:
    """A routing number begun, dropped for the right one, then the account."""
    aba, acct = an_aba(fake), an_account(fake, rng)
    false = f"{run(aba[:rng.randint(2, 4)])}{rng.choice(['... no wait, that is the old bank,', ', sorry,'])}"
    u = Said().say(rng.choice(["Routing number ", "Okay, routing: ", "For the routing, "])).entity(
        "ABA_ROUTING_NUMBER", f"{false} {run(aba)}", aba, drop=(false,))
    return u.say(rng.choice([". Account ", ", and the account's "])).entity("US_BANK_NUMBER", run(acct), acct).say(".")


def bank_spanish(fake: Faker, rng: random.Random) -> Said:
    """A Spanish-speaking caller in the US: "número de ruta", "número de cuenta"."""
    aba, acct = an_aba(fake), an_account(fake, rng)
    u = Said().say(rng.choice(["El número de ruta es ", "La ruta del banco: ", "Ruta "])).entity(
        "ABA_ROUTING_NUMBER", ", ".join(run(aba[i:i + 3], "es") for i in (0, 3, 6)), aba, "es")
    u.say(rng.choice([", y el número de cuenta es ", ". La cuenta: ", ", cuenta "]))
    return u.entity("US_BANK_NUMBER", run(acct, "es"), acct, "es").say(".")


# Dates of birth ---------------------------------------------------------------------------------------------------
def birth_us_numeric(fake: Faker, rng: random.Random) -> Said:
    """Month, day and year said as numbers: "oh three, fourteen, eighty-nine"."""
    b = a_birth(fake)
    m = rng.choice([(run(f"{b.month:02d}"), f"{b.month:02d}"), (num(b.month), str(b.month))])
    d = rng.choice([(num(b.day), str(b.day))] + ([(run(f"{b.day:02d}"), f"{b.day:02d}")] if b.day < 10 else []))
    yy = b.year % 100
    y = rng.choice([(num(yy), str(yy)) if yy >= 10 else (run(f"{yy:02d}"), f"{yy:02d}"),
                    (year_words(b.year, "en", rng), str(b.year))])
    text = joined([m[0], d[0], y[0]], rng.choice([", ", " "]), "en")
    u = Said().say(rng.choice(["And your date of birth?", "Can I get your birthday?", "DOB?"])).turn()
    return u.say(rng.choice(["", "It's ", "Sure, "])).entity("DATE_OF_BIRTH", text, m[1] + d[1] + y[1]).say(
        rng.choice([".", ""]))


def birth_english_forms(fake: Faker, rng: random.Random) -> Said:
    """Written and said the British, the American and the ISO way."""
    b = a_birth(fake)
    month, sfx = MONTHS["en"][b.month - 1], {1: "st", 2: "nd", 3: "rd"}.get(b.day % 10 if b.day not in (11, 12, 13)
                                                                            else 0, "th")
    text, value = rng.choice([
        (f"{b.day}{sfx} {month} {b.year}", f"{b.day}{b.month:02d}{b.year}"),
        (f"{month} {b.day}{sfx}, {b.year}", f"{b.month:02d}{b.day}{b.year}"),
        (f"{ordinal(b.day)} of {month}, {year_words(b.year, 'en', rng)}", f"{b.day:02d}{b.month:02d}{b.year}"),
        (b.isoformat(), f"{b.year}{b.month:02d}{b.day:02d}"),
        (b.strftime("%m/%d/%Y"), b.strftime("%m%d%Y")),
        (f"{b.day} {month[:3]} {b.year % 100:02d}", f"{b.day}{b.month:02d}{b.year % 100:02d}")])
    intro = rng.choice(["D.O.B. ", "Born ", "Birthday's the ", "date of birth: "])
    return Said().say(rng.choice(["", "Customer: "]) + intro).entity("DATE_OF_BIRTH", text, value).say(
        rng.choice(["", ".", " if that helps"]))


def birth_german(fake: Faker, rng: random.Random) -> Said:
    b = a_birth(fake)
    month = MONTHS["de"][b.month - 1]
    text, value = rng.choice([
        (f"{ordinal(b.day, 'de')} {month} {year_words(b.year, 'de')}", f"{b.day:02d}{b.month:02d}{b.year}"),
        (f"{b.day}.{b.month}.{b.year}", f"{b.day}{b.month}{b.year}"),
        (b.strftime("%d.%m.%Y"), b.strftime("%d%m%Y")),
        (f"{b.day}. {month} {b.year}", f"{b.day}{b.month:02d}{b.year}")])
    u = Said().say(rng.choice(["Ihr Geburtsdatum, bitte?", "Wann sind Sie geboren?"])).turn()
    intro, end = rng.choice([("Am ", "."), ("Ich bin am ", " geboren."), ("Geboren am ", "."), ("Das war der ", ".")])
    return u.say(intro).entity("DATE_OF_BIRTH", text, value, "de").say(end)


def birth_french(fake: Faker, rng: random.Random) -> Said:
    b = a_birth(fake)
    month = MONTHS["fr"][b.month - 1]
    day = ("premier", "01") if b.day == 1 else (num(b.day, "fr"), str(b.day))
    text, value = rng.choice([
        (f"{day[0]} {month} {year_words(b.year, 'fr', rng)}", f"{day[1]}{b.month:02d}{b.year}"),
        (f"{b.day}{'er' if b.day == 1 else ''} {month} {b.year}", f"{b.day}{b.month:02d}{b.year}"),
        (b.strftime("%d/%m/%Y"), b.strftime("%d%m%Y"))])
    u = Said().say(f"{full_name(fake, rng.choice(['fr_FR', 'fr_BE', 'fr_CH']))}.").turn(
        rng.choice(["Votre date de naissance ?", "Vous êtes né quand ?"])).turn()
    return u.say(rng.choice(["Le ", "Je suis née le ", "C'est le "])).entity("DATE_OF_BIRTH", text, value, "fr").say(
        ".")


def birth_dutch(fake: Faker, rng: random.Random) -> Said:
    b = a_birth(fake)
    month = MONTHS["nl"][b.month - 1]
    text, value = rng.choice([
        (f"{num(b.day, 'nl')} {month} {year_words(b.year, 'nl', rng)}", f"{b.day}{b.month:02d}{b.year}"),
        (f"{ordinal(b.day, 'nl')} {month} {b.year}", f"{b.day:02d}{b.month:02d}{b.year}"),
        (f"{b.day}-{b.month}-{b.year}", f"{b.day}{b.month}{b.year}")])
    u = Said().say(rng.choice(["Wat is uw geboortedatum?", "En wanneer bent u geboren?"])).turn()
    return u.say(rng.choice(["Op ", "Dat is ", ""])).entity("DATE_OF_BIRTH", text, value, "nl").say(".")


def birth_romance(fake: Faker, rng: random.Random) -> Said:
    """Spanish, Italian or Portuguese: the day, the month by name, the year in words or digits."""
    b = a_birth(fake)
    lang = rng.choice(["es", "it", "pt"])
    month = MONTHS[lang][b.month - 1]
    day = (ordinal(1, lang), "01") if b.day == 1 else (num(b.day, lang), str(b.day))
    de = {"es": " de ", "it": " ", "pt": " de "}[lang]
    text, value = rng.choice([(f"{day[0]}{de}{month}{de}{year_words(b.year, lang)}", f"{day[1]}{b.month:02d}{b.year}"),
                              (f"{b.day}{de}{month}{de}{b.year}", f"{b.day}{b.month:02d}{b.year}"),
                              (b.strftime("%d/%m/%Y"), b.strftime("%d%m%Y"))])
    intro = {"es": ["Nací el ", "Fecha de nacimiento: el ", "El "], "it": ["Sono nata il ", "Il ", "Data di nascita: "],
             "pt": ["Nasci a ", "Data de nascimento: ", "Foi a "]}[lang]
    u = Said().say(f"{full_name(fake, {'es': 'es_ES', 'it': 'it_IT', 'pt': 'pt_PT'}[lang])}.").turn()
    return u.say(rng.choice(intro)).entity("DATE_OF_BIRTH", text, value, lang).say(".")


def birth_nordic(fake: Faker, rng: random.Random) -> Said:
    """Swedish, Danish, Norwegian or Finnish: written as at home, or the month by name."""
    b = a_birth(fake)
    lang = rng.choice(["sv", "da", "no", "fi"])
    month = MONTHS[lang][b.month - 1]
    dot = "" if lang == "sv" else "."
    text, value = rng.choice([
        (f"{b.day}{dot} {month} {b.year}", f"{b.day}{b.month:02d}{b.year}"),
        (b.isoformat(), f"{b.year}{b.month:02d}{b.day:02d}") if lang == "sv" else
        (b.strftime("%d.%m.%Y"), b.strftime("%d%m%Y")),
        (f"{b.day}.{b.month}.{b.year}", f"{b.day}{b.month}{b.year}")])
    intro = {"sv": ["Jag är född ", "Födelsedatum: "], "da": ["Jeg er født den ", "Fødselsdato: "],
             "no": ["Jeg er født ", "Fødselsdato "], "fi": ["Olen syntynyt ", "Syntymäaika "]}[lang]
    u = Said().say(f"{full_name(fake, {'sv': 'sv_SE', 'da': 'da_DK', 'no': 'no_NO', 'fi': 'fi_FI'}[lang])}.").turn()
    return u.say(rng.choice(intro)).entity("DATE_OF_BIRTH", text, value, lang).say(rng.choice([".", ""]))


def birth_polish_czech(fake: Faker, rng: random.Random) -> Said:
    b = a_birth(fake)
    lang = rng.choice(["pl", "cs"])
    month = MONTHS[lang][b.month - 1]
    dot = "." if lang == "cs" else ""
    text, value = rng.choice([(f"{b.day}{dot} {month} {b.year}", f"{b.day}{b.month:02d}{b.year}"),
                              (b.strftime("%d.%m.%Y"), b.strftime("%d%m%Y")),
                              (f"{b.day}. {b.month}. {b.year}", f"{b.day}{b.month}{b.year}")])
    intro = {"pl": ["Urodziłam się ", "Data urodzenia: ", "Urodzony "], "cs": ["Narodil jsem se ", "Datum narození: "]}
    u = Said().say(f"{full_name(fake, {'pl': 'pl_PL', 'cs': 'cs_CZ'}[lang])}.").turn()
    return u.say(rng.choice(intro[lang])).entity("DATE_OF_BIRTH", text, value, lang).say(".")


def birth_year_apart(fake: Faker, rng: random.Random) -> Said:
    """The day and month, then the year when the agent asks for it: two pieces."""
    b = a_birth(fake)
    month = MONTHS["en"][b.month - 1]
    text, value = rng.choice([(f"{month} the {ordinal(b.day)}", f"{b.month:02d}{b.day:02d}"),
                              (f"{ordinal(b.day)} of {month}", f"{b.day:02d}{b.month:02d}"),
                              (f"{month} {num(b.day)}", f"{b.month:02d}{b.day}")])
    u = Said().say(rng.choice(["When's your birthday?", "And your date of birth?"])).turn()
    u.entity("DATE_OF_BIRTH", text, value, part=True).say(".").turn(rng.choice(["And the year?", "What year?"])).turn()
    yy = b.year % 100
    year = rng.choice([(year_words(b.year, "en", rng), str(b.year)), (str(b.year), str(b.year))] +
                      ([(num(yy), str(yy))] if yy >= 10 else []))
    return u.say(rng.choice(["", "Oh, ", "Um, "])).entity("DATE_OF_BIRTH", year[0], year[1], part=True).say(".")


# BSN, NIR, codice fiscale -----------------------------------------------------------------------------------------
def bsn_dutch(fake: Faker, rng: random.Random) -> Said:
    v = a_bsn(fake)
    text = rng.choice([", ".join(run(v[i:i + 3], "nl") for i in (0, 3, 6)),
                       f"{run(v[:4], 'nl')}, {pairs(v[4:6], 'nl')}, {run(v[6:], 'nl')}",
                       run(v, "nl").replace("een", "één")])
    u = Said().say(rng.choice(["Mijn burgerservicenummer is ", "Het BSN is ", "Dat is "]))
    return u.entity("NL_BSN", text, v, "nl").say(".")


def bsn_typed(fake: Faker, rng: random.Random) -> Said:
    v = a_bsn(fake)
    text = rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    return Said().say(rng.choice(CHAT) + rng.choice(["BSN: ", "bsn ", "sofinummer "])).entity("NL_BSN", text, v)


def bsn_two_turns(fake: Faker, rng: random.Random) -> Said:
    v = a_bsn(fake)
    cut = rng.choice([4, 5])
    u = Said().say(rng.choice(["Mag ik uw BSN?", "Wat is uw burgerservicenummer?"])).turn()
    u.entity("NL_BSN", run(v[:cut], "nl"), v[:cut], "nl", part=True).say("...").turn(
        rng.choice(["Ja.", "Ja, ga door.", "Mm-hm."])).turn()
    return u.entity("NL_BSN", run(v[cut:], "nl"), v[cut:], "nl", part=True).say(".")


NIR_SIZES = [1, 2, 2, 2, 3, 3, 2]


def nir_groups(v: str) -> list[str]:
    out, i = [], 0
    for size in NIR_SIZES:
        out.append(v[i:i + size])
        i += size
    return [g for g in out if g]


def nir_french(fake: Faker, rng: random.Random) -> Said:
    v = a_nir(fake)
    parts = [run(g, "fr") if len(g) == 1 else pairs(g, "fr") if len(g) == 2 else threes(g, "fr")
             for g in nir_groups(v)]
    u = Said().say(rng.choice(["Mon numéro de sécu, c'est ", "Le numéro de sécurité sociale : ", "Alors, "]))
    return u.entity("FR_NIR", ", ".join(parts), v, "fr").say(".")


def nir_typed(fake: Faker, rng: random.Random) -> Said:
    v = a_nir(fake)
    text = rng.choice([v, " ".join(nir_groups(v)), f"{v[:13]} {v[13:]}"])
    return Said().say(rng.choice(CHAT) + rng.choice(["n° sécu ", "NIR : ", "numéro de sécurité sociale "])).entity(
        "FR_NIR", text, v)


def nir_key_asked(fake: Faker, rng: random.Random) -> Said:
    v = a_nir(fake)
    u = Said().say(rng.choice(["C'est ", "Alors, ", ""])).entity(
        "FR_NIR", ", ".join(run(g, "fr") for g in nir_groups(v[:13])), v[:13], "fr", part=True).say(".").turn(
        rng.choice(["Et la clé ?", "Il me faut aussi les deux derniers chiffres, la clé."])).turn()
    return u.say(rng.choice(["La clé, c'est ", "", "Ah oui, "])).entity("FR_NIR", pairs(v[13:], "fr"), v[13:], "fr",
                                                                        part=True).say(".")


def cf_blocks(v: str) -> list[str]:
    return [v[:3], v[3:6], v[6:8], v[8], v[9:11], v[11], v[12:15], v[15]]


def cf_typed(fake: Faker, rng: random.Random) -> Said:
    v = a_cf(fake)
    text = rng.choice([v.lower(), v, f"{v[:6]} {v[6:11]} {v[11:]}"])
    return Said().say(rng.choice(CHAT) + rng.choice(["cf ", "codice fiscale: ", "CF "])).entity(
        "IT_FISCAL_CODE", text, v)


def cf_spoken_names(fake: Faker, rng: random.Random) -> Said:
    """Letters by their Italian names, digits in words."""
    v = a_cf(fake)

    def said(block: str) -> str:
        return " ".join(IT_NAMES[ord(c) - 65] if c.isalpha() else IT[int(c)] for c in block)

    u = Said().say(rng.choice(["Il mio codice fiscale è ", "Allora, il codice: ", "Codice fiscale, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(said(b) for b in cf_blocks(v)), v, "it").say(".")


def cf_city_alphabet(fake: Faker, rng: random.Random) -> Said:
    """Letters spelled "come" a city, digits in pairs."""
    v = a_cf(fake)

    def said(block: str) -> str:
        if block.isdigit():
            return pairs(block, "it") if len(block) == 2 else run(block, "it")
        return ", ".join(f"{c} come {IT_CITIES[ord(c) - 65]}" if c.isalpha() else IT[int(c)] for c in block)

    u = Said().say(rng.choice(["Glielo compito: ", "Le lettere gliele dico con le città: ", "Sì, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(said(b) for b in cf_blocks(v)), v, "it").say(".")


# Look-alikes ------------------------------------------------------------------------------------------------------
def _order_number_echo(fake: Faker, rng: random.Random) -> list[str]:
    """A sixteen-digit order number failing Luhn, read in fours and echoed."""
    n = luhn_broken(fake, rng)
    gs = [n[i:i + 4] for i in range(0, 16, 4)]
    return [rng.choice(["The order number on the email is ", "My booking reference is ", "Confirmation number "]) +
            ", ".join(run(g) for g in gs) + ".",
            rng.choice(["Okay, ", "Thanks, "]) + " ".join(gs) + rng.choice(["? Let me pull that up.", ", one moment."])]


def _masked_card(fake: Faker, rng: random.Random) -> list[str]:
    last = fake.numerify("####")
    return [rng.choice([f"It's the Visa that ends {run(last)}.", f"The card on file ending in {last}, is that still "
                        "good?", f"The statement just shows xxxx xxxx xxxx {last}.",
                        f"Which card, the one ending {pairs(last)} or the debit?",
                        f"In the app it says **** **** **** {last} and expiry **/**."]),
            rng.choice(["Yes, that one.", "Mm, the first one.", "That's right."])]


def _valid_from(fake: Faker, rng: random.Random) -> list[str]:
    """A card's start date and the year a customer joined: no expiry."""
    m, y = rng.randint(1, 12), rng.randint(2019, 2025)
    return [rng.choice([f"On the front it says valid from {m:02d}/{y % 100:02d}, is that the one you want?",
                        f"The member since date is {MONTHS['en'][m - 1]} {y}.",
                        f"It was issued {run(f'{m:02d}')} {num(y % 100)}, the start date."])]


def _cheque_number(fake: Faker, rng: random.Random) -> list[str]:
    c = str(rng.randint(100, 9999))
    amount = f"{rng.randint(20, 2000)}.{rng.randint(0, 99):02d}"
    return [rng.choice([f"I sent check number {c} for ${amount} on the {ordinal(rng.randint(1, 28))}.",
                        f"Cheque number {run(c)}, it was for {amount} pounds.",
                        f"The check, number {c.zfill(6)}, bounced and I was charged {rng.randint(15, 40)} dollars."])]


def _extension(fake: Faker, rng: random.Random) -> list[str]:
    ext = str(rng.randint(100, 9999))
    return [rng.choice([f"Ask for extension {ext} when you call back.", f"Dial through and press {rng.randint(1, 9)}, "
                        f"then extension {run(ext)}.", f"My direct line is the main number, ext. {ext}.",
                        f"Durchwahl {ext}, bitte.", f"Poste {pairs(ext, 'fr') if len(ext) % 2 == 0 else ext}."])]


def _tracking_codes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Tracking is 1Z{fake.bothify('???###').upper()}{fake.numerify('##########')}.",
                        f"The PostNL code is 3S{fake.bothify('????#########').upper()}.",
                        f"Royal Mail says {fake.bothify('??#########').upper()}GB is in the depot.",
                        f"DHL tracking {fake.numerify('##########')}, it's stuck in customs.",
                        f"Sendungsnummer {fake.numerify('00340434#########')}."])]


def _amounts_languages(fake: Faker, rng: random.Random) -> list[str]:
    cents = num(rng.randint(10, 99), "de")
    return [rng.choice([f"Die Rechnung war {hundreds(rng.randint(101, 999), 'de')} Euro und {cents} Cent.",
                        f"Ça fait {hundreds(rng.randint(101, 999), 'fr')} euros.",
                        f"Son {hundreds(rng.randint(101, 999), 'it')} euro al mese.",
                        f"Det kostar {num(rng.randint(20, 99), 'sv')} kronor per månad.",
                        f"Zaplaciłam {num(rng.randint(20, 99), 'pl')} złotych.",
                        f"Stojí to {hundreds(rng.randint(101, 999), 'cs')} korun.",
                        f"Jeg betalte {num(rng.randint(20, 99), 'da')} kroner for meget."])]


def _times_appointments(fake: Faker, rng: random.Random) -> list[str]:
    d, m, slot = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1, 5)
    return [rng.choice([f"Der Termin ist am {d}.{m}. um {rng.randint(8, 17)} Uhr {rng.randint(10, 55)}.",
                        f"Le technicien passe le {d} {MONTHS['fr'][m - 1]} à {num(rng.randint(8, 17), 'fr')} heures.",
                        f"La cita es el {d} de {MONTHS['es'][m - 1]} a las {num(rng.randint(1, 12), 'es')}.",
                        f"De monteur komt op {d} {MONTHS['nl'][m - 1]} tussen {rng.randint(8, 12)} en "
                        f"{rng.randint(13, 17)} uur.", f"Your delivery slot is {MONTHS['en'][m - 1]} {d}, "
                        f"between {EN[slot]} and {EN[slot + 2]} p.m."])]


def _iban_bad_check(fake: Faker, rng: random.Random) -> list[str]:
    v = an_iban(fake, rng, rng.choice(["DE", "NL", "FR", "ES", "BE", "DK"]))
    k = rng.choice([i for i in range(4, len(v)) if v[i].isdigit()])
    bad = v[:k] + str((int(v[k]) + rng.randint(1, 9)) % 10) + v[k + 1:]
    assert not iban_ok(bad)
    return [rng.choice([f"The form rejected {' '.join(bad[i:i + 4] for i in range(0, len(bad), 4))}, can you check it?",
                        f"I typed {bad} but it says invalid."])]


def _ssn_routing_invalid(fake: Faker, rng: random.Random) -> list[str]:
    bad_ssn = rng.choice(["9", "666", "000"])
    bad_ssn = (bad_ssn + fake.numerify("#" * (9 - len(bad_ssn))))
    aba = an_aba(fake)
    bad_aba = aba[:-1] + str((int(aba[-1]) + rng.randint(1, 9)) % 10)
    assert not ssn_ok(bad_ssn) and not aba_ok(bad_aba)
    dashed = f"{bad_ssn[:3]}-{bad_ssn[3:5]}-{bad_ssn[5:]}"
    return [rng.choice([f"My ITIN is {dashed}, I don't have a social yet." if bad_ssn[0] == "9" else
                        f"The form shows {dashed}, which can't be right.",
                        f"The sample check in the form shows {bad_aba}, that's not mine.",
                        f"The letter had {run(bad_ssn)} on it but that was a reference, not my social."])]


def _ids_bad_checks(fake: Faker, rng: random.Random) -> list[str]:
    nif = a_nif(fake)
    bad_nif = nif[:8] + rng.choice([c for c in NIF_LETTERS if c != nif[8]])
    nie = a_nie(fake)
    bad_nie = nie[:8] + rng.choice([c for c in NIF_LETTERS if c != nie[8]])
    bsn = a_bsn(fake)
    bad_bsn = bsn[:8] + str((int(bsn[8]) + rng.randint(1, 9)) % 10)
    nir = a_nir(fake)
    bad_nir = nir[:13] + f"{(int(nir[13:]) + rng.randint(1, 50)) % 97 + 1:02d}"
    assert not (nif_ok(bad_nif) or nie_ok(bad_nie) or bsn_ok(bad_bsn) or nir_ok(bad_nir))
    return [rng.choice([f"La web me dice que {bad_nif} no es válido.", f"Me sale error con el {bad_nie}.",
                        f"Het systeem accepteert {bad_bsn} niet.", f"Le site refuse {bad_nir}, bizarre."])]


def _cf_bad_check(fake: Faker, rng: random.Random) -> list[str]:
    cf = a_cf(fake)
    bad = cf[:15] + rng.choice([c for c in string.ascii_uppercase if c != cf[15]])
    assert not cf_ok(bad)
    return [rng.choice([f"Il portale dice che {bad} è errato.", f"Sulla tessera vecchia c'era {bad.lower()}, ma è "
                        "sbagliato.", f"Partita IVA {fake.numerify('###########')}, non il codice fiscale."])]


def _policy_membership(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Policy number {fake.bothify('??-####-####').upper()}.",
                        f"My membership number is {fake.numerify('########')}.",
                        f"Kundennummer {fake.numerify('#######')}, Vertrag {fake.bothify('V-####-??').upper()}.",
                        f"Il numero cliente è {run(fake.numerify('#######'), 'it')}.",
                        f"Klantnummer {fake.numerify('##########')}."])]


def _non_birth_dates(fake: Faker, rng: random.Random) -> list[str]:
    d = fake.date_between(start_date=date(2010, 1, 1), end_date=date(2026, 11, 30))
    return [rng.choice([f"The account was opened on {d.day} {MONTHS['en'][d.month - 1]} {d.year}.",
                        f"I moved in on {d.strftime('%m/%d/%Y')}.", f"Der Vertrag endet am {d.strftime('%d.%m.%Y')}.",
                        f"La factura es del {d.day} de {MONTHS['es'][d.month - 1]} de {d.year}.",
                        f"Contratto firmato il {d.strftime('%d/%m/%Y')}.", f"Leveret {d.isoformat()}, men defekt."])]


def _counting_nordic(fake: Faker, rng: random.Random) -> list[str]:
    calls = num(rng.randint(2, 9), "no")
    return [rng.choice([f"Vi er {num(rng.randint(2, 9), 'da')} personer og vi bestilte {num(rng.randint(20, 99), 'da')}"
                        " stykker.", f"Jag har väntat i {num(rng.randint(20, 59), 'sv')} minuter.",
                        f"Det tok {num(rng.randint(20, 59), 'no')} minutter og {calls} samtaler.",
                        f"Odotin {num(rng.randint(20, 59), 'fi')} minuuttia.",
                        f"Čekám už {num(rng.randint(20, 59), 'cs')} minut."])]


def _postcodes_vat(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Postcode {fake['en_GB'].postcode()}, flat {rng.randint(1, 40)}.",
                        f"USt-IdNr. DE{fake.numerify('#########')}.", f"Btw-nummer NL{fake.numerify('#########')}B01.",
                        f"{fake['de_DE'].postcode()} {fake['de_DE'].city()}, Hausnummer {rng.randint(1, 200)}.",
                        f"CIF B{fake.numerify('########')}, código postal {fake['es_ES'].postcode()}.",
                        f"PSČ {fake.numerify('### ##')}, číslo popisné {rng.randint(1, 999)}."])]


FAMILIES = {
    "card/v18-asr-homophones": card_asr_homophones, "card/v18-agent-echo": card_agent_echo,
    "card/v18-german": card_german, "card/v18-swedish": card_swedish, "card/v18-czech": card_czech,
    "card/v18-danish-pairs": card_danish, "card/v18-finnish": card_finnish, "card/v18-spanish-pairs": card_spanish,
    "card/v18-brazilian": card_brazilian, "card/v18-expiry-month-name": card_expiry_month_name,
    "card/v18-uk-expiry-code-turns": card_uk_expiry_code_turns, "card/v18-chat-full-year": card_chat_full_year,
    "card/v18-expiry-two-questions": card_expiry_two_questions, "card/v18-code-hundreds": card_code_hundreds,
    "card/v18-amex-front-code": card_amex_front_code, "card/v18-code-corrected": card_code_corrected,
    "card/v18-prompted-groups": card_prompted_groups, "card/v18-numerals-and-words": card_numerals_and_words,
    "card/v18-dutch-code-first": card_dutch_code_first,
    "phone/v18-asr-lower": phone_asr_lower, "phone/v18-uk-restart": phone_uk_restart,
    "phone/v18-german-pairs": phone_german_pairs, "phone/v18-french-pairs": phone_french_pairs,
    "phone/v18-danish-pairs": phone_danish_pairs, "phone/v18-norwegian-pairs": phone_norwegian_pairs,
    "phone/v18-swedish": phone_swedish, "phone/v18-czech-hundreds": phone_czech_hundreds,
    "phone/v18-finnish": phone_finnish, "phone/v18-italian": phone_italian,
    "phone/v18-spanish-hundreds": phone_spanish_hundreds, "phone/v18-plus-chat": phone_plus_chat,
    "phone/v18-agent-readback": phone_agent_readback, "phone/v18-three-turns": phone_three_turns,
    "email/v18-german": email_german, "email/v18-spanish": email_spanish, "email/v18-italian": email_italian,
    "email/v18-dutch": email_dutch, "email/v18-asr-split-domain": email_asr_split_domain,
    "email/v18-number-words": email_number_words, "email/v18-chat-typed": email_chat_typed,
    "email/v18-parts-turns": email_parts_turns,
    "iban/v18-german": iban_german, "iban/v18-dutch": iban_dutch, "iban/v18-french-pairs": iban_french_pairs,
    "iban/v18-danish": iban_danish, "iban/v18-czech": iban_czech, "iban/v18-belgian": iban_belgian,
    "iban/v18-swiss-german": iban_swiss_german, "iban/v18-italian": iban_italian,
    "iban/v18-nordic-typed": iban_nordic_typed, "iban/v18-gb-two-turns": iban_gb_two_turns,
    "ssn/v18-asr-homophones": ssn_asr_homophones, "ssn/v18-three-turns": ssn_three_turns,
    "ssn/v18-chat-typed": ssn_chat_typed, "ssn/v18-restart": ssn_restart, "ssn/v18-agent-readback": ssn_agent_readback,
    "nino/v18-lower": nino_lower, "nino/v18-nato": nino_nato, "nino/v18-turns": nino_turns,
    "dni/v18-spanish-pairs": dni_spanish_pairs, "dni/v18-english-caller": dni_english_caller,
    "dni/v18-typed-lower": dni_typed_lower, "dni/v18-letter-corrected": dni_letter_corrected,
    "nie/v18-spanish": nie_spanish, "nie/v18-english-resident": nie_english_resident,
    "nie/v18-typed-lower": nie_typed_lower, "nie/v18-turns": nie_turns,
    "bank/v18-routing-asr": bank_routing_asr, "bank/v18-cheque-bottom": bank_cheque_bottom,
    "bank/v18-account-two-turns": bank_account_two_turns, "bank/v18-routing-readback": bank_routing_readback,
    "bank/v18-chat-typed": bank_chat_typed, "bank/v18-routing-restart": bank_routing_restart,
    "bank/v18-spanish": bank_spanish,
    "birth/v18-us-numeric": birth_us_numeric, "birth/v18-english-forms": birth_english_forms,
    "birth/v18-german": birth_german, "birth/v18-french": birth_french, "birth/v18-dutch": birth_dutch,
    "birth/v18-romance": birth_romance, "birth/v18-nordic": birth_nordic, "birth/v18-polish-czech": birth_polish_czech,
    "birth/v18-year-apart": birth_year_apart,
    "bsn/v18-dutch": bsn_dutch, "bsn/v18-typed": bsn_typed, "bsn/v18-two-turns": bsn_two_turns,
    "nir/v18-french": nir_french, "nir/v18-typed": nir_typed, "nir/v18-key-asked": nir_key_asked,
    "fiscal_code/v18-typed": cf_typed, "fiscal_code/v18-spoken-names": cf_spoken_names,
    "fiscal_code/v18-city-alphabet": cf_city_alphabet,
}

# How each family writes its entity: typed, spoken (words), or mixed (both in one entity, or varying).
TYPED = ["card/v18-chat-full-year", "phone/v18-plus-chat", "email/v18-chat-typed", "iban/v18-nordic-typed",
         "ssn/v18-chat-typed", "dni/v18-typed-lower", "nie/v18-typed-lower", "bank/v18-chat-typed", "bsn/v18-typed",
         "nir/v18-typed", "fiscal_code/v18-typed"]
SPOKEN = ["card/v18-asr-homophones", "card/v18-german", "card/v18-swedish", "card/v18-czech", "card/v18-danish-pairs",
          "card/v18-finnish", "card/v18-spanish-pairs", "card/v18-brazilian", "card/v18-uk-expiry-code-turns",
          "card/v18-dutch-code-first", "phone/v18-asr-lower", "phone/v18-uk-restart", "phone/v18-german-pairs",
          "phone/v18-french-pairs", "phone/v18-danish-pairs", "phone/v18-norwegian-pairs", "phone/v18-swedish",
          "phone/v18-czech-hundreds", "phone/v18-finnish", "phone/v18-italian", "phone/v18-spanish-hundreds",
          "email/v18-german", "email/v18-spanish", "email/v18-italian", "email/v18-dutch",
          "email/v18-asr-split-domain", "email/v18-number-words", "email/v18-parts-turns", "iban/v18-german",
          "iban/v18-dutch", "iban/v18-french-pairs", "iban/v18-danish", "iban/v18-czech", "iban/v18-belgian",
          "iban/v18-swiss-german", "iban/v18-italian", "iban/v18-gb-two-turns", "ssn/v18-asr-homophones",
          "ssn/v18-restart", "nino/v18-nato", "nino/v18-turns", "dni/v18-spanish-pairs", "dni/v18-english-caller",
          "dni/v18-letter-corrected", "nie/v18-spanish", "nie/v18-english-resident", "nie/v18-turns",
          "bank/v18-routing-asr", "bank/v18-cheque-bottom", "bank/v18-account-two-turns", "bank/v18-routing-restart",
          "bank/v18-spanish", "birth/v18-us-numeric", "bsn/v18-dutch", "bsn/v18-two-turns", "nir/v18-french",
          "nir/v18-key-asked", "fiscal_code/v18-spoken-names", "fiscal_code/v18-city-alphabet"]

NEGATIVE_FAMILIES = {
    "negative/v18-order-number-echo": _order_number_echo, "negative/v18-masked-card": _masked_card,
    "negative/v18-valid-from": _valid_from, "negative/v18-cheque-number": _cheque_number,
    "negative/v18-extension": _extension, "negative/v18-tracking-codes": _tracking_codes,
    "negative/v18-amounts-languages": _amounts_languages, "negative/v18-times-appointments": _times_appointments,
    "negative/v18-iban-bad-check": _iban_bad_check, "negative/v18-ssn-routing-invalid": _ssn_routing_invalid,
    "negative/v18-ids-bad-checks": _ids_bad_checks, "negative/v18-cf-bad-check": _cf_bad_check,
    "negative/v18-policy-membership": _policy_membership, "negative/v18-non-birth-dates": _non_birth_dates,
    "negative/v18-counting-nordic": _counting_nordic, "negative/v18-postcodes-vat": _postcodes_vat,
}
# The look-alikes' form, as the markup batch gives its: what they are written as, not a default.
NEGATIVE_TYPED = ["negative/v18-tracking-codes", "negative/v18-iban-bad-check", "negative/v18-ids-bad-checks",
                  "negative/v18-cf-bad-check", "negative/v18-postcodes-vat"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) <= set(FAMILIES) and set(SPOKEN) <= set(FAMILIES) and set(NEGATIVE_TYPED) <= set(NEGATIVE_FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

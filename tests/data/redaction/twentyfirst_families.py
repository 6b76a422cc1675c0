"""The twenty-first batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format, their
labelling conventions and (by their families' names and their docstrings) to avoid their phrasings. Weighted, as the
batches before it, to everyday contact-centre calls, chats, texts, emails and voicemails and what speech engines write
of them, in English (American, British, Irish, Australian, Canadian, New Zealand, Filipino) and fifteen other languages
(German, Dutch, Spanish, French with Belgian and Swiss, Italian, Portuguese with Brazilian, Polish, Swedish, Danish,
Norwegian, Finnish, Czech, Greek, Romanian and Hungarian), with Slovak, Lithuanian and Latvian invoices; more of it for
IBANs, dates of birth, codici fiscali, NIRs, card expiries and codes, BSNs and phone numbers. New here: engines gluing
number words ("fourfivethreetwo", "fortyfive thirtytwo", "ohseven", "nineteeneightyfour", "twentyfirst") in cards,
phones, SSNs, routing and account numbers and years of birth, and German digit words in an IBAN ("dreisiebennullvier");
German, Dutch and Danish compounds written apart ("vier und zwanzig", "drie en veertig", "fem og tyve") in phones, an
IBAN and a BSN; German dictation's "zweimal die Null" and "dreimal die Fünf"; the expiry's slash said in twelve
languages ("Schrägstrich", "barre", "sur", "barra", "łamane przez", "lomeno", "snedstreck", "skråstreg", "skråstrek",
"schuine streep", "kauttaviiva"), its digits as homophones ("oh for too ate"), its parts named ("the month is ..., the
year ..."), a month "of" a year ("abril del veintinueve", "aprile del ventinove"), read back as a month and a whole
year, typed among charge dates that look like it ("12/11") and behind Nordic words ("utg.", "udløb", "gyldig til",
"voimassa"); a code with an aside inside, after the card's last digits misread as it, beside a one-time passcode, half
numerals and half words; a card's blocks named before each is read; a card, an IBAN, a NINO, a DNI and a codice fiscale
broken off for chatter with numbers of its own (a kettle, a refund's amount, a P60's year, a wallet's cards) and taken
up again; agents checking a routing number, a date of birth, a NIR, a codice fiscale and a BSN a piece at a time, the
caller's "yes", "oui", "sì", "ja" between; a wrong country code mended; addresses with Greek "παπάκι" and "τελεία",
Romanian "a rond" and "punct", Hungarian "kukac" and "pont", and "dotcom" as one word; Greek and Romanian numbers in
cards, phones, IBANs and dates of birth, Hungarian in phones ("06-30/123-4567") and dates of birth (year first, "1984.
március 12-én"); Slovak, Lithuanian, Latvian, Hungarian and Romanian IBANs in invoices' payment lines with amounts,
variable symbols and due dates; a Slovak IBAN read in Czech hundreds, a Polish one in Polish hundreds, a Baltic one in
English; a French IBAN by its RIB's fields (the bank code "trente mille quatre"); an engine's thousands in IBAN groups
("3,704"); Spanish, Dutch, French and English text-speak ("xfa", "mn", "stp", "2moro", "rtng"); values in sentences with
amounts, times, dates, tax codes ("1257L"), health card numbers, file numbers and postcodes (none of those labelled);
Polish and Czech dates of birth with the day (and the Polish year) an ordinal in the genitive, Brazilian "dia 12 de
março de 84", "1º de marzo" and "1° marzo", a child's date beside a parent's; NINO letters as the words they sound like
("are", "sea", "why"); a Romanian's NIE, a Polish worker's BSN, a South Tyrolean's codice fiscale ("R wie Richard"), a
Spaniard's (by Spanish letter names), the Italian "R di Roma", "S per Savona", the codice fiscale's numbers whole
("novecentoquarantaquattro"); BSNs in Dutch hundreds ("vierhonderdzesenvijftig"); a NIR by a Belgian or Swiss caller, by
an English speaker, dotted in a text, with a child's date of birth; a Filipino caller's SSN with "po", the SSN's last
four read first by the agent. Look-alikes: tax codes and payroll numbers, bank app notifications (masked cards, one-time
codes, balances), appointments in Greek, Romanian, Hungarian and Slovak, IBANs, BSNs, codici fiscali and NIRs failing
their checks, glued counts, text-speak plans, utility references and meter serials, company numbers (KvK, P. IVA, SIRET,
CIF, USt-IdNr.), opening hours, a card statement's figures ("statement date 03/12"), scores and seats, a pharmacy's
batches ("use by 11/29"), vehicle registrations and VINs, Greek, Romanian, Hungarian and Slovak prices.

Labelling follows the twentieth's (the nineteenth's, the eighteenth's, the seventeenth's, the fourteenth's, and the
fifteenth's for dates of birth and US account numbers, labelled wherever they are said): a label covers what is said of
the value, with fillers, joiners ("and", "stroke", "di", "per", the slash's words), hesitations, an aside and a
correction inside the run, named (`drop=`) for the reading; naming words outside ("first block", "the month is", "code
banque", "clé", "dia", a Hungarian date's "-én"); one label per segment piece (a value given in parts is labelled part
by part and read back whole with `Said.joint`); another speaker's reading of a value (the agent's, a piece at a time or
whole) labelled as the caller's is; a card's last four (or last three, read out as a guess at the code) and an SSN's
said alone, a masked value, a one-time passcode, a card's "valid from" date, a cheque number, an extension, an age, a
tax code and a keyed "#" are not. A card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY; a
child's date of birth DATE_OF_BIRTH as its parent's is. Every value is valid where a validator exists (this module's
own, copied from the twentieth's and extended to Greek, Romanian, Hungarian, Slovak, Lithuanian and Latvian IBANs, with
the Hungarian and Slovak national checks, and to Romanian, Hungarian, Slovak and Greek landline numbers: Luhn, mod-97
with each country's IBAN length and the national checks, SSN ranges, NIF and NIE letters, NINO prefixes, `phonenumbers`,
the NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked as it is drawn and
again when the label is. Each label is checked as it is made (`Said.verify`): its characters are exactly the text the
family meant, with no space or punctuation at its ends; the label, read by this module's own `reads` in its language
(extended here for number words an engine glued, German, Dutch and Danish compounds written apart, "zweimal" and
"dreimal", Dutch hundreds in one word, French bank codes as thousands, Polish and Czech ordinal days and years in the
genitive, Greek, Romanian and Hungarian numbers, months and years (a Greek date's day feminine, "τρεις"), "º" after a
day, the slash's words, Italian "di" and "per" as joiners, "pea" for P, and "ro&es" among the languages read at once),
gives back the value, and an address's label, read by `email_reads` (here with "παπάκι", "papaki", "τελεία",
"teleia", "kukac", "pont", "a rond", "punct", "cratimă", "κάτω παύλα" and "dotcom"), gives back the address.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v21-"."""

# The Greek callers' words are written in Greek letters, which look like Latin ones:
# ruff: noqa: RUF001
import random
import re
import string
import unicodedata
from datetime import date, timedelta
from itertools import pairwise

import phonenumbers
from blind_batch import BlindBatch
from faker import Faker
from speech import Utterance


# Validators ---------------------------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    return next(c for c in string.digits if luhn_ok(partial + c))


IBAN_LENGTHS = {"AT": 20, "BE": 16, "CH": 21, "CZ": 24, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
                "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24, "GR": 27, "RO": 24,
                "HU": 28, "SK": 24, "LT": 20, "LV": 21}


def _iban_number(text: str) -> int:
    return int("".join(str(int(c, 36)) for c in text))


def iban_ok(iban: str) -> bool:
    return (len(iban) == IBAN_LENGTHS.get(iban[:2]) and iban[2:4].isdigit() and iban.isalnum() and iban.isupper()
            and _iban_number(iban[4:] + iban[:4]) % 97 == 1)


def ssn_ok(ssn: str) -> bool:
    area, group, serial = ssn[:3], ssn[3:5], ssn[5:]
    return (len(ssn) == 9 and ssn.isdigit() and area not in ("000", "666") and area < "900" and group != "00"
            and serial != "0000" and ssn not in ("078051120", "219099999", "123456789"))


NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_ok(nif: str) -> bool:
    return len(nif) == 9 and nif[:8].isdigit() and NIF_LETTERS[int(nif[:8]) % 23] == nif[8]


def nie_ok(nie: str) -> bool:
    return len(nie) == 9 and nie[0] in "XYZ" and nie[1:8].isdigit() and \
        NIF_LETTERS[int(str("XYZ".index(nie[0])) + nie[1:8]) % 23] == nie[8]


NINO_FIRST, NINO_SECOND = "ABCEGHJKLMNOPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"


def nino_ok(nino: str) -> bool:
    return (len(nino) == 9 and nino[0] in NINO_FIRST and nino[1] in NINO_SECOND and nino[:2] not in
            ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ") and nino[2:8].isdigit() and nino[8] in "ABCD")


def phone_ok(e164_digits: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + e164_digits))
    except phonenumbers.NumberParseException:
        return False


def nir_ok(nir: str) -> bool:
    return len(nir) == 15 and nir.isdigit() and nir[0] in "12" and "01" <= nir[3:5] <= "12" and \
        97 - int(nir[:13]) % 97 == int(nir[13:])


CF_ODD = dict(zip(string.digits + string.ascii_uppercase,
                  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                   14, 16, 10, 22, 25, 24, 23], strict=True))
CF_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in string.digits + string.ascii_uppercase}
CF_MONTHS = "ABCDEHLMPRST"


def cf_letter(text: str) -> str:
    """The codice fiscale's check letter (and the Italian IBAN's CIN): odd places by the odd table, even by the even."""
    return chr(65 + sum((CF_ODD if i % 2 == 0 else CF_EVEN)[c] for i, c in enumerate(text)) % 26)


def cf_ok(cf: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]{6}\d\d[A-EHLMPRST]\d\d[A-Z]\d{3}[A-Z]", cf)) and cf_letter(cf[:15]) == cf[15]


def bsn_ok(bsn: str) -> bool:
    return len(bsn) == 9 and bsn.isdigit() and bsn[0] != "0" and \
        (sum(int(c) * w for c, w in zip(bsn[:8], range(9, 1, -1), strict=True)) - int(bsn[8])) % 11 == 0


def aba_ok(aba: str) -> bool:
    d = [int(c) for c in aba]
    return len(aba) == 9 and aba.isdigit() and aba[:2] in ABA_PREFIXES and \
        (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


ABA_PREFIXES = {f"{n:02d}" for n in [*range(1, 13), *range(21, 33), *range(61, 73), 80]}

CHECKS = {"CREDIT_CARD": luhn_ok, "IBAN_CODE": iban_ok, "US_SSN": ssn_ok, "ES_NIF": nif_ok, "ES_NIE": nie_ok,
          "UK_NINO": nino_ok, "FR_NIR": nir_ok, "IT_FISCAL_CODE": cf_ok, "NL_BSN": bsn_ok,
          "ABA_ROUTING_NUMBER": aba_ok}


def checked(type_: str, value: str) -> str:
    assert CHECKS[type_](value), (type_, value)
    return value


# Values, each checked as it is drawn --------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def card_number(rng: random.Random, kind: str = "any") -> str:
    """visa16, mc, amex, discover, visa13, long19 (Visa, Maestro or UnionPay of nineteen digits) or any of the first."""
    if kind == "any":
        kind = rng.choice(["visa16", "visa16", "mc", "mc", "amex", "discover"])
    prefix, length = {
        "visa16": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2305", "2720"]), 16),
        "amex": (rng.choice(["34", "37"]), 15), "discover": ("6011", 16), "visa13": ("4", 13),
        "long19": (rng.choice(["4", "6759", "62", "6011"]), 19)}[kind]
    partial = prefix + _digits(rng, length - len(prefix) - 1)
    return checked("CREDIT_CARD", partial + luhn_digit(partial))


def card_groups(d: str) -> list[str]:
    sizes = {15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(len(d), [4, 4, 4, 4])
    return cut(d, sizes)


def cut(value: str, sizes: list[int]) -> list[str]:
    out, i = [], 0
    for size in sizes:
        out.append(value[i:i + size])
        i += size
    if i < len(value):
        out.append(value[i:])
    return [g for g in out if g]


def expiry(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(27, 35)


def security_code(rng: random.Random, card: str = "") -> str:
    return _digits(rng, 4 if len(card) == 15 else 3)


def ssn_value(rng: random.Random) -> str:
    while True:
        area = rng.randint(1, 899)
        v = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(v):
            return v


def iban_check(country: str, bban: str) -> str:
    check = 98 - _iban_number(bban + country + "00") % 97
    return checked("IBAN_CODE", f"{country}{check:02d}{bban}")


def _mod97_pair(n: str) -> str:
    r = int(n) % 97
    return f"{r or 97:02d}"


def _es_control(bank_branch: str, account: str) -> str:
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(digits: str) -> str:
        d = 11 - sum(int(c) * w for c, w in zip(digits.rjust(10, "0"), weights, strict=True)) % 11
        return str({10: 1, 11: 0}.get(d, d))
    return one("00" + bank_branch) + one(account)


def bban(country: str, rng: random.Random) -> str:
    """A BBAN with the national check where the country has one (Belgium, France, Spain, Italy, Portugal, Poland,
    Norway, Finland, the Czech Republic)."""
    d = lambda n: _digits(rng, n)  # noqa: E731
    if country == "DE":
        return rng.choice(["10070000", "20040000", "37040044", "50010517", "70020270", "12030000"]) + d(10)
    if country == "AT":
        return rng.choice(["12000", "20111", "32000", "14000", "60000"]) + d(11)
    if country == "CH":
        return rng.choice(["00762", "00230", "80808", "00700"]) + d(12)
    if country == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + d(10)
    if country == "BE":
        ten = rng.choice(["001", "068", "310", "363", "539", "735"]) + d(7)
        return ten + _mod97_pair(ten)
    if country == "FR":
        bank, branch, account = rng.choice(["30004", "30003", "20041", "10278", "30002"]), d(5), d(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
        return f"{bank}{branch}{account}{key:02d}"
    if country == "ES":
        bank_branch, account = rng.choice(["2100", "0049", "0182", "2080", "0081", "1465"]) + d(4), d(10)
        return bank_branch + _es_control(bank_branch, account) + account
    if country == "IT":
        rest = rng.choice(["03069", "02008", "05034", "01030", "03062"]) + d(5) + d(12)
        return cf_letter(rest) + rest
    if country == "PT":
        nib = rng.choice(["0035", "0033", "0010", "0007", "0036"]) + d(4) + d(11)
        return nib + f"{98 - int(nib) * 100 % 97:02d}"
    if country == "PL":
        bank = rng.choice(["1020", "1140", "1090", "1050", "1240"]) + d(3)
        bank += str((10 - sum(int(c) * w for c, w in zip(bank, [3, 9, 7, 1, 3, 9, 7], strict=True)) % 10) % 10)
        return bank + d(16)
    if country == "SE":
        return rng.choice(["500", "800", "600", "300", "950"]) + d(17)
    if country == "DK":
        return rng.choice(["0040", "3000", "5301", "9570", "2000"]) + d(10)
    if country == "NO":
        while True:
            ten = rng.choice(["1503", "1207", "9710", "6030", "3000"]) + d(6)
            r = 11 - sum(int(c) * w for c, w in zip(ten, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
            if r != 10:
                return ten + str(r % 11)
    if country == "FI":
        thirteen = rng.choice(["1", "2", "5", "8"]) + d(12)
        return thirteen + luhn_digit(thirteen)
    if country in ("CZ", "SK"):
        banks = ["0800", "0100", "0300", "2010", "5500"] if country == "CZ" else \
            ["0900", "1100", "0200", "7500", "5600"]
        while True:
            account = d(10)
            if sum(int(c) * w for c, w in zip(account, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1], strict=True)) % 11 == 0:
                return rng.choice(banks) + "000000" + account
    if country == "GR":
        return rng.choice(["011", "014", "017", "026", "110"]) + d(4) + d(16)
    if country == "RO":
        bank = rng.choice(["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "BACX"])
        return bank + ("RONCRT0" + d(9) if bank == "BTRL" else d(16))
    if country == "HU":
        def hu_check(digits: str) -> str:  # weights 9, 7, 3, 1 over the block, its check digit last
            return str(-sum(int(c) * w for c, w in zip(digits, [9, 7, 3, 1] * 4, strict=False)) % 10)
        first = rng.choice(["117", "104", "120", "116", "107"]) + d(4)
        account = d(15)
        return first + hu_check(first) + account + hu_check(account)
    if country == "LT":
        return rng.choice(["73000", "70440", "40100", "21400", "72900"]) + d(11)
    if country == "LV":
        return rng.choice(["HABA", "UNLA", "PARX", "RIKO", "NDEA"]) + d(13)
    if country == "GB":
        return rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14)
    if country == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS"]) + d(14)
    if country == "LU":
        return rng.choice(["001", "002", "003", "019", "141"]) + d(13)
    raise AssertionError(country)


def iban_value(country: str, rng: random.Random) -> str:
    return iban_check(country, bban(country, rng))


PHONE_PATTERNS = {  # the national significant number; trunk "0" where the country dials one
    "US": ("1", "", ["212", "312", "415", "617", "713", "305", "404", "206", "503", "702", "615", "720"], 7),
    "CA": ("1", "", ["416", "647", "604", "778", "403", "514", "613", "902"], 7),
    "GB": ("44", "0", ["7700", "7911", "7824", "7456", "7380", "161", "113", "1632", "2079"], None),
    "IE": ("353", "0", ["83", "85", "86", "87", "89"], 7),
    "AU": ("61", "0", ["4"], 8), "DE": ("49", "0", ["151", "160", "170", "176", "152", "157"], None),
    "AT": ("43", "0", ["664", "650", "660", "676", "699"], 7), "CH": ("41", "0", ["76", "77", "78", "79"], 7),
    "NL": ("31", "0", ["6"], 8), "BE": ("32", "0", ["470", "475", "485", "496", "499"], 6),
    "FR": ("33", "0", ["6", "7"], 8), "ES": ("34", "", ["6", "7"], 8),
    "IT": ("39", "", ["320", "328", "333", "339", "347", "348", "06", "02"], None),
    "PT": ("351", "", ["91", "92", "93", "96"], 7),
    "PL": ("48", "", ["50", "51", "53", "60", "66", "69", "72", "79"], 7),
    "SE": ("46", "0", ["70", "72", "73", "76"], 7), "DK": ("45", "", ["2", "3", "4", "5", "6"], 7),
    "NO": ("47", "", ["4", "9"], 7), "FI": ("358", "0", ["40", "41", "44", "45", "50"], 7),
    "CZ": ("420", "", ["6", "7"], 8), "MX": ("52", "", ["55", "33", "81"], 8),
    "ZA": ("27", "0", ["82", "83", "72", "73", "84", "71", "76"], 7), "NZ": ("64", "0", ["21", "22", "27"], 7),
    "BR": ("55", "", ["119", "219", "319", "419", "519"], 8), "IN": ("91", "", ["98", "99", "97", "94", "70"], 8),
    "DE_FIXED": ("49", "0", ["30", "40", "89", "221", "69", "711"], None),
    "US_FREE": ("1", "", ["800", "888", "877", "866"], 7), "GR": ("30", "", ["69"], 8),
    "GR_FIXED": ("30", "", ["210", "231"], 7), "RO": ("40", "0", ["72", "73", "74", "75", "76", "78"], 7),
    "HU": ("36", "06", ["20", "30", "70"], 7), "SK": ("421", "0", ["905", "907", "908", "910", "911", "915", "940"], 6),
}


def phone_value(country: str, rng: random.Random) -> tuple[str, str, str]:
    """A valid number of `country`: (country code, trunk prefix, national significant number)."""
    code, trunk, starts, rest = PHONE_PATTERNS[country]
    for _ in range(5000):
        start = rng.choice(starts)
        n = rest if rest is not None else rng.choice([6, 7, 8])
        nsn = start + _digits(rng, n)
        if phone_ok(code + nsn):
            return code, trunk, nsn
    raise AssertionError(country)


def nino_value(rng: random.Random) -> str:
    while True:
        v = rng.choice(NINO_FIRST.replace("O", "")) + rng.choice(NINO_SECOND) + _digits(rng, 6) + rng.choice("ABCD")
        if nino_ok(v):
            return v


def dni_value(rng: random.Random) -> str:
    n = f"{rng.randint(1000000, 99999999):08d}"
    return checked("ES_NIF", n + NIF_LETTERS[int(n) % 23])


def nie_value(rng: random.Random) -> str:
    first, n = rng.choice("XYZ"), _digits(rng, 7)
    return checked("ES_NIE", first + n + NIF_LETTERS[int(str("XYZ".index(first)) + n) % 23])


def nir_value(rng: random.Random, born: date | None = None) -> str:
    born = born or dob_value(rng)
    dept = rng.choice([f"{n:02d}" for n in range(1, 96) if n != 20])
    head = f"{rng.choice('12')}{born.year % 100:02d}{born.month:02d}{dept}{rng.randint(1, 990):03d}" \
           f"{rng.randint(1, 999):03d}"
    return checked("FR_NIR", f"{head}{97 - int(head) % 97:02d}")


CF_PLACES = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "D969", "L736", "A662", "E506", "B354"]


def _cf_part(word: str, first_name: bool) -> str:
    word = re.sub(r"[^A-Z]", "", ascii_fold(word).upper())
    cons = [c for c in word if c not in "AEIOU"]
    vows = [c for c in word if c in "AEIOU"]
    if first_name and len(cons) > 3:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def cf_value(fake: Faker, rng: random.Random) -> str:
    it = fake["it_IT"]
    female = rng.random() < 0.5
    born = dob_value(rng)
    head = _cf_part(it.last_name(), False) + _cf_part(it.first_name_female() if female else it.first_name_male(),
                                                      True)
    head += f"{born.year % 100:02d}{CF_MONTHS[born.month - 1]}{born.day + (40 if female else 0):02d}"
    head += rng.choice(CF_PLACES)
    return checked("IT_FISCAL_CODE", head + cf_letter(head))


def bsn_value(rng: random.Random) -> str:
    while True:
        eight = str(rng.randint(1, 6)) + _digits(rng, 7)
        last = sum(int(c) * w for c, w in zip(eight, range(9, 1, -1), strict=True)) % 11
        if last < 10:
            return checked("NL_BSN", eight + str(last))


def aba_value(rng: random.Random) -> str:
    while True:
        eight = rng.choice(sorted(ABA_PREFIXES)) + _digits(rng, 6)
        for c in string.digits:
            if aba_ok(eight + c):
                return eight + c


def account_value(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + _digits(rng, rng.choice([7, 8, 9, 10, 11]))


def dob_value(rng: random.Random) -> date:
    return date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))


def ascii_fold(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss").replace("ł", "l")
    text = text.replace("Ł", "L").replace("å", "a")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


# Number words -------------------------------------------------------------------------------------------------
UNITS = {
    "en": "zero one two three four five six seven eight nine",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "sv": "noll ett två tre fyra fem sex sju åtta nio", "da": "nul en to tre fire fem seks syv otte ni",
    "no": "null en to tre fire fem seks sju åtte ni",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc"}
UNITS = {lang: words.split() for lang, words in UNITS.items()}
TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
    "de": "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn",
    "nl": "tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "es": "diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve",
    "fr": "dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf",
    "it": "dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    "pt": "dez onze doze treze catorze quinze dezasseis dezassete dezoito dezanove",
    "pl": "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście "
          "dziewiętnaście",
    "sv": "tio elva tolv tretton fjorton femton sexton sjutton arton nitton",
    "da": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "no": "ti elleve tolv tretten fjorten femten seksten sytten atten nitten",
    "fi": "kymmenen yksitoista kaksitoista kolmetoista neljätoista viisitoista kuusitoista seitsemäntoista "
          "kahdeksantoista yhdeksäntoista",
    "cs": "deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct",
    "ro": "zece unsprezece doisprezece treisprezece paisprezece cincisprezece șaisprezece șaptesprezece optsprezece "
          "nouăsprezece",
    "el": "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεπτά δεκαοκτώ δεκαεννέα",
    "hu": "tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat tizenhét tizennyolc tizenkilenc"}
TEENS = {lang: words.split() for lang, words in TEENS.items()}
TENS = {
    "en": "twenty thirty forty fifty sixty seventy eighty ninety",
    "de": "zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig",
    "nl": "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
    "es": "veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa",
    "fr": "vingt trente quarante cinquante soixante - - -",
    "it": "venti trenta quaranta cinquanta sessanta settanta ottanta novanta",
    "pt": "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa",
    "pl": "dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt "
          "dziewięćdziesiąt",
    "sv": "tjugo trettio fyrtio femtio sextio sjuttio åttio nittio",
    "da": "tyve tredive fyrre halvtreds tres halvfjerds firs halvfems",
    "no": "tjue tretti førti femti seksti sytti åtti nitti",
    "fi": "kaksikymmentä kolmekymmentä neljäkymmentä viisikymmentä kuusikymmentä seitsemänkymmentä "
          "kahdeksankymmentä yhdeksänkymmentä",
    "cs": "dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát",
    "ro": "douăzeci treizeci patruzeci cincizeci șaizeci șaptezeci optzeci nouăzeci",
    "el": "είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα",
    "hu": "húsz harminc negyven ötven hatvan hetven nyolcvan kilencven"}
TENS = {lang: ["", "", *words.split()] for lang, words in TENS.items()}
ES_21_29 = "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"


def _fr(n: int, region: str) -> str:
    """French 0..99; Belgian ("be": septante, nonante) and Swiss ("ch": huitante too)."""
    if n < 10:
        return UNITS["fr"][n]
    if n < 20:
        return TEENS["fr"][n - 10]
    t, u = divmod(n, 10)
    if region in ("be", "ch") and t in (7, 8, 9) and not (t == 8 and region == "be"):
        base = {7: "septante", 8: "huitante", 9: "nonante"}[t]
        return base + ("" if u == 0 else " et un" if u == 1 else f"-{UNITS['fr'][u]}")
    if t < 7:
        return TENS["fr"][t] + ("" if u == 0 else " et un" if u == 1 else f"-{UNITS['fr'][u]}")
    if t == 7:
        return "soixante" + (" et onze" if u == 1 else f"-{TEENS['fr'][u]}")
    if t == 8:
        return "quatre-vingts" if u == 0 else f"quatre-vingt-{UNITS['fr'][u]}"
    return f"quatre-vingt-{TEENS['fr'][u]}"


def number(n: int, lang: str = "en") -> str:
    """0..99 as said in `lang` (fr_be, fr_ch: Belgian and Swiss French)."""
    if lang.startswith("fr"):
        return _fr(n, lang[3:])
    if n < 10:
        return UNITS[lang][n]
    if n < 20:
        return TEENS[lang][n - 10]
    t, u = divmod(n, 10)
    tens = TENS[lang][t]
    if u == 0:
        return tens
    unit = UNITS[lang][u]
    if lang == "en":
        return f"{tens}-{unit}"
    if lang == "de":
        return ("ein" if u == 1 else unit) + "und" + tens
    if lang == "nl":
        return unit + ("ën" if unit.endswith("e") else "en") + tens
    if lang == "es":
        return ES_21_29.split()[u - 1] if t == 2 else f"{tens} y {unit}"
    if lang == "it":
        return (tens[:-1] if u in (1, 8) else tens) + ("tré" if u == 3 else unit)
    if lang == "pt":
        return f"{tens} e {unit}"
    if lang == "da":
        return ("en" if u == 1 else unit) + "og" + tens
    if lang in ("sv", "no", "fi"):
        return tens + unit
    if lang == "ro":
        return f"{tens} și {unit}"
    if lang == "hu":
        return ("huszon" if t == 2 else tens) + unit
    return f"{tens} {unit}"  # pl, cs, el


HUNDREDS = {"es": ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                   "setecientos", "ochocientos", "novecientos"],
            "cs": ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set",
                   "devět set"],
            "pl": ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
                   "dziewięćset"],
            "it": ["", "cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento",
                   "ottocento", "novecento"]}


def hundreds(n: int, lang: str = "en") -> str:
    """100..999: "five hundred and twelve", "quinientos doce", "pět set dvanáct", "cinquecentododici"."""
    h, r = divmod(n, 100)
    if lang == "en":
        return f"{UNITS['en'][h]} hundred" + (f" and {number(r)}" if r else "")
    if lang == "es" and n == 100:
        return "cien"
    if lang == "it":
        return HUNDREDS["it"][h] + (number(r, "it") if r else "")
    return HUNDREDS[lang][h] + (f" {number(r, lang)}" if r else "")


def es_thousands(n: int) -> str:
    """1000..9999 as a Spaniard says a group of four: "dos mil cien", "mil cuatrocientos noventa"."""
    th, r = divmod(n, 1000)
    head = "mil" if th == 1 else f"{UNITS['es'][th]} mil"
    rest = hundreds(r, "es") if r >= 100 else number(r, "es") if r else ""
    return head + (f" {rest}" if rest else "")


def fr_hundreds(n: int, region: str = "fr") -> str:
    """100..999 in French: "cent douze", "deux cents", "quatre cent quatre-vingt-dix-neuf"."""
    h, r = divmod(n, 100)
    head = "cent" if h == 1 else f"{UNITS['fr'][h]} cent" + ("s" if r == 0 else "")
    return head + (f" {number(r, region)}" if r else "")


def digit_by_digit(digits: str, lang: str = "en", zero: str | None = None) -> str:
    return " ".join(zero if c == "0" and zero else UNITS[lang.split("_")[0]][int(c)] for c in digits)


def in_pairs(digits: str, lang: str = "en", sep: str | None = None) -> str:
    """Two at a time; a pair starting with 0, or one left over, digit by digit (in French with a comma between the
    pairs: "quatre vingt-deux" is 82 said fast)."""
    sep = sep or (", " if lang.startswith("fr") else " ")
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        out.append(digit_by_digit(p, lang, "oh" if lang == "en" else None) if len(p) == 1 or p[0] == "0"
                   else number(int(p), lang))
    return sep.join(out)


def in_threes(digits: str, lang: str) -> str:
    """Three at a time as hundreds (Spanish, Czech, Polish, Italian, English), a leading 0 digit by digit."""
    out = []
    for i in range(0, len(digits), 3):
        g = digits[i:i + 3]
        out.append(hundreds(int(g), lang) if len(g) == 3 and g[0] != "0" else in_pairs(g, lang) if g[0] != "0"
                   else digit_by_digit(g, lang, "oh" if lang == "en" else None))
    return ", ".join(out)


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
          "lokakuuta marraskuuta joulukuuta",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου "
          "Δεκεμβρίου",
    "hu": "január február március április május június július augusztus szeptember október november december"}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
EN_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
               "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
               "eighteenth", "nineteenth", "twentieth"]
DE_ORDINALS = ["", "ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "achten", "neunten",
               "zehnten", "elften", "zwölften", "dreizehnten", "vierzehnten", "fünfzehnten", "sechzehnten",
               "siebzehnten", "achtzehnten", "neunzehnten", "zwanzigsten"]


def en_ordinal(n: int) -> str:
    if n <= 20:
        return EN_ORDINALS[n]
    t, u = divmod(n, 10)
    return TENS["en"][t][:-1] + "ieth" if u == 0 else f"{TENS['en'][t]}-{EN_ORDINALS[u]}"


def de_ordinal(n: int) -> str:
    if n <= 20:
        return DE_ORDINALS[n]
    return number(n, "de") + "sten"


def en_year(y: int, rng: random.Random) -> str:
    """"nineteen eighty-four", "nineteen oh five", "two thousand and three", "twenty ten"."""
    hi, lo = divmod(y, 100)
    if y >= 2000 and (lo < 10 or rng.random() < 0.5):
        return "two thousand" + rng.choice([" and ", " "]) + number(lo) if lo else "two thousand"
    return f"{number(hi)} " + (f"oh {UNITS['en'][lo]}" if lo < 10 else number(lo))


def year_words(y: int, lang: str) -> str:
    """A year of birth in words: German, Dutch, Swedish, Norwegian, Danish by hundreds; French, Spanish, Italian,
    Portuguese from the thousand."""
    hi, lo = divmod(y, 100)
    if lo == 0:
        return {"de": "zweitausend", "nl": "tweeduizend", "sv": "tvåtusen", "no": "totusen", "da": "to tusind",
                "es": "dos mil", "it": "duemila", "pt": "dois mil", "el": "δύο χιλιάδες", "ro": "două mii",
                "hu": "kétezer"}.get(lang, "deux mille")
    if lang == "de":
        return ("neunzehnhundert" + (number(lo, "de") if lo else "")) if hi == 19 else \
            "zweitausend" + (number(lo, "de") if lo else "")
    if lang == "nl":
        return ("negentienhonderd" + (number(lo, "nl") if lo else "")) if hi == 19 else \
            "tweeduizend" + (number(lo, "nl") if lo else "")
    if lang in ("sv", "no"):
        return ("nitton" if lang == "sv" else "nitten") + "hundra" * (lang == "sv") + number(lo, lang) if hi == 19 \
            else ("tjugohundra" if lang == "sv" else "totusen og ") + number(lo, lang)
    if lang == "da":
        return f"nitten hundrede og {number(lo, 'da')}" if hi == 19 else f"to tusind og {number(lo, 'da')}"
    if lang.startswith("fr"):
        return ("mille neuf cent " + number(lo, lang) if hi == 19 else "deux mille " + number(lo, lang)).strip()
    if lang == "es":
        return ("mil novecientos " + number(lo, "es") if hi == 19 else "dos mil " + number(lo, "es")).strip()
    if lang == "it":
        tail = number(lo, "it") if lo else ""
        return "millenovecento" + (tail[1:] if tail[:1] in "ao" and tail else tail) if hi == 19 else "duemila" + tail
    if lang == "pt":
        return "mil novecentos e " + number(lo, "pt") if hi == 19 else "dois mil e " + number(lo, "pt")
    if lang == "el":
        return ("χίλια εννιακόσια " if hi == 19 else "δύο χιλιάδες ") + number(lo, "el")
    if lang == "ro":
        return ("o mie nouă sute " if hi == 19 else "două mii ") + number(lo, "ro")
    if lang == "hu":
        return "ezerkilencszáz" + number(lo, "hu") if hi == 19 else f"kétezer-{number(lo, 'hu')}"
    raise AssertionError(lang)


PL_ORDINALS = ["", "pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego", "siódmego", "ósmego",
               "dziewiątego", "dziesiątego", "jedenastego", "dwunastego", "trzynastego", "czternastego",
               "piętnastego", "szesnastego", "siedemnastego", "osiemnastego", "dziewiętnastego"]
PL_TENS_ORDINALS = ["", "", "dwudziestego", "trzydziestego", "czterdziestego", "pięćdziesiątego", "sześćdziesiątego",
                    "siedemdziesiątego", "osiemdziesiątego", "dziewięćdziesiątego"]
CS_ORDINALS = ["", "prvního", "druhého", "třetího", "čtvrtého", "pátého", "šestého", "sedmého", "osmého", "devátého",
               "desátého", "jedenáctého", "dvanáctého", "třináctého", "čtrnáctého", "patnáctého", "šestnáctého",
               "sedmnáctého", "osmnáctého", "devatenáctého"]


def pl_ordinal(n: int) -> str:
    """A Polish ordinal in the genitive, as a date is said ("dwunastego", "dwudziestego trzeciego")."""
    if n < 20:
        return PL_ORDINALS[n]
    t, u = divmod(n, 10)
    return PL_TENS_ORDINALS[t] + (f" {PL_ORDINALS[u]}" if u else "")


def pl_year(y: int) -> str:
    """A Polish year in a date, an ordinal in the genitive ("tysiąc dziewięćset osiemdziesiątego czwartego")."""
    hi, lo = divmod(y, 100)
    if y == 2000:
        return "dwutysięcznego"
    return ("tysiąc dziewięćset " if hi == 19 else "dwa tysiące ") + pl_ordinal(lo)


def cs_ordinal(n: int) -> str:
    """A Czech ordinal in the genitive ("dvanáctého", "dvacátého třetího")."""
    if n < 20:
        return CS_ORDINALS[n]
    t, u = divmod(n, 10)
    return {2: "dvacátého", 3: "třicátého"}[t] + (f" {CS_ORDINALS[u]}" if u else "")


def cs_year(y: int, colloquial: bool = False) -> str:
    """A Czech year: "tisíc devět set osmdesát čtyři", or "devatenáct set osmdesát čtyři", "dva tisíce pět"."""
    hi, lo = divmod(y, 100)
    head = ("devatenáct set" if colloquial else "tisíc devět set") if hi == 19 else "dva tisíce"
    return head + (f" {number(lo, 'cs')}" if lo else "")


def nl_hundreds(n: int) -> str:
    """100..999 in Dutch, one word: "honderddrieëntwintig", "tweehonderdvierenvijftig"."""
    h, r = divmod(n, 100)
    return ("honderd" if h == 1 else UNITS["nl"][h] + "honderd") + (number(r, "nl") if r else "")


def fr_thousands(n: int) -> str:
    """1000..99999 in French: "trente mille quatre", "dix mille deux cent soixante-dix-huit"."""
    th, r = divmod(n, 1000)
    head = "mille" if th == 1 else f"{number(th, 'fr')} mille"
    rest = fr_hundreds(r) if r >= 100 else number(r, "fr") if r else ""
    return head + (f" {rest}" if rest else "")


FR_BANKS = ["30004", "30003", "20041", "10278", "30002"]


# Reading a label back -----------------------------------------------------------------------------------------
NATO = ["alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima",
        "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey",
        "x-ray", "yankee", "zulu"]
ALPHABETS = {  # the spelling alphabets callers use at home
    "de": "Anton Berta Cäsar Dora Emil Friedrich Gustav Heinrich Ida Julius Kaufmann Ludwig Martha Nordpol Otto "
          "Paula Quelle Richard Samuel Theodor Ulrich Viktor Wilhelm Xanthippe Ypsilon Zacharias",
    "nl": "Anton Bernard Cornelis Dirk Eduard Ferdinand Gerard Hendrik Izaak Johan Karel Lodewijk Marie Nico Otto "
          "Pieter Quotiënt Rudolf Simon Teunis Utrecht Victor Willem Xantippe Ypsilon Zaandam",
    "es": "Antonio Barcelona Carmen Dolores Enrique Francia Gerona Historia Inés José Kilo Lorenzo Madrid Navarra "
          "Oviedo París Querido Ramón Sábado Tarragona Ulises Valencia Washington Xilófono Yegua Zaragoza",
    "fr": "Anatole Berthe Célestin Désiré Eugène François Gaston Henri Irma Joseph Kléber Louis Marcel Nicolas Oscar "
          "Pierre Quintal Raoul Suzanne Thérèse Ursule Victor William Xavier Yvonne Zoé",
    "it": "Ancona Bologna Como Domodossola Empoli Firenze Genova Hotel Imola Jolly Kursaal Livorno Milano Napoli "
          "Otranto Palermo Quarto Roma Savona Torino Udine Venezia Washington Xeres York Zara",
    "sv": "Adam Bertil Caesar David Erik Filip Gustav Helge Ivar Johan Kalle Ludvig Martin Niklas Olof Petter Qvintus "
          "Rudolf Sigurd Tore Urban Viktor Wilhelm Xerxes Yngve Zäta",
    "da": "Anna Bernhard Cecilie David Erik Frederik Georg Hans Ida Johan Karen Ludvig Mari Nikolaj Odin Peter Quinna "
          "Rasmus Søren Theodor Ulla Viggo William Xerxes Yrsa Zacharias",
    "no": "Anna Bernhard Caesar David Edith Fredrik Gustav Harald Ivar Johan Karin Ludvig Martin Nils Olivia Petter "
          "Quintus Rikard Sigrid Teodor Ulrik Enkelt-V Wilhelm Xerxes Yngling Zakarias",
}
ALPHABETS = {lang: words.split() for lang, words in ALPHABETS.items()}
EN_LETTER_NAMES = {"ay": "A", "bee": "B", "see": "C", "sea": "C", "dee": "D", "ee": "E", "ef": "F", "gee": "G",
                   "aitch": "H", "eye": "I", "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
                   "cue": "Q", "queue": "Q", "are": "R", "ar": "R", "ess": "S", "tee": "T", "tea": "T", "you": "U",
                   "vee": "V", "double you": "W", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z", "pea": "P"}
LETTER_NAMES = {  # letters by their names where callers spell them
    "es": {"a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "efe": "F", "ge": "G", "hache": "H", "i": "I",
           "jota": "J", "ka": "K", "ele": "L", "eme": "M", "ene": "N", "o": "O", "pe": "P", "cu": "Q", "erre": "R",
           "ese": "S", "te": "T", "u": "U", "uve": "V", "uve doble": "W", "equis": "X", "i griega": "Y", "ye": "Y",
           "zeta": "Z"},
    "it": {"a": "A", "bi": "B", "ci": "C", "di": "D", "e": "E", "effe": "F", "gi": "G", "acca": "H", "i": "I",
           "i lunga": "J", "cappa": "K", "elle": "L", "emme": "M", "enne": "N", "o": "O", "pi": "P", "cu": "Q",
           "erre": "R", "esse": "S", "ti": "T", "u": "U", "vu": "V", "vi": "V", "doppia vu": "W", "ics": "X",
           "ipsilon": "Y", "zeta": "Z"},
    "pt": {"a": "A", "bê": "B", "cê": "C", "dê": "D", "é": "E", "efe": "F", "gê": "G", "agá": "H", "i": "I",
           "jota": "J", "capa": "K", "ele": "L", "eme": "M", "ene": "N", "ó": "O", "pê": "P", "quê": "Q", "erre": "R",
           "esse": "S", "tê": "T", "u": "U", "vê": "V", "xis": "X", "ípsilon": "Y", "zê": "Z"},
    "fr": {"a": "A", "bé": "B", "cé": "C", "dé": "D", "e": "E", "effe": "F", "gé": "G", "ache": "H", "i": "I",
           "ji": "J", "ka": "K", "elle": "L", "emme": "M", "enne": "N", "o": "O", "pé": "P", "ku": "Q", "erre": "R",
           "esse": "S", "té": "T", "u": "U", "vé": "V", "double vé": "W", "ixe": "X", "i grec": "Y", "zède": "Z"},
    "de": {"a": "A", "be": "B", "ce": "C", "de": "D", "e": "E", "ef": "F", "ge": "G", "ha": "H", "i": "I",
           "jott": "J", "ka": "K", "el": "L", "em": "M", "en": "N", "o": "O", "pe": "P", "ku": "Q", "er": "R",
           "es": "S", "te": "T", "u": "U", "vau": "V", "we": "W", "ix": "X", "ypsilon": "Y", "zett": "Z"},
}
MULTIPLIERS = {"double": 2, "triple": 3, "treble": 3, "doppio": 2, "doppia": 2, "doble": 2, "dubbel": 2,
               "dobbelt": 2, "dobbel": 2, "doppel": 2, "dreifach": 3, "tripla": 3, "triplo": 3, "zweimal": 2,
               "dreimal": 3}
FILLERS = {
    "en": "uh um er erm uhm hmm ah and then of the like so sorry plus slash stroke",
    "de": "äh ähm ehm und also so plus die schrägstrich",
    "nl": "eh ehm uh uhm en plus schuine streep slash",
    "es": "eh este pues y de del o sea mmm más plus la letra barra",
    "fr": "euh heu et le bah ben plus barre sur",
    "it": "ehm eh allora e del di cioè plus più barra",
    "pt": "é hum e de do tipo ahn mais barra",
    "pl": "yyy eee i no plus łamane przez",
    "sv": "öh eh och ehm plus snedstreck",
    "da": "øh og øhm plus skråstreg",
    "no": "eh og ehm pluss skråstrek",
    "fi": "öö tuota niin plus kauttaviiva",
    "cs": "ehm éé no plus lomeno roku",
    "ro": "ă îî și deci plus pe",
    "el": "εε εμ και λοιπόν συν",
    "hu": "öö hát és szóval plusz per",
}
FILLERS = {lang: set(words.split()) for lang, words in FILLERS.items()}
JOINERS = {"en": {"for", "like"}, "de": {"wie"}, "nl": {"van", "voor"}, "es": {"de", "como"}, "fr": {"comme"},
           "it": {"come", "di", "per"}, "pt": {"de"}, "sv": {"som"}, "da": {"som"}, "no": {"som"}, "pl": {"jak"},
           "cs": {"jako"}, "fi": {"kuin"}, "el": {"όπως"}, "hu": {"mint"}, "ro": {"ca"}}
TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(text))


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for lang in UNITS:
        t: dict[tuple[str, ...], str] = {}
        variants = ["fr", "fr_be", "fr_ch"] if lang == "fr" else [lang]
        for v in variants:
            t |= {_tokens(number(n, v)): str(n) for n in range(100)}
            if lang in ("de", "nl", "sv", "no", "da", "fr", "es", "it", "pt", "el", "ro", "hu"):
                t |= {_tokens(year_words(y, v)): str(y) for y in range(1925, 2041)}
        if lang in HUNDREDS or lang == "en":
            t |= {_tokens(hundreds(n, lang)): str(n) for n in range(100, 1000)}
        if lang == "en":
            t |= {_tokens(f"{UNITS['en'][n // 100]} hundred {number(n % 100)}"): str(n) for n in range(101, 1000)
                  if n % 100}
            t |= {("two", "thousand", *_tokens(number(n))): str(2000 + n) for n in range(1, 41)}
            t |= {("two", "thousand", "and", *_tokens(number(n))): str(2000 + n) for n in range(1, 41)}
            t |= {("two", "thousand"): "2000"}
            t |= {_tokens(en_ordinal(n)): str(n) for n in range(1, 32)}
            t |= {(m,): str(i + 1) for i, m in enumerate(MONTH_ABBR)} | {("sep",): "9"}
            t |= {("oh",): "0", ("nought",): "0", ("naught",): "0", ("for",): "4", ("fore",): "4", ("to",): "2",
                  ("too",): "2", ("won",): "1", ("ate",): "8", ("tree",): "3"}
        if lang == "de":
            t |= {("zwo",): "2"} | {_tokens(de_ordinal(n)): str(n) for n in range(1, 32)}
        if lang == "nl":
            t |= {("één",): "1"}
        if lang == "pt":
            t |= {("dezesseis",): "16", ("dezessete",): "17", ("dezenove",): "19", ("primeiro",): "1",
                  ("meia",): "6"}
        if lang == "en":  # "forty-five hundred and thirty-two": a group of four said by its hundreds
            for n in range(1100, 10000):
                hi, lo = divmod(n, 100)
                if hi % 10 == 0:
                    continue
                head = (*_tokens(number(hi)), "hundred")
                t |= {head + _tokens(number(lo)) if lo else head: str(n)}
                if lo:
                    t |= {(*head, "and", *_tokens(number(lo))): str(n)}
        if lang == "es":  # "dos mil cien": a group of four said as thousands
            t |= {_tokens(es_thousands(n)): str(n) for n in range(1000, 10000)}
        if lang == "fr":  # "cent quatre-vingt-quatre": three digits by their hundreds
            for v in variants:
                t |= {_tokens(fr_hundreds(n, v)): str(n) for n in range(100, 1000)}
        if lang == "es":
            t |= {("primero",): "1", ("uno",): "1"}
        if lang == "fr":
            t |= {("premier",): "1"} | {_tokens(fr_thousands(int(n))): n for n in FR_BANKS}
        joint = {"de": "und", "nl": "en", "da": "og"}.get(lang)
        if joint:  # a compound an engine wrote apart ("vier und zwanzig", "drie en veertig", "fem og tyve")
            for n in range(21, 100):
                t_, u_ = divmod(n, 10)
                if u_:
                    unit = "ein" if lang == "de" and u_ == 1 else UNITS[lang][u_]
                    t |= {(unit, joint, TENS[lang][t_]): str(n)}
        if lang == "nl":
            t |= {(nl_hundreds(n),): str(n) for n in range(100, 1000)}
        if lang == "pl":
            t |= {_tokens(pl_ordinal(n)): str(n) for n in range(1, 32)}
            t |= {_tokens(pl_year(y)): str(y) for y in range(1925, 2041)}
        if lang == "cs":
            t |= {_tokens(cs_ordinal(n)): str(n) for n in range(1, 32)}
            t |= {_tokens(cs_year(y, c)): str(y) for y in range(1925, 2041) for c in (False, True)}
        if lang == "ro":
            t |= {("două",): "2", ("una",): "1", ("întâi",): "1"}
        if lang == "el":
            t |= {("εννιά",): "9", ("εφτά",): "7", ("οχτώ",): "8", ("τέσσερις",): "4", ("τρεις",): "3",
                  ("πρώτη",): "1", ("δεκατρείς",): "13", ("δεκατέσσερις",): "14", ("είκοσι", "τρεις"): "23",
                  ("είκοσι", "τέσσερις"): "24"}
        if lang == "hu":
            t |= {("két",): "2"}
        if lang == "it":
            t |= {("primo",): "1"}
        t |= {(m.lower(),): str(i + 1) for i, m in enumerate(MONTHS[lang])}
        out[lang] = t
    for lang in UNITS:  # "es+": a caller spelling, by NATO words, the alphabet at home or the letters' names
        spelt = {_tokens(w): w[0].upper() for w in NATO} | {("alpha",): "A", ("juliet",): "J", ("xray",): "X",
                                                              ("whisky",): "W"}
        spelt |= {_tokens(w): ascii_fold(w)[0].upper() for w in ALPHABETS.get(lang, [])}
        names = EN_LETTER_NAMES if lang == "en" else LETTER_NAMES.get(lang, {})
        spelt |= {_tokens(name): letter for name, letter in names.items() if len(name) > 1}
        out[lang + "+"] = out[lang] | spelt
    return out


PHRASES = _tables()
LONGEST = max(len(k) for table in PHRASES.values() for k in table)
ORDINAL_SUFFIXES = {"en": {"st", "nd", "rd", "th"}, "fr": {"er", "e"}, "es": {"º", "ª"}, "pt": {"º", "ª"},
                    "it": {"º"}}


def _merged(lang: str) -> tuple[dict, set, set]:
    """A code-switching caller's table ("es&en"): both languages' words, fillers and joiners."""
    langs = lang.split("&")
    table: dict = {}
    fillers: set = set()
    joiners: set = set()
    for one in reversed(langs):  # the first named wins ("fr&en": "sept" is seven, not September)
        table |= PHRASES[one]
        base = one.rstrip("+")
        fillers |= FILLERS[base] - ({"de", "e", "y"} if one != base else set())
        joiners |= JOINERS.get(base, set())
    return table, fillers, joiners


def _split_glued(word: str, singles: set[str]) -> list[str] | None:
    """A word an engine glued from number words ("fourfive", "sixtyseven", "nineteeneightyfour"), split back into
    them; None if it is not one."""
    low = word.lower()
    best: dict[int, list[str]] = {0: []}
    for i in range(len(low)):
        if i not in best:
            continue
        for j in range(i + 2, len(low) + 1):
            if low[i:j] in singles and j not in best:
                best[j] = [*best[i], word[i:j]]
    return best.get(len(low))


def unglue(text: str, table: dict, fillers: set) -> str:
    """The text with each glued run of number words ("fourfive", "ohseven") written apart."""
    singles = {k[0] for k, v in table.items() if len(k) == 1 and len(k[0]) > 1 and v.isdigit()}
    known = {w for k in table for w in k}

    def one(m: re.Match) -> str:
        word = m.group()
        if len(word) < 4 or word[0].isdigit() or word.isupper() or word.lower() in known or \
                word.lower() in fillers or word.lower() in MULTIPLIERS:
            return word
        parts = _split_glued(word, singles)
        return " ".join(parts) if parts and len(parts) > 1 else word
    return TOKEN.sub(one, text)


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: digit words, pairs and one-word compounds, hundreds,
    homophones of digits, letters, their names and spelling alphabets (with "for", "wie", "comme", "come", "de",
    "van", "som" and the rest), "double" and "triple", and for dates months, ordinals and years."""
    lang = "&".join(one.split("_")[0] for one in lang.split("&"))
    table, fillers, joiners = _merged(lang)
    text = unglue(text, table, fillers)
    found = list(TOKEN.finditer(text))
    tokens = [t.group() for t in found]

    def glued(j: int) -> bool:
        return (j + 1 < len(tokens) and found[j].end() == found[j + 1].start() and tokens[j + 1][0].isdigit()) or \
            (j > 0 and found[j - 1].end() == found[j].start() and tokens[j - 1][0].isdigit())

    out, i, times = [], 0, 1
    while i < len(tokens):
        token, low = tokens[i], tokens[i].lower()
        if token[0].isdigit():
            out.append(token * times)
            times, i = 1, i + 1
            continue
        suffixes = set().union(*(ORDINAL_SUFFIXES.get(one, set()) for one in lang.split("&")))
        if i and low in suffixes and found[i - 1].end() == found[i].start() and \
                tokens[i - 1][0].isdigit():
            i += 1
            continue
        if glued(i):
            out.append(token.upper())
            i += 1
            continue
        step = 2 if low == "as" and i + 1 < len(tokens) and tokens[i + 1].lower() == "in" else \
            1 if low in joiners else 0
        if step and out and out[-1][-1].isalpha() and i + step < len(tokens) and \
                ascii_fold(tokens[i + step][0]).upper() == out[-1][-1]:
            i += step + 1  # "R wie Richard": the word repeats the letter
            continue
        for size in range(min(LONGEST, len(tokens) - i), 0, -1):
            key = tuple(t.lower() for t in tokens[i:i + size])
            apart = any(text[found[j].end():found[j + 1].start()].strip(" -") for j in range(i, i + size - 1))
            if key in table and not (size == 1 and len(token) == 1) and not apart:
                out.append(table[key] * times)
                times, i = 1, i + size
                break
        else:
            if low in MULTIPLIERS:
                times, i = MULTIPLIERS[low], i + 1
            elif low in fillers and not token.isupper():
                i += 1
            elif len(token) <= 2 or token.isupper():
                out.append(token.upper() * times)
                times, i = 1, i + 1
            else:
                raise AssertionError(f"unread word {token!r} in {text!r}")
    return "".join(out)


EMAIL_SYMBOLS = {
    "@": ["at", "at sign", "ät", "arroba", "arobase", "chiocciola", "apenstaartje", "klammeraffe", "at-zeichen",
          "snabel-a", "snabel a", "krøllalfa", "krøll-alfa", "ät-merkki", "miukumauku", "zavináč", "małpa",
          "malpa", "a commerciale", "papaki", "παπάκι", "kukac", "a rond", "arond"],
    ".": ["dot", "full stop", "period", "punkt", "punktum", "punto", "point", "punt", "ponto", "kropka", "piste",
          "tečka", "τελεία", "teleia", "pont", "punct"],
    "_": ["underscore", "under score", "tiret du huit", "tiret du 8", "unterstrich", "tiret bas", "tiret du bas",
          "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje", "κάτω παύλα", "alulvonás",
          "linie jos"],
    "-": ["dash", "hyphen", "minus", "bindestrich", "tiret", "tiret du six", "tiret du 6", "guion", "guión",
          "trattino", "streepje", "hífen",
          "bindestreck", "bindestreg", "bindestrek", "väliviiva", "pomlčka", "myślnik", "traço", "παύλα", "kötőjel",
          "cratimă", "liniuță"],
}
GLUED_DOTS = {"dotcom", "dotnet", "dotorg", "dotde", "dotnl"}
SYMBOL_OF = {tuple(re.split(r"[\s-]+", w)): sym for sym, ws in EMAIL_SYMBOLS.items() for w in ws}
SYMBOL_LONGEST = max(len(k) for k in SYMBOL_OF)


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: typed (with an "@") as it is, less spaces; said, with "at",
    "dot", "underscore", "dash" in the caller's language, digit words, letters spelled (and "as in", "wie" a word)
    and the words between as they are."""
    if "@" in text:
        return re.sub(r"\s", "", text.lower())
    base = lang.split("_")[0].rstrip("+")
    table = {_tokens(number(n, v)): str(n) for v in {lang, base, "en"} for n in range(100)} | {("oh",): "0"}
    words = [w for w in re.split(r"[\s,]+", text.lower()) if w]
    words = [x for w in words for x in (["dot", w[3:]] if w in GLUED_DOTS else [w])]  # "dotcom" as one word
    out, i = [], 0
    while i < len(words):
        w = words[i]
        two = (w, words[i + 1] if i + 1 < len(words) else "") in (("as", "in"), ("som", "i"), ("wie", "in"))
        if (two or w in ("wie", "comme", "come", "como", "van", "som", "for")) and out and len(out[-1]) == 1 and \
                out[-1].isalpha() and i + 1 + two < len(words) and ascii_fold(words[i + 1 + two][0]) == out[-1]:
            i += 2 + two  # "s som i Sigurd": the word repeats the letter
            continue
        for size in range(min(SYMBOL_LONGEST, len(words) - i), 0, -1):
            if tuple(re.split(r"-", "-".join(words[i:i + size]))) in SYMBOL_OF:
                out.append(SYMBOL_OF[tuple(re.split(r"-", "-".join(words[i:i + size])))])
                i += size
                break
        else:
            for size in range(min(4, len(words) - i), 0, -1):
                key = _tokens(" ".join(words[i:i + size]))
                if key in table and len(key) >= size:
                    out.append(table[key])
                    i += size
                    break
            else:
                out.append(w)
                i += 1
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
            assert value is not None, text
            if type_ in CHECKS and len(value) in FULL_LENGTHS[type_]:  # a whole value, not a part of one
                assert CHECKS[type_](value.upper()), (type_, value)
            assert self._read(type_, text, lang, drop) == (value if type_ == "EMAIL_ADDRESS" else value.upper()), \
                (text, self._read(type_, text, lang, drop), value)
        for start, end, value in self.joints:
            pieces = self.meant[start:end]
            together = "".join(self._read(t, text, lang, drop) for t, text, _, lang, drop in pieces)
            assert together == (value if pieces[0][0] == "EMAIL_ADDRESS" else value.upper()), (pieces, together, value)
            if pieces[0][0] in CHECKS:
                assert CHECKS[pieces[0][0]](value.upper()), value
        return self


FULL_LENGTHS = {"CREDIT_CARD": {13, 15, 16, 19}, "IBAN_CODE": set(IBAN_LENGTHS.values()), "US_SSN": {9},
                "ES_NIF": {9}, "ES_NIE": {9}, "UK_NINO": {9}, "FR_NIR": {15}, "IT_FISCAL_CODE": {16}, "NL_BSN": {9},
                "ABA_ROUTING_NUMBER": {9}}


# How these callers, agents and engines write things -------------------------------------------------------------
def render(d: str, lang: str, style: str, rng: random.Random) -> str:
    """A run of digits: numerals, digit words ("oh" or "zero" in English), pairs, or numerals and words in turn."""
    if style == "numerals":
        return d
    if style == "pairs" and len(d) % 2 == 0:
        return in_pairs(d, lang)
    if style == "mixed":
        return " ".join(c if rng.random() < 0.5 else digit_by_digit(c, lang) for c in d)
    return digit_by_digit(d, lang, rng.choice(["oh", "zero"]) if lang == "en" else None)


def render_groups(gs: list[str], lang: str, rng: random.Random, styles: list[str], sep: str | None = None) -> str:
    seps = [", ", "... "] if "pairs" in styles else [", ", " ", "... "]  # a pair's tens and a digit after read apart
    return (sep if sep is not None else rng.choice(seps)).join(
        render(g, lang, rng.choice(styles), rng) for g in gs)


def name(fake: Faker, locale: str) -> str:
    return fake[locale].first_name()


def swap_two(g: str, rng: random.Random) -> str:
    """The group with two of its digits swapped, unlike the group."""
    for _ in range(50):
        i, j = sorted(rng.sample(range(len(g)), 2))
        w = g[:i] + g[j] + g[i + 1:j] + g[i] + g[j + 1:]
        if w != g:
            return w
    return g[:-1] + str((int(g[-1]) + 1) % 10)


def exp_typed(month: int, yy: int, rng: random.Random) -> tuple[str, str]:
    return rng.choice([(f"{month:02d}/{yy}", f"{month:02d}{yy}"), (f"{month:02d}-{yy}", f"{month:02d}{yy}"),
                       (f"{month:02d}/20{yy}", f"{month:02d}20{yy}"), (f"{month}/{yy}", f"{month}{yy}"),
                       (f"{month:02d}.{yy}", f"{month:02d}{yy}")])


def exp_said(month: int, yy: int, lang: str, rng: random.Random) -> tuple[str, str]:
    """An expiry said: the month as digits or its name, the year as a pair ("oh nine, twenty-nine", "März
    neunundzwanzig", "zéro neuf vingt-neuf")."""
    base = lang.split("_")[0]
    mm = f"{month:02d}"
    full = f"twenty {number(yy)}" if base == "en" else year_words(2000 + yy, lang) if base in YEAR_LANGS else \
        str(2000 + yy)
    options = [(f"{digit_by_digit(mm, lang, 'oh' if base == 'en' else None)}, {number(yy, lang)}", f"{mm}{yy}"),
               (f"{MONTHS[base][month - 1]} {full}", f"{month}20{yy}")]
    if base == "en":
        options += [(f"{number(month)} {number(yy)}", f"{month}{yy}"),
                    (f"{MONTHS['en'][month - 1]} {number(yy)}", f"{month}{yy}")]
    return rng.choice(options)


YEAR_LANGS = ("de", "nl", "sv", "no", "da", "fr", "es", "it", "pt", "el", "ro", "hu")
CHAT = ["Customer: ", "", "Me: ", "Visitor: ", "> "]


HOMOPHONES = {"1": ["won", "one"], "2": ["to", "too", "two"], "4": ["for", "four"], "8": ["ate", "eight"]}


def national(country: str, rng: random.Random) -> str:
    _cc, trunk, nsn = phone_value(country, rng)
    return trunk + nsn


def local_part(fake: Faker, locale: str, rng: random.Random) -> tuple[str, str, str]:
    """A local part from a name of `locale`: (first, last, local) in ASCII, lower-case, letters only in the names."""
    first = re.sub(r"[^a-z]", "", ascii_fold(fake[locale].first_name()).lower()) or "ana"
    last = re.sub(r"[^a-z]", "", ascii_fold(fake[locale].last_name()).lower()) or "berg"
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}_{last}",
                        f"{first}.{last}{rng.randint(1, 99)}", f"{last}.{first}"])
    return first, last, local


def say_address(address: str, lang: str, words: dict[str, str], rng: random.Random, digits: str = "en") -> str:
    """An address said: its symbols by the words of `words`, its numbers as digit words or pairs of `digits`."""
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[@._-]", address):
        if piece in words:
            out.append(words[piece])
        elif piece.isdigit():
            out.append(in_pairs(piece, digits, " ") if len(piece) == 2 and piece[0] != "0" and rng.random() < 0.6
                       else digit_by_digit(piece, digits))
        else:
            out.append(piece)
    return " ".join(out)


def iban_said(iban: str, lang: str, rng: random.Random, styles: list[str]) -> str:
    """An IBAN said four at a time, its letters plain, its digits by `styles`."""
    out = []
    for g in cut(iban, [4] * 9):
        out.append(" ".join(" ".join(p) if p.isalpha() else render(p, lang, rng.choice(styles), rng)
                            for p in re.findall(r"[A-Z]+|\d+", g)))
    return ", ".join(out)


def by_hundreds(g: str) -> str:
    """A group of four by its hundreds ("forty-five hundred and thirty-two", "fifty-one hundred", "twenty-two
    hundred six"); a group that cannot be (a nought first or second) digit by digit."""
    if len(g) != 4 or g[0] == "0" or g[1] == "0":
        return digit_by_digit(g, "en", "oh")
    hi, lo = int(g[:2]), int(g[2:])
    if lo == 0:
        return f"{number(hi)} hundred"
    return f"{number(hi)} hundred " + ("and " if lo >= 10 or int(g) % 2 else "") + number(lo)


def vm_lower(text: str) -> str:
    """What an engine writes of a voicemail: lower-case, no punctuation, hyphens as spaces."""
    out = re.sub(r"\s+", " ", re.sub(r"[.,!?;:]", "", text.replace("-", " ")).lower()).strip()
    return out + " " if text.endswith(" ") else out


VOICEMAIL = ["(voicemail) ", "[Voicemail transcript] ", "Voicemail: ", "[vm] "]
QUOTE_HEADS = {"en": ["On {d} at {t}, {n} wrote:", "-----Original Message-----\nFrom: {n}\nSent: {d} {t}"],
               "de": ["Am {d} um {t} schrieb {n}:"], "fr": ["Le {d} à {t}, {n} a écrit :"],
               "es": ["El {d}, a las {t}, {n} escribió:"], "nl": ["Op {d} om {t} schreef {n}:"]}
QUOTE_LOCALES = {"en": ["en_GB", "en_US"], "de": ["de_DE"], "fr": ["fr_FR"], "es": ["es_ES"], "nl": ["nl_NL"]}


def quote_head(fake: Faker, rng: random.Random, lang: str = "en") -> str:
    """The line a mail program writes above a quoted message, in the writer's language."""
    d = f"{rng.randint(1, 28)} {rng.choice(['Nov', 'Dec', 'Oct'])} 2026"
    return rng.choice(QUOTE_HEADS[lang]).format(d=d, t=f"{rng.randint(8, 18)}:{rng.randint(0, 59):02d}",
                                                n=fake[rng.choice(QUOTE_LOCALES[lang])].name())




GREEK_LATIN = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n",
                                                      "x", "o", "p", "r", "s", "s", "t", "y", "f", "ch", "ps", "o"],
                       strict=True))


def greek_latin(text: str) -> str:
    """A Greek name as Greeks write it in an address: Latin letters, no accents ("Νίκος" -> "nikos")."""
    text = unicodedata.normalize("NFKD", text.lower()).replace("ου", "ou").replace("μπ", "b")
    return "".join(GREEK_LATIN.get(c, c if c.isascii() and c.isalpha() else "") for c in text)


def glued(g: str, rng: random.Random) -> str:
    """A group as an engine glues what it heard: digit words run together ("fourfivethreetwo", "ohseven"), or pairs
    without their hyphen and space ("fortyfive thirtytwo", "fortyfivethirtytwo")."""
    if rng.random() < 0.5 or len(g) % 2 or any(p[1] == "0" for p in cut(g, [2] * 8)):  # "seventy five" is 75
        return "".join(UNITS["en"][int(c)] if c != "0" else rng.choice(["oh", "zero"]) for c in g)
    pairs = [f"oh{UNITS['en'][int(p[1])]}" if p[0] == "0" else number(int(p)).replace("-", "") for p in cut(g, [2] * 8)]
    return rng.choice([" ", ""]).join(pairs)


SPLIT_JOINTS = {"de": "und", "nl": "en", "da": "og"}


def pair_apart(p: str, lang: str) -> str:
    """A pair as an engine writes a compound it heard as words apart ("vier und zwanzig", "drie en veertig", "fem og
    tyve"); a pair with a nought in front digit by digit."""
    if p[0] == "0" or len(p) == 1:
        return digit_by_digit(p, lang)
    t, u = divmod(int(p), 10)
    if t < 2 or u == 0:
        return number(int(p), lang)
    unit = "ein" if lang == "de" and u == 1 else UNITS[lang][u]
    return f"{unit} {SPLIT_JOINTS[lang]} {TENS[lang][t]}"


def pairs_apart(digits: str, lang: str) -> str:
    return ", ".join(pair_apart(p, lang) for p in cut(digits, [2] * 20))


def has_run(g: str) -> bool:
    return any(a == b for a, b in pairwise(g))


def de_runs(g: str, rng: random.Random) -> str:
    """A group as a German dictates it, a digit said twice or three times running as "zweimal die Null", "dreimal die
    Fünf", two often "zwo"."""
    out, i = [], 0
    while i < len(g):
        c = g[i]
        run = len(g[i:]) - len(g[i:].lstrip(c))
        word = "zwo" if c == "2" and rng.random() < 0.5 else UNITS["de"][int(c)]
        if run >= 2:
            k = min(run, 3)
            out.append(f"{'zweimal' if k == 2 else 'dreimal'} die {word.capitalize()}")
            i += k
        else:
            out.append(word)
            i += 1
    return " ".join(out)


EN_HOMOPHONES = {"1": ["won"], "2": ["to", "too"], "4": ["for"], "8": ["ate"]}


def nir_groups_said(v: str, lang: str = "fr") -> list[str]:
    """A NIR's printed groups as said: one digit, the twos as numbers, the threes as hundreds (a nought in front
    digit by digit)."""
    out = []
    for g in cut(v, [1, 2, 2, 2, 3, 3, 2]):
        out.append(fr_hundreds(int(g), lang) if len(g) == 3 and g[0] != "0" else
                   number(int(g), lang) if len(g) == 2 and g[0] != "0" else digit_by_digit(g, "fr"))
    return out


def part_cuts(iban: str) -> list[int]:
    """Where an IBAN may be cut in two (after a group of four where it can, else after a pair), with neither part as
    long as a whole IBAN of some country."""
    whole = FULL_LENGTHS["IBAN_CODE"]
    ok = [c for c in range(8, len(iban) - 5, 4) if c not in whole and len(iban) - c not in whole]
    return ok or [c for c in range(8, len(iban) - 5, 2) if c not in whole and len(iban) - c not in whole]


def ssn_dashed(v: str) -> str:
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def child_birth(rng: random.Random) -> date:
    return date(2010, 1, 1) + timedelta(days=rng.randrange(365 * 12))


# Cards ----------------------------------------------------------------------------------------------------------
def card_glued_words(fake: Faker, rng: random.Random) -> Said:
    """An engine running a quickly read card's digit words together group by group ("fourfivethreetwo", "fortyfive
    thirtytwo"), lower-case, as a diarized transcript."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    u = Said().say(rng.choice(["[agent] can i take the long card number", "agent: go ahead with the card number"]))
    u.turn().say(rng.choice(["[caller] ", "caller: "]) + rng.choice(["yeah its ", "ok so ", "its "]))
    return u.entity("CREDIT_CARD", " ".join(glued(g, rng) for g in card_groups(d)), d).say(
        rng.choice(["", " thats the lot", " got that"]))


def card_ordinal_blocks(fake: Faker, rng: random.Random) -> Said:
    """A caller naming each block before reading it ("First block: ... Second block: ..."); each block labelled,
    read together."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    heads = rng.choice([["First block", "Second block", "Third block", "Fourth block"],
                        ["First four", "Next four", "Then the next four", "And the last four"],
                        ["Group one", "Group two", "Group three", "Group four"]])
    style = rng.choice(["numerals", "words", "pairs"])
    u = Said().say(rng.choice(["I'll do it in blocks so you can type along. ", "Right, ", "Okay. "]))
    for i, g in enumerate(card_groups(d)):
        u.say(heads[i] + rng.choice([": ", ", ", " is "])).entity("CREDIT_CARD", render(g, "en", style, rng), g)
        u.say(". " if i < 3 else ".")
    return u.joint(4, d)


def card_sentence_figures(fake: Faker, rng: random.Random) -> Said:
    """The card typed in the middle of a complaint with tickets, a show time, a total and a date around it, none of
    them labelled."""
    d = card_number(rng)
    cur = rng.choice(["£", "$", "A$"])
    total = f"{cur}{rng.randint(20, 180)}.{rng.choice(['00', '50', '99', '45'])}"
    t = f"{rng.randint(6, 9)}:{rng.choice(['00', '15', '30', '45'])}"
    card = rng.choice([" ".join(card_groups(d)), "-".join(card_groups(d)), d])
    u = Said().say(rng.choice(CHAT) + f"I booked {rng.randint(2, 6)} tickets for the {t} show, {total} in total, on my "
                                      "card ")
    u.entity("CREDIT_CARD", card, d)
    return u.say(f", and on the {en_ordinal(rng.randint(2, 28))} it took the money twice. "
                 + rng.choice(["Can you refund one?", "Please sort it.", "What's going on?"]))


def card_german_runs(fake: Faker, rng: random.Random) -> Said:
    """A German caller dictating the card as Germans dictate on the phone: a repeated digit as "zweimal die Null" or
    "dreimal die Fünf", two as "zwo"."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    while not any(has_run(g) for g in card_groups(d)):
        d = card_number(rng, rng.choice(["visa16", "mc"]))
    who = fake[rng.choice(["de_DE", "de_AT", "de_CH"])].last_name()
    u = Said().say(f"Danke, {rng.choice(['Herr', 'Frau'])} {who}. " + rng.choice(
        ["Die Kartennummer?", "Und die Nummer der Kreditkarte, bitte."])).turn()
    u.say(rng.choice(["Ja, also: ", "Moment... ", "Gut, "])).entity(
        "CREDIT_CARD", ", ".join(de_runs(g, rng) for g in card_groups(d)), d, "de")
    return u.say(rng.choice([".", ". Haben Sie das?", ""]))


def card_kettle_chatter(fake: Faker, rng: random.Random) -> Said:
    """Half the card, then the caller breaks off (a kettle, a child, a time and a count said in passing), the agent
    waits, and the caller goes on; the halves labelled, read together; the chatter's numbers not."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    style = rng.choice(["words", "numerals", "pairs"])
    u = Said().say(rng.choice(["Okay, it's ", "Right, the card. "])).entity(
        "CREDIT_CARD", render_groups(gs[:2], "en", rng, [style], ", "), "".join(gs[:2]))
    u.say(rng.choice(["... sorry, the kettle's going, hang on.", "... hang on, my little one wants something.",
                      "... sorry, someone's at the door."])).turn()
    u.say(rng.choice(["No problem, take your time.", "That's fine, I'll wait.", "No rush."])).turn()
    u.say(rng.choice([f"Sorry about that, it's gone {number(rng.randint(2, 5))} o'clock and I've had "
                      f"{number(rng.randint(2, 4))} parcels already. Where was I... ",
                      f"Sorry, {number(rng.randint(2, 3))} kids off school today. So after that it's "]))
    u.entity("CREDIT_CARD", render_groups(gs[2:], "en", rng, [style], ", "), "".join(gs[2:]))
    return u.joint(2, d).say(".")


def card_romanian_english(fake: Faker, rng: random.Random) -> Said:
    """A Romanian caller reading the first groups in Romanian and the rest in English ("patru cinci trei doi,
    seven seven eight one")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    k = rng.randint(1, 3)
    parts = [digit_by_digit(g, "ro") for g in gs[:k]] + [render(g, "en", rng.choice(["words", "pairs"]), rng)
                                                          for g in gs[k:]]
    u = Said().say(rng.choice(["Numărul cardului, the card number, is ", "Da, deci ", "Okay, e "]))
    return u.entity("CREDIT_CARD", ", ".join(parts), d, "ro&en").say(rng.choice([".", ", mulțumesc.", ""]))


def card_greek_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Greek caller reading the card in Greek pairs ("σαράντα πέντε, τριάντα δύο"), a nought in front digit by
    digit."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(["Τον αριθμό της κάρτας, παρακαλώ.", "Ποιος είναι ο αριθμός της κάρτας;"])).turn()
    u.say(rng.choice(["Ναι, ", "Λοιπόν, ", ""])).entity(
        "CREDIT_CARD", ", ".join(in_pairs(g, "el") for g in card_groups(d)), d, "el")
    return u.say(rng.choice([".", ", ευχαριστώ.", ""]))


def card_expiry_month_year_named(fake: Faker, rng: random.Random) -> Said:
    """The expiry with its parts named ("the month is oh four, and the year is twenty-nine"); each part labelled,
    read together."""
    month, yy = expiry(rng)
    m_text, m_val = rng.choice([(digit_by_digit(f"{month:02d}", "en", "oh"), f"{month:02d}"),
                                (MONTHS["en"][month - 1], str(month)), (number(month), str(month))])
    y_text, y_val = rng.choice([(number(yy), str(yy)), (f"twenty {number(yy)}", f"20{yy}"),
                                (digit_by_digit(str(yy)), str(yy))])
    u = Said().say(rng.choice(["And the expiry?", "Expiry date, please."])).turn()
    u.say(rng.choice(["The month is ", "Month, ", "Month's "])).entity("CARD_EXPIRY", m_text, m_val)
    u.say(rng.choice([", and the year is ", ". Year, ", ", year "])).entity("CARD_EXPIRY", y_text, y_val)
    return u.joint(2, m_val + y_val).say(".")


def card_expiry_among_dates(fake: Faker, rng: random.Random) -> Said:
    """A chat about a double charge: the card's last four and the days it was charged typed like expiries ("12/11"),
    none labelled; only "exp 04/29" is."""
    month, yy = expiry(rng)
    exp, value = exp_typed(month, yy, rng)
    d1 = f"{rng.randint(1, 28):02d}/{rng.randint(10, 12)}"
    d2 = f"{rng.randint(1, 28):02d}/{rng.randint(10, 12)}"
    u = Said().say(rng.choice(CHAT) + f"the card ending {_digits(rng, 4)} ({rng.choice(['exp', 'expires', 'exp.'])} ")
    u.entity("CARD_EXPIRY", exp, value)
    return u.say(f") was charged £{rng.randint(5, 60)}.{rng.randint(10, 99)} on {d1} and again on {d2}, "
                 + rng.choice(["i only ordered once", "pls refund the second one", "ordered on the 9th"]))


SLASH_SAID = {"de": ("Gültig bis ", "Schrägstrich"), "fr": ("Date d'expiration : ", "barre"),
              "es": ("Caduca el ", "barra"), "it": ("Scadenza: ", "barra"), "pt": ("Validade: ", "barra"),
              "pl": ("Ważna do ", "łamane przez"), "cs": ("Platnost do ", "lomeno"),
              "sv": ("Giltig till ", "snedstreck"),
              "da": ("Udløber ", "skråstreg"), "no": ("Utløper ", "skråstrek"), "nl": ("Geldig tot ", "schuine streep"),
              "fi": ("Voimassa ", "kauttaviiva")}


def card_expiry_slash_words(fake: Faker, rng: random.Random) -> Said:
    """The expiry read as printed, the slash said in the caller's language ("null vier Schrägstrich
    neunundzwanzig", "zero cztery łamane przez dwadzieścia dziewięć", "zéro quatre barre vingt-neuf")."""
    lang = rng.choice(list(SLASH_SAID))
    intro, slash = SLASH_SAID[lang]
    if lang == "fr" and rng.random() < 0.4:
        slash = "sur"
    month, yy = expiry(rng)
    u = Said().say(intro)
    return u.entity("CARD_EXPIRY", f"{digit_by_digit(f'{month:02d}', lang)} {slash} {number(yy, lang)}",
                    f"{month:02d}{yy}", lang).say(rng.choice([".", ""]))


def card_expiry_homophones(fake: Faker, rng: random.Random) -> Said:
    """An engine writing the expiry's digits as the words they sound like ("oh for too ate", "won too, to nine")."""
    while True:
        month, yy = expiry(rng)
        mmyy = f"{month:02d}{yy}"
        if any(c in EN_HOMOPHONES for c in mmyy):
            break
    words = [rng.choice(EN_HOMOPHONES[c]) if c in EN_HOMOPHONES and rng.random() < 0.8 else
             ("oh" if c == "0" else UNITS["en"][int(c)]) for c in mmyy]
    text = f"{' '.join(words[:2])}{rng.choice([', ', ' ', ' slash '])}{' '.join(words[2:])}"
    u = Said().say(rng.choice(["expiry date", "and when does it expire", "expiration"])).turn()
    return u.say(rng.choice(["its ", "um ", ""])).entity("CARD_EXPIRY", text, mmyy).say(rng.choice(["", " yeah"]))


NORDIC_CARD = {"sv": "kortnr {c} utg. {e} cvc {s}", "da": "kortnummer {c}, udløb {e}, kontrolcifre {s}",
               "no": "kortnr. {c} gyldig til {e} CVC {s}", "fi": "kortin numero {c}, voimassa {e}, turvakoodi {s}"}


def card_expiry_nordic_typed(fake: Faker, rng: random.Random) -> Said:
    """A Nordic chat with the card, its expiry and code behind the words at home ("utg.", "udløb", "gyldig til",
    "voimassa", "kontrolcifre", "turvakoodi")."""
    lang = rng.choice(list(NORDIC_CARD))
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    exp, value = exp_typed(month, yy, rng)
    u = Said().say(rng.choice(CHAT))
    template = NORDIC_CARD[lang]
    head, rest = template.split("{c}")
    mid, rest = rest.split("{e}")
    mid2, tail = rest.split("{s}")
    u.say(head).entity("CREDIT_CARD", " ".join(card_groups(d)), d, lang).say(mid)
    u.entity("CARD_EXPIRY", exp, value, lang).say(mid2).entity("CARD_SECURITY_CODE", code, code, lang)
    who = {"sv": "sv_SE", "da": "da_DK", "no": "no_NO", "fi": "fi_FI"}[lang]
    return u.say(tail + {"sv": " tack", "da": " tak", "no": " takk", "fi": " kiitos"}[lang] + " /"
                 + fake[who].first_name())


def card_expiry_agent_month_name(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the expiry as digits; the agent says it back as a month and a whole year ("So April
    2029?"); both labelled."""
    month, yy = expiry(rng)
    u = Said().say(rng.choice(["And the expiry date?", "What's the expiry on it?"])).turn()
    u.say(rng.choice(["It's ", "", "Um, "]))
    u.entity("CARD_EXPIRY", f"{digit_by_digit(f'{month:02d}', 'en', 'oh')} {number(yy)}", f"{month:02d}{yy}")
    u.say(".").turn().say(rng.choice(["So that's ", "Okay, "]))
    agent, value = rng.choice([(f"{MONTHS['en'][month - 1]} 20{yy}", f"{month}20{yy}"),
                               (f"{MONTHS['en'][month - 1]} twenty {number(yy)}", f"{month}20{yy}")])
    u.entity("CARD_EXPIRY", agent, value).say(rng.choice(["?", ", yes?"])).turn()
    return u.say(rng.choice(["Yes.", "That's right.", "Yep."]))


MONTH_OF_YEAR = {"es": ("Vence en ", "del", "de"), "it": ("Scade ad ", "del", ""), "pt": ("Vence em ", "de", "de")}


def card_expiry_month_of_year(fake: Faker, rng: random.Random) -> Said:
    """A Spanish, Italian or Portuguese caller giving the expiry as a month "of" a year ("abril del veintinueve",
    "aprile del ventinove", "abril de dois mil e vinte e nove")."""
    lang = rng.choice(list(MONTH_OF_YEAR))
    intro, short_of, long_of = MONTH_OF_YEAR[lang]
    month, yy = expiry(rng)
    name_ = MONTHS[lang][month - 1]
    if lang == "it" and name_[0] not in "aeiou":
        intro = "Scade a "
    if rng.random() < 0.5:
        text, value = f"{name_} {short_of} {number(yy, lang)}", f"{month}{yy}"
    else:
        text, value = f"{name_} {long_of} {year_words(2000 + yy, lang)}".replace("  ", " "), f"{month}20{yy}"
    u = Said().say({"es": "¿Y la fecha de caducidad?", "it": "E la scadenza?", "pt": "E a validade?"}[lang]).turn()
    return u.say(intro).entity("CARD_EXPIRY", text, value, lang).say(rng.choice([".", ""]))


def card_code_after_card_digits(fake: Faker, rng: random.Random) -> Said:
    """Asked for the code, the caller first reads the card number's last digits (not labelled); the agent sends them
    to the back of the card, and the code follows."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    code = security_code(rng)
    u = Said().say(rng.choice(["And the security code, please?", "Lastly the CVV."])).turn()
    u.say(f"Is that the {digit_by_digit(d[-3:])} at the end?").turn()
    u.say(rng.choice(["No, that's the end of the card number. It's the three digits on the back, by the signature.",
                      "Not that one, sorry, it's on the back of the card, three numbers on the strip."])).turn()
    u.say(rng.choice(["Oh, sorry. ", "Ah, right. It's "])).entity("CARD_SECURITY_CODE", digit_by_digit(code), code)
    return u.say(".")


def card_code_aside(fake: Faker, rng: random.Random) -> Said:
    """The code with the caller's aside in the middle of it ("seven four, hang on, I need my glasses, two"); the
    aside named for the reading."""
    amex = rng.random() < 0.3
    code = _digits(rng, 4 if amex else 3)
    aside = rng.choice(["hang on, I need my glasses", "sorry, it's rubbed off a bit",
                        "wait, let me tilt it to the light", "sorry, the print's tiny"])
    k = rng.randint(1, len(code) - 1)
    text = f"{digit_by_digit(code[:k])}, {aside}, {digit_by_digit(code[k:])}"
    u = Said().say("And the " + ("four digits on the front, above the number?" if amex else
                                 "three digits on the back?")).turn()
    return u.say(rng.choice(["Um, ", "Okay, ", ""])).entity("CARD_SECURITY_CODE", text, code, drop=(aside,)).say(".")


def card_code_beside_otp(fake: Faker, rng: random.Random) -> Said:
    """A chat where the customer has a one-time passcode from a text as well as the card's code; only the code on
    the card is labelled."""
    code, otp = security_code(rng), _digits(rng, 6)
    u = Said().say("Agent: " + rng.choice(["Please confirm the 3-digit security code on the back of the card.",
                                           "Can you type the CVV from the back of your card?"])).turn()
    u.say(rng.choice(["Customer: ", "Me: "]) + rng.choice(["ok its ", "sure, ", "the back says "]))
    u.entity("CARD_SECURITY_CODE", code, code)
    u.say(f". i also got a text with {otp}, do you need that?").turn()
    return u.say("Agent: " + rng.choice(["No, please never share that one-time code with anyone, including us.",
                                         "No thanks, keep the passcode to yourself."]))


def card_code_numeral_word_mix(fake: Faker, rng: random.Random) -> Said:
    """An engine writing some of the code's digits as numerals and some as words ("7 four 2")."""
    amex = rng.random() < 0.3
    code = _digits(rng, 4 if amex else 3)
    flags = [rng.random() < 0.5 for _ in code]
    flags[0], flags[-1] = True, False
    text = " ".join(c if f else UNITS["en"][int(c)] for c, f in zip(code, flags, strict=True))
    u = Said().say(rng.choice(["CVC?", "And the code on the " + ("front?" if amex else "back?")])).turn()
    return u.say(rng.choice(["Yeah, ", "It's ", ""])).entity("CARD_SECURITY_CODE", text, code).say(
        rng.choice([".", ""]))


def card_greek_expiry_code(fake: Faker, rng: random.Random) -> Said:
    """A Greek caller giving the expiry ("μηδέν τέσσερα, είκοσι εννέα") and the code digit by digit, in Greek."""
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["Πότε λήγει η κάρτα;", "Ημερομηνία λήξης;"])).turn()
    u.say(rng.choice(["Λήγει ", "", "Νομίζω "])).entity(
        "CARD_EXPIRY", f"{digit_by_digit(f'{month:02d}', 'el')}, {number(yy, 'el')}", f"{month:02d}{yy}", "el")
    u.say(".").turn().say(rng.choice(["Και ο κωδικός ασφαλείας στο πίσω μέρος;", "Και τα τρία ψηφία από πίσω;"]))
    u.turn().entity("CARD_SECURITY_CODE", digit_by_digit(code, "el"), code, "el")
    return u.say(rng.choice([".", ", ευχαριστώ."]))


# Phones ---------------------------------------------------------------------------------------------------------
def phone_german_runs(fake: Faker, rng: random.Random) -> Said:
    """A German mobile dictated with "zweimal die Sieben", "dreimal die Null" and "zwo"."""
    n = national("DE", rng)
    while not any(has_run(g) for g in cut(n, [4, 3, 2, 2, 2])):
        n = national("DE", rng)
    gs = cut(n, [4, 3, 2, 2, 2])
    u = Said().say(rng.choice(["Unter welcher Nummer erreiche ich Sie?", "Ihre Handynummer, bitte?"])).turn()
    u.say(rng.choice(["Die ist ", "Also, ", "Handy: "])).entity(
        "PHONE_NUMBER", ", ".join(de_runs(g, rng) for g in gs if g), n, "de")
    return u.say(rng.choice([".", ", ab 18 Uhr am besten.", ""]))


def phone_romanian(fake: Faker, rng: random.Random) -> Said:
    """A Romanian mobile in Romanian words: "zero șapte doi doi ..." or "plus patruzeci, șapte ..."."""
    code, trunk, nsn = phone_value("RO", rng)
    if rng.random() < 0.6:
        value = trunk + nsn
        text = ", ".join(digit_by_digit(g, "ro") for g in cut(value, [4, 3, 3]))
    else:
        value = code + nsn
        text = "plus patruzeci, " + ", ".join(digit_by_digit(g, "ro") for g in cut(nsn, [3, 3, 3]))
    u = Said().say(rng.choice(["Numărul meu de telefon este ", "Mă puteți suna la ", "Da, "]))
    return u.entity("PHONE_NUMBER", text, value, "ro").say(rng.choice([".", ", mulțumesc.", ""]))


def phone_hungarian(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian mobile typed as Hungarians write it ("06-30/123-4567", "+36 30 123 4567") or said with "nulla
    hat" and the network as a number ("harminc")."""
    code, trunk, nsn = phone_value("HU", rng)
    net, rest = nsn[:2], nsn[2:]
    form = rng.choice(["slash", "plus", "spaced", "said"])
    if form == "slash":
        text, value = f"06-{net}/{rest[:3]}-{rest[3:]}", trunk + nsn
    elif form == "plus":
        text, value = f"+36 {net} {rest[:3]} {rest[3:]}", code + nsn
    elif form == "spaced":
        text, value = f"06 {net} {rest[:3]} {rest[3:]}", trunk + nsn
    else:
        text = f"nulla hat, {number(int(net), 'hu')}, {digit_by_digit(rest[:3], 'hu')}, {in_pairs(rest[3:], 'hu')}"
        value = trunk + nsn
    u = Said().say(rng.choice(CHAT) + rng.choice(["A telefonszámom ", "Hívjon a ", "Mobil: "]))
    return u.entity("PHONE_NUMBER", text, value, "hu").say(rng.choice(["", " számon", ", köszönöm"]))


PHONE_SENTENCES = {
    "en": ("GB", "Call me on {p} after {t1}, I'm at work till then. It's {a} a month on this contract, by the way."),
    "es": ("ES", "Llámame al {p} a partir de las {h}, que hasta entonces trabajo; la factura son {a}."),
    "de": ("DE", "Rufen Sie mich bitte ab {h} Uhr unter {p} an, die Rechnung über {a} ist falsch."),
    "fr": ("FR", "Rappelez-moi au {p} après {h}h30, je travaille jusque-là ; le forfait est à {a}."),
    "it": ("IT", "Mi richiami al {p} dopo le {h}, la bolletta di {a} è sbagliata."),
}


def phone_sentence_times_amounts(fake: Faker, rng: random.Random) -> Said:
    """A callback number in a sentence with a time, an hour and a bill's amount around it, none of them labelled,
    in five languages."""
    lang = rng.choice(list(PHONE_SENTENCES))
    country, template = PHONE_SENTENCES[lang]
    _, trunk, nsn = phone_value(country, rng)
    n = trunk + nsn
    if country == "GB":
        p = f"{n[:5]} {n[5:]}"
    elif country == "FR":
        p = " ".join(cut(n, [2] * 5))
    elif country == "ES":
        p = f"{n[:3]} {' '.join(cut(n[3:], [2, 2, 2]))}"
    elif country == "DE":
        p = f"{n[:4]} {n[4:]}"
    else:
        p = f"{n[:3]} {n[3:]}"
    amount = {"en": f"£{rng.randint(15, 60)}", "es": f"{rng.randint(20, 90)},{rng.randint(10, 99)} €",
              "de": f"{rng.randint(20, 90)},{rng.randint(10, 99)} €", "fr": f"{rng.randint(10, 40)},99 €",
              "it": f"{rng.randint(20, 90)},{rng.randint(10, 99)} euro"}[lang]
    h = rng.randint(14, 19)
    head, tail = template.split("{p}")
    u = Said().say(rng.choice(CHAT) + head.format(t1=f"{h}:30", h=h, a=amount))
    return u.entity("PHONE_NUMBER", p, n, lang).say(tail.format(t1=f"{h}:30", h=h, a=amount))


def phone_slovak(fake: Faker, rng: random.Random) -> Said:
    """A Slovak mobile typed in a chat ("0905 123 456", "+421 905 123 456")."""
    code, trunk, nsn = phone_value("SK", rng)
    if rng.random() < 0.5:
        text, value = f"{trunk}{nsn[:3]} {nsn[3:6]} {nsn[6:]}", trunk + nsn
    else:
        text, value = f"+{code} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", code + nsn
    u = Said().say(rng.choice(CHAT) + rng.choice(["Moje číslo je ", "volajte na ", "tel.: "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", ", ďakujem", " (po 16:00)"]) + " "
                                                     + fake["sk_SK"].first_name())


def phone_glued_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, the callback number's words glued group by group ("ohsevensevenohoh
    nineohohonetwothree")."""
    country = rng.choice(["GB", "US", "CA", "AU", "NZ", "IE"])
    n = national(country, rng)
    sizes = [5, 6] if country == "GB" else [3, 3, 4] if country in ("US", "CA") else [4, 3, 3]
    text = " ".join(glued(g, rng) for g in cut(n, sizes))
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's {fake[PEOPLE_OF[country]].first_name()} about the boiler service can you ring me back on ",
        f"Hey this is {fake[PEOPLE_OF[country]].first_name()} returning your call my number is "])))
    return u.entity("PHONE_NUMBER", text, n).say(" " + rng.choice(["thanks", "cheers bye", "ta"]))


PEOPLE_OF = {"GB": "en_GB", "US": "en_US", "CA": "en_CA", "AU": "en_AU", "NZ": "en_NZ", "IE": "en_IE"}


def phone_compounds_apart(fake: Faker, rng: random.Random) -> Said:
    """A German, Dutch or Danish number in pairs, the engine writing each compound as words apart ("vier und
    zwanzig", "drie en veertig", "fem og tyve")."""
    lang, country = rng.choice([("de", "DE"), ("nl", "NL"), ("da", "DK")])
    n = national(country, rng)
    head = {"de": 4, "nl": 2, "da": 0}[lang]
    text = (digit_by_digit(n[:head], lang) + ", " if head else "") + pairs_apart(n[head:], lang)
    intro = {"de": "Meine Nummer ist ", "nl": "Mijn nummer is ", "da": "Mit nummer er "}[lang]
    u = Said().say(rng.choice(["[Transkript] ", "Kunde: ", ""]) + intro)
    return u.entity("PHONE_NUMBER", text, n, lang).say(".")


def phone_greek_words(fake: Faker, rng: random.Random) -> Said:
    """An Athens or Thessaloniki landline, or a mobile, said in Greek ("δύο ένα μηδέν, ...")."""
    country = rng.choice(["GR_FIXED", "GR"])
    _, _, nsn = phone_value(country, rng)
    gs = cut(nsn, [3, 3, 4])
    text = f"{digit_by_digit(gs[0], 'el')}, {digit_by_digit(gs[1], 'el')}, " + rng.choice(
        [in_pairs(gs[2], "el"), digit_by_digit(gs[2], "el")])
    u = Said().say(rng.choice(["Σε ποιο τηλέφωνο να σας καλέσουμε;", "Ένα τηλέφωνο επικοινωνίας;"])).turn()
    u.say(rng.choice(["Στο ", "Είναι ", ""])).entity("PHONE_NUMBER", text, nsn, "el")
    return u.say(rng.choice([".", ", ευχαριστώ.", ""]))


def phone_txt_speak(fake: Faker, rng: random.Random) -> Said:
    """A text in text-speak ("pls call me bk 2moro b4 10am on ..."), the shorthand's digits ("2moro", "b4", "l8r")
    not labelled."""
    country = rng.choice(["AU", "GB", "NZ", "IE", "US"])
    n = national(country, rng)
    shown = {"AU": f"{n[:4]} {n[4:7]} {n[7:]}", "GB": f"{n[:5]} {n[5:]}", "US": f"{n[:3]}-{n[3:6]}-{n[6:]}"}.get(
        country, n)
    u = Said().say(rng.choice(["SMS: ", "[text] ", ""]) + rng.choice([
        "pls call me bk 2moro b4 10am on ", "cn u ring me l8r on ", "hi its me, txt me wen ur free on "]))
    return u.entity("PHONE_NUMBER", shown, n).say(rng.choice([" thx", " ta", " cheers x", " 4 the booking"]))


def phone_country_code_mended(fake: Faker, rng: random.Random) -> Said:
    """A caller starting with the wrong country code and putting it right ("plus three four, no sorry, three five
    one, ..."); the slip named for the reading."""
    wrong, country = rng.choice([("34", "PT"), ("44", "IE"), ("49", "AT"), ("33", "BE"), ("31", "BE"), ("46", "NO")])
    code, _, nsn = phone_value(country, rng)
    slip = f"{digit_by_digit(wrong)}, {rng.choice(['no sorry', 'no wait', 'sorry, no'])},"
    text = f"plus {slip} {digit_by_digit(code)}, " + ", ".join(digit_by_digit(g) for g in cut(nsn, [3, 3, 3]))
    u = Said().say(rng.choice(["It's a foreign number, ", "My mobile's ", "Okay, "]))
    return u.entity("PHONE_NUMBER", text, code + nsn, drop=(slip,)).say(rng.choice([".", ", that's the one.", ""]))


# Addresses ------------------------------------------------------------------------------------------------------
def email_glued_dotcom(fake: Faker, rng: random.Random) -> Said:
    """An engine writing the caller's "dot com" as one word ("dotcom"), the name part as the caller's two names."""
    first, last, _ = local_part(fake, rng.choice(["en_US", "en_GB", "en_CA", "en_AU"]), rng)
    provider, tld = rng.choice([("gmail", "com"), ("yahoo", "com"), ("hotmail", "com"), ("aol", "com"),
                                ("comcast", "net"), ("verizon", "net"), ("earthlink", "net"), ("aarp", "org")])
    local, said_local = rng.choice([(f"{first}{last}", f"{first} {last}"), (f"{first}.{last}", f"{first} dot {last}"),
                                    (f"{first}{last}{rng.randint(1, 99)}", None)])
    address = f"{local}@{provider}.{tld}"
    if said_local is None:
        said_local = say_address(local, "en", {}, rng)
    u = Said().say(rng.choice(["email address is ", "yeah it's ", "so the email "]))
    return u.entity("EMAIL_ADDRESS", f"{said_local} at {provider} dot{tld}", address).say(
        rng.choice(["", " thanks", " all lowercase"]))


def email_greek_papaki(fake: Faker, rng: random.Random) -> Said:
    """A Greek caller's address with "παπάκι" ("duckling") for the sign and "τελεία" for the dot, the name in Latin
    letters, digits in Greek."""
    first = greek_latin(fake["el_GR"].first_name()) or "nikos"
    last = greek_latin(fake["el_GR"].last_name()) or "papas"
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(10, 99)}", f"{first}_{last}", f"{last}{first[0]}"])
    address = f"{local}@{rng.choice(['gmail.com', 'yahoo.gr', 'hotmail.com', 'otenet.gr', 'windowslive.com'])}"
    greek = rng.random() < 0.6
    words = {"@": "παπάκι" if greek else "papaki", ".": "τελεία" if greek else "teleia", "_": "κάτω παύλα",
             "-": "παύλα"}
    u = Said().say(rng.choice(["Το email μου είναι ", "Λοιπόν, ", "Γράψτε: "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "el", words, rng, "el"), address, "el").say(
        rng.choice([".", ", με μικρά.", ""]))


def email_hungarian_kukac(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian address with "kukac" ("worm") for the sign and "pont" for the dot, digits in Hungarian."""
    words = {"@": "kukac", ".": "pont", "_": "alulvonás", "-": "kötőjel"}
    while True:  # a name that is also a number word would be heard as the number
        _, _, local = local_part(fake, "hu_HU", rng)
        address = f"{local}@{rng.choice(['freemail.hu', 'citromail.hu', 'gmail.com', 'telekom.hu', 'outlook.hu'])}"
        text = say_address(address, "hu", words, rng, "hu")
        if email_reads(text, "hu") == address:
            break
    u = Said().say(rng.choice(["Az e-mail címem ", "Írja fel: ", "Szóval "]))
    return u.entity("EMAIL_ADDRESS", text, address, "hu").say(
        rng.choice([".", ", köszönöm.", ""]))


def email_romanian_a_rond(fake: Faker, rng: random.Random) -> Said:
    """A Romanian address with "a rond" for the sign, "punct" for the dot, "cratimă" for a dash."""
    words = {"@": rng.choice(["a rond", "arond"]), ".": "punct", "-": rng.choice(["cratimă", "liniuță"])}
    while True:  # a name that is also a number word ("Pătru", "patru") would be heard as the number
        _, _, local = local_part(fake, "ro_RO", rng)
        address = f"{local.replace('_', '-')}@{rng.choice(['yahoo.com', 'gmail.com', 'yahoo.ro', 'rdslink.ro'])}"
        text = say_address(address, "ro", words, rng, "ro")
        if email_reads(text, "ro") == address:
            break
    u = Said().say(rng.choice(["Adresa mea de email este ", "Deci, ", "Notați: "]))
    return u.entity("EMAIL_ADDRESS", text, address, "ro").say(
        rng.choice([".", ", mulțumesc.", ""]))


ORDER_EMAIL = {"en_GB": "pls send the invoice for order #{o} (£{a}) to {e} by the 15th, cheers",
               "en_US": "Can you email the receipt for order {o} (${a}) to {e}? Need it by Friday the 12th.",
               "de_DE": "Bitte die Rechnung zu Bestellung {o} über {a} € an {e} schicken, bis zum 15. Danke!",
               "nl_NL": "Graag de factuur van bestelling {o} (€ {a}) naar {e} sturen, vóór de 15e."}


def email_beside_order_amount(fake: Faker, rng: random.Random) -> Said:
    """An address typed in a message with an order number, an amount and a date, none labelled."""
    locale = rng.choice(list(ORDER_EMAIL))
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'web.de', 'ziggo.nl', 'yahoo.co.uk', 'icloud.com'])}"
    amount = f"{rng.randint(20, 400)}{'.' if locale.startswith('en') else ','}{rng.randint(10, 99)}"
    head, tail = ORDER_EMAIL[locale].split("{e}")
    o = str(rng.randint(10000, 99999))
    u = Said().say(rng.choice(CHAT) + head.format(o=o, a=amount)).entity("EMAIL_ADDRESS", address, address)
    return u.say(tail)


# IBANs ----------------------------------------------------------------------------------------------------------
def iban_romanian_said(fake: Faker, rng: random.Random) -> Said:
    """A Romanian IBAN read four at a time in Romanian, the bank's letters plain, numbers in words or pairs
    ("douăzeci și unu")."""
    iban = iban_value("RO", rng)
    u = Said().say(rng.choice(["IBAN-ul meu este ", "Contul, IBAN: ", "Vă dictez IBAN-ul: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "ro", rng, ["words", "words", "pairs"]), iban, "ro").say(
        rng.choice([".", ", mulțumesc.", ""]))


def iban_greek_said(fake: Faker, rng: random.Random) -> Said:
    """A Greek IBAN read in Greek, in pairs and digit by digit."""
    iban = iban_value("GR", rng)
    u = Said().say(rng.choice(["Το IBAN μου είναι ", "Σας λέω το IBAN: ", "Λοιπόν, "]))
    return u.entity("IBAN_CODE", iban_said(iban, "el", rng, ["pairs", "words"]), iban, "el").say(
        rng.choice([".", ", ευχαριστώ.", ""]))


INVOICE_IBAN = {
    "HU": "Kérem, utalja a {a} Ft-ot a {i} számlára, határidő 2026.12.{d}., számlaszám 2026/{r}.",
    "SK": "Prosím o úhradu {a},50 € na účet {i}, VS {r}, splatnosť {d}.12.2026.",
    "LT": "Prašome pervesti {a},00 EUR į sąskaitą {i}, sąskaitos nr. 2026-{r}, iki 12-{d}.",
    "LV": "Lūdzu pārskaitīt {a},00 EUR uz kontu {i}, rēķins nr. {r}, līdz {d}.12.2026.",
    "RO": "Vă rog să virați {a} lei în contul {i}, factura nr. {r} din {d}.11.2026.",
}


def iban_central_european_invoice(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian, Slovak, Lithuanian, Latvian or Romanian IBAN typed in an invoice's payment line, with the amount,
    the invoice number, a variable symbol and a due date around it, none labelled."""
    country = rng.choice(list(INVOICE_IBAN))
    iban = iban_value(country, rng)
    shown = rng.choice([" ".join(cut(iban, [4] * 8)), iban])
    head, tail = INVOICE_IBAN[country].split("{i}")
    f = {"a": rng.randint(12, 950) * (1000 if country == "HU" else 1), "d": rng.randint(10, 28),
         "r": rng.randint(100, 9999)}
    if country == "HU":
        f["a"] = f"{f['a'] // 1000} 000"
    greeting = {"HU": "Tisztelt Ügyfelünk!\n", "SK": "Dobrý deň,\n", "LT": "Laba diena,\n", "LV": "Labdien,\n",
                "RO": "Bună ziua,\n"}[country]
    u = Said().say(rng.choice(["", greeting]) + head.format(**f))
    who = {"HU": "hu_HU", "SK": "sk_SK", "LT": "lt_LT", "LV": "lv_LV", "RO": "ro_RO"}[country]
    return u.entity("IBAN_CODE", shown, iban).say(tail.format(**f) + "\n" + fake[who].name())


def iban_glued_german_digits(fake: Faker, rng: random.Random) -> Said:
    """A German voicemail as an engine writes it, each group's digit words glued ("dreisiebennullvier"), the check
    digits as a number."""
    iban = iban_value(rng.choice(["DE", "AT"]), rng)
    check = number(int(iban[2:4]), "de") if iban[2] != "0" else digit_by_digit(iban[2:4], "de")
    groups = ["".join(UNITS["de"][int(c)] for c in g) for g in cut(iban[4:], [4] * 6)]
    text = f"{iban[0].lower()} {iban[1].lower()} {check} " + " ".join(groups)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        "Hallo hier ist die Frau " + fake["de_DE"].last_name() + " wegen der Erstattung meine IBAN ist ",
        "Guten Tag ich möchte die Gutschrift bitte auf "])))
    return u.entity("IBAN_CODE", text, iban, "de").say(" " + rng.choice(["danke", "vielen dank wiederhören",
                                                                          "ja danke tschüss"]))


def iban_dutch_compounds_apart(fake: Faker, rng: random.Random) -> Said:
    """A Dutch IBAN in pairs, the engine writing each compound as words apart ("vier en dertig"), the bank's
    letters plain."""
    iban = iban_value("NL", rng)
    text = f"N L, {pair_apart(iban[2:4], 'nl')}, {' '.join(iban[4:8])}, {pairs_apart(iban[8:], 'nl')}"
    u = Said().say(rng.choice(["Mijn IBAN is ", "Het rekeningnummer, ", "Oké, "]))
    return u.entity("IBAN_CODE", text, iban, "nl").say(rng.choice([".", ", dank u.", ""]))


SMS_IBAN = ["xfa hazme la transfe de {a}€ a {i} q ya t lo devuelvo el finde, grax!",
            "ola! m pasas los {a}€ d la cena a {i}? xfa, bss",
            "toma mi iban x si acaso: {i} (ing) q no tngo bizum, {a}€ tb vale"]


def iban_spanish_sms_abbrev(fake: Faker, rng: random.Random) -> Said:
    """A Spanish text in shorthand ("xfa", "q", "tb", "bss"), the IBAN typed in it with an amount beside it."""
    iban = iban_value("ES", rng)
    shown = rng.choice([" ".join(cut(iban, [4] * 6)), iban, iban.lower()])
    head, tail = rng.choice(SMS_IBAN).split("{i}")
    a = rng.randint(8, 120)
    u = Said().say(rng.choice(["SMS: ", "[WhatsApp] ", ""]) + head.format(a=a))
    return u.entity("IBAN_CODE", shown, iban, "es").say(tail.format(a=a))


def iban_french_rib_fields(fake: Faker, rng: random.Random) -> Said:
    """A French IBAN dictated by the fields of the RIB: "FR76", the bank code as a number ("trente mille quatre"),
    the branch, the account, the key; each field labelled, read together."""
    iban = iban_value("FR", rng)
    head, bank, branch, account, key = iban[:4], iban[4:9], iban[9:14], iban[14:25], iban[25:]
    check = number(int(head[2:]), "fr") if head[2] != "0" else digit_by_digit(head[2:], "fr")
    u = Said().say(rng.choice(["Alors l'IBAN commence par ", "Ça commence par "])).entity(
        "IBAN_CODE", f"F R {check}", head, "fr")
    u.say(rng.choice([", ensuite le code banque ", ", puis la banque, "])).entity(
        "IBAN_CODE", fr_thousands(int(bank)), bank, "fr")
    u.say(rng.choice([", le code guichet ", ", le guichet "])).entity(
        "IBAN_CODE", digit_by_digit(branch, "fr"), branch, "fr")
    u.say(rng.choice([", le numéro de compte ", ", le compte "])).entity(
        "IBAN_CODE", in_pairs(account, "fr"), account, "fr")
    u.say(rng.choice([", et la clé ", ", clé RIB "])).entity(
        "IBAN_CODE", number(int(key), "fr") if key[0] != "0" else digit_by_digit(key, "fr"), key, "fr")
    return u.joint(5, iban).say(".")


def iban_two_turns_chatter(fake: Faker, rng: random.Random) -> Said:
    """The IBAN in two turns, the agent's question about the refund's amount and date between, answered with numbers
    (not labelled) before the caller goes on."""
    country = rng.choice(["DE", "NL", "IE", "BE", "FR", "GB"])
    iban = iban_value(country, rng)
    c = rng.choice(part_cuts(iban))
    typed = rng.random() < 0.5
    first = " ".join(cut(iban[:c], [4] * 9)) if typed else iban_said(iban[:c], "en", rng, ["words", "pairs"])
    rest = " ".join(cut(iban[c:], [4] * 9)) if typed else iban_said(iban[c:], "en", rng, ["words", "pairs"])
    amount = f"{rng.randint(10, 300)}.{rng.randint(10, 99)}"
    me, agent = rng.choice([("Customer: ", "Agent: "), ("Me: ", "Agent: "), ("Visitor: ", "Agent: ")]) if typed \
        else rng.choice([("Caller: ", "Agent: "), ("[caller] ", "[agent] ")])
    u = Said().say(me + rng.choice(["Refund to ", "IBAN: ", "It's "])).entity(
        "IBAN_CODE", first, iban[:c]).say("...").turn()
    u.say(f"{agent}Yes, go on. Is this for the {amount} from the {en_ordinal(rng.randint(2, 28))}?").turn()
    u.say(me + f"Yes, the {amount}. Then ")
    return u.entity("IBAN_CODE", rest, iban[c:]).joint(2, iban).say(".")


def iban_baltic_in_english(fake: Faker, rng: random.Random) -> Said:
    """A Lithuanian or Latvian IBAN read in English by a Baltic caller, letters plain or by NATO words."""
    iban = iban_value(rng.choice(["LT", "LV"]), rng)
    out = []
    for g in cut(iban, [4] * 6):
        out.append(" ".join((" ".join(NATO[ord(ch) - 65].capitalize() if rng.random() < 0.4 else ch for ch in p))
                            if p.isalpha() else render(p, "en", rng.choice(["words", "pairs"]), rng)
                            for p in re.findall(r"[A-Z]+|\d+", g)))
    u = Said().say(rng.choice(["My account is in " + ("Lithuania" if iban[:2] == "LT" else "Latvia") + ", the IBAN "
                               "is ", "Okay, IBAN, ", "So it's "]))
    return u.entity("IBAN_CODE", ", ".join(out), iban, "en+").say(rng.choice([".", ", thank you.", ""]))


def iban_polish_threes(fake: Faker, rng: random.Random) -> Said:
    """A Polish IBAN's twenty-four digits read in threes as hundreds ("sto dwadzieścia trzy")."""
    iban = iban_value("PL", rng)
    check = number(int(iban[2:4]), "pl") if iban[2] != "0" else digit_by_digit(iban[2:4], "pl")
    u = Said().say(rng.choice(["Numer konta: ", "Podaję IBAN: ", "To jest "]))
    return u.entity("IBAN_CODE", f"P L {check}, {in_threes(iban[4:], 'pl')}", iban, "pl").say(
        rng.choice([".", ", dziękuję.", ""]))


def iban_slovak_in_czech(fake: Faker, rng: random.Random) -> Said:
    """A Czech caller reading a Slovak account's IBAN in Czech, its digits in threes as hundreds."""
    iban = iban_value("SK", rng)
    check = number(int(iban[2:4]), "cs") if iban[2] != "0" else digit_by_digit(iban[2:4], "cs")
    u = Said().say(rng.choice(["Ten účet je slovenský, IBAN je ", "Slovenský IBAN: ", "Takže "]))
    return u.entity("IBAN_CODE", f"S K {check}, {in_threes(iban[4:], 'cs')}", iban, "cs").say(".")


def iban_engine_thousand_commas(fake: Faker, rng: random.Random) -> Said:
    """An engine writing each group it heard as a thousand with a comma ("DE89 3,704 0044 5,320"), a group with a
    nought in front as digits."""
    iban = iban_value(rng.choice(["DE", "GB", "IE", "FR", "BE", "AT"]), rng)
    gs = cut(iban, [4] * 9)
    parts = [gs[0]] + [f"{g[0]},{g[1:]}" if g.isdigit() and len(g) == 4 and g[0] != "0" else g for g in gs[1:]]
    u = Said().say(rng.choice(["The IBAN is ", "Okay, so it's ", "Yes. "]))
    return u.entity("IBAN_CODE", " ".join(parts), iban).say(rng.choice([".", "", ", thanks."]))


# SSNs -----------------------------------------------------------------------------------------------------------
def ssn_glued_words(fake: Faker, rng: random.Random) -> Said:
    """An engine gluing the SSN's digit words group by group ("fiveonetwo fortyfour sixtyseven eightynine"),
    lower-case, as a diarized transcript."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["[agent] and your social", "agent: social security number please"])).turn()
    u.say(rng.choice(["[caller] ", "caller: "]) + rng.choice(["sure its ", "yeah ", ""]))
    return u.entity("US_SSN", " ".join(glued(g, rng) for g in cut(v, [3, 2, 4])), v).say(
        rng.choice(["", " i think", " yep"]))


def ssn_tax_figures_around(fake: Faker, rng: random.Random) -> Said:
    """The SSN typed in a tax question with a W-2 box's dollars, a filing date and a refund around it, none
    labelled."""
    v = ssn_value(rng)
    wages = f"${rng.randint(21, 140)},{rng.randint(0, 999):03d}.{rng.choice(['00', '50', '17'])}"
    u = Said().say(rng.choice(CHAT) + rng.choice(["My SSN is ", "SSN: ", "ssn "]))
    u.entity("US_SSN", rng.choice([ssn_dashed(v), v, " ".join(cut(v, [3, 2, 4]))]), v)
    return u.say(f", W-2 box 1 shows {wages}, I filed on 04/{rng.randint(1, 15):02d}/2025 and the refund was "
                 f"${rng.randint(1, 3)},{rng.randint(100, 999)}. Why is it still pending?")


def ssn_last_four_on_file(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the last four on file (not labelled) and asks for the whole number, which the caller gives."""
    v = ssn_value(rng)
    u = Said().say(rng.choice([f"I have the last four as {digit_by_digit(v[5:])}. Can I get the full number to "
                               "verify?", f"The system shows a social ending in {v[5:]}, could you read me the whole "
                               "thing?"])).turn()
    text = rng.choice([", ".join(digit_by_digit(g, "en", "oh") for g in cut(v, [3, 2, 4])),
                       ", ".join(render(g, "en", rng.choice(["words", "pairs"]), rng) for g in cut(v, [3, 2, 4]))])
    return u.say(rng.choice(["Sure. ", "Okay, ", "Yeah, it's "])).entity("US_SSN", text, v).say(".")


def ssn_taglish_po(fake: Faker, rng: random.Random) -> Said:
    """A Filipino caller in Taglish, polite "po" around the number, the digits in English."""
    v = ssn_value(rng)
    u = Said().say(f"Can I have your Social Security number, {rng.choice(['Ms.', 'Mr.'])} "
                   f"{fake['en_PH'].last_name()}?").turn()
    u.say(rng.choice(["Yung SSN ko po ay ", "Sige po, ", "Ah, opo. Ito po: "]))
    u.entity("US_SSN", ", ".join(digit_by_digit(g, "en", rng.choice(["oh", "zero"])) for g in cut(v, [3, 2, 4])), v)
    return u.say(rng.choice([" po.", " po. Salamat.", ", po."]))


# Routing and account numbers ------------------------------------------------------------------------------------
def bank_txt_abbrev(fake: Faker, rng: random.Random) -> Said:
    """A text to payroll in shorthand ("rtng", "rt#", "acct", "thx"), the routing and account numbers typed."""
    aba, acct = aba_value(rng), account_value(rng)
    a, b, c = rng.choice([("pls update my dd: rtng ", " acct ", " thx"), ("new bank info - rt# ", " acc# ", " ty"),
                          ("direct dep chg: routing ", " / acct ", " tks")])
    u = Said().say(rng.choice(["SMS: ", "[text] ", ""]) + a).entity("ABA_ROUTING_NUMBER", aba, aba).say(b)
    return u.entity("US_BANK_NUMBER", acct, acct).say(c)


def bank_autopay_figures_around(fake: Faker, rng: random.Random) -> Said:
    """An autopay request with its amount, the day of the month and a start date around the account and routing
    numbers, only those labelled."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(CHAT) + f"Please set up autopay of ${rng.randint(40, 400)} on the "
                                      f"{en_ordinal(rng.randint(1, 28))} of each month from checking account ")
    u.entity("US_BANK_NUMBER", acct, acct).say(", routing ").entity("ABA_ROUTING_NUMBER", aba, aba)
    return u.say(f", starting {rng.randint(1, 12)}/1.")


def bank_glued_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, the routing and account numbers' words glued in threes."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's {fake['en_US'].first_name()} from shipping for the direct deposit the routing number is ",
        "Hey calling about my payroll change routing "])))
    u.entity("ABA_ROUTING_NUMBER", " ".join(glued(g, rng) for g in cut(aba, [3, 3, 3])), aba)
    u.say(" " + rng.choice(["and the account is ", "account number "]))
    return u.entity("US_BANK_NUMBER", " ".join(glued(g, rng) for g in cut(acct, [3] * 4)), acct).say(
        " " + rng.choice(["thanks", "bye"]))


def bank_routing_threes_confirmed(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the routing number; the agent checks it three digits at a time, a "yes" after each; the
    caller's and each of the agent's pieces labelled, the pieces read together."""
    aba = aba_value(rng)
    u = Said().say(rng.choice(["The routing number is ", "Routing's "])).entity(
        "ABA_ROUTING_NUMBER", digit_by_digit(aba, "en", rng.choice(["oh", "zero"])), aba).say(".").turn()
    for i, g in enumerate(cut(aba, [3, 3, 3])):
        u.say(["Let me check that. ", "Then ", "And "][i]).entity(
            "ABA_ROUTING_NUMBER", digit_by_digit(g, "en", "oh"), g)
        u.say("?").turn().say(rng.choice(["Yes.", "Yep.", "Correct."]))
        if i < 2:
            u.turn()
    return u.joint(3, aba)


# Dates of birth -------------------------------------------------------------------------------------------------
FIRST_SIGN = {"es": ("Fecha de nacimiento: ", "{d}º de {m} de {y}"),
              "pt": ("Data de nascimento: ", "{d}º de {m} de {y}"), "it": ("Data di nascita: ", "{d}° {m} {y}")}


def birth_first_of_month_sign(fake: Faker, rng: random.Random) -> Said:
    """A date of birth on the first of a month typed with the ordinal sign ("1º de marzo de 1984", "1° marzo
    1984")."""
    lang = rng.choice(list(FIRST_SIGN))
    born = dob_value(rng)
    if rng.random() < 0.75:
        born = born.replace(day=1)
    intro, fmt = FIRST_SIGN[lang]
    if born.day != 1:
        fmt = fmt.replace("º", "").replace("°", "")
    u = Said().say(rng.choice(CHAT) + intro)
    return u.entity("DATE_OF_BIRTH", fmt.format(d=born.day, m=MONTHS[lang][born.month - 1], y=born.year),
                    f"{born.day}{born.month}{born.year}", lang).say(rng.choice(["", "."]))


def birth_parent_and_child(fake: Faker, rng: random.Random) -> Said:
    """A booking for a child: the child's date of birth and age, then the parent's own date of birth; both dates
    labelled, the age not."""
    child, own = child_birth(rng), dob_value(rng)
    while own.year > child.year - 18:  # the parent old enough to be the child's
        own = dob_value(rng)
    who, he = rng.choice([("son", "he"), ("daughter", "she")])
    u = Said().say(f"It's for my {who}, {he}'s {number(2026 - child.year)}, born on the ")
    u.entity("DATE_OF_BIRTH", f"{en_ordinal(child.day)} of {MONTHS['en'][child.month - 1]} {en_year(child.year, rng)}",
             f"{child.day}{child.month}{child.year}")
    u.say(". " + rng.choice(["The account's in my name, though. Mine is ", "And I'm the account holder, I was born "]))
    u.entity("DATE_OF_BIRTH", f"{MONTHS['en'][own.month - 1]} {en_ordinal(own.day)}, {en_year(own.year, rng)}",
             f"{own.month}{own.day}{own.year}")
    return u.say(".")


def el_day(n: int) -> str:
    """A day of the month in Greek, feminine as a date's day is ("τρεις", "δεκατέσσερις", "είκοσι τρεις")."""
    return {3: "τρεις", 4: "τέσσερις", 13: "δεκατρείς", 14: "δεκατέσσερις", 23: "είκοσι τρεις",
            24: "είκοσι τέσσερις"}.get(n) or number(n, "el")


def birth_greek_words(fake: Faker, rng: random.Random) -> Said:
    """A Greek caller's date of birth in words ("δώδεκα Μαρτίου χίλια εννιακόσια ογδόντα τέσσερα"), or typed."""
    born = dob_value(rng)
    if rng.random() < 0.7:
        day = "πρώτη" if born.day == 1 else el_day(born.day)
        text = f"{day} {MONTHS['el'][born.month - 1]} {year_words(born.year, 'el')}"
        value = f"{born.day}{born.month}{born.year}"
    else:
        text = f"{born.day:02d}/{born.month:02d}/{born.year}"
        value = re.sub(r"\D", "", text)
    u = Said().say(rng.choice(["Γεννήθηκα στις ", "Ημερομηνία γέννησης: ", "Είμαι γεννημένη στις "]))
    return u.entity("DATE_OF_BIRTH", text, value, "el").say(".")


def birth_romanian_words(fake: Faker, rng: random.Random) -> Said:
    """A Romanian caller's date of birth in words ("doisprezece martie o mie nouă sute optzeci și patru"), the first
    "întâi"."""
    born = dob_value(rng)
    day = "întâi" if born.day == 1 else number(born.day, "ro")
    text = f"{day} {MONTHS['ro'][born.month - 1]} {year_words(born.year, 'ro')}"
    u = Said().say(rng.choice(["Data nașterii?", "Și data nașterii, vă rog?"])).turn()
    u.say(rng.choice(["M-am născut pe ", "Pe ", ""]))
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "ro").say(".")


def birth_hungarian_year_first(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian date of birth, year first as Hungarians write it ("1984. március 12-én", "1984.03.12."); the
    case ending ("-én") and the closing dot outside the label."""
    born = dob_value(rng)
    text, value, after = rng.choice([
        (f"{born.year}. {MONTHS['hu'][born.month - 1]} {born.day}", f"{born.year}{born.month}{born.day}",
         rng.choice(["-én", "."])),
        (f"{born.year}.{born.month:02d}.{born.day:02d}", f"{born.year}{born.month:02d}{born.day:02d}", "."),
        (f"{born.year}-{born.month:02d}-{born.day:02d}", f"{born.year}{born.month:02d}{born.day:02d}", "")])
    intro = "Születtem " if after == "-én" else rng.choice(["Születési dátum: ", "szül.: ", "Születési idő: "])
    u = Said().say(rng.choice(CHAT) + intro)
    return u.entity("DATE_OF_BIRTH", text, value, "hu").say(after)


def birth_glued_year(fake: Faker, rng: random.Random) -> Said:
    """A voicemail engine gluing the year's words ("nineteeneightyfour") and an ordinal's ("twentyfirst")."""
    born = dob_value(rng)
    while born.year >= 2000:
        born = dob_value(rng)
    year = en_year(born.year, rng).replace(" ", "").replace("-", "")
    day = en_ordinal(born.day).replace("-", "")
    month = MONTHS["en"][born.month - 1].lower()
    text, value = rng.choice([(f"{month} {day} {year}", f"{born.month}{born.day}{born.year}"),
                              (f"{day} of {month} {year}", f"{born.day}{born.month}{born.year}")])
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's {fake['en_GB'].name()} about my repeat prescription date of birth ",
        "Hello I'm ringing about my appointment my date of birth is "])))
    return u.entity("DATE_OF_BIRTH", text, value).say(" " + rng.choice(["thanks", "bye now", "cheers"]))


def birth_agent_checks_each_part(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the date of birth; the agent checks it a part at a time ("The twelfth?" "Yes." "Of March?"
    ...); the caller's and each of the agent's parts labelled, the parts read together."""
    born = dob_value(rng)
    u = Said().say(rng.choice(["It's the ", "The "])).entity(
        "DATE_OF_BIRTH", f"{en_ordinal(born.day)} of {MONTHS['en'][born.month - 1]} {born.year}",
        f"{born.day}{born.month}{born.year}").say(".").turn()
    u.say("The ").entity("DATE_OF_BIRTH", en_ordinal(born.day), str(born.day)).say("?").turn().say(
        rng.choice(["Yes.", "Mm-hm."])).turn()
    u.say("Of ").entity("DATE_OF_BIRTH", MONTHS["en"][born.month - 1], str(born.month)).say("?").turn().say(
        rng.choice(["Yes.", "That's it."])).turn()
    year = rng.choice([str(born.year), en_year(born.year, rng)])
    u.entity("DATE_OF_BIRTH", year, str(born.year)).say("?").turn().say(rng.choice(["That's right.", "Yes."]))
    return u.joint(3, f"{born.day}{born.month}{born.year}")


def pt_br(n: int) -> str:
    return number(n, "pt").replace("dezasseis", "dezesseis").replace("dezassete", "dezessete").replace(
        "dezanove", "dezenove")


def birth_brazilian_dia(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian caller's "nasci dia 12 de março de 84": the day after "dia" (outside), the year in two digits,
    said or typed."""
    born = dob_value(rng)
    while born.year % 100 < 10:
        born = dob_value(rng)
    yy, mes = born.year % 100, MONTHS["pt"][born.month - 1]
    text, value = rng.choice([
        (f"{born.day} de {mes} de {yy}", f"{born.day}{born.month}{yy}"),
        (f"{'primeiro' if born.day == 1 else pt_br(born.day)} de {mes} de {pt_br(yy)}", f"{born.day}{born.month}{yy}"),
        (f"{born.day:02d}/{born.month:02d}/{yy}", f"{born.day:02d}{born.month:02d}{yy}")])
    u = Said().say(f"{fake['pt_BR'].first_name()}, " + rng.choice(["qual a sua data de nascimento?",
                                                                    "e a data de nascimento?"])).turn()
    u.say(rng.choice(["Nasci dia ", "Dia ", "É dia "])).entity("DATE_OF_BIRTH", text, value, "pt")
    return u.say(rng.choice([".", ", tá?", ""]))


def birth_polish_genitive(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller's date of birth as Poles say it, day and year as ordinals in the genitive ("dwunastego marca
    tysiąc dziewięćset osiemdziesiątego czwartego roku")."""
    born = dob_value(rng)
    text = f"{pl_ordinal(born.day)} {MONTHS['pl'][born.month - 1]} {pl_year(born.year)}"
    female = rng.random() < 0.5
    who = f"Pani {fake['pl_PL'].last_name_female()}" if female else f"Panie {fake['pl_PL'].last_name_male()}"
    u = Said().say(f"{who}, " + rng.choice(["data urodzenia?", "proszę podać datę urodzenia."])).turn()
    u.say(rng.choice(["Urodziłam się " if female else "Urodziłem się ", ""]))
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "pl").say(
        rng.choice([" roku.", "."]))


def birth_czech_genitive(fake: Faker, rng: random.Random) -> Said:
    """A Czech caller's date of birth, the day as an ordinal in the genitive, "roku" before the year at times, the
    year said from the thousand or, as people say it, by its hundreds ("devatenáct set")."""
    born = dob_value(rng)
    text = f"{cs_ordinal(born.day)} {MONTHS['cs'][born.month - 1]} {rng.choice(['', 'roku '])}" \
           f"{cs_year(born.year, rng.random() < 0.5)}"
    female = rng.random() < 0.5  # "paní Nováková" as it is; a man addressed without his name (it takes the vocative)
    ask = f"Paní {fake['cs_CZ'].last_name_female()}, " + rng.choice(["datum narození?", "a vaše datum narození?"]) \
        if female else rng.choice(["Děkuji. A vaše datum narození, pane?", "Datum narození, prosím?"])
    u = Said().say(ask).turn()
    u.say(rng.choice(["Narodila jsem se " if female else "Narodil jsem se ", ""]))
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "cs").say(".")


# National insurance numbers -------------------------------------------------------------------------------------
def nino_payroll_figures(fake: Faker, rng: random.Random) -> Said:
    """The NINO typed in a payroll question with the tax code ("1257L"), the pay and the tax week around it, none
    labelled."""
    v = nino_value(rng)
    u = Said().say(rng.choice(CHAT) + rng.choice(["My NI number's ", "NI no ", "NINO: "]))
    u.entity("UK_NINO", rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", v.lower()]), v)
    return u.say(f", tax code {rng.choice(['1257L', 'BR', '1185L', 'K497', '0T'])}, I'm paid £{rng.randint(1, 3)},"
                 f"{rng.randint(100, 999)}.{rng.randint(10, 99)} a month and it's week {rng.randint(20, 40)}. "
                 "Am I on emergency tax?")


NINO_HOMOPHONES = {"B": "bee", "C": "sea", "G": "gee", "I": "eye", "J": "jay", "K": "kay", "P": "pea", "Q": "queue",
                   "R": "are", "T": "tea", "U": "you", "Y": "why", "X": "ex"}


def nino_word_homophones(fake: Faker, rng: random.Random) -> Said:
    """An engine writing the NINO's letters as the everyday words they sound like ("jay sea", "are", "why", "tea")."""
    v = nino_value(rng)
    while not any(c in NINO_HOMOPHONES for c in v[:2] + v[8]):
        v = nino_value(rng)

    def letter(c: str) -> str:
        return NINO_HOMOPHONES.get(c, c.lower())
    digits = rng.choice([digit_by_digit(v[2:8], "en", "oh"), " ".join(cut(v[2:8], [2, 2, 2])), in_pairs(v[2:8])])
    u = Said().say(rng.choice(["national insurance number", "and your ni number"])).turn()
    return u.say(rng.choice(["yeah its ", "its ", ""])).entity(
        "UK_NINO", f"{letter(v[0])} {letter(v[1])} {digits} {letter(v[8])}", v, "en+").say(rng.choice(["", " yeah"]))


def nino_p60_hunt_between(fake: Faker, rng: random.Random) -> Said:
    """The NINO's letters and first digits, then the caller hunting for a P60 (a year and a form's name said), then
    the rest; each part labelled, read together."""
    v = nino_value(rng)
    k = rng.choice([4, 6])
    u = Said().say(rng.choice(["It starts ", "Okay, "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {digit_by_digit(v[2:k], 'en', 'oh')}", v[:k])
    u.say(f"... hang on, it's on my P60, I've got the {rng.randint(2019, 2025)} one here somewhere.").turn()
    u.say(rng.choice(["No problem.", "Take your time."])).turn()
    u.say(rng.choice(["Right, got it. ", "Here we go. "])).entity(
        "UK_NINO", f"{digit_by_digit(v[k:8], 'en', 'oh')}, {v[8]}", v[k:])
    return u.joint(2, v).say(".")


# DNIs, NIEs -----------------------------------------------------------------------------------------------------
def dni_beside_policy_figures(fake: Faker, rng: random.Random) -> Said:
    """An insurance form with the DNI among the policy number, the premium and the start date, none of those
    labelled."""
    v = dni_value(rng)
    shown = rng.choice([v, f"{v[:8]}-{v[8]}", f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}"])
    u = Said().say(f"Nombre: {fake['es_ES'].name()}\nDNI: ").entity("ES_NIF", shown, v, "es")
    return u.say(f"\nNº de póliza: {rng.randint(1000, 9999)}-{rng.randint(100, 999)}\nImporte: "
                 f"{rng.randint(20, 90)},{rng.randint(10, 99)} €\nFecha de efecto: 01/01/2027")


def dni_sms_abbrev(fake: Faker, rng: random.Random) -> Said:
    """A Spanish text in shorthand ("m dni s", "xfa", "q", "grax") with the DNI typed in it."""
    v = dni_value(rng)
    head, tail = rng.choice([("hola, m dni s ", " xfa cambiadme la dire, grax"),
                             ("dni: ", " q s m olvidó ayer, bss"), ("ok, el dni es ", " x si lo necesitas tb")])
    u = Said().say(rng.choice(["SMS: ", "[WhatsApp] ", ""]) + head)
    return u.entity("ES_NIF", rng.choice([v, v.lower(), f"{v[:8]} {v[8]}"]), v, "es").say(tail)


def dni_wallet_between(fake: Faker, rng: random.Random) -> Said:
    """The DNI's first digits, the caller getting the card out of a wallet (with "tres tarjetas" said), the rest and
    the letter; each part labelled, read together."""
    v = dni_value(rng)
    u = Said().say(rng.choice(["Es el ", "Pues "])).entity("ES_NIF", in_pairs(v[:4], "es"), v[:4], "es")
    u.say("... espere, que lo tengo en la cartera con otras tres tarjetas, un segundo.").turn()
    u.say(rng.choice(["Sin prisa.", "Tranquilo."])).turn().say(rng.choice(["Ya está: ", "Vale, "]))
    u.entity("ES_NIF", f"{in_pairs(v[4:8], 'es')}, {rng.choice(['la letra ', 'letra ', ''])}{v[8]}", v[4:], "es")
    return u.joint(2, v).say(".")


def nie_romanian_resident(fake: Faker, rng: random.Random) -> Said:
    """A Romanian living in Spain starting the NIE's digits in Romanian and going on in Spanish."""
    v = nie_value(rng)
    k = rng.randint(2, 5)
    text = f"{v[0]}, {digit_by_digit(v[1:1 + k], 'ro')}, {rng.choice(['o sea,', 'pues', 'deci', 'eh,'])} " \
           f"{digit_by_digit(v[1 + k:8], 'es')}, {v[8]}"
    u = Said().say(rng.choice(["Mi NIE, NIE-ul meu, es ", "Vale, el NIE: ", "Da, "]))
    return u.entity("ES_NIE", text, v, "ro&es").say(rng.choice([".", ", gracias.", ""]))


def nie_tie_expiry_and_file(fake: Faker, rng: random.Random) -> Said:
    """An immigration message with the NIE among the card's expiry, the file number and an appointment, none of
    those labelled."""
    v = nie_value(rng)
    u = Said().say(rng.choice(["Hola, ", ""]) + "mi NIE es ").entity("ES_NIE", v, v, "es")
    return u.say(f", la TIE caduca el {rng.randint(1, 12):02d}/{rng.randint(2027, 2031)}, nº de expediente "
                 f"{rng.choice(['28', '08', '46'])}/{rng.randint(100000, 999999)}/2026 y tengo cita el "
                 f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} a las {rng.randint(9, 13)}:30.")


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_group_confirmed_oui(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the NIR; the agent checks it in four pieces, a "oui" after each, the key last ("Et la clé,
    soixante-dix-huit ?"); the caller's and each of the agent's pieces labelled, the pieces read together."""
    v = nir_value(rng)
    gs = nir_groups_said(v)
    u = Said().say(rng.choice(["C'est le ", "Alors, "])).entity("FR_NIR", ", ".join(gs), v, "fr").say(".").turn()
    pieces = [(", ".join(gs[:3]), v[:5], "Donc "), (", ".join(gs[3:5]), v[5:10], "Puis "),
              (gs[5], v[10:13], "Ensuite "), (gs[6], v[13:], "Et la clé, ")]
    for i, (text, value, head) in enumerate(pieces):
        u.say(head).entity("FR_NIR", text, value, "fr").say(" ?").turn().say(rng.choice(["Oui.", "C'est ça.", "Oui."]))
        if i < 3:
            u.turn()
    return u.joint(4, v)


def nir_beside_reimbursement(fake: Faker, rng: random.Random) -> Said:
    """A complaint to the CPAM with the NIR among a reimbursement's amounts, a consultation's date and a file
    number, none of those labelled."""
    v = nir_value(rng)
    shown = rng.choice([v, " ".join(cut(v, [1, 2, 2, 2, 3, 3, 2]))])
    u = Said().say(rng.choice(["Bonjour, ", "Madame, Monsieur, "]) + "mon n° de sécu est ")
    u.entity("FR_NIR", shown, v, "fr")
    return u.say(f". J'ai été remboursé {rng.randint(10, 30)},{rng.randint(10, 99)} € au lieu de "
                 f"{rng.randint(31, 60)} € pour la consultation du {rng.randint(1, 28):02d}/11/2026, dossier "
                 f"2026-{rng.randint(1000, 9999)}.")


def nir_septante_nonante(fake: Faker, rng: random.Random) -> Said:
    """A Belgian or Swiss caller working in France reading the NIR with "septante", "huitante", "nonante"."""
    lang = rng.choice(["fr_be", "fr_ch"])
    v = nir_value(rng)
    country = "belge" if lang == "fr_be" else "suisse"
    u = Said().say(f"{fake['fr_BE' if lang == 'fr_be' else 'fr_CH'].name()} à l'appareil. ")
    u.say(rng.choice([f"Je suis {country} mais je travaille en France, mon numéro de sécu c'est ",
                               "Le numéro de sécurité sociale, c'est le "]))
    return u.entity("FR_NIR", ", ".join(nir_groups_said(v, lang)), v, lang).say(rng.choice([".", ", voilà.", ""]))


def nir_english_expat(fake: Faker, rng: random.Random) -> Said:
    """An English speaker in France reading the NIR in English by its printed groups."""
    v = nir_value(rng)
    parts = [in_pairs(g) if len(g) == 2 else digit_by_digit(g, "en", "oh") for g in cut(v, [1, 2, 2, 2, 3, 3, 2])]
    u = Said().say(rng.choice(["My French social security number, the numéro de sécu, is ", "The carte Vitale says ",
                               "Okay, it's "]))
    return u.entity("FR_NIR", ", ".join(parts), v).say(rng.choice([".", ", with the key at the end.", ""]))


def nir_dotted_sms(fake: Faker, rng: random.Random) -> Said:
    """A French text in shorthand ("bjr", "stp", "mrc") with the NIR typed with dots, or the key after a slash."""
    v = nir_value(rng)
    gs = cut(v, [1, 2, 2, 2, 3, 3, 2])
    shown = rng.choice([".".join(gs), " ".join(gs[:6]) + " / " + gs[6], "".join(gs[:6]) + " " + gs[6]])
    head, tail = rng.choice([("bjr, n° sécu: ", " mrc"), ("voilà mon num de sécu stp ", " bonne journée"),
                             ("sécu : ", " (clé à la fin)")])
    u = Said().say(rng.choice(["SMS : ", ""]) + head)
    return u.entity("FR_NIR", shown, v, "fr").say(tail)


def nir_children_attached(fake: Faker, rng: random.Random) -> Said:
    """A parent giving the NIR the children are attached to and a daughter's date of birth in words; both
    labelled."""
    child = child_birth(rng)
    v = nir_value(rng, child - timedelta(days=rng.randrange(365 * 20, 365 * 45)))  # the parent born 20-45 years before
    day = "premier" if child.day == 1 else number(child.day, "fr")
    u = Said().say("Mes enfants sont rattachés à mon numéro, le ").entity("FR_NIR", ", ".join(nir_groups_said(v)), v,
                                                                          "fr")
    u.say(". " + rng.choice(["Ma fille est née le ", "Mon fils est né le "]))
    u.entity("DATE_OF_BIRTH", f"{day} {MONTHS['fr'][child.month - 1]} {year_words(child.year, 'fr')}",
             f"{child.day}{child.month}{child.year}", "fr")
    return u.say(".")


def cf_di_per_dictation(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale dictated the Italian way with "di" and "per" as well as "come" ("R di Roma, S per Savona"),
    digits in Italian."""
    v = cf_value(fake, rng)
    city = {w[0]: w for w in ALPHABETS["it"]}
    parts = [f"{c} {rng.choice(['di', 'per', 'come'])} {city[c]}" if c.isalpha() and rng.random() < 0.7 else
             c if c.isalpha() else UNITS["it"][int(c)] for c in v]
    u = Said().say(rng.choice(["Le detto il codice fiscale: ", "Allora, ", "Codice fiscale: "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "it+").say(rng.choice([".", ", grazie.", ""]))


def cf_tessera_figures(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale typed in a pharmacy chat with the health card's twenty-digit number, its expiry and a
    prescription charge, none of those labelled."""
    v = cf_value(fake, rng)
    shown = rng.choice([v, v.lower(), f"{v[:3]} {v[3:6]} {v[6:11]} {v[11:]}"])
    u = Said().say(rng.choice(CHAT) + "Codice fiscale ").entity("IT_FISCAL_CODE", shown, v, "it")
    return u.say(f", tessera sanitaria n. 80380{_digits(rng, 15)} scad. 31/12/{rng.randint(2027, 2031)}, ticket "
                 f"{rng.randint(2, 40)},{rng.randint(10, 99)} €.")


def cf_wallet_between(fake: Faker, rng: random.Random) -> Said:
    """The codice fiscale's six letters, the caller fetching the health card (two cards said), then the rest; each
    part labelled, read together."""
    v = cf_value(fake, rng)
    u = Said().say(rng.choice(["Allora, ", "Sì, "])).entity("IT_FISCAL_CODE", f"{' '.join(v[:3])}, {' '.join(v[3:6])}",
                                                             v[:6], "it")
    u.say("... aspetti che prendo la tessera, ne ho due nel portafoglio.").turn()
    u.say(rng.choice(["Prego, faccia pure.", "Nessun problema."])).turn().say(rng.choice(["Eccola: ", "Allora: "]))
    rest = " ".join(digit_by_digit(p, "it") if p.isdigit() else p for p in re.findall(r"\d+|[A-Z]", v[6:]))
    return u.entity("IT_FISCAL_CODE", rest, v[6:], "it").joint(2, v).say(".")


def cf_blocks_confirmed(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the codice fiscale; the agent checks it in four blocks, a "sì" after each; the caller's and
    each of the agent's blocks labelled, the blocks read together."""
    v = cf_value(fake, rng)

    def said_(part: str) -> str:
        return " ".join(digit_by_digit(p, "it") if p.isdigit() else " ".join(p) for p in re.findall(r"\d+|[A-Z]+",
                                                                                                    part))
    u = Said().say(rng.choice(["È ", "Il codice è "])).entity("IT_FISCAL_CODE", said_(v), v, "it").say(".").turn()
    blocks = [v[:3], v[3:6], v[6:11], v[11:]]
    for i, b in enumerate(blocks):
        u.say(["Allora, ", "Poi ", "", "E infine "][i]).entity("IT_FISCAL_CODE", said_(b), b, "it").say("?").turn()
        u.say(rng.choice(["Sì.", "Esatto.", "Sì, sì."]))
        if i < 3:
            u.turn()
    return u.joint(4, v)


def cf_south_tyrol_german(fake: Faker, rng: random.Random) -> Said:
    """A South Tyrolean reading the codice fiscale in German, letters plain, "wie" a German spelling word or the
    word alone, digits in German."""
    v = cf_value(fake, rng)
    alpha = {w[0]: w for w in ALPHABETS["de"]}

    def letter(c: str) -> str:
        return rng.choice([c, f"{c} wie {alpha[c]}", alpha[c]])
    parts = [letter(c) if c.isalpha() else UNITS["de"][int(c)] for c in v]
    u = Said().say(rng.choice(["Die Steuernummer, also der Codice fiscale, ist ", "Meine Steuernummer: ", "Also: "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "de+").say(rng.choice([".", ", danke.", ""]))


def cf_spanish_letter_names(fake: Faker, rng: random.Random) -> Said:
    """A Spanish speaker living in Italy reading the codice fiscale with Spanish letter names ("erre, ese, ese, eme")
    and Spanish digits."""
    v = cf_value(fake, rng)
    names = {}
    for name_, letter_ in LETTER_NAMES["es"].items():
        if len(name_) > 1 and letter_ not in names and name_ not in ("ye", "de"):  # "de" is also "of"
            names[letter_] = name_
    parts = [names.get(c, c) if c.isalpha() else UNITS["es"][int(c)] for c in v]
    u = Said().say(rng.choice(["Mi codice fiscale es ", "El código fiscal italiano: ", "Vale, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "es+").say(rng.choice([".", ", gracias.", ""]))


def cf_numbers_whole(fake: Faker, rng: random.Random) -> Said:
    """The codice fiscale's numbers said whole: the year and day as numbers, the town's code as a hundred
    ("novecentoquarantaquattro")."""
    v = cf_value(fake, rng)

    def two(g: str) -> str:
        return number(int(g), "it") if g[0] != "0" else digit_by_digit(g, "it")
    text = f"{' '.join(v[:3])}, {' '.join(v[3:6])}, {two(v[6:8])}, {v[8]}, {two(v[9:11])}, {v[11]}, " \
           f"{hundreds(int(v[12:15]), 'it')}, {v[15]}"
    u = Said().say(rng.choice(["Il codice fiscale è ", "Allora, ", "Dunque: "]))
    return u.entity("IT_FISCAL_CODE", text, v, "it").say(rng.choice([".", ""]))


def bsn_compounds_apart(fake: Faker, rng: random.Random) -> Said:
    """A BSN in pairs, the engine writing each compound as words apart ("drie en veertig")."""
    v = bsn_value(rng)
    text = rng.choice([f"{digit_by_digit(v[0], 'nl')}, {pairs_apart(v[1:], 'nl')}",
                       f"{pairs_apart(v[:8], 'nl')}, {digit_by_digit(v[8], 'nl')}"])
    u = Said().say(rng.choice(["Mijn BSN is ", "Het burgerservicenummer: ", "Oké, "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice([".", ""]))


def bsn_beside_allowance_figures(fake: Faker, rng: random.Random) -> Said:
    """A BSN typed in a message about an allowance, with a start date, a monthly amount, a postcode and a house
    number around it, none of those labelled."""
    v = bsn_value(rng)
    shown = rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    u = Said().say(rng.choice(CHAT) + "Mijn BSN is ").entity("NL_BSN", shown, v, "nl")
    return u.say(f". Ik krijg sinds 01-{rng.randint(1, 12):02d}-{rng.randint(2022, 2025)} € {rng.randint(40, 400)} "
                 f"zorgtoeslag per maand, postcode {rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'TX', 'RS'])}, "
                 f"huisnummer {rng.randint(1, 200)}.")


def bsn_threes_ja(fake: Faker, rng: random.Random) -> Said:
    """The caller gives the BSN; the agent checks it three digits at a time, a "ja" after each; the caller's and
    each of the agent's pieces labelled, the pieces read together."""
    v = bsn_value(rng)
    u = Said().say("Het is ").entity("NL_BSN", digit_by_digit(v, "nl"), v, "nl").say(".").turn()
    for i, g in enumerate(cut(v, [3, 3, 3])):
        u.say(["Dus ", "Dan ", "En "][i]).entity("NL_BSN", digit_by_digit(g, "nl"), g, "nl").say("?").turn()
        u.say(rng.choice(["Ja.", "Klopt.", "Ja, ja."]))
        if i < 2:
            u.turn()
    return u.joint(3, v)


def bsn_polish_worker(fake: Faker, rng: random.Random) -> Said:
    """A Polish worker in the Netherlands reading the BSN in Polish; the agent reads it back in Dutch; both
    labelled."""
    v = bsn_value(rng)
    u = Said().say(rng.choice(["Mój BSN, mijn BSN, to ", "BSN: ", "Tak, "])).entity(
        "NL_BSN", ", ".join(digit_by_digit(g, "pl") for g in cut(v, [3, 3, 3])), v, "pl").say(".").turn()
    u.say(rng.choice(["Dus ", "Even herhalen: "])).entity(
        "NL_BSN", rng.choice([digit_by_digit(v, "nl"), f"{v[:3]} {v[3:6]} {v[6:]}"]), v, "nl")
    return u.say("?").turn().say(rng.choice(["Tak, ja.", "Ja, dank u.", "Ja."]))


def bsn_dutch_sms_abbrev(fake: Faker, rng: random.Random) -> Said:
    """A Dutch text in shorthand ("mn", "vr", "ff", "gr", "idd") with the BSN typed in it."""
    v = bsn_value(rng)
    head, tail = rng.choice([("hoi, mn bsn is ", " vr de aanvraag, gr "), ("ff mn bsn: ", " idd, die van mn vriendin "
                                                                           "heb je al. gr "),
                             ("bsn ", " (vr de toeslag) groetjes ")])
    u = Said().say(rng.choice(["SMS: ", "[WhatsApp] ", ""]) + head)
    u.entity("NL_BSN", rng.choice([v, f"{v[:3]} {v[3:6]} {v[6:]}"]), v, "nl")
    return u.say(tail + fake["nl_NL"].first_name())


def bsn_threes_as_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A BSN in threes, each said as a hundred in one word ("honderddrieëntwintig", "vierhonderdzesenvijftig")."""
    v = bsn_value(rng)
    text = ", ".join(nl_hundreds(int(g)) if g[0] != "0" else digit_by_digit(g, "nl") for g in cut(v, [3, 3, 3]))
    u = Said().say(rng.choice(["Mijn BSN? ", "Het BSN is ", "Goed, "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice([".", ", alstublieft.", ""]))


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def _tax_code_payroll(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Is my tax code right?", "Why has my pay gone down?"]),
            rng.choice([f"My tax code's {rng.choice(['1257L', '1185L', 'K497', 'BR', 'D0'])}, week "
                        f"{rng.randint(1, 52)}, and I got £{rng.randint(1, 3)},{rng.randint(100, 999)}."
                        f"{rng.randint(10, 99)} this month.",
                        f"It says tax code {rng.randint(1000, 1300)}L M1 on the payslip, payroll number "
                        f"{rng.randint(100000, 999999)}, period {rng.randint(1, 12):02d}.",
                        f"My P45 says {rng.choice(['0T', 'BR', '1257L W1'])} and the leaving date is "
                        f"{rng.randint(1, 28)}/{rng.randint(1, 12)}/2026."])]


def _bank_app_notifications(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"[Push] Payment of €{rng.randint(5, 90)}.{rng.randint(10, 99)} to SPOTIFY approved at "
                        f"{rng.randint(8, 22)}:{rng.randint(10, 59)}. Card ••{_digits(rng, 4)}.",
                        f"Your one-time code is {_digits(rng, 6)}. It expires in 10 minutes. Never share it.",
                        f"Transfer of {rng.randint(50, 900)},00 EUR to account ending {_digits(rng, 4)} scheduled "
                        f"for {rng.randint(10, 28)}.12.2026.",
                        f"Balance: £{rng.randint(100, 4000)}.{rng.randint(10, 99)}. Available overdraft: "
                        f"£{rng.choice(['250', '500', '1,000'])}."])]


def _bookings_new_languages(fake: Faker, rng: random.Random) -> list[str]:
    d, m, h = rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 17)
    return [rng.choice([f"Το ραντεβού σας είναι στις {d} {MONTHS['el'][m - 1]} 2027, ώρα {h}:30.",
                        f"Programarea dvs. este pe {d} {MONTHS['ro'][m - 1]} 2027 la ora {h}:30.",
                        f"Az időpontja: 2027. {MONTHS['hu'][m - 1]} {d}., {h}:30.",
                        f"Termín: {d}. {m}. 2027 o {h}:30, ambulancia č. {rng.randint(1, 20)}.",
                        f"Vizita la domiciliu: {d:02d}.{m:02d}.2027, între {h} și {h + 2}."])]


def _near_miss_ids(fake: Faker, rng: random.Random) -> list[str]:
    kind = rng.choice(["iban", "bsn", "cf", "nir"])
    if kind == "iban":
        good = iban_value(rng.choice(["RO", "GR", "HU", "SK", "LT"]), rng)
        k = rng.choice([i for i in range(4, len(good)) if good[i].isdigit()])
        bad = good[:k] + str((int(good[k]) + rng.randint(1, 9)) % 10) + good[k + 1:]
        assert not iban_ok(bad)
        said_ = " ".join(cut(bad, [4] * 8))
    elif kind == "bsn":
        good = bsn_value(rng)
        bad = good[:8] + str((int(good[8]) + rng.randint(1, 9)) % 10)
        assert not bsn_ok(bad)
        said_ = bad
    elif kind == "cf":
        good = cf_value(fake, rng)
        bad = good[:15] + chr(65 + (ord(good[15]) - 65 + rng.randint(1, 25)) % 26)
        assert not cf_ok(bad)
        said_ = bad
    else:
        good = nir_value(rng)
        bad = good[:13] + f"{(int(good[13:]) + rng.randint(1, 90)) % 97 + 1:02d}"
        if nir_ok(bad):
            bad = good[:13] + ("01" if good[13:] != "01" else "02")
        assert not nir_ok(bad)
        said_ = " ".join(cut(bad, [1, 2, 2, 2, 3, 3, 2]))
    return [{"iban": rng.choice([f"I typed {said_} and the form says it's invalid.",
                                 f"The bank app won't take {said_}, it says the IBAN is wrong."]),
             "bsn": f"Het formulier accepteert {said_} niet als BSN.",
             "cf": f"Il sistema rifiuta {said_}, dice che il codice fiscale non è valido.",
             "nir": f"Le site refuse {said_}, il dit que la clé est fausse."}[kind],
            rng.choice({"iban": ["Then there's a typo somewhere, the check doesn't add up.",
                                 "Please check it against your bank statement."],
                        "bsn": ["Dan zit er ergens een tikfout in.", "Kijk het even na op uw paspoort."],
                        "cf": ["Allora c'è un errore di battitura.", "Lo controlli sulla tessera sanitaria."],
                        "nir": ["Il doit y avoir une faute de frappe.", "Vérifiez sur votre carte Vitale."]}[kind])]


def _glued_counts(fake: Faker, rng: random.Random) -> list[str]:
    a, b = number(rng.randint(21, 99)).replace("-", ""), number(rng.randint(21, 99)).replace("-", "")
    return [rng.choice([f"we need {a} boxes delivered within {b} hours", f"its been {a} days and i've called {b} times",
                        f"about {UNITS['en'][rng.randint(2, 9)]}hundred pounds for {a} units",
                        f"the order was {a} items at {b} each"])]


def _txt_speak_plans(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"c u @ {rng.randint(5, 9)} outside gate {rng.randint(1, 9)}, bring "
                        f"£{rng.choice([10, 20, 40])} 4 the taxi, flat {rng.randint(1, 40)}{rng.choice('abc')}",
                        f"gr8 thx, b there in {rng.randint(5, 25)} mins, room {rng.randint(100, 499)}",
                        f"l8r, bus {rng.randint(2, 99)} at {rng.randint(5, 9)}:{rng.choice(['05', '15', '45'])}, "
                        f"2nite or 2moro?", f"ok ta, ill pay the {rng.randint(20, 99)} quid fri x"])]


def _utility_account_refs(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Do you have your meter details?", "What's your customer reference?"]),
            rng.choice([f"The meter serial is E{rng.randint(10, 99)}BG{_digits(rng, 5)}, reading {_digits(rng, 5)}.",
                        f"Customer reference {rng.choice(['AB', 'KX', 'TR'])}{_digits(rng, 8)}, supply number S 01 "
                        f"801 {_digits(rng, 3)}.", f"Gas meter {_digits(rng, 5)} {_digits(rng, 3)}, last read "
                        f"{rng.randint(1, 28)}/{rng.randint(1, 12)}, {rng.randint(1000, 9999)} units."])]


def _company_numbers(fake: Faker, rng: random.Random) -> list[str]:
    nine = _digits(rng, 9)
    while bsn_ok(nine):
        nine = _digits(rng, 9)
    return [rng.choice([f"KvK-nummer {_digits(rng, 8)}, btw NL{nine}B01.",
                        f"P. IVA {_digits(rng, 11)}, REA MI-{_digits(rng, 7)}.",
                        f"SIRET {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 5)}, APE 6201Z.",
                        f"CIF B{_digits(rng, 8)}, registro mercantil tomo {rng.randint(1000, 9999)}.",
                        f"USt-IdNr. DE{_digits(rng, 9)}, HRB {rng.randint(10000, 99999)}.",
                        f"Company no. {_digits(rng, 8)}, VAT GB {_digits(rng, 3)} {_digits(rng, 4)} "
                        f"{_digits(rng, 2)}."])]


def _opening_hours(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Siamo aperti dalle 9 alle 13 e dalle 15 alle 19, il sabato fino alle 12:30.",
                        "Wir sind Montag bis Freitag zwischen 8 und 16 Uhr erreichbar, Durchwahl 214.",
                        "Czynne od 8 do 16, w soboty od 9 do 13.", "Åbent 9-17, lørdag 10-14, søndag lukket.",
                        "Ouvert de 9h à 18h30, fermé le 25/12 et le 01/01.",
                        "Otevřeno 8:00-16:30, v pátek do 14:00.", "Nyitva 8-20 óráig, vasárnap 9-13."])]


def _statement_figures(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Your credit limit is £{rng.randint(1, 9)},{rng.choice(['000', '500'])}, minimum payment "
                        f"£{rng.randint(5, 60)}.{rng.randint(10, 99)} due on the {en_ordinal(rng.randint(1, 28))}, "
                        f"APR {rng.randint(12, 39)}.9%, statement date "
                        f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}.",
                        f"The statement from {rng.randint(1, 12):02d}/{rng.randint(24, 26)} shows {rng.randint(3, 40)} "
                        f"transactions and £{rng.randint(100, 999)}.{rng.randint(10, 99)} of interest.",
                        f"I paid {rng.randint(100, 900)} on the {en_ordinal(rng.randint(1, 28))} and it still shows "
                        f"{rng.randint(1000, 4000)} owing."])]


def _scores_and_results(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"We won {rng.randint(1, 5)}-{rng.randint(0, 3)}, kick-off's at 19:45, I'm in block "
                        f"{rng.randint(100, 130)}, row {rng.randint(1, 30)}, seat {rng.randint(1, 40)}.",
                        f"The exam was {rng.randint(60, 99)} out of 100, grade {rng.randint(4, 9)}, paper "
                        f"{rng.randint(1, 3)} on the {en_ordinal(rng.randint(1, 28))}.",
                        f"Finished the 10k in {rng.randint(40, 59)}:{rng.randint(10, 59)}, bib number "
                        f"{rng.randint(1000, 9999)}."])]


def _pharmacy_talk(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Take 2 x 500 mg three times a day for {rng.randint(5, 14)} days, prescription "
                        f"{rng.randint(1000, 9999)}-{rng.randint(100, 999)}.",
                        f"Batch {rng.randint(1000, 9999)}B, use by {rng.randint(1, 12):02d}/{rng.randint(27, 30)}, "
                        f"{rng.randint(28, 84)} tablets.",
                        f"Die Packung hat {rng.randint(20, 100)} Stück, PZN {_digits(rng, 8)}, haltbar bis "
                        f"{rng.randint(1, 12):02d}/{rng.randint(27, 30)}."])]


def _vehicle_details(fake: Faker, rng: random.Random) -> list[str]:
    tail = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    model_year = rng.choice("WXY")  # a VIN's tenth character: 1998, 1999, 2000
    reg = f"{rng.choice(['AB', 'KX', 'YT', 'LM'])}{rng.randint(10, 74)} {tail}"
    return [rng.choice(["Can I take the vehicle details?", "Which car is it for?"]),
            rng.choice([f"Registration {reg}, about {rng.randint(10, 99)},{rng.randint(100, 999)} miles, MOT due "
                        f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}/2027.",
                        f"VIN WVWZZZ1JZ{model_year}W{_digits(rng, 6)}, first registered in "
                        f"{1998 + 'WXY'.index(model_year)}.",
                        f"It's the {rng.randint(2012, 2024)} one, {reg}, engine {rng.choice(['1.6', '2.0', '1.2'])}."])]


def _balkan_chat_figures(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Πόσο κάνει; {rng.randint(10, 90)},{rng.randint(10, 99)} € για {rng.randint(2, 6)} τεμάχια, "
                        f"παράδοση σε {rng.randint(2, 4)}-{rng.randint(5, 7)} μέρες.",
                        f"Costă {rng.randint(50, 900)} lei, livrare în {rng.randint(2, 3)}-{rng.randint(4, 6)} zile, "
                        f"comanda nr. {rng.randint(10000, 99999)}.",
                        f"Az ár {rng.randint(2, 30)} {rng.randint(100, 999)} Ft, {rng.randint(2, 5)} darab, szállítás "
                        f"{rng.randint(2, 4)}-{rng.randint(5, 8)} munkanap.",
                        f"Cena {rng.randint(10, 200)},{rng.randint(10, 99)} €, objednávka č. "
                        f"{rng.randint(10000, 99999)}."])]


FAMILIES = {
    "card/v21-glued-words": card_glued_words, "card/v21-ordinal-blocks": card_ordinal_blocks,
    "card/v21-sentence-figures": card_sentence_figures, "card/v21-german-runs": card_german_runs,
    "card/v21-kettle-chatter": card_kettle_chatter, "card/v21-romanian-english": card_romanian_english,
    "card/v21-greek-pairs": card_greek_pairs,
    "card/v21-expiry-month-year-named": card_expiry_month_year_named,
    "card/v21-expiry-among-dates": card_expiry_among_dates, "card/v21-expiry-slash-words": card_expiry_slash_words,
    "card/v21-expiry-homophones": card_expiry_homophones, "card/v21-expiry-nordic-typed": card_expiry_nordic_typed,
    "card/v21-expiry-agent-month-name": card_expiry_agent_month_name,
    "card/v21-expiry-month-of-year": card_expiry_month_of_year,
    "card/v21-code-after-card-digits": card_code_after_card_digits, "card/v21-code-aside": card_code_aside,
    "card/v21-code-beside-otp": card_code_beside_otp, "card/v21-code-numeral-word-mix": card_code_numeral_word_mix,
    "card/v21-greek-expiry-code": card_greek_expiry_code,
    "phone/v21-german-runs": phone_german_runs, "phone/v21-romanian": phone_romanian,
    "phone/v21-hungarian": phone_hungarian, "phone/v21-sentence-times-amounts": phone_sentence_times_amounts,
    "phone/v21-slovak": phone_slovak, "phone/v21-glued-voicemail": phone_glued_voicemail,
    "phone/v21-compounds-apart": phone_compounds_apart, "phone/v21-greek-words": phone_greek_words,
    "phone/v21-txt-speak": phone_txt_speak, "phone/v21-country-code-mended": phone_country_code_mended,
    "email/v21-glued-dotcom": email_glued_dotcom, "email/v21-greek-papaki": email_greek_papaki,
    "email/v21-hungarian-kukac": email_hungarian_kukac, "email/v21-romanian-a-rond": email_romanian_a_rond,
    "email/v21-beside-order-amount": email_beside_order_amount,
    "iban/v21-romanian-said": iban_romanian_said, "iban/v21-greek-said": iban_greek_said,
    "iban/v21-central-european-invoice": iban_central_european_invoice,
    "iban/v21-glued-german-digits": iban_glued_german_digits,
    "iban/v21-dutch-compounds-apart": iban_dutch_compounds_apart,
    "iban/v21-spanish-sms-abbrev": iban_spanish_sms_abbrev, "iban/v21-french-rib-fields": iban_french_rib_fields,
    "iban/v21-two-turns-chatter": iban_two_turns_chatter, "iban/v21-baltic-in-english": iban_baltic_in_english,
    "iban/v21-polish-threes": iban_polish_threes, "iban/v21-slovak-in-czech": iban_slovak_in_czech,
    "iban/v21-engine-thousand-commas": iban_engine_thousand_commas,
    "ssn/v21-glued-words": ssn_glued_words, "ssn/v21-tax-figures-around": ssn_tax_figures_around,
    "ssn/v21-last-four-on-file": ssn_last_four_on_file, "ssn/v21-taglish-po": ssn_taglish_po,
    "bank/v21-txt-abbrev": bank_txt_abbrev, "bank/v21-autopay-figures-around": bank_autopay_figures_around,
    "bank/v21-glued-voicemail": bank_glued_voicemail,
    "bank/v21-routing-threes-confirmed": bank_routing_threes_confirmed,
    "birth/v21-first-of-month-sign": birth_first_of_month_sign, "birth/v21-parent-and-child": birth_parent_and_child,
    "birth/v21-greek-words": birth_greek_words, "birth/v21-romanian-words": birth_romanian_words,
    "birth/v21-hungarian-year-first": birth_hungarian_year_first, "birth/v21-glued-year": birth_glued_year,
    "birth/v21-agent-checks-each-part": birth_agent_checks_each_part,
    "birth/v21-brazilian-dia": birth_brazilian_dia, "birth/v21-polish-genitive": birth_polish_genitive,
    "birth/v21-czech-genitive": birth_czech_genitive,
    "nino/v21-payroll-figures": nino_payroll_figures, "nino/v21-word-homophones": nino_word_homophones,
    "nino/v21-p60-hunt-between": nino_p60_hunt_between,
    "dni/v21-beside-policy-figures": dni_beside_policy_figures, "dni/v21-sms-abbrev": dni_sms_abbrev,
    "dni/v21-wallet-between": dni_wallet_between,
    "nie/v21-romanian-resident": nie_romanian_resident, "nie/v21-tie-expiry-and-file": nie_tie_expiry_and_file,
    "nir/v21-group-confirmed-oui": nir_group_confirmed_oui, "nir/v21-beside-reimbursement": nir_beside_reimbursement,
    "nir/v21-septante-nonante": nir_septante_nonante, "nir/v21-english-expat": nir_english_expat,
    "nir/v21-dotted-sms": nir_dotted_sms, "nir/v21-children-attached": nir_children_attached,
    "fiscal_code/v21-di-per-dictation": cf_di_per_dictation, "fiscal_code/v21-tessera-figures": cf_tessera_figures,
    "fiscal_code/v21-wallet-between": cf_wallet_between, "fiscal_code/v21-blocks-confirmed": cf_blocks_confirmed,
    "fiscal_code/v21-south-tyrol-german": cf_south_tyrol_german,
    "fiscal_code/v21-spanish-letter-names": cf_spanish_letter_names,
    "fiscal_code/v21-numbers-whole": cf_numbers_whole,
    "bsn/v21-compounds-apart": bsn_compounds_apart, "bsn/v21-beside-allowance-figures": bsn_beside_allowance_figures,
    "bsn/v21-threes-ja": bsn_threes_ja, "bsn/v21-polish-worker": bsn_polish_worker,
    "bsn/v21-dutch-sms-abbrev": bsn_dutch_sms_abbrev, "bsn/v21-threes-as-hundreds": bsn_threes_as_hundreds,
}

NEGATIVE_FAMILIES = {
    "negative/v21-tax-code-payroll": _tax_code_payroll, "negative/v21-bank-app-notifications": _bank_app_notifications,
    "negative/v21-bookings-new-languages": _bookings_new_languages, "negative/v21-near-miss-ids": _near_miss_ids,
    "negative/v21-glued-counts": _glued_counts, "negative/v21-txt-speak-plans": _txt_speak_plans,
    "negative/v21-utility-account-refs": _utility_account_refs, "negative/v21-company-numbers": _company_numbers,
    "negative/v21-opening-hours": _opening_hours, "negative/v21-statement-figures": _statement_figures,
    "negative/v21-scores-and-results": _scores_and_results, "negative/v21-pharmacy-talk": _pharmacy_talk,
    "negative/v21-vehicle-details": _vehicle_details, "negative/v21-balkan-chat-figures": _balkan_chat_figures,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v21-sentence-figures", "card/v21-expiry-among-dates", "card/v21-expiry-nordic-typed",
         "card/v21-code-beside-otp", "phone/v21-sentence-times-amounts", "phone/v21-slovak", "phone/v21-txt-speak",
         "email/v21-beside-order-amount", "iban/v21-central-european-invoice", "iban/v21-spanish-sms-abbrev",
         "iban/v21-engine-thousand-commas", "ssn/v21-tax-figures-around", "bank/v21-txt-abbrev",
         "bank/v21-autopay-figures-around", "birth/v21-first-of-month-sign", "birth/v21-hungarian-year-first",
         "nino/v21-payroll-figures", "dni/v21-beside-policy-figures", "dni/v21-sms-abbrev",
         "nie/v21-tie-expiry-and-file", "nir/v21-beside-reimbursement", "nir/v21-dotted-sms",
         "fiscal_code/v21-tessera-figures", "bsn/v21-beside-allowance-figures", "bsn/v21-dutch-sms-abbrev"]
MIXED = ["card/v21-ordinal-blocks", "card/v21-kettle-chatter", "card/v21-code-numeral-word-mix",
         "card/v21-expiry-agent-month-name", "phone/v21-hungarian", "iban/v21-two-turns-chatter",
         "ssn/v21-last-four-on-file", "birth/v21-agent-checks-each-part", "birth/v21-greek-words",
         "birth/v21-brazilian-dia", "nino/v21-word-homophones", "bsn/v21-polish-worker"]
SPOKEN = [name for name in FAMILIES if name not in TYPED and name not in MIXED]
NEGATIVE_TYPED = ["negative/v21-bank-app-notifications", "negative/v21-txt-speak-plans", "negative/v21-company-numbers",
                  "negative/v21-statement-figures", "negative/v21-pharmacy-talk", "negative/v21-balkan-chat-figures"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(MIXED) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

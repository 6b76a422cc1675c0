"""The twenty-second batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format
(the twenty-first's module: its validators, `Said` and `reads`, copied here), their labelling conventions and (by their
families' names and their docstrings) to avoid their phrasings. Weighted, as the batches before it, to everyday
contact-centre calls, chats, texts, emails and voicemails and what speech engines write of them, in English (American,
British, Irish, Australian, Canadian) and fifteen other languages (German, Dutch with Belgian, Spanish, French with
Quebec's, Italian, Portuguese with Brazilian, Polish, Swedish with Finland's, Danish, Norwegian, Czech, Slovak, Greek,
Romanian and Hungarian); Slovak new as a language said. New here: what engines' formatting does to values they did not
understand: Google's taking the first ten digits of a card or a ten-digit account for a phone number ("(453) 277-8812
345678"), and forcing a British, Irish or Australian number into that American shape ("(077) 009-00123"); Amazon
Transcribe writing digits and letters it heard one by one apart ("4 5 3 2, 7 7 8 8", "D E 8 9", "J C 1 2 3 4 5 6 A") in
cards, expiries, phones, IBANs, SSNs, routing and account numbers, NINOs, DNIs, NIEs, NIRs, codici fiscali and BSNs;
live captions in capitals ("FOUR FIVE THREE TWO", "MARCH TWELFTH, NINETEEN EIGHTY-FOUR", "J C ONE TWO ...") in cards,
phones, SSNs, routing and account numbers, dates of birth and NINOs; an expiry heard as a date ("April 29th") or a time
of day ("4:29"); an address's dots formatted but its sign left a word ("john.smith at gmail.com"); an SSN half numerals
and half words by group ("512 forty-four 6789"). Callers: a card paced with "next" between its groups; Hungarian and
Slovak cards, a Slovak code, Slovak and Hungarian ("plusz harminchat") phones, Hungarian and Slovak IBANs, a Slovak
address ("zavináč", "bodka"); a nineteen-digit debit card in Dutch pairs; expiries in Polish genitive ("kwietnia dwa
tysiące dwudziestego dziewiątego") and Romanian words; an Italian mobile with a hundred in it ("centoventitré"); an
Italian IBAN in threes as hundreds; a Finnish IBAN in Swedish, a Norwegian one in English; dates of birth by Quebec's
hundreds ("dix-neuf cent quatre-vingt-quatre"), Spanish "del ochenta y cuatro", Italian "dell'ottantaquattro", Dutch
"negentien vierentachtig"; a NINO in Polish, NIEs in French and Italian, NIRs in Portuguese, German and Spanish, codici
fiscali in Romanian and Portuguese, BSNs in German and Portuguese. Typed: a Brazilian instalment plan ("em 3x de R$
45,90") around a card, its expiry and code; a code with an emoji; an email signature's phones between pipes; a Belgian
mobile ("0475/12.34.56"), a Romanian one dotted, a Polish one dashed; addresses in a Greek chat and a video call's saved
chat; a Greek invoice's IBAN; dates of birth with spaces after the dots ("12. 3. 1984"), a Swede's "840312", a Dane's
"120384", a Pole's "ur. 12.03.1984 r."; a DNI under a photo with the card's expiry year. Look-alikes: references
spaced out, captions' amounts in capitals, instalment plans, times like expiries ("4:29"), Czech, Slovak and Hungarian
payment symbols, Nordic organisation numbers and giro numbers, six-digit delivery dates, Polish invoice ids, prices in
Slovak, Hungarian and Romanian words, barcodes and serials, years said by their hundreds, a video call's chat with no
value in it.

Labelling follows the twenty-first's (the twentieth's, and the fifteenth's for dates of birth and US account numbers,
labelled wherever they are said): a label covers what is said of the value, with fillers, joiners, hesitations and the
words said between its groups ("next", named (`drop=`) for the reading); naming words outside ("nar.", "ur.", "r.",
"född", "do", "roku", "validade", "cvv", a caption's "THE"); one label per segment piece (a value given in parts is
labelled part by part and read back whole with `Said.joint`); a card's last four, an SSN's said alone, a masked value,
a one-time passcode, an instalment count, an amount, a time, a card's expiry year on an identity card, an order number
and a meeting's times are not labelled. A card's security code is labelled CARD_SECURITY_CODE and its expiry
CARD_EXPIRY; entity types as the twenty-first's (CREDIT_CARD, CARD_EXPIRY, CARD_SECURITY_CODE, PHONE_NUMBER,
EMAIL_ADDRESS, IBAN_CODE, US_SSN, ABA_ROUTING_NUMBER, US_BANK_NUMBER, DATE_OF_BIRTH, UK_NINO, ES_NIF, ES_NIE, FR_NIR,
IT_FISCAL_CODE, NL_BSN). Every value is valid where a validator exists (the twenty-first's, copied: Luhn, mod-97 with
each country's IBAN length and the national checks, SSN ranges, NIF and NIE letters, NINO prefixes, `phonenumbers`, the
NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked as it is drawn and again
when the label is. Each label is checked as it is made (`Said.verify`): its characters are exactly the text the family
meant, with no space or punctuation at its ends; the label, read by this module's own `reads` in its language (the
twenty-first's, extended here to Slovak numbers and months, Italian "dell'" as a joiner and French years by their
hundreds, "dix-neuf cent ..."), gives back the value, and an address's label, read by `email_reads` (here with
"bodka" and "podčiarkovník"), gives back the address.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v22-"."""

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
from speech import Utterance, digit_words


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
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "sk": "nula jeden dva tri štyri päť šesť sedem osem deväť"}
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
    "hu": "tíz tizenegy tizenkettő tizenhárom tizennégy tizenöt tizenhat tizenhét tizennyolc tizenkilenc",
    "sk": "desať jedenásť dvanásť trinásť štrnásť pätnásť šestnásť sedemnásť osemnásť devätnásť"}
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
    "hu": "húsz harminc negyven ötven hatvan hetven nyolcvan kilencven",
    "sk": "dvadsať tridsať štyridsať päťdesiat šesťdesiat sedemdesiat osemdesiat deväťdesiat"}
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
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra"}
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
    "it": "ehm eh allora e del dell di cioè plus più barra",
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
    "sk": "ehm no a plus lomeno",
}
FILLERS = {lang: set(words.split()) for lang, words in FILLERS.items()}
JOINERS = {"en": {"for", "like"}, "de": {"wie"}, "nl": {"van", "voor"}, "es": {"de", "como"}, "fr": {"comme"},
           "it": {"come", "di", "per"}, "pt": {"de"}, "sv": {"som"}, "da": {"som"}, "no": {"som"}, "pl": {"jak"},
           "cs": {"jako"}, "fi": {"kuin"}, "el": {"όπως"}, "hu": {"mint"}, "ro": {"ca"},
           "sk": {"ako"}}
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


def _quebec_years() -> None:
    """Years of birth as older and Quebec callers say them, by hundreds ("dix-neuf cent quatre-vingt-quatre")."""
    for v in ("fr", "fr_be", "fr_ch"):
        years = {("dix", "neuf", "cent", *_tokens(number(n, v))): str(1900 + n) for n in range(1, 100)}
        PHRASES["fr"] |= years
        PHRASES["fr+"] |= years


_quebec_years()
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
          "tečka", "τελεία", "teleia", "pont", "punct", "bodka"],
    "_": ["underscore", "under score", "tiret du huit", "tiret du 8", "unterstrich", "tiret bas", "tiret du bas",
          "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje", "κάτω παύλα", "alulvonás",
          "linie jos", "podčiarkovník"],
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




# What this batch adds to the ways of writing --------------------------------------------------------------------
def spaced(v: str) -> str:
    """A value as Amazon Transcribe writes digits and letters it heard one by one: each apart ("4 5 3 2")."""
    return " ".join(v)


def spaced_groups(v: str, sizes: list[int]) -> str:
    """Each printed group spaced out, the groups with a comma between ("4 5 3 2, 7 7 8 8")."""
    return ", ".join(spaced(g) for g in cut(v, sizes))


def caps_words(v: str) -> str:
    """Digits as a live-caption engine writes them: words in capitals ("FIVE ONE TWO", "OH")."""
    return " ".join("OH" if c == "0" and i else UNITS["en"][int(c)].upper() if c.isdigit() else c
                    for i, c in enumerate(v))


def phone_shaped(d: str) -> str:
    """A run of ten or more digits as Google's engine formats what it takes for a phone number: "(453) 277-8812",
    anything after it as it came."""
    head = f"({d[:3]}) {d[3:6]}-{d[6:10]}"
    return head + (f" {d[10:]}" if d[10:] else "")


def sk_words(d: str) -> str:
    return digit_by_digit(d, "sk")


# Cards ----------------------------------------------------------------------------------------------------------
def card_google_phone_shaped(fake: Faker, rng: random.Random) -> Said:
    """A card read quickly, the engine taking its first ten digits for a phone number ("(453) 277-8812 345678")."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    u = Said().say(rng.choice(["Agent: And the long number on the card?", "Speaker 1: Card number, please."])).turn()
    u.say(rng.choice(["Caller: ", "Speaker 2: "]) + rng.choice(["Yeah, it's ", "Sure. ", ""]))
    return u.entity("CREDIT_CARD", phone_shaped(d), d).say(rng.choice([".", ". Got that?", ""]))


def card_brazil_installments(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian chat paying in instalments ("em 3x de R$ 45,90"), the card, its expiry and code typed; the
    instalments and amounts not labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    n = rng.choice([2, 3, 4, 6, 10, 12])
    parcela = f"R$ {rng.randint(30, 400)},{rng.randint(10, 99)}"
    u = Said().say(rng.choice(CHAT) + f"quero parcelar em {n}x de {parcela} sem juros. cartão ")
    u.entity("CREDIT_CARD", rng.choice([" ".join(card_groups(d)), d]), d, "pt")
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice([" validade ", ", val. ", " venc "])).entity("CARD_EXPIRY", exp, value, "pt")
    u.say(rng.choice([" cvv ", ", código ", " cód. seg. "])).entity("CARD_SECURITY_CODE", code, code, "pt")
    return u.say(rng.choice([" obg", ", valeu!", " 🙏"]))


def card_hungarian_words(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian caller reading the card in Hungarian, digit by digit or in pairs ("negyvenöt, harminckettő")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(["Kérem a kártyaszámot.", "Mondaná a kártya számát?"])).turn()
    u.say(rng.choice(["Igen, ", "Szóval ", ""])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "hu", rng, ["words", "pairs"], ", "), d, "hu")
    return u.say(rng.choice([".", ", köszönöm.", ""]))


def card_slovak_words(fake: Faker, rng: random.Random) -> Said:
    """A Slovak caller reading the card digit by digit in Slovak ("štyri päť tri dva")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(["Číslo karty, prosím.", "Povedzte mi číslo karty."])).turn()
    u.say(rng.choice(["Áno, ", "Takže ", ""])).entity("CREDIT_CARD", ", ".join(sk_words(g) for g in card_groups(d)),
                                                       d, "sk")
    return u.say(rng.choice([".", ", ďakujem.", ""]))


def card_next_between_groups(fake: Faker, rng: random.Random) -> Said:
    """A caller pacing the agent with "next" between the groups ("four five three two, next, ..."); the word named
    for the reading."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    style = rng.choice(["words", "numerals", "pairs"])
    joiner, word = rng.choice([(", next, ", "next"), (". Next: ", "Next"), (", next one, ", "next one")])
    gs = card_groups(d)
    text = joiner.join(render(g, "en", style, rng) for g in gs)
    u = Said().say(rng.choice(["Tell me when you're ready. ", "Okay, I'll go slow. "]))
    return u.entity("CREDIT_CARD", text, d, drop=(word,) * (len(gs) - 1)).say(".")


def card_expiry_heard_as_date(fake: Faker, rng: random.Random) -> Said:
    """The expiry said "April twenty-nine", the engine writing it as a date ("April 29th", "April 29")."""
    month, yy = expiry(rng)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(yy % 10, "th") if yy // 10 != 1 else "th"
    text = f"{MONTHS['en'][month - 1]} {yy}{rng.choice([suffix, ''])}"
    u = Said().say(rng.choice(["And when does the card expire?", "Expiration date?"])).turn()
    return u.say(rng.choice(["It expires ", "", "Um, "])).entity("CARD_EXPIRY", text, f"{month}{yy}").say(
        rng.choice([".", ", I think.", ""]))


def card_expiry_heard_as_time(fake: Faker, rng: random.Random) -> Said:
    """The expiry said "four twenty-nine", the engine writing it as a time of day ("4:29", "10:31")."""
    month, yy = expiry(rng)
    u = Said().say(rng.choice(["Expiry?", "What's the expiry date on it?"])).turn()
    return u.say(rng.choice(["It's ", "", "Expiry's "])).entity("CARD_EXPIRY", f"{month}:{yy}", f"{month}{yy}").say(
        rng.choice([".", ""]))


def card_expiry_polish_genitive(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller's expiry as a month and a year in the genitive ("do kwietnia dwa tysiące dwudziestego
    dziewiątego roku"); "do" and "roku" outside."""
    month, yy = expiry(rng)
    u = Said().say(rng.choice(["Do kiedy ważna jest karta?", "A data ważności?"])).turn()
    u.say(rng.choice(["Jest ważna do ", "Do ", "Ważna do "])).entity(
        "CARD_EXPIRY", f"{MONTHS['pl'][month - 1]} {pl_year(2000 + yy)}", f"{month}20{yy}", "pl")
    return u.say(rng.choice([" roku.", "."]))


def card_expiry_romanian_words(fake: Faker, rng: random.Random) -> Said:
    """A Romanian caller's expiry as a month's name and a year ("aprilie douăzeci și nouă", "aprilie două mii
    douăzeci și nouă")."""
    month, yy = expiry(rng)
    text, value = rng.choice([(f"{MONTHS['ro'][month - 1]} {number(yy, 'ro')}", f"{month}{yy}"),
                              (f"{MONTHS['ro'][month - 1]} {year_words(2000 + yy, 'ro')}", f"{month}20{yy}")])
    u = Said().say(rng.choice(["Data de expirare?", "Când expiră cardul?"])).turn()
    return u.say(rng.choice(["Expiră în ", "În ", ""])).entity("CARD_EXPIRY", text, value, "ro").say(".")


def card_code_chat_emoji(fake: Faker, rng: random.Random) -> Said:
    """The code typed in a chat with an emoji and a joke beside it ("cvv 123 🙈 dont tell anyone lol")."""
    code = security_code(rng)
    u = Said().say("Agent: " + rng.choice(["Could you confirm the 3 digits on the back?", "And the CVV please?"]))
    u.turn().say(rng.choice(["Me: ", "Customer: "]) + rng.choice(["cvv ", "its ", "back says "]))
    u.entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice([" 🙈 dont tell anyone lol", " 😬", " (had to find my glasses 🤓)", " 👍"]))


def card_code_slovak(fake: Faker, rng: random.Random) -> Said:
    """A Slovak caller giving the code on the back in Slovak digits."""
    code = security_code(rng)
    u = Said().say(rng.choice(["A bezpečnostný kód zo zadnej strany?", "Ešte tri čísla na zadnej strane."])).turn()
    return u.say(rng.choice(["Je to ", "Kód je ", ""])).entity("CARD_SECURITY_CODE", sk_words(code), code, "sk").say(
        rng.choice([".", ", ďakujem."]))


def card_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing each digit it heard apart ("4 5 3 2, 7 7 8 8, ..."), the expiry too."""
    d = card_number(rng)
    month, yy = expiry(rng)
    u = Said().say("spk_0: " + rng.choice(["can i have the card number", "long number on the front please"])).turn()
    u.say("spk_1: ").entity("CREDIT_CARD", spaced_groups(d, [len(g) for g in card_groups(d)]), d).turn()
    u.say("spk_0: " + rng.choice(["and the expiry", "expiration date"])).turn()
    return u.say("spk_1: ").entity("CARD_EXPIRY", f"{spaced(f'{month:02d}')} {spaced(str(yy))}", f"{month:02d}{yy}")


def card_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals, digit words and all ("FOUR FIVE THREE TWO ...")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice([">> CARD NUMBER PLEASE.", ">> AND THE LONG NUMBER ON THE CARD?"])).turn()
    u.say(">> " + rng.choice(["SURE. ", "YES, IT'S ", ""]))
    return u.entity("CREDIT_CARD", ", ".join(caps_words(g) for g in card_groups(d)), d).say(".")


def card_maestro_dutch_pairs(fake: Faker, rng: random.Random) -> Said:
    """A nineteen-digit debit card read in Dutch pairs, the last three digit by digit."""
    d = card_number(rng, "long19")
    u = Said().say(rng.choice(["Het is zo'n lang nummer, negentien cijfers. ", "Oké, de pas: "]))
    return u.entity("CREDIT_CARD", render_groups(card_groups(d), "nl", rng, ["pairs"], ", "), d, "nl").say(".")


# Phones ---------------------------------------------------------------------------------------------------------
def phone_us_shape_foreign(fake: Faker, rng: random.Random) -> Said:
    """A British, Irish or Australian number the engine forced into an American shape ("(077) 009-00123")."""
    country = rng.choice(["GB", "IE", "AU"])
    n = national(country, rng)
    u = Said().say(rng.choice(["Speaker 1: Best number to reach you?", "Agent: What's your contact number?"])).turn()
    u.say(rng.choice(["Speaker 2: ", "Caller: "]) + rng.choice(["It's ", "Mobile's ", ""]))
    return u.entity("PHONE_NUMBER", phone_shaped(n), n).say(rng.choice([".", ", thanks.", ""]))


def phone_slovak_words(fake: Faker, rng: random.Random) -> Said:
    """A Slovak mobile said in Slovak digit words ("nula deväť nula päť, ...")."""
    n = national("SK", rng)
    u = Said().say(rng.choice(["Na aké číslo vám môžeme zavolať?", "Vaše telefónne číslo?"])).turn()
    u.say(rng.choice(["Moje číslo je ", "Áno, ", ""])).entity(
        "PHONE_NUMBER", ", ".join(sk_words(g) for g in cut(n, [4, 3, 3])), n, "sk")
    return u.say(rng.choice([".", ", ďakujem.", ""]))


def phone_email_signature_pipes(fake: Faker, rng: random.Random) -> Said:
    """An email's signature with a mobile and an office number between pipes and a web address; both numbers
    labelled."""
    code, _, nsn = phone_value("DE", rng)
    code2, _, nsn2 = phone_value("DE_FIXED", rng)
    who = fake["de_DE"].name()
    u = Said().say(f"Mit freundlichen Grüßen\n{who}\n{rng.choice(['Kundenservice', 'Vertrieb', 'Buchhaltung'])}\n")
    u.say(rng.choice(["Mobil: ", "M: ", "Mob. "])).entity("PHONE_NUMBER", f"+{code} {nsn[:3]} {nsn[3:]}", code + nsn)
    u.say(" | " + rng.choice(["Tel.: ", "T: ", "Büro: "]))
    area = next(a for a in ("221", "711", "30", "40", "89", "69") if nsn2.startswith(a))
    u.entity("PHONE_NUMBER", f"+{code2} {area} {nsn2[len(area):]}", code2 + nsn2)
    return u.say(f" | www.{rng.choice(['mueller-gmbh', 'beispiel-ag', 'firma24'])}.de")


def phone_belgian_slash_dots(fake: Faker, rng: random.Random) -> Said:
    """A Belgian mobile typed as Belgians write it ("0475/12.34.56")."""
    n = national("BE", rng)
    u = Said().say(rng.choice(CHAT) + rng.choice(["Mon GSM: ", "Mijn gsm-nummer is ", "Bel me op ", "gsm "]))
    return u.entity("PHONE_NUMBER", f"{n[:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}", n).say(
        rng.choice(["", ", merci", " (na 17u)", ". Bedankt!"]))


def phone_italian_hundreds(fake: Faker, rng: random.Random) -> Said:
    """An Italian mobile said with its second group as a hundred ("tre quattro sette, centoventitré, quarantacinque,
    sessantasette")."""
    while True:
        n = national("IT", rng)
        if n[0] == "3" and len(n) == 10 and n[3] != "0" and n[6] != "0" and n[8] != "0":
            break
    text = f"{digit_by_digit(n[:3], 'it')}, {hundreds(int(n[3:6]), 'it')}, {number(int(n[6:8]), 'it')}, " \
           f"{number(int(n[8:]), 'it')}"
    u = Said().say(rng.choice(["Mi lascia un recapito?", "Un numero di cellulare?"])).turn()
    return u.say(rng.choice(["Sì, ", "Allora, ", ""])).entity("PHONE_NUMBER", text, n, "it").say(
        rng.choice([".", ", grazie.", ""]))


def phone_hungarian_plus(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian mobile said from its country code in Hungarian ("plusz harminchat, húsz, ...")."""
    code, _, nsn = phone_value("HU", rng)
    text = f"plusz harminchat, {number(int(nsn[:2]), 'hu')}, {digit_by_digit(nsn[2:5], 'hu')}, " \
           f"{digit_by_digit(nsn[5:], 'hu')}"
    u = Said().say(rng.choice(["Milyen számon érhetjük el?", "A telefonszáma?"])).turn()
    return u.say(rng.choice(["A számom ", "Igen, ", ""])).entity("PHONE_NUMBER", text, code + nsn, "hu").say(".")


def phone_polish_dashes(fake: Faker, rng: random.Random) -> Said:
    """A Polish mobile typed with the country code and dashes in a chat ("+48 501-234-567", "tel. kom.")."""
    code, _, nsn = phone_value("PL", rng)
    text, value = rng.choice([(f"+{code} {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", code + nsn),
                              (f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", nsn)])
    u = Said().say(rng.choice(CHAT) + rng.choice(["tel. kom. ", "Mój numer: ", "proszę dzwonić na "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", ", po 16", " pozdrawiam"]))


def phone_romanian_dotted(fake: Faker, rng: random.Random) -> Said:
    """A Romanian mobile typed with dots ("0722.123.456")."""
    n = national("RO", rng)
    u = Said().say(rng.choice(CHAT) + rng.choice(["Telefon: ", "Nr. meu e ", "sunați-mă la "]))
    return u.entity("PHONE_NUMBER", f"{n[:4]}.{n[4:7]}.{n[7:]}", n).say(rng.choice(["", ", mulțumesc", " după ora 18"]))


def phone_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing the callback number digit by digit apart ("4 1 5, 5 5 5, ...")."""
    country = rng.choice(["US", "CA", "GB", "IE"])
    n = national(country, rng)
    sizes = [3, 3, 4] if country in ("US", "CA") else [5, 6] if country == "GB" else [3, 3, 4]
    u = Said().say("spk_0: " + rng.choice(["whats a good callback number", "and a phone number for you"])).turn()
    return u.say("spk_1: " + rng.choice(["its ", "", "yeah "])).entity("PHONE_NUMBER", spaced_groups(n, sizes), n)


def phone_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals, the number's words with "DOUBLE"."""
    country = rng.choice(["GB", "US", "AU"])
    n = national(country, rng)
    sizes = [5, 6] if country == "GB" else [3, 3, 4] if country == "US" else [4, 3, 3]
    text = ", ".join(digit_words(rng, g).upper() for g in cut(n, sizes))
    u = Said().say(">> " + rng.choice(["CAN I TAKE A CONTACT NUMBER?", "WHAT NUMBER CAN WE CALL YOU BACK ON?"]))
    return u.turn().say(">> " + rng.choice(["IT'S ", "YEAH, ", ""])).entity("PHONE_NUMBER", text, n).say(".")


# Addresses ------------------------------------------------------------------------------------------------------
def email_slovak_zavinac(fake: Faker, rng: random.Random) -> Said:
    """A Slovak address with "zavináč" for the sign and "bodka" for the dot, digits in Slovak."""
    words = {"@": "zavináč", ".": "bodka", "_": "podčiarkovník", "-": "pomlčka"}
    while True:
        _, _, local = local_part(fake, "sk_SK", rng)
        address = f"{local}@{rng.choice(['gmail.com', 'azet.sk', 'centrum.sk', 'post.sk', 'zoznam.sk'])}"
        text = say_address(address, "sk", words, rng, "sk")
        if email_reads(text, "sk") == address:
            break
    u = Said().say(rng.choice(["Môj e-mail je ", "Zapíšte si: ", "Takže "]))
    return u.entity("EMAIL_ADDRESS", text, address, "sk").say(rng.choice([".", ", ďakujem.", ""]))


def email_google_at_word(fake: Faker, rng: random.Random) -> Said:
    """An engine formatting the address's dots but leaving the sign as the word ("john.smith at gmail.com")."""
    _, _, local = local_part(fake, rng.choice(["en_US", "en_GB", "en_CA", "en_AU"]), rng)
    domain = rng.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "hotmail.com", "bigpond.com"])
    address = f"{local}@{domain}"
    u = Said().say(rng.choice(["Speaker 2: My email is ", "Caller: Yeah, it's ", "Speaker 2: Send it to "]))
    return u.entity("EMAIL_ADDRESS", f"{local} at {domain}", address).say(rng.choice([".", ", all lowercase.", ""]))


def email_greek_chat_typed(fake: Faker, rng: random.Random) -> Said:
    """A Greek chat with the address typed in Latin letters among Greek words."""
    first = greek_latin(fake["el_GR"].first_name()) or "nikos"
    last = greek_latin(fake["el_GR"].last_name()) or "papas"
    address = f"{rng.choice([f'{first}.{last}', f'{first}{rng.randint(70, 99)}', f'{last}_{first[0]}'])}@" \
              f"{rng.choice(['gmail.com', 'yahoo.gr', 'otenet.gr', 'hotmail.com'])}"
    u = Said().say(rng.choice(CHAT) + rng.choice(["Στείλτε μου το τιμολόγιο στο ", "το email μου: ",
                                                  "Παρακαλώ στο "]))
    return u.entity("EMAIL_ADDRESS", address, address).say(rng.choice([" ευχαριστώ", ". Ευχαριστώ πολύ!", ""]))


def email_meeting_chat_log(fake: Faker, rng: random.Random) -> Said:
    """A video call's saved chat ("10:32:05 From Maria Keller to Everyone:"), an address typed in it; the times
    not labelled."""
    locale = rng.choice(["en_GB", "en_US", "de_DE", "nl_NL"])
    who = fake[locale].name()
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'web.de', 'kpnmail.nl', 'btinternet.com'])}"
    h, m = rng.randint(9, 16), rng.randint(10, 58)
    u = Said().say(f"{h}:{m}:{rng.randint(10, 59)} From {who} to Everyone:\n\t" + rng.choice(
        ["pls send the slides to ", "my private mail is ", "use "]))
    u.entity("EMAIL_ADDRESS", address, address)
    return u.say(f"\n{h}:{m + 1}:0{rng.randint(0, 9)} From {who} to Everyone:\n\t"
                 + rng.choice(["thx!", "back in 5", "sorry, mic not working"]))


# IBANs ----------------------------------------------------------------------------------------------------------
def iban_hungarian_said(fake: Faker, rng: random.Random) -> Said:
    """A Hungarian IBAN read four at a time in Hungarian words and pairs ("huszonegy")."""
    iban = iban_value("HU", rng)
    u = Said().say(rng.choice(["Az IBAN számom ", "Bediktálom az IBAN-t: ", "Szóval "]))
    return u.entity("IBAN_CODE", iban_said(iban, "hu", rng, ["words", "pairs"]), iban, "hu").say(
        rng.choice([".", ", köszönöm.", ""]))


def iban_slovak_said_slovak(fake: Faker, rng: random.Random) -> Said:
    """A Slovak IBAN read four at a time in Slovak digit words."""
    iban = iban_value("SK", rng)
    u = Said().say(rng.choice(["Môj IBAN je ", "Nadiktujem vám IBAN: ", "Takže "]))
    return u.entity("IBAN_CODE", iban_said(iban, "sk", rng, ["words"]), iban, "sk").say(
        rng.choice([".", ", ďakujem.", ""]))


def iban_italian_hundreds(fake: Faker, rng: random.Random) -> Said:
    """An Italian IBAN, the CIN a letter and the twenty-two digits said in threes as hundreds ("trecentosei")."""
    iban = iban_value("IT", rng)
    check = number(int(iban[2:4]), "it") if iban[2] != "0" else digit_by_digit(iban[2:4], "it")
    u = Said().say(rng.choice(["L'IBAN è ", "Allora, l'IBAN: ", "Le detto l'IBAN: "]))
    return u.entity("IBAN_CODE", f"I T {check}, {iban[4]}, {in_threes(iban[5:], 'it')}", iban, "it").say(
        rng.choice([".", ", grazie.", ""]))


def iban_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing an IBAN's letters and digits each apart ("D E 8 9, 3 7 0 4, ...")."""
    iban = iban_value(rng.choice(["DE", "GB", "IE", "NL", "FR", "ES"]), rng)
    u = Said().say("spk_0: " + rng.choice(["go ahead with the iban", "and the iban for the refund"])).turn()
    return u.say("spk_1: ").entity("IBAN_CODE", spaced_groups(iban, [4] * 9), iban)


def iban_finland_swedish(fake: Faker, rng: random.Random) -> Said:
    """A Finland-Swede reading a Finnish IBAN in Swedish, in words and pairs ("tjugoett")."""
    iban = iban_value("FI", rng)
    u = Said().say(rng.choice(["Mitt kontonummer, IBAN, är ", "Ja, det är ", "IBAN: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "sv", rng, ["words", "pairs"]), iban, "sv").say(
        rng.choice([".", ", tack.", ""]))


def iban_norwegian_expat(fake: Faker, rng: random.Random) -> Said:
    """An English speaker in Norway reading a Norwegian IBAN in English."""
    iban = iban_value("NO", rng)
    u = Said().say(rng.choice(["My Norwegian account, the IBAN is ", "It's a DNB account, ", "Okay, IBAN: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "en", rng, ["words", "pairs"]), iban).say(
        rng.choice([".", ", cheers.", ""]))


def iban_greek_invoice(fake: Faker, rng: random.Random) -> Said:
    """A Greek invoice's payment line with the IBAN typed among the amount, the invoice number and the due date."""
    iban = iban_value("GR", rng)
    shown = rng.choice([" ".join(cut(iban, [4] * 7)), iban])
    u = Said().say(f"Τιμολόγιο αρ. {rng.randint(100, 9999)}/2026\nΠοσό: {rng.randint(20, 900)},{rng.randint(10, 99)} €"
                   "\nIBAN: ")
    return u.entity("IBAN_CODE", shown, iban).say(f"\nΛήξη: {rng.randint(1, 28):02d}/01/2027\n{fake['el_GR'].name()}")


# SSNs, routing and account numbers ------------------------------------------------------------------------------
def ssn_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals ("FIVE ONE TWO, FOUR FOUR, ...")."""
    v = ssn_value(rng)
    u = Said().say(">> " + rng.choice(["AND YOUR SOCIAL SECURITY NUMBER?", "CAN I GET YOUR SOCIAL?"])).turn()
    return u.say(">> " + rng.choice(["SURE, ", "IT'S ", ""])).entity(
        "US_SSN", ", ".join(caps_words(g) for g in cut(v, [3, 2, 4])), v).say(".")


def ssn_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing the SSN's digits apart ("5 1 2, 4 4, 6 7 8 9")."""
    v = ssn_value(rng)
    u = Said().say("spk_0: " + rng.choice(["social security number please", "and the ssn on the account"])).turn()
    return u.say("spk_1: " + rng.choice(["", "its ", "okay "])).entity("US_SSN", spaced_groups(v, [3, 2, 4]), v)


def ssn_numeral_word_groups(fake: Faker, rng: random.Random) -> Said:
    """An engine writing some of the SSN's groups as numerals and others as words ("512 forty-four 6789")."""
    v = ssn_value(rng)
    gs = cut(v, [3, 2, 4])
    i, j = rng.sample(range(3), 2)
    flags = [rng.random() < 0.5 for _ in gs]
    flags[i], flags[j] = True, False
    parts = [g if f else render(g, "en", rng.choice(["words", "pairs"]), rng) for g, f in zip(gs, flags, strict=True)]
    u = Said().say(rng.choice(["What's your Social?", "Social Security number?"])).turn()
    return u.say(rng.choice(["It's ", "", "Okay, "])).entity("US_SSN", ", ".join(parts), v).say(".")


def bank_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing the routing and account numbers digit by digit apart."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say("spk_0: " + rng.choice(["routing number first", "whats the routing number"])).turn()
    u.say("spk_1: ").entity("ABA_ROUTING_NUMBER", spaced_groups(aba, [3, 3, 3]), aba).turn()
    u.say("spk_0: " + rng.choice(["and the account number", "thank you and the checking account"])).turn()
    return u.say("spk_1: ").entity("US_BANK_NUMBER", spaced(acct), acct)


def bank_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals with the routing and account numbers' words."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(">> " + rng.choice(["ROUTING NUMBER?", "I'LL NEED THE ROUTING AND ACCOUNT NUMBERS."])).turn()
    u.say(">> ROUTING IS ").entity("ABA_ROUTING_NUMBER", caps_words(aba), aba)
    return u.say(rng.choice([", ACCOUNT ", ". THE ACCOUNT IS "])).entity("US_BANK_NUMBER", caps_words(acct), acct).say(
        ".")


def bank_account_phone_shaped(fake: Faker, rng: random.Random) -> Said:
    """A ten-digit account number the engine took for a phone number ("(412) 345-6789"); the routing number plain."""
    aba, acct = aba_value(rng), str(rng.randint(1, 9)) + _digits(rng, 9)
    u = Said().say(rng.choice(["Speaker 2: Routing is ", "Caller: The routing number's "])).entity(
        "ABA_ROUTING_NUMBER", aba, aba)
    return u.say(rng.choice([" and the account is ", ", account number "])).entity(
        "US_BANK_NUMBER", phone_shaped(acct), acct).say(".")


# Dates of birth -------------------------------------------------------------------------------------------------
def birth_central_spaced_dots(fake: Faker, rng: random.Random) -> Said:
    """A Czech or Slovak date of birth typed with spaces after the dots ("nar. 12. 3. 1984")."""
    born = dob_value(rng)
    pad = rng.random() < 0.3
    month = f"{born.month:02d}" if pad else str(born.month)
    text, value = f"{born.day}. {month}. {born.year}", f"{born.day}{month}{born.year}"
    intro = rng.choice(["nar. ", "Dátum narodenia: ", "Datum narození: ", "narodená ", "narozen "])
    u = Said().say(rng.choice(CHAT) + intro)
    return u.entity("DATE_OF_BIRTH", text, value).say(rng.choice(["", ", ďakujem", ", děkuji"]))


def birth_swedish_yymmdd(fake: Faker, rng: random.Random) -> Said:
    """A Swede's date of birth as the first part of the personal number ("född 840312", "84-03-12")."""
    born = dob_value(rng)
    yy = f"{born.year % 100:02d}"
    text = rng.choice([f"{yy}{born.month:02d}{born.day:02d}", f"{yy}-{born.month:02d}-{born.day:02d}",
                       f"{born.year}{born.month:02d}{born.day:02d}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["Jag är född ", "född ", "Födelsedatum: "]))
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).say(rng.choice(["", ", tack", " /" +
                                                                                   fake["sv_SE"].first_name()]))


def birth_danish_ddmmyy(fake: Faker, rng: random.Random) -> Said:
    """A Dane's date of birth as in the CPR number's first part ("født 120384", "12.03.84")."""
    born = dob_value(rng)
    yy = f"{born.year % 100:02d}"
    text = rng.choice([f"{born.day:02d}{born.month:02d}{yy}", f"{born.day:02d}.{born.month:02d}.{yy}",
                       f"{born.day:02d}-{born.month:02d}-{yy}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["Jeg er født ", "født ", "Fødselsdato: "]))
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).say(rng.choice(["", ", tak", ". Mvh"]))


def birth_quebec_dix_neuf_cent(fake: Faker, rng: random.Random) -> Said:
    """A Quebec caller's date of birth with the year by its hundreds ("dix-neuf cent quatre-vingt-quatre")."""
    born = dob_value(rng)
    while born.year >= 2000 or born.year % 100 == 0:
        born = dob_value(rng)
    day = "premier" if born.day == 1 else number(born.day, "fr")
    text = f"{day} {MONTHS['fr'][born.month - 1]} dix-neuf cent {number(born.year % 100, 'fr')}"
    u = Said().say(f"{fake['fr_CA'].first_name()}, " + rng.choice(["votre date de naissance?",
                                                                   "c'est quoi votre date de fête?"])).turn()
    u.say(rng.choice(["Ma date de naissance, c'est le ", "Le ", "C'est le "])).entity(
        "DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "fr")
    return u.say(rng.choice([".", ", là.", ""]))


def birth_spanish_del_year(fake: Faker, rng: random.Random) -> Said:
    """A Spanish caller's date of birth with the year "del ochenta y cuatro" ("del dos mil cinco")."""
    born = dob_value(rng)
    day = "uno" if born.day == 1 else number(born.day, "es")
    if born.year < 2000:
        year, value = number(born.year % 100, "es"), f"{born.day}{born.month}{born.year % 100}"
    else:
        year, value = year_words(born.year, "es"), f"{born.day}{born.month}{born.year}"
    u = Said().say(rng.choice(["¿Su fecha de nacimiento?", "¿Me da la fecha de nacimiento?"])).turn()
    u.say(rng.choice(["El ", "Nací el ", ""])).entity(
        "DATE_OF_BIRTH", f"{day} de {MONTHS['es'][born.month - 1]} del {year}", value, "es")
    return u.say(rng.choice([".", ", sí.", ""]))


def birth_italian_dell_anno(fake: Faker, rng: random.Random) -> Said:
    """An Italian caller's date of birth with the year as "dell'ottantaquattro", "del novantuno"."""
    born = dob_value(rng)
    while born.year >= 2000 or born.year % 100 < 20:
        born = dob_value(rng)
    yy = number(born.year % 100, "it")
    day = "primo" if born.day == 1 else number(born.day, "it")
    text = f"{day} {MONTHS['it'][born.month - 1]} " + (f"dell'{yy}" if yy[0] in "aeiou" else f"del {yy}")
    u = Said().say(rng.choice(["Data di nascita?", "Mi conferma la data di nascita?"])).turn()
    u.say(rng.choice(["Sono nata il ", "Il ", "Sono nato il "])).entity(
        "DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year % 100}", "it")
    return u.say(rng.choice([".", ""]))


def birth_dutch_year_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller's year of birth said in two ("negentien vierentachtig"), not "negentienhonderd"."""
    born = dob_value(rng)
    while born.year >= 2000 or born.year % 100 < 10:
        born = dob_value(rng)
    text = f"{number(born.day, 'nl')} {MONTHS['nl'][born.month - 1]} negentien {number(born.year % 100, 'nl')}"
    u = Said().say(rng.choice(["Uw geboortedatum?", "En wat is uw geboortedatum?"])).turn()
    u.say(rng.choice(["Ik ben geboren op ", "Op ", ""])).entity(
        "DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "nl")
    return u.say(".")


def birth_polish_ur_r(fake: Faker, rng: random.Random) -> Said:
    """A Polish date of birth typed between "ur." and "r." ("ur. 12.03.1984 r."); both outside."""
    born = dob_value(rng)
    text = f"{born.day:02d}.{born.month:02d}.{born.year}"
    u = Said().say(rng.choice(CHAT) + f"{fake['pl_PL'].name()}, " + rng.choice(["ur. ", "data ur. "]))
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).say(rng.choice([" r.", " r., PESEL w załączniku",
                                                                                    " r. Pozdrawiam"]))


def birth_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals ("MARCH TWELFTH, NINETEEN EIGHTY-FOUR", "THE TWELFTH MARCH ..."); "THE"
    outside."""
    born = dob_value(rng)
    while born.year >= 2000:
        born = dob_value(rng)
    text, value = rng.choice([
        (f"{MONTHS['en'][born.month - 1]} {en_ordinal(born.day)}, {en_year(born.year, rng)}".upper(),
         f"{born.month}{born.day}{born.year}"),
        (f"{en_ordinal(born.day)} {MONTHS['en'][born.month - 1]} {en_year(born.year, rng)}".upper(),
         f"{born.day}{born.month}{born.year}")])
    u = Said().say(">> " + rng.choice(["DATE OF BIRTH?", "AND YOUR DATE OF BIRTH, PLEASE?"])).turn()
    day_first = value.startswith(str(born.day)) and not text.startswith(MONTHS["en"][born.month - 1].upper())
    u.say(">> " + rng.choice(["IT'S ", "", "SURE, "]) + ("THE " if day_first else ""))
    return u.entity("DATE_OF_BIRTH", text, value).say(".")


# NINOs, DNIs, NIEs ----------------------------------------------------------------------------------------------
def nino_caption_caps(fake: Faker, rng: random.Random) -> Said:
    """A live-caption feed in capitals, the letters plain and the digits words ("J C ONE TWO ...")."""
    v = nino_value(rng)
    u = Said().say(">> " + rng.choice(["NATIONAL INSURANCE NUMBER?", "CAN I TAKE YOUR N.I. NUMBER?"])).turn()
    return u.say(">> " + rng.choice(["YEAH, ", "IT'S ", ""])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {caps_words(v[2:8])}, {v[8]}", v).say(".")


def nino_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """Amazon Transcribe writing the NINO's letters and digits apart ("J C 1 2 3 4 5 6 A")."""
    v = nino_value(rng)
    u = Said().say("spk_0: " + rng.choice(["national insurance number", "and your ni number please"])).turn()
    return u.say("spk_1: " + rng.choice(["", "its "])).entity("UK_NINO", spaced(v), v)


def nino_polish_digits(fake: Faker, rng: random.Random) -> Said:
    """A Polish worker in Britain reading the NINO, the letters as they are and the digits in Polish."""
    v = nino_value(rng)
    u = Said().say(rng.choice(["And your National Insurance number?", "NI number, please."])).turn()
    u.say(rng.choice(["Okay, mój... my number is ", "Yes, ", "Tak, "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {', '.join(digit_by_digit(g, 'pl') for g in cut(v[2:8], [2, 2, 2]))}, {v[8]}",
        v, "pl")
    return u.say(rng.choice([".", ", dziękuję.", ""]))


def dni_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """A Spanish engine writing the DNI's digits and letter apart ("1 2 3 4 5 6 7 8 Z")."""
    v = dni_value(rng)
    u = Said().say("spk_0: " + rng.choice(["me dice su dni", "el dni del titular"])).turn()
    return u.say("spk_1: " + rng.choice(["", "sí "])).entity("ES_NIF", spaced(v), v, "es")


def dni_photo_caption(fake: Faker, rng: random.Random) -> Said:
    """A WhatsApp message sent with a photo of the card, the DNI typed under it with the card's expiry year (not
    labelled)."""
    v = dni_value(rng)
    u = Said().say(rng.choice(["[foto] ", "📷 ", "<imagen adjunta> "]) + rng.choice(
        ["ahí va el dni 👇 ", "te paso el dni: ", "mi dni x si no se ve bien: "]))
    return u.entity("ES_NIF", rng.choice([v, f"{v[:8]}-{v[8]}"]), v, "es").say(
        f", caduca en {rng.randint(2027, 2034)}" + rng.choice([" 👍", "", " grax"]))


def nie_moroccan_french(fake: Faker, rng: random.Random) -> Said:
    """A Moroccan in Spain reading the NIE's digits in French, the letters as they are."""
    v = nie_value(rng)
    text = f"{v[0]}, {digit_by_digit(v[1:4], 'fr')}, {digit_by_digit(v[4:8], 'fr')}, {v[8]}"
    u = Said().say(rng.choice(["Mi NIE, mon numéro, c'est ", "El NIE: ", "Oui, "]))
    return u.entity("ES_NIE", text, v, "fr").say(rng.choice([".", ", merci.", ""]))


def nie_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """A Spanish engine writing the NIE's letters and digits apart ("Y 1 2 3 4 5 6 7 Z")."""
    v = nie_value(rng)
    u = Said().say("spk_0: " + rng.choice(["el nie por favor", "su número de extranjero"])).turn()
    return u.say("spk_1: ").entity("ES_NIE", spaced(v), v, "es")


def nie_italian_resident(fake: Faker, rng: random.Random) -> Said:
    """An Italian living in Spain reading the NIE's digits in Italian."""
    v = nie_value(rng)
    text = f"{v[0]}, {digit_by_digit(v[1:8], 'it')}, {v[8]}"
    u = Said().say(rng.choice(["Il mio NIE, el NIE, es ", "Sì, il NIE è ", "Allora, "]))
    return u.entity("ES_NIE", text, v, "it").say(rng.choice([".", ", grazie.", ""]))


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_two_said(v: str, lang: str) -> str:
    """A NIR's printed groups said in `lang`: its twos as numbers, the rest digit by digit."""
    return ", ".join(number(int(g), lang) if len(g) == 2 and g[0] != "0" else digit_by_digit(g, lang)
                     for g in cut(v, [1, 2, 2, 2, 3, 3, 2]))


def nir_portuguese_in_france(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese caller in France reading the NIR in Portuguese by its printed groups."""
    v = nir_value(rng)
    u = Said().say(rng.choice(["O meu número da segurança social francesa é ", "Le numéro de sécu, é ", "Sim, "]))
    return u.entity("FR_NIR", nir_two_said(v, "pt"), v, "pt").say(rng.choice([".", ", obrigado.", ""]))


def nir_german_border_worker(fake: Faker, rng: random.Random) -> Said:
    """A German cross-border worker reading the NIR in German by its printed groups."""
    v = nir_value(rng)
    u = Said().say(rng.choice(["Ich bin Grenzgänger, meine französische Sozialversicherungsnummer ist ",
                               "Die Nummer von der Carte Vitale: ", "Also: "]))
    return u.entity("FR_NIR", nir_two_said(v, "de"), v, "de").say(rng.choice([".", ", danke.", ""]))


def nir_spanish_speaker(fake: Faker, rng: random.Random) -> Said:
    """A Spanish speaker in France reading the NIR in Spanish by its printed groups."""
    v = nir_value(rng)
    u = Said().say(rng.choice(["Mi número de la seguridad social francesa es ", "El de la carte Vitale: ", "Pues "]))
    return u.entity("FR_NIR", nir_two_said(v, "es"), v, "es").say(rng.choice([".", ", gracias.", ""]))


def nir_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """A French engine writing the NIR's digits apart by its printed groups."""
    v = nir_value(rng)
    u = Said().say("spk_0: " + rng.choice(["votre numéro de sécurité sociale", "le numéro de sécu"])).turn()
    return u.say("spk_1: " + rng.choice(["", "oui "])).entity("FR_NIR", spaced_groups(v, [1, 2, 2, 2, 3, 3, 2]), v,
                                                               "fr")


def cf_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """An Italian engine writing the codice fiscale's letters and digits apart."""
    v = cf_value(fake, rng)
    u = Said().say("spk_0: " + rng.choice(["mi dice il codice fiscale", "codice fiscale del titolare"])).turn()
    return u.say("spk_1: ").entity("IT_FISCAL_CODE", spaced(v), v, "it")


def cf_romanian_in_italy(fake: Faker, rng: random.Random) -> Said:
    """A Romanian living in Italy reading the codice fiscale, letters as they are, digits in Romanian."""
    v = cf_value(fake, rng)
    parts = [" ".join(p) if p.isalpha() else digit_by_digit(p, "ro") for p in re.findall(r"[A-Z]+|\d+", v)]
    u = Said().say(rng.choice(["Codul fiscal, il codice fiscale, è ", "Da, codice fiscale: ", "Deci "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "ro").say(rng.choice([".", ", mulțumesc.", ""]))


def cf_brazilian_in_italy(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian living in Italy reading the codice fiscale, letters as they are, digits in Portuguese."""
    v = cf_value(fake, rng)
    parts = [" ".join(p) if p.isalpha() else digit_by_digit(p, "pt") for p in re.findall(r"[A-Z]+|\d+", v)]
    u = Said().say(rng.choice(["Meu codice fiscale é ", "O código fiscal italiano: ", "Então, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "pt").say(rng.choice([".", ", obrigada.", ""]))


def bsn_transcribe_spaced(fake: Faker, rng: random.Random) -> Said:
    """A Dutch engine writing the BSN's digits apart ("1 2 3 4 5 6 7 8 2")."""
    v = bsn_value(rng)
    u = Said().say("spk_0: " + rng.choice(["uw burgerservicenummer", "mag ik uw bsn"])).turn()
    return u.say("spk_1: " + rng.choice(["", "ja "])).entity("NL_BSN", spaced_groups(v, [3, 3, 3]), v, "nl")


def bsn_german_border_worker(fake: Faker, rng: random.Random) -> Said:
    """A German working in the Netherlands reading the BSN in German, in threes or pairs."""
    v = bsn_value(rng)
    text = rng.choice([", ".join(digit_by_digit(g, "de") for g in cut(v, [3, 3, 3])),
                       f"{in_pairs(v[:8], 'de')}, {UNITS['de'][int(v[8])]}"])
    u = Said().say(rng.choice(["Meine BSN, also die niederländische Steuernummer, ist ", "BSN: ", "Ja, "]))
    return u.entity("NL_BSN", text, v, "de").say(rng.choice([".", ", danke.", ""]))


def bsn_portuguese_worker(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese worker in the Netherlands reading the BSN in Portuguese."""
    v = bsn_value(rng)
    u = Said().say(rng.choice(["O meu BSN é ", "Mijn BSN, o BSN, é ", "Sim, "]))
    return u.entity("NL_BSN", ", ".join(digit_by_digit(g, "pt") for g in cut(v, [3, 3, 3])), v, "pt").say(
        rng.choice([".", ", obrigado.", ""]))


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def _spaced_references(fake: Faker, rng: random.Random) -> list[str]:
    ref = _digits(rng, rng.choice([6, 7, 8]))
    return ["spk_0: " + rng.choice(["whats the booking reference", "do you have the order number"]),
            "spk_1: " + rng.choice([f"its {spaced(ref)}", f"order {spaced(ref)} placed on the {rng.randint(2, 28)}th",
                                    f"ticket {spaced(ref[:4])} dash {spaced(ref[4:])}"])]


def _caption_caps_amounts(fake: Faker, rng: random.Random) -> list[str]:
    return [">> " + rng.choice([f"THE BILL WAS {number(rng.randint(21, 99)).upper()} POUNDS FIFTY AND I PAID IT ON "
                                f"THE {en_ordinal(rng.randint(1, 28)).upper()}.",
                                f"I'VE BEEN ON HOLD FOR {number(rng.randint(21, 59)).upper()} MINUTES, SINCE "
                                f"{number(rng.randint(2, 9)).upper()} THIRTY.",
                                f"ROOM {caps_words(str(rng.randint(100, 499)))}, FLOOR "
                                f"{caps_words(str(rng.randint(1, 9)))}."])]


def _instalment_plans(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"em {rng.choice([3, 6, 10, 12])}x de R$ {rng.randint(30, 400)},{rng.randint(10, 99)} sem "
                        f"juros, total R$ {rng.randint(500, 4000)},00",
                        f"Pay in 4 interest-free payments of ${rng.randint(10, 99)}.{rng.randint(10, 99)}, first due "
                        f"{rng.randint(1, 12)}/{rng.randint(1, 28)}.",
                        f"{rng.choice([6, 12, 24])} rate da {rng.randint(20, 99)},90 € a tasso zero, TAEG 0%.",
                        f"{rng.choice([3, 6, 12])} cuotas de {rng.randint(20, 99)},99 € sin intereses."])]


def _clock_times(fake: Faker, rng: random.Random) -> list[str]:
    t1 = f"{rng.randint(1, 12)}:{rng.randint(27, 35)}"
    return [rng.choice([f"The train leaves at {t1} from platform {rng.randint(1, 12)}, arriving {rng.randint(5, 9)}:"
                        f"{rng.randint(10, 59)}.", f"Your call was received at {t1} and you are number "
                        f"{rng.randint(2, 9)} in the queue.", f"The parcel was scanned at {t1} on "
                        f"{MONTHS['en'][rng.randint(0, 11)]} {rng.randint(2, 28)}th."])]


def _payment_symbols(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"VS {_digits(rng, 10)}, KS 0308, SS {_digits(rng, 6)}, suma {rng.randint(10, 500)},00 €",
                        f"Variabilní symbol {_digits(rng, 8)}, konstantní symbol 0558, částka {rng.randint(100, 9999)} "
                        "Kč", f"Közlemény: {rng.randint(2024, 2026)}/{_digits(rng, 5)}, összeg {rng.randint(2, 90)} "
                        f"{rng.randint(100, 999)} Ft"])]


def _nordic_org_numbers(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Org.nr {_digits(rng, 6)}-{_digits(rng, 4)}, bankgiro {_digits(rng, 3)}-{_digits(rng, 4)}, "
                        f"OCR {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                        f"Plusgiro {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)}-{_digits(rng, 1)}, "
                        f"förfallodag {rng.randint(2026, 2027)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        f"CVR {_digits(rng, 8)}, FI-kort +71<{_digits(rng, 15)}+{_digits(rng, 8)}<",
                        f"Y-tunnus {_digits(rng, 7)}-{_digits(rng, 1)}, viitenumero {_digits(rng, 4)} "
                        f"{_digits(rng, 5)}"])]


def _six_digit_dates(fake: Faker, rng: random.Random) -> list[str]:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return [rng.choice([f"Levering {d:02d}{m:02d}27, ordre {_digits(rng, 6)}.",
                        f"Leverans v. {rng.randint(2, 52)}, datum 27{m:02d}{d:02d}, {rng.randint(2, 9)} kolli.",
                        f"Faktura udstedt {d:02d}.{m:02d}.26, forfald {d:02d}.{m:02d}.27.",
                        f"Bäst före {d:02d}-{m:02d}-27, parti {_digits(rng, 5)}."])]


def _polish_invoice_ids(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Faktura FV/2026/{rng.randint(1, 12):02d}/{_digits(rng, 4)}, NIP {_digits(rng, 3)}-"
                        f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}, termin płatności 14 dni.",
                        f"REGON {_digits(rng, 9)}, KRS {_digits(rng, 10)}, kwota {rng.randint(100, 9999)},"
                        f"{rng.randint(10, 99)} zł.",
                        f"Nr zamówienia {_digits(rng, 8)}, paczkomat KRA{rng.randint(10, 99)}M, kod odbioru "
                        f"{_digits(rng, 6)}."])]


def _new_language_prices(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Stojí to {number(rng.randint(21, 99), 'sk')} eur a {number(rng.randint(10, 99), 'sk')} "
                        f"centov, dodanie za {UNITS['sk'][rng.randint(2, 5)]} dni.",
                        f"{number(rng.randint(2, 9), 'hu')}ezer-{number(rng.randint(2, 9), 'hu')}száz forint, "
                        f"{number(rng.randint(2, 9), 'hu')} darab.",
                        f"Costă {number(rng.randint(21, 99), 'ro')} de lei, livrare în "
                        f"{UNITS['ro'][rng.randint(2, 4)]} zile."])]


def _product_barcodes(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["Can you read me the barcode?", "What's on the label?"]),
            rng.choice([f"EAN {rng.choice(['5', '4', '8'])} {_digits(rng, 6)} {_digits(rng, 6)}, lot "
                        f"{_digits(rng, 5)}.",
                        f"It says {_digits(rng, 12)} under the barcode and model {rng.choice(['KX', 'TR', 'WM'])}-"
                        f"{rng.randint(100, 999)}.", f"Serial {rng.choice(['SN', 'S/N'])} {_digits(rng, 4)} "
                        f"{_digits(rng, 4)}"
                        f" {_digits(rng, 4)}, made {rng.randint(2019, 2025)}."])]


def _years_by_hundreds(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"La maison date de dix-neuf cent {number(rng.randint(10, 60), 'fr')}, le toit a été refait "
                        f"en {rng.randint(1990, 2020)}.",
                        f"Het huis is van negentien {number(rng.randint(20, 70), 'nl')}, "
                        f"verbouwd in {rng.randint(1990, 2020)}.", f"Es del {number(rng.randint(70, 99), 'es')}, el "
                        f"coche tiene {rng.randint(100, 300)} mil kilómetros.", f"The building's from nineteen "
                        f"{number(rng.randint(20, 69))}, listed since {rng.randint(1970, 2000)}."])]


def _meeting_chat_plain(fake: Faker, rng: random.Random) -> list[str]:
    who = fake[rng.choice(["en_GB", "de_DE", "nl_NL"])].name()
    h, m = rng.randint(9, 16), rng.randint(10, 59)
    return [f"{h}:{m}:{rng.randint(10, 59)} From {who} to Everyone:\n\t" + rng.choice(
        [f"slides at {rng.randint(2, 4)}pm, room {rng.randint(1, 5)}.{rng.randint(10, 40)}",
         f"back in {rng.randint(5, 15)} min", f"Q3 numbers: {rng.randint(100, 999)}k vs {rng.randint(100, 999)}k",
         f"+1 to slide {rng.randint(4, 30)}"])]


FAMILIES = {
    "card/v22-google-phone-shaped": card_google_phone_shaped, "card/v22-brazil-installments": card_brazil_installments,
    "card/v22-hungarian-words": card_hungarian_words, "card/v22-slovak-words": card_slovak_words,
    "card/v22-next-between-groups": card_next_between_groups,
    "card/v22-expiry-heard-as-date": card_expiry_heard_as_date,
    "card/v22-expiry-heard-as-time": card_expiry_heard_as_time,
    "card/v22-expiry-polish-genitive": card_expiry_polish_genitive,
    "card/v22-expiry-romanian-words": card_expiry_romanian_words, "card/v22-code-chat-emoji": card_code_chat_emoji,
    "card/v22-code-slovak": card_code_slovak, "card/v22-transcribe-spaced": card_transcribe_spaced,
    "card/v22-caption-caps": card_caption_caps, "card/v22-maestro-dutch-pairs": card_maestro_dutch_pairs,
    "phone/v22-us-shape-foreign": phone_us_shape_foreign, "phone/v22-slovak-words": phone_slovak_words,
    "phone/v22-email-signature-pipes": phone_email_signature_pipes,
    "phone/v22-belgian-slash-dots": phone_belgian_slash_dots, "phone/v22-italian-hundreds": phone_italian_hundreds,
    "phone/v22-hungarian-plus": phone_hungarian_plus, "phone/v22-polish-dashes": phone_polish_dashes,
    "phone/v22-romanian-dotted": phone_romanian_dotted, "phone/v22-transcribe-spaced": phone_transcribe_spaced,
    "phone/v22-caption-caps": phone_caption_caps,
    "email/v22-slovak-zavinac": email_slovak_zavinac, "email/v22-google-at-word": email_google_at_word,
    "email/v22-greek-chat-typed": email_greek_chat_typed, "email/v22-meeting-chat-log": email_meeting_chat_log,
    "iban/v22-hungarian-said": iban_hungarian_said, "iban/v22-slovak-said-slovak": iban_slovak_said_slovak,
    "iban/v22-italian-hundreds": iban_italian_hundreds, "iban/v22-transcribe-spaced": iban_transcribe_spaced,
    "iban/v22-finland-swedish": iban_finland_swedish, "iban/v22-norwegian-expat": iban_norwegian_expat,
    "iban/v22-greek-invoice": iban_greek_invoice,
    "ssn/v22-caption-caps": ssn_caption_caps, "ssn/v22-transcribe-spaced": ssn_transcribe_spaced,
    "ssn/v22-numeral-word-groups": ssn_numeral_word_groups,
    "bank/v22-transcribe-spaced": bank_transcribe_spaced, "bank/v22-caption-caps": bank_caption_caps,
    "bank/v22-account-phone-shaped": bank_account_phone_shaped,
    "birth/v22-central-spaced-dots": birth_central_spaced_dots, "birth/v22-swedish-yymmdd": birth_swedish_yymmdd,
    "birth/v22-danish-ddmmyy": birth_danish_ddmmyy, "birth/v22-quebec-dix-neuf-cent": birth_quebec_dix_neuf_cent,
    "birth/v22-spanish-del-year": birth_spanish_del_year, "birth/v22-italian-dell-anno": birth_italian_dell_anno,
    "birth/v22-dutch-year-pairs": birth_dutch_year_pairs, "birth/v22-polish-ur-r": birth_polish_ur_r,
    "birth/v22-caption-caps": birth_caption_caps,
    "nino/v22-caption-caps": nino_caption_caps, "nino/v22-transcribe-spaced": nino_transcribe_spaced,
    "nino/v22-polish-digits": nino_polish_digits,
    "dni/v22-transcribe-spaced": dni_transcribe_spaced, "dni/v22-photo-caption": dni_photo_caption,
    "nie/v22-moroccan-french": nie_moroccan_french, "nie/v22-transcribe-spaced": nie_transcribe_spaced,
    "nie/v22-italian-resident": nie_italian_resident,
    "nir/v22-portuguese-in-france": nir_portuguese_in_france, "nir/v22-german-border-worker": nir_german_border_worker,
    "nir/v22-spanish-speaker": nir_spanish_speaker, "nir/v22-transcribe-spaced": nir_transcribe_spaced,
    "fiscal_code/v22-transcribe-spaced": cf_transcribe_spaced,
    "fiscal_code/v22-romanian-in-italy": cf_romanian_in_italy,
    "fiscal_code/v22-brazilian-in-italy": cf_brazilian_in_italy,
    "bsn/v22-transcribe-spaced": bsn_transcribe_spaced, "bsn/v22-german-border-worker": bsn_german_border_worker,
    "bsn/v22-portuguese-worker": bsn_portuguese_worker,
}

NEGATIVE_FAMILIES = {
    "negative/v22-spaced-references": _spaced_references, "negative/v22-caption-caps-amounts": _caption_caps_amounts,
    "negative/v22-instalment-plans": _instalment_plans, "negative/v22-clock-times": _clock_times,
    "negative/v22-payment-symbols": _payment_symbols, "negative/v22-nordic-org-numbers": _nordic_org_numbers,
    "negative/v22-six-digit-dates": _six_digit_dates, "negative/v22-polish-invoice-ids": _polish_invoice_ids,
    "negative/v22-new-language-prices": _new_language_prices, "negative/v22-product-barcodes": _product_barcodes,
    "negative/v22-years-by-hundreds": _years_by_hundreds, "negative/v22-meeting-chat-plain": _meeting_chat_plain,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v22-google-phone-shaped", "card/v22-brazil-installments", "card/v22-expiry-heard-as-date",
         "card/v22-expiry-heard-as-time", "card/v22-code-chat-emoji", "card/v22-transcribe-spaced",
         "phone/v22-us-shape-foreign", "phone/v22-email-signature-pipes", "phone/v22-belgian-slash-dots",
         "phone/v22-polish-dashes", "phone/v22-romanian-dotted", "phone/v22-transcribe-spaced",
         "email/v22-greek-chat-typed", "email/v22-meeting-chat-log", "iban/v22-transcribe-spaced",
         "iban/v22-greek-invoice", "ssn/v22-transcribe-spaced", "bank/v22-transcribe-spaced",
         "bank/v22-account-phone-shaped", "birth/v22-central-spaced-dots", "birth/v22-swedish-yymmdd",
         "birth/v22-danish-ddmmyy", "birth/v22-polish-ur-r", "nino/v22-transcribe-spaced",
         "dni/v22-transcribe-spaced", "dni/v22-photo-caption", "nie/v22-transcribe-spaced",
         "nir/v22-transcribe-spaced", "fiscal_code/v22-transcribe-spaced", "bsn/v22-transcribe-spaced"]
MIXED = ["card/v22-next-between-groups", "email/v22-google-at-word", "ssn/v22-numeral-word-groups",
         "nino/v22-caption-caps", "nino/v22-polish-digits", "nie/v22-moroccan-french", "nie/v22-italian-resident",
         "fiscal_code/v22-romanian-in-italy", "fiscal_code/v22-brazilian-in-italy"]
SPOKEN = [name for name in FAMILIES if name not in TYPED and name not in MIXED]
NEGATIVE_TYPED = ["negative/v22-instalment-plans", "negative/v22-payment-symbols", "negative/v22-nordic-org-numbers",
                  "negative/v22-six-digit-dates", "negative/v22-polish-invoice-ids",
                  "negative/v22-meeting-chat-plain"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(MIXED) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

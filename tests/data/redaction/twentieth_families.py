"""The twentieth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and (by their families' names) to avoid their phrasings. Weighted, as the batches
before it, to everyday contact-centre calls, chats, texts, emails and voicemails and what speech engines write of them,
in English (American, British, Irish, South African, New Zealand) and twelve other languages (German, Dutch, Spanish,
French, Italian, Portuguese, Polish, Swedish, Danish, Norwegian, Finnish and Czech), with Greek and Brazilian numbers.
New here: a group of four said by its hundreds ("forty-five hundred and thirty-two"), and by a Spaniard as thousands
("dos mil cien"); a caller switching language group by group inside one value (Spanish, German, Polish, Dutch,
Italian, Portuguese, French with English); keypad tones in an IVR log (a card, its expiry and code, an SSN, a routing
and an account number, a callback number); values quoted in an email's or a chat's history ("> "), the reply beside
them; voicemails as an engine writes them, lower-case and unpunctuated; an expiry with "stroke" or "slash" said, as
a run of four digits, or typed with an apostrophe ("Apr '29"); a code as Whisper writes it ("7, 4, 2"); a vCard; a
number with "+44 (0)"; German landlines with a slash, Swedish with a dash, Brazilian in brackets, Greek mobiles,
South African "oh eight two", an American toll-free "one eight hundred"; "full stop" for a dot, the French "tiret du
huit" and "tiret du six", a provider's name in pieces ("hot mail"), an IVR's letter-by-letter spelling, Brazilian
".com.br", Swiss "ät"; IBANs over an IVR's prompts four at a time, split over two texts ("(1/2)"), interrupted by
"slower, please", read back in another language, with the Italian CIN by its city, Brazilian "meia", Czech, Danish and
Finnish pairs; an SSN given as the whole of a one-word answer, its groups joined by "and", its last four by their
hundreds; two accounts (checking and savings) beside one routing number, an account over three turns, the agent's
read-back; dates of birth with German ordinal months ("am zwölften dritten"), day, month and year as numbers in words
in thirteen languages, a spouse's date given first, "12th March", "12-Mar-1984", ISO dates, the Nordic, Polish, Dutch
and Portuguese abbreviations for "born" ("f.", "ur.", "geb.", "nasc.", "s."); a NINO by its hundreds; an NIE's letters
by Spanish cities at both ends; a NIR in threes by its hundreds; a codice fiscale spelled by NATO words, by a mixture of
cities, names and plain letters, over three turns, and by an English speaker. Look-alikes: order references beside the
word "card", passport and licence expiries, issue and start dates, an IBAN read out and rejected by its check,
amounts with "hundred and", door codes, PINs and combinations, web addresses said without an "at", health insurance
numbers, lottery numbers, coordinates and versions, masked values in quoted history, voicemails with times and
amounts, an IVR's menu choices keyed.

Labelling follows the nineteenth's (the eighteenth's, the seventeenth's, the fourteenth's, and the fifteenth's for
dates of birth and US account numbers, labelled wherever they are said): a label covers what is said of the value,
with fillers, joiners ("and", "stroke"), hesitations and a correction inside the run, named (`drop=`) for the reading
(a "(0)" after a country code among them); naming words outside; one label per segment piece (a value given in parts
is labelled part by part and read back whole with `Said.joint`); another speaker's reading of a value (the agent's,
an IVR's) labelled as the caller's is; a value in quoted history labelled as it would be anywhere else; a card's last
four said alone (an SSN's too), a masked value, a card's "valid from" date, a cheque number, an extension, an age and
a keyed "#" are not. A card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY; the email
address in a vCard EMAIL_ADDRESS. Every value is valid where a validator exists (this module's own, copied from the
nineteenth's: Luhn, mod-97 with each country's IBAN length and the national checks, SSN ranges, NIF and NIE letters,
NINO prefixes, `phonenumbers`, the NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA
checksum), checked as it is drawn and again when the label is. Each label is checked as it is made (`Said.verify`):
its characters are exactly the text the family meant, with no space or punctuation at its ends; the label, read by
this module's own `reads` in its language (extended here for hundreds of a group of four in English, Spanish
thousands, French hundreds, Brazilian "meia", "slash" and "stroke", Spanish "la letra", and two languages at once,
"es&en", the first named winning where a word is in both), gives back the value, and an address's label, read by
`email_reads` (here with "full stop", "tiret du six" and "tiret du huit"), gives back the address.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v20-"."""

import random
import re
import string
import unicodedata
from datetime import date, timedelta

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
                "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24}


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
    if country == "CZ":
        while True:
            account = d(10)
            if sum(int(c) * w for c, w in zip(account, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1], strict=True)) % 11 == 0:
                return rng.choice(["0800", "0100", "0300", "2010", "5500"]) + "000000" + account
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
    "cs": "nula jedna dva tři čtyři pět šest sedm osm devět"}
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
    "cs": "deset jedenáct dvanáct třináct čtrnáct patnáct šestnáct sedmnáct osmnáct devatenáct"}
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
    "cs": "dvacet třicet čtyřicet padesát šedesát sedmdesát osmdesát devadesát"}
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
    return f"{tens} {unit}"  # pl, cs


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
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince"}
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
                "es": "dos mil", "it": "duemila", "pt": "dois mil"}.get(lang, "deux mille")
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
    raise AssertionError(lang)


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
                   "vee": "V", "double you": "W", "ex": "X", "why": "Y", "zed": "Z", "zee": "Z"}
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
               "dobbelt": 2, "dobbel": 2, "doppel": 2, "dreifach": 3, "tripla": 3, "triplo": 3}
FILLERS = {
    "en": "uh um er erm uhm hmm ah and then of the like so sorry plus slash stroke",
    "de": "äh ähm ehm und also so plus",
    "nl": "eh ehm uh uhm en plus",
    "es": "eh este pues y de del o sea mmm más plus la letra",
    "fr": "euh heu et le bah ben plus",
    "it": "ehm eh allora e del di cioè plus più",
    "pt": "é hum e de do tipo ahn mais",
    "pl": "yyy eee i no plus",
    "sv": "öh eh och ehm plus",
    "da": "øh og øhm plus",
    "no": "eh og ehm pluss",
    "fi": "öö tuota niin plus",
    "cs": "ehm éé no plus",
}
FILLERS = {lang: set(words.split()) for lang, words in FILLERS.items()}
JOINERS = {"en": {"for", "like"}, "de": {"wie"}, "nl": {"van", "voor"}, "es": {"de", "como"}, "fr": {"comme"},
           "it": {"come"}, "pt": {"de"}, "sv": {"som"}, "da": {"som"}, "no": {"som"}, "pl": {"jak"}, "cs": {"jako"},
           "fi": {"kuin"}}
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
            if lang in ("de", "nl", "sv", "no", "da", "fr", "es", "it", "pt"):
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
            t |= {("premier",): "1"}
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
ORDINAL_SUFFIXES = {"en": {"st", "nd", "rd", "th"}, "fr": {"er", "e"}}


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


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: digit words, pairs and one-word compounds, hundreds,
    homophones of digits, letters, their names and spelling alphabets (with "for", "wie", "comme", "come", "de",
    "van", "som" and the rest), "double" and "triple", and for dates months, ordinals and years."""
    lang = "&".join(one.split("_")[0] for one in lang.split("&"))
    table, fillers, joiners = _merged(lang)
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
          "malpa", "a commerciale"],
    ".": ["dot", "full stop", "period", "punkt", "punktum", "punto", "point", "punt", "ponto", "kropka", "piste",
          "tečka"],
    "_": ["underscore", "under score", "tiret du huit", "tiret du 8", "unterstrich", "tiret bas", "tiret du bas",
          "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje"],
    "-": ["dash", "hyphen", "minus", "bindestrich", "tiret", "tiret du six", "tiret du 6", "guion", "guión",
          "trattino", "streepje", "hífen",
          "bindestreck", "bindestreg", "bindestrek", "väliviiva", "pomlčka", "myślnik", "traço"],
}
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


YEAR_LANGS = ("de", "nl", "sv", "no", "da", "fr", "es", "it", "pt")
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


# Cards ----------------------------------------------------------------------------------------------------------
def card_hundred_groups(fake: Faker, rng: random.Random) -> Said:
    """Each group of four said by its hundreds ("forty-five hundred and thirty-two"), as some American callers do,
    a group with a nought in front digit by digit."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    u = Said().say(rng.choice(["What's the card number?", "Go ahead with the long number on the card."])).turn()
    u.say(rng.choice(["Okay, it's ", "Sure. ", "Alright, "])).entity(
        "CREDIT_CARD", ", ".join(by_hundreds(g) if rng.random() < 0.8 else digit_by_digit(g, "en", "oh")
                                 for g in card_groups(d)), d)
    return u.say(rng.choice([".", "", ". Did you get all that?"]))


CODE_SWITCH = {"es": ("es_ES", "Sí, es ", "el número de la tarjeta"), "de": ("de_DE", "Ja, also ", "die Kartennummer"),
               "pl": ("pl_PL", "Tak, to ", "numer karty"), "nl": ("nl_NL", "Ja, het is ", "het kaartnummer"),
               "it": ("it_IT", "Sì, allora ", "il numero della carta"), "pt": ("pt_PT", "Sim, é ", "o número"),
               "fr": ("fr_FR", "Oui, c'est ", "le numéro")}


def card_alternating_languages(fake: Faker, rng: random.Random) -> Said:
    """A bilingual caller reading the card a group in their own language, a group in English, in turn (or drifting
    into English halfway); read with both languages' words."""
    lang = rng.choice(list(CODE_SWITCH))
    _, intro, _ = CODE_SWITCH[lang]
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    halfway = rng.random() < 0.5
    parts = [digit_by_digit(g, lang) if (i < 2 if halfway else i % 2 == 0) else
             render(g, "en", rng.choice(["words", "pairs"]), rng) for i, g in enumerate(gs)]
    u = Said().say(rng.choice(["Can I have the card number, please?", "And the card number?"])).turn()
    return u.say(intro).entity("CREDIT_CARD", ", ".join(parts), d, f"{lang}&en").say(
        rng.choice([".", "", ", okay?"]))


def card_dtmf_log(fake: Faker, rng: random.Random) -> Said:
    """A payment IVR's log: the prompts and the keypad tones as the platform writes them, the "#" after each (not in
    the label)."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    sep = rng.choice([" ", "", " "])
    u = Said().say(rng.choice(["[IVR] ", "IVR: ", "PROMPT: "]) + rng.choice([
        f"Please enter your {len(d)}-digit card number, followed by the hash key.",
        "Using your keypad, enter the long number on the front of your card, then press pound."])).turn()
    tag = rng.choice(["[DTMF] ", "DTMF: ", "KEYS: "])
    u.say(tag).entity("CREDIT_CARD", sep.join(d), d).say(" #").turn()
    u.say(rng.choice(["[IVR] ", "IVR: ", "PROMPT: "]) + "Now enter the expiry date, two digits for the month and two "
                                                       "for the year.").turn()
    u.say(tag).entity("CARD_EXPIRY", sep.join(f"{month:02d}{yy}"), f"{month:02d}{yy}").say(" #").turn()
    u.say(rng.choice(["[IVR] ", "IVR: ", "PROMPT: "]) + rng.choice([
        "Finally, enter the security code from the back of your card.", "Please enter the card security code."]))
    u.turn().say(tag).entity("CARD_SECURITY_CODE", sep.join(code), code)
    return u.say(" #")


def card_quoted_reply(fake: Faker, rng: random.Random) -> Said:
    """An email reply ("same card as before, please") above the customer's earlier message quoted with "> "; the
    card, its expiry and code in the quoted lines labelled."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    u = Said().say(rng.choice(["Hi,\nPlease charge the same card as last time for the renewal.\n",
                               "Yes, go ahead and use the card below again.\nThanks\n"]))
    u.say("\n" + quote_head(fake, rng) + "\n> " + rng.choice(["Card: ", "Card number: ", "Visa/MC: "]))
    u.entity("CREDIT_CARD", rng.choice([" ", "-"]).join(card_groups(d)), d)
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice(["\n> Expiry: ", "\n> Exp ", "\n> Expires: "])).entity("CARD_EXPIRY", exp, value)
    u.say(rng.choice(["\n> CVV: ", "\n> Security code: ", "\n> CVC "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["\n>\n> Thanks", "\n> Regards", ""]))


def card_expiry_stroke(fake: Faker, rng: random.Random) -> Said:
    """The expiry said with "stroke" (British) or "slash" between month and year, the code asked after."""
    (month, yy), code = expiry(rng), security_code(rng)
    word = rng.choice(["stroke", "slash", "stroke"])
    mm = rng.choice([digit_by_digit(f"{month:02d}", "en", "oh"), number(month)])
    value = (f"{month:02d}" if mm.startswith("oh") or mm.startswith("zero") or month > 9 else str(month)) + str(yy)
    u = Said().say(rng.choice(["Lovely, and the expiry date on the front?", "What's the expiry on that card?"]))
    u.turn().say(rng.choice(["It's ", "", "Uh, "])).entity("CARD_EXPIRY", f"{mm} {word} {number(yy)}", value)
    u.say(".").turn().say(rng.choice(["And the last three digits on the signature strip?", "And the CVV?"])).turn()
    return u.entity("CARD_SECURITY_CODE", render(code, "en", rng.choice(["words", "numerals"]), rng), code).say(
        rng.choice([".", ""]))


def card_expiry_digit_run(fake: Faker, rng: random.Random) -> Said:
    """The expiry read off as a run of digits ("oh four two nine"), or with the year whole ("oh four, twenty
    twenty-nine")."""
    d = card_number(rng)
    month, yy = expiry(rng)
    mm = f"{month:02d}"
    text, value = rng.choice([(digit_by_digit(mm + str(yy), "en", rng.choice(["oh", "zero"])), mm + str(yy)),
                              (f"{digit_by_digit(mm, 'en', 'oh')}, twenty {number(yy)}", f"{mm}20{yy}")])
    u = Said().say("Card number's ").entity("CREDIT_CARD", " ".join(card_groups(d)), d).say(".").turn()
    u.say(rng.choice(["Expiration?", "Expiry date?", "When does it expire?"])).turn()
    return u.say(rng.choice(["", "Um, ", "It says "])).entity("CARD_EXPIRY", text, value).say(rng.choice([".", ""]))


def card_code_comma_numerals(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing a slowly read card and code as numerals with commas between ("4532, 7781, ...", "7, 4, 2")."""
    d = card_number(rng)
    code = security_code(rng, d)
    u = Said().say(rng.choice(["Could you read me the card number?", "The card number, please."])).turn()
    u.say(rng.choice(["Yes. ", "Okay. ", ""])).entity("CREDIT_CARD", ", ".join(card_groups(d)), d).say(".").turn()
    u.say(rng.choice(["And the security code?", "And the CVV on the back?"])).turn()
    return u.say(rng.choice(["Uh, ", "It's ", ""])).entity("CARD_SECURITY_CODE", ", ".join(code), code).say(".")


def card_south_african(fake: Faker, rng: random.Random) -> Said:
    """A South African caller: "ja", the card in fours, the expiry "oh four, twenty-nine", the CVV "at the back"."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["Ja, okay, the card number is ", "Ja, it's ", "Shame, sorry, here it is: "]))
    u.entity("CREDIT_CARD", render_groups(card_groups(d), "en", rng, ["words", "numerals"], ", "), d).say(".").turn()
    u.say(rng.choice(["Thank you. And the expiry date?", "Perfect, expiry date please?"])).turn()
    exp, value = exp_said(month, yy, "en", rng)
    u.say(rng.choice(["It's ", "Ja, ", ""])).entity("CARD_EXPIRY", exp, value).say(".").turn()
    u.say(rng.choice(["And the CVV at the back?", "The three numbers at the back, please."])).turn()
    return u.say(rng.choice(["Now now... ", "Ja, ", ""])).entity(
        "CARD_SECURITY_CODE", digit_by_digit(code), code).say(rng.choice([".", ", thanks."]))


def card_expiry_apostrophe(fake: Faker, rng: random.Random) -> Said:
    """A chat with the expiry typed as a month's short name and the year with an apostrophe ("Apr '29")."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    abbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"][month - 1]
    exp = rng.choice([f"{abbr} '{yy}", f"{abbr.upper()} '{yy}", f"{abbr} 20{yy}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["card ", "pay with ", "use "])).entity(
        "CREDIT_CARD", "".join(card_groups(d)) if rng.random() < 0.3 else " ".join(card_groups(d)), d)
    u.say(rng.choice([", exp ", " expires ", ", good thru "])).entity(
        "CARD_EXPIRY", exp, f"{month}{'20' if '20' + str(yy) in exp else ''}{yy}")
    return u.say(rng.choice([", cvv ", ", code ", " sec code "])).entity("CARD_SECURITY_CODE", code, code)


def card_polish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller, the card in pairs ("czterdzieści pięć, trzydzieści dwa"), "ważna do" and the CVC."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["Numer karty to ", "Dobrze, ", "Proszę: "])).entity(
        "CREDIT_CARD", ", ".join(in_pairs(g, "pl") for g in card_groups(d)), d, "pl").say(".").turn()
    u.say(rng.choice(["A data ważności?", "Do kiedy jest ważna?"])).turn()
    u.say(rng.choice(["Ważna do ", "Do ", ""])).entity(
        "CARD_EXPIRY", f"{digit_by_digit(f'{month:02d}', 'pl')}, {number(yy, 'pl')}", f"{month:02d}{yy}", "pl")
    u.say(".").turn().say(rng.choice(["I kod CVC z tyłu karty?", "Trzy cyfry z tyłu?"])).turn()
    return u.entity("CARD_SECURITY_CODE", digit_by_digit(code, "pl"), code, "pl").say(".")


def card_readback_agent_hundreds(fake: Faker, rng: random.Random) -> Said:
    """The caller reads the card digit by digit; the agent reads it back in the hundreds the caller did not use;
    both labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    gs = card_groups(d)
    u = Said().say(rng.choice(["It's ", "Okay, "])).entity(
        "CREDIT_CARD", ", ".join(digit_by_digit(g, "en", "zero") for g in gs), d).say(".").turn()
    u.say(rng.choice(["Let me read that back: ", "So I have "])).entity(
        "CREDIT_CARD", ", ".join(by_hundreds(g) for g in gs), d)
    return u.say(rng.choice(["?", ", is that right?", ". Correct?"])).turn().say(rng.choice(["Yes.", "That's it."]))


# Phones ---------------------------------------------------------------------------------------------------------
def phone_south_african(fake: Faker, rng: random.Random) -> Said:
    """A South African cellphone, "oh eight two", then threes and four, or "plus two seven" and no nought."""
    code, trunk, nsn = phone_value("ZA", rng)
    if rng.random() < 0.7:
        value, text = trunk + nsn, f"oh {digit_by_digit(nsn[:2])}, " + ", ".join(
            digit_by_digit(g, "en", "oh") for g in cut(nsn[2:], [3, 4]))
    else:
        value, text = code + nsn, f"plus two seven, {digit_by_digit(nsn[:2])}, " + ", ".join(
            digit_by_digit(g, "en", "oh") for g in cut(nsn[2:], [3, 4]))
    u = Said().say(rng.choice(["Ja, my cell is ", "You can phone me on ", "My cellphone number is "]))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice([".", ", thanks.", " any time."]))


def phone_toll_free_hundred(fake: Faker, rng: random.Random) -> Said:
    """A business caller's toll-free number, "one eight hundred" or "one eight seven seven", and the rest."""
    code, _, nsn = phone_value("US_FREE", rng)
    head = "one eight hundred" if nsn[:3] == "800" else f"one {digit_by_digit(nsn[:3])}"
    text = f"{head}, {digit_by_digit(nsn[3:6], 'en', 'oh')}, " + rng.choice(
        [digit_by_digit(nsn[6:], "en", "oh"), in_pairs(nsn[6:])])
    u = Said().say(rng.choice(["The office line is ", "You can call us back on our toll-free number, ",
                               "Our main number's "]))
    return u.entity("PHONE_NUMBER", text, code + nsn).say(rng.choice([".", ", option two.", ", any time."]))


def phone_vcard(fake: Faker, rng: random.Random) -> Said:
    """A contact card pasted into a chat: the number on its TEL line and the address on its EMAIL line labelled."""
    country, locale = rng.choice([("GB", "en_GB"), ("DE", "de_DE"), ("NL", "nl_NL"), ("US", "en_US"),
                                  ("ES", "es_ES"), ("SE", "sv_SE")])
    code, _, nsn = phone_value(country, rng)
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'web.de', 'hotmail.com'])}"
    u = Said().say(rng.choice(["Here's my contact:\n", "Customer: [contact card]\n", ""]))
    u.say(f"BEGIN:VCARD\nVERSION:3.0\nFN:{fake[locale].name()}\n" + rng.choice(["TEL;TYPE=CELL:", "TEL:",
                                                                            "TEL;type=CELL;type=VOICE:"]))
    u.entity("PHONE_NUMBER", f"+{code}{nsn}" if rng.random() < 0.6 else f"+{code} {nsn}", code + nsn)
    u.say(rng.choice(["\nEMAIL:", "\nEMAIL;TYPE=INTERNET:"])).entity("EMAIL_ADDRESS", address, address)
    return u.say("\nEND:VCARD")


def phone_german_slash(fake: Faker, rng: random.Random) -> Said:
    """A German landline typed the old way, the area code and a slash ("030/12345678", "(0 89) 123 45 67")."""
    n = national("DE_FIXED", rng)
    area = "0" + next(a for a in ["711", "221", "30", "40", "89", "69"] if n[1:].startswith(a))
    rest = n[len(area):]
    text = rng.choice([f"{area}/{rest}", f"{area} / {rest}", f"({area}) {' '.join(cut(rest, [3, 2, 2, 2]))}",
                       f"{area}/{' '.join(cut(rest, [2, 2, 2, 2]))}"])
    u = Said().say(rng.choice(["Tel. ", "Telefon: ", "Festnetz: ", "erreichbar unter "]))
    return u.entity("PHONE_NUMBER", text, n, "de").say(rng.choice(["", " (tagsüber)", ", danke"]))


def phone_swedish_dash(fake: Faker, rng: random.Random) -> Said:
    """A Swedish mobile typed as Swedes write it: "070-123 45 67"."""
    n = national("SE", rng)
    text = f"{n[:3]}-{' '.join(cut(n[3:], [3, 2, 2]))}" if len(n) == 10 else f"{n[:3]}-{n[3:]}"
    u = Said().say(rng.choice(CHAT) + rng.choice(["ring mig på ", "mitt nummer: ", "mobil "]))
    return u.entity("PHONE_NUMBER", text, n, "sv").say(rng.choice(["", " tack", " /mvh"]))


def phone_brazil_brackets(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian cell typed with the area code in brackets and a dash ("(11) 98765-4321"), "+55" or none."""
    code, _, nsn = phone_value("BR", rng)
    body = f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}"
    with_code = rng.random() < 0.3
    u = Said().say(rng.choice(CHAT) + rng.choice(["meu zap é ", "meu celular: ", "pode me chamar no "]))
    return u.entity("PHONE_NUMBER", f"+55 {body}" if with_code else body, (code if with_code else "") + nsn, "pt").say(
        rng.choice(["", " obrigado", " 😊"]))


def phone_greek(fake: Faker, rng: random.Random) -> Said:
    """A Greek customer's mobile in an English chat, "69..." in threes and four, "+30" or none."""
    code, _, nsn = phone_value("GR", rng)
    with_code = rng.random() < 0.5
    text = ("+30 " if with_code else "") + rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn,
                                                      f"{nsn[:3]} {nsn[3:]}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["my greek mobile is ", "call me on ", "tel: "]))
    return u.entity("PHONE_NUMBER", text, (code if with_code else "") + nsn).say(rng.choice(["", " thanks", "."]))


def phone_polish_english_switch(fake: Faker, rng: random.Random) -> Said:
    """A Polish caller starting the number in Polish and finishing it in English."""
    _, _, nsn = phone_value("PL", rng)
    gs = cut(nsn, [3, 3, 3])
    k = rng.randint(1, 2)
    text = ", ".join(digit_by_digit(g, "pl") for g in gs[:k]) + ", " + rng.choice(["sorry, ", "", "uh "]) + \
        ", ".join(digit_by_digit(g) for g in gs[k:])
    u = Said().say(rng.choice(["My number, mój numer, is ", "Yes, telefon: ", "It's "]))
    return u.entity("PHONE_NUMBER", text, nsn, "pl&en").say(rng.choice([".", ", dziękuję.", ""]))


def phone_voicemail_run_on(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it: lower-case, unpunctuated, the callback number in digit words, twice."""
    country = rng.choice(["US", "CA", "GB", "IE", "AU", "NZ"])
    n = national(country, rng)
    first = digit_by_digit(n, "en", "oh")
    again = " ".join(digit_by_digit(g, "en", rng.choice(["oh", "zero"])) for g in cut(n, [3, 3, 4]))
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi, this is {fake['en_US'].first_name()} calling about my bill, can you call me back on ",
        f"Hello, it's {fake['en_GB'].first_name()} again about the refund, my number is "])))
    u.entity("PHONE_NUMBER", first, n).say(" " + rng.choice(["that's ", "again that's ", "i'll repeat "]))
    return u.entity("PHONE_NUMBER", again, n).say(" " + rng.choice(["thanks bye", "cheers", "thank you"]))


def phone_ivr_callback_dtmf(fake: Faker, rng: random.Random) -> Said:
    """An IVR's log: the callback number keyed in, then read back by the IVR's voice; both labelled, the "#" not."""
    country = rng.choice(["US", "GB", "AU", "CA"])
    n = national(country, rng)
    u = Said().say("[IVR] " + rng.choice(["To request a callback, enter your phone number followed by the hash key.",
                                          "Please key in the number we should call you back on, then press pound."]))
    u.turn().say(rng.choice(["[DTMF] ", "DTMF: "])).entity("PHONE_NUMBER", " ".join(n), n).say(" #").turn()
    u.say("[IVR] " + rng.choice(["You entered ", "We'll call you back on "])).entity(
        "PHONE_NUMBER", ", ".join(digit_by_digit(g, "en", "zero") for g in cut(n, [3, 3, 4])), n)
    return u.say(". " + rng.choice(["If this is correct, press one.",
                                    "To confirm, press one; to re-enter, press two."]))


def phone_plus_bracket_zero(fake: Faker, rng: random.Random) -> Said:
    """A number in an email signature with the trunk nought in brackets after the country code ("+44 (0)7700
    900123"); the "(0)" inside the label, named."""
    country = rng.choice(["GB", "DE", "NL", "CH", "AT", "IE"])
    code, _, nsn = phone_value(country, rng)
    body = " ".join(cut(nsn, [4, 6])) if country == "GB" else " ".join(cut(nsn, [3, 3, 4])) if country != "NL" \
        else f"{nsn[0]} {nsn[1:]}"
    glue = rng.choice(["(0)", "(0) "])
    text = f"+{code} {glue}{body}"
    u = Said().say(rng.choice(["Kind regards,\n", "Best wishes,\n", "Mit freundlichen Grüßen\n"]))
    u.say(f"{fake['en_GB'].name()}\n" + rng.choice(["M: ", "Mobile: ", "Tel: ", "T "]))
    return u.entity("PHONE_NUMBER", text, code + nsn, drop=("(0)",)).say(rng.choice(["", "\nwww.example-ltd.com"]))


# Addresses ------------------------------------------------------------------------------------------------------
def email_full_stop(fake: Faker, rng: random.Random) -> Said:
    """A British or Irish caller saying "full stop" for each dot, "at" for the sign."""
    locale = rng.choice(["en_GB", "en_IE"])
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(['btinternet.com', 'sky.com', 'eircom.net', 'virginmedia.com', 'gmail.com'])}"
    words = {"@": "at", ".": "full stop", "_": "underscore", "-": "dash"}
    u = Said().say(rng.choice(["My email is ", "It's ", "Right, the email: "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "en", words, rng), address).say(
        rng.choice([".", ", all lower case.", ""]))


def email_french_tiret(fake: Faker, rng: random.Random) -> Said:
    """A French caller naming the underscore and the dash by the keys they share ("tiret du huit", "tiret du
    six")."""
    first, last, _ = local_part(fake, "fr_FR", rng)
    sep = rng.choice(["_", "-"])
    address = f"{first}{sep}{last}@{rng.choice(['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'gmail.com'])}"
    words = {"@": "arobase", ".": "point", "_": rng.choice(["tiret du huit", "tiret du 8"]),
             "-": rng.choice(["tiret du six", "tiret du 6"])}
    u = Said().say(rng.choice(["Mon adresse, c'est ", "Alors, c'est ", "Vous notez: "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "fr", words, rng, "fr"), address, "fr").say(
        rng.choice([".", ", en minuscules.", ""]))


def email_spanglish(fake: Faker, rng: random.Random) -> Said:
    """A caller switching between Spanish and English symbol words inside one address ("punto", "at", "dot com")."""
    _, _, local = local_part(fake, rng.choice(["es_MX", "es_ES"]), rng)
    address = f"{local}@{rng.choice(['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'])}"
    words = {"@": rng.choice(["arroba", "at"]), ".": "punto", "_": rng.choice(["guion bajo", "underscore"]),
             "-": rng.choice(["guion", "dash"])}
    text = say_address(address, "es", words, rng, "es")
    text = text[::-1].replace(" otnup ", " tod ", 1)[::-1] if rng.random() < 0.7 else text  # "dot com" at the end
    u = Said().say(rng.choice(["Sí, el email es ", "My email, mi correo, es ", "Okay, es "]))
    return u.entity("EMAIL_ADDRESS", text, address, "es").say(rng.choice([".", ", okay?", ""]))


def email_provider_in_pieces(fake: Faker, rng: random.Random) -> Said:
    """An engine writing the provider's name in pieces ("hot mail", "out look", "i cloud", "proton mail")."""
    _, _, local = local_part(fake, rng.choice(["en_US", "en_GB", "en_CA"]), rng)
    domain, said_ = rng.choice([("hotmail.com", "hot mail dot com"), ("outlook.com", "out look dot com"),
                                ("icloud.com", "i cloud dot com"), ("protonmail.com", "proton mail dot com"),
                                ("hotmail.co.uk", "hot mail dot co dot uk"), ("ymail.com", "y mail dot com"),
                                ("btinternet.com", "bt internet dot com")])
    text = say_address(local, "en", {".": "dot", "_": "underscore", "-": "dash"}, rng) + " at " + said_
    u = Said().say(rng.choice(["yeah it's ", "email is ", "so it's "]))
    return u.entity("EMAIL_ADDRESS", text, f"{local}@{domain}").say(rng.choice(["", " thanks", " yep"]))


def email_quoted_chain(fake: Faker, rng: random.Random) -> Said:
    """A chat's reply quoting the customer's earlier message with the address, the agent's confirmation typed
    again; both labelled."""
    _, _, local = local_part(fake, rng.choice(["en_GB", "de_DE", "nl_NL", "it_IT"]), rng)
    address = f"{local}@{rng.choice(['gmail.com', 'gmx.de', 'ziggo.nl', 'libero.it', 'yahoo.co.uk'])}"
    u = Said().say(rng.choice(["> Customer: ", "> ", "| Customer wrote: "]) + rng.choice([
        "please update my email to ", "new email is ", "send it to "])).entity("EMAIL_ADDRESS", address, address)
    u.turn().say(rng.choice(["Agent: Done, I've changed it to ", "Agent: Thanks, updated to ",
                             "Agent: All set, we'll use "])).entity("EMAIL_ADDRESS", address, address)
    return u.say(rng.choice([".", " from now on.", " for your invoices."]))


def email_ivr_spelling(fake: Faker, rng: random.Random) -> Said:
    """An IVR asking for the address one character at a time; the caller spells it with commas between, "done" at
    the end (outside)."""
    first, last, _ = local_part(fake, rng.choice(["en_US", "en_GB"]), rng)
    local = f"{first[:rng.randint(1, 4)]}{last}"[:10]
    domain = rng.choice(["gmail.com", "aol.com", "yahoo.com", "gmx.com"])
    address = f"{local}@{domain}"
    chars = [{"@": "at", ".": "dot"}.get(c, c) for c in address]
    u = Said().say("[IVR] Please spell your email address one character at a time. Say 'done' when you've "
                   "finished.").turn()
    return u.entity("EMAIL_ADDRESS", ", ".join(chars), address).say(rng.choice([", done.", "... done.", ". Done."]))


def email_brazilian_com_br(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian address: "arroba", "ponto com ponto br", numbers in Portuguese."""
    first, last, _ = local_part(fake, "pt_BR", rng)
    local = rng.choice([f"{first}.{last}", f"{first}{rng.randint(10, 99)}", f"{first}_{last}"])
    address = f"{local}@{rng.choice(['uol.com.br', 'bol.com.br', 'terra.com.br', 'gmail.com', 'ig.com.br'])}"
    words = {"@": "arroba", ".": "ponto", "_": "underline", "-": "traço"}
    u = Said().say(rng.choice(["Meu e-mail é ", "É ", "Anota aí: "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "pt", words, rng, "pt"), address, "pt").say(
        rng.choice([".", ", tudo minúsculo.", ""]))


def email_polish_digits(fake: Faker, rng: random.Random) -> Said:
    """A Polish address: "małpa", "kropka", the digits in Polish words, the provider's "o dwa" too."""
    first, last, _ = local_part(fake, "pl_PL", rng)
    local = rng.choice([f"{first}.{last}{rng.randint(1, 99)}", f"{first}{rng.randint(10, 99)}", f"{last}.{first}"])
    address = f"{local}@{rng.choice(['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gmail.com'])}"
    words = {"@": rng.choice(["małpa", "malpa"]), ".": "kropka", "_": "podkreślnik", "-": "myślnik"}
    u = Said().say(rng.choice(["Mój mail to ", "Adres e-mail: ", "Proszę zapisać: "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "pl", words, rng, "pl"), address, "pl").say(
        rng.choice([".", ", dziękuję.", ""]))


def email_swiss_aet(fake: Faker, rng: random.Random) -> Said:
    """A Swiss German address: "ät", "punkt ch", "Bindestrich"."""
    _, _, local = local_part(fake, "de_CH", rng)
    address = f"{local.replace('_', '-')}@{rng.choice(['bluewin.ch', 'gmx.ch', 'sunrise.ch', 'hispeed.ch'])}"
    words = {"@": "ät", ".": "punkt", "-": "bindestrich"}
    u = Said().say(rng.choice(["Mini E-Mail isch ", "Also, ", "Die E-Mail-Adresse ist "]))
    return u.entity("EMAIL_ADDRESS", say_address(address, "de", words, rng, "de"), address, "de").say(
        rng.choice([".", ", merci.", ""]))


def email_south_african_readback(fake: Faker, rng: random.Random) -> Said:
    """A South African caller's address ("co dot za"), the agent reading it back; both labelled."""
    _, _, local = local_part(fake, "en_GB", rng)
    address = f"{local}@{rng.choice(['gmail.com', 'mweb.co.za', 'telkomsa.net', 'webmail.co.za', 'vodamail.co.za'])}"
    words = {"@": "at", ".": "dot", "_": "underscore", "-": "dash"}
    u = Said().say(rng.choice(["Ja, it's ", "My email is "])).entity(
        "EMAIL_ADDRESS", say_address(address, "en", words, rng), address).say(".").turn()
    u.say(rng.choice(["So that's ", "Let me confirm: "])).entity("EMAIL_ADDRESS", say_address(address, "en", words,
                                                                                              rng), address)
    return u.say(rng.choice(["?", ", correct?"])).turn().say(rng.choice(["Ja, that's right.", "Yes."]))


# IBANs ----------------------------------------------------------------------------------------------------------
def part_cuts(iban: str) -> list[int]:
    """Where an IBAN may be cut in two (after a group of four where it can, else after a pair), with neither part as
    long as a whole IBAN of some country."""
    whole = FULL_LENGTHS["IBAN_CODE"]
    ok = [c for c in range(8, len(iban) - 5, 4) if c not in whole and len(iban) - c not in whole]
    return ok or [c for c in range(8, len(iban) - 5, 2) if c not in whole and len(iban) - c not in whole]


def iban_spanish_thousands(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN four at a time, each group of four as a thousand ("dos mil cien, cuatro mil noventa"), a group
    with a nought in front digit by digit."""
    iban = iban_value("ES", rng)
    gs = cut(iban, [4] * 6)
    parts = [f"E S {number(int(iban[2:4]), 'es') if iban[2] != '0' else digit_by_digit(iban[2:4], 'es')}"]
    parts += [es_thousands(int(g)) if g[0] != "0" and rng.random() < 0.85 else digit_by_digit(g, "es")
              for g in gs[1:]]
    u = Said().say(rng.choice(["Mi IBAN es ", "El número de cuenta, el IBAN: ", "Apunte: "]))
    return u.entity("IBAN_CODE", ", ".join(parts), iban, "es").say(rng.choice([".", ", gracias.", ""]))


def iban_german_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A German voicemail as an engine writes it, lower-case and unpunctuated, the IBAN in German words."""
    iban = iban_value(rng.choice(["DE", "AT"]), rng)
    text = vm_lower(iban_said(iban, "de", rng, ["words", "words", "pairs"]))
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Guten Tag hier ist {fake['de_DE'].name()} wegen der Rückerstattung meine IBAN lautet ",
        "Hallo ich rufe wegen der Gutschrift an bitte überweisen Sie auf ",
        "Ja hallo es geht um die Erstattung die IBAN ist "])))
    return u.entity("IBAN_CODE", text, iban, "de").say(" " + rng.choice(["danke schön auf wiederhören",
                                                                          "vielen dank tschüss", "danke"]))


def iban_quoted_thread(fake: Faker, rng: random.Random) -> Said:
    """An email giving a new IBAN above the old one quoted in the thread ("> IBAN: ..."); both labelled."""
    country = rng.choice(["DE", "NL", "FR", "BE", "IT", "ES", "AT", "IE"])
    new, old = iban_value(country, rng), iban_value(country, rng)
    u = Said().say(rng.choice(["Hello,\nI've changed banks, please use this one from now on: ",
                               "Hi, correction to my last email, the right IBAN is "]))
    u.entity("IBAN_CODE", rng.choice([" ".join(cut(new, [4] * 9)), new]), new)
    u.say("\nThanks\n\n" + quote_head(fake, rng) + "\n> " + rng.choice(["Please pay the refund to IBAN ",
                                                                        "My bank details: IBAN "]))
    return u.entity("IBAN_CODE", rng.choice([" ".join(cut(old, [4] * 9)), old]), old).say(
        rng.choice(["\n> Thanks", "", "\n> Regards"]))


def iban_alternating_languages(fake: Faker, rng: random.Random) -> Said:
    """A bilingual caller reading their IBAN a group at home, a group in English, or drifting into English."""
    lang, country = rng.choice([("de", "DE"), ("nl", "NL"), ("pl", "PL"), ("it", "IT"), ("pt", "PT"), ("fr", "FR"),
                                ("es", "ES")])
    iban = iban_value(country, rng)
    gs = cut(iban, [4] * 9)
    drift = rng.randint(2, len(gs) - 1) if rng.random() < 0.5 else 0
    parts = []
    for i, g in enumerate(gs):
        home = i < drift if drift else i % 2 == 0
        parts.append(" ".join(" ".join(p) if p.isalpha() else digit_by_digit(p, lang if home else "en")
                              for p in re.findall(r"[A-Z]+|\d+", g)))
    u = Said().say(rng.choice(["The IBAN, yes, ", "So my IBAN is ", "Okay. "]))
    return u.entity("IBAN_CODE", ", ".join(parts), iban, f"{lang}&en").say(rng.choice([".", ", sorry, my English.",
                                                                                        ""]))


def iban_ivr_four_at_a_time(fake: Faker, rng: random.Random) -> Said:
    """A bank's voice bot asking for the IBAN four characters at a time; each answer labelled as the part it is."""
    country = rng.choice(["GB", "IE", "DE", "NL", "FR"])
    iban = iban_value(country, rng)
    gs = cut(iban, [4] * 9)
    u = Said().say("Bot: " + rng.choice(["Please say the first four characters of the IBAN.",
                                         "Let's take the IBAN four characters at a time. The first four?"])).turn()
    for i, g in enumerate(gs):
        said_ = " ".join(" ".join(p) if p.isalpha() else render(p, "en", rng.choice(["words", "pairs"]), rng)
                         for p in re.findall(r"[A-Z]+|\d+", g))
        u.say("Caller: ").entity("IBAN_CODE", said_, g)
        if i < len(gs) - 1:
            u.turn().say("Bot: " + rng.choice(["Got it. Next four.", "Thanks. And the next four?", "Next."])).turn()
    return u.joint(len(gs), iban).say(".")


def iban_slower_please(fake: Faker, rng: random.Random) -> Said:
    """The caller reads fast; the agent breaks in ("sorry, slower, please") and the caller goes on from where they
    were; the two parts labelled and read together."""
    country = rng.choice(["DE", "FR", "IT", "ES", "NL", "BE"])
    lang = {"DE": "de", "FR": "fr", "IT": "it", "ES": "es", "NL": "nl", "BE": "fr"}[country]
    iban = iban_value(country, rng)
    c = rng.choice(part_cuts(iban))
    u = Said().say(rng.choice(["Okay, ", "Ja, ", "Bon, "])).entity(
        "IBAN_CODE", iban_said(iban[:c], lang, rng, ["words"]), iban[:c], lang).say("...").turn()
    u.say(rng.choice(["Sorry, slower, please, I'm typing.", "Wait, wait, a bit slower.", "Sorry, can you slow "
                      "down?"])).turn()
    u.say(rng.choice(["Sorry. ", "Okay, so then ", "Yes, "])).entity(
        "IBAN_CODE", ", ".join(digit_by_digit(g, lang) for g in cut(iban[c:], [4] * 9)), iban[c:], lang)
    return u.joint(2, iban).say(".")


def iban_italian_cin_city(fake: Faker, rng: random.Random) -> Said:
    """An Italian IBAN: "I T", the check as a number, the CIN letter "come" its city, ABI and CAB digit by digit, the
    account in pairs."""
    iban = iban_value("IT", rng)
    city = ALPHABETS["it"][ord(iban[4]) - 65]
    check = number(int(iban[2:4]), "it") if iban[2] != "0" else digit_by_digit(iban[2:4], "it")
    acct = iban[15:]
    text = f"I T {check}, {iban[4]} come {city}, {digit_by_digit(iban[5:10], 'it')}, " \
           f"{digit_by_digit(iban[10:15], 'it')}, " + ", ".join(
               in_pairs(p, "it") for p in cut(acct, [2] * 6))
    u = Said().say(rng.choice(["L'IBAN è ", "Allora, l'IBAN: ", "Le detto l'IBAN: "]))
    return u.entity("IBAN_CODE", text, iban, "it+").say(rng.choice([".", ", grazie.", ""]))


def iban_portuguese_meia(fake: Faker, rng: random.Random) -> Said:
    """A Brazilian in Portugal reading the Portuguese IBAN, "meia" for six as Brazilians say it."""
    iban = iban_value("PT", rng)
    text = iban_said(iban, "pt", rng, ["words"])
    text = re.sub(r"\bseis\b", lambda m: "meia" if rng.random() < 0.8 else "seis", text)
    u = Said().say(rng.choice(["Meu IBAN é ", "O IBAN daqui de Portugal: ", "Anota: "]))
    return u.entity("IBAN_CODE", text, iban, "pt").say(rng.choice([".", ", tá?", ""]))


def iban_sms_two_texts(fake: Faker, rng: random.Random) -> Said:
    """An IBAN split across two text messages marked "(1/2)" and "(2/2)"; each part labelled."""
    country = rng.choice(["DE", "FR", "NL", "IT", "ES", "PL", "PT", "GB"])
    iban = iban_value(country, rng)
    c = rng.choice(part_cuts(iban))
    sep = rng.choice([" ", ""])
    u = Said().say(rng.choice(["SMS (1/2): ", "[text 1/2] ", "(1/2) "]) + rng.choice(["iban for the refund ",
                                                                                      "bank: ", "IBAN "]))
    u.entity("IBAN_CODE", sep.join(cut(iban[:c], [4] * 9)), iban[:c]).turn()
    u.say(rng.choice(["SMS (2/2): ", "[text 2/2] ", "(2/2) "])).entity("IBAN_CODE", sep.join(cut(iban[c:], [4] * 9)),
                                                                       iban[c:])
    return u.joint(2, iban).say(rng.choice(["", " thanks", " ta"]))


def iban_czech_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Czech IBAN with its groups in pairs ("čtyřicet dva"), the noughts digit by digit."""
    iban = iban_value("CZ", rng)
    u = Said().say(rng.choice(["IBAN je ", "Číslo účtu, IBAN: ", "Takže "]))
    return u.entity("IBAN_CODE", iban_said(iban, "cs", rng, ["pairs", "pairs", "words"]), iban, "cs").say(".")


def iban_danish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Danish IBAN in pairs ("femogfyrre"), as Danes say numbers."""
    iban = iban_value("DK", rng)
    u = Said().say(rng.choice(["Mit IBAN-nummer er ", "Det er ", "IBAN: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "da", rng, ["pairs", "pairs", "words"]), iban, "da").say(
        rng.choice([".", ", tak.", ""]))


def iban_finnish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Finnish IBAN in pairs ("neljäkymmentäviisi"), some groups digit by digit."""
    iban = iban_value("FI", rng)
    u = Said().say(rng.choice(["Tilinumeroni on ", "IBAN: ", "Se on "]))
    return u.entity("IBAN_CODE", iban_said(iban, "fi", rng, ["pairs", "words"]), iban, "fi").say(".")


def iban_readback_other_language(fake: Faker, rng: random.Random) -> Said:
    """A caller reading the IBAN in their language; the agent, in English, reads it back; both labelled."""
    lang, country = rng.choice([("de", "DE"), ("nl", "NL"), ("fr", "FR"), ("es", "ES"), ("it", "IT"), ("sv", "SE"),
                                ("no", "NO")])
    iban = iban_value(country, rng)
    u = Said().say(rng.choice(["Caller: ", "[caller] "])).entity(
        "IBAN_CODE", iban_said(iban, lang, rng, ["words"]), iban, lang).say(".").turn()
    u.say(rng.choice(["Agent: ", "[agent] "]) + rng.choice(["Thank you. In English, that's ", "Let me repeat it: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "en", rng, ["words", "numerals"]), iban).say(
        rng.choice(["?", ". Is that right?"]))


# SSNs -----------------------------------------------------------------------------------------------------------
def ssn_dashed(v: str) -> str:
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def ssn_one_word_turns(fake: Faker, rng: random.Random) -> Said:
    """The agent asks in a word ("Social?"), the caller answers with the number alone."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["Social?", "SSN?", "And the social.", "Last thing, social security number?"])).turn()
    text = rng.choice([ssn_dashed(v), ", ".join(digit_by_digit(g) for g in cut(v, [3, 2, 4])), v,
                       " ".join(cut(v, [3, 2, 4]))])
    return u.entity("US_SSN", text, v).say(rng.choice([".", "", "?"]))


def ssn_and_joined(fake: Faker, rng: random.Random) -> Said:
    """The groups joined by "and" ("five twelve and forty-four and sixty-seven eighty-nine")."""
    v = ssn_value(rng)
    a, b, c = cut(v, [3, 2, 4])
    first = f"{digit_by_digit(a[0])} {in_pairs(a[1:])}" if a[1] != "0" else digit_by_digit(a, "en", "oh")
    text = f"{first} and {in_pairs(b) if b[0] != '0' else digit_by_digit(b, 'en', 'oh')} and " + rng.choice(
        [in_pairs(c), digit_by_digit(c, "en", "oh")])
    u = Said().say(rng.choice(["My social is ", "It's ", "Social security number, "]))
    return u.entity("US_SSN", text, v).say(rng.choice([".", "", ", I believe."]))


def ssn_last_four_hundreds(fake: Faker, rng: random.Random) -> Said:
    """The first five digit by digit, the last four by their hundreds ("sixty-seven hundred eighty-nine")."""
    v = ssn_value(rng)
    while v[5] == "0" or v[6] == "0":
        v = ssn_value(rng)
    text = f"{digit_by_digit(v[:3], 'en', 'oh')}, {digit_by_digit(v[3:5], 'en', 'oh')}, {by_hundreds(v[5:])}"
    u = Said().say(rng.choice(["What's your Social Security number?", "Can I get your social?"])).turn()
    return u.say(rng.choice(["Sure, ", "Yeah, ", ""])).entity("US_SSN", text, v).say(rng.choice([".", ""]))


def ssn_quoted_email(fake: Faker, rng: random.Random) -> Said:
    """An accountant's reply above the client's quoted message with the SSN ("> SSN: ...")."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["Thanks, I've added it to your return.\n", "Got it, we'll file this week.\n"]))
    u.say("\n" + quote_head(fake, rng) + "\n> " + rng.choice(["Here's my SSN for the 1040: ", "SSN: ",
                                                              "my social is "]))
    return u.entity("US_SSN", rng.choice([ssn_dashed(v), v]), v).say(rng.choice(["\n> Thanks", "", "\n> -J"]))


def ssn_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, lower-case and unpunctuated, the SSN in digit words."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's {fake['en_US'].first_name()} returning your call about the benefits form my social is ",
        "Hey this is about the application you asked for the social security number it's "])))
    u.entity("US_SSN", " ".join(digit_by_digit(g, "en", rng.choice(["oh", "zero"])) for g in cut(v, [3, 2, 4])), v)
    return u.say(" " + rng.choice(["call me back thanks", "bye", "thanks"]))


def ssn_dtmf(fake: Faker, rng: random.Random) -> Said:
    """A benefits line's IVR log: the SSN keyed in, the "#" after it (not in the label)."""
    v = ssn_value(rng)
    u = Said().say("[IVR] " + rng.choice(["Please enter your nine-digit Social Security number, followed by pound.",
                                          "Using your keypad, enter your Social Security number."])).turn()
    return u.say(rng.choice(["[DTMF] ", "DTMF: "])).entity("US_SSN", rng.choice([" ".join(v), v]), v).say(" #")


# Routing and account numbers ------------------------------------------------------------------------------------
def bank_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, the routing and account numbers for a payroll change in digit words."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi this is {fake['en_US'].first_name()} from the warehouse I need to change my direct deposit the routing "
        "number is ", "Hey it's about my paycheck new bank the routing is "])))
    u.entity("ABA_ROUTING_NUMBER", digit_by_digit(aba, "en", rng.choice(["oh", "zero"])), aba)
    u.say(" " + rng.choice(["and the account number is ", "account "]))
    return u.entity("US_BANK_NUMBER", digit_by_digit(acct), acct).say(" " + rng.choice(["thanks", "call me if you "
                                                                                        "need anything"]))


def bank_checking_and_savings(fake: Faker, rng: random.Random) -> Said:
    """One routing number and two accounts, checking and savings, the paycheck split between them; all labelled."""
    aba, checking, savings = aba_value(rng), account_value(rng), account_value(rng)
    u = Said().say(rng.choice(["Both accounts are at the same bank, routing ", "Routing number's "]))
    u.entity("ABA_ROUTING_NUMBER", render(aba, "en", rng.choice(["words", "numerals"]), rng), aba).say(". ")
    u.say(rng.choice(["Checking is ", "The checking account is "])).entity(
        "US_BANK_NUMBER", render(checking, "en", rng.choice(["words", "numerals"]), rng), checking)
    u.say(rng.choice([", and savings is ", ". And the savings account, "])).entity(
        "US_BANK_NUMBER", render(savings, "en", rng.choice(["words", "numerals"]), rng), savings)
    return u.say(rng.choice([". Put two hundred a month in savings.", ".", ", eighty-twenty."]))


def bank_quoted_email(fake: Faker, rng: random.Random) -> Said:
    """A payroll reply above the employee's quoted message with the routing and account numbers."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(["Updated, this takes effect next pay period.\n", "Thanks, HR has this now.\n"]))
    u.say("\n" + quote_head(fake, rng) + "\n> " + rng.choice(["New bank info - routing ", "> Routing #: ",
                                                              "Routing number: "]))
    u.entity("ABA_ROUTING_NUMBER", aba, aba).say(rng.choice(["\n> Account ", "\n> Acct #: ", ", account "]))
    return u.entity("US_BANK_NUMBER", acct, acct).say(rng.choice(["\n> (checking)", "", "\n> Thanks!"]))


def bank_account_hundreds(fake: Faker, rng: random.Random) -> Said:
    """The account number said in fours by their hundreds, what is left digit by digit."""
    aba = aba_value(rng)
    while True:
        acct = str(rng.randint(1, 9)) + _digits(rng, rng.choice([7, 9, 11]))
        if all(g[1] != "0" and g[0] != "0" for g in cut(acct, [4, 4, 4]) if len(g) == 4):
            break
    text = ", ".join(by_hundreds(g) if len(g) == 4 else digit_by_digit(g) for g in cut(acct, [4, 4, 4]))
    u = Said().say(rng.choice(["And the account number?", "What's the account number?"])).turn()
    u.say(rng.choice(["It's ", "Okay, ", ""])).entity("US_BANK_NUMBER", text, acct).say(".").turn()
    u.say(rng.choice(["And the routing?", "Routing number?"])).turn()
    return u.entity("ABA_ROUTING_NUMBER", ", ".join(digit_by_digit(g, "en", "oh") for g in cut(aba, [3, 3, 3])),
                    aba).say(".")


def bank_dtmf(fake: Faker, rng: random.Random) -> Said:
    """A pay-by-phone IVR's log: routing number and account number keyed in, each with its "#"."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say("[IVR] To pay from your checking account, enter the nine-digit routing number, then press pound.")
    u.turn().say("[DTMF] ").entity("ABA_ROUTING_NUMBER", " ".join(aba), aba).say(" #").turn()
    u.say("[IVR] Now enter your account number, then press pound.").turn()
    return u.say("[DTMF] ").entity("US_BANK_NUMBER", " ".join(acct), acct).say(" #")


def bank_account_three_turns(fake: Faker, rng: random.Random) -> Said:
    """The account number over three turns, the agent's "uh-huh" between; each piece labelled and read together."""
    acct = str(rng.randint(1, 9)) + _digits(rng, rng.choice([8, 9, 10, 11]))
    pieces = cut(acct, [4, 3])
    u = Said().say(rng.choice(["And the account number for the deposit?", "Okay, account number?"])).turn()
    for i, p in enumerate(pieces):
        u.entity("US_BANK_NUMBER", render(p, "en", rng.choice(["words", "numerals"]), rng), p)
        if i < len(pieces) - 1:
            u.say(rng.choice(["...", ","])).turn().say(rng.choice(["Uh-huh.", "Okay.", "Mm-hm.", "Go on."])).turn()
    return u.joint(len(pieces), acct).say(".")


def bank_agent_readback(fake: Faker, rng: random.Random) -> Said:
    """The caller gives routing and account in numerals-as-typed chat; the agent reads both back in words."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(CHAT) + "routing ").entity("ABA_ROUTING_NUMBER", aba, aba).say(" acct ").entity(
        "US_BANK_NUMBER", acct, acct).turn()
    u.say("Agent: " + rng.choice(["Just to confirm, routing ", "So that's routing number "])).entity(
        "ABA_ROUTING_NUMBER", ", ".join(digit_by_digit(g, "en", "zero") for g in cut(aba, [3, 3, 3])), aba)
    u.say(rng.choice([" and account ", ", account number "])).entity(
        "US_BANK_NUMBER", digit_by_digit(acct, "en", "zero"), acct)
    return u.say(rng.choice(["?", ", correct?"]))


# Dates of birth -------------------------------------------------------------------------------------------------
def birth_german_ordinal_months(fake: Faker, rng: random.Random) -> Said:
    """A German caller giving the month as an ordinal number too ("am zwölften dritten
    neunzehnhundertvierundachtzig")."""
    born = dob_value(rng)
    year = year_words(born.year, "de") if rng.random() < 0.6 else str(born.year)
    u = Said().say(rng.choice(["Geburtsdatum?", "Und Ihr Geburtsdatum, bitte?"])).turn()
    intro = rng.choice(["Am ", "Ich bin am ", "Geboren am "])
    u.say(intro).entity("DATE_OF_BIRTH", f"{de_ordinal(born.day)} {de_ordinal(born.month)} {year}",
                        f"{born.day}{born.month}{born.year}", "de")
    return u.say(" geboren." if intro == "Ich bin am " else rng.choice([".", ", ja."]))


DAY_MONTH_YEAR = {"en": "My date of birth is ", "de": "Geboren bin ich am ", "nl": "Mijn geboortedatum is ",
                  "es": "Mi fecha de nacimiento es el ", "fr": "Je suis né le ", "it": "Sono nata il ",
                  "pt": "A minha data de nascimento é ", "pl": "Data urodzenia: ", "sv": "Jag är född ",
                  "cs": "Datum narození: ", "da": "Min fødselsdato er ", "no": "Fødselsdatoen min er ",
                  "fi": "Syntymäaikani on "}


def birth_numbers_in_words(fake: Faker, rng: random.Random) -> Said:
    """Day, month and two-digit year as numbers in words, in one of thirteen languages ("zwölf, drei,
    vierundachtzig", "doce, tres, ochenta y cuatro")."""
    lang = rng.choice(list(DAY_MONTH_YEAR))
    born = dob_value(rng)
    while born.year % 100 < 10:
        born = dob_value(rng)
    yy = born.year % 100
    if lang == "en" and rng.random() < 0.5:  # Americans: month first
        text, value = f"{number(born.month)}, {number(born.day)}, {number(yy)}", f"{born.month}{born.day}{yy}"
    else:
        text, value = f"{number(born.day, lang)}, {number(born.month, lang)}, {number(yy, lang)}", \
            f"{born.day}{born.month}{yy}"
    u = Said().say(DAY_MONTH_YEAR[lang])
    return u.entity("DATE_OF_BIRTH", text, value, lang).say(".")


def birth_spouse_first(fake: Faker, rng: random.Random) -> Said:
    """The caller gives their spouse's date of birth by mistake, then their own; both labelled."""
    a, b = dob_value(rng), dob_value(rng)
    u = Said().say(rng.choice(["Can you confirm your date of birth?", "Date of birth on the account?"])).turn()
    first = f"{MONTHS['en'][a.month - 1]} {en_ordinal(a.day)}, {a.year}"
    u.say(rng.choice(["Uh, ", "", "It's "])).entity("DATE_OF_BIRTH", first, f"{a.month}{a.day}{a.year}")
    u.say(rng.choice(["... no, sorry, that's my wife's. Mine is ", "... oh wait, that's my husband's birthday. Mine's ",
                      ", no, hang on, that's my partner's. I'm "]))
    second = f"{MONTHS['en'][b.month - 1]} {en_ordinal(b.day)}, {en_year(b.year, rng)}"
    return u.entity("DATE_OF_BIRTH", second, f"{b.month}{b.day}{b.year}").say(rng.choice([".", ". Sorry!"]))


def birth_ordinal_suffix_typed(fake: Faker, rng: random.Random) -> Said:
    """A date of birth typed with an ordinal suffix ("12th March 1984", "March 12th, 1984", "1st of May 1990")."""
    born = dob_value(rng)
    sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(born.day, "th")
    month = MONTHS["en"][born.month - 1]
    text, value = rng.choice([(f"{born.day}{sfx} {month} {born.year}", f"{born.day}{born.month}{born.year}"),
                              (f"{month} {born.day}{sfx}, {born.year}", f"{born.month}{born.day}{born.year}"),
                              (f"{born.day}{sfx} of {month} {born.year}", f"{born.day}{born.month}{born.year}")])
    u = Said().say(rng.choice(CHAT) + rng.choice(["DOB is ", "born ", "my date of birth: ", "d.o.b "]))
    return u.entity("DATE_OF_BIRTH", text, value).say(rng.choice(["", " thanks", "."]))


def birth_crm_month_abbr(fake: Faker, rng: random.Random) -> Said:
    """An agent's CRM note with the date of birth as "12-Mar-1984" or "12 MAR 1984" or "1984-03-12"."""
    born = dob_value(rng)
    abbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][born.month - 1]
    text = rng.choice([f"{born.day:02d}-{abbr}-{born.year}", f"{born.day} {abbr.upper()} {born.year}",
                       f"{born.year}-{born.month:02d}-{born.day:02d}", f"{born.day:02d}-{abbr.upper()}-{born.year}"])
    value = re.sub(r"\D", "", text) if text[:4].isdigit() else \
        re.split(r"[- ]", text)[0] + str(born.month) + str(born.year)
    u = Said().say(rng.choice(["Note: ", "[CRM] ", "Call notes - "]) + rng.choice([
        "Caller verified. ", "ID&V passed. ", "Spoke to account holder. "]))
    u.say(rng.choice(["DOB ", "D.O.B: ", "DoB "])).entity("DATE_OF_BIRTH", text, value)
    return u.say(rng.choice([", postcode matched.", ". Address updated.", ""]))


def birth_born_abbreviations(fake: Faker, rng: random.Random) -> Said:
    """A chat with the short word for "born" at home: Danish and Norwegian "f.", Swedish "f.", Polish "ur.", Dutch
    "geb.", Portuguese "nasc.", Finnish "s."."""
    born = dob_value(rng)
    lang, head, text = rng.choice([
        ("da", "f. ", f"{born.day:02d}.{born.month:02d}.{born.year}"),
        ("no", "f. ", f"{born.day:02d}.{born.month:02d}.{born.year}"),
        ("sv", "f. ", f"{born.year}-{born.month:02d}-{born.day:02d}"),
        ("pl", "ur. ", f"{born.day:02d}.{born.month:02d}.{born.year}"),
        ("nl", "geb. ", f"{born.day:02d}-{born.month:02d}-{born.year}"),
        ("pt", "nasc. ", f"{born.day:02d}/{born.month:02d}/{born.year}"),
        ("fi", "s. ", f"{born.day}.{born.month}.{born.year}")])
    who = {"da": "da_DK", "no": "no_NO", "sv": "sv_SE", "pl": "pl_PL", "nl": "nl_NL", "pt": "pt_PT", "fi": "fi_FI"}
    u = Said().say(rng.choice(CHAT) + f"{fake[who[lang]].name()}, " + head)
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text), lang).say(rng.choice(["", "."]))


def birth_voicemail_numeric(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, the date of birth as an American says it in numbers ("three twelve
    eighty four")."""
    born = dob_value(rng)
    while born.year % 100 < 10:
        born = dob_value(rng)
    text = vm_lower(f"{number(born.month)} {number(born.day)} {number(born.year % 100)}")
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's {fake['en_US'].name()} calling for my test results my date of birth is ",
        "Hello I'm calling about a prescription refill date of birth "])))
    return u.entity("DATE_OF_BIRTH", text, f"{born.month}{born.day}{born.year % 100}").say(
        " " + rng.choice(["please call me back", "thank you", "bye"]))


def birth_cardinal_day(fake: Faker, rng: random.Random) -> Said:
    """The day as a plain number, as an engine writes it when the "th" is swallowed or as some callers say it
    ("twelve March eighty-four", "twelve March nineteen eighty-four")."""
    born = dob_value(rng)
    while born.year % 100 < 10:
        born = dob_value(rng)
    month = MONTHS["en"][born.month - 1]
    text, value = rng.choice([(f"{number(born.day)} {month} {number(born.year % 100)}",
                               f"{born.day}{born.month}{born.year % 100}"),
                              (f"{number(born.day)} {month} nineteen {number(born.year % 100)}",
                               f"{born.day}{born.month}{born.year}")])
    if born.year >= 2000:
        text, value = f"{number(born.day)} {month} two thousand and {number(born.year % 100)}", \
            f"{born.day}{born.month}{born.year}"
    u = Said().say(rng.choice(["And your date of birth?", "Date of birth, please."])).turn()
    return u.say(rng.choice(["It's ", "", "Born "])).entity("DATE_OF_BIRTH", text, value).say(rng.choice([".", ""]))


# National insurance numbers -------------------------------------------------------------------------------------
def nino_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A voicemail as an engine writes it, lower-case and unpunctuated, the NINO's letters and digits."""
    v = nino_value(rng)
    text = f"{v[0].lower()} {v[1].lower()} {digit_by_digit(v[2:8], 'en', rng.choice(['oh', 'zero']))} {v[8].lower()}"
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hiya it's {fake['en_GB'].first_name()} about my tax code my national insurance number is ",
        "Hello ringing about the universal credit claim my ni number is "])))
    return u.entity("UK_NINO", text, v).say(" " + rng.choice(["ta bye", "thanks a lot", "cheers"]))


def nino_quoted_email(fake: Faker, rng: random.Random) -> Said:
    """An HR reply above the new starter's quoted message with the NINO."""
    v = nino_value(rng)
    u = Said().say(rng.choice(["Thanks, payroll has it now.\n", "Received, I've set you up on the system.\n"]))
    u.say("\n" + quote_head(fake, rng) + "\n> " + rng.choice(["My NI number is ", "NINO: ", "NI no. "]))
    return u.entity("UK_NINO", rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}"]), v).say(
        rng.choice(["\n> Thanks", "", "\n> See you Monday"]))


def nino_and_joined(fake: Faker, rng: random.Random) -> Said:
    """The letters, the digits as pairs with "and" before the last, the suffix."""
    v = nino_value(rng)
    p = [in_pairs(x) for x in cut(v[2:8], [2, 2, 2])]
    text = f"{v[0]} {v[1]}, {p[0]}, {p[1]} and {p[2]}, {v[8]}"
    u = Said().say(rng.choice(["It's ", "My national insurance number is ", "Yeah, "]))
    return u.entity("UK_NINO", text, v).say(rng.choice([".", "", ", I think."]))


def nino_hundreds(fake: Faker, rng: random.Random) -> Said:
    """The six digits as two hundreds ("one hundred and twenty-three, four hundred and fifty-six")."""
    v = nino_value(rng)
    threes = [hundreds(int(g)) if g[0] != "0" else digit_by_digit(g, "en", "oh") for g in cut(v[2:8], [3, 3])]
    text = f"{v[0]} {v[1]}, {threes[0]}, {threes[1]}, {v[8]}"
    u = Said().say(rng.choice(["NI number?", "Can I take your national insurance number?"])).turn()
    return u.say(rng.choice(["Yes, ", "", "It's "])).entity("UK_NINO", text, v).say(".")


# DNIs, NIEs -----------------------------------------------------------------------------------------------------
def dni_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A Spanish voicemail as an engine writes it, the DNI's digits in words and "la letra" before its letter."""
    v = dni_value(rng)
    names = {letter: name for name, letter in LETTER_NAMES["es"].items() if len(name) > 1 and " " not in name}
    text = f"{digit_by_digit(v[:8], 'es')} {rng.choice(['la letra ', 'letra ', ''])}{names.get(v[8], v[8].lower())}"
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hola soy {fake['es_ES'].first_name()} llamo por la reclamación mi dni es ",
        "Buenos días es por lo del seguro el dni "])))
    return u.entity("ES_NIF", text, v, "es+").say(" " + rng.choice(["gracias", "un saludo", "hasta luego"]))


def dni_quoted_whatsapp(fake: Faker, rng: random.Random) -> Said:
    """A WhatsApp reply quoting the customer's earlier message with the DNI."""
    v = dni_value(rng)
    u = Said().say(rng.choice(["↪ Respondiendo a ", "> ", "[cita] "]) + rng.choice(["Cliente: mi dni ", "Tú: DNI ",
                                                                                   "Cliente: "]))
    u.entity("ES_NIF", rng.choice([v, v.lower(), f"{v[:8]}-{v[8]}"]), v, "es+").turn()
    return u.say(rng.choice(["Gracias, ya lo tengo.", "Perfecto, lo he añadido a la reserva.", "Recibido 👍"]))


def nie_alternating(fake: Faker, rng: random.Random) -> Said:
    """A British resident in Spain starting the NIE in Spanish and finishing in English."""
    v = nie_value(rng)
    k = rng.randint(2, 5)
    text = f"{v[0]}, {digit_by_digit(v[1:1 + k], 'es')}, " + rng.choice(["sorry, ", "", "er, "]) + \
        f"{digit_by_digit(v[1 + k:8])}, {v[8]}"
    u = Said().say(rng.choice(["Mi NIE, my NIE, is ", "Vale, es ", "El NIE: "]))
    return u.entity("ES_NIE", text, v, "es&en").say(rng.choice([".", ", gracias.", ""]))


def nie_cities_both_ends(fake: Faker, rng: random.Random) -> Said:
    """The NIE's first and last letters each "de" a Spanish city or name ("X de Xilófono ... R de Ramón")."""
    v = nie_value(rng)
    alpha = ALPHABETS["es"]
    text = f"{v[0]} de {alpha[ord(v[0]) - 65]}, {', '.join(in_pairs(p, 'es') for p in cut(v[1:8], [1, 2, 2, 2]))}, " \
           f"{v[8]} de {alpha[ord(v[8]) - 65]}"
    u = Said().say(rng.choice(["Mi NIE es ", "Tome nota: ", "Es "]))
    return u.entity("ES_NIE", text, v, "es+").say(rng.choice([".", ""]))


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_threes_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A NIR in its printed groups, the threes as hundreds ("cent vingt-trois"), the twos as numbers."""
    v = nir_value(rng)
    parts = []
    for g in cut(v, [1, 2, 2, 2, 3, 3, 2]):
        parts.append(fr_hundreds(int(g)) if len(g) == 3 and g[0] != "0" else
                     number(int(g), "fr") if len(g) == 2 and g[0] != "0" else digit_by_digit(g, "fr"))
    u = Said().say(rng.choice(["Mon numéro de sécurité sociale: ", "Alors, le numéro de sécu, c'est ", "C'est le "]))
    return u.entity("FR_NIR", ", ".join(parts), v, "fr").say(rng.choice([".", ", clé comprise.", ""]))


def nir_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A French voicemail as an engine writes it, lower-case, the NIR digit by digit."""
    v = nir_value(rng)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Bonjour c'est {fake['fr_FR'].first_name()} pour le remboursement mon numéro de sécu c'est le ",
        "Oui bonjour je rappelle pour le dossier mon numéro de sécurité sociale "])))
    return u.entity("FR_NIR", digit_by_digit(v, "fr"), v, "fr").say(" " + rng.choice(["merci au revoir", "merci"]))


def nir_form_key_field(fake: Faker, rng: random.Random) -> Said:
    """A mutuelle's form with the thirteen digits in one field and the key in the next; each labelled, read
    together."""
    v = nir_value(rng)
    u = Said().say(rng.choice(["Adhésion mutuelle\n", "[formulaire]\n", ""]) + f"Nom : {fake['fr_FR'].name()}\n")
    u.say(rng.choice(["N° de sécurité sociale : ", "N° SS : ", "Numéro d'assuré : "])).entity(
        "FR_NIR", rng.choice([v[:13], f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]}"]), v[:13], "fr")
    u.say(rng.choice(["\nClé : ", "\nClé NIR : ", " Clé "])).entity("FR_NIR", v[13:], v[13:], "fr")
    return u.joint(2, v).say(rng.choice(["\nEnvoyer", "", "\nDate d'effet : 01/01/2027"]))


def cf_nato(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale's letters by NATO words, its digits in Italian."""
    v = cf_value(fake, rng)
    parts = [NATO[ord(c) - 65].capitalize() if c.isalpha() else digit_by_digit(c, "it") for c in v]
    u = Said().say(rng.choice(["Il codice fiscale, con l'alfabeto NATO: ", "Allora: ", "Glielo dico: "]))
    return u.entity("IT_FISCAL_CODE", " ".join(parts), v, "it+").say(rng.choice([".", ""]))


def cf_mixed_spelling(fake: Faker, rng: random.Random) -> Said:
    """Letters spelled any way that comes: plain, by their Italian names, "come" a city, or the city alone."""
    v = cf_value(fake, rng)
    names = {letter: name for name, letter in LETTER_NAMES["it"].items() if len(name) > 1 and " " not in name}
    city = {w[0]: w for w in ALPHABETS["it"]}

    def letter(c: str) -> str:
        return rng.choice([c, names.get(c, c), f"{c} come {city[c]}", city[c]])
    parts = [letter(c) if c.isalpha() else digit_by_digit(c, "it") for c in v]
    u = Said().say(rng.choice(["Codice fiscale: ", "Il mio codice fiscale è ", "Dunque, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "it+").say(rng.choice([".", ", grazie.", ""]))


def cf_three_turns(fake: Faker, rng: random.Random) -> Said:
    """The surname's three letters, the name's three, then the rest, each in a turn of its own; each part labelled
    and read together."""
    v = cf_value(fake, rng)
    u = Said().say(rng.choice(["Le prime tre, del cognome: ", "Cognome: "])).entity(
        "IT_FISCAL_CODE", " ".join(v[:3]), v[:3], "it+").say(".").turn().say(rng.choice(["Sì.", "Ok."])).turn()
    u.say(rng.choice(["Poi il nome: ", "Del nome: "])).entity("IT_FISCAL_CODE", " ".join(v[3:6]), v[3:6], "it+")
    u.say(".").turn().say(rng.choice(["E poi?", "Vada avanti."])).turn()
    rest = " ".join(digit_by_digit(p, "it") if p.isdigit() else p for p in re.findall(r"\d+|[A-Z]", v[6:]))
    return u.entity("IT_FISCAL_CODE", rest, v[6:], "it+").joint(3, v).say(".")


def cf_english_speaker(fake: Faker, rng: random.Random) -> Said:
    """An English speaker living in Italy reading the codice fiscale, letters by their English names as an engine
    writes them ("ar", "ess", "tee"), digits in English."""
    v = cf_value(fake, rng)
    names = {"A": "ay", "B": "bee", "C": "see", "D": "dee", "E": "ee", "F": "ef", "G": "gee", "H": "aitch",
             "I": "eye", "J": "jay", "K": "kay", "L": "el", "M": "em", "N": "en", "P": "pee", "Q": "cue", "R": "ar",
             "S": "ess", "T": "tee", "U": "you", "V": "vee", "X": "ex", "Y": "why", "Z": "zed"}
    parts = [names.get(c, c) if c.isalpha() and rng.random() < 0.7 else c if c.isalpha() else UNITS["en"][int(c)]
             for c in v]
    u = Said().say(rng.choice(["My Italian tax code, the codice fiscale, is ", "It's ", "The codice fiscale's "]))
    return u.entity("IT_FISCAL_CODE", " ".join(parts), v, "en+").say(rng.choice([".", ""]))


def bsn_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A Dutch voicemail as an engine writes it, lower-case, the BSN digit by digit."""
    v = bsn_value(rng)
    u = Said().say(rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Goedemiddag u spreekt met {fake['nl_NL'].first_name()} over mijn toeslag mijn bsn is ",
        "Hallo ik bel over de aanvraag het burgerservicenummer is "])))
    return u.entity("NL_BSN", digit_by_digit(v, "nl"), v, "nl").say(" " + rng.choice(["dank u wel", "doei"]))


def bsn_quoted_email(fake: Faker, rng: random.Random) -> Said:
    """A reply above the customer's quoted message with the BSN."""
    v = bsn_value(rng)
    u = Said().say(rng.choice(["Dank u, we hebben het verwerkt.\n", "Thanks, we've added it to your file.\n"]))
    head = quote_head(fake, rng, rng.choice(["nl", "en"]))
    u.say(f"\n{head}\n> " + rng.choice(["Mijn BSN is ", "BSN: ", "My BSN: "]))
    return u.entity("NL_BSN", rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}", f"{v[:3]} {v[3:6]} {v[6:]}"]), v, "nl").say(
        rng.choice(["\n> Groet", "", "\n> Thanks"]))


def bsn_alternating(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller beginning the BSN in Dutch and finishing it in English for an English-speaking agent."""
    v = bsn_value(rng)
    k = rng.choice([3, 6])
    text = f"{digit_by_digit(v[:k], 'nl')}, " + rng.choice(["sorry, ", "", "uh, "]) + digit_by_digit(v[k:])
    u = Said().say(rng.choice(["My BSN, mijn BSN, is ", "The BSN? ", "Okay, "]))
    return u.entity("NL_BSN", text, v, "nl&en").say(rng.choice([".", ""]))


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def luhn_bad(rng: random.Random, n: int = 16) -> str:
    while True:
        d = str(rng.randint(1, 9)) + _digits(rng, n - 1)
        if not luhn_ok(d):
            return d


def _card_order_refs(fake: Faker, rng: random.Random) -> list[str]:
    d = luhn_bad(rng, 16)
    return [rng.choice(["Do you have a reference for the replacement card?", "What's the card order reference?"]),
            rng.choice([f"The card order number is {' '.join(cut(d, [4, 4, 4, 4]))}.",
                        f"Yeah, card replacement request {d}, from last week.",
                        f"The gift card order is {render_groups(cut(d, [4, 4, 4, 4]), 'en', rng, ['words'], ', ')}."])]


def _passport_licence_expiry(fake: Faker, rng: random.Random) -> list[str]:
    m, y = rng.randint(1, 12), rng.randint(27, 36)
    return [rng.choice(["Is your ID still valid?", "When does your document expire?"]),
            rng.choice([f"My passport expires {m:02d}/{y}.", f"The driving licence is valid until "
                        f"{MONTHS['en'][m - 1]} 20{y}.", f"Mein Personalausweis ist gültig bis {m:02d}.20{y}.",
                        f"The residence permit runs out in {MONTHS['en'][m - 1]} twenty {number(y)}.",
                        f"The warranty expires {m:02d}/{y}, I think."])]


def _issue_start_dates(fake: Faker, rng: random.Random) -> list[str]:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1995, 2025)
    return [rng.choice([f"Date of issue: {d:02d}/{m:02d}/{y}", f"I started there on the {en_ordinal(d)} of "
                        f"{MONTHS['en'][m - 1]} {y}.", f"Policy start date {d:02d}.{m:02d}.{y}.",
                        f"Fecha de alta: {d} de {MONTHS['es'][m - 1]} de {y}.",
                        f"We got married on {MONTHS['en'][m - 1]} {en_ordinal(d)}, {y}.",
                        f"Customer since {MONTHS['en'][m - 1]} {y}."])]


def _rejected_iban_said(fake: Faker, rng: random.Random) -> list[str]:
    good = iban_value(rng.choice(["DE", "NL", "FR", "ES"]), rng)
    while True:
        k = rng.randint(5, len(good) - 1)
        bad = good[:k] + str((int(good[k]) + rng.randint(1, 9)) % 10) + good[k + 1:] if good[k].isdigit() else good
        if not iban_ok(bad):
            break
    said_ = iban_said(bad, "en", rng, ["words"])
    return [rng.choice([f"The account I tried was {said_}, but it wouldn't go through.",
                        f"I typed {bad} and it says the IBAN is invalid."]),
            rng.choice(["That one fails the check digits, so it's been mistyped somewhere.",
                        "Yes, that isn't a valid IBAN, could you check your banking app?"])]


def _amounts_hundred_and(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(11, 99), rng.randint(1, 99)
    return [rng.choice([f"The bill came to {number(a)} hundred and {number(b)} pounds.",
                        f"It was {number(a)} hundred dollars, give or take.",
                        f"Son {es_thousands(rng.randint(1000, 9999))} euros en total.",
                        f"Ça fait {fr_hundreds(rng.randint(100, 999))} euros.",
                        f"we paid {number(a)} hundred {number(b)} for the car repair"])]


def _door_pin_codes(fake: Faker, rng: random.Random) -> list[str]:
    code = _digits(rng, rng.choice([3, 4, 6]))
    return [rng.choice([f"The door code for the building is {code}.", f"Locker combination is {'-'.join(code)}.",
                        f"My PIN is {digit_by_digit(code)}, should I type it in?",
                        f"Der Türcode ist {code}, dann zweiter Stock.", f"Promo code SAVE{code} didn't work.",
                        f"The alarm code is {code} if the engineer needs it."])]


def _urls_said(fake: Faker, rng: random.Random) -> list[str]:
    site = rng.choice(["acme", "bestbank", "fastparcel", "cityenergy", "homeinsure"])
    return [rng.choice([f"Just go to www dot {site} dot com slash help.", f"It's on {site} dot co dot uk forward "
                        "slash returns.", f"Ga naar www punt {site} punt nl.", f"Visite www punto {site} punto es.",
                        f"Log in at my dot {site} dot com and click on billing."])]


def _health_ids(fake: Faker, rng: random.Random) -> list[str]:
    nhs = _digits(rng, 10)
    return [rng.choice([f"My NHS number is {nhs[:3]} {nhs[3:6]} {nhs[6:]}.",
                        f"Versichertennummer {rng.choice(string.ascii_uppercase)}{_digits(rng, 9)}.",
                        f"The EHIC card number is {_digits(rng, 20)}.",
                        f"Membership number {digit_by_digit(_digits(rng, 8))}, that's for the health plan.",
                        f"Numéro de mutuelle {_digits(rng, 9)}."])]


def _lottery_numbers(fake: Faker, rng: random.Random) -> list[str]:
    picks = sorted(rng.sample(range(1, 60), 6))
    return [rng.choice([f"My numbers are {', '.join(map(str, picks[:-1]))} and {picks[-1]}.",
                        f"I always play {', '.join(number(p) for p in picks)}.",
                        f"Los números: {', '.join(number(p, 'es') for p in picks)}."])]


def _coordinates_versions(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"The van is at {rng.uniform(40, 60):.4f}, {rng.uniform(-5, 20):.4f}.",
                        f"The app version is {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}.",
                        f"Firmware {rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}, build "
                        f"{_digits(rng, 8)}.", f"Grid reference {rng.choice(['SU', 'TQ', 'NT'])} {_digits(rng, 4)} "
                        f"{_digits(rng, 4)}."])]


def _quoted_masked(fake: Faker, rng: random.Random) -> list[str]:
    four = _digits(rng, 4)
    return [rng.choice(["Thanks, that's sorted.", "Refund issued, see below."]) + "\n\n" + quote_head(fake, rng) +
            "\n> " + rng.choice([f"Card: **** **** **** {four}", f"SSN: XXX-XX-{four}", f"IBAN ending {four}",
                                 f"Account: ******{four}", f"card ending {four} was charged twice"])]


def _voicemail_no_values(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(VOICEMAIL) + vm_lower(rng.choice([
        f"Hi it's about case {_digits(rng, 6)} I was charged {number(rng.randint(20, 99))} dollars twice on the "
        f"{en_ordinal(rng.randint(1, 28))} please call after {number(rng.randint(2, 6))} pm",
        f"Hello the engineer was meant to come between {number(rng.randint(8, 11))} and "
        f"{number(rng.randint(1, 5))} nobody came",
        f"Hi calling back about order {_digits(rng, 8)} it's been {number(rng.randint(3, 14))} days"]))]


def _ivr_menu_keys(fake: Faker, rng: random.Random) -> list[str]:
    four = _digits(rng, 4)
    return ["[IVR] For billing, press 1. For technical support, press 2. For anything else, press 3.",
            f"[DTMF] {rng.randint(1, 3)}", "[IVR] Please enter the last four digits of the card you're calling about.",
            f"[DTMF] {' '.join(four)} #", "[IVR] Thank you. Please hold."]


FAMILIES = {
    "card/v20-hundred-groups": card_hundred_groups, "card/v20-alternating-languages": card_alternating_languages,
    "card/v20-dtmf-log": card_dtmf_log, "card/v20-quoted-reply": card_quoted_reply,
    "card/v20-expiry-stroke": card_expiry_stroke, "card/v20-expiry-digit-run": card_expiry_digit_run,
    "card/v20-code-comma-numerals": card_code_comma_numerals, "card/v20-south-african": card_south_african,
    "card/v20-expiry-apostrophe": card_expiry_apostrophe, "card/v20-polish-pairs": card_polish_pairs,
    "card/v20-readback-agent-hundreds": card_readback_agent_hundreds,
    "phone/v20-south-african": phone_south_african, "phone/v20-toll-free-hundred": phone_toll_free_hundred,
    "phone/v20-vcard": phone_vcard, "phone/v20-german-slash": phone_german_slash,
    "phone/v20-swedish-dash": phone_swedish_dash, "phone/v20-brazil-brackets": phone_brazil_brackets,
    "phone/v20-greek": phone_greek, "phone/v20-polish-english-switch": phone_polish_english_switch,
    "phone/v20-voicemail-run-on": phone_voicemail_run_on, "phone/v20-ivr-callback-dtmf": phone_ivr_callback_dtmf,
    "phone/v20-plus-bracket-zero": phone_plus_bracket_zero,
    "email/v20-full-stop": email_full_stop, "email/v20-french-tiret": email_french_tiret,
    "email/v20-spanglish": email_spanglish, "email/v20-provider-in-pieces": email_provider_in_pieces,
    "email/v20-quoted-chain": email_quoted_chain, "email/v20-ivr-spelling": email_ivr_spelling,
    "email/v20-brazilian-com-br": email_brazilian_com_br, "email/v20-polish-digits": email_polish_digits,
    "email/v20-swiss-aet": email_swiss_aet, "email/v20-south-african-readback": email_south_african_readback,
    "iban/v20-spanish-thousands": iban_spanish_thousands, "iban/v20-german-voicemail": iban_german_voicemail,
    "iban/v20-quoted-thread": iban_quoted_thread, "iban/v20-alternating-languages": iban_alternating_languages,
    "iban/v20-ivr-four-at-a-time": iban_ivr_four_at_a_time, "iban/v20-slower-please": iban_slower_please,
    "iban/v20-italian-cin-city": iban_italian_cin_city, "iban/v20-portuguese-meia": iban_portuguese_meia,
    "iban/v20-sms-two-texts": iban_sms_two_texts, "iban/v20-czech-pairs": iban_czech_pairs,
    "iban/v20-danish-pairs": iban_danish_pairs, "iban/v20-finnish-pairs": iban_finnish_pairs,
    "iban/v20-readback-other-language": iban_readback_other_language,
    "ssn/v20-one-word-turns": ssn_one_word_turns, "ssn/v20-and-joined": ssn_and_joined,
    "ssn/v20-last-four-hundreds": ssn_last_four_hundreds, "ssn/v20-quoted-email": ssn_quoted_email,
    "ssn/v20-voicemail": ssn_voicemail, "ssn/v20-dtmf": ssn_dtmf,
    "bank/v20-voicemail": bank_voicemail, "bank/v20-checking-and-savings": bank_checking_and_savings,
    "bank/v20-quoted-email": bank_quoted_email, "bank/v20-account-hundreds": bank_account_hundreds,
    "bank/v20-dtmf": bank_dtmf, "bank/v20-account-three-turns": bank_account_three_turns,
    "bank/v20-agent-readback": bank_agent_readback,
    "birth/v20-german-ordinal-months": birth_german_ordinal_months,
    "birth/v20-numbers-in-words": birth_numbers_in_words, "birth/v20-spouse-first": birth_spouse_first,
    "birth/v20-ordinal-suffix-typed": birth_ordinal_suffix_typed, "birth/v20-crm-month-abbr": birth_crm_month_abbr,
    "birth/v20-born-abbreviations": birth_born_abbreviations, "birth/v20-voicemail-numeric": birth_voicemail_numeric,
    "birth/v20-cardinal-day": birth_cardinal_day,
    "nino/v20-voicemail": nino_voicemail, "nino/v20-quoted-email": nino_quoted_email,
    "nino/v20-and-joined": nino_and_joined, "nino/v20-hundreds": nino_hundreds,
    "dni/v20-voicemail": dni_voicemail, "dni/v20-quoted-whatsapp": dni_quoted_whatsapp,
    "nie/v20-alternating": nie_alternating, "nie/v20-cities-both-ends": nie_cities_both_ends,
    "nir/v20-threes-hundreds": nir_threes_hundreds, "nir/v20-voicemail": nir_voicemail,
    "nir/v20-form-key-field": nir_form_key_field,
    "fiscal_code/v20-nato": cf_nato, "fiscal_code/v20-mixed-spelling": cf_mixed_spelling,
    "fiscal_code/v20-three-turns": cf_three_turns, "fiscal_code/v20-english-speaker": cf_english_speaker,
    "bsn/v20-voicemail": bsn_voicemail, "bsn/v20-quoted-email": bsn_quoted_email,
    "bsn/v20-alternating": bsn_alternating,
}

NEGATIVE_FAMILIES = {
    "negative/v20-card-order-refs": _card_order_refs, "negative/v20-passport-licence-expiry": _passport_licence_expiry,
    "negative/v20-issue-start-dates": _issue_start_dates, "negative/v20-rejected-iban-said": _rejected_iban_said,
    "negative/v20-amounts-hundred-and": _amounts_hundred_and, "negative/v20-door-pin-codes": _door_pin_codes,
    "negative/v20-urls-said": _urls_said, "negative/v20-health-ids": _health_ids,
    "negative/v20-lottery-numbers": _lottery_numbers, "negative/v20-coordinates-versions": _coordinates_versions,
    "negative/v20-quoted-masked": _quoted_masked, "negative/v20-voicemail-no-values": _voicemail_no_values,
    "negative/v20-ivr-menu-keys": _ivr_menu_keys,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v20-dtmf-log", "card/v20-quoted-reply", "card/v20-expiry-apostrophe", "phone/v20-vcard",
         "phone/v20-german-slash", "phone/v20-swedish-dash", "phone/v20-brazil-brackets", "phone/v20-greek",
         "phone/v20-plus-bracket-zero", "email/v20-quoted-chain", "iban/v20-quoted-thread", "iban/v20-sms-two-texts",
         "ssn/v20-quoted-email", "ssn/v20-dtmf", "bank/v20-quoted-email", "bank/v20-dtmf",
         "birth/v20-ordinal-suffix-typed", "birth/v20-crm-month-abbr", "birth/v20-born-abbreviations",
         "nino/v20-quoted-email", "dni/v20-quoted-whatsapp", "nir/v20-form-key-field", "bsn/v20-quoted-email"]
SPOKEN = ["card/v20-hundred-groups", "card/v20-alternating-languages", "card/v20-expiry-stroke",
          "card/v20-expiry-digit-run", "card/v20-south-african", "card/v20-polish-pairs",
          "card/v20-readback-agent-hundreds", "phone/v20-south-african", "phone/v20-toll-free-hundred",
          "phone/v20-polish-english-switch", "phone/v20-voicemail-run-on", "email/v20-full-stop",
          "email/v20-french-tiret", "email/v20-spanglish", "email/v20-provider-in-pieces", "email/v20-ivr-spelling",
          "email/v20-brazilian-com-br", "email/v20-polish-digits", "email/v20-swiss-aet",
          "email/v20-south-african-readback", "iban/v20-spanish-thousands", "iban/v20-german-voicemail",
          "iban/v20-alternating-languages", "iban/v20-slower-please", "iban/v20-italian-cin-city",
          "iban/v20-portuguese-meia", "iban/v20-danish-pairs", "ssn/v20-and-joined", "ssn/v20-last-four-hundreds",
          "ssn/v20-voicemail", "bank/v20-voicemail", "bank/v20-account-hundreds", "birth/v20-numbers-in-words",
          "birth/v20-spouse-first", "birth/v20-voicemail-numeric", "birth/v20-cardinal-day", "nino/v20-voicemail",
          "nino/v20-and-joined", "nino/v20-hundreds", "dni/v20-voicemail", "nie/v20-alternating",
          "nie/v20-cities-both-ends", "nir/v20-threes-hundreds", "nir/v20-voicemail", "fiscal_code/v20-nato",
          "fiscal_code/v20-mixed-spelling", "fiscal_code/v20-three-turns", "fiscal_code/v20-english-speaker",
          "bsn/v20-voicemail", "bsn/v20-alternating"]
NEGATIVE_TYPED = ["negative/v20-card-order-refs", "negative/v20-health-ids", "negative/v20-coordinates-versions",
                  "negative/v20-quoted-masked", "negative/v20-ivr-menu-keys"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(SPOKEN) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

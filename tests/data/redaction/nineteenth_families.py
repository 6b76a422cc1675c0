"""The nineteenth batch of template families (December 2026, issue 28): written blind, by someone who had not seen
the recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their
format, their labelling conventions and (by their families' names) to avoid their phrasings. Weighted, as the batches
before it, to everyday contact-centre calls, chats and what speech engines write of them, in English and twelve other
languages (German, Dutch, Spanish, French, Italian, Portuguese, Polish, Swedish, Danish, Norwegian, Finnish and
Czech). New here: an engine flipping between numerals and digit words inside one group; thirteen- and nineteen-digit
cards (the last three asked for again); the Amex code printed on the front; a slip in a card's last group, an
account's digits, a German network prefix, a Swedish IBAN group, a NIR's key or a year of birth put right in the same
breath; an aside in the middle of a card; a card and its code relayed by an interpreter or by someone in the room;
codes, US numbers and routing numbers as engines mishear them ("won", "to", "for", "ate", "tree"); the expiry given
before the number; Belgian and Swiss French ("septante", "nonante", "huitante") for cards, phones, addresses and
dates; Norwegian, Czech, Finnish, Portuguese and Danish callers' cards, phones, IBANs and addresses ("krøllalfa",
"zavináč", "miukumauku", "snabel-a", "punktum"); Austrian "zwo"; Czech and Mexican numbers in hundreds and pairs;
cards, expiries and codes in SMS shorthand ("cc#", "xp", "sec"), in an email laid out as a form, in WhatsApp and
Dutch chats; WhatsApp links; the agent's read-back of an address with the common domain; a form's "confirm e-mail";
letters by their English names as an engine writes them ("bee", "ar", "ex"), by Spanish cities, Italian and
Portuguese letter names, Swedish "som i"; an SSN, a routing number and an account number in intake, wire and direct
deposit forms, texts and a check read left to right; dates of birth beside an age, in Nordic, Italian, Portuguese,
Mexican and Belgian words and in dotted German and Czech chats. Look-alikes: order and tracking numbers, amounts and
prices, times, dates that are not births (a card's "valid from" among them), last fours, masked values, extensions,
cheque numbers, values failing their checks, case references, bookings, one-time codes, IMEIs and serials, counting.

Labelling follows the eighteenth's (the seventeenth's, the fourteenth's, and the fifteenth's for dates of birth and
US account numbers, labelled wherever they are said): a label covers what is said of the value, with fillers, joiners
("and then"), hesitations and a correction, a restart or an aside inside the run, named (`drop=`) for the reading;
naming words outside; one label per segment piece (a value given in parts is labelled part by part and read back
whole with `Said.joint`); another speaker's reading of a value (the agent's read-back, the interpreter's, a
background voice's) labelled as the caller's is, and the agent's misheard address with its own value; a card's last
four said alone (an SSN's too), a masked value, a card's "valid from" date, a cheque number, an extension, an age, a
BIC, a PAYE reference and a payroll number are not. A card's security code is labelled CARD_SECURITY_CODE and its
expiry CARD_EXPIRY. Every value is valid where a validator exists (this module's own: Luhn, mod-97 with each
country's IBAN length and the national checks of Belgian, French, Spanish, Italian, Portuguese, Polish, Norwegian,
Finnish and Czech account numbers, SSN ranges, NIF and NIE letters, NINO prefixes, `phonenumbers`, the NIR's key,
the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked as it is drawn and again when
the label is. Each label is checked as it is made (`Said.verify`): its characters are exactly the text the family
meant, with no space or punctuation at its ends; the label, read by this module's own `reads` in its language (digit
words, pairs and one-word compounds, hundreds, homophones of digits, letters, their names and the spelling alphabets
with their joiners, "double" and "triple", and for dates months, ordinals and years, each said part as it is said),
gives back the value, and an address's label, read by `email_reads`, gives back the address.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v19-"."""

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
    "en": "uh um er erm uhm hmm ah and then of the like so sorry plus",
    "de": "äh ähm ehm und also so plus",
    "nl": "eh ehm uh uhm en plus",
    "es": "eh este pues y de del o sea mmm más plus",
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
            t |= {(m,): str(i + 1) for i, m in enumerate(MONTH_ABBR)}
            t |= {("oh",): "0", ("nought",): "0", ("naught",): "0", ("for",): "4", ("fore",): "4", ("to",): "2",
                  ("too",): "2", ("won",): "1", ("ate",): "8", ("tree",): "3"}
        if lang == "de":
            t |= {("zwo",): "2"} | {_tokens(de_ordinal(n)): str(n) for n in range(1, 32)}
        if lang == "nl":
            t |= {("één",): "1"}
        if lang == "pt":
            t |= {("dezesseis",): "16", ("dezessete",): "17", ("dezenove",): "19", ("primeiro",): "1"}
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


def reads(text: str, lang: str = "en") -> str:
    """What a label says, as digits and capital letters: digit words, pairs and one-word compounds, hundreds,
    homophones of digits, letters, their names and spelling alphabets (with "for", "wie", "comme", "come", "de",
    "van", "som" and the rest), "double" and "triple", and for dates months, ordinals and years."""
    lang = lang.split("_")[0]
    table, base = PHRASES[lang], lang.rstrip("+")
    fillers, joiners = FILLERS[base] - ({"de", "e", "y"} if lang != base else set()), JOINERS.get(base, set())
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
        if i and low in ORDINAL_SUFFIXES.get(lang, ()) and found[i - 1].end() == found[i].start() and \
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
    ".": ["dot", "period", "punkt", "punktum", "punto", "point", "punt", "ponto", "kropka", "piste", "tečka"],
    "_": ["underscore", "under score", "unterstrich", "tiret bas", "tiret du bas", "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje"],
    "-": ["dash", "hyphen", "minus", "bindestrich", "tiret", "guion", "guión", "trattino", "streepje", "hífen",
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


# Cards ----------------------------------------------------------------------------------------------------------
def card_numeral_word_flips(fake: Faker, rng: random.Random) -> Said:
    """An engine that writes some digits as numerals and some as words within one group, lower-case, as it goes."""
    d = card_number(rng)
    text = rng.choice([", ", " ", ". "]).join(render(g, "en", "mixed", rng) for g in card_groups(d))
    u = Said().say(rng.choice(["ok so the long number please", "go ahead with the card whenever you're ready",
                               "and what's the card number"])).turn()
    u.say(rng.choice(["yeah its ", "ok its ", "right so ", "its uh "])).entity("CREDIT_CARD", text, d)
    return u.say(rng.choice(["", " yeah", " thats it", "."]))


def card_thirteen_digits(fake: Faker, rng: random.Random) -> Said:
    """An old thirteen-digit Visa, the caller warning it is short and reading it in a four and three threes."""
    d = card_number(rng, "visa13")
    u = Said().say(rng.choice(["Can I take the card number?", "What's the number on the card, please?"])).turn()
    u.say(rng.choice(["It's an old one, it's only got thirteen numbers, is that okay? ",
                      "Now this card's ancient, there's just thirteen digits. ",
                      "Bear in mind it's a short one, thirteen numbers. "])).turn()
    u.say(rng.choice(["That's fine, some older Visas are.", "No problem, go ahead.", "That's okay."])).turn()
    u.say(rng.choice(["Right. ", "Okay. ", ""])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "en", rng, ["numerals", "words", "words"]), d)
    return u.say(rng.choice([".", ". That's all of it.", ""]))


def card_nineteen_last_three_again(fake: Faker, rng: random.Random) -> Said:
    """A nineteen-digit card; the agent asks for the three at the end again and the caller repeats them (labelled as
    the part they are)."""
    d = card_number(rng, "long19")
    gs = card_groups(d)
    u = Said().say(rng.choice(["Sure, there's nineteen numbers on this one. ", "It's a long one, nineteen digits. ",
                               "Okay. "])).entity("CREDIT_CARD", render_groups(gs, "en", rng, ["numerals", "words"]),
                                                  d).say(".").turn()
    u.say(rng.choice(["Sorry, the last three again?", "And the three at the end were?", "I missed the end, the last "
                      "three digits?"])).turn()
    return u.entity("CREDIT_CARD", render(gs[-1], "en", rng.choice(["words", "numerals"]), rng), gs[-1]).say(
        rng.choice([".", "", ", yeah."]))


def card_amex_front_cid(fake: Faker, rng: random.Random) -> Said:
    """An Amex in its four, six and five; the four-digit code printed on the front explained and read; the expiry
    printed as "thru" read off it."""
    d = card_number(rng, "amex")
    code, (month, yy) = security_code(rng, d), expiry(rng)
    u = Said().say(rng.choice(["It's an American Express. ", "Amex, ", ""])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "en", rng, ["words", "pairs", "numerals"]), d).say(".").turn()
    u.say(rng.choice(["And the expiry?", "When does it expire?"])).turn()
    exp, value = exp_said(month, yy, "en", rng)
    u.say(rng.choice(["It says thru ", "Valid thru ", "Um, "])).entity("CARD_EXPIRY", exp, value).say(".").turn()
    u.say(rng.choice(["With Amex the code's on the front, four little digits above the number on the right.",
                      "There's a four-digit number printed on the front, top right, above the long number. That's "
                      "the one I need."])).turn()
    u.say(rng.choice(["Oh yeah, I see it. ", "Right, ", "Found it, "])).entity(
        "CARD_SECURITY_CODE", render(code, "en", rng.choice(["words", "numerals", "pairs"]), rng), code)
    return u.say(rng.choice([".", "", ". Tiny, isn't it."]))


def card_last_group_corrected(fake: Faker, rng: random.Random) -> Said:
    """The last group said with two digits swapped and put right in the same breath; the slip inside the label,
    named."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    gs = card_groups(d)
    style = rng.choice(["numerals", "words"])
    wrong = render(swap_two(gs[-1], rng), "en", style, rng)
    slip = wrong + rng.choice([", no sorry,", "... no,", ", sorry, I mean", ", wait, no,"])
    text = ", ".join(render(g, "en", style, rng) for g in gs[:-1]) + f", {slip} " + render(gs[-1], "en", style, rng)
    u = Said().say(rng.choice(["It's ", "Card number: ", "Okay, "]))
    return u.entity("CREDIT_CARD", text, d, drop=(slip,)).say(rng.choice([".", "", ". Sorry."]))


def card_spanish_whatsapp(fake: Faker, rng: random.Random) -> Said:
    """A Spanish customer pasting the card, its expiry ("cad") and its code into a chat, dots between the groups."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    tag = rng.choice(CHAT)
    u = Said().say(rng.choice(["Agente: ¿Me facilita los datos de la tarjeta?", "¿Me pasa el número de tarjeta?"]))
    u.turn().say(tag + rng.choice(["te paso la tarjeta: ", "ahí va ", "tarjeta "]))
    u.entity("CREDIT_CARD", rng.choice([".", " ", "-"]).join(card_groups(d)), d)
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice([" cad ", " caduca ", ", vence "])).entity("CARD_EXPIRY", exp, value)
    u.say(rng.choice([" cvv ", ", código ", " y el cvc "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", " gracias", " 👍", " saludos"]))


def _nordic_card(fake: Faker, rng: random.Random, lang: str, words: dict) -> Said:
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(words["ask"])).turn().say(rng.choice(words["intro"]))
    u.entity("CREDIT_CARD", render_groups(card_groups(d), lang, rng, ["words", "words", "numerals"], ", "), d, lang)
    u.say(".").turn().say(rng.choice(words["ask_exp"])).turn()
    exp, value = exp_said(month, yy, lang, rng)
    u.entity("CARD_EXPIRY", exp, value, lang).say(".").turn().say(rng.choice(words["ask_code"])).turn()
    return u.entity("CARD_SECURITY_CODE", digit_by_digit(code, lang), code, lang).say(rng.choice([".", ""]))


def card_norwegian(fake: Faker, rng: random.Random) -> Said:
    """A Norwegian caller: "kortnummeret", "utløpsdato", "CVC-koden", all said in Norwegian."""
    return _nordic_card(fake, rng, "no", {
        "ask": ["Kan jeg få kortnummeret?", "Hva er kortnummeret ditt?"],
        "intro": ["Ja, det er ", "Kortnummeret er ", "Et øyeblikk... "],
        "ask_exp": ["Og utløpsdatoen?", "Når utløper kortet?"],
        "ask_code": ["Og CVC-koden på baksiden?", "De tre sifrene bak på kortet?"]})


def card_czech(fake: Faker, rng: random.Random) -> Said:
    """A Czech caller: "číslo karty", "platnost do", "CVV kód", and the card's "platná od" date, not labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["Můžete mi říct číslo karty?", "Číslo karty, prosím."])).turn()
    u.say(rng.choice(["Ano, je to ", "Číslo je ", "Takže "])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "cs", rng, ["words", "words", "numerals"], ", "), d, "cs")
    u.say(".").turn().say("A platnost?").turn()
    u.say(f"Je tam platná od {rng.randint(1, 12):02d}/{yy - 5}, ")
    exp, value = exp_said(month, yy, "cs", rng)
    u.say(rng.choice(["platnost do ", "a platí do "])).entity("CARD_EXPIRY", exp, value, "cs").say(".").turn()
    u.say(rng.choice(["A CVV kód na zadní straně?", "A ty tři číslice vzadu?"])).turn()
    return u.entity("CARD_SECURITY_CODE", rng.choice([digit_by_digit(code, "cs"), code]), code, "cs").say(".")


def card_finnish(fake: Faker, rng: random.Random) -> Said:
    """A Finnish caller: the card in Finnish digits, "voimassa" and the expiry typed as printed, the "turvakoodi"."""
    return _nordic_card(fake, rng, "fi", {
        "ask": ["Saisinko kortin numeron?", "Mikä on kortin numero?"],
        "intro": ["Joo, se on ", "Kortin numero on ", "Hetki... "],
        "ask_exp": ["Entä voimassaoloaika?", "Milloin kortti vanhenee?"],
        "ask_code": ["Ja turvakoodi kortin takaa?", "Ne kolme numeroa takana?"]})


def card_belgian_french(fake: Faker, rng: random.Random) -> Said:
    """A Belgian caller reading the card in pairs with "septante" and "nonante"; the expiry and the three digits on
    the back asked for in French."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["Alors, le numéro c'est ", "Oui, c'est ", "Voilà: "])).entity(
        "CREDIT_CARD", ", ".join(in_pairs(g, "fr_be") for g in card_groups(d)), d, "fr_be").say(".").turn()
    u.say(rng.choice(["Et la date d'expiration ?", "Elle expire quand ?"])).turn()
    exp, value = exp_said(month, yy, "fr_be", rng)
    u.entity("CARD_EXPIRY", exp, value, "fr_be").say(".").turn()
    u.say(rng.choice(["Et les trois chiffres au dos ?", "Le code de sécurité, au verso ?"])).turn()
    text = rng.choice([digit_by_digit(code, "fr"), hundreds_fr(code)])
    return u.say(rng.choice(["", "Euh, "])).entity("CARD_SECURITY_CODE", text, code, "fr_be").say(".")


def hundreds_fr(code: str) -> str:
    """Three digits as a Belgian says a code: the first, then the pair ("sept, nonante-deux")."""
    return f"{digit_by_digit(code[0], 'fr')}, {in_pairs(code[1:], 'fr_be')}"


def card_portuguese_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese caller, the card in pairs ("quarenta e cinco, trinta e nove"), "validade" and the "código de
    segurança"."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    u = Said().say(rng.choice(["O número do cartão é ", "Então, é ", "Sim, "])).entity(
        "CREDIT_CARD", ", ".join(in_pairs(g, "pt") if rng.random() < 0.7 else digit_by_digit(g, "pt")
                                 for g in card_groups(d)), d, "pt").say(".").turn()
    u.say(rng.choice(["E a validade?", "Qual é a data de validade?"])).turn()
    exp, value = exp_said(month, yy, "pt", rng)
    u.entity("CARD_EXPIRY", exp, value, "pt").say(".").turn().say("E o código de segurança, atrás?").turn()
    return u.entity("CARD_SECURITY_CODE", digit_by_digit(code, "pt"), code, "pt").say(rng.choice([".", ""]))


def card_sms_shorthand(fake: Faker, rng: random.Random) -> Said:
    """The card, the expiry and the code in a text message, in shorthand ("cc#", "xp", "sec")."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    u = Said().say(rng.choice(["SMS from customer: ", "[SMS] ", "Text: "]))
    u.say(rng.choice(["hi its me re the bill. ", "pls charge this one ", "new card: ", ""]))
    u.say(rng.choice(["cc# ", "card no ", "c/n ", "crd "])).entity("CREDIT_CARD", rng.choice(["", " "]).join(
        card_groups(d)), d)
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice([" xp ", " exp ", " ex ", " e/d "])).entity("CARD_EXPIRY", exp, value)
    u.say(rng.choice([" sec ", " cvv ", " cv2 ", " sc "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(rng.choice(["", " thx", " ta", " cheers x"]))


def card_email_form(fake: Faker, rng: random.Random) -> Said:
    """An email with the card laid out as a form, one field a line."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    u = Said().say(rng.choice(["Dear Sir or Madam,\n", "Hello,\n", "Hi team,\n"]))
    u.say(rng.choice(["Please use the card below for my renewal.\n", "Card details for order payment:\n"]))
    u.say(rng.choice(["Card number: ", "Card No.: ", "Number - "])).entity(
        "CREDIT_CARD", rng.choice([" ", "-", ""]).join(card_groups(d)), d)
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice(["\nExpiry: ", "\nExp. date: ", "\nValid until: "])).entity("CARD_EXPIRY", exp, value)
    u.say(rng.choice(["\nCVV: ", "\nSecurity code: ", "\nCVC2: "])).entity("CARD_SECURITY_CODE", code, code)
    return u.say(f"\nKind regards,\n{fake['en_GB'].name()}")


INTERPRETED = {
    "es": ("es_ES", ["El número es ", "Es la tarjeta "], ["She says ", "The number is "]),
    "de": ("de_DE", ["Die Nummer ist ", "Also, die Karte: "], ["He says ", "Okay, the number: "]),
    "it": ("it_IT", ["Il numero è ", "Allora, "], ["She says it's ", "The card number is "]),
    "pl": ("pl_PL", ["Numer karty to ", "Dobrze, "], ["He says ", "It's "]),
}


def card_interpreter(fake: Faker, rng: random.Random) -> Said:
    """A three-way call: the caller reads the card in their language, the interpreter gives it to the agent in
    English. Both readings labelled."""
    lang = rng.choice(list(INTERPRETED))
    _, theirs, interp = INTERPRETED[lang]
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    u = Said().say(rng.choice(["Interpreter: ", "[interpreter] ", "INTERPRETER: "]) + rng.choice([
        "Could you give me the card number, please?", "The agent needs the card number."])).turn()
    u.say(rng.choice(["Caller: ", "[caller] ", "CALLER: "]) + rng.choice(theirs)).entity(
        "CREDIT_CARD", render_groups(gs, lang, rng, ["words", "pairs"], ", "), d, lang).say(".").turn()
    u.say(rng.choice(["Interpreter: ", "[interpreter] ", "INTERPRETER: "]) + rng.choice(interp))
    return u.entity("CREDIT_CARD", render_groups(gs, "en", rng, ["words", "numerals"]), d).say(".")


HOMOPHONES = {"1": ["won", "one"], "2": ["to", "too", "two"], "4": ["for", "four", "fore"], "8": ["ate", "eight"],
              "3": ["tree", "three"]}


def homophoned(digits: str, rng: random.Random) -> str:
    return " ".join(rng.choice(HOMOPHONES.get(c, [UNITS["en"][int(c)]])) for c in digits)


def card_code_homophones(fake: Faker, rng: random.Random) -> Said:
    """The engine writes a code with 1, 2, 4 and 8 heard as "won", "to", "for", "ate"; the card before it in
    numerals."""
    d = card_number(rng)
    code = "".join(rng.choice("12348") if rng.random() < 0.7 else rng.choice(string.digits) for _ in range(
        4 if len(d) == 15 else 3))
    u = Said().say("its ").entity("CREDIT_CARD", " ".join(card_groups(d)), d).turn()
    u.say(rng.choice(["and the security code", "and the three digit code on the back", "cvv please"])).turn()
    return u.say(rng.choice(["its ", "uh ", "", "the code is "])).entity("CARD_SECURITY_CODE", homophoned(code, rng),
                                                                         code)


def card_expiry_before_number(fake: Faker, rng: random.Random) -> Said:
    """An eager caller giving the expiry first, the number after, the code when asked."""
    d = card_number(rng)
    (month, yy), code = expiry(rng), security_code(rng, d)
    exp, value = exp_said(month, yy, "en", rng)
    u = Said().say(rng.choice(["Okay so it expires ", "Right, the date on it is ", "First, it runs out "]))
    u.entity("CARD_EXPIRY", exp, value).say(rng.choice([", and the number's ", ". The number is ", ", number "]))
    u.entity("CREDIT_CARD", render_groups(card_groups(d), "en", rng, ["words", "numerals", "pairs"]), d).say(".")
    u.turn().say(rng.choice(["Thanks, and the code on the back?", "Lovely. Security code?"])).turn()
    return u.entity("CARD_SECURITY_CODE", render(code, "en", rng.choice(["words", "numerals"]), rng), code)


ASIDES = [", hang on, the light's bad in here,", "... sorry, the dog's barking... right,", ", one second, where was I,",
          "... let me just get my glasses... okay,", ", sorry, my daughter's asking me something,"]


def card_aside_mid_number(fake: Faker, rng: random.Random) -> Said:
    """An aside in the middle of the number, the reading picked up after it; the aside inside the label, named."""
    d = card_number(rng)
    gs = card_groups(d)
    k = rng.randint(1, len(gs) - 1)
    aside = rng.choice(ASIDES)
    text = render_groups(gs[:k], "en", rng, ["words", "numerals"], ", ") + aside + " " + \
        render_groups(gs[k:], "en", rng, ["words", "numerals"], ", ")
    u = Said().say(rng.choice(["Yeah, it's ", "The number is ", "Okay. "]))
    return u.entity("CREDIT_CARD", text, d, drop=(aside,)).say(rng.choice([".", "", ". Got that?"]))


def card_dutch_chat(fake: Faker, rng: random.Random) -> Said:
    """A Dutch chat: "kaartnr", "geldig t/m", "cvc", lower-case."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    tag = rng.choice(CHAT)
    u = Said().say(tag + rng.choice(["kaartnr ", "creditcard: ", "mijn kaart is "])).entity(
        "CREDIT_CARD", rng.choice([" ", ""]).join(card_groups(d)), d)
    exp, value = exp_typed(month, yy, rng)
    u.say(rng.choice([" geldig t/m ", ", vervalt ", " exp. "])).entity("CARD_EXPIRY", exp, value)
    return u.say(rng.choice([" cvc ", ", code ", " cvc-code: "])).entity("CARD_SECURITY_CODE", code, code).say(
        rng.choice(["", " groetjes", " alvast bedankt"]))


def card_code_from_spouse(fake: Faker, rng: random.Random) -> Said:
    """The caller asks someone in the room for the code on the back; the background voice reads it and the caller
    repeats it. Both labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    code = security_code(rng)
    u = Said().say("It's ").entity("CREDIT_CARD", render_groups(card_groups(d), "en", rng, ["numerals", "words"]), d)
    u.say(".").turn().say(rng.choice(["And the three digits on the back?", "Security code, please."])).turn()
    u.say(rng.choice(["Hang on, my husband's got it. Love, what's the code on the back? ",
                      "She's got the card. Babe, the three numbers on the back? "])).turn()
    u.say(rng.choice(["(background) ", "[background] ", "[speaker 3] "])).entity(
        "CARD_SECURITY_CODE", render(code, "en", "words", rng), code).turn()
    return u.say(rng.choice(["It's ", "She says ", "He says "])).entity(
        "CARD_SECURITY_CODE", render(code, "en", rng.choice(["words", "numerals"]), rng), code).say(".")


# Phones ---------------------------------------------------------------------------------------------------------
def national(country: str, rng: random.Random) -> str:
    _cc, trunk, nsn = phone_value(country, rng)
    return trunk + nsn


def phone_belgian_french(fake: Faker, rng: random.Random) -> Said:
    """A Belgian mobile said as Belgians do: "zéro quatre septante-cinq", then pairs with "nonante" and "septante"."""
    n = national("BE", rng)
    text = f"{digit_by_digit(n[:2], 'fr')}, {number(int(n[2:4]), 'fr_be')}, " + \
        ", ".join(in_pairs(g, "fr_be") for g in cut(n[4:], [2, 2, 2]))
    u = Said().say(rng.choice(["Vous pouvez me rappeler au ", "Mon numéro, c'est le ", "C'est le "]))
    return u.entity("PHONE_NUMBER", text, n, "fr_be").say(rng.choice([".", ", merci.", ", voilà."]))


def phone_swiss_german(fake: Faker, rng: random.Random) -> Said:
    """A Swiss mobile, "null sieben neun" and the rest in threes and twos, or with "plus vier eins" before it."""
    code, trunk, nsn = phone_value("CH", rng)
    if rng.random() < 0.5:
        value, head = trunk + nsn, digit_by_digit(trunk + nsn[:2], "de")
    else:
        value, head = code + nsn, f"plus {digit_by_digit(code, 'de')}, {digit_by_digit(nsn[:2], 'de')}"
    text = head + ", " + ", ".join(digit_by_digit(g, "de") if rng.random() < 0.6 else number(int(g), "de")
                                   if len(g) == 2 and g[0] != "0" else digit_by_digit(g, "de")
                                   for g in cut(nsn[2:], [3, 2, 2]))
    u = Said().say(rng.choice(["Sie erreichen mich unter ", "Meine Natelnummer ist ", "Also, "]))
    return u.entity("PHONE_NUMBER", text, value, "de").say(rng.choice([".", ", merci vielmal.", ""]))


def phone_austrian_zwo(fake: Faker, rng: random.Random) -> Said:
    """An Austrian mobile, "zwo" for two, the network prefix first and the number after a pause."""
    n = national("AT", rng)
    said_ = lambda g: " ".join("zwo" if c == "2" else UNITS["de"][int(c)] for c in g)  # noqa: E731
    u = Said().say(rng.choice(["Meine Handynummer: ", "Rufen S' mich an unter ", "Die Nummer ist "]))
    u.entity("PHONE_NUMBER", f"{said_(n[:4])}... {said_(n[4:7])} {said_(n[7:])}", n, "de")
    return u.say(rng.choice([".", ", danke.", ", gell."]))


def phone_portuguese_threes(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese mobile in threes, digit by digit or as numerals, the agent repeating it."""
    _cc, _, nsn = phone_value("PT", rng)
    gs = cut(nsn, [3, 3, 3])
    u = Said().say(rng.choice(["O meu telemóvel é o ", "Pode ligar para o ", "É o "])).entity(
        "PHONE_NUMBER", ", ".join(digit_by_digit(g, "pt") for g in gs), nsn, "pt").say(".").turn()
    return u.say(rng.choice(["Então, ", "Repito: ", ""])).entity("PHONE_NUMBER", " ".join(gs), nsn, "pt").say(
        rng.choice(["?", ", certo?", "."]))


def phone_czech_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Czech number in threes said as hundreds ("sedm set dvacet pět"), "plus čtyři sta dvacet" before it or not."""
    code, _, nsn = phone_value("CZ", rng)
    with_code = rng.random() < 0.4
    text = (f"plus {hundreds(420, 'cs')}, " if with_code else "") + in_threes(nsn, "cs")
    u = Said().say(rng.choice(["Moje číslo je ", "Volejte mi na ", "Telefon: "]))
    return u.entity("PHONE_NUMBER", text, (code if with_code else "") + nsn, "cs").say(rng.choice([".", ", děkuji."]))


def phone_norwegian_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Norwegian number in pairs ("førtiåtte, null åtte, fjorten"), as Norwegians give eight digits."""
    _cc, _, nsn = phone_value("NO", rng)
    text = ", ".join(in_pairs(g, "no") for g in cut(nsn, [2, 2, 2, 2]))
    u = Said().say(rng.choice(["Du kan ringe meg på ", "Nummeret mitt er ", "Det er "]))
    return u.entity("PHONE_NUMBER", text, nsn, "no").say(rng.choice([".", ", takk.", ""]))


def phone_finnish_chat(fake: Faker, rng: random.Random) -> Said:
    """A Finnish customer typing the number into a chat ("soita numeroon", "puh.")."""
    n = national("FI", rng)
    u = Said().say(rng.choice(CHAT) + rng.choice(["soita numeroon ", "puh. ", "mun numero on ", "tavoitat: "]))
    text = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:]}", f"+358 {n[1:3]} {n[3:]}"])
    value = "358" + n[1:] if text.startswith("+") else n
    return u.entity("PHONE_NUMBER", text, value, "fi").say(rng.choice(["", " kiitos", " :)"]))


def phone_us_homophones(fake: Faker, rng: random.Random) -> Said:
    """An American number as an engine writes it with "won", "to", "for" and "ate" for the digits."""
    _, _, nsn = phone_value("US", rng)
    text = ", ".join(homophoned(g, rng) for g in cut(nsn, [3, 3, 4]))
    u = Said().say(rng.choice(["best number to reach me is ", "call me back at ", "my cell is "]))
    return u.entity("PHONE_NUMBER", text, nsn).say(rng.choice(["", " thanks", " okay"]))


def phone_uk_landline_std(fake: Faker, rng: random.Random) -> Said:
    """A British landline: the area code said first with "oh" and "double", the rest after "and then"."""
    while True:
        n = national("GB", rng)
        if n[1] in "12":
            break
    area_len = 5 if n[:3] in ("011", "012", "013", "014", "015", "016", "017", "018", "019") and n[3] == "1" else \
        3 if n[:2] == "02" else 5
    area, rest = n[:area_len], n[area_len:]

    def uk(g: str) -> str:
        out, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and rng.random() < 0.6:
                out.append(f"double {UNITS['en'][int(g[i])] if g[i] != '0' else 'oh'}")
                i += 2
            else:
                out.append("oh" if g[i] == "0" else UNITS["en"][int(g[i])])
                i += 1
        return " ".join(out)
    u = Said().say(rng.choice(["The landline's ", "Home number is ", "Try the house, it's "]))
    u.entity("PHONE_NUMBER", f"{uk(area)}{rng.choice([', and then ', ', ', ' then '])}{uk(rest)}", n)
    return u.say(rng.choice([".", ", after six.", ""]))


def phone_irish_turns(fake: Faker, rng: random.Random) -> Said:
    """An Irish mobile over three turns, the agent's "yeah" and "go on" between; each piece labelled."""
    n = national("IE", rng)
    gs = cut(n, [3, 3, 4])
    u = Said().say(rng.choice(["And a contact number?", "What's the best mobile for you?"])).turn()
    for i, g in enumerate(gs):
        u.say(rng.choice(["", "so ", "it's "]) if i == 0 else "").entity("PHONE_NUMBER", render(
            g, "en", rng.choice(["words", "numerals"]), rng), g)
        if i < 2:
            u.say(rng.choice(["...", ","])).turn().say(rng.choice(["Yeah.", "Go on.", "Grand.", "Mm-hm."])).turn()
    return u.joint(3, n).say(rng.choice([".", ""]))


def phone_mexico_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Mexican number in pairs ("cincuenta y cinco, veintitrés..."), the city's two digits first."""
    code, _, nsn = phone_value("MX", rng)
    with_code = rng.random() < 0.3
    text = ("más cincuenta y dos, " if with_code else "") + ", ".join(in_pairs(g, "es") for g in cut(
        nsn, [2, 2, 2, 2, 2]))
    u = Said().say(rng.choice(["Mi celular es el ", "Me puede marcar al ", "Anote: "]))
    return u.entity("PHONE_NUMBER", text, (code if with_code else "") + nsn, "es").say(".")


def phone_whatsapp_link(fake: Faker, rng: random.Random) -> Said:
    """A WhatsApp link typed into a chat: the number inside it labelled, the link's host outside."""
    country = rng.choice(["DE", "ES", "NL", "IT", "PT", "PL", "SE", "FR"])
    code, _, nsn = phone_value(country, rng)
    u = Said().say(rng.choice(CHAT) + rng.choice(["write me on whatsapp: ", "wa: ", "easier on WhatsApp → "]))
    u.say(rng.choice(["https://wa.me/", "wa.me/", "http://wa.me/"])).entity("PHONE_NUMBER", code + nsn, code + nsn)
    return u.say(rng.choice(["", " thanks", " ok?"]))


def phone_german_digit_corrected(fake: Faker, rng: random.Random) -> Said:
    """A German mobile whose network prefix is said wrong and put right in the same breath ("null eins sieben
    sechs, nein, null eins sieben sieben"); the slip inside the label, named."""
    n = national("DE", rng)
    wrong = n[:3] + str((int(n[3]) + rng.choice([1, 9])) % 10)
    slip = digit_by_digit(wrong, "de") + rng.choice([", nein,", "... ach nee,", ", Quatsch,"])
    text = f"{slip} {digit_by_digit(n[:4], 'de')}, {render(n[4:], 'de', rng.choice(['words', 'numerals']), rng)}"
    u = Said().say(rng.choice(["Meine Nummer ist ", "Handy: ", "Rufen Sie mich an, "]))
    return u.entity("PHONE_NUMBER", text, n, "de", drop=(slip,)).say(".")


def phone_australian_doubles(fake: Faker, rng: random.Random) -> Said:
    """An Australian mobile, "oh four" and "double" and "triple" as they come."""
    n = national("AU", rng)

    def au(g: str) -> str:
        out, i = [], 0
        while i < len(g):
            run_ = len(g[i:]) - len(g[i:].lstrip(g[i]))
            w = "oh" if g[i] == "0" else UNITS["en"][int(g[i])]
            if run_ >= 3 and rng.random() < 0.7:
                out.append(f"triple {w}")
                i += 3
            elif run_ >= 2:
                out.append(f"double {w}")
                i += 2
            else:
                out.append(w)
                i += 1
        return " ".join(out)
    u = Said().say(rng.choice(["Yeah, mobile's ", "Best to reach me on ", "It's "]))
    return u.entity("PHONE_NUMBER", ", ".join(au(g) for g in cut(n, [4, 3, 3])), n).say(
        rng.choice([".", ", mate.", ""]))


def phone_italian_landline(fake: Faker, rng: random.Random) -> Said:
    """An Italian landline ("zero sei" for Rome, "zero due" for Milan), the rest in pairs or digits."""
    while True:
        _cc, _, nsn = phone_value("IT", rng)
        if nsn[0] == "0":
            break
    text = f"{digit_by_digit(nsn[:2], 'it')}, " + ", ".join(
        in_pairs(g, "it") if rng.random() < 0.5 else digit_by_digit(g, "it") for g in cut(nsn[2:], [2, 2, 2, 2]))
    u = Said().say(rng.choice(["Il fisso è ", "Mi chiami a casa, ", "Il numero di casa: "]))
    return u.entity("PHONE_NUMBER", text, nsn, "it").say(rng.choice([".", ", grazie.", ""]))


def phone_danish_sms_signature(fake: Faker, rng: random.Random) -> Said:
    """A Danish text message signed with the sender's number ("Mvh ..., tlf.")."""
    _cc, _, nsn = phone_value("DK", rng)
    text = rng.choice([" ".join(cut(nsn, [2, 2, 2, 2])), nsn, f"+45 {' '.join(cut(nsn, [2, 2, 2, 2]))}"])
    u = Said().say(rng.choice(["SMS: ", "[SMS] ", ""]) + rng.choice([
        "Hej, jeg vil gerne ringes op vedr. min ordre. ", "Kan I ringe mig i morgen? ", "Tak for hjælpen i går. "]))
    u.say(f"Mvh {fake['da_DK'].first_name()}, " + rng.choice(["tlf. ", "mobil ", "ring på "]))
    return u.entity("PHONE_NUMBER", text, ("45" if text.startswith("+") else "") + nsn, "da")


def phone_swedish_voicemail(fake: Faker, rng: random.Random) -> Said:
    """A Swedish voicemail: the callback number said once in digits and again in pairs."""
    n = national("SE", rng)
    u = Said().say(rng.choice(["(röstmeddelande) ", "Röstbrevlåda: ", ""]))
    u.say(f"Hej, det är {fake['sv_SE'].first_name()}. " + rng.choice(["Ring mig på ", "Mitt nummer är "]))
    u.entity("PHONE_NUMBER", ", ".join(digit_by_digit(g, "sv") for g in cut(n, [3, 3, 2, 2])), n, "sv")
    u.say(rng.choice([". Jag upprepar: ", ". Alltså ", ". En gång till: "]))
    text = f"{digit_by_digit(n[:3], 'sv')}, " + ", ".join(in_pairs(g, "sv") for g in cut(n[3:], [3, 2, 2]))
    return u.entity("PHONE_NUMBER", text, n, "sv").say(rng.choice([". Hej då.", ". Tack.", "."]))


# Addresses ------------------------------------------------------------------------------------------------------
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


def _email_in(fake: Faker, rng: random.Random, locale: str, lang: str, domains: list[str], words: dict,
              intros: list[str], ends: list[str]) -> Said:
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(domains)}"
    u = Said().say(rng.choice(intros))
    return u.entity("EMAIL_ADDRESS", say_address(address, lang, words, rng, lang), address, lang).say(
        rng.choice(ends))


def email_czech(fake: Faker, rng: random.Random) -> Said:
    """A Czech address: "zavináč", "tečka", "podtržítko", "pomlčka"."""
    return _email_in(fake, rng, "cs_CZ", "cs", ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz"],
                     {"@": "zavináč", ".": "tečka", "_": "podtržítko", "-": "pomlčka"},
                     ["Můj e-mail je ", "Pošlete to na ", "E-mailová adresa: "], [".", ", děkuji.", ""])


def email_norwegian(fake: Faker, rng: random.Random) -> Said:
    """A Norwegian address: "krøllalfa" and "punktum"."""
    return _email_in(fake, rng, "no_NO", "no", ["online.no", "gmail.com", "hotmail.no", "live.no", "getmail.no"],
                     {"@": rng.choice(["krøllalfa", "krøll-alfa"]), ".": "punktum", "_": "understrek",
                      "-": "bindestrek"},
                     ["E-posten min er ", "Send det til ", "Adressen er "], [".", ", takk.", ""])


def email_finnish(fake: Faker, rng: random.Random) -> Said:
    """A Finnish address: "ät" or "miukumauku", "piste", "alaviiva"."""
    return _email_in(fake, rng, "fi_FI", "fi", ["gmail.com", "suomi24.fi", "luukku.com", "elisanet.fi", "kolumbus.fi"],
                     {"@": rng.choice(["ät", "miukumauku", "ät-merkki"]), ".": "piste", "_": "alaviiva",
                      "-": "väliviiva"},
                     ["Sähköpostini on ", "Laita se osoitteeseen ", "Osoite on "], [".", ", kiitos.", ""])


def email_danish(fake: Faker, rng: random.Random) -> Said:
    """A Danish address: "snabel-a", "punktum", "understreg"."""
    return _email_in(fake, rng, "da_DK", "da", ["mail.dk", "gmail.com", "outlook.dk", "jubii.dk", "live.dk"],
                     {"@": "snabel-a", ".": "punktum", "_": "understreg", "-": "bindestreg"},
                     ["Min mail er ", "Send den til ", "Det er "], [".", ", tak.", ""])


def email_symbols_spaced(fake: Faker, rng: random.Random) -> Said:
    """An engine writing "at" and "dot" as the signs, with spaces around them, lower-case."""
    locale = rng.choice(["en_US", "en_GB", "en_CA", "en_AU"])
    _, _, local = local_part(fake, locale, rng)
    domain = rng.choice(["gmail.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "outlook.com", "shaw.ca",
                         "bigpond.com", "comcast.net"])
    address = f"{local}@{domain}"
    style = rng.choice(["spaced", "at-only", "dots-only"])  # how this engine writes the signs it hears
    text = re.sub(r"[@._]", lambda m: f" {m.group()} " if style == "spaced" or (style == "at-only") == (
        m.group() == "@") else m.group(), address)
    u = Said().say(rng.choice(["yeah its ", "email is ", "you can send it to ", "sure "]))
    return u.entity("EMAIL_ADDRESS", text, address).say(rng.choice(["", " thanks", " all lowercase"]))


def email_swedish_som_i(fake: Faker, rng: random.Random) -> Said:
    """A Swedish caller spelling the surname letter by letter, some letters "som i" a name from the Swedish
    alphabet, then the domain said."""
    first, last, _ = local_part(fake, "sv_SE", rng)
    domain = rng.choice(["telia.com", "gmail.com", "hotmail.se", "spray.se", "bredband.net"])
    address = f"{first}.{last}@{domain}"
    alpha = {w[0].lower(): w for w in ALPHABETS["sv"]}
    spelled = ", ".join(f"{c} som i {alpha[c]}" if c in alpha and rng.random() < 0.4 else c for c in last)
    text = f"{first} punkt {spelled} snabel-a {domain.replace('.', ' punkt ')}"
    u = Said().say(rng.choice(["Min e-post är ", "Det är ", "Skriv "]))
    return u.entity("EMAIL_ADDRESS", text, address, "sv").say(rng.choice([".", ", tack.", ""]))


def email_form_confirm(fake: Faker, rng: random.Random) -> Said:
    """A web form's "E-mail" and "Confirm e-mail" fields, both filled in."""
    locale = rng.choice(["en_GB", "en_IE", "de_DE", "de_AT", "de_CH", "nl_NL", "nl_BE", "fr_FR", "it_IT", "pt_PT",
                         "es_MX", "pl_PL"])
    _, _, local = local_part(fake, locale, rng)
    domain = rng.choice(["gmail.com", "web.de", "gmx.at", "bluewin.ch", "ziggo.nl", "telenet.be", "orange.fr",
                         "libero.it", "sapo.pt", "prodigy.net.mx", "wp.pl", "eircom.net"])
    address = f"{local}@{domain}"
    shown = address if rng.random() < 0.7 else address.capitalize()
    u = Said().say(rng.choice(["Form submission:\n", "[web form]\n", ""]))
    u.say(f"Name: {fake[locale].name()}\n" + rng.choice(["E-mail: ", "Email address: ", "E-Mail-Adresse: "]))
    u.entity("EMAIL_ADDRESS", shown, address.lower() if shown != address else address)
    u.say(rng.choice(["\nConfirm e-mail: ", "\nRepeat email: ", "\nE-Mail wiederholen: "]))
    return u.entity("EMAIL_ADDRESS", address, address).say(rng.choice(["\nSubmit", "", "\n[x] I agree"]))


def email_readback_wrong_domain(fake: Faker, rng: random.Random) -> Said:
    """The agent reads the address back with the common domain instead of the caller's; the caller says it again.
    All three labelled, the agent's with its own address."""
    _, _, local = local_part(fake, rng.choice(["en_US", "en_GB"]), rng)
    right, wrong = rng.choice([("gmx.net", "gmail.com"), ("hotmail.co.uk", "hotmail.com"), ("me.com", "mac.com"),
                               ("aol.co.uk", "aol.com"), ("ymail.com", "gmail.com")])
    words = {"@": "at", ".": "dot", "_": "underscore", "-": "dash"}
    u = Said().say(rng.choice(["It's ", "Email's "])).entity(
        "EMAIL_ADDRESS", say_address(f"{local}@{right}", "en", words, rng), f"{local}@{right}").say(".").turn()
    u.say(rng.choice(["So that's ", "Let me read that back, "])).entity(
        "EMAIL_ADDRESS", say_address(f"{local}@{wrong}", "en", words, rng), f"{local}@{wrong}").say("?").turn()
    u.say(rng.choice(["No, not that one. ", "Nope, common mistake. ", "No, "])).entity(
        "EMAIL_ADDRESS", say_address(f"{local}@{right}", "en", words, rng), f"{local}@{right}")
    return u.say(rng.choice([".", ". The other one.", ""]))


def email_belgian_french(fake: Faker, rng: random.Random) -> Said:
    """A Belgian address said in French: "arobase", "point", "tiret" and the numbers with "septante" or
    "nonante"."""
    first, last, _ = local_part(fake, "fr_BE", rng)
    num = rng.choice([70 + rng.randint(0, 9), 90 + rng.randint(0, 9), rng.randint(10, 69)])
    local = rng.choice([f"{first}.{last}{num}", f"{first}-{last}", f"{first[0]}{last}{num}"])
    address = f"{local}@{rng.choice(['skynet.be', 'telenet.be', 'proximus.be', 'gmail.com', 'hotmail.be'])}"
    text = " ".join(number(int(p), "fr_be") if p.isdigit() else {"@": "arobase", ".": "point", "-": "tiret"}.get(
        p, p) for p in re.findall(r"[a-z]+|\d+|[@.-]", address))
    u = Said().say(rng.choice(["Mon adresse mail, c'est ", "Alors, c'est ", "Vous notez: "]))
    return u.entity("EMAIL_ADDRESS", text, address, "fr_be").say(rng.choice([".", ", tout attaché.", ""]))


# IBANs ----------------------------------------------------------------------------------------------------------
def iban_said(iban: str, lang: str, rng: random.Random, styles: list[str], letters: str = "plain") -> str:
    """An IBAN said four at a time: its letters plain, by NATO word or by the alphabet at home, digits by `styles`."""
    out = []
    for g in cut(iban, [4] * 9):
        parts = re.findall(r"[A-Z]+|\d+", g)
        said_ = []
        for p in parts:
            if p.isalpha():
                said_.append(" ".join(NATO[ord(c) - 65].capitalize() if letters == "nato" else
                                      ALPHABETS[lang][ord(c) - 65] if letters == "home" else c for c in p))
            else:
                said_.append(render(p, lang, rng.choice(styles), rng))
        out.append(" ".join(said_))
    return ", ".join(out)


def iban_norwegian(fake: Faker, rng: random.Random) -> Said:
    """A Norwegian IBAN, fifteen characters, in Norwegian digits."""
    iban = iban_value("NO", rng)
    u = Said().say(rng.choice(["IBAN-nummeret mitt er ", "Kontoen, IBAN: ", "Det er "]))
    return u.entity("IBAN_CODE", iban_said(iban, "no", rng, ["words"]), iban, "no").say(
        rng.choice([".", ", takk.", ""]))


def iban_finnish(fake: Faker, rng: random.Random) -> Said:
    """A Finnish IBAN ("tilinumero") in Finnish digits, some groups as numerals."""
    iban = iban_value("FI", rng)
    u = Said().say(rng.choice(["Tilinumero on ", "IBAN on ", "Se on "]))
    return u.entity("IBAN_CODE", iban_said(iban, "fi", rng, ["words", "words", "numerals"]), iban, "fi").say(".")


def iban_polish_chat(fake: Faker, rng: random.Random) -> Said:
    """A Polish IBAN typed into a chat in the groups the bank's app shows, or none."""
    iban = iban_value("PL", rng)
    text = rng.choice([" ".join(cut(iban, [4] * 7)), iban, f"{iban[:2]} {iban[2:4]} {' '.join(cut(iban[4:], [4] * 6))}",
                       f"{iban[:4]}-{iban[4:]}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["nr konta: ", "numer rachunku ", "przelew na "]))
    return u.entity("IBAN_CODE", text, iban, "pl").say(rng.choice(["", " dzięki", " pozdrawiam"]))


def iban_austrian_zwo(fake: Faker, rng: random.Random) -> Said:
    """An Austrian IBAN in German, "zwo" for two, in fours."""
    iban = iban_value("AT", rng)
    text = ", ".join(" ".join("zwo" if c == "2" else c if c.isalpha() else UNITS["de"][int(c)] for c in g)
                     for g in cut(iban, [4] * 5))
    u = Said().say(rng.choice(["Meine IBAN lautet ", "Also, die IBAN: ", "Das wäre "]))
    return u.entity("IBAN_CODE", text, iban, "de").say(rng.choice([".", ", danke.", ""]))


def iban_portuguese(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese IBAN in Portuguese, groups as digits or pairs."""
    iban = iban_value("PT", rng)
    u = Said().say(rng.choice(["O IBAN é ", "Então, o IBAN: ", "É o "]))
    return u.entity("IBAN_CODE", iban_said(iban, "pt", rng, ["words", "pairs"]), iban, "pt").say(".")


def iban_spanish_group_echo(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN four at a time, the agent saying each group back; every group labelled as the part it is."""
    iban = iban_value("ES", rng)
    gs = cut(iban, [4] * 6)
    u = Said().say(rng.choice(["Dígame el IBAN, se lo voy repitiendo.", "Adelante con el IBAN, de cuatro en "
                               "cuatro."])).turn()
    for i, g in enumerate(gs):
        said_ = iban_said(g, "es", rng, ["words", "pairs"]) if g[0].isdigit() else \
            f"{g[0]} {g[1]} {render(g[2:], 'es', 'words', rng)}"
        u.entity("IBAN_CODE", said_, g, "es").say(rng.choice(["", "..."])).turn()
        u.say(rng.choice(["", "Vale, "])).entity("IBAN_CODE", g if rng.random() < 0.5 else said_, g, "es").say(
            rng.choice([".", ", sí.", ", vale."]))
        if i < len(gs) - 1:
            u.turn()
    return u


def iban_irish_nato(fake: Faker, rng: random.Random) -> Said:
    """An Irish IBAN, the bank's letters in NATO words, the digits as they come."""
    iban = iban_value("IE", rng)
    text = f"{render(iban[2:4], 'en', 'words', rng)}, " + " ".join(NATO[ord(c) - 65].capitalize() for c in iban[4:8]) \
        + ", " + render_groups(cut(iban[8:], [4, 4, 4, 2]), "en", rng, ["words", "numerals"], ", ")
    u = Said().say(rng.choice(["It's ", "Okay, the IBAN's ", "Right, "]))
    return u.entity("IBAN_CODE", f"I E {text}", iban, "en+").say(rng.choice([".", ", thanks.", ""]))


def iban_swedish_slip(fake: Faker, rng: random.Random) -> Said:
    """A Swedish IBAN with a group said wrong and put right ("nej, förlåt"); the slip inside the label, named."""
    iban = iban_value("SE", rng)
    gs = cut(iban, [4] * 6)
    k = rng.randint(1, 5)
    slip = digit_by_digit(swap_two(gs[k], rng), "sv") + rng.choice([", nej förlåt,", "... nej,", ", fel,"])
    parts = [f"{gs[0][0]} {gs[0][1]} {digit_by_digit(gs[0][2:], 'sv')}"] + [digit_by_digit(g, "sv") for g in gs[1:]]
    parts[k] = f"{slip} {parts[k]}"
    u = Said().say(rng.choice(["Mitt IBAN är ", "Det är ", "IBAN: "]))
    return u.entity("IBAN_CODE", ", ".join(parts), iban, "sv", drop=(slip,)).say(".")


def iban_email_body(fake: Faker, rng: random.Random) -> Said:
    """An email asking for a refund to an IBAN, the BIC and the amount beside it (not labelled)."""
    country = rng.choice(["FR", "DE", "NL", "BE", "IT", "ES", "LU"])
    iban = iban_value(country, rng)
    text = rng.choice([" ".join(cut(iban, [4] * 9)), iban])
    u = Said().say(rng.choice(["Bonjour,\n", "Hello,\n", "Guten Tag,\n"]))
    u.say(rng.choice(["Please refund the deposit to my account:\n", "Merci de rembourser sur ce compte :\n",
                      "Bitte überweisen Sie den Betrag auf:\n"]))
    u.say(rng.choice(["IBAN: ", "IBAN ", "Iban : "])).entity("IBAN_CODE", text, iban)
    u.say(f"\nBIC: {rng.choice(['BNPAFRPP', 'COBADEFF', 'INGBNL2A', 'GEBABEBB', 'BCITITMM', 'CAIXESBB'])}\n")
    return u.say(f"Montant / Amount: {rng.randint(20, 900)},{rng.randint(0, 99):02d} EUR\n{fake['fr_FR'].name()}")


def iban_czech(fake: Faker, rng: random.Random) -> Said:
    """A Czech IBAN in Czech digits, the long run of noughts said as it is."""
    iban = iban_value("CZ", rng)
    u = Said().say(rng.choice(["Můj IBAN je ", "Číslo účtu ve formátu IBAN: ", "Takže "]))
    return u.entity("IBAN_CODE", iban_said(iban, "cs", rng, ["words"]), iban, "cs").say(rng.choice([".", ""]))


def iban_flemish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Belgian IBAN said in Dutch, in pairs ("zevenenveertig"), as Flemish callers do."""
    iban = iban_value("BE", rng)
    text = f"B E {in_pairs(iban[2:4], 'nl')}, " + ", ".join(in_pairs(g, "nl") for g in cut(iban[4:], [4, 4, 4]))
    u = Said().say(rng.choice(["Mijn rekeningnummer is ", "Het is ", "Ja, "]))
    return u.entity("IBAN_CODE", text, iban, "nl").say(rng.choice([".", ", dank u.", ""]))


# SSNs -----------------------------------------------------------------------------------------------------------
def ssn_dashed(v: str) -> str:
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def ssn_last_four_then_whole(fake: Faker, rng: random.Random) -> Said:
    """The last four asked for first (said alone, not labelled); then, for a change of address, the whole number."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["Can you verify the last four of your social?", "Just the last four digits of your "
                               "SSN to start."])).turn()
    u.say(rng.choice([f"{digit_by_digit(v[5:])}.", f"It's {v[5:]}.", f"Uh, {in_pairs(v[5:])}."])).turn()
    u.say(rng.choice(["Thanks. To change the address I'll need the full number, I'm afraid.",
                      "Okay. For this one I need all nine digits."])).turn()
    u.say(rng.choice(["Sure. ", "Okay, ", "Fine, it's "])).entity(
        "US_SSN", rng.choice([ssn_dashed(v), ", ".join(digit_by_digit(g, "en", "zero") for g in cut(v, [3, 2, 4]))]),
        v)
    return u.say(rng.choice([".", "", ". Why do you need it all?"]))


def ssn_intake_form(fake: Faker, rng: random.Random) -> Said:
    """An intake form pasted into a chat: name, date of birth and SSN, each on a line, both values labelled."""
    v, born = ssn_value(rng), dob_value(rng)
    u = Said().say(rng.choice(["Patient intake\n", "New client form:\n", ""]))
    u.say(f"Name: {fake['en_US'].name()}\n" + rng.choice(["DOB: ", "Date of birth: ", "D.O.B.: "]))
    dob = rng.choice([f"{born.month:02d}/{born.day:02d}/{born.year}", f"{born.month}/{born.day}/{born.year}",
                      f"{born.month:02d}-{born.day:02d}-{born.year}"])
    u.entity("DATE_OF_BIRTH", dob, re.sub(r"\D", "", dob))
    u.say(rng.choice(["\nSSN: ", "\nSocial Security #: ", "\nSS#: "])).entity(
        "US_SSN", rng.choice([ssn_dashed(v), v, f"{v[:3]} {v[3:5]} {v[5:]}"]), v)
    return u.say(rng.choice(["\nInsurance: Aetna", "\nPhone: see file", ""]))


def ssn_hundreds_pairs(fake: Faker, rng: random.Random) -> Said:
    """Three digits as a hundred ("five twelve"), two as a pair, four as two pairs."""
    v = ssn_value(rng)
    a, b, c = cut(v, [3, 2, 4])
    first = hundreds(int(a)) if a[0] != "0" and rng.random() < 0.5 else \
        f"{digit_by_digit(a[0])} {in_pairs(a[1:])}" if a[0] != "0" and a[1] != "0" else digit_by_digit(a, "en", "oh")
    text = f"{first}, {in_pairs(b)}, {in_pairs(c)}"
    u = Said().say(rng.choice(["My social? It's ", "Social security is ", "Sure, "]))
    return u.entity("US_SSN", text, v).say(rng.choice([".", "", ", I think that's right."]))


def ssn_sms(fake: Faker, rng: random.Random) -> Said:
    """A text message with the number after "ss#" or "soc"."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["SMS: ", "[text] ", ""]) + rng.choice(["for the form, ", "you asked for it, ", ""]))
    u.say(rng.choice(["my ss# ", "soc ", "ssn is ", "social: "])).entity(
        "US_SSN", rng.choice([f"{v[:3]} {v[3:5]} {v[5:]}", ssn_dashed(v), v, f"{v[:3]}.{v[3:5]}.{v[5:]}"]), v)
    return u.say(rng.choice(["", " thx", " - please delete after"]))


def ssn_restarted_digit(fake: Faker, rng: random.Random) -> Said:
    """A caller losing the place and starting the number again from the top; the false start inside, named."""
    v = ssn_value(rng)
    k = rng.randint(2, 5)
    false = digit_by_digit(v[:k]) + rng.choice(["... sorry, let me start again,", "... no wait,", ", hold on,"])
    text = f"{false} " + ", ".join(digit_by_digit(g) for g in cut(v, [3, 2, 4]))
    u = Said().say(rng.choice(["Um, it's ", "Okay, ", "Social's "]))
    return u.entity("US_SSN", text, v, drop=(false,)).say(rng.choice([".", ""]))


def ssn_hold_between(fake: Faker, rng: random.Random) -> Said:
    """The first five, then the agent's hold and the rest when they are back; each piece labelled."""
    v = ssn_value(rng)
    u = Said().say(rng.choice(["And your social?", "I'll need the social security number."])).turn()
    u.say(rng.choice(["It's ", "Okay, "])).entity("US_SSN", f"{digit_by_digit(v[:3])}, {digit_by_digit(v[3:5])}",
                                                  v[:5]).say("...").turn()
    u.say(rng.choice(["Sorry, can you hold one moment? The system's frozen.", "One second, let me put you on a "
                      "brief hold."])).turn().say(rng.choice(["(hold music)", "[on hold]", "[music]"])).turn()
    u.say(rng.choice(["Thanks for holding. You'd given me the first five, go ahead with the rest.",
                      "I'm back, sorry. The last four?"])).turn()
    return u.entity("US_SSN", render(v[5:], "en", rng.choice(["words", "pairs", "numerals"]), rng), v[5:]).joint(
        2, v).say(".")


# Routing and account numbers ------------------------------------------------------------------------------------
def bank_wire_form(fake: Faker, rng: random.Random) -> Said:
    """A wire form's fields typed: the ABA number and the account, the beneficiary and the amount (not labelled)."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(["Wire instructions\n", "Incoming wire details:\n", ""]))
    u.say(f"Beneficiary: {fake['en_US'].name()}\n" + rng.choice(["ABA/Routing: ", "Routing #: ", "ABA: "]))
    u.entity("ABA_ROUTING_NUMBER", aba, aba).say(rng.choice(["\nAccount: ", "\nAcct #: ", "\nAccount No.: "]))
    u.entity("US_BANK_NUMBER", acct, acct)
    return u.say(f"\nAmount: ${rng.randint(100, 9000):,}.{rng.randint(0, 99):02d}")


def bank_routing_homophones(fake: Faker, rng: random.Random) -> Said:
    """A routing number written by an engine with "won", "to", "for", "ate", the account in numerals."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(["routing number is ", "the routing is ", "ok routing "]))
    u.entity("ABA_ROUTING_NUMBER", homophoned(aba, rng), aba)
    u.say(rng.choice([" and the account is ", " account ", ", checking account "]))
    return u.entity("US_BANK_NUMBER", rng.choice([acct, render(acct, "en", "words", rng)]), acct)


def bank_direct_deposit_chat(fake: Faker, rng: random.Random) -> Said:
    """A chat setting up direct deposit: "rtn" and "acct" typed in one line or two."""
    aba, acct = aba_value(rng), account_value(rng)
    tag = rng.choice(CHAT)
    u = Said().say("Agent: Please send the routing and account number for direct deposit.").turn()
    u.say(tag + rng.choice(["rtn ", "routing: ", "routing # "])).entity("ABA_ROUTING_NUMBER", aba, aba)
    if rng.random() < 0.5:
        u.turn().say(tag)
    else:
        u.say(rng.choice([" / ", ", ", " "]))
    return u.say(rng.choice(["acct ", "account: ", "checking "])).entity("US_BANK_NUMBER", acct, acct).say(
        rng.choice(["", " ty", " thanks!"]))


def bank_account_slip(fake: Faker, rng: random.Random) -> Said:
    """An account number with a digit said wrong and put right ("no, sorry"); the slip inside, named."""
    aba, acct = aba_value(rng), account_value(rng)
    k = rng.randint(2, len(acct) - 2)
    slip = digit_by_digit(acct[:k - 1] + str((int(acct[k - 1]) + 3) % 10)) + rng.choice([", no, sorry,", "... no,"])
    u = Said().say(rng.choice(["Routing's ", "The routing number is "])).entity(
        "ABA_ROUTING_NUMBER", ", ".join(digit_by_digit(g, "en", "zero") for g in cut(aba, [3, 3, 3])), aba).say(". ")
    u.say(rng.choice(["And the account is ", "Account number "]))
    return u.entity("US_BANK_NUMBER", f"{slip} {digit_by_digit(acct)}", acct, drop=(slip,)).say(".")


def bank_routing_threes(fake: Faker, rng: random.Random) -> Said:
    """A routing number in threes with "oh", asked for by the agent, the account asked for after."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(["What's the routing number?", "Nine-digit routing number, please."])).turn()
    u.entity("ABA_ROUTING_NUMBER", ", ".join(digit_by_digit(g, "en", "oh") for g in cut(aba, [3, 3, 3])), aba).say(
        ".").turn().say(rng.choice(["And the account number?", "Great, and the account?"])).turn()
    return u.entity("US_BANK_NUMBER", render(acct, "en", rng.choice(["words", "numerals", "pairs"]), rng), acct)


def bank_check_left_to_right(fake: Faker, rng: random.Random) -> Said:
    """Read off the bottom of a check left to right: routing, account, and the check number (not labelled)."""
    aba, acct, check = aba_value(rng), account_value(rng), f"{rng.randint(100, 9999)}"
    u = Said().say(rng.choice(["I've got a check here. ", "Reading off the check, "]))
    u.say(rng.choice(["the first bit, between the funny symbols, is ", "first set is "]))
    u.entity("ABA_ROUTING_NUMBER", render(aba, "en", rng.choice(["words", "numerals"]), rng), aba)
    u.say(rng.choice([", then ", ", the next one's ", ". Then "])).entity(
        "US_BANK_NUMBER", render(acct, "en", rng.choice(["words", "numerals"]), rng), acct)
    return u.say(rng.choice([f", and then {check}, that's the check number.", f", and the last one's just {check}."]))


def bank_sms_ach(fake: Faker, rng: random.Random) -> Said:
    """A text with the routing and account number for an ACH payment, in shorthand."""
    aba, acct = aba_value(rng), account_value(rng)
    u = Said().say(rng.choice(["SMS: ", "[text] ", ""]) + rng.choice(["for the ach: ", "pay to ", "bank info "]))
    u.say(rng.choice(["rt ", "rtg ", "aba "])).entity("ABA_ROUTING_NUMBER", aba, aba)
    return u.say(rng.choice([" ac ", " acc ", " acct# "])).entity("US_BANK_NUMBER", acct, acct)


# Dates of birth -------------------------------------------------------------------------------------------------
def birth_asr_ordinals(fake: Faker, rng: random.Random) -> Said:
    """An engine's lower-case date: "march twelfth nineteen eighty four", or the day first."""
    born = dob_value(rng)
    month, day = MONTHS["en"][born.month - 1].lower(), en_ordinal(born.day).replace("-", " ")
    year = en_year(born.year, rng).replace("-", " ")
    text, value = rng.choice([(f"{month} {day} {year}", f"{born.month}{born.day}"),
                              (f"the {day} of {month} {year}", f"{born.day}{born.month}"),
                              (f"{day} {month} {year}", f"{born.day}{born.month}")])
    u = Said().say(rng.choice(["date of birth", "and your birthday", "can i get your date of birth"])).turn()
    return u.say(rng.choice(["its ", "uh ", "", "yeah "])).entity("DATE_OF_BIRTH", text, value + str(born.year))


def birth_age_and_date(fake: Faker, rng: random.Random) -> Said:
    """The age said first (not labelled), then the date, the year as two digits."""
    born = dob_value(rng)
    age = 2026 - born.year
    u = Said().say(rng.choice(["How old are you, and your date of birth?", "Can I confirm your age and date of "
                               "birth?"])).turn()
    u.say(f"I'm {rng.choice([str(age), number(age) if age < 100 else str(age)])}, " + rng.choice(
        ["born on the ", "born the ", "birthday's the "]))
    yy = born.year % 100
    year = number(yy) if yy > 9 else f"oh {UNITS['en'][yy]}"
    return u.entity("DATE_OF_BIRTH", f"{en_ordinal(born.day)} of {MONTHS['en'][born.month - 1]} {year}",
                    f"{born.day}{born.month}{yy:02d}").say(".")


def birth_mexican_spanish(fake: Faker, rng: random.Random) -> Said:
    """A Mexican caller: "nací el doce de marzo del ochenta y cuatro", or the year whole."""
    born = dob_value(rng)
    day = "primero" if born.day == 1 else number(born.day, "es")
    if rng.random() < 0.5 and born.year < 2000 and born.year % 100 > 9:
        text, value = f"{day} de {MONTHS['es'][born.month - 1]} del {number(born.year % 100, 'es')}", \
            f"{born.day}{born.month}{born.year % 100}"
    else:
        text, value = f"{day} de {MONTHS['es'][born.month - 1]} de {year_words(born.year, 'es')}", \
            f"{born.day}{born.month}{born.year}"
    u = Said().say(rng.choice(["¿Su fecha de nacimiento?", "¿Me confirma su fecha de nacimiento?"])).turn()
    return u.say(rng.choice(["Nací el ", "Es el ", "El "])).entity("DATE_OF_BIRTH", text, value, "es").say(".")


def birth_nordic_numeral_day(fake: Faker, rng: random.Random) -> Said:
    """Norwegian, Danish, Finnish and Swedish callers: the day as a numeral with its point, the month's name, the
    year in numerals or words."""
    lang = rng.choice(["no", "da", "fi", "sv"])
    born = dob_value(rng)
    year = str(born.year) if lang == "fi" or rng.random() < 0.5 else year_words(born.year, lang)
    intro = {"no": "Jeg er født ", "da": "Jeg er født den ", "fi": "Olen syntynyt ", "sv": "Jag är född den "}[lang]
    u = Said().say(intro)
    return u.entity("DATE_OF_BIRTH", f"{born.day}{'' if lang == 'sv' else '.'} {MONTHS[lang][born.month - 1]} {year}",
                    f"{born.day}{born.month}{born.year}", lang).say(".")


def birth_year_corrected(fake: Faker, rng: random.Random) -> Said:
    """The year said wrong and put right ("eighty-three, no, eighty-four"); the slip inside, named."""
    born = dob_value(rng)
    while born.year % 100 < 11:
        born = dob_value(rng)
    slip = f"{number(born.year // 100)} {number(born.year % 100 - 1)}" + rng.choice([", no,", "... sorry,",
                                                                                      ", no wait,"])
    text = f"{MONTHS['en'][born.month - 1]} {born.day}, {slip} {number(born.year // 100)} {number(born.year % 100)}"
    u = Said().say(rng.choice(["Date of birth is ", "I was born ", "It's "]))
    return u.entity("DATE_OF_BIRTH", text, f"{born.month}{born.day}{born.year}", drop=(slip,)).say(
        rng.choice([". Ha, getting old.", ".", ""]))


def birth_italian_portuguese(fake: Faker, rng: random.Random) -> Said:
    """An Italian or a Portuguese caller saying the whole date in words ("dodici marzo millenovecentottantaquattro",
    "doze de março de mil novecentos e oitenta e quatro")."""
    lang = rng.choice(["it", "pt"])
    born = dob_value(rng)
    day = ("primo" if lang == "it" else "primeiro") if born.day == 1 else number(born.day, lang)
    text = f"{day} {MONTHS['it'][born.month - 1]} {year_words(born.year, 'it')}" if lang == "it" else \
        f"{day} de {MONTHS['pt'][born.month - 1]} de {year_words(born.year, 'pt')}"
    u = Said().say({"it": "Sono nato il ", "pt": "Nasci a "}[lang])
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", lang).say(".")


def birth_belgian_french(fake: Faker, rng: random.Random) -> Said:
    """A Belgian caller: "le douze mars mille neuf cent septante-neuf"."""
    born = dob_value(rng)
    day = "premier" if born.day == 1 else number(born.day, "fr_be")
    u = Said().say(rng.choice(["Je suis né le ", "Née le ", "Ma date de naissance, c'est le "]))
    return u.entity("DATE_OF_BIRTH", f"{day} {MONTHS['fr'][born.month - 1]} {year_words(born.year, 'fr_be')}",
                    f"{born.day}{born.month}{born.year}", "fr_be").say(".")


def birth_dotted_chat(fake: Faker, rng: random.Random) -> Said:
    """A German, Austrian or Czech chat: "geb." or "nar." and the date with points."""
    lang = rng.choice(["de", "cs"])
    born = dob_value(rng)
    text = rng.choice([f"{born.day:02d}.{born.month:02d}.{born.year}", f"{born.day}.{born.month}.{born.year}",
                       f"{born.day}. {born.month}. {born.year}"])
    u = Said().say(rng.choice(CHAT) + {"de": rng.choice(["geb. ", "Geburtsdatum: ", "geboren am "]),
                                       "cs": rng.choice(["nar. ", "datum narození: ", "narozen "])}[lang])
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text), lang)


# National insurance numbers -------------------------------------------------------------------------------------
def nino_pairs(fake: Faker, rng: random.Random) -> Said:
    """The letters, the six digits as three pairs ("twelve, thirty-four, fifty-six"), the suffix letter."""
    v = nino_value(rng)
    text = f"{v[0]} {v[1]}, " + ", ".join(in_pairs(p) for p in cut(v[2:8], [2, 2, 2])) + f", {v[8]}"
    u = Said().say(rng.choice(["National Insurance number is ", "My NI number's ", "It's "]))
    return u.entity("UK_NINO", text, v).say(rng.choice([".", "", ", I think."]))


def nino_payslip_email(fake: Faker, rng: random.Random) -> Said:
    """An email quoting the number off a payslip, the employer's PAYE reference and the payroll number beside it
    (not labelled)."""
    v = nino_value(rng)
    u = Said().say(rng.choice(["Hi,\n", "Dear HR,\n", "Hello,\n"]) + "Details from my last payslip:\n")
    u.say(f"Employer PAYE ref: {rng.randint(100, 999)}/{rng.choice(string.ascii_uppercase)}"
          f"{rng.randint(10000, 99999)}\nPayroll no: {rng.randint(10000, 99999)}\n")
    u.say(rng.choice(["NI No: ", "NI number: ", "NINO: "])).entity(
        "UK_NINO", rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", f"{v[:2]}{v[2:8]} {v[8]}"]), v)
    return u.say(f"\nTax code: {rng.choice(['1257L', 'BR', '1257L W1', 'K475'])}\nThanks")


def nino_letter_names(fake: Faker, rng: random.Random) -> Said:
    """An engine writing the letters as it hears their names ("bee", "see", "jay", "ar"), the digits as words."""
    v = nino_value(rng)
    names = {letter: name for name, letter in EN_LETTER_NAMES.items() if len(name) > 1 and name not in ("sea", "tea")}
    say_letter = lambda c: names.get(c, c) if rng.random() < 0.8 else c  # noqa: E731
    text = f"{say_letter(v[0])} {say_letter(v[1])} {digit_by_digit(v[2:8], 'en', 'zero')} {say_letter(v[8])}"
    u = Said().say(rng.choice(["my national insurance is ", "ni number ", "its "]))
    return u.entity("UK_NINO", text, v, "en+").say(rng.choice(["", " yeah"]))


def nino_suffix_asked(fake: Faker, rng: random.Random) -> Said:
    """The letters and digits given; the agent asks for the letter at the end, given alone. Labelled part by part."""
    v = nino_value(rng)
    u = Said().say(rng.choice(["Okay, ", "It's "])).entity(
        "UK_NINO", f"{v[0]} {v[1]}, {render_groups(cut(v[2:8], [2, 2, 2]), 'en', rng, ['words', 'numerals'], ' ')}",
        v[:8]).say(".").turn()
    u.say(rng.choice(["And the letter at the end?", "There's a letter after that, A to D?", "And the final "
                      "letter?"])).turn()
    return u.say(rng.choice(["Oh, ", "", "Sorry, "])).entity("UK_NINO", rng.choice(
        [v[8], f"{v[8]} for {NATO[ord(v[8]) - 65].capitalize()}"]), v[8], "en+").joint(2, v).say(".")


# DNIs, NIEs -----------------------------------------------------------------------------------------------------
def dni_whatsapp_lower(fake: Faker, rng: random.Random) -> Said:
    """A DNI typed into WhatsApp, lower-case, with a dash or none, among the other things asked for."""
    v = dni_value(rng)
    text = rng.choice([v.lower(), f"{v[:8]}-{v[8].lower()}", f"{v[:8]} {v[8].lower()}", v])
    u = Said().say(rng.choice(["¿Me manda su DNI por aquí?", "Necesito el DNI para la reserva."])).turn()
    return u.say(rng.choice(["dni ", "mi dni es ", "", "ahí va: "])).entity("ES_NIF", text, v, "es+").say(
        rng.choice(["", " gracias", " 🙏"]))


def dni_letter_by_city(fake: Faker, rng: random.Random) -> Said:
    """The digits in pairs, the letter by the city or name Spaniards spell it with ("Z de Zaragoza")."""
    v = dni_value(rng)
    word = ALPHABETS["es"][ord(v[8]) - 65]
    text = ", ".join(in_pairs(p, "es") for p in cut(v[:8], [2, 2, 2, 2])) + \
        rng.choice([f", {v[8]} de {word}", f", {v[8]}, de {word}", f", {word}"])
    u = Said().say(rng.choice(["Mi DNI es el ", "El DNI: ", "Apunte: "]))
    return u.entity("ES_NIF", text, v, "es+").say(rng.choice([".", ""]))


def dni_readback_pairs(fake: Faker, rng: random.Random) -> Said:
    """The caller says the digits one by one; the agent reads them back in pairs with the letter."""
    v = dni_value(rng)
    u = Said().say(rng.choice(["Sí, es ", "Vale: "])).entity(
        "ES_NIF", f"{digit_by_digit(v[:8], 'es')}, {v[8]}", v, "es").say(".").turn()
    u.say(rng.choice(["Le repito: ", "A ver, ", "Entonces "])).entity(
        "ES_NIF", f"{in_pairs(v[:8], 'es', ', ')}, {v[8]}", v, "es")
    return u.say(rng.choice(["?", ", ¿correcto?", "."]))


def nie_form_typed(fake: Faker, rng: random.Random) -> Said:
    """An NIE typed into a form, with the dashes the card prints or none."""
    v = nie_value(rng)
    u = Said().say(rng.choice(["Formulario de alta\n", "[web form]\n", ""]))
    u.say(f"Nombre: {fake['es_ES'].name()}\n" + rng.choice(["NIE: ", "Nº NIE: ", "Documento (NIE): "]))
    u.entity("ES_NIE", rng.choice([v, f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0]} {v[1:8]} {v[8]}"]), v, "es")
    return u.say(rng.choice(["\nNacionalidad: " + rng.choice(["británica", "polaca", "alemana"]), "\nEnviar", ""]))


def nie_english_resident_threes(fake: Faker, rng: random.Random) -> Said:
    """A British resident in Spain reading the NIE in English, the seven digits in a three, two and two."""
    v = nie_value(rng)
    text = f"{v[0]}, {digit_by_digit(v[1:4], 'en', 'oh')}, {in_pairs(v[4:6])}, {in_pairs(v[6:8])}, {v[8]}"
    u = Said().say(rng.choice(["My NIE is ", "The foreigner's number, the NIE, is ", "It's "]))
    return u.entity("ES_NIE", text, v).say(rng.choice([".", ", that's on my residency card."]))


def nie_portuguese_resident(fake: Faker, rng: random.Random) -> Said:
    """A Portuguese resident in Spain saying the NIE in Portuguese, the letters by their Portuguese names."""
    v = nie_value(rng)
    pt_name = {letter: name for name, letter in LETTER_NAMES["pt"].items() if len(name) > 1}
    text = f"{pt_name[v[0]]}, {digit_by_digit(v[1:8], 'pt')}, {pt_name.get(v[8], v[8])}"
    u = Said().say(rng.choice(["O meu NIE é ", "NIE: ", "É "]))
    return u.entity("ES_NIE", text, v, "pt+").say(rng.choice([".", ", obrigado."]))


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_pairs_said(fake: Faker, rng: random.Random) -> Said:
    """A French social security number in the groups printed on the carte Vitale, the two-digit groups as pairs."""
    v = nir_value(rng)
    gs = cut(v, [1, 2, 2, 2, 3, 3, 2])
    text = ", ".join(number(int(g), "fr") if len(g) == 2 and g[0] != "0" else digit_by_digit(g, "fr") for g in gs)
    u = Said().say(rng.choice(["Mon numéro de sécu, c'est ", "Le numéro de sécurité sociale: ", "Alors, "]))
    return u.entity("FR_NIR", text, v, "fr").say(rng.choice([".", ", avec la clé.", ""]))


def nir_carte_vitale_typed(fake: Faker, rng: random.Random) -> Said:
    """The number typed as printed on the carte Vitale, the key after a space."""
    v = nir_value(rng)
    text = rng.choice([f"{v[0]} {v[1:3]} {v[3:5]} {v[5:7]} {v[7:10]} {v[10:13]} {v[13:]}", v,
                       f"{v[:13]} {v[13:]}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["n° sécu: ", "numéro de sécurité sociale ", "NIR : "]))
    return u.entity("FR_NIR", text, v, "fr").say(rng.choice(["", " merci", " (carte vitale)"]))


def nir_key_corrected(fake: Faker, rng: random.Random) -> Said:
    """The thirteen digits said, then the key said wrong and put right ("la clé, quarante... non, quarante-deux");
    the slip inside, named."""
    v = nir_value(rng)
    key = int(v[13:])
    slip = number((key + rng.choice([1, 3, 10])) % 97 or 1, "fr") + rng.choice(["... non,", ", pardon,"])
    text = f"{digit_by_digit(v[:13], 'fr')}, {slip} {number(key, 'fr') if key > 9 else digit_by_digit(v[13:], 'fr')}"
    u = Said().say(rng.choice(["Oui, c'est ", "Mon numéro: "]))
    return u.entity("FR_NIR", text, v, "fr", drop=(slip,)).say(".")


def cf_chat_lower(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale typed into a chat, lower-case or in capitals, with spaces where the engine broke it."""
    v = cf_value(fake, rng)
    text = rng.choice([v.lower(), v, f"{v[:6]} {v[6:11]} {v[11:]}", f"{v[:3]} {v[3:6]} {v[6:]}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["cf ", "codice fiscale: ", "il mio cf è ", "C.F. "]))
    return u.entity("IT_FISCAL_CODE", text, v, "it").say(rng.choice(["", " grazie", " ok?"]))


def cf_letter_names(fake: Faker, rng: random.Random) -> Said:
    """A codice fiscale said with the letters' Italian names ("erre, esse, esse") and the digits as words."""
    v = cf_value(fake, rng)
    names = {letter: name for name, letter in LETTER_NAMES["it"].items() if len(name) > 1 and " " not in name}
    parts = [names.get(c, c) if c.isalpha() else digit_by_digit(c, "it") for c in v]
    u = Said().say(rng.choice(["Il codice fiscale è ", "Allora, ", "Le leggo il codice fiscale: "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "it+").say(rng.choice([".", ""]))


def cf_two_turns(fake: Faker, rng: random.Random) -> Said:
    """The six letters first; the agent asks for the rest; each part labelled."""
    v = cf_value(fake, rng)
    city = {w[0]: w for w in ALPHABETS["it"]}
    first = " ".join(f"{c} come {city[c]}" if rng.random() < 0.3 else c for c in v[:6])
    u = Said().say(rng.choice(["Allora, le prime sei lettere: ", "Comincio con le lettere: "])).entity(
        "IT_FISCAL_CODE", first, v[:6], "it+").say(".").turn().say(rng.choice(["Sì, e poi?", "Perfetto, vada "
                                                                                 "avanti."])).turn()
    rest = " ".join(digit_by_digit(p, "it") if p.isdigit() else p for p in re.findall(r"\d+|[A-Z]", v[6:]))
    return u.entity("IT_FISCAL_CODE", rest, v[6:], "it+").joint(2, v).say(".")


def bsn_dutch_pairs(fake: Faker, rng: random.Random) -> Said:
    """A BSN said in a three and three pairs ("één twee drie, vijfenveertig, ...")."""
    v = bsn_value(rng)
    text = f"{digit_by_digit(v[:3], 'nl')}, " + ", ".join(in_pairs(p, "nl") for p in cut(v[3:], [2, 2, 2]))
    u = Said().say(rng.choice(["Mijn BSN is ", "Het burgerservicenummer is ", "Dat is "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice([".", ", alstublieft.", ""]))


def bsn_form_dotted(fake: Faker, rng: random.Random) -> Said:
    """A BSN typed with the points some forms print ("1234.56.789")."""
    v = bsn_value(rng)
    text = rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", v, f"{v[:3]} {v[3:6]} {v[6:]}"])
    u = Said().say(rng.choice(["Aanmeldformulier\n", "[formulier]\n", ""]))
    u.say(f"Naam: {fake['nl_NL'].name()}\n" + rng.choice(["BSN: ", "Burgerservicenummer: ", "BSN-nummer: "]))
    return u.entity("NL_BSN", text, v, "nl").say(rng.choice(["\nVersturen", "", "\nPolisnummer volgt"]))


def bsn_english_expat(fake: Faker, rng: random.Random) -> Said:
    """An expat in the Netherlands reading the BSN in English ("my BSN, the citizen service number")."""
    v = bsn_value(rng)
    u = Said().say(rng.choice(["My BSN, the citizen service number, is ", "The BSN they gave me is ", "It's "]))
    return u.entity("NL_BSN", render_groups(cut(v, [3, 3, 3]), "en", rng, ["words", "numerals"]), v).say(".")


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def luhn_bad(rng: random.Random, n: int = 16) -> str:
    while True:
        d = str(rng.randint(1, 9)) + _digits(rng, n - 1)
        if not luhn_ok(d):
            return d


def _order_number_groups(fake: Faker, rng: random.Random) -> list[str]:
    d = luhn_bad(rng, rng.choice([12, 16]))
    said_ = render_groups(cut(d, [4, 4, 4, 4]), "en", rng, ["words", "numerals"])
    return [rng.choice(["What's the order number?", "Have you got the order reference?"]),
            rng.choice([f"Yeah, it's {said_}.", f"Order number {said_}, it's on the confirmation email."]),
            rng.choice(["Thanks, I've found the order.", "Lovely, that's the one from Tuesday."])]


def _tracking_numbers(fake: Faker, rng: random.Random) -> list[str]:
    ups = "1Z" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    postnl = "3S" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + _digits(rng, 9)
    dhl = _digits(rng, 10)
    return [rng.choice([f"The tracking number is {ups}.", f"Track & Trace code: {postnl}",
                        f"DHL Sendungsnummer {dhl}, bitte.", f"tracking {ups.lower()} it says out for delivery"])]


def _amounts_prices(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(10, 4999), rng.randint(0, 99)
    return [rng.choice([f"The invoice comes to {a:,}.{b:02d} dollars including tax.",
                        f"Die Rechnung beträgt {a},{b:02d} Euro.", f"Le total est de {a},{b:02d} €, TVA comprise.",
                        f"El importe es de {number(b, 'es')} euros con {number(rng.randint(1, 99), 'es')}.",
                        f"it was {number(rng.randint(20, 99))} ninety nine, and the delivery was {number(b)} pence",
                        f"Het bedrag is {a} euro en {b} cent.", f"Kwota do zapłaty: {a},{b:02d} zł."])]


def _times_slots(fake: Faker, rng: random.Random) -> list[str]:
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    return rng.choice([
        ["When can the engineer come?", f"Anytime between {h} and {h + 2}, or {h}:{m:02d} on Thursday."],
        ["Wann passt es Ihnen?", f"Am besten um {h}.{m:02d} Uhr oder um {h + 1} Uhr."],
        ["¿A qué hora le viene bien?", f"A las {number(h, 'es')} y {number(m, 'es') if m else 'media'}, o mejor a "
                                       f"las {h + 1}:00."],
        ["what time suits", f"{number(h)} {number(m) if m else 'o clock'} works, or {h + 1}:{m:02d}"]])


def _dates_not_birth(fake: Faker, rng: random.Random) -> list[str]:
    d, mo, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    return [rng.choice([f"The parcel should arrive on {MONTHS['en'][mo - 1]} {en_ordinal(d)}.",
                        f"Your contract renews on {d:02d}/{mo:02d}/{y}.",
                        f"Der Termin ist am {d}. {MONTHS['de'][mo - 1]} {y}.",
                        f"La cita es el {number(d, 'es')} de {MONTHS['es'][mo - 1]}.",
                        f"I moved in on the {en_ordinal(d)} of {MONTHS['en'][mo - 1]} {y}.",
                        f"The card says valid from {mo:02d}/{y % 100}."])]


def _last_four_only(fake: Faker, rng: random.Random) -> list[str]:
    four = _digits(rng, 4)
    return rng.choice([
        ["Which card would you like to use?", rng.choice([f"The one ending {four}.", f"the visa ending in {four} i "
                                                          "think", f"It ends in {in_pairs(four)}."])],
        ["Can you confirm the last four of your social?", rng.choice([f"Last four are {digit_by_digit(four)}.",
                                                                      f"{four}."])],
        ["Welche Karte möchten Sie nutzen?", f"Die Karte endet auf {digit_by_digit(four, 'de')}."]])


def _masked_values(fake: Faker, rng: random.Random) -> list[str]:
    four = _digits(rng, 4)
    return [rng.choice([f"Card on file: **** **** **** {four}", f"SSN: XXX-XX-{four}",
                        f"IBAN: NL** **** **** **{four[:2]} {four[2:]}", f"Account ending ••••{four}",
                        f"Your card xxxx-xxxx-xxxx-{four} was declined.", f"Rekening: ****{four}"])]


def _extensions(fake: Faker, rng: random.Random) -> list[str]:
    ext = str(rng.randint(100, 9999))
    return [rng.choice([f"Ask for extension {ext}.", f"Durchwahl {ext}, Frau {fake['de_DE'].last_name()}.",
                        f"Poste {ext}, c'est le service client.", f"you can dial {digit_by_digit(ext)} at the menu",
                        f"Toestel {ext}, afdeling facturen."])]


def _cheque_numbers(fake: Faker, rng: random.Random) -> list[str]:
    n = f"{rng.randint(1, 999999):06d}"
    return [rng.choice([f"I sent a cheque, number {n}, for {rng.randint(20, 500)} pounds.",
                        f"The check number is {digit_by_digit(n[-4:])}, it hasn't cleared.",
                        f"cheque no {n} dated {rng.randint(1, 28)}/{rng.randint(1, 12)}"])]


def _bad_checks(fake: Faker, rng: random.Random) -> list[str]:
    bad_ssn = f"{rng.choice(['000', '666', '9' + _digits(rng, 2)])}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    good = iban_value(rng.choice(["DE", "FR", "ES", "NL"]), rng)
    bad_iban = good[:2] + f"{(int(good[2:4]) + rng.randint(1, 9)) % 100:02d}" + good[4:]
    dni = f"{rng.randint(10000000, 99999999)}"
    bad_dni = dni + NIF_LETTERS[(int(dni) + rng.randint(1, 22)) % 23]
    if iban_ok(bad_iban) or nif_ok(bad_dni):
        return ["That reference isn't valid, sorry."]
    return [rng.choice([f"The test record uses {bad_ssn} as a placeholder.",
                        f"That IBAN, {bad_iban}, failed the check, can you look again?",
                        f"El sistema rechaza el {bad_dni}, no es un DNI válido."])]


def _case_refs_chat(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(CHAT) + rng.choice([f"case ref {rng.choice(['CS', 'INC', 'REF'])}{_digits(rng, 8)}",
                                           f"ticket #{_digits(rng, 6)} still open??",
                                           f"order {_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)} not here"]),
            "Agent: Thanks, let me check that for you."]


def _flights_bookings(fake: Faker, rng: random.Random) -> list[str]:
    pnr = "".join(rng.choice(string.ascii_uppercase) for _ in range(6))
    flight = f"{rng.choice(['BA', 'KL', 'LH', 'IB'])} {rng.randint(100, 999)}"
    return [rng.choice([f"Booking reference {pnr}, flight {flight} on the {en_ordinal(rng.randint(1, 28))}.",
                        f"My seat is {rng.randint(1, 40)}{rng.choice('ABCDEF')}, gate {rng.choice('ABCD')}"
                        f"{rng.randint(1, 60)}.", f"Buchungsnummer {pnr}, Zug ICE {rng.randint(100, 999)}."])]


def _otp_codes(fake: Faker, rng: random.Random) -> list[str]:
    code = _digits(rng, 6)
    return [rng.choice([f"Your verification code is {code}. Do not share it.",
                        f"I got a text with {digit_by_digit(code)}, is that the one?",
                        f"Ihr Bestätigungscode lautet {code}.", f"Su código de acceso es {code}."])]


def _device_serials(fake: Faker, rng: random.Random) -> list[str]:
    imei = _digits(rng, 14)
    imei += luhn_digit(imei)
    serial = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))
    return [rng.choice([f"The IMEI on the box is {imei}.", f"Meter reading {rng.randint(10000, 99999)}, "
                        f"meter serial {rng.choice(string.ascii_uppercase)}{_digits(rng, 8)}.",
                        f"serial number {serial}, model {rng.choice(['XR', 'KD', 'TX'])}-{rng.randint(100, 999)}"])]


def _counting_quantities(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"I ordered {number(rng.randint(2, 12))} boxes but only {number(rng.randint(1, 9))} came, "
                        f"and {number(rng.randint(2, 30))} of the {number(rng.randint(31, 99))} items were broken.",
                        f"Ich habe {number(rng.randint(2, 20), 'de')} Pakete bestellt, "
                        f"{number(rng.randint(1, 9), 'de')} sind angekommen.",
                        f"Zamówiłem {rng.randint(2, 12)} sztuk, przyszło {rng.randint(1, 9)}.",
                        "one two three, testing, can you hear me, four five six"])]


FAMILIES = {
    "card/v19-numeral-word-flips": card_numeral_word_flips, "card/v19-thirteen-digits": card_thirteen_digits,
    "card/v19-nineteen-last-three-again": card_nineteen_last_three_again,
    "card/v19-amex-front-cid": card_amex_front_cid, "card/v19-last-group-corrected": card_last_group_corrected,
    "card/v19-spanish-whatsapp": card_spanish_whatsapp, "card/v19-norwegian": card_norwegian,
    "card/v19-czech-valid-from": card_czech, "card/v19-finnish": card_finnish,
    "card/v19-belgian-french": card_belgian_french, "card/v19-portuguese-pairs": card_portuguese_pairs,
    "card/v19-sms-shorthand": card_sms_shorthand, "card/v19-email-form": card_email_form,
    "card/v19-interpreter": card_interpreter, "card/v19-code-homophones": card_code_homophones,
    "card/v19-expiry-before-number": card_expiry_before_number, "card/v19-aside-mid-number": card_aside_mid_number,
    "card/v19-dutch-chat": card_dutch_chat, "card/v19-code-from-spouse": card_code_from_spouse,
    "phone/v19-belgian-french": phone_belgian_french, "phone/v19-swiss-german": phone_swiss_german,
    "phone/v19-austrian-zwo": phone_austrian_zwo, "phone/v19-portuguese-threes": phone_portuguese_threes,
    "phone/v19-czech-hundreds": phone_czech_hundreds, "phone/v19-norwegian-pairs": phone_norwegian_pairs,
    "phone/v19-finnish-chat": phone_finnish_chat, "phone/v19-us-homophones": phone_us_homophones,
    "phone/v19-uk-landline-std": phone_uk_landline_std, "phone/v19-irish-turns": phone_irish_turns,
    "phone/v19-mexico-pairs": phone_mexico_pairs, "phone/v19-whatsapp-link": phone_whatsapp_link,
    "phone/v19-german-digit-corrected": phone_german_digit_corrected,
    "phone/v19-australian-doubles": phone_australian_doubles, "phone/v19-italian-landline": phone_italian_landline,
    "phone/v19-danish-sms-signature": phone_danish_sms_signature,
    "phone/v19-swedish-voicemail": phone_swedish_voicemail,
    "email/v19-czech": email_czech, "email/v19-norwegian": email_norwegian, "email/v19-finnish": email_finnish,
    "email/v19-danish": email_danish, "email/v19-symbols-spaced": email_symbols_spaced,
    "email/v19-swedish-som-i": email_swedish_som_i, "email/v19-form-confirm": email_form_confirm,
    "email/v19-readback-wrong-domain": email_readback_wrong_domain, "email/v19-belgian-french": email_belgian_french,
    "iban/v19-norwegian": iban_norwegian, "iban/v19-finnish": iban_finnish, "iban/v19-polish-chat": iban_polish_chat,
    "iban/v19-austrian-zwo": iban_austrian_zwo, "iban/v19-portuguese": iban_portuguese,
    "iban/v19-spanish-group-echo": iban_spanish_group_echo, "iban/v19-irish-nato": iban_irish_nato,
    "iban/v19-swedish-slip": iban_swedish_slip, "iban/v19-email-body": iban_email_body,
    "iban/v19-czech": iban_czech, "iban/v19-flemish-pairs": iban_flemish_pairs,
    "ssn/v19-last-four-then-whole": ssn_last_four_then_whole, "ssn/v19-intake-form": ssn_intake_form,
    "ssn/v19-hundreds-pairs": ssn_hundreds_pairs, "ssn/v19-sms": ssn_sms,
    "ssn/v19-restarted-digit": ssn_restarted_digit, "ssn/v19-hold-between": ssn_hold_between,
    "bank/v19-wire-form": bank_wire_form, "bank/v19-routing-homophones": bank_routing_homophones,
    "bank/v19-direct-deposit-chat": bank_direct_deposit_chat, "bank/v19-account-slip": bank_account_slip,
    "bank/v19-routing-threes": bank_routing_threes, "bank/v19-check-left-to-right": bank_check_left_to_right,
    "bank/v19-sms-ach": bank_sms_ach,
    "birth/v19-asr-ordinals": birth_asr_ordinals, "birth/v19-age-and-date": birth_age_and_date,
    "birth/v19-mexican-spanish": birth_mexican_spanish, "birth/v19-nordic-numeral-day": birth_nordic_numeral_day,
    "birth/v19-year-corrected": birth_year_corrected, "birth/v19-italian-portuguese": birth_italian_portuguese,
    "birth/v19-belgian-french": birth_belgian_french, "birth/v19-dotted-chat": birth_dotted_chat,
    "nino/v19-pairs": nino_pairs, "nino/v19-payslip-email": nino_payslip_email,
    "nino/v19-letter-names": nino_letter_names, "nino/v19-suffix-asked": nino_suffix_asked,
    "dni/v19-whatsapp-lower": dni_whatsapp_lower, "dni/v19-letter-by-city": dni_letter_by_city,
    "dni/v19-readback-pairs": dni_readback_pairs,
    "nie/v19-form-typed": nie_form_typed, "nie/v19-english-resident-threes": nie_english_resident_threes,
    "nie/v19-portuguese-resident": nie_portuguese_resident,
    "nir/v19-pairs-said": nir_pairs_said, "nir/v19-carte-vitale-typed": nir_carte_vitale_typed,
    "nir/v19-key-corrected": nir_key_corrected,
    "fiscal_code/v19-chat-lower": cf_chat_lower, "fiscal_code/v19-letter-names": cf_letter_names,
    "fiscal_code/v19-two-turns": cf_two_turns,
    "bsn/v19-dutch-pairs": bsn_dutch_pairs, "bsn/v19-form-dotted": bsn_form_dotted,
    "bsn/v19-english-expat": bsn_english_expat,
}

NEGATIVE_FAMILIES = {
    "negative/v19-order-number-groups": _order_number_groups, "negative/v19-tracking-numbers": _tracking_numbers,
    "negative/v19-amounts-prices": _amounts_prices, "negative/v19-times-slots": _times_slots,
    "negative/v19-dates-not-birth": _dates_not_birth, "negative/v19-last-four-only": _last_four_only,
    "negative/v19-masked-values": _masked_values, "negative/v19-extensions": _extensions,
    "negative/v19-cheque-numbers": _cheque_numbers, "negative/v19-bad-checks": _bad_checks,
    "negative/v19-case-refs-chat": _case_refs_chat, "negative/v19-flights-bookings": _flights_bookings,
    "negative/v19-otp-codes": _otp_codes, "negative/v19-device-serials": _device_serials,
    "negative/v19-counting-quantities": _counting_quantities,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v19-spanish-whatsapp", "card/v19-sms-shorthand", "card/v19-email-form", "card/v19-dutch-chat",
         "phone/v19-finnish-chat", "phone/v19-whatsapp-link", "phone/v19-danish-sms-signature",
         "email/v19-symbols-spaced", "email/v19-form-confirm", "iban/v19-polish-chat", "iban/v19-email-body",
         "ssn/v19-intake-form", "ssn/v19-sms", "bank/v19-wire-form", "bank/v19-direct-deposit-chat",
         "bank/v19-sms-ach", "birth/v19-dotted-chat", "nino/v19-payslip-email", "dni/v19-whatsapp-lower",
         "nie/v19-form-typed", "nir/v19-carte-vitale-typed", "fiscal_code/v19-chat-lower", "bsn/v19-form-dotted"]
SPOKEN = ["card/v19-thirteen-digits", "card/v19-last-group-corrected", "card/v19-norwegian",
          "card/v19-czech-valid-from", "card/v19-belgian-french", "card/v19-portuguese-pairs",
          "card/v19-aside-mid-number",
          "phone/v19-belgian-french", "phone/v19-swiss-german", "phone/v19-austrian-zwo", "phone/v19-czech-hundreds",
          "phone/v19-norwegian-pairs", "phone/v19-us-homophones", "phone/v19-uk-landline-std",
          "phone/v19-mexico-pairs", "phone/v19-australian-doubles", "phone/v19-italian-landline",
          "phone/v19-swedish-voicemail", "email/v19-czech", "email/v19-norwegian", "email/v19-finnish",
          "email/v19-danish", "email/v19-swedish-som-i", "email/v19-readback-wrong-domain", "email/v19-belgian-french",
          "iban/v19-norwegian", "iban/v19-austrian-zwo", "iban/v19-portuguese", "iban/v19-swedish-slip",
          "iban/v19-czech", "iban/v19-flemish-pairs", "ssn/v19-hundreds-pairs", "ssn/v19-restarted-digit",
          "bank/v19-account-slip", "bank/v19-routing-threes", "birth/v19-asr-ordinals", "birth/v19-age-and-date",
          "birth/v19-mexican-spanish", "birth/v19-year-corrected", "birth/v19-italian-portuguese",
          "birth/v19-belgian-french", "nino/v19-pairs", "nino/v19-letter-names", "dni/v19-letter-by-city",
          "nie/v19-english-resident-threes", "nie/v19-portuguese-resident", "nir/v19-pairs-said",
          "nir/v19-key-corrected", "fiscal_code/v19-letter-names", "bsn/v19-dutch-pairs"]
NEGATIVE_TYPED = ["negative/v19-tracking-numbers", "negative/v19-masked-values", "negative/v19-case-refs-chat",
                  "negative/v19-device-serials"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(SPOKEN) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

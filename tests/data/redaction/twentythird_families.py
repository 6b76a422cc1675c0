"""The twenty-third batch of template families (December 2026, issue 28): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format (the
twenty-second's module: its validators, `Said` and `reads`, copied here), their labelling conventions and (by their
families' names and the twenty-second's docstring) to avoid their phrasings. Weighted, as the batches before it, to
everyday contact-centre calls, chats, texts, emails and voicemails and what speech engines and back-office systems write
of them, in English (American, British, Irish, Australian, Canadian, New Zealand, Indian) and other languages (German,
Dutch, Spanish, French, Italian, Portuguese, Polish, Swedish, Turkish), with Welsh, Croatian, Bulgarian (as Bulgarians
type it, in Latin letters), Albanian, Slovenian, Lithuanian, Latvian and Estonian new. New here: engines' output as
systems keep it: Azure's detailed result pasted whole (the lexical form's words, the ITN's digits, the display form's
punctuation, an offset and a duration in ticks beside them) for cards, phones, addresses, IBANs, dates of birth, SSNs,
routing and account numbers and NIRs; Whisper joining what it heard one by one with hyphens ("4-5-3-2", "J-C-1-2-...",
"1-2-3-4-5-6-7-8-Z", "J-O-H-N dot S-M-I-T-H") in cards and codes, phones, SSNs, NINOs, DNIs and addresses, writing a
card's group said as the number it makes ("four thousand five hundred thirty-two", "4,532 7,788 ...") and an account
number with thousands commas ("12,345,678,901"); a card read without a pause written as one number with its locale's
separators ("4.532.778.812.345.678", Swiss "4'532'778'...", French narrow no-break spaces, Swedish and Polish spaces, a
Turk's dots); a slip taken back in the same breath behind a dash ("four five three — no, sorry, four five four two",
Dutch "— nee wacht,", Spanish "— perdón,", "March — no, sorry, May", German "März — quatsch, Februar"); a roll-up
caption feed's rows (about thirty-two characters, each a segment) cutting a card, a phone number and an IBAN, a mail
program's hard wrap cutting an IBAN in a quoted message, a voicemail's timestamp falling inside a number. Systems: a
payment request's body (the expiry's month and year in fields of their own), a help desk's webhook, a CRM record, a
clinic's intake, a payroll's direct deposit, an identity check's result, a refund form and a sign-up form as JSON; a
booking tool's, a contacts', a payroll's and a German or Dutch spreadsheet's exports (semicolons) as CSV; a calendar
invite's organiser and attendees; a mail program's quote line with the address in angle brackets, in seven languages;
texts: a pay-by-text code reply, a verification reply that is the date of birth alone, a callback confirmation, an
address-change alert, a Spanish immigration office's appointment with the NIE; IVR logs with a date of birth and a BSN
keyed; a Dutch tax letter's BSN ("1234.56.782"). Callers: Welsh (cards, now and then a group in English, phones, IBANs,
NINOs), Croatian (cards, phones, IBANs), Turkish (cards, mobiles by hundreds "sıfır beş yüz otuz iki", IBANs, dates of
birth "on iki Mart bin dokuz yüz seksen dört", NIRs, BSNs), Bulgarian in Latin letters (phones, NIEs), Albanians and
Slovenes of Trieste reading codici fiscali, expiries in Croatian, Turkish, Bulgarian, Albanian, Slovenian and Welsh;
addresses with "et" and "točka", "afna" and "pika", "klyomba" and "tochka", "et işareti" and "nokta", "eta" and
"taškas", "et" and "punkts", "ät" and "punkt", "et" and "pikë"; mobiles typed as Estonians, Latvians, Lithuanians ("8
612 34567"), Slovenes, Croats ("091/2345678") and Bulgarians write them; Croatian, Slovenian, Estonian, Bulgarian,
Turkish, Lithuanian and Latvian IBANs in invoices' payment lines beside their payment references ("Sklic: SI00 ...",
"Poziv na broj: HR00 ..."); dates of birth as Lithuanians ("1974 m. vasario 17 d.", ISO), Latvians ("1984. gada 12.
martā", "12.03.1984."), Estonians, Croats and Slovenes ("rođen 12. 3. 1984.") type them. Look-alikes: ISO creditor
references ("RF18 ...", valid), Belgian structured communications and Finnish reference numbers (valid), meeting
invites' ids and passcodes, amounts and counts with locale thousands separators, parcel tracking numbers, Azure results
with no value, ISBNs, EANs and IMEIs with valid checks, keyed order numbers, meter readings, policy numbers and last
fours, a ticket's JSON, postcodes and registrations spelled out ("S W 1 A 1 A A"), quantities and times taken back
behind a dash, businesses' texts, prices in the new languages.

Labelling follows the twenty-second's (the twenty-first's, the twentieth's, and the fifteenth's for dates of birth and
US account numbers, labelled wherever they are said): a label covers what is said of the value, with fillers, joiners,
hesitations and a slip taken back inside the run (its wrong part and the words taking it back named, `drop=`, for the
reading); naming words and marks outside ("gim.", "dzim.", "rođen", "rojena", a Lithuanian date's "d.", the dot after a
Croatian year, "god.", a caption's ">>", a JSON field's quotes, a keyed "#"); one label per segment piece (a value given
in parts: cut by caption rows, a hard wrap or a voicemail's timestamp, its month and year in JSON fields of their own,
is labelled part by part and read back whole with `Said.joint`); each form of an engine's result (lexical, ITN, display)
labelled as it is written; a card's last four, a masked value, a one-time passcode, an amount, a time, a meeting's id
and passcode, a tracking number, a payment reference, a BIC, a ticket's, an order's, a customer's, a payroll's, a
record's and an insurance member's numbers, a tax code, a document's expiry and the dates a record was made or changed
are not labelled. A card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY; entity types as the
twenty-second's (CREDIT_CARD, CARD_EXPIRY, CARD_SECURITY_CODE, PHONE_NUMBER, EMAIL_ADDRESS, IBAN_CODE, US_SSN,
ABA_ROUTING_NUMBER, US_BANK_NUMBER, DATE_OF_BIRTH, UK_NINO, ES_NIF, ES_NIE, FR_NIR, IT_FISCAL_CODE, NL_BSN). Every value
is valid where a validator exists (the twenty-second's, copied, and extended to Croatian IBANs with the account's ISO
7064 11,10 check digit, Slovenian with the account's mod-97 pair, Estonian with the 7-3-1 check digit, Bulgarian and
Turkish ones, and to Croatian, Slovenian, Estonian, Latvian, Lithuanian, Bulgarian and Turkish mobiles: Luhn, mod-97
with each country's IBAN length and the national checks, SSN ranges, NIF and NIE letters, NINO prefixes, `phonenumbers`,
the NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked as it is drawn and
again when the label is. Each label is checked as it is made (`Said.verify`): its characters are exactly the text the
family meant, with no space or punctuation at its ends; the label, read by this module's own `reads` in its language
(the twenty-second's, extended here to Welsh, Croatian, Turkish (hundreds and years), Bulgarian in Latin letters,
Albanian, Slovenian, Lithuanian, Latvian and Estonian numbers and months (Croatian months in the genitive too, Welsh
"pum" and "chwe"), and to English groups of four as thousands, "four thousand and thirty-two"), gives back the value,
and an address's label, read by `email_reads` (here with letters and digits spelled with hyphens, "j-o-h-n", and the new
languages' words for the sign, the dot, the underscore and the hyphen), gives back the address. Faker's Albanian names
are English ones: an Albanian's address is made from Albanian names listed here.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v23-"."""

# ruff: noqa: RUF001, RUF002
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
                "HU": 28, "SK": 24, "LT": 20, "LV": 21, "HR": 21, "SI": 19, "EE": 20, "BG": 22, "TR": 26}


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
    if country == "HR":  # the bank's code (its own check in it) and the account, its last digit by ISO 7064 11,10
        nine = rng.choice(["1", "3"]) + d(8)
        return rng.choice(["2340009", "2360000", "2484008", "2402006", "2500009", "2390001"]) + nine + \
            _mod11_10(nine)
    if country == "SI":  # the bank and account, their last two digits making the fifteen 1 modulo 97
        thirteen = rng.choice(["02011", "04515", "05100", "10100", "24201", "26330", "19100"]) + d(8)
        return thirteen + f"{98 - int(thirteen) * 100 % 97:02d}"
    if country == "EE":  # the bank, the account with its 7-3-1 check digit last
        body = rng.choice(["22", "10", "17", "42", "96"]) + "00" + d(11)
        weights = [7, 3, 1] * 5
        return body + str(-sum(int(c) * w for c, w in zip(reversed(body[2:]), weights, strict=False)) % 10)
    if country == "BG":
        return rng.choice(["BNBG", "UNCR", "STSA", "FINV", "UBBS", "RZBB"]) + d(4) + rng.choice(["10", "15", "20"]) + \
            d(8)
    if country == "TR":
        return rng.choice(["00010", "00062", "00064", "00046", "00067", "00012"]) + "0" + d(16)
    raise AssertionError(country)


def _mod11_10(digits: str) -> str:
    """The check digit of ISO 7064 MOD 11,10 (Croatian account numbers)."""
    p = 10
    for c in digits:
        s = (p + int(c)) % 10 or 10
        p = 2 * s % 11
    return str((11 - p) % 10)


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
    "HR": ("385", "0", ["91", "92", "95", "97", "98", "99"], 7),
    "SI": ("386", "0", ["31", "40", "41", "51", "68", "70"], 6),
    "EE": ("372", "", ["5"], 7), "LV": ("371", "", ["2"], 7), "LT": ("370", "8", ["6"], 7),
    "BG": ("359", "0", ["87", "88", "89", "98"], 7),
    "TR": ("90", "0", ["530", "532", "533", "535", "536", "541", "542", "505", "506", "555"], 7),
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
    text = text.replace("Ł", "L").replace("å", "a").replace("đ", "dj").replace("Đ", "Dj").replace("ı", "i")
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
NEW_LANGS = {  # this batch's: Welsh, Croatian, Turkish, Bulgarian (as Bulgarians type it in Latin letters), Albanian,
    # Slovenian, Lithuanian, Latvian, Estonian: (units, teens, tens)
    "cy": ("dim un dau tri pedwar pump chwech saith wyth naw",
           "deg|un deg un|un deg dau|un deg tri|un deg pedwar|un deg pump|un deg chwech|un deg saith|un deg wyth|"
           "un deg naw", "dau ddeg|tri deg|pedwar deg|pum deg|chwe deg|saith deg|wyth deg|naw deg"),
    "hr": ("nula jedan dva tri četiri pet šest sedam osam devet",
           "deset|jedanaest|dvanaest|trinaest|četrnaest|petnaest|šesnaest|sedamnaest|osamnaest|devetnaest",
           "dvadeset|trideset|četrdeset|pedeset|šezdeset|sedamdeset|osamdeset|devedeset"),
    "tr": ("sıfır bir iki üç dört beş altı yedi sekiz dokuz",
           "on|on bir|on iki|on üç|on dört|on beş|on altı|on yedi|on sekiz|on dokuz",
           "yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan"),
    "bg": ("nula edno dve tri chetiri pet shest sedem osem devet",
           "deset|edinadeset|dvanadeset|trinadeset|chetirinadeset|petnadeset|shestnadeset|sedemnadeset|osemnadeset|"
           "devetnadeset", "dvadeset|trideset|chetirideset|petdeset|shestdeset|sedemdeset|osemdeset|devetdeset"),
    "sq": ("zero një dy tre katër pesë gjashtë shtatë tetë nëntë",
           "dhjetë|njëmbëdhjetë|dymbëdhjetë|trembëdhjetë|katërmbëdhjetë|pesëmbëdhjetë|gjashtëmbëdhjetë|"
           "shtatëmbëdhjetë|tetëmbëdhjetë|nëntëmbëdhjetë",
           "njëzet|tridhjetë|dyzet|pesëdhjetë|gjashtëdhjetë|shtatëdhjetë|tetëdhjetë|nëntëdhjetë"),
    "sl": ("nič ena dva tri štiri pet šest sedem osem devet",
           "deset|enajst|dvanajst|trinajst|štirinajst|petnajst|šestnajst|sedemnajst|osemnajst|devetnajst",
           "dvajset|trideset|štirideset|petdeset|šestdeset|sedemdeset|osemdeset|devetdeset"),
    "lt": ("nulis vienas du trys keturi penki šeši septyni aštuoni devyni",
           "dešimt|vienuolika|dvylika|trylika|keturiolika|penkiolika|šešiolika|septyniolika|aštuoniolika|devyniolika",
           "dvidešimt|trisdešimt|keturiasdešimt|penkiasdešimt|šešiasdešimt|septyniasdešimt|aštuoniasdešimt|"
           "devyniasdešimt"),
    "lv": ("nulle viens divi trīs četri pieci seši septiņi astoņi deviņi",
           "desmit|vienpadsmit|divpadsmit|trīspadsmit|četrpadsmit|piecpadsmit|sešpadsmit|septiņpadsmit|astoņpadsmit|"
           "deviņpadsmit", "divdesmit|trīsdesmit|četrdesmit|piecdesmit|sešdesmit|septiņdesmit|astoņdesmit|deviņdesmit"),
    "et": ("null üks kaks kolm neli viis kuus seitse kaheksa üheksa",
           "kümme|üksteist|kaksteist|kolmteist|neliteist|viisteist|kuusteist|seitseteist|kaheksateist|üheksateist",
           "kakskümmend|kolmkümmend|nelikümmend|viiskümmend|kuuskümmend|seitsekümmend|kaheksakümmend|üheksakümmend"),
}
for _lang, (_units, _teens, _tens) in NEW_LANGS.items():
    UNITS[_lang], TEENS[_lang], TENS[_lang] = _units.split(), _teens.split("|"), ["", "", *_tens.split("|")]
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
    if lang in ("bg", "sq"):
        return f"{tens} {'i' if lang == 'bg' else 'e'} {unit}"
    if lang == "sl":
        return f"{unit}in{tens}"
    return f"{tens} {unit}"  # pl, cs, el, cy, hr, tr, lt, lv, et


HUNDREDS = {"es": ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                   "setecientos", "ochocientos", "novecientos"],
            "cs": ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set",
                   "devět set"],
            "pl": ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
                   "dziewięćset"],
            "it": ["", "cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento",
                   "ottocento", "novecento"],
            "tr": ["", "yüz", "iki yüz", "üç yüz", "dört yüz", "beş yüz", "altı yüz", "yedi yüz", "sekiz yüz",
                   "dokuz yüz"]}


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
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "hr": "siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "bg": "yanuari fevruari mart april may yuni yuli avgust septemvri oktomvri noemvri dekemvri",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "sl": "januar februar marec april maj junij julij avgust september oktober november december",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember"}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
HR_MONTHS_GENITIVE = "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga " \
    "prosinca".split()
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


def en_thousands(n: int, and_: bool = False) -> str:
    """1000..9999 as the number it makes: "four thousand five hundred thirty-two", "seven thousand and eighty-eight"
    (`and_`, as British callers say it)."""
    th, r = divmod(n, 1000)
    h, t = divmod(r, 100)
    out = f"{UNITS['en'][th]} thousand" + (f" {UNITS['en'][h]} hundred" if h else "")
    return out + ((" and " if and_ else " ") + number(t) if t else "")


def tr_year(y: int) -> str:
    """A Turkish year: "bin dokuz yüz seksen dört", "iki bin beş"."""
    hi, lo = divmod(y, 100)
    head = "bin dokuz yüz" if hi == 19 else "iki bin"
    return head + (f" {number(lo, 'tr')}" if lo else "")


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
    "cy": "ym yym wedyn ac so plws", "hr": "ovaj pa dakle eee plus kosa crta", "tr": "ee şey yani ve artı",
    "bg": "ami znachi ee plyus", "sq": "ëë pra dhe plus", "sl": "eee no pa plus", "lt": "m d ir na plius",
    "lv": "gada g nu un pluss", "et": "ee noh ja pluss",
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
        if lang == "en":  # "four thousand five hundred thirty-two": a group of four said as the number it makes
            t |= {_tokens(en_thousands(n, and_)): str(n) for n in range(1000, 10000) for and_ in (False, True)}
        if lang == "tr":  # "bin dokuz yüz seksen dört", "iki bin beş"
            t |= {_tokens(tr_year(y)): str(y) for y in range(1925, 2041)}
        if lang == "hr":
            t |= {(m,): str(i + 1) for i, m in enumerate(HR_MONTHS_GENITIVE)}
        if lang == "cy":  # the soft forms a Welsh number takes
            t |= {("pum",): "5", ("chwe",): "6"}
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
          "malpa", "a commerciale", "papaki", "παπάκι", "kukac", "a rond", "arond", "et", "afna", "klyomba", "maymunka",
          "et işareti", "eta", "majmunče"],
    ".": ["dot", "full stop", "period", "punkt", "punktum", "punto", "point", "punt", "ponto", "kropka", "piste",
          "tečka", "τελεία", "teleia", "pont", "punct", "bodka", "točka", "pika", "tochka", "nokta", "taškas", "punkts",
          "pikë"],
    "_": ["underscore", "under score", "tiret du huit", "tiret du 8", "unterstrich", "tiret bas", "tiret du bas",
          "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje", "κάτω παύλα", "alulvonás",
          "linie jos", "podčiarkovník", "donja crta", "podčrtaj", "dolna cherta", "alt çizgi", "apatinis brūkšnys",
          "apakšsvītra", "alakriips", "nënvizë"],
    "-": ["dash", "hyphen", "minus", "bindestrich", "tiret", "tiret du six", "tiret du 6", "guion", "guión",
          "trattino", "streepje", "hífen",
          "bindestreck", "bindestreg", "bindestrek", "väliviiva", "pomlčka", "myślnik", "traço", "παύλα", "kötőjel",
          "cratimă", "liniuță", "crtica", "pomišljaj", "tire", "brūkšnelis", "defise", "sidekriips", "vizë"],
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
    words = [w.replace("-", "") if re.fullmatch(r"[^\W_](?:-[^\W_])+", w) else w for w in words]  # "j-o-h-n"
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
    return " ".join(v)


def hyphened(v: str) -> str:
    """Digits and letters heard one by one as Whisper often writes them: joined by hyphens ("4-5-3-2", "J-C")."""
    return "-".join(v)


def thousands(d: str, sep: str) -> str:
    """A run of digits an engine took for one number, written with its locale's thousands separator: "4.532.778...",
    "4'532'778...", "4 532 778..." (a narrow no-break space in French)."""
    head = len(d) % 3 or 3
    return sep.join([d[:head], *cut(d[head:], [3] * 10)])


def en_group(g: str) -> str:
    """A group of four as the number it makes ("four thousand five hundred thirty-two"); a nought first, digit by
    digit."""
    return digit_by_digit(g, "en", "oh") if g[0] == "0" else en_thousands(int(g))


def lexical(text: str) -> str:
    """Azure's lexical form: lower case, no punctuation, no hyphens."""
    return re.sub(r"\s+", " ", re.sub(r"[.,!?;:]", "", text.replace("-", " ")).lower()).strip()


BG_LATIN = dict(zip("абвгдежзийклмнопрстуфхцчшщъьюя", ["a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l",
                                                        "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch",
                                                        "sh", "sht", "a", "", "yu", "ya"], strict=True))


def bg_latin(text: str) -> str:
    """A Bulgarian name as Bulgarians write it in Latin letters in a chat ("Иван Петров" -> "Ivan Petrov")."""
    return "".join((BG_LATIN.get(c.lower(), c).capitalize() if c.isupper() else BG_LATIN.get(c, c)) for c in text)


def named_address(fake: Faker, locale: str, rng: random.Random, domains: list[str]) -> tuple[str, str]:
    """A name of `locale` and an address made from it (as `local_part` makes one)."""
    first, last = fake[locale].first_name(), fake[locale].last_name()
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "ana"
    la = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "berg"
    local = rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}.{la}{rng.randint(1, 99)}",
                        f"{la}.{f}"])
    return f"{first} {last}", f"{local}@{rng.choice(domains)}"


ALBANIAN_FIRST = ["Arben", "Blerina", "Erion", "Elira", "Dritan", "Jonida", "Besnik", "Anila", "Gent", "Klodiana"]
ALBANIAN_LAST = ["Hoxha", "Shehu", "Krasniqi", "Gashi", "Berisha", "Dervishi", "Leka", "Kola", "Bajrami", "Cela"]
WELSH_NAMES = ["Dafydd", "Rhys", "Siân", "Gareth", "Eleri", "Owain", "Catrin", "Iwan", "Nia", "Geraint", "Megan",
               "Llinos"]
IVR = ["IVR> ", "[IVR] ", "Bot: "]
DTMF = ["DTMF: ", "[DTMF] ", "keypad: "]


def azure_result(u: Said, rng: random.Random, forms: list[tuple[str, list]]) -> Said:
    """Azure's detailed recognition result pasted as it came: offset and duration in ticks, a confidence, and the
    forms asked for ("Lexical", "ITN", "MaskedITN", "Display"), each a list of text and (type, text, value, lang)."""
    offset = rng.randint(10, 900) * 100000
    u.say('{"RecognitionStatus": "Success", "Offset": ' + f'{offset}, "Duration": {rng.randint(20, 90) * 100000},\n'
          f' "NBest": [{{"Confidence": 0.{rng.randint(8100, 9899)},\n')
    for i, (field, pieces) in enumerate(forms):
        u.say(f'   "{field}": "')
        for piece in pieces:
            if isinstance(piece, tuple):
                u.entity(*piece)
            else:
                u.say(piece)
        u.say('"' + (",\n" if i < len(forms) - 1 else "}]}"))
    return u


def json_fields(u: Said, fields: list[tuple[str | None, object]], pretty: bool, depth: int = 1) -> Said:
    """A JSON object as pasted from a system: each field's value JSON text, a nested object (a list of fields), or a
    label (type, text, value, quoted); a field named None marks the labels before it as one value's parts (`joint`:
    (count, value))."""
    pad, close = ("  " * depth, "\n" + "  " * (depth - 1)) if pretty else ("", "")
    u.say("{" + ("\n" if pretty else ""))
    first = True
    for key, val in fields:
        if key is None:
            u.joint(*val)  # type: ignore[misc]
            continue
        u.say(("" if first else ",\n" if pretty else ", ") + f'{pad}"{key}": ')
        first = False
        if isinstance(val, list):
            json_fields(u, val, pretty, depth + 1)
        elif isinstance(val, tuple):
            type_, text, value, quoted = val
            u.say('"' if quoted else "").entity(type_, text, value).say('"' if quoted else "")
        else:
            u.say(str(val))
    return u.say(close + "}")


def wrap_rows(pieces: list, width: int) -> tuple[list, list[list[tuple[str, int | None]]]]:
    """The words of `pieces` (text, and labels as (type, text, value)) in rows of at most `width` characters."""
    labels: list = []
    words: list[tuple[str, int | None]] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            labels.append(piece)
            words += [(w, len(labels) - 1) for w in piece[1].split(" ")]
        else:
            more = piece.split()
            if more and words and not piece[0].isspace():  # "." or ", account holder": glued to the word before
                words[-1] = (words[-1][0] + more.pop(0), words[-1][1])
            words += [(w, None) for w in more]
    rows: list[list[tuple[str, int | None]]] = [[]]
    for w in words:
        if rows[-1] and len(" ".join(x for x, _ in [*rows[-1], w])) > width:
            rows.append([])
        rows[-1].append(w)
    return labels, rows


def _runs(row: list[tuple[str, int | None]]) -> list[tuple[int | None, str]]:
    runs: list[tuple[int | None, list[str]]] = []
    for w, k in row:
        if runs and runs[-1][0] == k:
            runs[-1][1].append(w)
        else:
            runs.append((k, [w]))
    return [(k, " ".join(ws)) for k, ws in runs]


_READ: dict[tuple[str, str], str] = {}  # a part of a label as read, kept while wraps are tried


def wrap_fits(pieces: list, width: int, lang: str = "en") -> bool:
    """Whether wrapping at `width` cuts each label across rows, no row's part of it as long as a whole value."""
    labels, rows = wrap_rows(pieces, width)
    parts: dict[int, int] = {}
    for row in rows:
        for k, text in _runs(row):
            if k is not None:
                core = text.rstrip(" ,.;:?!-")
                if (core, lang) not in _READ:
                    _READ[core, lang] = reads(core, lang) if core else ""
                got = _READ[core, lang]
                if len(got) < 2 or len(got) in FULL_LENGTHS.get(labels[k][0], set()):
                    return False
                parts[k] = parts.get(k, 0) + 1
    return all(n > 1 for n in parts.values())


def wrapped(u: Said, pieces: list, width: int, prefix: str, apart: bool, lang: str = "en") -> Said:
    """Text wrapped at `width` characters a row, as a caption feed rolls (each row a segment of its own: `apart`) or
    a mail program hard-wraps a quoted paragraph (the rows in one segment, each after `prefix`); a label the wrap
    cuts is labelled row by row and read back whole (`Said.joint`)."""
    labels, rows = wrap_rows(pieces, width)
    total = {k: sum(1 for row in rows for j, _ in _runs(row) if j == k) for k in range(len(labels))}
    done: dict[int, int] = {}
    for r, row in enumerate(rows):
        if r:
            if apart:
                u.turn()
            else:
                u.say("\n")
        u.say(prefix)
        for i, (k, text) in enumerate(_runs(row)):
            u.say(" " if i else "")
            if k is None:
                u.say(text)
                continue
            core = text.rstrip(" ,.;:?!-")
            u.entity(labels[k][0], core, reads(core, lang), lang).say(text[len(core):])
            done[k] = done.get(k, 0) + 1
            if done[k] == total[k] > 1:
                u.joint(total[k], labels[k][2])
    return u


def caption_rows(rng: random.Random, lead: list[str], label: tuple, tail: str, lang: str = "en") -> tuple[list, int]:
    """A caller's turn for a roll-up caption feed: a lead-in chosen so that the rows (28 to 34 characters) cut the
    value, and the width that does."""
    fits = [(one, width) for one in lead for width in range(28, 35)
            if wrap_fits([">> " + one, label, tail], width, lang)]
    one, width = rng.choice(fits) if fits else (rng.choice(lead), 400)
    return [">> " + one, label, tail], width


# Cards ----------------------------------------------------------------------------------------------------------
THOUSANDS_SEPARATORS = [  # (separator, the agent's question, the caller's lead-in)
    (".", "Agent: Wie lautet die Kartennummer?", "Kunde: Die Nummer ist "),
    ("'", "Agent: Die Kartennummer, bitte.", "Kunde: Also, das ist die "),
    (".", "Agent: Wat is het kaartnummer?", "Klant: Het nummer is "),
    ("\u202f", "Conseiller : Le numéro de la carte ?", "Client : Alors c'est le "),
    ("\u00a0", "Conseiller : Vous me donnez le numéro de carte ?", "Client : Oui, "),
    (".", "Operatore: Mi dice il numero della carta?", "Cliente: Sì, il numero è "),
    (".", "Agente: ¿Me da el número de la tarjeta?", "Cliente: Sí, es el "),
    (" ", "Handläggare: Vad är kortnumret?", "Kund: Det är "),
    (" ", "Konsultant: Poproszę numer karty.", "Klient: Numer to "),
    (".", "Temsilci: Kart numaranızı alabilir miyim?", "Müşteri: Tabii, "),
]


def card_locale_thousands(fake: Faker, rng: random.Random) -> Said:
    """An engine that took the card, read without a pause, for one big number and wrote it with its locale's
    thousands separator ("4.532.778.812.345.678", Swiss "4'532'778'...", French with narrow no-break spaces)."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex", "discover"]))
    sep, ask, lead = rng.choice(THOUSANDS_SEPARATORS)
    u = Said().say(ask).turn().say(lead)
    return u.entity("CREDIT_CARD", thousands(d, sep), d).say(rng.choice([".", "", " ."]))


def card_hyphenated_digits(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing the digits it heard one by one joined by hyphens ("4-5-3-2-7-7-8-8-..."), by group or all
    in one; the code the same way."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    code = security_code(rng)
    text = rng.choice([", ".join(hyphened(g) for g in card_groups(d)), hyphened(d),
                       " ".join(hyphened(g) for g in card_groups(d))])
    u = Said().say(rng.choice(["Okay, the card number is ", "Sure. It's ", "Yeah, so it's "]))
    u.entity("CREDIT_CARD", text, d).say(rng.choice([". And the security code on the back is ", ". CVV ",
                                                      ", and the three digits on the back are "]))
    return u.entity("CARD_SECURITY_CODE", hyphened(code), code).say(".")


def card_english_thousands(fake: Faker, rng: random.Random) -> Said:
    """Each group of four said as the number it makes ("four thousand five hundred thirty-two"), or written so by
    Whisper ("4,532 7,788 ..."); a group with a nought first digit by digit."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    gs = card_groups(d)
    if rng.random() < 0.5:
        british = rng.random() < 0.4
        text = rng.choice([", ", "... "]).join(
            digit_by_digit(g, "en", "oh") if g[0] == "0" else en_thousands(int(g), british) for g in gs)
    else:
        text = " ".join(g if g[0] == "0" else f"{g[0]},{g[1:]}" for g in gs)
    u = Said().say(rng.choice(["Agent: Long number on the front?", "Speaker 1: And the card number?"])).turn()
    u.say(rng.choice(["Caller: ", "Speaker 2: "]) + rng.choice(["It's ", "Okay, ", "Right, "]))
    return u.entity("CREDIT_CARD", text, d).say(rng.choice([".", ". That's it.", ""]))


def card_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result pasted from a log: the card in the lexical form (words), the ITN (a run of digits)
    and the display form (grouped); each labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    said = rng.choice(["my card number is ", "yes it's ", "the long number is "])
    words = digit_by_digit(d, "en", rng.choice(["zero", "oh"]))
    forms = [("Lexical", [said, ("CREDIT_CARD", words, d, "en")])]
    if rng.random() < 0.6:
        forms.append(("ITN", [said, ("CREDIT_CARD", d, d, "en")]))
    if rng.random() < 0.3:
        forms.append(("MaskedITN", [said, ("CREDIT_CARD", d, d, "en")]))
    display = rng.choice([" ".join(card_groups(d)), d])
    shown = {"yes it's ": "Yes, it's "}.get(said, said[0].upper() + said[1:])
    forms.append(("Display", [shown, ("CREDIT_CARD", display, d, "en"), "."]))
    u = Said().say(rng.choice(["[speech-sdk] recognized: ", "RECOGNIZED ", ""]))
    return azure_result(u, rng, forms)


def card_em_dash_mended(fake: Faker, rng: random.Random) -> Said:
    """A caller slipping on a digit and taking it back in the same breath, Whisper writing the break as a dash
    ("four five three — no, sorry, four five four two"); the slip and its taking back named for the reading."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    k = rng.randrange(len(gs))
    g = gs[k]
    j = rng.randint(2, len(g) - 1)
    wrong = g[:j - 1] + rng.choice([c for c in string.digits if c != g[j - 1]])
    slip = digit_by_digit(wrong, "en", "oh") + rng.choice([" — no, sorry,", "— no sorry,", " — sorry,", " — no, wait,"])
    parts = [digit_by_digit(x, "en", "oh") for x in gs]
    parts[k] = f"{slip} {parts[k]}"
    u = Said().say(rng.choice(["Okay, ready? ", "Card number is ", "Right, so "]))
    return u.entity("CREDIT_CARD", ", ".join(parts), d, drop=(slip,)).say(rng.choice([".", ". Got it?", ""]))


def card_json_payload(fake: Faker, rng: random.Random) -> Said:
    """A payment request's body pasted from the logs into a support chat: the card's number, its expiry's month
    and year in fields of their own (read back together) and the code labelled; the amount not."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    month, yy = expiry(rng)
    code = security_code(rng, d)
    card = [("number", ("CREDIT_CARD", d, d, True)), ("exp_month", ("CARD_EXPIRY", str(month), str(month), False)),
            ("exp_year", ("CARD_EXPIRY", f"20{yy}", f"20{yy}", False)), (None, (2, f"{month}20{yy}")),
            ("cvc", ("CARD_SECURITY_CODE", code, code, True))]
    fields = [("amount", rng.randint(500, 30000)), ("currency", f'"{rng.choice(["eur", "gbp", "usd"])}"'),
              ("payment_method", [("type", '"card"'), ("card", card)]),
              ("metadata", [("order_id", f'"{rng.choice(["A", "WEB", "ORD"])}-{rng.randint(10000, 99999)}"')])]
    u = Said().say(rng.choice(["Agent (internal): payment keeps failing for this one, request body below\n",
                               "Dev: can someone look at this? 402 from the gateway:\n", "[pasted]\n"]))
    return json_fields(u, fields, rng.random() < 0.6)


def card_code_sms_reply(fake: Faker, rng: random.Random) -> Said:
    """A pay-by-text thread: the merchant's text asks for the code, the customer's reply is the code alone (or
    nearly); the card's last four and the amount not labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    code = security_code(rng, d)
    brand = rng.choice(["CityCabs", "Harbour Dental", "GreenLeaf Florist", "QuickFix Plumbing", "Bella Pizza"])
    where = "4-digit code on the front" if len(d) == 15 else "3-digit security code on the back"
    u = Said().say(f"[SMS] {brand}: To pay £{rng.randint(12, 180)}.{rng.randint(10, 99)} with the card ending "
                   f"{d[-4:]}, reply with the {where} of the card.").turn()
    u.say(rng.choice(["", "", "its ", "cvv ", "Code "])).entity("CARD_SECURITY_CODE", code, code)
    u.say(rng.choice(["", " thanks", " 👍", "."])).turn()
    return u.say(f"[SMS] {brand}: Thank you, payment received. Receipt no. {rng.randint(100000, 999999)}.")


def card_welsh_words(fake: Faker, rng: random.Random) -> Said:
    """A caller on a bank's Welsh-language line reading the card in Welsh ("pedwar pump tri dau"), now and then a
    group in English."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    langs = [rng.choice(["cy", "cy", "cy", "en"]) for _ in card_groups(d)]
    text = ", ".join(digit_by_digit(g, lang, "oh" if lang == "en" else None) for g, lang in zip(card_groups(d), langs,
                                                                                                  strict=True))
    u = Said().say(rng.choice(["Beth yw rhif y cerdyn, os gwelwch yn dda?", "A rhif hir y cerdyn?"])).turn()
    u.say(rng.choice(["Iawn, ", "Ym, ", "Reit, "])).entity("CREDIT_CARD", text, d, "cy&en")
    return u.say(rng.choice([". Diolch.", ".", ", diolch yn fawr."]))


def card_croatian_words(fake: Faker, rng: random.Random) -> Said:
    """A Croatian caller reading the card in Croatian, digit by digit or in pairs ("četrdeset pet, trideset dva")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(["Broj kartice, molim vas.", "Možete mi reći broj kartice?"])).turn()
    u.say(rng.choice(["Da, ", "Dakle, ", "Može. "])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "hr", rng, ["words", "pairs"], ", "), d, "hr")
    return u.say(rng.choice([".", ", hvala.", ""]))


def card_turkish_words(fake: Faker, rng: random.Random) -> Said:
    """A Turkish caller reading the card in Turkish, digit by digit or in pairs ("kırk beş, otuz iki")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(["Kart numaranızı alabilir miyim?", "Kartın üzerindeki numarayı okur musunuz?"])).turn()
    u.say(rng.choice(["Tabii, ", "Evet, ", "Şöyle: "])).entity(
        "CREDIT_CARD", render_groups(card_groups(d), "tr", rng, ["words", "pairs"], ", "), d, "tr")
    return u.say(rng.choice([".", ", teşekkürler.", ""]))


def card_csv_export_row(fake: Faker, rng: random.Random) -> Said:
    """A booking tool's export pasted into a chat by mistake, a header and a row: the card, its expiry and its code
    labelled; the order number, name and amount not."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    (month, yy), code = expiry(rng), security_code(rng)
    exp, value = exp_typed(month, yy, rng)
    german = rng.random() < 0.4
    who = fake["de_DE" if german else rng.choice(["en_GB", "en_US"])].name()
    order = f"{rng.randint(10000, 99999)}"
    u = Said().say(rng.choice(["oops wrong file, ignore this:\n", "here is the export you asked for\n", ""]))
    if german:
        u.say(f"Bestellnr;Name;Kartennummer;Gültig bis;Prüfnr.;Betrag\n{order};{who};")
        sep, amount = ";", f"{rng.randint(20, 400)},{rng.randint(10, 99)}"
        card_text = rng.choice([d, " ".join(card_groups(d))])
    else:
        u.say(f"order_id,name,card_number,exp,cvv,amount\nA-{order},{who},")
        sep, amount, card_text = ",", f"{rng.randint(20, 400)}.{rng.randint(10, 99)}", d
    u.entity("CREDIT_CARD", card_text, d).say(sep).entity("CARD_EXPIRY", exp, value).say(sep)
    return u.entity("CARD_SECURITY_CODE", code, code).say(f"{sep}{amount}")


EXPIRY_LANGS = {  # the question, the lead-in to the expiry, the question for the code
    "hr": ("Do kada vrijedi kartica?", "Vrijedi do ", "I sigurnosni kod na poleđini?"),
    "tr": ("Son kullanma tarihi nedir?", "Son kullanma ", "Arkadaki güvenlik kodu?"),
    "bg": ("Do koga e validna kartata?", "Validna e do ", "I koda na grabta?"),
    "sq": ("Kur skadon karta?", "Skadon në ", "Dhe kodi i sigurisë pas kartës?"),
    "sl": ("Do kdaj velja kartica?", "Velja do ", "In varnostna koda na hrbtni strani?"),
    "cy": ("Pryd mae'r cerdyn yn dod i ben?", "Mae'n dod i ben ", "A'r cod diogelwch ar y cefn?"),
}


def card_expiry_new_languages(fake: Faker, rng: random.Random) -> Said:
    """An expiry (and now and then the code) said in Croatian, Turkish, Bulgarian, Albanian, Slovenian or Welsh: the
    month's digits or its name, the year as a number ("nula četiri, dvadeset devet", "Nisan iki bin yirmi dokuz",
    "april dvadeset i devet")."""
    lang = rng.choice(sorted(EXPIRY_LANGS))
    ask, lead, ask_code = EXPIRY_LANGS[lang]
    month, yy = expiry(rng)
    mm = f"{month:02d}"
    options = [(f"{digit_by_digit(mm, lang)}, {number(yy, lang)}", f"{mm}{yy}")]
    if lang in ("bg", "sq"):
        options.append((f"{MONTHS[lang][month - 1]} {number(yy, lang)}", f"{month}{yy}"))
    if lang == "tr":
        options.append((f"{MONTHS['tr'][month - 1]} {tr_year(2000 + yy)}", f"{month}20{yy}"))
    text, value = rng.choice(options)
    u = Said().say(ask).turn().say(lead).entity("CARD_EXPIRY", text, value, lang).say(".")
    if rng.random() < 0.5:
        code = security_code(rng)
        u.turn().say(ask_code).turn().entity("CARD_SECURITY_CODE", digit_by_digit(code, lang), code, lang).say(".")
    return u


def card_caption_rollup(fake: Faker, rng: random.Random) -> Said:
    """A roll-up caption feed (a row of about thirty-two characters a segment) cutting the card the caller reads
    digit by digit; labelled row by row and read back whole."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    text = ", ".join(digit_by_digit(g, "en", rng.choice(["oh", "zero"])) for g in card_groups(d))
    pieces, width = caption_rows(rng, ["Yeah, sure, it's", "Okay, the card number is",
                                       "Right, have you got a pen? It's", "It's the one in my name, the number is"],
                                 ("CREDIT_CARD", text, d), ".")
    u = Said().say(">> " + rng.choice(["And the long number on the card?", "Can I take the card number, please?"]))
    return wrapped(u.turn(), pieces, width, "", True)


# Phones ---------------------------------------------------------------------------------------------------------
PHONE_SIZES = {"US": [3, 3, 4], "CA": [3, 3, 4], "GB": [5, 6], "IE": [3, 3, 4], "AU": [4, 3, 3], "NZ": [3, 3, 4],
               "ZA": [3, 3, 4], "IN": [5, 5]}


def phone_hyphenated_digits(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing a number read digit by digit with hyphens ("0-7-7-0-0 9-0-0-1-2-3")."""
    country = rng.choice(sorted(PHONE_SIZES))
    n = national(country, rng)
    text = rng.choice([" ", ", "]).join(hyphened(g) for g in cut(n, PHONE_SIZES[country])) \
        if rng.random() < 0.7 else hyphened(n)
    u = Said().say(rng.choice(["Speaker 1: What's the best number to reach you on?", "Agent: And a contact number?"]))
    u.turn().say(rng.choice(["Speaker 2: ", "Caller: "]) + rng.choice(["Yeah, it's ", "It's ", "Sure, "]))
    return u.entity("PHONE_NUMBER", text, n).say(rng.choice([".", ". That's my mobile.", ""]))


def phone_display(country: str, n: str) -> str:
    if country in ("US", "CA"):
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"
    return " ".join(cut(n, PHONE_SIZES[country]))


def phone_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result: the number in the lexical form as said ("oh seven seven double oh ..."), the ITN's
    digits and the display form's ("(415) 555-0123", "07700 900123"); each labelled."""
    country = rng.choice(["US", "CA", "GB", "AU", "IN", "IE"])
    n = national(country, rng)
    said = rng.choice(["you can reach me on ", "my number is ", "call me back on "])
    words = ", ".join(digit_words(rng, g) for g in cut(n, PHONE_SIZES[country]))
    forms = [("Lexical", [said, ("PHONE_NUMBER", lexical(words), n, "en")])]
    if rng.random() < 0.6:
        forms.append(("ITN", [said, ("PHONE_NUMBER", n, n, "en")]))
    forms.append(("Display", [said[0].upper() + said[1:], ("PHONE_NUMBER", phone_display(country, n), n, "en"), "."]))
    return azure_result(Said(), rng, forms)


def phone_welsh_words(fake: Faker, rng: random.Random) -> Said:
    """A British mobile said in Welsh digit words ("dim saith saith ..."), on a Welsh-language line."""
    n = national("GB", rng)
    u = Said().say(rng.choice(["Beth yw'r rhif ffôn gorau i'ch cyrraedd chi?", "Oes rhif ffôn symudol gyda chi?"]))
    u.turn().say(rng.choice(["Oes, ", "Fy rhif i yw ", "Ym, "]))
    return u.entity("PHONE_NUMBER", ", ".join(digit_by_digit(g, "cy") for g in cut(n, [5, 6])), n, "cy").say(
        rng.choice([".", ". Diolch.", ""]))


def phone_turkish_hundreds(fake: Faker, rng: random.Random) -> Said:
    """A Turkish mobile said as Turks say it: the operator code and the next three as hundreds, the last four in
    pairs ("sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş, altmış yedi")."""
    n = national("TR", rng)
    parts = ["sıfır " + hundreds(int(n[1:4]), "tr")]
    parts.append(hundreds(int(n[4:7]), "tr") if n[4] != "0" else digit_by_digit(n[4:7], "tr"))
    parts += [number(int(p), "tr") if p[0] != "0" else digit_by_digit(p, "tr") for p in (n[7:9], n[9:])]
    u = Said().say(rng.choice(["Size hangi numaradan ulaşabiliriz?", "Cep telefonu numaranız?"])).turn()
    return u.say(rng.choice(["Numaram ", "Tabii, ", ""])).entity("PHONE_NUMBER", ", ".join(parts), n, "tr").say(
        rng.choice([".", ", teşekkürler.", ""]))


def phone_bulgarian_latin(fake: Faker, rng: random.Random) -> Said:
    """A Bulgarian mobile said in Bulgarian, written as Bulgarians write it in Latin letters ("nula osem osem
    sedem, ...")."""
    n = national("BG", rng)
    u = Said().say(rng.choice(["Na kakav nomer da vi se obadim?", "Telefon za vrazka?"])).turn()
    u.say(rng.choice(["Nomerat mi e ", "Da, ", "Zapishete: "])).entity(
        "PHONE_NUMBER", ", ".join(digit_by_digit(g, "bg") for g in cut(n, [4, 3, 3])), n, "bg")
    return u.say(rng.choice([".", ", blagodarya.", ""]))


def phone_croatian_words(fake: Faker, rng: random.Random) -> Said:
    """A Croatian mobile said in Croatian, the last four digit by digit or in pairs ("pedeset šest, sedamdeset
    osam")."""
    n = national("HR", rng)
    gs = cut(n, [3, 3, len(n) - 6])
    last = in_pairs(gs[2], "hr", ", ") if len(gs[2]) == 4 and rng.random() < 0.5 else digit_by_digit(gs[2], "hr")
    u = Said().say(rng.choice(["Na koji broj vas možemo nazvati?", "Vaš broj mobitela?"])).turn()
    u.say(rng.choice(["Moj broj je ", "Da, ", ""])).entity(
        "PHONE_NUMBER", f"{digit_by_digit(gs[0], 'hr')}, {digit_by_digit(gs[1], 'hr')}, {last}", n, "hr")
    return u.say(rng.choice([".", ", hvala.", ""]))


def phone_voicemail_timestamps(fake: Faker, rng: random.Random) -> Said:
    """A voicemail transcript with a timestamp before each phrase, one falling inside the number: the two parts
    labelled apart and read back whole; the timestamps not."""
    country = rng.choice(["GB", "US", "IE", "AU"])
    n = national(country, rng)
    sizes = PHONE_SIZES[country]
    cut_at = rng.choice([sizes[0], sum(sizes[:2])][:len(sizes) - 1])
    first, second = n[:cut_at], n[cut_at:]
    words = rng.random() < 0.6

    def show(p: str) -> str:
        return digit_by_digit(p, "en", "oh") if words else p

    who = fake[{"GB": "en_GB", "US": "en_US", "IE": "en_IE", "AU": "en_AU"}[country]].first_name()
    s = rng.randint(3, 6)
    about = rng.choice(["my claim", "the boiler", "my order", "the bill"])
    u = Said().say(f"[0:00] hi it's {who} calling about {about} [0:0{s}] can you call me back on ")
    u.entity("PHONE_NUMBER", show(first), first).say(f" [0:{s + rng.randint(2, 3):02d}] ")
    u.entity("PHONE_NUMBER", show(second), second).joint(2, n)
    bye = rng.choice(["thanks bye", "any time after two thanks", "cheers"])
    return u.say(f" [0:{s + rng.randint(5, 8):02d}] {bye}")


CSV_PHONES = {"NL": ("nl_NL", "ziggo.nl"), "DE": ("de_DE", "web.de"), "GB": ("en_GB", "btinternet.com"),
              "FR": ("fr_FR", "orange.fr"), "ES": ("es_ES", "gmail.com"), "IT": ("it_IT", "libero.it"),
              "PL": ("pl_PL", "wp.pl"), "IE": ("en_IE", "eircom.net")}


def phone_csv_contact_row(fake: Faker, rng: random.Random) -> Said:
    """A contacts export pasted into a chat, a header and a row: the mobile and the address labelled; the postcode
    and the customer number not."""
    country = rng.choice(sorted(CSV_PHONES))
    locale, domain = CSV_PHONES[country]
    code, trunk, nsn = phone_value(country, rng)
    text, value = rng.choice([(f"+{code} {nsn}", code + nsn), (f"+{code}{nsn}", code + nsn),
                              (trunk + nsn, trunk + nsn)])
    who, address = named_address(fake, locale, rng, [domain, "gmail.com", "outlook.com"])
    u = Said().say(rng.choice(["can you update the record with this?\n", "from our old CRM:\n", ""]))
    u.say(f"customer_no,name,mobile,email,postcode\n{rng.randint(100000, 999999)},{who},")
    u.entity("PHONE_NUMBER", text, value).say(",").entity("EMAIL_ADDRESS", address, address)
    return u.say(f",{fake[locale].postcode()}")


def phone_sms_callback_template(fake: Faker, rng: random.Random) -> Said:
    """A company's text confirming the callback number the customer gave; the time window and reference not
    labelled."""
    country = rng.choice(["GB", "IE", "AU", "US"])
    n = national(country, rng)
    shown = rng.choice([phone_display(country, n), n])
    locale = {"GB": "en_GB", "IE": "en_IE", "AU": "en_AU", "US": "en_US"}[country]
    h = rng.randint(9, 16)
    u = Said().say(f"[SMS] {rng.choice(['HomeCover', 'Northwind Energy', 'ClearNet', 'Apex Insurance'])}: Hi "
                   f"{fake[locale].first_name()}, you asked us to call you back on ")
    u.entity("PHONE_NUMBER", shown, n)
    return u.say(f" between {h}:00 and {h + 2}:00 today. Ref CB-{rng.randint(10000, 99999)}. Reply 1 to confirm or 2 "
                 "to change the number.")


def phone_dutch_nee_wacht(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller saying a pair wrong and putting it right ("drieënveertig — nee wacht, vierendertig"); the
    slip named for the reading."""
    n = national("NL", rng)
    pairs = cut(n, [2, 2, 2, 2, 2])
    k = rng.randrange(1, 5)
    wrong = swap_two(pairs[k], rng)
    said = [in_pairs(p, "nl") for p in pairs]
    slip = in_pairs(wrong, "nl") + rng.choice([" — nee wacht,", " — nee sorry,", "— o nee,"])
    said[k] = f"{slip} {said[k]}"
    u = Said().say(rng.choice(["Op welk nummer kunnen we u bereiken?", "Uw mobiele nummer?"])).turn()
    u.say(rng.choice(["Dat is ", "Ja, ", ""])).entity("PHONE_NUMBER", ", ".join(said), n, "nl", drop=(slip,))
    return u.say(rng.choice([".", ", dank u.", ""]))


BALTIC_BALKAN = {  # country: (lead-ins, how a local types the number as trunk + national and as international)
    "EE": (["Minu number: ", "helista mulle ", "tel "], lambda c, t, n: [f"{n[:4]} {n[4:]}", n]),
    "LV": (["Mans tālrunis: ", "zvaniet uz ", "tel. "], lambda c, t, n: [f"{n[:2]} {n[2:5]} {n[5:]}", n]),
    "LT": (["Mano tel. nr.: ", "skambinkite ", "tel. "], lambda c, t, n: [f"{t} {n[:3]} {n[3:]}", t + n]),
    "SI": (["Moja številka: ", "pokličite me na ", "GSM "], lambda c, t, n: [f"{t}{n[:2]} {n[2:5]} {n[5:]}", t + n]),
    "HR": (["Moj broj: ", "nazovite me na ", "mob. "], lambda c, t, n: [f"{t}{n[:2]} {n[2:5]} {n[5:]}",
                                                                         f"{t}{n[:2]}/{n[2:]}"]),
    "BG": (["Nomerat mi e ", "obadete se na ", "tel. "], lambda c, t, n: [f"{t}{n[:3]} {n[3:6]} {n[6:]}", t + n]),
}


def phone_baltic_balkan_typed(fake: Faker, rng: random.Random) -> Said:
    """An Estonian, Latvian, Lithuanian, Slovenian, Croatian or Bulgarian mobile typed in a chat as people there
    write it ("8 612 34567", "091/234 5678", "+372 5123 4567")."""
    country = rng.choice(sorted(BALTIC_BALKAN))
    leads, forms = BALTIC_BALKAN[country]
    code, trunk, nsn = phone_value(country, rng)
    if rng.random() < 0.35:
        text, value = f"+{code} {nsn}", code + nsn
    else:
        text = rng.choice(forms(code, trunk, nsn))
        value = re.sub(r"\D", "", text)
    u = Said().say(rng.choice(CHAT) + rng.choice(leads))
    return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", " 🙂", ".", " (after 17h)"]))


def phone_caption_rollup(fake: Faker, rng: random.Random) -> Said:
    """A roll-up caption feed cutting a callback number read digit by digit; labelled row by row, read back
    whole."""
    country = rng.choice(["GB", "US", "AU", "IE", "NZ"])
    n = national(country, rng)
    text = ", ".join(digit_by_digit(g, "en", rng.choice(["oh", "zero"])) for g in cut(n, PHONE_SIZES[country]))
    pieces, width = caption_rows(rng, ["Yeah, you can get me on", "The best number's my mobile, it's",
                                       "Sure, it's", "My number is"], ("PHONE_NUMBER", text, n), ".")
    u = Said().say(">> " + rng.choice(["What's the best number to call you back on?", "Can I take a contact number?"]))
    return wrapped(u.turn(), pieces, width, "", True)


# Addresses ------------------------------------------------------------------------------------------------------
EN_SYMBOL_WORDS = {"@": "at", ".": "dot", "_": "underscore", "-": "dash"}


def email_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result: the address in the lexical form as said ("john dot smith forty two at gmail dot
    com") and as the ITN and display forms write it; each labelled."""
    while True:
        _, _, local = local_part(fake, rng.choice(["en_US", "en_GB", "en_AU", "en_CA"]), rng)
        address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk'])}"
        said = lexical(say_address(address, "en", EN_SYMBOL_WORDS, rng))
        if email_reads(said) == address:
            break
    lead = rng.choice(["my email is ", "you can send it to ", "it's "])
    forms = [("Lexical", [lead, ("EMAIL_ADDRESS", said, address, "en")])]
    if rng.random() < 0.5:
        forms.append(("ITN", [lead, ("EMAIL_ADDRESS", address, address, "en")]))
    forms.append(("Display", [lead[0].upper() + lead[1:], ("EMAIL_ADDRESS", address, address, "en"), "."]))
    return azure_result(Said().say(rng.choice(["", "recognized: ", "[azure] "])), rng, forms)


def email_spelled_hyphen_letters(fake: Faker, rng: random.Random) -> Said:
    """An address spelled letter by letter, Whisper joining the letters with hyphens ("J-O-H-N dot S-M-I-T-H at
    gmail.com")."""
    first, last, _ = local_part(fake, rng.choice(["en_US", "en_GB", "en_IE", "en_NZ", "en_IN"]), rng)
    yy = str(rng.randint(70, 99))
    parts = rng.choice([[first, last], [first[0], last], [first + last + yy], [last, first[0] + yy]])
    domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "rediffmail.com", "xtra.co.nz"])
    local = ".".join(parts)
    spelled = " dot ".join(hyphened(p.upper()) if rng.random() < 0.85 else hyphened(p) for p in parts)
    text = f"{spelled} at {rng.choice([domain, domain.replace('.', ' dot ')])}"
    u = Said().say(rng.choice(["Speaker 2: Sure, it's ", "Caller: Okay, I'll spell it. ", "Speaker 2: Yeah, "]))
    return u.entity("EMAIL_ADDRESS", text, f"{local}@{domain}").say(rng.choice([".", ". All lowercase.", ""]))


EMAIL_LANGS = {  # locale, the symbols' words, domains, lead-ins
    "hr": ("hr_HR", {"@": "et", ".": "točka", "_": "donja crta", "-": "crtica"}, ["gmail.com", "net.hr", "t-com.hr"],
           ["Moja e-mail adresa je ", "Mail mi je "]),
    "sl": ("sl_SI", {"@": "afna", ".": "pika", "_": "podčrtaj", "-": "pomišljaj"}, ["gmail.com", "siol.net", "t-2.net"],
           ["Moj e-naslov je ", "Pišite mi na "]),
    "bg": ("bg_BG", {"@": "klyomba", ".": "tochka", "_": "dolna cherta", "-": "tire"},
           ["abv.bg", "mail.bg", "gmail.com"], ["Imeylat mi e ", "Pishete mi na "]),
    "tr": ("tr_TR", {"@": "et işareti", ".": "nokta", "_": "alt çizgi", "-": "tire"},
           ["gmail.com", "hotmail.com", "yandex.com"], ["E-posta adresim ", "Mail adresim şu: "]),
    "lt": ("lt_LT", {"@": "eta", ".": "taškas", "_": "apatinis brūkšnys", "-": "brūkšnelis"},
           ["gmail.com", "one.lt", "inbox.lt"], ["Mano el. paštas ", "Rašykite "]),
    "lv": ("lv_LV", {"@": "et", ".": "punkts", "_": "apakšsvītra", "-": "defise"},
           ["inbox.lv", "gmail.com", "apollo.lv"], ["Mans e-pasts ir ", "Rakstiet uz "]),
    "et": ("et_EE", {"@": "ät", ".": "punkt", "_": "alakriips", "-": "sidekriips"}, ["hot.ee", "mail.ee", "gmail.com"],
           ["Minu meil on ", "Kirjutage "]),
    "sq": ("sq_AL", {"@": "et", ".": "pikë", "_": "nënvizë", "-": "vizë"}, ["gmail.com", "yahoo.com", "abissnet.al"],
           ["Email-i im është ", "Më shkruani në "]),
}


def new_local_part(fake: Faker, locale: str, rng: random.Random) -> str:
    """A local part from a name of `locale` (a Bulgarian's in Latin letters)."""
    if locale == "sq_AL":  # Faker's Albanian names are English ones: Albanians' own
        first, last = rng.choice(ALBANIAN_FIRST).lower(), rng.choice(ALBANIAN_LAST).lower()
        return rng.choice([f"{first}.{last}", f"{first}{last}", f"{first[0]}{last}", f"{first}{rng.randint(70, 99)}"])
    if locale != "bg_BG":
        return local_part(fake, locale, rng)[2]
    first = re.sub(r"[^a-z]", "", bg_latin(fake["bg_BG"].first_name()).lower()) or "ivan"
    last = re.sub(r"[^a-z]", "", bg_latin(fake["bg_BG"].last_name()).lower()) or "petrov"
    return rng.choice([f"{first}.{last}", f"{first}_{last}", f"{first[0]}{last}", f"{first}{rng.randint(70, 99)}"])


def email_new_language_words(fake: Faker, rng: random.Random) -> Said:
    """An address said with the sign and the dot in Croatian ("et", "točka"), Slovenian ("afna", "pika"),
    Bulgarian ("klyomba", "tochka"), Turkish ("et işareti", "nokta"), Lithuanian, Latvian, Estonian or Albanian,
    digits in the language too."""
    lang = rng.choice(sorted(EMAIL_LANGS))
    locale, words, domains, leads = EMAIL_LANGS[lang]
    while True:
        address = f"{new_local_part(fake, locale, rng)}@{rng.choice(domains)}"
        text = say_address(address, lang, words, rng, lang)
        if email_reads(text, lang) == address:
            break
    u = Said().say(rng.choice(leads)).entity("EMAIL_ADDRESS", text, address, lang)
    return u.say(rng.choice([".", "", ", hvala." if lang == "hr" else "."]))


def email_sms_changed_template(fake: Faker, rng: random.Random) -> Said:
    """A company's security text telling the customer the account's address was changed; the date and time not
    labelled."""
    locale = rng.choice(["en_GB", "en_US", "en_AU", "en_IE"])
    _, _, local = local_part(fake, locale, rng)
    address = f"{local}@{rng.choice(['gmail.com', 'outlook.com', 'icloud.com', 'yahoo.com'])}"
    brand = rng.choice(["Harbour Bank", "Northwind Bank", "ClearNet", "ClearMobile"])
    u = Said().say(f"[SMS] {brand}: The email address on your account was changed to ")
    u.entity("EMAIL_ADDRESS", address, address)
    return u.say(f" on {rng.randint(1, 28)}/{rng.randint(1, 12)} at {rng.randint(7, 22)}:{rng.randint(10, 59)}. If "
                 "this wasn't you, call the number on the back of your card.")


def email_json_ticket_requester(fake: Faker, rng: random.Random) -> Said:
    """A help desk's webhook pasted in an engineering chat: the requester's address labelled; the ticket's number,
    dates and ids not."""
    locale = rng.choice(["en_US", "en_GB", "de_DE", "nl_NL", "fr_FR"])
    who, address = named_address(fake, locale, rng, ["gmail.com", "outlook.com", "web.de", "orange.fr", "ziggo.nl"])
    fields = [("ticket", [("id", rng.randint(10000, 99999)),
                          ("subject", f'"{rng.choice(["Refund not received", "Cannot log in", "Wrong item"])}"'),
                          ("created_at", f'"2026-{rng.randint(10, 12)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:'
                                         f'{rng.randint(10, 59)}:{rng.randint(10, 59)}Z"'),
                          ("requester", [("id", rng.randint(1000000, 9999999)), ("name", f'"{who}"'),
                                         ("email", ("EMAIL_ADDRESS", address, address, True))]),
                          ("priority", f'"{rng.choice(["normal", "high", "low"])}"')])]
    u = Said().say(rng.choice(["webhook payload that failed:\n", "this one didn't sync to the CRM:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


def email_calendar_invite(fake: Faker, rng: random.Random) -> Said:
    """A meeting invite pasted into a chat, the organiser's and the attendees' addresses labelled; the meeting's id,
    passcode and times not."""
    locales = rng.sample(["en_GB", "en_US", "de_DE", "nl_NL", "it_IT", "fr_FR"], 3)
    people = []
    for locale in locales[:rng.choice([2, 3])]:
        people.append(named_address(fake, locale, rng, ["gmail.com", "outlook.com", "gmx.de", "libero.it"]))
    h = rng.randint(8, 16)
    u = Said().say(f"{rng.choice(['Quarterly review', 'Kitchen quote', 'Claim follow-up', 'Handover call'])}\n"
                   f"When: {rng.choice(['Tue', 'Wed', 'Thu'])} {rng.randint(1, 28)} Jan 2027 {h}:00–{h}:30 "
                   "(UTC+01:00)\n"
                   f"Organizer: {people[0][0]} <")
    u.entity("EMAIL_ADDRESS", people[0][1], people[0][1]).say(">\nAttendees: ")
    for i, (_, address) in enumerate(people[1:]):
        u.say("; " if i else "").entity("EMAIL_ADDRESS", address, address)
    return u.say(f"\nMeeting ID: {rng.randint(100, 999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}  "
                 f"Passcode: {rng.randint(100000, 999999)}")


QUOTE_HEADER_FORMS = [  # (locale, the line before the address, the line after)
    ("en_US", "On {wd}, {mo} {d}, 2026 at {t} PM {n} <", "> wrote:"),
    ("en_GB", "On {wd}, {d} {mo} 2026 at {t}, {n} <", "> wrote:"),
    ("de_DE", "Am {d}.11.2026 um {t} schrieb {n} <", ">:"),
    ("fr_FR", "Le {d} nov. 2026 à {t}, {n} <", "> a écrit :"),
    ("es_ES", "El {d} nov 2026, a las {t}, {n} (<", ">) escribió:"),
    ("nl_NL", "Op {d} nov. 2026 om {t} heeft {n} <", "> het volgende geschreven:"),
    ("it_IT", "Il giorno {d} nov 2026, alle ore {t}, {n} <", "> ha scritto:"),
]


def email_quote_header_address(fake: Faker, rng: random.Random) -> Said:
    """A reply whose quote line carries the customer's address in angle brackets ("On ..., Jane Doe
    <jane.doe@gmail.com> wrote:"), in seven languages' mail programs."""
    locale, before, after = rng.choice(QUOTE_HEADER_FORMS)
    who, address = named_address(fake, locale, rng, ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                                                     "icloud.com"])
    head = before.format(wd=rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), mo=rng.choice(["Nov", "Oct"]),
                         d=rng.randint(1, 28), t=f"{rng.randint(1, 12)}:{rng.randint(10, 59)}", n=who)
    u = Said().say(rng.choice(["Thanks, I've passed this on to the refunds team.\n\n", "Noted, see below.\n\n",
                               "Hi, any update on this?\n\n"]) + head)
    return u.entity("EMAIL_ADDRESS", address, address).say(after + "\n> " + rng.choice(
        ["The parcel never arrived.", "I was charged twice.", "Please cancel my subscription."]))


# IBANs ----------------------------------------------------------------------------------------------------------
def iban_hard_wrapped_quote(fake: Faker, rng: random.Random) -> Said:
    """An IBAN in a quoted message that the mail program hard-wrapped, the wrap falling inside it ("> ... DE89 3704
    0044\\n> 0532 0130 00, ..."); labelled line by line and read back whole."""
    country = rng.choice(["DE", "NL", "FR", "ES", "IT", "BE", "AT", "IE", "GB", "PT"])
    iban = iban_value(country, rng)
    locale = {"DE": "de_DE", "AT": "de_AT", "NL": "nl_NL", "BE": "nl_BE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
              "IE": "en_IE", "GB": "en_GB", "PT": "pt_PT"}[country]
    who = fake[locale].name()
    shown = " ".join(cut(iban, [4] * 9))
    leads = ["Hello, as agreed on the phone, please refund the deposit to my account, IBAN",
             "Could you please pay the remaining balance back into my account? The IBAN is",
             "Following my cancellation I would like the money returned to IBAN",
             "Hi, I have closed my old account, so please use my new one from now on:"]
    tail = f", account holder {who}. Kind regards, {who}"
    fits = [(lead, width) for lead in leads for width in range(52, 80) if
            wrap_fits([lead, ("IBAN_CODE", shown, iban), tail], width)]
    lead, width = rng.choice(fits) if fits else (rng.choice(leads), 400)
    pieces = [lead, ("IBAN_CODE", shown, iban), tail]
    u = Said().say(rng.choice(["Thanks, refund requested.", "Got it, passing to finance."]) + "\n\n"
                   + f"On {rng.randint(1, 28)} Nov 2026 at {rng.randint(8, 21)}:{rng.randint(10, 59)}, {who} wrote:\n")
    return wrapped(u, pieces, width, "> ", False)


def iban_croatian_said(fake: Faker, rng: random.Random) -> Said:
    """A Croatian IBAN read four at a time in Croatian, digit by digit or in pairs."""
    iban = iban_value("HR", rng)
    u = Said().say(rng.choice(["Moj IBAN je ", "Izdiktirat ću vam IBAN: ", "Dakle, "]))
    return u.entity("IBAN_CODE", iban_said(iban, "hr", rng, ["words", "pairs"]), iban, "hr").say(
        rng.choice([".", ", hvala.", ""]))


def iban_turkish_said(fake: Faker, rng: random.Random) -> Said:
    """A Turkish IBAN read four at a time in Turkish, digit by digit or in pairs."""
    iban = iban_value("TR", rng)
    u = Said().say(rng.choice(["IBAN numaram ", "IBAN'ı okuyorum: ", "Şöyle: "]))
    return u.entity("IBAN_CODE", iban_said(iban, "tr", rng, ["words", "pairs"]), iban, "tr").say(
        rng.choice([".", ", teşekkürler.", ""]))


NEW_IBAN_INVOICES = {  # country: (invoice, amount, account, due date words, a payment reference or "")
    "EE": ("Arve nr", "Summa", "Arveldusarve", "Maksetähtaeg", "Viitenumber"),
    "SI": ("Račun št.", "Znesek", "TRR", "Rok plačila", "Sklic"),
    "BG": ("Faktura №", "Suma", "IBAN", "Padezh", ""),
    "HR": ("Račun br.", "Iznos", "IBAN", "Rok plaćanja", "Poziv na broj"),
    "LT": ("Sąskaita faktūra Nr.", "Suma", "A/s", "Apmokėti iki", "Įmokos kodas"),
    "LV": ("Rēķins Nr.", "Summa", "Konts", "Apmaksāt līdz", ""),
}


def iban_new_countries_typed(fake: Faker, rng: random.Random) -> Said:
    """An Estonian, Slovenian, Bulgarian, Croatian, Lithuanian or Latvian invoice's payment lines, the IBAN among the
    amount, the due date and a payment reference ("Sklic: SI00 ...", "Poziv na broj: HR00 ..."); the reference not
    labelled."""
    country = rng.choice(sorted(NEW_IBAN_INVOICES))
    inv, amount, account, due, ref = NEW_IBAN_INVOICES[country]
    iban = iban_value(country, rng)
    u = Said().say(f"{inv} 2026-{rng.randint(100, 9999)}\n{amount}: {rng.randint(20, 990)},"
                   f"{rng.randint(10, 99)} {'лв.' if country == 'BG' and rng.random() < 0.3 else 'EUR'}\n{account}: ")
    u.entity("IBAN_CODE", rng.choice([" ".join(cut(iban, [4] * 9)), iban]), iban)
    u.say(f"\n{due}: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2027")
    if ref:
        u.say(f"\n{ref}: " + (f"{country}00 {rng.randint(1000, 99999)}-{rng.randint(10, 999)}"
                              if country in ("SI", "HR") else _digits(rng, rng.choice([7, 11]))))
    return u


def iban_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result for a British or Irish IBAN: the lexical form's letters and digit words ("g b two
    nine n w b k ..."), the display form's run or groups; each labelled."""
    iban = iban_value(rng.choice(["GB", "IE"]), rng)
    said = lexical(iban_said(iban, "en", rng, ["words"]))
    lead = rng.choice(["my iban is ", "the iban is ", "okay it's "])
    display = rng.choice([iban, " ".join(cut(iban, [4] * 9)), f"{iban[:4]} {iban[4:8]} {iban[8:]}"])
    forms = [("Lexical", [lead, ("IBAN_CODE", said, iban, "en")])]
    if rng.random() < 0.5:
        forms.append(("ITN", [lead, ("IBAN_CODE", iban, iban, "en")]))
    forms.append(("Display", [lead[0].upper() + lead[1:].replace("iban", "IBAN"), ("IBAN_CODE", display, iban, "en"),
                              "."]))
    return azure_result(Said(), rng, forms)


def iban_json_refund_form(fake: Faker, rng: random.Random) -> Said:
    """A refund form's submission pasted from the back office: the IBAN labelled; the BIC, the order, the amount
    and the dates not."""
    country = rng.choice(["DE", "NL", "FR", "ES", "IT", "BE", "AT", "PT", "IE", "FI"])
    iban = iban_value(country, rng)
    locale = {"DE": "de_DE", "AT": "de_AT", "NL": "nl_NL", "BE": "nl_BE", "FR": "fr_FR", "ES": "es_ES", "IT": "it_IT",
              "IE": "en_IE", "PT": "pt_PT", "FI": "fi_FI"}[country]
    bic = {"DE": "COBADEFFXXX", "NL": "INGBNL2A", "FR": "BNPAFRPP", "ES": "CAIXESBBXXX", "IT": "UNCRITMM",
           "BE": "GEBABEBB", "AT": "BKAUATWW", "PT": "BCOMPTPL", "IE": "AIBKIE2D", "FI": "NDEAFIHH"}[country]
    fields = [("form", '"refund_request"'), ("submitted", f'"2026-12-{rng.randint(1, 9):02d} {rng.randint(10, 23)}:'
                                                          f'{rng.randint(10, 59)}"'),
              ("order", f'"{rng.randint(100000, 999999)}"'),
              ("amount", f'"{rng.randint(10, 400)}.{rng.randint(10, 99)}"'),
              ("account_holder", f'"{fake[locale].name()}"'), ("iban", ("IBAN_CODE", rng.choice(
                  [iban, " ".join(cut(iban, [4] * 9))]), iban, True)), ("bic", f'"{bic}"')]
    u = Said().say(rng.choice(["Refund stuck in 'pending', form data:\n", "Back office export:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.5)


def iban_welsh_digits(fake: Faker, rng: random.Random) -> Said:
    """A British IBAN read on a Welsh-language line, the letters as they are and the digits in Welsh."""
    iban = iban_value("GB", rng)
    u = Said().say(rng.choice(["Fy IBAN i yw ", "Dyma'r IBAN: ", "Iawn, "]))
    return u.entity("IBAN_CODE", iban_said(iban, "cy", rng, ["words"]), iban, "cy").say(
        rng.choice([".", ". Diolch.", ""]))


def iban_caption_rollup(fake: Faker, rng: random.Random) -> Said:
    """A roll-up caption feed cutting an IBAN read out four at a time; labelled row by row and read back whole."""
    iban = iban_value(rng.choice(["GB", "IE", "DE", "NL", "FR"]), rng)
    pieces, width = caption_rows(rng, ["Okay, the IBAN is", "It's my current account, IBAN", "Right, it's"],
                                 ("IBAN_CODE", iban_said(iban, "en", rng, ["words"]), iban), ".")
    u = Said().say(">> " + rng.choice(["Where should we send the refund?", "Go ahead with the IBAN."]))
    return wrapped(u.turn(), pieces, width, "", True)


def iban_spanish_perdon_mended(fake: Faker, rng: random.Random) -> Said:
    """A Spanish IBAN read four at a time, a group begun wrong and taken back ("cero cuatro uno — perdón, cero
    cuatro ocho uno"); the slip named for the reading."""
    iban = iban_value("ES", rng)
    gs = cut(iban, [4] * 6)
    k = rng.randrange(1, 6)
    g = gs[k]
    j = rng.randint(2, 3)
    wrong = g[:j - 1] + rng.choice([c for c in string.digits if c != g[j - 1]])
    slip = digit_by_digit(wrong, "es") + rng.choice([" — perdón,", " — no, perdona,", "— uy, perdón,"])
    parts = [f"E S {number(int(gs[0][2:]), 'es') if gs[0][2] != '0' else digit_by_digit(gs[0][2:], 'es')}"]
    parts += [digit_by_digit(x, "es") for x in gs[1:]]
    parts[k] = f"{slip} {parts[k]}"
    u = Said().say(rng.choice(["El IBAN es ", "Le dicto el IBAN: ", "Vale, "]))
    return u.entity("IBAN_CODE", ", ".join(parts), iban, "es", drop=(slip,)).say(rng.choice([".", ", gracias.", ""]))


# Dates of birth -------------------------------------------------------------------------------------------------
def iso_stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(10, 12)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:" \
           f"{rng.randint(10, 59)}Z"


def birth_json_crm(fake: Faker, rng: random.Random) -> Said:
    """A CRM record pasted into a team chat, the date of birth in one of the shapes systems write it; the record's
    creation and login stamps not labelled."""
    born = dob_value(rng)
    d, m, y = f"{born.day:02d}", f"{born.month:02d}", str(born.year)
    key, text = rng.choice([("dob", f"{y}-{m}-{d}"), ("date_of_birth", f"{d}/{m}/{y}"), ("birthDate", f"{y}-{m}-{d}"),
                            ("dateOfBirth", f"{m}/{d}/{y}"), ("geburtsdatum", f"{d}.{m}.{y}"),
                            ("fecha_nacimiento", f"{d}/{m}/{y}"), ("birth_date", f"{y}{m}{d}")])
    locale = rng.choice(["en_US", "en_GB", "de_DE", "es_ES", "nl_NL"])
    fields = [("customer_id", rng.randint(100000, 999999)),
              ("name", f'"{fake[locale].first_name()} {fake[locale].last_name()}"'),
              (key, ("DATE_OF_BIRTH", text, re.sub(r"\D", "", text), True)), ("created_at", f'"{iso_stamp(rng)}"'),
              ("last_login", f'"{iso_stamp(rng)}"'), ("tier", f'"{rng.choice(["gold", "basic", "plus"])}"')]
    u = Said().say(rng.choice(["can someone check why verification fails for this one?\n", "record below:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


def birth_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result for a date of birth: the lexical form ("march twelfth nineteen eighty four", "twelfth
    of march ...") and the display form ("March 12, 1984", "12 March 1984"); each labelled, "the" outside."""
    born = dob_value(rng)
    month = MONTHS["en"][born.month - 1]
    year = en_year(born.year, rng)
    lead = rng.choice(["i was born on ", "my date of birth is ", "it's "])
    if rng.random() < 0.5:  # American
        said, said_value = lexical(f"{month} {en_ordinal(born.day)} {year}"), f"{born.month}{born.day}{born.year}"
        shown = f"{month} {born.day}{rng.choice(['', 'th' if born.day in range(4, 21) else ''])}, {born.year}"
        shown_value, the = said_value, ""
    else:
        said, said_value = lexical(f"{en_ordinal(born.day)} of {month} {year}"), f"{born.day}{born.month}{born.year}"
        shown, shown_value, the = f"{born.day} {month} {born.year}", said_value, "the "
    forms = [("Lexical", [lead + the, ("DATE_OF_BIRTH", said, said_value, "en")]),
             ("Display", [lead[0].upper() + lead[1:], ("DATE_OF_BIRTH", shown, shown_value, "en"), "."])]
    return azure_result(Said(), rng, forms)


def birth_dtmf_keyed(fake: Faker, rng: random.Random) -> Said:
    """An IVR's log: the caller keys the date of birth as eight digits; a menu choice keyed before it not
    labelled."""
    born = dob_value(rng)
    us = rng.random() < 0.4
    digits = f"{born.month:02d}{born.day:02d}{born.year}" if us else f"{born.day:02d}{born.month:02d}{born.year}"
    how = "two digits for the month, two for the day and four for the year" if us else \
        "two digits for the day, two for the month and four for the year"
    ivr, dtmf = rng.choice(IVR), rng.choice(DTMF)
    u = Said()
    if rng.random() < 0.5:
        u.say(ivr + "For billing, press 1. For a payment, press 2.").turn().say(dtmf + str(rng.randint(1, 2))).turn()
    u.say(ivr + f"Please enter your date of birth, {how}, followed by the hash key.").turn().say(dtmf)
    u.entity("DATE_OF_BIRTH", rng.choice([" ".join(digits), digits]), digits).say(rng.choice([" #", "#", ""]))
    return u.turn().say(ivr + "Thank you. Please hold while we find your account.")


def birth_turkish_words(fake: Faker, rng: random.Random) -> Said:
    """A Turkish caller's date of birth in words ("on iki Mart bin dokuz yüz seksen dört")."""
    born = dob_value(rng)
    text = f"{number(born.day, 'tr')} {MONTHS['tr'][born.month - 1]} {tr_year(born.year)}"
    u = Said().say(rng.choice(["Doğum tarihiniz nedir?", "Doğum tarihinizi alabilir miyim?"])).turn()
    u.say(rng.choice(["", "Doğum tarihim ", "Tabii, "]))
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "tr").say(".")


def birth_baltic_typed(fake: Faker, rng: random.Random) -> Said:
    """A Lithuanian, Latvian or Estonian date of birth typed as written there: ISO and "1984 m. kovo 12 d."
    (Lithuanian, "d." outside), "12.03.1984." and "1984. gada 12. martā" (Latvian), "12.03.1984" (Estonian)."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    lang, lead, text, value, tail = rng.choice([
        ("lt", "gim. ", f"{y}-{m:02d}-{d:02d}", f"{y}{m:02d}{d:02d}", ""),
        ("lt", "Gimimo data: ", f"{y} m. {MONTHS['lt'][m - 1]} {d}", f"{y}{m}{d}", " d."),
        ("lv", "dzim. ", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}", "."),
        ("lv", "Dzimšanas datums: ", f"{y}. gada {d}. {MONTHS['lv'][m - 1]}", f"{y}{d}{m}", ""),
        ("et", "sünd. ", f"{d:02d}.{m:02d}.{y}", f"{d:02d}{m:02d}{y}", ""),
        ("et", "Sünniaeg: ", f"{d}.{m:02d}.{y}", f"{d}{m:02d}{y}", "")])
    name = fake[{"lt": "lt_LT", "lv": "lv_LV", "et": "et_EE"}[lang]].name()
    u = Said().say(rng.choice(CHAT) + f"{name}, {lead}")
    return u.entity("DATE_OF_BIRTH", text, value, lang).say(tail + rng.choice(["", ", ačiū" if lang == "lt" else ""]))


def birth_semicolon_csv(fake: Faker, rng: random.Random) -> Said:
    """A German, Austrian or Dutch spreadsheet export (semicolons), the date of birth in its column; the customer
    number and the row's creation date not labelled."""
    born = dob_value(rng)
    dutch = rng.random() < 0.4
    text = rng.choice([f"{born.day:02d}.{born.month:02d}.{born.year}", f"{born.year}-{born.month:02d}-{born.day:02d}"]
                      if not dutch else [f"{born.day:02d}-{born.month:02d}-{born.year}",
                                         f"{born.year}-{born.month:02d}-{born.day:02d}"])
    made = f"{rng.randint(1, 28):02d}{'-' if dutch else '.'}{rng.randint(1, 12):02d}{'-' if dutch else '.'}2026"
    locale = "nl_NL" if dutch else rng.choice(["de_DE", "de_AT"])
    head = "Klantnr;Naam;Geboortedatum;Aangemaakt" if dutch else "Kundennr;Name;Geburtsdatum;Angelegt am"
    u = Said().say(rng.choice(["", "export uit het systeem:\n" if dutch else "Auszug aus der Kundenliste:\n"]))
    u.say(f"{head}\n{rng.randint(10000, 99999)};{fake[locale].name()};")
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).say(f";{made}")


def birth_sms_verify_reply(fake: Faker, rng: random.Random) -> Said:
    """A verification text asking for the date of birth, the customer's reply the date alone; the thanks after."""
    born = dob_value(rng)
    us = rng.random() < 0.3
    fmt = "MMDDYYYY" if us else "DDMMYYYY"
    digits = f"{born.month:02d}{born.day:02d}{born.year}" if us else f"{born.day:02d}{born.month:02d}{born.year}"
    text = rng.choice([digits, digits, f"{digits[:2]}/{digits[2:4]}/{digits[4:]}", f"{digits[:2]} {digits[2:4]} "
                                                                                   f"{digits[4:]}"])
    brand = rng.choice(["Northwind Energy", "ClearNet", "Apex Insurance", "HomeCover", "CityWater"])
    u = Said().say(f"[SMS] {brand}: To confirm it's you, reply with your date of birth ({fmt}). Msg&data rates may "
                   "apply.").turn()
    u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).turn()
    return u.say(f"[SMS] {brand}: Thanks, you're verified. An agent will call you within {rng.randint(5, 30)} minutes.")


def birth_balkan_dotted_year(fake: Faker, rng: random.Random) -> Said:
    """A Croatian or Slovenian date of birth typed with a dot after the year too ("rođen 12. 3. 1984.",
    "12.03.1984. godine"); the year's dot and "god." outside."""
    born = dob_value(rng)
    spaced_dots = rng.random() < 0.5
    text = f"{born.day}. {born.month}. {born.year}" if spaced_dots else f"{born.day:02d}.{born.month:02d}.{born.year}"
    locale, female = rng.choice(["hr_HR", "sl_SI"]), rng.random() < 0.5
    lead = {("hr_HR", False): "rođen ", ("hr_HR", True): "rođena ", ("sl_SI", False): "rojen ",
            ("sl_SI", True): "rojena "}[locale, female] if rng.random() < 0.7 else \
        "Datum rođenja: " if locale == "hr_HR" else "Datum rojstva: "
    first = fake[locale].first_name_female() if female else fake[locale].first_name_male()
    u = Said().say(rng.choice(CHAT) + f"{first} {fake[locale].last_name()}, {lead}")
    return u.entity("DATE_OF_BIRTH", text, re.sub(r"\D", "", text)).say(rng.choice([".", ". god.", ". godine", "."]))


def birth_month_mended(fake: Faker, rng: random.Random) -> Said:
    """A caller giving the wrong month and taking it back in the same breath ("the twelfth of March — no, sorry,
    May — nineteen eighty-four", "am zwölften März — nein, Mai — ..."); the slip named for the reading."""
    born = dob_value(rng)
    wrong = rng.choice([m for m in range(1, 13) if m != born.month])
    if rng.random() < 0.6:
        slip = f"{MONTHS['en'][wrong - 1]} — {rng.choice(['no, sorry,', 'no,', 'sorry,'])}"
        text = f"{en_ordinal(born.day)} of {slip} {MONTHS['en'][born.month - 1]} — {en_year(born.year, rng)}"
        u = Said().say(rng.choice(["Date of birth?", "And your date of birth, please?"])).turn().say("It's the ")
        return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", drop=(slip,)).say(".")
    slip = f"{MONTHS['de'][wrong - 1]} — {rng.choice(['nein,', 'nee,', 'quatsch,'])}"
    text = f"{de_ordinal(born.day)} {slip} {MONTHS['de'][born.month - 1]} {year_words(born.year, 'de')}"
    u = Said().say(rng.choice(["Ihr Geburtsdatum?", "Und wann sind Sie geboren?"])).turn().say("Am ")
    return u.entity("DATE_OF_BIRTH", text, f"{born.day}{born.month}{born.year}", "de", drop=(slip,)).say(".")


# SSNs, routing and account numbers ------------------------------------------------------------------------------
def ssn_hyphenated_digits(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing the SSN read digit by digit with hyphens ("5-1-2-4-4-6-7-8-9", "5-1-2, 4-4, 6-7-8-9")."""
    v = ssn_value(rng)
    text = rng.choice([hyphened(v), ", ".join(hyphened(g) for g in cut(v, [3, 2, 4])),
                       " ".join(hyphened(g) for g in cut(v, [3, 2, 4]))])
    u = Said().say(rng.choice(["Speaker 1: Can I get your Social?", "Agent: And the Social Security number?"])).turn()
    u.say(rng.choice(["Speaker 2: ", "Caller: "]) + rng.choice(["Yeah, it's ", "Sure. ", ""]))
    return u.entity("US_SSN", text, v).say(".")


def ssn_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result: the SSN in the lexical form's words, the ITN's digits, the display form's dashes;
    each labelled."""
    v = ssn_value(rng)
    said = lexical(" ".join(digit_words(rng, g) for g in cut(v, [3, 2, 4])))
    lead = rng.choice(["my social is ", "social security number ", "it's "])
    forms = [("Lexical", [lead, ("US_SSN", said, v, "en")])]
    if rng.random() < 0.6:
        forms.append(("ITN", [lead, ("US_SSN", v, v, "en")]))
    forms.append(("Display", [lead[0].upper() + lead[1:], ("US_SSN", ssn_dashed(v), v, "en"), "."]))
    return azure_result(Said(), rng, forms)


def ssn_json_intake(fake: Faker, rng: random.Random) -> Said:
    """A clinic's intake form as JSON: the SSN and the date of birth labelled; the record number and the insurance
    member id not."""
    v = ssn_value(rng)
    born = dob_value(rng)
    dob = f"{born.year}-{born.month:02d}-{born.day:02d}"
    fields = [("patient", [("mrn", f'"{_digits(rng, 8)}"'), ("first_name", f'"{fake["en_US"].first_name()}"'),
                           ("last_name", f'"{fake["en_US"].last_name()}"'),
                           ("dob", ("DATE_OF_BIRTH", dob, re.sub(r"\D", "", dob), True)),
                           ("ssn", ("US_SSN", rng.choice([ssn_dashed(v), v]), v, True))]),
              ("insurance", [("member_id", f'"{rng.choice(["XJH", "W", "ZGP"])}{_digits(rng, 9)}"'),
                             ("group", f'"{_digits(rng, 6)}"')])]
    u = Said().say(rng.choice(["intake submission (raw):\n", "EHR import failed for:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


def ssn_english_thousands(fake: Faker, rng: random.Random) -> Said:
    """An SSN said as numbers: the first group "five twelve" or "five hundred twelve", the middle as a number, the
    last four as thousands ("six thousand seven hundred eighty-nine"); a nought in front digit by digit."""
    v = ssn_value(rng)
    a, b, c = cut(v, [3, 2, 4])
    first = digit_by_digit(a, "en", "oh") if a[0] == "0" else rng.choice(
        [hundreds(int(a)).replace(" and ", " "), f"{UNITS['en'][int(a[0])]} {number(int(a[1:]))}" if a[1] != "0"
         else digit_by_digit(a, "en", "oh")])
    middle = number(int(b)) if b[0] != "0" else digit_by_digit(b, "en", "oh")
    last = en_group(c) if c[1] != "0" or rng.random() < 0.5 else digit_by_digit(c, "en", "oh")
    u = Said().say(rng.choice(["What's your Social Security number?", "Last thing, your Social."])).turn()
    return u.say(rng.choice(["It's ", "Okay, ", ""])).entity("US_SSN", f"{first}, {middle}, {last}", v).say(".")


def bank_whisper_commas_account(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing the account number it heard as one big number with commas ("12,345,678,901"); the routing
    number as digits, or with commas too where it has no nought in front."""
    aba, acct = aba_value(rng), account_value(rng)
    routing = f"{aba[:3]},{aba[3:6]},{aba[6:]}" if aba[0] != "0" and rng.random() < 0.4 else aba
    u = Said().say(rng.choice(["Speaker 2: Sure, the routing number is ", "Caller: Routing's "]))
    u.entity("ABA_ROUTING_NUMBER", routing, aba).say(rng.choice([" and the account number is ", ", account ",
                                                                  ". And my checking account number is "]))
    return u.entity("US_BANK_NUMBER", thousands(acct, ","), acct).say(".")


def bank_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's detailed result for a direct deposit: routing and account numbers in the lexical form's words and the
    display form's digits; each labelled."""
    aba, acct = aba_value(rng), account_value(rng)
    a_words, c_words = lexical(digit_words(rng, aba)), lexical(digit_words(rng, acct))
    forms = [("Lexical", ["routing number ", ("ABA_ROUTING_NUMBER", a_words, aba, "en"), " and the account is ",
                          ("US_BANK_NUMBER", c_words, acct, "en")]),
             ("Display", ["Routing number ", ("ABA_ROUTING_NUMBER", aba, aba, "en"), " and the account is ",
                          ("US_BANK_NUMBER", acct, acct, "en"), "."])]
    return azure_result(Said(), rng, forms)


def bank_json_ach_payload(fake: Faker, rng: random.Random) -> Said:
    """A payroll system's direct deposit payload: routing and account numbers labelled; the amount, the effective
    date and the employee id not."""
    aba, acct = aba_value(rng), account_value(rng)
    fields = [("employee_id", f'"E{_digits(rng, 5)}"'), ("account_holder", f'"{fake["en_US"].name()}"'),
              ("routing_number", ("ABA_ROUTING_NUMBER", aba, aba, True)),
              ("account_number", ("US_BANK_NUMBER", acct, acct, True)),
              ("account_type", f'"{rng.choice(["checking", "savings"])}"'),
              ("amount", f'"{rng.randint(400, 4000)}.{rng.randint(10, 99)}"'),
              ("effective_date", f'"2026-12-{rng.randint(10, 31)}"')]
    u = Said().say(rng.choice(["ACH batch rejected (R03), entry:\n", "direct deposit setup payload:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


# NINOs, DNIs, NIEs ----------------------------------------------------------------------------------------------
def nino_hyphenated(fake: Faker, rng: random.Random) -> Said:
    """Whisper writing the NINO it heard spelled with hyphens ("J-C-1-2-3-4-5-6-A", "JC-12-34-56-A")."""
    v = nino_value(rng)
    text = rng.choice([hyphened(v), f"{v[:2]}-{v[2:4]}-{v[4:6]}-{v[6:8]}-{v[8]}", f"{hyphened(v[:2])} "
                                                                                 f"{hyphened(v[2:8])} {v[8]}"])
    u = Said().say(rng.choice(["Speaker 1: National Insurance number?", "Agent: And your NI number, please?"])).turn()
    u.say(rng.choice(["Speaker 2: ", "Caller: "]) + rng.choice(["Yeah, it's ", "It's ", ""]))
    return u.entity("UK_NINO", text, v).say(".")


def nino_welsh_digits(fake: Faker, rng: random.Random) -> Said:
    """A caller on a Welsh-language line giving the NINO, its letters as they are and its digits in Welsh."""
    v = nino_value(rng)
    text = f"{v[0]} {v[1]}, {', '.join(digit_by_digit(g, 'cy') for g in cut(v[2:8], [2, 2, 2]))}, {v[8]}"
    u = Said().say(rng.choice(["Beth yw eich rhif Yswiriant Gwladol?", "A'ch rhif yswiriant gwladol?"])).turn()
    return u.say(rng.choice(["Ym, ", "Iawn, ", ""])).entity("UK_NINO", text, v, "cy").say(
        rng.choice([".", ". Diolch.", ""]))


def nino_csv_payroll_row(fake: Faker, rng: random.Random) -> Said:
    """A payroll spreadsheet's rows pasted into a chat: the NINOs labelled; tax codes, payroll ids and pay not."""
    u = Said().say(rng.choice(["Starters for this month:\n", "can you check these against HMRC?\n", ""]))
    u.say("Employee,NI Number,Tax Code,Payroll ID,Gross")
    for _ in range(rng.choice([1, 2])):
        v = nino_value(rng)
        u.say(f"\n{fake['en_GB'].name()},").entity("UK_NINO", rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} "
                                                                             f"{v[8]}"]), v)
        u.say(f",{rng.choice(['1257L', 'BR', '0T', 'K475', 'S1257L'])},{_digits(rng, 6)},{rng.randint(1500, 4800)}.00")
    return u


def dni_json_kyc(fake: Faker, rng: random.Random) -> Said:
    """An identity check's result as JSON: the DNI and the date of birth labelled; the document's expiry, the
    check's id and score not."""
    v = dni_value(rng)
    born = dob_value(rng)
    dob = rng.choice([f"{born.year}-{born.month:02d}-{born.day:02d}", f"{born.day:02d}/{born.month:02d}/{born.year}"])
    expires = f"20{rng.randint(27, 35)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    fields = [("verificacion", f'"{rng.choice(["ok", "revisar", "rechazada"])}"'),
              ("puntuacion", f"0.{rng.randint(40, 99)}"),
              ("documento", [("tipo", '"DNI"'), ("numero", ("ES_NIF", v, v, True)),
                             ("caducidad", f'"{expires}"')]),
              ("titular", [("nombre", f'"{fake["es_ES"].name()}"'),
                           ("fecha_nacimiento", ("DATE_OF_BIRTH", dob, re.sub(r"\D", "", dob), True))])]
    u = Said().say(rng.choice(["Resultado del KYC, ¿lo aprobamos?\n", "respuesta del proveedor:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


def dni_hyphenated(fake: Faker, rng: random.Random) -> Said:
    """A Spanish engine writing the DNI dictated digit by digit with hyphens ("1-2-3-4-5-6-7-8-Z")."""
    v = dni_value(rng)
    text = rng.choice([hyphened(v), f"{hyphened(v[:8])} {v[8]}", f"{hyphened(v[:8])}, {v[8]}"])
    u = Said().say(rng.choice(["Hablante 1: ¿Me dice su DNI?", "Agente: El DNI del titular, por favor."])).turn()
    u.say(rng.choice(["Hablante 2: ", "Cliente: "]) + rng.choice(["Sí, es el ", "Vale, ", ""]))
    return u.entity("ES_NIF", text, v, "es").say(".")


def nie_bulgarian_resident(fake: Faker, rng: random.Random) -> Said:
    """A Bulgarian living in Spain reading the NIE, its letters as they are and its digits in Bulgarian (written
    in Latin letters)."""
    v = nie_value(rng)
    text = f"{v[0]}, {digit_by_digit(v[1:4], 'bg')}, {digit_by_digit(v[4:8], 'bg')}, {v[8]}"
    u = Said().say(rng.choice(["Moyat NIE e ", "NIE-to mi, el NIE, es ", "Da, "]))
    return u.entity("ES_NIE", text, v, "bg").say(rng.choice([".", ", blagodarya.", ""]))


def nie_sms_cita_previa(fake: Faker, rng: random.Random) -> Said:
    """An immigration office's appointment text with the NIE in it; the date, time, office and locator not
    labelled."""
    v = nie_value(rng)
    u = Said().say(rng.choice(["CITA PREVIA: ", "[SMS] CITA PREVIA EXTRANJERIA: "]) + rng.choice(
        ["Su cita para el NIE ", "Cita confirmada. Documento "]))
    u.entity("ES_NIE", v, v)
    return u.say(f" el dia {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2027 a las {rng.randint(9, 13)}:"
                 f"{rng.choice(['00', '15', '30', '45'])} en {rng.choice(['OFICINA DE EXTRANJERIA', 'CNP COMISARIA'])} "
                 f"{rng.choice(['MADRID', 'MALAGA', 'ALICANTE', 'VALENCIA'])}. Localizador: "
                 f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 5)}{rng.choice(string.ascii_uppercase)}.")


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_azure_display_lexical(fake: Faker, rng: random.Random) -> Said:
    """Azure's French result for a NIR read digit by digit: the lexical form's words, the ITN's run, the display
    form's printed groups; each labelled."""
    v = nir_value(rng)
    lead = rng.choice(["mon numéro de sécu c'est ", "le numéro de sécurité sociale est ", "alors "])
    forms = [("Lexical", [lead, ("FR_NIR", digit_by_digit(v, "fr"), v, "fr")])]
    if rng.random() < 0.5:
        forms.append(("ITN", [lead, ("FR_NIR", v, v, "fr")]))
    forms.append(("Display", [lead[0].upper() + lead[1:], ("FR_NIR", " ".join(cut(v, [1, 2, 2, 2, 3, 3, 2])), v, "fr"),
                              "."]))
    return azure_result(Said(), rng, forms)


def nir_two_said(v: str, lang: str) -> str:
    """A NIR's printed groups said in `lang`: its twos as numbers, the rest digit by digit."""
    return ", ".join(number(int(g), lang) if len(g) == 2 and g[0] != "0" else digit_by_digit(g, lang)
                     for g in cut(v, [1, 2, 2, 2, 3, 3, 2]))


def nir_turkish_worker(fake: Faker, rng: random.Random) -> Said:
    """A Turkish worker in France reading the NIR in Turkish by its printed groups."""
    v = nir_value(rng)
    u = Said().say(rng.choice(["Fransız sosyal güvenlik numaram ", "Le numéro de sécu, numaram ", "Evet, "]))
    return u.entity("FR_NIR", nir_two_said(v, "tr"), v, "tr").say(rng.choice([".", ", teşekkürler.", ""]))


def cf_albanian_in_italy(fake: Faker, rng: random.Random) -> Said:
    """An Albanian living in Italy reading the codice fiscale, its letters as they are and its digits in
    Albanian."""
    v = cf_value(fake, rng)
    parts = [" ".join(p) if p.isalpha() else digit_by_digit(p, "sq") for p in re.findall(r"[A-Z]+|\d+", v)]
    u = Said().say(rng.choice(["Kodi im fiskal, il codice fiscale, është ", "Po, codice fiscale: ", "Pra, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "sq").say(rng.choice([".", ", faleminderit.", ""]))


def cf_slovene_trieste(fake: Faker, rng: random.Random) -> Said:
    """A Slovene from around Trieste reading the codice fiscale, its letters as they are and its digits in
    Slovenian ("nič", "ena", ...)."""
    v = cf_value(fake, rng)
    parts = [" ".join(p) if p.isalpha() else digit_by_digit(p, "sl") for p in re.findall(r"[A-Z]+|\d+", v)]
    u = Said().say(rng.choice(["Moja davčna številka, codice fiscale, je ", "Ja, codice fiscale: ", "Torej, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "sl").say(rng.choice([".", ", hvala.", ""]))


def cf_json_signup(fake: Faker, rng: random.Random) -> Said:
    """A sign-up form's data as JSON: the codice fiscale and the mobile labelled; the customer code and the
    privacy flags not."""
    female = rng.random() < 0.5
    first = fake["it_IT"].first_name_female() if female else fake["it_IT"].first_name_male()
    last = fake["it_IT"].last_name()
    born = dob_value(rng)
    head = _cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}{CF_MONTHS[born.month - 1]}" \
        f"{born.day + (40 if female else 0):02d}{rng.choice(CF_PLACES)}"
    v = checked("IT_FISCAL_CODE", head + cf_letter(head))
    code, _, nsn = phone_value("IT", rng)
    while nsn[0] != "3":
        code, _, nsn = phone_value("IT", rng)
    phone_text, phone_val = rng.choice([(f"+{code} {nsn}", code + nsn), (nsn, nsn), (f"+{code}{nsn}", code + nsn)])
    fields = [("codice_cliente", f'"C{_digits(rng, 7)}"'), ("nome", f'"{first}"'), ("cognome", f'"{last}"'),
              ("codice_fiscale", ("IT_FISCAL_CODE", rng.choice([v, v.lower()]), v, True)),
              ("cellulare", ("PHONE_NUMBER", phone_text, phone_val, True)),
              ("privacy", [("marketing", rng.choice(["true", "false"])), ("profilazione", "false")])]
    u = Said().say(rng.choice(["Attivazione bloccata, dati del modulo:\n", "form inviato:\n", ""]))
    return json_fields(u, fields, rng.random() < 0.6)


def bsn_ivr_keyed(fake: Faker, rng: random.Random) -> Said:
    """A Dutch IVR's log: the caller keys the BSN followed by the hash key; a menu choice keyed before it not
    labelled."""
    v = bsn_value(rng)
    ivr, dtmf = rng.choice(IVR), rng.choice(DTMF)
    u = Said()
    if rng.random() < 0.5:
        u.say(ivr + "Voor vragen over uw toeslag, toets 1. Voor uw aanslag, toets 2.").turn()
        u.say(dtmf + str(rng.randint(1, 2))).turn()
    u.say(ivr + "Toets uw burgerservicenummer in, gevolgd door een hekje.").turn().say(dtmf)
    u.entity("NL_BSN", rng.choice([" ".join(v), v]), v).say(rng.choice([" #", "#", ""])).turn()
    return u.say(ivr + "Een ogenblik geduld, u wordt doorverbonden.")


def bsn_turkish_worker(fake: Faker, rng: random.Random) -> Said:
    """A Turkish Dutchman reading the BSN in Turkish, in threes digit by digit or as hundreds."""
    v = bsn_value(rng)
    gs = cut(v, [3, 3, 3])
    text = ", ".join(hundreds(int(g), "tr") if g[0] != "0" and rng.random() < 0.5 else digit_by_digit(g, "tr")
                     for g in gs)
    u = Said().say(rng.choice(["BSN numaram ", "Mijn BSN, yani BSN, ", "Evet, "]))
    return u.entity("NL_BSN", text, v, "tr").say(rng.choice([".", ", teşekkürler.", ""]))


def bsn_letter_header_paste(fake: Faker, rng: random.Random) -> Said:
    """A tax letter's header pasted into a chat, the BSN as the letters print it ("1234.56.782") or plain; the
    letter's date, reference and year not labelled."""
    v = bsn_value(rng)
    text = rng.choice([f"{v[:4]}.{v[4:6]}.{v[6:]}", v])
    u = Said().say(rng.choice(["Dit staat bovenaan de brief:\n", "zie brief hieronder\n", ""]))
    u.say(f"{fake['nl_NL'].name()}\nBurgerservicenummer: ").entity("NL_BSN", text, v)
    return u.say(f"\nDatum: {rng.randint(1, 28)} {rng.choice(['oktober', 'november', 'december'])} 2026\nKenmerk: "
                 f"2026-{_digits(rng, 5)}-{rng.choice(['IB', 'ZVW', 'TS'])}\nOnderwerp: Voorlopige aanslag "
                 "inkomstenbelasting 2027")


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def _rf_references(fake: Faker, rng: random.Random) -> list[str]:
    body = _digits(rng, rng.randint(8, 14))
    rf = f"RF{98 - _iban_number(body + 'RF00') % 97:02d}{body}"
    ten = _digits(rng, 10)
    be = f"{ten}{int(ten) % 97 or 97:02d}"
    fi = _digits(rng, rng.randint(6, 9))
    fi += str(-sum(int(c) * w for c, w in zip(reversed(fi), [7, 3, 1] * 4, strict=False)) % 10)
    return [rng.choice([f"Reference: {' '.join(cut(rf, [4] * 10))}\nAmount: {rng.randint(20, 900)}."
                        f"{rng.randint(10, 99)} EUR\nDue: {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2027",
                        f"Mededeling: +++{be[:3]}/{be[3:7]}/{be[7:]}+++ — bedrag {rng.randint(20, 900)},"
                        f"{rng.randint(10, 99)} EUR",
                        f"Communication structurée : +++{be[:3]}/{be[3:7]}/{be[7:]}+++",
                        f"Viitenumero {' '.join(cut(fi[::-1], [5] * 3))[::-1]}, eräpäivä {rng.randint(1, 28)}."
                        f"{rng.randint(1, 12)}.2027", f"Please quote {rf} when paying."])]


def _meeting_invites(fake: Faker, rng: random.Random) -> list[str]:
    h = rng.randint(8, 16)
    return [rng.choice([f"Join Zoom Meeting\nhttps://us02web.zoom.us/j/{_digits(rng, 11)}\nMeeting ID: "
                        f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}\nPasscode: {_digits(rng, 6)}",
                        f"Microsoft Teams meeting\nMeeting ID: {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)} "
                        f"{_digits(rng, 3)}\nPasscode: {rng.choice(['Xk3pQ2', 'b7Rt9w', 'Hq4zL8'])}",
                        f"Webex meeting {h}:00 – {h + 1}:00 (UTC+01:00)\nMeeting number (access code): "
                        f"{_digits(rng, 4)} {_digits(rng, 3)} {_digits(rng, 4)}\nMeeting password: "
                        f"{rng.choice(['aBc123', 'Mx7Pq2'])}",
                        f"Conference ID: {_digits(rng, 9)}#  —  {rng.choice(['Tue', 'Wed'])} {rng.randint(1, 28)} Jan "
                        f"2027, {h}:30–{h + 1}:00"])]


def _locale_thousands_amounts(fake: Faker, rng: random.Random) -> list[str]:
    big, mid = rng.randint(100, 999), rng.randint(100, 999)
    return [rng.choice([f"Der Kredit beträgt {rng.randint(100, 450)}.000 Euro, die Rate {rng.randint(1, 3)}.{mid},"
                        f"{rng.randint(10, 99)} Euro im Monat.",
                        f"Le prêt est de {rng.randint(100, 450)}\u202f000 €, mensualité {rng.randint(1, 3)}\u202f{mid},"
                        f"{rng.randint(10, 99)} €.",
                        f"Der Bonus liegt bei CHF {rng.randint(10, 99)}'{mid}.–, ausbezahlt im März.",
                        f"I've got {rng.randint(10, 99)},{mid} air miles and {rng.randint(1, 4)},{big},{mid} points.",
                        f"W tym roku przejechałem {rng.randint(10, 60)} {mid} km.",
                        f"Het huis is verkocht voor {rng.randint(1, 2)}.{big}.000 euro.",
                        f"The mortgage is {rng.randint(150, 600)},{mid} and the house was {rng.randint(200, 900)},"
                        "000."])]


def _parcel_tracking(fake: Faker, rng: random.Random) -> list[str]:
    up = "".join(rng.choice(string.ascii_uppercase) for _ in range(2))
    return [rng.choice([f"[SMS] UPS: Your parcel 1Z{_digits(rng, 3)}{up}{_digits(rng, 11)} is out for delivery.",
                        f"Tracking: {up}{_digits(rng, 9)}GB (Royal Mail Tracked 24)",
                        f"USPS tracking {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} "
                        f"{_digits(rng, 4)} {_digits(rng, 2)}",
                        f"PostNL: 3S{up}{_digits(rng, 9)} wordt vandaag tussen {rng.randint(9, 14)}:00 en "
                        f"{rng.randint(15, 18)}:00 bezorgd.",
                        f"DPD Paketnummer {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                        f"FedEx {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}, delivered {rng.randint(1, 12)}/"
                        f"{rng.randint(1, 28)}"])]


def _azure_json_non_values(fake: Faker, rng: random.Random) -> list[str]:
    n, t, order = rng.randint(2, 8), rng.randint(6, 9), _digits(rng, 6)
    said, shown = rng.choice([
        (f"i'd like to book a table for {number(n)} at {number(t)} thirty on friday",
         f"I'd like to book a table for {n} at {t}:30 on Friday."),
        (f"my order number is {digit_by_digit(order)}", f"My order number is {order}."),
        (f"the parcel weighs {number(n + 10)} kilos and cost {number(t * 5)} ninety nine",
         f"The parcel weighs {n + 10} kg and cost {t * 5}.99."),
        (f"i've been waiting {number(n * 5)} minutes since {number(t)} fifteen",
         f"I've been waiting {n * 5} minutes since {t}:15.")])
    return azure_result(Said(), rng, [("Lexical", [lexical(said)]), ("Display", [shown])]).segments


def _checksum_ids(fake: Faker, rng: random.Random) -> list[str]:
    isbn = "978" + _digits(rng, 9)
    isbn += str(-sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(isbn)) % 10)
    imei = "35" + _digits(rng, 12)
    imei += luhn_digit(imei)
    ean = rng.choice(["4", "5", "8"]) + _digits(rng, 11)
    ean += str(-sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(ean)) % 10)
    return [rng.choice([f"The book arrived damaged, ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}.",
                        f"IMEI: {imei[:2]} {imei[2:8]} {imei[8:14]} {imei[14]} — the phone is blocked since Monday.",
                        f"My IMEI is {imei}, can you unlock it?", f"EAN {ean}, Charge {_digits(rng, 5)}, "
                                                                   f"haltbar bis {rng.randint(1, 12):02d}/2027."])]


def _ivr_keyed_non_values(fake: Faker, rng: random.Random) -> list[str]:
    ivr, dtmf = rng.choice(IVR), rng.choice(DTMF)
    prompt, keys = rng.choice([("Please enter your 8-digit order number, followed by the hash key.", _digits(rng, 8)),
                               ("Please key in your meter reading.", "0" + _digits(rng, 4)),
                               ("How many people are in your party?", str(rng.randint(2, 9))),
                               ("Enter the last four digits of the card you paid with.", _digits(rng, 4)),
                               ("Please enter your six-digit policy number.", _digits(rng, 6))])
    return [ivr + prompt, dtmf + " ".join(keys) + " #", ivr + "Thank you."]


def _json_records_no_pii(fake: Faker, rng: random.Random) -> list[str]:
    fields = [("ticket_id", rng.randint(10000, 99999)), ("created_at", f'"{iso_stamp(rng)}"'),
              ("status", f'"{rng.choice(["open", "pending", "solved"])}"'), ("priority", rng.randint(1, 4)),
              ("sla_due", f'"2026-12-{rng.randint(10, 28)}"'),
              ("order", [("id", f'"A-{_digits(rng, 5)}-{_digits(rng, 2)}"'), ("total", f"{rng.randint(10, 400)}.99"),
                         ("items", rng.randint(1, 6))]),
              ("callback_window", f'"{rng.randint(9, 15)}:00-{rng.randint(16, 18)}:00"')]
    return json_fields(Said(), fields, rng.random() < 0.5).segments


def _spaced_postcodes_plates(fake: Faker, rng: random.Random) -> list[str]:
    up = string.ascii_uppercase
    uk = f"{rng.choice(['SW', 'EC', 'M', 'B', 'LS'])}{rng.randint(1, 19)}{rng.choice(['', 'A'])} {rng.randint(1, 9)}" \
         f"{rng.choice(up)}{rng.choice(up)}"
    plate = f"{rng.choice(up)}{rng.choice(up)}{_digits(rng, 2)} {''.join(rng.choice(up) for _ in range(3))}"
    eir = f"D{rng.randint(1, 24):02d} {rng.choice(up)}{_digits(rng, 3)}"
    nl = f"{rng.randint(1000, 9999)} {rng.choice(up)}{rng.choice(up)}"
    value, what = rng.choice([(uk, "postcode"), (plate, "registration"), (eir, "eircode"), (nl, "postcode")])
    return ["spk_0: " + rng.choice([f"and whats the {what}", f"can you confirm the {what}"]),
            "spk_1: " + rng.choice(["its ", "", "yeah "]) + " ".join(value.replace(" ", ""))]


def _mended_quantities(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.sample(range(12, 60), 2)
    h = rng.randint(8, 11)
    return [rng.choice([f"We need {number(a)} — no, sorry, {number(b)} chairs for the hall.",
                        f"Die Lieferung kommt am Dienstag — nein, Mittwoch — zwischen {number(h, 'de')} und zwölf.",
                        f"La cita es a las {number(h, 'es')} — perdón, a las {number(h + 1, 'es')} y media.",
                        f"Het kost {number(a, 'nl')} — nee wacht, {number(b, 'nl')} euro per maand.",
                        f"Room four one two — no, four two one, on the {en_ordinal(rng.randint(2, 9))} floor.",
                        f"I've been with you for {number(a % 20 + 2)} — no, {number(a % 20 + 4)} years."])]


def _sms_business_templates(fake: Faker, rng: random.Random) -> list[str]:
    brand = rng.choice(["ClearNet", "Northwind Energy", "Harbour Dental", "Bella Pizza", "CityCabs"])
    h = rng.randint(9, 16)
    return [rng.choice([f"[SMS] Your {brand} verification code is {_digits(rng, 6)}. It expires in 10 minutes.",
                        f"[SMS] Reminder: your appointment at {brand} is on {rng.randint(1, 28):02d}/"
                        f"{rng.randint(1, 12):02d}/2027 at {h}:{rng.choice(['00', '20', '40'])}. Reply C to cancel.",
                        f"[SMS] {brand}: order #{_digits(rng, 6)} arrives today between {h}:00-{h + 2}:00.",
                        f"[SMS] Table for {rng.randint(2, 8)} at {brand} on Sat {rng.randint(1, 28)} Dec at 19:30 is "
                        f"confirmed. Ref {_digits(rng, 4)}-{_digits(rng, 2)}.",
                        f"[SMS] {brand}: your bill of £{rng.randint(20, 200)}.{rng.randint(10, 99)} will be collected "
                        f"on or after {rng.randint(1, 28)}/{rng.randint(1, 12)}. Text STOP to {_digits(rng, 5)} to opt "
                        "out."])]


NEW_LANGUAGE_TALK = {
    "hr": "Košta {a} eura, dostava za {d} dana.", "tr": "Toplam {a} lira, kargo {d} gün sürer.",
    "bg": "Struva {a} leva, dostavkata e do {d} dni.", "sq": "Kushton {a} euro, dërgesa brenda {d} ditëve.",
    "sl": "Stane {a} evrov, dostava v {d} dneh.", "cy": "Mae'n costio {a} punt, a bydd yn cyrraedd mewn {d} diwrnod.",
    "lt": "Kainuoja {a} eurų, pristatymas per {d} dienas.", "lv": "Tas maksā {a} eiro, piegāde {d} dienu laikā.",
    "et": "See maksab {a} eurot, tarne {d} päeva jooksul.",
}


def _new_language_talk(fake: Faker, rng: random.Random) -> list[str]:
    lang = rng.choice(sorted(NEW_LANGUAGE_TALK))
    return [NEW_LANGUAGE_TALK[lang].format(a=number(rng.randint(21, 99), lang), d=UNITS[lang][rng.randint(2, 5)])
            + rng.choice(["", f" ({rng.randint(21, 99)},{rng.randint(10, 99)})", f" {rng.randint(9, 17)}:30"])]


FAMILIES = {
    "card/v23-locale-thousands": card_locale_thousands, "card/v23-hyphenated-digits": card_hyphenated_digits,
    "card/v23-english-thousands": card_english_thousands,
    "card/v23-azure-display-lexical": card_azure_display_lexical, "card/v23-em-dash-mended": card_em_dash_mended,
    "card/v23-json-payload": card_json_payload, "card/v23-code-sms-reply": card_code_sms_reply,
    "card/v23-welsh-words": card_welsh_words, "card/v23-croatian-words": card_croatian_words,
    "card/v23-turkish-words": card_turkish_words, "card/v23-csv-export-row": card_csv_export_row,
    "card/v23-expiry-new-languages": card_expiry_new_languages, "card/v23-caption-rollup": card_caption_rollup,
    "phone/v23-hyphenated-digits": phone_hyphenated_digits,
    "phone/v23-azure-display-lexical": phone_azure_display_lexical, "phone/v23-welsh-words": phone_welsh_words,
    "phone/v23-turkish-hundreds": phone_turkish_hundreds, "phone/v23-bulgarian-latin": phone_bulgarian_latin,
    "phone/v23-croatian-words": phone_croatian_words, "phone/v23-voicemail-timestamps": phone_voicemail_timestamps,
    "phone/v23-csv-contact-row": phone_csv_contact_row, "phone/v23-sms-callback-template": phone_sms_callback_template,
    "phone/v23-dutch-nee-wacht": phone_dutch_nee_wacht, "phone/v23-baltic-balkan-typed": phone_baltic_balkan_typed,
    "phone/v23-caption-rollup": phone_caption_rollup,
    "email/v23-azure-display-lexical": email_azure_display_lexical,
    "email/v23-spelled-hyphen-letters": email_spelled_hyphen_letters,
    "email/v23-new-language-words": email_new_language_words,
    "email/v23-sms-changed-template": email_sms_changed_template,
    "email/v23-json-ticket-requester": email_json_ticket_requester, "email/v23-calendar-invite": email_calendar_invite,
    "email/v23-quote-header-address": email_quote_header_address,
    "iban/v23-hard-wrapped-quote": iban_hard_wrapped_quote, "iban/v23-croatian-said": iban_croatian_said,
    "iban/v23-turkish-said": iban_turkish_said, "iban/v23-new-countries-typed": iban_new_countries_typed,
    "iban/v23-azure-display-lexical": iban_azure_display_lexical, "iban/v23-json-refund-form": iban_json_refund_form,
    "iban/v23-welsh-digits": iban_welsh_digits, "iban/v23-caption-rollup": iban_caption_rollup,
    "iban/v23-spanish-perdon-mended": iban_spanish_perdon_mended,
    "birth/v23-json-crm": birth_json_crm, "birth/v23-azure-display-lexical": birth_azure_display_lexical,
    "birth/v23-dtmf-keyed": birth_dtmf_keyed, "birth/v23-turkish-words": birth_turkish_words,
    "birth/v23-baltic-typed": birth_baltic_typed, "birth/v23-semicolon-csv": birth_semicolon_csv,
    "birth/v23-sms-verify-reply": birth_sms_verify_reply, "birth/v23-balkan-dotted-year": birth_balkan_dotted_year,
    "birth/v23-month-mended": birth_month_mended,
    "ssn/v23-hyphenated-digits": ssn_hyphenated_digits, "ssn/v23-azure-display-lexical": ssn_azure_display_lexical,
    "ssn/v23-json-intake": ssn_json_intake, "ssn/v23-english-thousands": ssn_english_thousands,
    "bank/v23-whisper-commas-account": bank_whisper_commas_account,
    "bank/v23-azure-display-lexical": bank_azure_display_lexical, "bank/v23-json-ach-payload": bank_json_ach_payload,
    "nino/v23-hyphenated": nino_hyphenated, "nino/v23-welsh-digits": nino_welsh_digits,
    "nino/v23-csv-payroll-row": nino_csv_payroll_row,
    "dni/v23-json-kyc": dni_json_kyc, "dni/v23-hyphenated": dni_hyphenated,
    "nie/v23-bulgarian-resident": nie_bulgarian_resident, "nie/v23-sms-cita-previa": nie_sms_cita_previa,
    "nir/v23-azure-display-lexical": nir_azure_display_lexical, "nir/v23-turkish-worker": nir_turkish_worker,
    "fiscal_code/v23-albanian-in-italy": cf_albanian_in_italy, "fiscal_code/v23-slovene-trieste": cf_slovene_trieste,
    "fiscal_code/v23-json-signup": cf_json_signup,
    "bsn/v23-ivr-keyed": bsn_ivr_keyed, "bsn/v23-turkish-worker": bsn_turkish_worker,
    "bsn/v23-letter-header-paste": bsn_letter_header_paste,
}

NEGATIVE_FAMILIES = {
    "negative/v23-rf-references": _rf_references, "negative/v23-meeting-invites": _meeting_invites,
    "negative/v23-locale-thousands-amounts": _locale_thousands_amounts,
    "negative/v23-parcel-tracking": _parcel_tracking,
    "negative/v23-azure-json-non-values": _azure_json_non_values, "negative/v23-checksum-ids": _checksum_ids,
    "negative/v23-ivr-keyed-non-values": _ivr_keyed_non_values,
    "negative/v23-json-records-no-pii": _json_records_no_pii,
    "negative/v23-spaced-postcodes-plates": _spaced_postcodes_plates,
    "negative/v23-mended-quantities": _mended_quantities,
    "negative/v23-sms-business-templates": _sms_business_templates,
    "negative/v23-new-language-talk": _new_language_talk,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v23-locale-thousands", "card/v23-hyphenated-digits", "card/v23-json-payload", "card/v23-code-sms-reply",
         "card/v23-csv-export-row", "phone/v23-hyphenated-digits", "phone/v23-csv-contact-row",
         "phone/v23-sms-callback-template", "phone/v23-baltic-balkan-typed", "email/v23-sms-changed-template",
         "email/v23-json-ticket-requester", "email/v23-calendar-invite", "email/v23-quote-header-address",
         "iban/v23-hard-wrapped-quote", "iban/v23-new-countries-typed", "iban/v23-json-refund-form",
         "birth/v23-json-crm", "birth/v23-dtmf-keyed", "birth/v23-baltic-typed", "birth/v23-semicolon-csv",
         "birth/v23-sms-verify-reply", "birth/v23-balkan-dotted-year", "ssn/v23-hyphenated-digits",
         "ssn/v23-json-intake", "bank/v23-whisper-commas-account", "bank/v23-json-ach-payload", "nino/v23-hyphenated",
         "nino/v23-csv-payroll-row", "dni/v23-json-kyc", "dni/v23-hyphenated", "nie/v23-sms-cita-previa",
         "fiscal_code/v23-json-signup", "bsn/v23-ivr-keyed", "bsn/v23-letter-header-paste"]
MIXED = ["card/v23-english-thousands", "card/v23-azure-display-lexical", "phone/v23-azure-display-lexical",
         "phone/v23-voicemail-timestamps", "email/v23-azure-display-lexical", "email/v23-spelled-hyphen-letters",
         "iban/v23-azure-display-lexical", "birth/v23-azure-display-lexical", "ssn/v23-azure-display-lexical",
         "bank/v23-azure-display-lexical", "nir/v23-azure-display-lexical", "nino/v23-welsh-digits",
         "nie/v23-bulgarian-resident", "fiscal_code/v23-albanian-in-italy", "fiscal_code/v23-slovene-trieste"]
SPOKEN = [name for name in FAMILIES if name not in TYPED and name not in MIXED]
NEGATIVE_TYPED = ["negative/v23-rf-references", "negative/v23-meeting-invites", "negative/v23-parcel-tracking",
                  "negative/v23-checksum-ids", "negative/v23-ivr-keyed-non-values", "negative/v23-json-records-no-pii",
                  "negative/v23-sms-business-templates"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(MIXED) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

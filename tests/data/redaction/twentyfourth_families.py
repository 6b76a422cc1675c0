"""The twenty-fourth batch of template families (December 2026): written blind, by someone who had not seen the
recognizers, their tests' results or any evaluation of them; the earlier batches were read only for their format (the
twenty-third's module: its validators, `Said` and `reads`, copied here), their labelling conventions and (by their
families' names and the twenty-third's docstring) to avoid their phrasings. Weighted, as the batches before it, to
everyday contact-centre calls, chats, texts, emails and voicemails and what speech engines and back-office systems write
of them, in English (American, British, Scottish, Irish, Australian, South African, Indian, Singaporean, Nigerian) and
other languages (German, Dutch, Spanish with Mexican and US Hispanic callers, French with Belgians and Swiss, Italian,
Portuguese with Brazilians, Polish, Swedish, Danish, Norwegian, Finnish), with Icelandic, Maltese, Luxembourgish,
Catalan, Galician, Basque, Irish, Ukrainian (as Ukrainians type it in Latin letters) and Serbian (in Latin letters) new.
New here: engines' results as their APIs return them, the transcript and the words array both: AWS Transcribe's job
output (each word an item, the punctuation an item of its own) for cards, Google Speech-to-Text's (the punctuation on
the word) for phones, Deepgram's (each word twice, "word" in lower case and "punctuated_word") for dates of birth,
AssemblyAI's (words with a speaker) for SSNs, Whisper's verbose JSON (the whole text and its segments, an address cut
between two) for addresses; subtitles cutting a value across cues: SRT for a phone number, WebVTT with its speaker tags
for an IBAN; a diarized export ("spk_0:", lower case, no punctuation) with the agent's "mhm" inside a phone number, and
a direct deposit read and read back; WhatsApp's exported chats (iOS and Android timestamps) with a card and an IBAN
sent as two messages; OCR of scanned forms with their character boxes ("|4|5|3|2|", "[0][4] / [2][9]", "| 1 | 2 |")
for cards, dates of birth, SSNs (a W-9) and NINOs (a starter checklist), and as printed for NIRs (an attestation de
droits) and codici fiscali (a tessera sanitaria, the date of birth on it too), the forms' words misread around them; a
cheque's MICR line in its own symbols ("⑆021000021⑆") or as an OCR without them reads it ("A021000021A"); log lines as
key=value, logfmt and a Java logger's message for cards, dates of birth and BSNs; XML: a payment gateway's SOAP
request, a SEPA pain.001, a benefits enrollment, a Facturae and a FatturaPA; YAML: a customer fixture, a payroll's
direct deposit, a municipality's test data; URLs with the value percent-encoded ("%2B447700900123",
"jane.doe%40gmail.com", an address encoded twice, "%2540", in a redirect, "12%2F03%2F1984"); a pay-by-phone IVR's
webhooks ("Digits=4532...") and a contact flow's stored input; email signatures (the mobile, the direct line with an
extension, the address); a work number with its extension; a sole trader's vanity number ("1-888-ROOFING") given with
its digits; an older British caller's "nought", "double" and "treble"; slips taken back by starting again ("scratch
that", "Moment, nochmal", "od nowa", "nee, ik begin opnieuw"); NATO spellings ("Juliet Charlie", "J for Juliet",
"niner") for NINOs and IBANs; dates of birth in many orders (the year first, "the twelfth of the third", "Mar 12 '84",
"12-Mar-1984", "1984/03/12") and beside an age. Callers: cards read in Icelandic, Ukrainian and Serbian, in
Luxembourgish switching to German and French, in Spanish and English by turns, in Danish, Norwegian, Swedish and
Finnish pairs, and by English speakers of six countries with "double" and "triple"; expiries in Icelandic, Maltese,
Luxembourgish, Catalan, Galician, Ukrainian, Serbian and Basque; phones in Irish ("a náid, a hocht"), in Maltese
switching to English, in Catalan and Galician (hundreds and pairs), in Basque, in Ukrainian (hundreds, or typed
"067-123-45-67"), typed from Singapore, Nigeria, South Africa and India; addresses said in Catalan ("arrova", "punt"),
Galician, Basque ("a bildua", "puntu"), Icelandic ("att", "punktur"), Ukrainian ("sobachka", "krapka") and Serbian;
IBANs of Iceland (the holder's kennitala in it), Malta, Serbia, Ukraine and Luxembourg, said or on invoices; dates of
birth said in Catalan and Galician, typed in Icelandic, Serbian, Ukrainian, Maltese and Luxembourgish; DNIs in Catalan,
Galician and Basque; a NIE, a codice fiscale and a BSN read in Ukrainian; a NIR with "septante" and "huitante".
Look-alikes: engines' JSON and subtitles with order numbers, times and amounts, logs with masked cards and trace ids,
URLs with tracking parameters, an order's XML with a GTIN, vanity numbers and short codes alone, OCR'd claim forms,
VINs, ISINs, LEIs and container numbers with valid check digits, prices in the new languages, extensions, rooms and
gates, dates that are not of birth, and values already redacted ("[PII]", "****-****-****-1234").

Labelling follows the twenty-third's (the twenty-second's, the twenty-first's, the twentieth's, and the fifteenth's for
dates of birth and US account numbers, labelled wherever they are said): a label covers what is said of the value, with
fillers, joiners, hesitations and a slip taken back inside the run (its wrong part and the words taking it back named,
`drop=`, for the reading); naming words and marks outside (the outer marks of a form's boxes, a JSON field's, an XML
element's and a YAML value's quotes, a Basque's "da" after the value, the dot after a Serbian year, "r." after a
Ukrainian's, the particles after it: "lah", "abeg", "only", "o"); one label per segment piece (a value given in parts:
sent as two messages, cut by subtitle cues, by the agent's turn or by Whisper's segments, word by word in an engine's
words array, is labelled part by part and read back whole with `Said.joint`, or, where each word's two copies sit side
by side, Deepgram's "word" and "punctuated_word", with `Said.joint_at`); each copy of a value in an engine's result
labelled as it is written; a card's last four or a masked card, a one-time code, an amount, a time, an age, an
extension, a vanity number's letters (a word, not the number as dialled), an order's, a ticket's, a request's, a
trace's, a subscriber's, a policy's, a claim's and a tessera's numbers, a cheque's number, a company's tax number (a
CIF, a partita IVA), a VAT number, a BIC, a tax code, a document's expiry and the dates a record was made or changed
are not labelled. A card's security code is labelled CARD_SECURITY_CODE and its expiry CARD_EXPIRY; entity types as the
twenty-third's (CREDIT_CARD, CARD_EXPIRY, CARD_SECURITY_CODE, PHONE_NUMBER, EMAIL_ADDRESS, IBAN_CODE, US_SSN,
ABA_ROUTING_NUMBER, US_BANK_NUMBER, DATE_OF_BIRTH, UK_NINO, ES_NIF, ES_NIE, FR_NIR, IT_FISCAL_CODE, NL_BSN). Every value
is valid where a validator exists (the twenty-third's, copied, and extended to Icelandic IBANs with the holder's
kennitala and its check digit, Maltese ones, Serbian ones with the account's mod-97 pair and Ukrainian ones, and to
Icelandic, Maltese, Luxembourg, Serbian, Ukrainian, Singapore and Nigerian mobiles and Irish landlines: Luhn, mod-97
with each country's IBAN length and the national checks, SSN ranges, NIF and NIE letters, NINO prefixes,
`phonenumbers`, the NIR's key, the codice fiscale's check letter, the BSN's eleven test, the ABA checksum), checked as
it is drawn and again when the label is. Each label is checked as it is made (`Said.verify`): its characters are
exactly the text the family meant, with no space or punctuation at its ends; the label, read by this module's own
`reads` in its language (the twenty-third's, extended here to Icelandic (digits in the neuter as they are counted, the
masculine and feminine too, years: "nítján hundruð áttatíu og fjögur"), Maltese, Luxembourgish, Catalan ("vint-i-u",
its one-letter "u" read as a number, hundreds "sis-cents", years), Galician (hundreds, years), Basque (its tens by
twenties: "hogeita bat"), Irish ("a haon", "fiche a haon"), Ukrainian and Serbian in Latin letters (hundreds), with
their months; to a value in a URL read with its percent-encoding undone; and to "niner" and "fife"), gives back the
value, and an address's label, read by `email_reads` (here with the new languages' words for the sign, the dot, the
underscore and the hyphen, and an address in a URL decoded, twice if it was encoded twice), gives back the address.
Faker's Maltese, Luxembourgish and Serbian names are English ones and its Ukrainian ones Cyrillic: their names, and
Galicians' and Basques', are listed here.

The whole batch is held out (`held_out`). Each family is a function (Faker, Random) -> Said; a look-alike family's a
function (Faker, Random) -> list of segments. Family names carry "v24-"."""

# ruff: noqa: RUF001
import random
import re
import string
import unicodedata
from datetime import date, timedelta
from itertools import pairwise
from urllib.parse import unquote

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
                "HU": 28, "SK": 24, "LT": 20, "LV": 21, "HR": 21, "SI": 19, "EE": 20, "BG": 22, "TR": 26,
                "IS": 26, "MT": 31, "RS": 22, "UA": 29}


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
    if country == "IS":  # the bank, the ledger, the account and the holder's kennitala (its own check digit in it)
        return rng.choice(["0101", "0111", "0133", "0301", "0515", "0537"]) + rng.choice(["26", "26", "05"]) + d(6) + \
            kennitala(rng)
    if country == "MT":  # the bank's BIC letters, the sort code and the account, zeros in front
        return rng.choice(["VALL", "MALT", "APSB", "BOVM"]) + rng.choice(["22013", "01100", "08001", "09001"]) + \
            "0000000" + d(11)
    if country == "RS":  # the bank, the account, and their mod-97 pair
        sixteen = rng.choice(["160", "170", "205", "265", "325", "340", "355"]) + d(13)
        return sixteen + f"{98 - int(sixteen) * 100 % 97:02d}"
    if country == "UA":  # the bank's MFO code and the account, zeros in front
        return rng.choice(["305299", "300465", "322001", "380805", "300335", "351005"]) + "00000" + \
            rng.choice(["2620", "2625", "2600"]) + d(10)
    raise AssertionError(country)


def kennitala(rng: random.Random) -> str:
    """An Icelandic kennitala: the birth date, two digits, the check digit (weights 3 2 7 6 5 4 3 2, modulo 11) and
    the century."""
    while True:
        born = dob_value(rng)
        eight = f"{born.day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(20, 99)}"
        r = 11 - sum(int(c) * w for c, w in zip(eight, [3, 2, 7, 6, 5, 4, 3, 2], strict=True)) % 11
        if r != 10:
            return eight + str(r % 11) + ("9" if born.year < 2000 else "0")


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
    "IS": ("354", "", ["6", "7", "8"], 6), "MT": ("356", "", ["79", "99", "77"], 6),
    "LU": ("352", "", ["621", "661", "691", "671"], 6), "RS": ("381", "0", ["60", "61", "62", "63", "64", "65"], 7),
    "UA": ("380", "0", ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98", "99"], 7),
    "SG": ("65", "", ["8", "9"], 7),
    "NG": ("234", "0", ["803", "806", "813", "816", "703", "706", "810", "802", "808", "812", "701", "708", "902",
                        "907", "901", "809", "817", "818", "909"], 7),
    "IE_FIXED": ("353", "0", ["1", "21"], 7),
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
    text = text.replace("þ", "th").replace("Þ", "Th").replace("ð", "d").replace("Ð", "D").replace("ħ", "h")
    text = text.replace("Ħ", "H")
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
V24_LANGS = {  # this batch's: Icelandic (the neuter, as digits are counted), Maltese, Luxembourgish, Catalan, Galician,
    # Basque (its tens by twenties, made in `number`), Irish (as counted: "a haon", "a dó"), Ukrainian (as Ukrainians
    # type it in Latin letters), Serbian (in Latin letters): (units, teens, tens)
    "is": ("núll eitt tvö þrjú fjögur fimm sex sjö átta níu",
           "tíu|ellefu|tólf|þrettán|fjórtán|fimmtán|sextán|sautján|átján|nítján",
           "tuttugu|þrjátíu|fjörutíu|fimmtíu|sextíu|sjötíu|áttatíu|níutíu"),
    "mt": ("żero wieħed tnejn tlieta erbgħa ħamsa sitta sebgħa tmienja disgħa",
           "għaxra|ħdax|tnax|tlettax|erbatax|ħmistax|sittax|sbatax|tmintax|dsatax",
           "għoxrin|tletin|erbgħin|ħamsin|sittin|sebgħin|tmenin|disgħin"),
    "lb": ("null eent zwee dräi véier fënnef sechs siwen aacht néng",
           "zéng|eelef|zwielef|dräizéng|véierzéng|fofzéng|siechzéng|siwwenzéng|uechtzéng|nonzéng",
           "zwanzeg|drësseg|véierzeg|fofzeg|sechzeg|siwwenzeg|achtzeg|nonzeg"),
    "ca": ("zero u dos tres quatre cinc sis set vuit nou",
           "deu|onze|dotze|tretze|catorze|quinze|setze|disset|divuit|dinou",
           "vint|trenta|quaranta|cinquanta|seixanta|setanta|vuitanta|noranta"),
    "gl": ("cero un dous tres catro cinco seis sete oito nove",
           "dez|once|doce|trece|catorce|quince|dezaseis|dezasete|dezaoito|dezanove",
           "vinte|trinta|corenta|cincuenta|sesenta|setenta|oitenta|noventa"),
    "eu": ("zero bat bi hiru lau bost sei zazpi zortzi bederatzi",
           "hamar|hamaika|hamabi|hamahiru|hamalau|hamabost|hamasei|hamazazpi|hemezortzi|hemeretzi",
           "hogei|hogeita hamar|berrogei|berrogeita hamar|hirurogei|hirurogeita hamar|laurogei|laurogeita hamar"),
    "ga": ("náid haon dó trí ceathair cúig sé seacht hocht naoi",
           "deich|haon déag|dó dhéag|trí déag|ceathair déag|cúig déag|sé déag|seacht déag|hocht déag|naoi déag",
           "fiche|tríocha|daichead|caoga|seasca|seachtó|ochtó|nócha"),
    "uk": ("nul odyn dva try chotyry pyat shist sim visim devyat",
           "desyat|odynadtsyat|dvanadtsyat|trynadtsyat|chotyrnadtsyat|pyatnadtsyat|shistnadtsyat|simnadtsyat|"
           "visimnadtsyat|devyatnadtsyat",
           "dvadtsyat|trydtsyat|sorok|pyatdesyat|shistdesyat|simdesyat|visimdesyat|devyanosto"),
    "sr": ("nula jedan dva tri četiri pet šest sedam osam devet",
           "deset|jedanaest|dvanaest|trinaest|četrnaest|petnaest|šesnaest|sedamnaest|osamnaest|devetnaest",
           "dvadeset|trideset|četrdeset|pedeset|šezdeset|sedamdeset|osamdeset|devedeset"),
}
for _lang, (_units, _teens, _tens) in [*NEW_LANGS.items(), *V24_LANGS.items()]:
    UNITS[_lang], TEENS[_lang], TENS[_lang] = _units.split(), _teens.split("|"), ["", "", *_tens.split("|")]
EU_TWENTIES = ["", "hogei", "berrogei", "hirurogei", "laurogei"]
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
    if lang == "eu" and n >= 20:  # by twenties: "hogeita bat" (21), "berrogeita hamabost" (55)
        twenty, r = divmod(n, 20)
        return EU_TWENTIES[twenty] + ("" if r == 0 else "ta " + (UNITS["eu"][r] if r < 10 else TEENS["eu"][r - 10]))
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
    if lang == "is":
        return f"{tens} og {unit}"
    if lang == "mt":
        return f"{unit} u {tens}"
    if lang == "lb":
        return ("een" if u == 1 else unit) + "an" + tens
    if lang == "ca":
        return f"{tens}-i-{unit}" if t == 2 else f"{tens}-{unit}"
    if lang == "gl":
        return f"{tens} e {unit}"
    if lang == "ga":
        return f"{tens} a {unit}"
    return f"{tens} {unit}"  # pl, cs, el, cy, hr, tr, lt, lv, et, uk, sr


HUNDREDS = {"es": ["", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos",
                   "setecientos", "ochocientos", "novecientos"],
            "cs": ["", "sto", "dvě stě", "tři sta", "čtyři sta", "pět set", "šest set", "sedm set", "osm set",
                   "devět set"],
            "pl": ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset",
                   "dziewięćset"],
            "it": ["", "cento", "duecento", "trecento", "quattrocento", "cinquecento", "seicento", "settecento",
                   "ottocento", "novecento"],
            "tr": ["", "yüz", "iki yüz", "üç yüz", "dört yüz", "beş yüz", "altı yüz", "yedi yüz", "sekiz yüz",
                   "dokuz yüz"],
            "uk": ["", "sto", "dvisti", "trysta", "chotyrysta", "pyatsot", "shistsot", "simsot", "visimsot",
                   "devyatsot"],
            "sr": ["", "sto", "dvesta", "trista", "četiristo", "petsto", "šeststo", "sedamsto", "osamsto", "devetsto"],
            "ca": ["", "cent", "dos-cents", "tres-cents", "quatre-cents", "cinc-cents", "sis-cents", "set-cents",
                   "vuit-cents", "nou-cents"],
            "gl": ["", "cento", "douscentos", "trescentos", "catrocentos", "cincocentos", "seiscentos", "setecentos",
                   "oitocentos", "novecentos"]}


def hundreds(n: int, lang: str = "en") -> str:
    """100..999: "five hundred and twelve", "quinientos doce", "pět set dvanáct", "cinquecentododici"."""
    h, r = divmod(n, 100)
    if lang == "en":
        return f"{UNITS['en'][h]} hundred" + (f" and {number(r)}" if r else "")
    if lang in ("es", "gl") and n == 100:
        return "cien" if lang == "es" else "cen"
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
    "et": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    "lb": "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
    "eu": "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua",
    "uk": "sichnya lyutoho bereznya kvitnya travnya chervnya lypnya serpnya veresnya zhovtnya lystopada hrudnya",
    "sr": "januar februar mart april maj jun jul avgust septembar oktobar novembar decembar"}
MONTHS = {lang: words.split() for lang, words in MONTHS.items()}
MONTHS["ga"] = ["Eanáir", "Feabhra", "Márta", "Aibreán", "Bealtaine", "Meitheamh", "Iúil", "Lúnasa", "Meán Fómhair",
                "Deireadh Fómhair", "Samhain", "Nollaig"]
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
                "hu": "kétezer", "ca": "dos mil", "gl": "dous mil", "is": "tvö þúsund"}.get(lang, "deux mille")
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
    if lang == "ca":
        return ("mil nou-cents " if hi == 19 else "dos mil ") + number(lo, "ca")
    if lang == "gl":
        return ("mil novecentos " if hi == 19 else "dous mil ") + number(lo, "gl")
    if lang == "is":  # "og" before the last word: "nítján hundruð og tíu", "nítján hundruð áttatíu og fjögur"
        tail = number(lo, "is")
        return ("nítján hundruð" if hi == 19 else "tvö þúsund") + (f" og {tail}" if " og " not in tail else f" {tail}")
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
    "is": "öö og sko hérna plús", "mt": "ehm mela jiġifieri plus ta", "lb": "äh an also plus",
    "ca": "eh doncs i de del d el la l lletra més plus barra", "gl": "eh pois e de do o a letra máis barra",
    "eu": "eh ba eta beno plus letra", "ga": "a ám agus bhuel plus", "uk": "e nu i tak plyus",
    "sr": "ovaj pa dakle eee plus kosa crta",
}
FILLERS = {lang: set(words.split()) for lang, words in FILLERS.items()}
JOINERS = {"en": {"for", "like"}, "de": {"wie"}, "nl": {"van", "voor"}, "es": {"de", "como"}, "fr": {"comme"},
           "it": {"come", "di", "per"}, "pt": {"de"}, "sv": {"som"}, "da": {"som"}, "no": {"som"}, "pl": {"jak"},
           "cs": {"jako"}, "fi": {"kuin"}, "el": {"όπως"}, "hu": {"mint"}, "ro": {"ca"},
           "sk": {"ako"}, "ca": {"de", "com"}, "gl": {"de", "como"}, "uk": {"yak"}, "sr": {"kao"}, "mt": {"bħal"},
           "lb": {"wéi"}}
ONE_LETTER_WORDS = {"ca": {"u"}}  # a number word of one letter, read as one where the caller's language has it
TOKEN = re.compile(r"\d+|[^\W\d_]+")


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(t.lower() for t in TOKEN.findall(text))


V24_ALIASES = {  # the other forms of a number word this batch's callers use
    "is": {("einn",): "1", ("ein",): "1", ("tveir",): "2", ("tvær",): "2", ("þrír",): "3", ("þrjár",): "3",
           ("fjórir",): "4", ("fjórar",): "4"},
    "ca": {("un",): "1", ("una",): "1", ("dues",): "2", ("primer",): "1"},
    "gl": {("unha",): "1", ("dúas",): "2", ("primeiro",): "1"},
    "uk": {("nol",): "0", ("odna",): "1", ("dvi",): "2"}, "sr": {("jedna",): "1", ("dve",): "2"},
    "ga": {("aon",): "1", ("ocht",): "8", ("dhá",): "2"}, "lb": {("een",): "1", ("zwou",): "2"},
    "mt": {("waħda",): "1", ("żewġ",): "2"},
}
IS_GENDERS = {1: ["einn", "ein"], 2: ["tveir", "tvær"], 3: ["þrír", "þrjár"], 4: ["fjórir", "fjórar"]}


def _tables() -> dict[str, dict[tuple[str, ...], str]]:
    out: dict[str, dict[tuple[str, ...], str]] = {}
    for lang in UNITS:
        t: dict[tuple[str, ...], str] = {}
        variants = ["fr", "fr_be", "fr_ch"] if lang == "fr" else [lang]
        for v in variants:
            t |= {_tokens(number(n, v)): str(n) for n in range(100)}
            if lang in ("de", "nl", "sv", "no", "da", "fr", "es", "it", "pt", "el", "ro", "hu", "ca", "gl", "is"):
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
                  ("too",): "2", ("won",): "1", ("ate",): "8", ("tree",): "3", ("niner",): "9", ("fife",): "5"}
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
        t |= V24_ALIASES.get(lang, {})
        if lang == "is":  # the masculine and feminine of one to four, as a date or an age has them
            for n in range(21, 100):
                if 1 <= n % 10 <= 4:
                    for alt in IS_GENDERS[n % 10]:
                        t |= {(*_tokens(TENS["is"][n // 10]), "og", alt): str(n)}
        if lang == "ca":  # "vint-i-un", "trenta-una", "vint-i-dues"
            for n in range(21, 100):
                if n % 10 in (1, 2):
                    for alt in (["un", "una"] if n % 10 == 1 else ["dues"]):
                        t |= {(*_tokens(TENS["ca"][n // 10]), *(["i"] if n < 30 else []), alt): str(n)}
        t |= {_tokens(m): str(i + 1) for i, m in enumerate(MONTHS[lang])}
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
    "van", "som" and the rest), "double" and "triple", and for dates months, ordinals and years; a value in a URL
    with its percent-encoding undone ("%2B44...")."""
    for _ in range(3):  # encoded twice in a redirect's address: "%2540"
        if re.search(r"%[0-9A-Fa-f]{2}", text):
            text = unquote(text)
    lang = "&".join(one.split("_")[0] for one in lang.split("&"))
    table, fillers, joiners = _merged(lang)
    one_letter = set().union(*(ONE_LETTER_WORDS.get(one.rstrip("+"), set()) for one in lang.split("&")))
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
            single = size == 1 and len(token) == 1 and not (low in one_letter and token.islower())
            if key in table and not single and not apart:
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
          "et işareti", "eta", "majmunče", "arrova", "a bildua", "att", "sobachka"],
    ".": ["dot", "full stop", "period", "punkt", "punktum", "punto", "point", "punt", "ponto", "kropka", "piste",
          "tečka", "τελεία", "teleia", "pont", "punct", "bodka", "točka", "pika", "tochka", "nokta", "taškas", "punkts",
          "pikë", "punktur", "puntu", "krapka", "tačka", "ponc"],
    "_": ["underscore", "under score", "tiret du huit", "tiret du 8", "unterstrich", "tiret bas", "tiret du bas",
          "guion bajo", "guión bajo",
          "trattino basso", "understrek", "understreck", "understreg", "alaviiva", "podtržítko", "podkreślnik",
          "sublinhado", "underline", "laag streepje", "liggend streepje", "κάτω παύλα", "alulvonás",
          "linie jos", "podčiarkovník", "donja crta", "podčrtaj", "dolna cherta", "alt çizgi", "apatinis brūkšnys",
          "apakšsvītra", "alakriips", "nënvizë", "guió baix", "guión baixo", "azpimarra", "undirstrik",
          "nyzhnie pidkreslennya"],
    "-": ["dash", "hyphen", "minus", "bindestrich", "tiret", "tiret du six", "tiret du 6", "guion", "guión",
          "trattino", "streepje", "hífen",
          "bindestreck", "bindestreg", "bindestrek", "väliviiva", "pomlčka", "myślnik", "traço", "παύλα", "kötőjel",
          "cratimă", "liniuță", "crtica", "pomišljaj", "tire", "brūkšnelis", "defise", "sidekriips", "vizë", "guió",
          "marratxo", "bandstrik", "defis", "fleiscín"],
}
GLUED_DOTS = {"dotcom", "dotnet", "dotorg", "dotde", "dotnl"}
SYMBOL_OF = {tuple(re.split(r"[\s-]+", w)): sym for sym, ws in EMAIL_SYMBOLS.items() for w in ws}
SYMBOL_LONGEST = max(len(k) for k in SYMBOL_OF)


def email_reads(text: str, lang: str = "en") -> str:
    """An address's label as the address it gives: typed (with an "@") as it is, less spaces; said, with "at",
    "dot", "underscore", "dash" in the caller's language, digit words, letters spelled (and "as in", "wie" a word)
    and the words between as they are; an address in a URL with its percent-encoding undone ("jane%40...")."""
    for _ in range(3):  # encoded twice in a redirect's address: "%2540"
        if re.search(r"%[0-9A-Fa-f]{2}", text):
            text = unquote(text)
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
        self.joints: list[tuple[list[int], str]] = []

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
        self.joints.append((list(range(len(self.entities) - count, len(self.entities))), value))
        return self

    def joint_at(self, labels: list[int], value: str) -> "Said":
        """The labels numbered `labels` (in the order made), read together, give `value`: a value whose parts sit
        among another copy's parts (a words array's "word" and "punctuated_word")."""
        self.joints.append((list(labels), value))
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
        for labels, value in self.joints:
            pieces = [self.meant[k] for k in labels]
            assert len(pieces) > 1 and len({p[0] for p in pieces}) == 1, pieces
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
def hyphened(v: str) -> str:
    return "-".join(v)


def named_address(fake: Faker, locale: str, rng: random.Random, domains: list[str]) -> tuple[str, str]:
    """A name of `locale` and an address made from it (as `local_part` makes one)."""
    first, last = fake[locale].first_name(), fake[locale].last_name()
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower()) or "ana"
    la = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "berg"
    local = rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}.{la}{rng.randint(1, 99)}",
                        f"{la}.{f}"])
    return f"{first} {last}", f"{local}@{rng.choice(domains)}"


def listed_address(first: str, last: str, rng: random.Random, domains: list[str]) -> str:
    """An address made from a name of this batch's own lists."""
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    la = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    return rng.choice([f"{f}.{la}", f"{f}{la}", f"{f[0]}{la}", f"{f}_{la}", f"{f}{rng.randint(70, 99)}"]) + "@" + \
        rng.choice(domains)


def iso_stamp(rng: random.Random) -> str:
    return f"2026-{rng.randint(10, 12)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:{rng.randint(10, 59)}:" \
           f"{rng.randint(10, 59)}Z"


def hex_id(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# Names Faker has not in these languages (its Maltese, Luxembourgish and Serbian names are English ones) ------------
UA_FIRST = ["Olena", "Oksana", "Iryna", "Nataliia", "Tetiana", "Yuliia", "Andrii", "Oleksandr", "Serhii", "Dmytro",
            "Taras", "Mykola", "Viktoriia", "Halyna"]
UA_LAST = ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Koval", "Oliinyk",
           "Lysenko", "Moroz", "Savchenko"]
SR_FIRST = ["Marko", "Nikola", "Stefan", "Milica", "Jelena", "Ana", "Dragana", "Nemanja", "Jovana", "Miloš", "Ivana",
            "Dušan"]
SR_LAST = ["Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Stanković", "Pavlović",
           "Milošević"]
MT_FIRST = ["Joseph", "Maria", "Carmel", "Rita", "Mark", "Clayton", "Roberta", "Kurt", "Ġużeppi", "Doris", "Keith",
            "Graziella"]
MT_LAST = ["Borg", "Camilleri", "Vella", "Farrugia", "Zammit", "Galea", "Micallef", "Grech", "Attard", "Spiteri",
           "Azzopardi", "Cassar"]
LB_FIRST = ["Jos", "Marie", "Luc", "Claudine", "Pol", "Nathalie", "Tom", "Carole", "Gilles", "Anne", "Mett", "Fränk"]
LB_LAST = ["Schmit", "Muller", "Weber", "Hoffmann", "Wagner", "Thill", "Schroeder", "Reuter", "Kremer", "Majerus",
           "Theis", "Faber"]
GL_FIRST = ["Xosé", "Antía", "Uxía", "Breixo", "Iago", "Sabela", "Brais", "Noa", "Martiño", "Iria", "Xoán", "Lois"]
GL_LAST = ["Otero", "Castro", "Varela", "Rodríguez", "Fernández", "Iglesias", "Souto", "Vázquez", "Lorenzo", "Pazos"]
EU_FIRST = ["Aitor", "Ane", "Mikel", "Nerea", "Iker", "Maite", "Unai", "Leire", "Jon", "Amaia", "Gorka", "Itziar"]
EU_LAST = ["Etxeberria", "Agirre", "Goikoetxea", "Urrutia", "Zubizarreta", "Aranburu", "Larrañaga", "Olaizola",
           "Iturbe", "Garmendia"]
LISTED_NAMES = {"uk": (UA_FIRST, UA_LAST), "sr": (SR_FIRST, SR_LAST), "mt": (MT_FIRST, MT_LAST),
                "lb": (LB_FIRST, LB_LAST), "gl": (GL_FIRST, GL_LAST), "eu": (EU_FIRST, EU_LAST)}


def listed_name(lang: str, rng: random.Random) -> tuple[str, str]:
    first, last = LISTED_NAMES[lang]
    return rng.choice(first), rng.choice(last)


def put(u: Said, *pieces) -> Said:
    """Pieces in turn: text, a label (type, text, value[, lang[, drop]]), or ("joint", count, value) for the labels
    just made."""
    for piece in pieces:
        if isinstance(piece, str):
            u.say(piece)
        elif piece[0] == "joint":
            u.joint(piece[1], piece[2])
        else:
            u.entity(*piece)
    return u


def read_as(type_: str, text: str, lang: str) -> str:
    return email_reads(text, lang) if type_ == "EMAIL_ADDRESS" else reads(text, lang)


def _engine_words(pieces: list) -> tuple[list, list[tuple[str, str, int | None]]]:
    """The words an engine lists for `pieces` (text, and labels as (type, text, value[, lang])): each word's text, the
    punctuation after it, and the number of the label it is part of (None for none)."""
    labels: list = []
    words: list[list] = []
    for piece in pieces:
        if isinstance(piece, tuple):
            labels.append(piece)
            for w in piece[1].split(" "):  # a comma inside a label ("March 12, 1984") its word's punctuation
                m = re.fullmatch(r"(.*?)([.,?!]*)", w)
                assert m and m.group(1), piece
                words.append([m.group(1), m.group(2), len(labels) - 1])
            continue
        chunks = piece.split(" ")
        if words and chunks and chunks[0] and not piece[0].isspace():  # "." glued to the word before
            words[-1][1] += chunks.pop(0)
        for w in chunks:
            if w:
                m = re.fullmatch(r"(.*?)([.,?!]*)", w)
                assert m and m.group(1), piece
                words.append([m.group(1), m.group(2), None])
    return labels, [(w, p, k) for w, p, k in words]


def _lang_of(label: tuple) -> str:
    return label[3] if len(label) > 3 else "en"


def engine_json(u: Said, rng: random.Random, engine: str, pieces: list, lang_code: str = "en-US") -> Said:
    """An engine's result as its API returns it, with the transcript (the labels whole) and the words array (each
    word of a label labelled, the words of one label read back together): AWS Transcribe ("items", the punctuation
    an item of its own), Google Speech-to-Text ("words", the punctuation on the word), Deepgram ("word" in lower case
    and "punctuated_word", each labelled) or AssemblyAI ("words" with a speaker)."""
    labels, words = _engine_words(pieces)
    parts: dict[tuple[int, str], list[int]] = {}

    def label_word(k: int, core: str, field: str) -> None:
        type_, lang = labels[k][0], _lang_of(labels[k])
        u.entity(type_, core, read_as(type_, core, lang), lang)
        parts.setdefault((k, field), []).append(len(u.entities) - 1)

    def word_text(core: str, k: int | None, field: str = "") -> None:
        if k is None:
            u.say(core)
        else:
            label_word(k, core, field)

    t = rng.uniform(0.3, 2.5)
    if engine == "aws":
        u.say('{"jobName": "' + rng.choice(["call", "cc-rec", "voicemail"]) + f'-{hex_id(rng, 12)}", "accountId": '
              f'"{_digits(rng, 12)}", "results": {{"language_code": "{lang_code}", "transcripts": [{{"transcript": "')
        put(u, *pieces).say('"}], "items": [')
        for i, (core, trail, k) in enumerate(words):
            start, t = t, t + rng.uniform(0.12, 0.55)
            u.say(("" if i == 0 else ", ") + f'{{"start_time": "{start:.2f}", "end_time": "{t:.2f}", "alternatives": '
                  f'[{{"confidence": "0.{rng.randint(850, 999)}", "content": "')
            word_text(core, k)
            u.say('"}], "type": "pronunciation"}')
            if trail:
                u.say(f', {{"alternatives": [{{"confidence": "0.0", "content": "{trail}"}}], "type": "punctuation"}}')
        u.say('], "status": "COMPLETED"}')
    elif engine == "google":
        u.say('{"results": [{"alternatives": [{"transcript": "')
        put(u, *pieces).say(f'", "confidence": 0.{rng.randint(800, 989)}, "words": [')
        for i, (core, trail, k) in enumerate(words):
            start, t = t, t + rng.uniform(0.1, 0.6)
            u.say(("" if i == 0 else ", ") + f'{{"startTime": "{start:.3f}s", "endTime": "{t:.3f}s", "word": "')
            word_text(core, k)
            u.say(trail + '"}')
        u.say(f']}}], "resultEndTime": "{t + 0.4:.3f}s", "languageCode": "{lang_code.lower()}"}}], '
              f'"totalBilledTime": "{int(t) + 1}s", "requestId": "{_digits(rng, 19)}"}}')
    elif engine == "deepgram":
        u.say(f'{{"metadata": {{"request_id": "{hex_id(rng, 8)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-'
              f'{hex_id(rng, 12)}", '
              f'"created": "{iso_stamp(rng)}", "duration": {rng.uniform(4, 40):.3f}, "channels": 1}}, "results": '
              '{"channels": [{"alternatives": [{"transcript": "')
        put(u, *pieces).say(f'", "confidence": 0.{rng.randint(900, 999)}, "words": [')
        for i, (core, trail, k) in enumerate(words):
            start, t = t, t + rng.uniform(0.1, 0.6)
            u.say(("" if i == 0 else ", ") + '{"word": "')
            word_text(core.lower(), k, "word")
            u.say(f'", "start": {start:.2f}, "end": {t:.2f}, "confidence": 0.{rng.randint(700, 999)}, '
                  '"punctuated_word": "')
            word_text(core, k, "punctuated")
            u.say(trail + '"}')
        u.say("]}]}]}}")
    else:  # assemblyai
        speaker = rng.choice("AB")
        u.say(f'{{"id": "{hex_id(rng, 8)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 12)}", "status": '
              f'"completed", "language_code": "{lang_code.lower().replace("-", "_")}", "text": "')
        put(u, *pieces).say('", "words": [')
        for i, (core, trail, k) in enumerate(words):
            start, t = t, t + rng.uniform(0.1, 0.6)
            u.say(("" if i == 0 else ", ") + '{"text": "')
            word_text(core, k)
            u.say(f'{trail}", "start": {int(start * 1000)}, "end": {int(t * 1000)}, "confidence": '
                  f'0.{rng.randint(700, 999)}, "speaker": "{speaker}"}}')
        u.say(f'], "confidence": 0.{rng.randint(850, 980)}, "audio_duration": {int(t) + rng.randint(5, 90)}}}')
    for (k, _field), made in parts.items():
        if len(made) > 1:
            u.joint_at(made, labels[k][2])
    return u


def srt_time(t: float, vtt: bool) -> str:
    h, rest = divmod(t, 3600)
    m, s = divmod(rest, 60)
    return f"{int(h):02d}:{int(m):02d}:{s:06.3f}".replace(".", "." if vtt else ",")


def cues(u: Said, rng: random.Random, blocks: list[list], vtt: bool) -> Said:
    """Subtitle cues (SRT, or WebVTT with its header and the speaker's <v> tag), each block a cue's text and labels;
    a value the cues cut is given by the family as parts and a ("joint", ...) after them."""
    t = rng.uniform(3, 400)
    first = rng.randint(1, 180)
    if vtt:
        u.say("WEBVTT\n\n")
    for i, block in enumerate(blocks):
        end = t + rng.uniform(1.6, 4.4)
        if not vtt or rng.random() < 0.4:
            u.say(f"{first + i}\n")
        u.say(f"{srt_time(t, vtt)} --> {srt_time(end, vtt)}\n")
        put(u, *block)
        u.say("\n\n" if i < len(blocks) - 1 else "")
        t = end + rng.uniform(0, 0.4)
    return u


def boxes(v: str, rng: random.Random, sizes: list[int] | None = None, seps: str = "") -> tuple[str, str, str]:
    """A value as OCR reads a form's character boxes: (before, the value's text, after), the outer marks outside
    ("|1|2|3|", "[1][2][3]", "| 1 | 2 | 3 |", "1 2 3"); `seps`, a mark printed between the groups ("/", "-")."""
    gs = cut(v, sizes) if sizes else [v]
    style = rng.choice(["pipes", "spaced", "brackets", "loose"])
    mid = seps or " "
    if style == "pipes":
        return "|", f"|{mid}|".join("|".join(g) for g in gs), "|"
    if style == "spaced":
        return "| ", f" | {mid} | ".join(" | ".join(g) for g in gs), " |"
    if style == "brackets":
        return "[", f"] {mid} [".join("][".join(g) for g in gs), "]"
    return "", f"  {seps}  ".join(" ".join(g) for g in gs) if seps else "   ".join(" ".join(g) for g in gs), ""


def chat_stamps(rng: random.Random, n: int, android: bool | None = None) -> list[str]:
    """WhatsApp's exported chat timestamps: iOS "[03/12/2026, 14:03:22] " or Android "03/12/2026, 14:03 - "."""
    android = rng.random() < 0.5 if android is None else android
    d, mo, h, mi = rng.randint(1, 28), rng.randint(10, 12), rng.randint(8, 21), rng.randint(0, 50)
    out, s = [], rng.randint(0, 40)
    for _ in range(n):
        out.append(f"{d:02d}/{mo:02d}/2026, {h:02d}:{mi:02d} - " if android else
                   f"[{d:02d}/{mo:02d}/2026, {h:02d}:{mi:02d}:{s:02d}] ")
        s += rng.randint(3, 15)
        if s >= 60:
            s, mi = s - 60, mi + 1
    return out


NATO_SAID = {"A": ["Alpha", "Alfa"], "J": ["Juliet", "Juliett"], "X": ["X-ray", "Xray"], "W": ["Whiskey", "Whisky"]}


def nato_word(c: str, rng: random.Random) -> str:
    """A letter by its NATO word, a digit as a word (now and then as pilots say it: "niner", "tree", "fife")."""
    if c.isdigit():
        odd = {"9": "niner", "3": "tree", "5": "fife"}.get(c)
        return odd if odd and rng.random() < 0.25 else UNITS["en"][int(c)]
    return rng.choice(NATO_SAID.get(c, [NATO[ord(c) - 65].capitalize()]))


def ga_digits(d: str) -> str:
    """Digits as Irish counts them: "a náid, a haon, a dó"."""
    return " ".join(f"a {UNITS['ga'][int(c)]}" for c in d)


def nought_words(d: str, rng: random.Random) -> str:
    """Digits as an older British caller says them: the nought as "nought", "oh" or "zero", a pair as "double", three
    as "treble"."""
    out, i = [], 0
    while i < len(d):
        c = d[i]
        run = len(d[i:]) - len(d[i:].lstrip(c))
        word = rng.choice(["nought", "nought", "oh", "zero"]) if c == "0" else UNITS["en"][int(c)]
        if run >= 3 and rng.random() < 0.5:
            out.append(f"treble {word}")
            i += 3
        elif run >= 2 and rng.random() < 0.7:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def shown_phone(country: str, n: str) -> str:
    """A national number as it is printed there."""
    sizes = {"US": [3, 3, 4], "CA": [3, 3, 4], "GB": [5, 6], "IE": [3, 3, 4], "AU": [4, 3, 3], "ZA": [3, 3, 4],
             "IN": [5, 5], "NG": [4, 3, 4], "SG": [4, 4], "NZ": [3, 3, 4], "IE_FIXED": [2, 3, 4], "MT": [4, 4],
             "IS": [3, 4], "LU": [3, 3, 3], "RS": [3, 3, 4], "UA": [3, 3, 2, 2], "DE_FIXED": [4, 8]}.get(country)
    if country in ("US", "CA"):
        return f"({n[:3]}) {n[3:6]}-{n[6:]}"
    if country == "GB" and n.startswith("020"):
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    if country == "GB" and n[:2] == "01" and n[3] == "1":  # "0161 496 0123"
        return f"{n[:4]} {n[4:7]} {n[7:]}"
    return " ".join(cut(n, sizes)) if sizes else n


def age_on(born: date) -> int:
    today = date(2026, 12, 1)
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


# Cards ----------------------------------------------------------------------------------------------------------
def card_aws_transcribe_items(fake: Faker, rng: random.Random) -> Said:
    """AWS Transcribe's job output pulled from the bucket and pasted: the card in the transcript as its groups of
    digits and again item by item (each group an item's "content"); the items' labels read back together."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex", "discover"]))
    lead = rng.choice(["Yeah, my card number is ", "Okay, it's ", "Sure, the long number is ", "It's "])
    pieces = [lead, ("CREDIT_CARD", " ".join(card_groups(d)), d), rng.choice([".", ". Thank you.", ""])]
    u = Said().say(rng.choice(["transcribe output for the 14:02 call:\n", "raw job json (why is this not redacted?)\n",
                               ""]))
    return engine_json(u, rng, "aws", pieces, rng.choice(["en-US", "en-GB", "en-AU"]))


def card_whatsapp_split(fake: Faker, rng: random.Random) -> Said:
    """A WhatsApp chat exported from a shop's business account: the customer sends the card in two messages (the
    first sent too early), then the expiry and the code; each message a segment, the card's two parts read back
    together."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    gs = card_groups(d)
    k = rng.choice([1, 2, 2, 3])
    (month, yy), code = expiry(rng), security_code(rng)
    locale = rng.choice(["en_GB", "en_IE", "en_AU", "en_NG", "en_IN", "zu_ZA"])
    who = fake[locale].name()
    stamps = chat_stamps(rng, 3)
    u = Said().say(f"{stamps[0]}{who}: {rng.choice(['card is ', 'ok the card number ', 'here u go ', 'its '])}")
    u.entity("CREDIT_CARD", " ".join(gs[:k]), "".join(gs[:k])).turn()
    u.say(f"{stamps[1]}{who}: ").entity("CREDIT_CARD", " ".join(gs[k:]), "".join(gs[k:])).joint(2, d)
    u.say(rng.choice([" sorry pressed send too soon", " 🙈", "", " oops"])).turn()
    exp, value = exp_typed(month, yy, rng)
    u.say(f"{stamps[2]}{who}: {rng.choice(['exp ', 'expiry ', 'valid till '])}").entity("CARD_EXPIRY", exp, value)
    return u.say(rng.choice([" cvv ", " and the code ", ", back "])).entity("CARD_SECURITY_CODE", code, code)


SCRATCH = {  # a caller taking a group back and starting it again
    "en": [", scratch that,", "... scratch that,", ", no wait, start that bit again,", ", sorry, let me redo that,"],
    "de": [", Moment, nochmal:", " — ach nee, nochmal von vorn,"],
    "nl": [", wacht, opnieuw:", ", sorry, ik begin dat stuk opnieuw,"],
    "pl": [", nie, jeszcze raz:", ", przepraszam, od nowa,"],
    "sv": [", nej vänta, om igen:", ", förlåt, jag tar om det,"],
}
SCRATCH_ASK = {"en": "And the card number?", "de": "Die Kartennummer, bitte.", "nl": "Het kaartnummer, alstublieft.",
               "pl": "Poproszę numer karty.", "sv": "Kortnumret, tack."}


def card_scratch_that(fake: Faker, rng: random.Random) -> Said:
    """A caller reading a group wrong and starting it again ("four three five — scratch that, four five three two",
    "Moment, nochmal", "od nowa"); the wrong digits and the words taking them back named for the reading."""
    lang = rng.choice(["en", "en", "de", "nl", "pl", "sv"])
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    gs = card_groups(d)
    k = rng.randrange(len(gs))
    wrong = swap_two(gs[k], rng)[:rng.randint(2, 4)]
    zero = rng.choice(["oh", "zero"]) if lang == "en" else None
    said = [digit_by_digit(g, lang, zero) for g in gs]
    slip = digit_by_digit(wrong, lang, zero) + rng.choice(SCRATCH[lang])
    said[k] = f"{slip} {said[k]}"
    u = Said().say(SCRATCH_ASK[lang]).turn()
    return u.entity("CREDIT_CARD", ", ".join(said), d, lang, drop=(slip,)).say(rng.choice([".", "", "."]))


def card_xml_soap(fake: Faker, rng: random.Random) -> Said:
    """A SOAP request to a payment gateway pasted with its fault: the card number, the expiry (one element, or month
    and year in elements of their own, read back together) and the CVV2 labelled; the merchant reference, the
    holder's name and the amount not."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    (month, yy), code = expiry(rng), security_code(rng, d)
    ns = rng.choice(["pay", "ns2", "tns", "v3"])
    who = fake[rng.choice(["en_GB", "en_US", "de_DE", "nl_NL", "fr_FR"])].name()
    u = Said().say(rng.choice(["SOAP fault 500 (Server.Timeout) for this request:\n", "gateway request from the log:\n",
                               ""]))
    u.say(f'<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:{ns}="urn:payments:v3">'
          f"\n  <soapenv:Body>\n    <{ns}:AuthoriseRequest>\n      <{ns}:MerchantRef>ORD-{rng.randint(10000, 99999)}"
          f"</{ns}:MerchantRef>\n      <{ns}:Card>\n        <{ns}:Number>")
    u.entity("CREDIT_CARD", d, d).say(f"</{ns}:Number>\n")
    if rng.random() < 0.5:
        u.say(f"        <{ns}:ExpiryMonth>").entity("CARD_EXPIRY", f"{month:02d}", f"{month:02d}")
        u.say(f"</{ns}:ExpiryMonth>\n        <{ns}:ExpiryYear>").entity("CARD_EXPIRY", f"20{yy}", f"20{yy}")
        u.joint(2, f"{month:02d}20{yy}").say(f"</{ns}:ExpiryYear>\n")
    else:
        text = rng.choice([f"{month:02d}{yy}", f"{month:02d}/{yy}", f"20{yy}-{month:02d}"])
        u.say(f"        <{ns}:ExpiryDate>").entity("CARD_EXPIRY", text, re.sub(r"\D", "", text))
        u.say(f"</{ns}:ExpiryDate>\n")
    u.say(f"        <{ns}:CVV2>").entity("CARD_SECURITY_CODE", code, code)
    u.say(f"</{ns}:CVV2>\n        <{ns}:HolderName>{who}</{ns}:HolderName>\n      </{ns}:Card>\n      <{ns}:Amount "
          f'currency="{rng.choice(["EUR", "GBP", "USD"])}">{rng.randint(5, 900)}.{rng.randint(10, 99)}</{ns}:Amount>'
          f"\n    </{ns}:AuthoriseRequest>\n  </soapenv:Body>\n</soapenv:Envelope>")
    return u


def card_logline_kv(fake: Faker, rng: random.Random) -> Said:
    """A leaking service's log line, as key=value pairs, logfmt with quotes or a Java logger's message: the card, the
    expiry and the code labelled (quotes outside); the request id, the user id and the amount not."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex", "discover"]))
    (month, yy), code = expiry(rng), security_code(rng, d)
    amount = f"{rng.randint(5, 900)}.{rng.randint(10, 99)}"
    u = Said().say(rng.choice(["found this in the prod logs 😬\n", "SEC-ALERT: PAN in plaintext, line below\n", ""]))
    style = rng.choice(["kv", "logfmt", "java"])
    if style == "kv":
        u.say(f"2026-12-{rng.randint(1, 9):02d}T{rng.randint(0, 23):02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}."
              f"{rng.randint(100, 999)}Z WARN  checkout-svc [req={hex_id(rng, 8)}] pan=")
        u.entity("CREDIT_CARD", d, d).say(" exp=").entity("CARD_EXPIRY", f"{month:02d}{yy}", f"{month:02d}{yy}")
        u.say(" cvv=").entity("CARD_SECURITY_CODE", code, code)
        return u.say(f' amt={amount} cur=EUR msg="3DS challenge timeout"')
    if style == "logfmt":
        u.say(f'level=error ts={iso_stamp(rng)} caller=authorize.go:{rng.randint(40, 400)} '
              'msg="authorisation declined" card_number="')
        u.entity("CREDIT_CARD", " ".join(card_groups(d)), d).say('" card_expiry="')
        u.entity("CARD_EXPIRY", f"{month:02d}/{yy}", f"{month:02d}{yy}").say('" card_cvc="')
        return u.entity("CARD_SECURITY_CODE", code, code).say(f'" user_id={rng.randint(10000, 99999)} amount={amount}')
    u.say(f"[2026-12-0{rng.randint(1, 9)} {rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)},"
          f"{rng.randint(100, 999)}] ERROR c.e.p.PaymentController - Declined: card=")
    u.entity("CREDIT_CARD", "-".join(card_groups(d)), d).say(", expiry=")
    u.entity("CARD_EXPIRY", f"{month:02d}/20{yy}", f"{month:02d}20{yy}").say(", cvc=")
    return u.entity("CARD_SECURITY_CODE", code, code).say(f", amount={amount}")


EN_VARIANTS = {  # the agent's question, the caller's lead-ins, what the caller says after
    "in": ("May I have the card number, please?", ["Yes, it is ", "Card number is ", "Ma'am, it's "],
           [" only.", ".", ""]),
    "ng": ("Please can I have the card number?", ["Okay, it's ", "Oya, the number is ", "Sure, "], [".", ", o.", ""]),
    "sg": ("Can I get the card number?", ["Ok, the number is ", "Can, it's "], [" lah.", ".", " ah."]),
    "za": ("And the number on the card?", ["Ja, it's ", "Sure, it's "], [".", ", ja.", ""]),
    "scot": ("What's the long number on the card?", ["Aye, it's ", "Right, it's "], [".", ", aye.", ""]),
    "au": ("What's the card number?", ["Yeah, no worries, it's ", "Righto, "], [".", ", ta.", ""]),
}


def card_english_variants_doubles(fake: Faker, rng: random.Random) -> Said:
    """A card read by callers from India, Nigeria, Singapore, South Africa, Scotland and Australia, with "double" and
    "triple" where digits repeat and "oh" or "zero"; the particles after ("only", "lah", "o", "ja") outside."""
    ask, leads, ends = EN_VARIANTS[rng.choice(sorted(EN_VARIANTS))]
    d = card_number(rng, rng.choice(["visa16", "mc", "visa16"]))
    text = rng.choice([", ", " ", "... "]).join(digit_words(rng, g) for g in card_groups(d))
    u = Said().say(ask).turn().say(rng.choice(leads)).entity("CREDIT_CARD", text, d)
    return u.say(rng.choice(ends))


NEW_CARD_CALLERS = {  # language: (the agent's question, lead-ins, endings, how the groups are said)
    "is": (["Hvert er kortanúmerið?", "Gætirðu lesið upp kortanúmerið?"], ["Já, ", "Það er ", "Kortanúmerið er "],
           [".", ", takk.", ""], ["words", "pairs"]),
    "uk": (["Nazvit, bud laska, nomer kartky.", "Yakyi nomer vashoi kartky?"], ["Tak, ", "Nomer kartky ", "Otzhe, "],
           [".", ", dyakuyu.", ""], ["words", "pairs"]),
    "sr": (["Broj kartice, molim vas.", "Možete li mi pročitati broj kartice?"], ["Da, ", "Broj je ", "Znači, "],
           [".", ", hvala.", ""], ["words", "pairs"]),
}


def card_new_language_callers(fake: Faker, rng: random.Random) -> Said:
    """A card read in Icelandic (digits as counted, in the neuter: "eitt, tvö"; pairs "fjörutíu og fimm"), in
    Ukrainian as a chat or a caption writes it in Latin letters ("chotyry pyat"), or in Serbian ("četrdeset pet")."""
    lang = rng.choice(sorted(NEW_CARD_CALLERS))
    asks, leads, ends, styles = NEW_CARD_CALLERS[lang]
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    u = Said().say(rng.choice(asks)).turn().say(rng.choice(leads))
    u.entity("CREDIT_CARD", render_groups(card_groups(d), lang, rng, styles, ", "), d, lang)
    return u.say(rng.choice(ends))


def card_luxembourgish_switching(fake: Faker, rng: random.Random) -> Said:
    """A Luxembourger reading the card in Luxembourgish, now and then a group in German or French as people there
    do ("véier fënnef dräi zwee, sieben sieben acht acht, un deux trois quatre")."""
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    langs = [rng.choice(["lb", "lb", "lb", "de", "fr"]) for _ in card_groups(d)]
    text = ", ".join(digit_by_digit(g, lang) for g, lang in zip(card_groups(d), langs, strict=True))
    u = Said().say(rng.choice(["Wéi ass d'Kaartennummer?", "Kënnt Dir mir d'Nummer vun der Kaart soen?"])).turn()
    u.say(rng.choice(["Jo, ", "Also, ", "D'Nummer ass "])).entity("CREDIT_CARD", text, d, "lb&de&fr")
    return u.say(rng.choice([".", ", merci.", ""]))


EXPIRY_V24 = {  # the question, the lead-in, the question for the code, the month said by its name
    "is": ("Hvenær rennur kortið út?", "Það rennur út ", "Og öryggisnúmerið aftan á?", True),
    "mt": ("Meta tiskadi l-karta?", "Tiskadi ", "U s-security code fuq wara?", True),
    "lb": ("Wéini leeft d'Kaart of?", "Se leeft of ", "An de Sécherheetscode hannendrop?", True),
    "ca": ("Quina és la data de caducitat?", "Caduca el ", "I el codi de seguretat del darrere?", False),
    "gl": ("Cal é a data de caducidade?", "Caduca en ", "E o código de seguridade de atrás?", True),
    "uk": ("Do yakoho terminu diysna kartka?", "Diisna do ", "I CVV kod zzadu?", False),
    "sr": ("Do kada važi kartica?", "Važi do ", "I sigurnosni kod sa poleđine?", True),
    "eu": ("Noiz iraungitzen da txartela?", "", "Eta atzeko segurtasun kodea?", False),
}


def card_expiry_v24_languages(fake: Faker, rng: random.Random) -> Said:
    """An expiry (and now and then the code) said in Icelandic, Maltese, Luxembourgish, Catalan, Galician, Ukrainian,
    Serbian or Basque: the month's digits and the year as a number ("zero quatre, vint-i-nou"), or the month's name
    ("apríl tuttugu og níu", "April disgħa u għoxrin"); a Basque's "da" after it outside."""
    lang = rng.choice(sorted(EXPIRY_V24))
    ask, lead, ask_code, by_name = EXPIRY_V24[lang]
    month, yy = expiry(rng)
    mm = f"{month:02d}"
    options = [(f"{digit_by_digit(mm, lang)}, {number(yy, lang)}", f"{mm}{yy}")]
    if by_name:
        options.append((f"{MONTHS[lang][month - 1]} {number(yy, lang)}", f"{month}{yy}"))
    text, value = rng.choice(options)
    u = Said().say(ask).turn().say(lead).entity("CARD_EXPIRY", text, value, lang)
    u.say(" da." if lang == "eu" else ".")
    if rng.random() < 0.5:
        code = security_code(rng)
        u.turn().say(ask_code).turn().entity("CARD_SECURITY_CODE", digit_by_digit(code, lang), code, lang)
        u.say(" da." if lang == "eu" else ".")
    return u


def card_ocr_boxed_form(fake: Faker, rng: random.Random) -> Said:
    """A scanned card authorisation form as OCR reads it: the number, the expiry and the code in their character boxes
    ("|4|5|3|2| |7|7|...", "[0][4] / [2][9]"), the boxes' outer marks outside the labels; the form's words misread
    here and there, the amount and the date signed not labelled."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    (month, yy), code = expiry(rng), security_code(rng, d)
    who = fake[rng.choice(["en_US", "en_GB", "en_IE", "en_AU"])].name().upper()
    title = rng.choice(["CREDIT CARD AUTHORIZATION FORM", "CARD PAYMENT AUTHORlSATION", "RECURRING PAYMENT MANDATE"])
    u = Said().say(rng.choice(["[OCR p.1]\n", "Scan_0043.pdf → text:\n", ""]) + f"{title}\nCardholder Narne: {who}\n")
    before, text, after = boxes(d, rng, [4, 6, 5] if len(d) == 15 else [4, 4, 4, 4])
    u.say(rng.choice(["Card Number: ", "Card Nurnber: ", "Card No.: "]) + before).entity("CREDIT_CARD", text, d)
    before, text, after2 = boxes(f"{month:02d}{yy}", rng, [2, 2], "/")
    u.say(after + "\n" + rng.choice(["Exp. Date (MM/YY): ", "Expiratlon (MM/YY): "]) + before)
    u.entity("CARD_EXPIRY", text, f"{month:02d}{yy}")
    before, text, after3 = boxes(code, rng)
    u.say(after2 + "   " + rng.choice(["CVV: ", "CVV2/CVC2: ", "Security Code: "]) + before)
    u.entity("CARD_SECURITY_CODE", text, code)
    return u.say(after3 + f"\nAmount: ${rng.randint(20, 900)}.00   Date: {rng.randint(1, 12)}/{rng.randint(1, 28)}/2026"
                 "\nSignature: _______________")


def card_dtmf_gather(fake: Faker, rng: random.Random) -> Said:
    """A pay-by-phone IVR's webhook log: each prompt's keyed digits as the telephony platform posts them (a form body's
    "Digits=4532778812345678", or a contact flow's stored input in JSON), the card, the expiry and the code each
    labelled; the call's id, the finishing key and the flow's names not."""
    d = card_number(rng, rng.choice(["visa16", "mc", "amex"]))
    (month, yy), code = expiry(rng), security_code(rng, d)
    values = [("CREDIT_CARD", d, "card"), ("CARD_EXPIRY", f"{month:02d}{yy}", "expiry"),
              ("CARD_SECURITY_CODE", code, "cvv")]
    u = Said().say(rng.choice(["ivr webhook log, the payment went through twice?\n", "[pay-ivr] ", ""]))
    if rng.random() < 0.5:
        sid = "CA" + hex_id(rng, 32)
        for i, (type_, value, step) in enumerate(values):
            u.say(("\n" if i else "") + f"POST /ivr/pay/{step} CallSid={sid}&Digits=").entity(type_, value, value)
            u.say(f"&FinishedOnKey=%23&msg=Gather+End -> 200 ({rng.randint(40, 400)} ms)")
        return u
    contact = f"{hex_id(rng, 8)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 4)}-{hex_id(rng, 12)}"
    h, mi, s = rng.randint(8, 21), rng.randint(10, 50), rng.randint(0, 20)
    for i, (type_, value, step) in enumerate(values):
        s += rng.randint(6, 18)
        u.say(("\n" if i else "") + f'{{"ContactId": "{contact}", "Block": "StoreCustomerInput_{step}", '
              '"StoredCustomerInput": "').entity(type_, value, value)
        u.say(f'", "Timestamp": "2026-12-03T{h:02d}:{mi + s // 60:02d}:{s % 60:02d}Z"}}')
    return u


def card_spanglish(fake: Faker, rng: random.Random) -> Said:
    """A Hispanic caller in the US reading the card in Spanish and English by turns, now and then within a group
    ("cuatro cinco three two, siete siete eight eight ...")."""
    d = card_number(rng, rng.choice(["visa16", "mc", "discover"]))
    parts = []
    for g in card_groups(d):
        mode = rng.choice(["es", "en", "mix", "mix"])
        langs = [mode] * len(g) if mode != "mix" else [rng.choice(["es", "en"]) for _ in g]
        parts.append(" ".join(UNITS[lang][int(c)] for c, lang in zip(g, langs, strict=True)))
    u = Said().say(rng.choice(["Agent: Can I get the card number?", "Agent: ¿El número de la tarjeta?"])).turn()
    u.say("Caller: " + rng.choice(["Okay, es el ", "Sí, it's ", "Ok, ", "Mira, "]))
    return u.entity("CREDIT_CARD", ", ".join(parts), d, "es&en").say(rng.choice([".", ", okay?", ""]))


NORDIC_CARD = {"da": ("Hvad er kortnummeret?", ["Det er ", "Ja, ", "Nummeret er "], [".", ", tak.", ""]),
               "no": ("Hva er kortnummeret?", ["Det er ", "Ja, ", "Nummeret er "], [".", ", takk.", ""]),
               "sv": ("Vad är kortnumret?", ["Det är ", "Ja, ", "Numret är "], [".", ", tack.", ""]),
               "fi": ("Mikä on kortin numero?", ["Se on ", "Joo, ", "Numero on "], [".", ", kiitos.", ""])}


def card_nordic_pairs(fake: Faker, rng: random.Random) -> Said:
    """A card read two digits at a time, as Danes, Norwegians, Swedes and Finns read long numbers ("femogfyrre
    toogtredive", "førtifem trettito", "fyrtiofem trettiotvå", "neljäkymmentäviisi"); a pair with a nought first digit
    by digit."""
    lang = rng.choice(sorted(NORDIC_CARD))
    ask, leads, ends = NORDIC_CARD[lang]
    d = card_number(rng, rng.choice(["visa16", "mc"]))
    text = ", ".join(in_pairs(g, lang, " ") for g in card_groups(d))
    u = Said().say(ask).turn().say(rng.choice(leads)).entity("CREDIT_CARD", text, d, lang)
    return u.say(rng.choice(ends))


# Phones ---------------------------------------------------------------------------------------------------------
GOOGLE_COUNTRIES = {"GB": "en-GB", "US": "en-US", "AU": "en-AU", "IE": "en-IE", "IN": "en-IN", "ZA": "en-ZA",
                    "NG": "en-NG", "SG": "en-SG"}


def phone_google_stt_words(fake: Faker, rng: random.Random) -> Said:
    """Google Speech-to-Text's response pasted whole: the number as the transcript writes it ("07700 900123",
    "415-555-0134") and word by word in the words array (punctuation on the word, outside the label); a number of
    more than one word read back together."""
    country = rng.choice(sorted(GOOGLE_COUNTRIES))
    n = national(country, rng)
    text = f"{n[:3]}-{n[3:6]}-{n[6:]}" if country == "US" else shown_phone(country, n)
    lead = rng.choice(["my number is ", "you can call me on ", "it's ", "the best number is "])
    pieces = [lead, ("PHONE_NUMBER", text, n), rng.choice([".", " thanks.", ""])]
    u = Said().say(rng.choice(["STT response:\n", "from the speech API log:\n", ""]))
    return engine_json(u, rng, "google", pieces, GOOGLE_COUNTRIES[country])


def phone_with_extension(fake: Faker, rng: random.Random) -> Said:
    """A work number given with its extension, typed ("(212) 555-0143 ext. 2207", "020 7946 0958 x214") or said
    ("... extension forty-four ten"); the number labelled, the extension (the switchboard's) not."""
    country = rng.choice(["US", "GB", "IE_FIXED", "CA", "AU"])
    n = national(country, rng)
    ext = str(rng.randint(10, 9999))
    who = fake[{"US": "en_US", "CA": "en_US", "GB": "en_GB", "IE_FIXED": "en_IE", "AU": "en_AU"}[country]].first_name()
    u = Said()
    if rng.random() < 0.5:
        text = rng.choice([shown_phone(country, n), n]) if country not in ("US", "CA") else \
            rng.choice([shown_phone(country, n), f"{n[:3]}.{n[3:6]}.{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"])
        u.say(rng.choice(CHAT) + rng.choice([f"Hi, {who} here. Best to reach me at work: ", "work number is ",
                                             "Call me on my office line "]))
        u.entity("PHONE_NUMBER", text, n)
        return u.say(rng.choice([f" ext. {ext}", f" x{ext}", f", extension {ext}", f" (ext {ext})", f" ext {ext}."]))
    zero = rng.choice(["oh", "zero"])
    sizes = {"US": [3, 3, 4], "CA": [3, 3, 4], "GB": [5, 6], "IE_FIXED": [2, 3, 4], "AU": [2, 4, 4]}[country]
    said = ", ".join(digit_by_digit(g, "en", zero) for g in cut(n, sizes))
    ext_said = number(int(ext)) if int(ext) < 100 else in_pairs(ext, "en")
    u.say(rng.choice(["Agent: Is there a daytime number?", "Agent: And a number for during the day?"])).turn()
    u.say("Caller: " + rng.choice(["Yeah, my desk, it's ", "The office, ", "Work's "])).entity("PHONE_NUMBER", said, n)
    return u.say(f", {rng.choice(['extension', 'then extension', 'and ask for extension'])} {ext_said}.")


KEYPAD = {c: str(k) for k, letters in {2: "ABC", 3: "DEF", 4: "GHI", 5: "JKL", 6: "MNO", 7: "PQRS", 8: "TUV",
                                       9: "WXYZ"}.items() for c in letters}
VANITY = ["PLUMBER", "ROOFING", "DENTIST", "LAWYERS", "FLOWERS", "CARPETS", "HEATING", "REPAIRS"]


def phone_vanity_digits(fake: Faker, rng: random.Random) -> Said:
    """A sole trader giving the business line printed on the van as its letters and then its digits ("1-888-ROOFING,
    that's 1-888-766-3464"); the digits labelled, the letters (a word, not the number as dialled) not."""
    while True:
        word, prefix = rng.choice(VANITY), rng.choice(["800", "888", "877", "866", "855"])
        digits = "".join(KEYPAD[c] for c in word)
        if phone_ok("1" + prefix + digits):
            break
    n = "1" + prefix + digits
    u = Said().say(rng.choice(["Agent: What number should we put on the business account?",
                               "Agent: And a contact number for the company?"])).turn()
    u.say(f"Caller: {rng.choice(['The one on the van', 'Our main line', 'The business line'])}, 1-{prefix}-{word}, ")
    if rng.random() < 0.5:
        u.say("that's ").entity("PHONE_NUMBER", f"1-{prefix}-{digits[:3]}-{digits[3:]}", n)
    else:
        said = f"one {UNITS['en'][int(prefix[0])]} hundred" if prefix.endswith("00") else \
            f"one, {digit_by_digit(prefix)}"
        u.say("so that's ").entity("PHONE_NUMBER", f"{said}, {digit_by_digit(digits[:3])}, "
                                                   f"{digit_by_digit(digits[3:])}", n)
    return u.say(rng.choice([".", ", the number's the same.", ""]))


def phone_nought_british(fake: Faker, rng: random.Random) -> Said:
    """An older British caller saying the nought as "nought", a pair as "double" and three as "treble" ("nought seven
    seven double nought, nine treble one ...")."""
    n = national("GB", rng)
    sizes = [3, 4, 4] if n.startswith("020") else rng.choice([[5, 6], [5, 3, 3]])
    text = ", ".join(nought_words(g, rng) for g in cut(n, sizes))
    u = Said().say(rng.choice(["And is there a telephone number we can reach you on?", "What's your home number?"]))
    u.turn().say(rng.choice(["Yes, it's ", "Now then, it's ", "Have you got a pen? It's "]))
    return u.entity("PHONE_NUMBER", text, n).say(rng.choice([".", ", dear.", ". That's the landline."]))


def phone_srt_cues(fake: Faker, rng: random.Random) -> Said:
    """A recorded video call's subtitles (SRT) cutting the number the customer says across two cues; the parts
    labelled cue by cue and read back together; the cues' numbers and times not."""
    country = rng.choice(["GB", "US", "AU", "IE", "ZA"])
    n = national(country, rng)
    sizes = {"GB": [5, 6], "US": [3, 3, 4], "AU": [4, 3, 3], "IE": [3, 3, 4], "ZA": [3, 3, 4]}[country]
    gs = cut(n, sizes)
    k = rng.randrange(1, len(gs))
    zero = rng.choice(["oh", "zero"])
    words = rng.random() < 0.6

    def show(g: list[str]) -> str:
        return ", ".join(digit_by_digit(x, "en", zero) for x in g) if words else " ".join(g)

    who = rng.choice(["", "CUSTOMER: ", "- "])
    blocks = [[f"{who}{rng.choice(['Yeah, the mobile is', 'Sure, you can get me on', 'My number is'])}\n",
               ("PHONE_NUMBER", show(gs[:k]), "".join(gs[:k]))],
              [("PHONE_NUMBER", show(gs[k:]), "".join(gs[k:])), ("joint", 2, n),
               rng.choice([".", "... is that okay?", ", thanks."])]]
    if rng.random() < 0.5:
        blocks.insert(0, [rng.choice(["AGENT: What's the best number\nto reach you on?",
                                      "- And a contact number, please?"])])
    return cues(Said(), rng, blocks, False)


def phone_url_query(fake: Faker, rng: random.Random) -> Said:
    """A callback form's request in a web server's access log: the number percent-encoded in the query ("%2B44...",
    "07700%20900123") labelled as it is written; the name, the slot and the log's own numbers not."""
    country = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "AU"])
    code, trunk, nsn = phone_value(country, rng)
    text, value = rng.choice([(f"%2B{code}{nsn}", code + nsn), (f"%2B{code}%20{nsn}", code + nsn),
                              (trunk + nsn, trunk + nsn), (f"{trunk}{nsn[:4]}%20{nsn[4:]}", trunk + nsn),
                              (f"00{code}{nsn}", f"00{code}{nsn}")])
    locale = {"GB": "en_GB", "IE": "en_IE", "DE": "de_DE", "NL": "nl_NL", "FR": "fr_FR", "ES": "es_ES",
              "AU": "en_AU"}[country]
    first, last = fake[locale].first_name(), fake[locale].last_name()
    ip = f"{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    u = Said().say(rng.choice(["", "access.log:\n", "why is the callback form logging this?\n"]))
    u.say(f'{ip} - - [{rng.randint(1, 28):02d}/Nov/2026:{rng.randint(10, 23)}:{rng.randint(10, 59)}:'
          f'{rng.randint(10, 59)} +0000] "GET /callback?name={first}+{last}&phone=')
    u.entity("PHONE_NUMBER", text, value)
    return u.say(f"&slot={rng.randint(9, 17)}%3A00&src=web HTTP/1.1\" 302 {rng.randint(0, 900)} \"-\" "
                 f"\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_{rng.randint(0, 6)} like Mac OS X)\"")


def phone_irish_gaelic(fake: Faker, rng: random.Random) -> Said:
    """A caller on an Irish-language line giving the mobile as Irish counts digits ("a náid, a hocht, a seacht ...",
    now and then a pair as a number: "fiche a haon")."""
    n = national("IE", rng)
    gs = cut(n, [3, 3, 4])
    last = gs[2]
    if rng.random() < 0.4 and last[0] != "0" and last[2] != "0":
        last_said = f"{number(int(last[:2]), 'ga')}, {number(int(last[2:]), 'ga')}"
    else:
        last_said = ga_digits(last)
    text = f"{ga_digits(gs[0])}, {ga_digits(gs[1])}, {last_said}"
    u = Said().say(rng.choice(["Cén uimhir fóin is fearr chun teagmháil a dhéanamh leat?", "An bhfuil uimhir fóin "
                                                                                           "phóca agat?"])).turn()
    u.say(rng.choice(["Tá, ", "Is í ", "Sea, "])).entity("PHONE_NUMBER", text, n, "ga")
    return u.say(rng.choice([".", ". Go raibh maith agat.", ""]))


def phone_maltese_switching(fake: Faker, rng: random.Random) -> Said:
    """A Maltese mobile said in Maltese, digit by digit or in pairs, a group now and then in English as Maltese
    callers switch ("disgħa disgħa, twenty-three, erbgħa u tletin ...")."""
    n = national("MT", rng)
    parts = []
    for g in cut(n, [2, 2, 2, 2]):
        lang = rng.choice(["mt", "mt", "en"])
        parts.append(number(int(g), lang) if g[0] != "0" and rng.random() < 0.6 else digit_by_digit(g, lang))
    u = Said().say(rng.choice(["X'inhu n-numru tal-mowbajl tiegħek?", "Għandek numru tat-telefon?"])).turn()
    u.say(rng.choice(["Iva, ", "In-numru hu ", "Mela, "])).entity("PHONE_NUMBER", ", ".join(parts), n, "mt&en")
    return u.say(rng.choice([".", ", grazzi.", ""]))


IBERIAN_PHONE = {  # language: (question, lead-in, ending)
    "ca": ("Quin és el vostre número de mòbil?", ["És el ", "El meu mòbil és el ", ""], [".", ", gràcies.", ""]),
    "gl": ("Cal é o seu número de móbil?", ["É o ", "O meu móbil é o ", ""], [".", ", grazas.", ""]),
    "eu": ("Zein da zure mugikor zenbakia?", ["Nire zenbakia ", "Mugikorra "], [" da.", " da, eskerrik asko."]),
}


def phone_iberian_regional(fake: Faker, rng: random.Random) -> Said:
    """A Spanish mobile said in Catalan or Galician as Spaniards group it (the first three as hundreds, then pairs:
    "sis-cents dotze, trenta-quatre ..."), or in Basque digit by digit ("sei bat bi ..."); a Basque's "da" after
    it outside."""
    lang = rng.choice(sorted(IBERIAN_PHONE))
    ask, leads, ends = IBERIAN_PHONE[lang]
    n = national("ES", rng)
    gs = cut(n, [3, 2, 2, 2])
    if lang == "eu" or rng.random() < 0.25:
        text = ", ".join(digit_by_digit(g, lang) for g in gs)
    else:
        text = ", ".join([hundreds(int(gs[0]), lang), *(number(int(g), lang) if g[0] != "0" else
                                                        digit_by_digit(g, lang) for g in gs[1:])])
    u = Said().say(ask).turn().say(rng.choice(leads)).entity("PHONE_NUMBER", text, n, lang)
    return u.say(rng.choice(ends))


def phone_ukrainian_latin(fake: Faker, rng: random.Random) -> Said:
    """A Ukrainian mobile said as Ukrainians say it and a chat writes it in Latin letters ("nol shistdesyat sim, sto
    dvadtsyat try, sorok pyat ..."), or typed ("067-123-45-67", "+380 67 123 45 67")."""
    code, trunk, nsn = phone_value("UA", rng)
    first, last = listed_name("uk", rng)
    if rng.random() < 0.5:
        text, value = rng.choice([(f"+{code} {nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", code + nsn),
                                  (f"{trunk}{nsn[:2]}-{nsn[2:5]}-{nsn[5:7]}-{nsn[7:]}", trunk + nsn),
                                  (f"({trunk}{nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", trunk + nsn),
                                  (trunk + nsn, trunk + nsn)])
        u = Said().say(rng.choice(CHAT) + f"{first} {last}, " + rng.choice(["tel. ", "moi nomer ", "viber "]))
        return u.entity("PHONE_NUMBER", text, value).say(rng.choice(["", " 🙏", " (viber, telegram)"]))
    a, b, c, d = nsn[:2], nsn[2:5], nsn[5:7], nsn[7:]
    said = [rng.choice(["nol", "nul"]) + " " + number(int(a), "uk"),
            hundreds(int(b), "uk") if b[0] != "0" else digit_by_digit(b, "uk"),
            number(int(c), "uk") if c[0] != "0" else digit_by_digit(c, "uk"),
            number(int(d), "uk") if d[0] != "0" else digit_by_digit(d, "uk")]
    u = Said().say(rng.choice(["Yakyi u vas nomer telefonu?", "Na yakyi nomer vam peredzvonyty?"])).turn()
    u.say(rng.choice(["Moi nomer ", "Zapysuite: ", "Tak, "])).entity("PHONE_NUMBER", ", ".join(said), trunk + nsn, "uk")
    return u.say(rng.choice([".", ", dyakuyu.", ""]))


WORLD_CHAT = {  # country: (lead-ins, endings)
    "SG": (["my HP is ", "can call me at ", "hp: "], [" lah", " ok", " thx", " 🙏"]),
    "NG": (["my line is ", "pls call me on ", "my number na "], [" pls", " abeg", " 🙏🏾", ""]),
    "ZA": (["my cell is ", "cell: ", "pls phone me on "], [" just now", " thanks", " 👍"]),
    "IN": (["my mobile no is ", "pls call on ", "contact no "], [" only", " sir", " 🙏", ""]),
}


def phone_world_english_chat(fake: Faker, rng: random.Random) -> Said:
    """A chat from Singapore ("my HP is 9123 4567 lah"), Nigeria ("0803 123 4567 abeg"), South Africa ("my cell is
    082 123 4567") or India, with typos and emoji; the particles and emoji outside the label."""
    country = rng.choice(sorted(WORLD_CHAT))
    leads, ends = WORLD_CHAT[country]
    code, trunk, nsn = phone_value(country, rng)
    n = trunk + nsn
    intl = " ".join(cut(nsn, {"SG": [4, 4], "NG": [3, 3, 4], "ZA": [2, 3, 4], "IN": [5, 5]}[country]))
    text, value = rng.choice([(shown_phone(country, n), n), (n, n), (f"+{code} {intl}", code + nsn),
                              (f"+{code}{nsn}", code + nsn)])
    typo = rng.choice(["", "", "helo ", "hii ", "pls ur agent said to send number, "])
    u = Said().say(rng.choice(CHAT) + typo + rng.choice(leads)).entity("PHONE_NUMBER", text, value)
    return u.say(rng.choice(ends))


def phone_spk_diarized_split(fake: Faker, rng: random.Random) -> Said:
    """A diarized transcript as exported ("spk_0:", lower case, no punctuation), the agent's "mhm" falling inside the
    number the caller reads: the two parts labelled turn by turn and read back together."""
    country = rng.choice(["GB", "US", "AU", "IE", "ZA", "NZ"])
    n = national(country, rng)
    sizes = {"GB": [5, 6], "US": [3, 3, 4], "AU": [4, 3, 3], "IE": [3, 3, 4], "ZA": [3, 3, 4], "NZ": [3, 3, 4]}[country]
    gs = cut(n, sizes)
    k = rng.randrange(1, len(gs))
    first = " ".join(digit_words(rng, g) for g in gs[:k])
    second = " ".join(digit_words(rng, g) for g in gs[k:])
    agent, caller = rng.sample(["spk_0", "spk_1"], 2)
    ask = rng.choice(["and whats a good number to call you back on", "can i grab a contact number"])
    u = Said().say(f"{agent}: {ask}").turn().say(f"{caller}: {rng.choice(['yeah its ', 'sure ', 'um its '])}")
    u.entity("PHONE_NUMBER", first, "".join(gs[:k]))
    u.turn().say(f"{agent}: {rng.choice(['mhm', 'yep', 'okay', 'go on'])}").turn()
    u.say(f"{caller}: ").entity("PHONE_NUMBER", second, "".join(gs[k:])).joint(2, n)
    return u.say(rng.choice(["", " thats my mobile", " yeah"]))


# Addresses ------------------------------------------------------------------------------------------------------
def email_url_encoded(fake: Faker, rng: random.Random) -> Said:
    """An address percent-encoded in a link or a request ("jane.doe%40gmail.com", a plus address "%2B", a redirect's
    address encoded twice "%2540"), labelled as it is written; the tokens, ids and campaign tags not."""
    locale = rng.choice(["en_US", "en_GB", "de_DE", "nl_NL", "fr_FR", "es_ES", "en_IE"])
    _, address = named_address(fake, locale, rng, ["gmail.com", "outlook.com", "yahoo.co.uk", "gmx.de", "icloud.com"])
    local, domain = address.split("@")
    if rng.random() < 0.25:
        local += "+" + rng.choice(["shop", "news", "bills", "amazon"])
    address = f"{local}@{domain}"
    once = local.replace("+", "%2B") + "%40" + domain
    form = rng.choice(["unsub", "verify", "redirect", "api"])
    if form == "redirect":
        text = once.replace("%", "%25")
        u = Said().say("https://login.example-shop.com/sso?redirect_uri=https%3A%2F%2Fshop.example.com%2Freset%3Femail"
                       "%3D")
        return u.entity("EMAIL_ADDRESS", text, address).say(f"%26t%3D{hex_id(rng, 16)}&state={hex_id(rng, 10)}")
    u = Said().say(rng.choice(["customer says this link doesn't work: ", "from the bounce report: ", ""]))
    if form == "unsub":
        u.say(f"https://links.{rng.choice(['mailer', 'news', 'mg'])}.example.com/unsubscribe?e=")
        u.entity("EMAIL_ADDRESS", once, address)
        return u.say(f"&list={rng.randint(2, 90)}&utm_source=newsletter&utm_campaign=xmas_{rng.randint(2025, 2026)}")
    if form == "verify":
        u.say("https://accounts.example.com/verify?token=" + hex_id(rng, 24) + "&email=")
        return u.entity("EMAIL_ADDRESS", once, address).say(f"&exp={rng.randint(1700000000, 1799999999)}")
    u.say('"GET /api/v2/customers/search?email=')
    u.entity("EMAIL_ADDRESS", once, address)
    return u.say(f'&limit=20 HTTP/1.1" 200 {rng.randint(200, 4000)} {rng.randint(8, 900)}ms')


SIGNATURES = {  # locale: (domain endings, closing, labels for mobile, direct line, address, web, extension word,
    # the firm's kinds, the company register)
    "en_GB": ([".co.uk", ".com"], "Kind regards,", "M:", "T:", "E:", "W:", "ext.", ["lettings", "builders"],
              "Registered in England No. "),
    "en_IE": ([".ie", ".com"], "Kind regards,", "Mob:", "Tel:", "Email:", "Web:", "ext.", ["properties", "motors"],
              "CRO No. "),
    "en_AU": ([".com.au"], "Cheers,", "M:", "P:", "E:", "W:", "ext", ["realty", "plumbing"], "ABN "),
    "de_DE": ([".de"], "Mit freundlichen Grüßen", "Mobil:", "Tel.:", "E-Mail:", "Web:", "Durchwahl",
              ["bau", "immobilien"], "HRB "),
    "nl_NL": ([".nl"], "Met vriendelijke groet,", "M:", "T:", "E:", "W:", "toestel", ["advies", "bouw"], "KvK "),
}
SIG_PHONES = {"en_GB": ("GB", "GB"), "en_IE": ("IE", "IE_FIXED"), "en_AU": ("AU", "AU"), "de_DE": ("DE", "DE_FIXED"),
              "nl_NL": ("NL", "NL")}


def email_signature_block(fake: Faker, rng: random.Random) -> Said:
    """A customer's email signature (a landlord, a small firm's manager): the mobile, the direct line and the address
    labelled; the extension, the website and the company's registration number not."""
    locale = rng.choice(sorted(SIGNATURES))
    endings, closing, m_label, t_label, e_label, w_label, ext_word, kinds, register = SIGNATURES[locale]
    mobile_c, line_c = SIG_PHONES[locale]
    first, last = fake[locale].first_name(), fake[locale].last_name()
    firm = re.sub(r"[^a-z]", "", ascii_fold(fake[locale].last_name()).lower()) + rng.choice(kinds)
    domain = firm + rng.choice(endings)
    f, la = re.sub(r"[^a-z]", "", ascii_fold(first).lower()), re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    address = rng.choice([f"{f}.{la}", f"{f[0]}.{la}", f"{f}"]) + "@" + domain
    mobile, line = national(mobile_c, rng), national(line_c, rng)
    u = Said().say(rng.choice(["Thanks for sorting this.\n\n", "Please call me if anything is unclear.\n\n", ""]))
    role = rng.choice({"en": ["Director", "Office Manager", "Property Manager"], "de": ["Geschäftsführer", "Inhaberin"],
                       "nl": ["Eigenaar", "Office manager"]}[locale[:2]])
    u.say(f"{closing}\n\n{first} {last}\n{role} | {firm.capitalize()}\n{m_label} ")
    shown_mobile = f"{mobile[:4]} {mobile[4:]}" if mobile_c == "DE" else f"06-{mobile[2:]}" if mobile_c == "NL" else \
        shown_phone(mobile_c, mobile)
    u.entity("PHONE_NUMBER", shown_mobile, mobile)
    u.say(f" | {t_label} ").entity("PHONE_NUMBER", shown_phone(line_c, line) if line_c in ("GB", "IE_FIXED", "AU")
                                    else line, line)
    if rng.random() < 0.5:
        u.say(f" {ext_word} {rng.randint(10, 499)}")
    u.say(f"\n{e_label} ").entity("EMAIL_ADDRESS", address, address)
    return u.say(f" | {w_label} www.{domain}\n{register}{_digits(rng, 8)}")


def email_whisper_segments(fake: Faker, rng: random.Random) -> Said:
    """Whisper's verbose JSON: the address in the whole text, and cut across two segments (between the name and the
    "at", or inside the domain); the text's label whole, the segments' parts read back together; the token ids,
    timings and probabilities not labelled."""
    locale = rng.choice(["en_US", "en_GB", "en_AU", "en_IN", "en_NG"])
    _, _, local = local_part(fake, locale, rng)
    domain = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com"])
    address = f"{local}@{domain}"
    spoken = rng.random() < 0.5
    if spoken:
        head = say_address(local, "en", EMAIL_WORDS_EN, rng)
        tail = "at " + say_address(domain, "en", EMAIL_WORDS_EN, rng)
    else:
        head, tail = local, "@" + domain
    if email_reads(head) + email_reads(tail) != address:
        head, tail = local, "@" + domain
    lead = rng.choice(["Yeah, it's", "My email is", "Sure, it's"])
    end = rng.choice([".", ", all lowercase.", ""])
    t1, t2 = rng.uniform(0, 20), rng.uniform(1.5, 3.5)
    u = Said().say(rng.choice(["whisper verbose_json for the voicemail:\n", ""]) + '{"task": "transcribe", "language": '
                   f'"english", "duration": {t1 + t2 + rng.uniform(1, 9):.2f}, "text": " {lead} ')
    u.entity("EMAIL_ADDRESS", f"{head} {tail}" if spoken else head + tail, address)
    u.say(f'{end}", "segments": [{{"id": 0, "seek": 0, "start": {t1:.2f}, "end": {t1 + t2:.2f}, "text": " {lead} ')
    u.entity("EMAIL_ADDRESS", head, email_reads(head))
    tokens = ", ".join(str(rng.randint(200, 50000)) for _ in range(rng.randint(5, 9)))
    u.say(f'", "tokens": [50364, {tokens}], "temperature": 0.0, "avg_logprob": -0.{rng.randint(10, 40)}, '
          f'"no_speech_prob": 0.0{rng.randint(1, 9)}}}, {{"id": 1, "seek": {rng.choice([0, 3000])}, "start": '
          f'{t1 + t2:.2f}, "end": {t1 + t2 + rng.uniform(1, 3):.2f}, "text": " ')
    u.entity("EMAIL_ADDRESS", tail, email_reads(tail)).joint(2, address)
    tokens = ", ".join(str(rng.randint(200, 50000)) for _ in range(rng.randint(4, 8)))
    return u.say(f'{end}", "tokens": [{tokens}, 50257], "temperature": 0.0, "avg_logprob": -0.{rng.randint(10, 40)}, '
                 f'"no_speech_prob": 0.0{rng.randint(1, 9)}}}]}}')


EMAIL_WORDS_EN = {"@": "at", ".": "dot", "_": "underscore", "-": "dash"}
EMAIL_V24 = {  # language: (the symbols' words, domains, lead-ins, endings, where the names come from)
    "ca": ({"@": "arrova", ".": "punt", "_": "guió baix", "-": "guió"}, ["gmail.com", "hotmail.com", "xtec.cat",
                                                                          "telefonica.net"],
           ["El meu correu és ", "L'adreça és "], [".", ", gràcies."], "es_CA"),
    "gl": ({"@": "arroba", ".": "punto", "_": "guión baixo", "-": "guión"}, ["gmail.com", "mundo-r.com", "yahoo.es"],
           ["O meu correo é ", "A miña dirección é "], [".", ", grazas."], "gl"),
    "eu": ({"@": "a bildua", ".": "puntu", "_": "azpimarra", "-": "marratxo"},
           ["gmail.com", "euskaltel.net", "ehu.eus"],
           ["Nire helbidea ", "Nire posta "], [" da.", " da, eskerrik asko."], "eu"),
    "is": ({"@": "att", ".": "punktur", "_": "undirstrik", "-": "bandstrik"}, ["simnet.is", "gmail.com", "internet.is"],
           ["Netfangið mitt er ", "Það er "], [".", ", takk."], "is_IS"),
    "uk": ({"@": "sobachka", ".": "krapka", "_": "nyzhnie pidkreslennya", "-": "defis"},
           ["ukr.net", "gmail.com", "i.ua"],
           ["Moia poshta ", "Moi imeil "], [".", ", dyakuyu."], "uk"),
    "sr": ({"@": "majmunče", ".": "tačka", "_": "donja crta", "-": "crtica"}, ["gmail.com", "yahoo.com", "eunet.rs"],
           ["Moj mejl je ", "Adresa je "], [".", ", hvala."], "sr"),
}


def _v24_local(fake: Faker, source: str, rng: random.Random) -> str:
    if source in LISTED_NAMES:
        return listed_address(*listed_name(source, rng), rng, ["x"]).split("@")[0]
    return local_part(fake, source, rng)[2]


def email_iberian_words(fake: Faker, rng: random.Random) -> Said:
    """An address said in Catalan ("arrova", "punt", "guió baix"), Galician ("arroba", "punto") or Basque ("a bildua",
    "puntu"), its digits in the language; a Basque's "da" after it outside."""
    lang = rng.choice(["ca", "gl", "eu"])
    return _email_said(fake, rng, lang)


def email_north_east_words(fake: Faker, rng: random.Random) -> Said:
    """An address said in Icelandic ("att", "punktur"), Ukrainian as typed in Latin letters ("sobachka", "krapka")
    or Serbian ("majmunče", "tačka"), its digits in the language."""
    return _email_said(fake, rng, rng.choice(["is", "uk", "sr"]))


def _email_said(fake: Faker, rng: random.Random, lang: str) -> Said:
    words, domains, leads, ends, source = EMAIL_V24[lang]
    while True:
        address = f"{_v24_local(fake, source, rng)}@{rng.choice(domains)}"
        text = say_address(address, lang, words, rng, lang)
        if email_reads(text, lang) == address:
            break
    return Said().say(rng.choice(leads)).entity("EMAIL_ADDRESS", text, address, lang).say(rng.choice(ends))


CHAT_EMAIL = {  # locale: (lead-ins with their typos, endings with emoji, the mail services there)
    "en_GB": (["my emial is ", "email adress: ", "its ", "send it to 👉 "], [" 🙏", " pls", " thx!!", " ta 😊"],
              ["gmail.com", "hotmail.co.uk", "btinternet.com"]),
    "en_US": (["my email is ", "emial: ", "you can reach me at ", "📧 "], [" thanks!!", " 🙏🙏", " lol", ""],
              ["gmail.com", "yahoo.com", "aol.com"]),
    "es_MX": (["mi correo es ", "mi mail: ", "correo 👉 "], [" gracias 😊", " porfa", " 🙏"],
              ["gmail.com", "hotmail.com", "prodigy.net.mx"]),
    "pt_BR": (["meu email é ", "email: ", "manda pro "], [" valeu 👍", " obg", " 🙏"],
              ["gmail.com", "uol.com.br", "bol.com.br"]),
    "pl_PL": (["mój mail to ", "mail: ", "pisz na "], [" dzięki 🙂", " pozdro", ""], ["wp.pl", "o2.pl", "gmail.com"]),
    "de_DE": (["meine mail: ", "email ist ", "schick an "], [" danke 🙏", " lg", " 😊"],
              ["web.de", "gmx.de", "t-online.de"]),
}


def email_chat_emoji(fake: Faker, rng: random.Random) -> Said:
    """A chat message with the address among typos, emoji and "pls", now and then an emoji glued to its end or the
    address in brackets; the emoji outside the label."""
    locale = rng.choice(sorted(CHAT_EMAIL))
    leads, ends, domains = CHAT_EMAIL[locale]
    _, address = named_address(fake, locale, rng, domains)
    u = Said().say(rng.choice(CHAT) + rng.choice(["", "hiii 👋 ", "ok ", "hola! " if locale == "es_MX" else ""]))
    u.say(rng.choice(leads))
    if rng.random() < 0.2:
        return u.say("(").entity("EMAIL_ADDRESS", address, address).say(")" + rng.choice(ends))
    glue = rng.random() < 0.3
    return u.entity("EMAIL_ADDRESS", address, address).say(rng.choice(["🙏", "😊", "👍"]) if glue else rng.choice(ends))


def email_yaml_record(fake: Faker, rng: random.Random) -> Said:
    """A customer record as YAML from a config or a test fixture someone pasted: the address, the phone and (now and
    then) the date of birth labelled, quoted or not (quotes outside); the id, the flags and the stamps not."""
    locale = rng.choice(["en_GB", "en_US", "en_IE", "de_DE", "nl_NL"])
    who, address = named_address(fake, locale, rng, ["gmail.com", "outlook.com", "icloud.com", "web.de", "ziggo.nl"])
    country = {"en_GB": "GB", "en_US": "US", "en_IE": "IE", "de_DE": "DE", "nl_NL": "NL"}[locale]
    code, trunk, nsn = phone_value(country, rng)
    q = rng.choice(['"', "'", ""])
    u = Said().say(rng.choice(["fixture that went to prod:\n", "```yaml\n", "config/customers/seed.yml\n", ""]))
    u.say(f"customer:\n  id: {rng.randint(100000, 999999)}\n  name: {who}\n  email: {q}")
    u.entity("EMAIL_ADDRESS", address, address).say(f"{q}\n  phone: \"")
    text, value = rng.choice([(f"+{code} {nsn}", code + nsn), (f"+{code}{nsn}", code + nsn),
                              (trunk + nsn, trunk + nsn)])
    u.entity("PHONE_NUMBER", text, value).say('"\n')
    if rng.random() < 0.5:
        born = dob_value(rng)
        u.say("  date_of_birth: ").entity("DATE_OF_BIRTH", born.isoformat(), born.isoformat().replace("-", ""))
        u.say("\n")
    return u.say(f"  marketing_opt_in: {rng.choice(['true', 'false'])}\n  created_at: {iso_stamp(rng)}"
                 + ("\n```" if rng.random() < 0.3 else ""))


# IBANs ----------------------------------------------------------------------------------------------------------
def iban_icelandic(fake: Faker, rng: random.Random) -> Said:
    """An Icelandic IBAN said four at a time in Icelandic (digits as counted, or in pairs: "þrjátíu og fimm"), or
    typed in a message with the bank's name; the kennitala in it is part of the IBAN."""
    iban = iban_value("IS", rng)
    if rng.random() < 0.5:
        u = Said().say(rng.choice(["IBAN-númerið mitt er ", "Já, IBAN ", "Það er "]))
        return u.entity("IBAN_CODE", iban_said(iban, "is", rng, ["words", "pairs"]), iban, "is").say(
            rng.choice([".", ", takk.", ""]))
    who = fake["is_IS"].name()
    u = Said().say(rng.choice(CHAT) + f"{who}\n{rng.choice(['Landsbankinn', 'Arion banki', 'Íslandsbanki'])}\nIBAN: ")
    return u.entity("IBAN_CODE", rng.choice([" ".join(cut(iban, [4] * 7)), iban]), iban).say(
        f"\nSWIFT: {rng.choice(['NBIIISRE', 'ESJAISRE', 'GLITISRE'])}")


def iban_maltese_typed(fake: Faker, rng: random.Random) -> Said:
    """A Maltese IBAN (thirty-one characters, the bank's letters in it) on an invoice or in an email; the BIC, the
    VAT number and the amount not labelled."""
    iban = iban_value("MT", rng)
    first, last = listed_name("mt", rng)
    shown = rng.choice([" ".join(cut(iban, [4] * 8)), iban])
    if rng.random() < 0.5:
        trade = rng.choice(["Plumbing", "Catering", "Tiling"])
        u = Said().say(f"INVOICE {rng.randint(100, 999)}/2026\n{first} {last} — {trade} Services\n"
                       f"VAT No: MT{_digits(rng, 8)}\nTotal: €{rng.randint(40, 900)}.{rng.randint(10, 99)}"
                       "\nPlease pay by bank transfer to IBAN ")
        return u.entity("IBAN_CODE", shown, iban).say(f" (BIC {rng.choice(['VALLMTMT', 'MMEBMTMT', 'APSBMTMT'])})")
    u = Said().say(f"Hi, this is {first}. {rng.choice(['Can you refund me on', 'My new account is', 'Please use'])} ")
    return u.entity("IBAN_CODE", shown, iban).say(rng.choice([". Grazzi!", ", thanks.", "."]))


def iban_serbian_said(fake: Faker, rng: random.Random) -> Said:
    """A Serbian IBAN read four at a time in Serbian, digit by digit or in pairs ("sedamnaest, nula osam ...")."""
    iban = iban_value("RS", rng)
    u = Said().say(rng.choice(["Agent: Vaš IBAN, molim vas?", "Agent: Na koji račun da vratimo novac?"])).turn()
    u.say(rng.choice(["Moj IBAN je ", "Dakle, ", "Da, "]))
    return u.entity("IBAN_CODE", iban_said(iban, "sr", rng, ["words", "pairs"]), iban, "sr").say(
        rng.choice([".", ", hvala.", ""]))


def iban_ukrainian(fake: Faker, rng: random.Random) -> Said:
    """A Ukrainian IBAN (twenty-nine characters) typed in a chat as Ukrainians write it ("UA21 3223 1300 ..." or
    run together), or said in Ukrainian in Latin letters, the letters plain."""
    iban = iban_value("UA", rng)
    first, last = listed_name("uk", rng)
    if rng.random() < 0.5:
        u = Said().say(rng.choice(CHAT) + rng.choice(["IBAN: ", "rakhunok ", f"{first} {last}, IBAN "]))
        return u.entity("IBAN_CODE", rng.choice([iban, " ".join(cut(iban, [4] * 8))]), iban).say(
            rng.choice(["", " (Monobank)", " 🙏"]))
    u = Said().say(rng.choice(["Moi IBAN ", "Zapysuite IBAN: ", "Tak, "]))
    return u.entity("IBAN_CODE", iban_said(iban, "uk", rng, ["words", "pairs"]), iban, "uk").say(
        rng.choice([".", ", dyakuyu.", ""]))


def iban_luxembourgish(fake: Faker, rng: random.Random) -> Said:
    """A Luxembourg IBAN said in Luxembourgish four at a time (a group now and then in German or French), or typed
    on an invoice ("Fir Iwwerweisungen: IBAN LU28 0019 ...")."""
    iban = iban_value("LU", rng)
    if rng.random() < 0.5:
        out = []
        for g in cut(iban, [4] * 5):
            lang = rng.choice(["lb", "lb", "de", "fr"])
            out.append(" ".join(" ".join(p) if p.isalpha() else digit_by_digit(p, lang)
                                for p in re.findall(r"[A-Z]+|\d+", g)))
        u = Said().say(rng.choice(["Mäin IBAN ass ", "Jo, ", "Also, den IBAN: "]))
        return u.entity("IBAN_CODE", ", ".join(out), iban, "lb&de&fr").say(rng.choice([".", ", merci.", ""]))
    first, last = listed_name("lb", rng)
    u = Said().say(f"{first} {last}\n{rng.choice(['Rechnung', 'Facture'])} Nr. {rng.randint(100, 999)}\n"
                   f"{rng.choice(['Fir Iwwerweisungen', 'Virement'])}: IBAN ")
    return u.entity("IBAN_CODE", rng.choice([" ".join(cut(iban, [4] * 5)), iban]), iban).say(
        f" – BIC {rng.choice(['BCEELULL', 'BGLLLULL', 'CCRALULL'])}")


SEPA_COUNTRIES = ["DE", "NL", "FR", "ES", "IT", "BE", "AT", "FI", "IE", "PT", "LU"]


def iban_xml_pain001(fake: Faker, rng: random.Random) -> Said:
    """A SEPA credit transfer (pain.001) a bank rejected, pasted by the finance team: the debtor's and the creditor's
    IBANs labelled; the message id, the end-to-end id, the BIC and the amount not."""
    debtor, creditor = iban_value(rng.choice(SEPA_COUNTRIES), rng), iban_value(rng.choice(SEPA_COUNTRIES), rng)
    who = fake[rng.choice(["de_DE", "nl_NL", "fr_FR", "es_ES", "it_IT", "en_IE"])].name()
    u = Said().say(rng.choice(["Bank rejected the refund batch (AC01 IncorrectAccountNumber):\n", "pain.001 excerpt:\n",
                               ""]))
    u.say(f"<CdtTrfTxInf>\n  <PmtId><EndToEndId>RFND-{rng.randint(100000, 999999)}</EndToEndId></PmtId>\n  <Amt>"
          f'<InstdAmt Ccy="EUR">{rng.randint(5, 900)}.{rng.randint(10, 99)}</InstdAmt></Amt>\n  <Cdtr><Nm>{who}</Nm>'
          "</Cdtr>\n  <CdtrAcct><Id><IBAN>")
    u.entity("IBAN_CODE", creditor, creditor).say("</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Refund order "
                                                   f"{rng.randint(10000, 99999)}</Ustrd></RmtInf>\n</CdtTrfTxInf>")
    if rng.random() < 0.6:
        u.say("\n<!-- debtor -->\n<DbtrAcct><Id><IBAN>").entity("IBAN_CODE", debtor, debtor)
        u.say("</IBAN></Id></DbtrAcct>")
    return u


def iban_chat_split(fake: Faker, rng: random.Random) -> Said:
    """An IBAN sent in a WhatsApp chat as two messages (the rest after a "sorry"); each part labelled in its message
    and read back together."""
    country = rng.choice(["DE", "NL", "ES", "IT", "FR", "IE", "PT", "BE"])
    iban = iban_value(country, rng)
    c = rng.choice(part_cuts(iban))
    first, second = iban[:c], iban[c:]
    spaced = rng.random() < 0.6
    locale = {"DE": "de_DE", "NL": "nl_NL", "ES": "es_ES", "IT": "it_IT", "FR": "fr_FR", "IE": "en_IE", "PT": "pt_PT",
              "BE": "nl_BE"}[country]
    who = fake[locale].name()
    stamps = chat_stamps(rng, 2)
    u = Said().say(f"{stamps[0]}{who}: {rng.choice(['IBAN ', 'iban: ', 'here: ', ''])}")
    u.entity("IBAN_CODE", " ".join(cut(first, [4] * 9)) if spaced else first, first).turn()
    u.say(f"{stamps[1]}{who}: ").entity("IBAN_CODE", " ".join(cut(second, [4] * 9)) if spaced else second, second)
    return u.joint(2, iban).say(rng.choice(["", " sorry", " 🙈", " (rest)"]))


def iban_nato_letters(fake: Faker, rng: random.Random) -> Said:
    """A British or Irish IBAN read with its letters in the NATO alphabet ("Golf Bravo two nine, November Whiskey
    Bravo Kilo ..."), the digits as words or, now and then, as pilots say them ("niner")."""
    iban = iban_value(rng.choice(["GB", "IE"]), rng)
    out = []
    for g in cut(iban, [4] * 6):
        out.append(" ".join(nato_word(c, rng) for c in g))
    u = Said().say(rng.choice(["Okay, I'll do the letters phonetically. ", "Right, it's ", "The IBAN is "]))
    return u.entity("IBAN_CODE", ", ".join(out), iban, "en+").say(rng.choice([".", ". Got that?", ""]))


def iban_webvtt_cues(fake: Faker, rng: random.Random) -> Said:
    """A recorded call's WebVTT captions (the speaker in a <v> tag) cutting the IBAN the customer reads four at a
    time; the parts labelled cue by cue and read back together."""
    country = rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    iban = iban_value(country, rng)
    c = rng.choice([x for x in part_cuts(iban) if x % 4 == 0] or part_cuts(iban))
    first, second = iban[:c], iban[c:]
    who = rng.choice(["Customer", "Caller", "Speaker 2"])
    blocks = [[f"<v {who}>{rng.choice(['So the IBAN is', 'Okay, it is', 'Right, it starts'])}\n",
               ("IBAN_CODE", iban_said(first, "en", rng, ["words", "numerals"]), first)],
              [f"<v {who}>", ("IBAN_CODE", iban_said(second, "en", rng, ["words", "numerals"]), second),
               ("joint", 2, iban), rng.choice([".", ", and that's it.", ""])]]
    if rng.random() < 0.5:
        blocks.insert(0, ["<v Agent>And where should the refund go?"])
    return cues(Said(), rng, blocks, True)


# Dates of birth -------------------------------------------------------------------------------------------------
def birth_age_nearby(fake: Faker, rng: random.Random) -> Said:
    """A caller giving an age beside the date of birth ("I'm forty-two, born the twelfth of March eighty-four", "Ich
    bin 42, geboren am 12.03.1984", a child's: "she's seven, her birthday's ..."); the date labelled, the age not."""
    form = rng.choice(["en", "en_child", "en_us", "es", "de", "nl"])
    born = child_birth(rng) if form == "en_child" else dob_value(rng)
    age = age_on(born)
    d, m, y = born.day, born.month, born.year
    u = Said()
    if form in ("en", "en_child"):
        text = f"{en_ordinal(d)} of {MONTHS['en'][m - 1]} {en_year(y, rng)}"
        who = "I'm" if form == "en" else rng.choice(["She's", "He's"])
        u.say(rng.choice(["Can I take a date of birth?", "And the date of birth, please?"])).turn()
        u.say(f"{who} {number(age)}, {'born' if form == 'en' else 'born on'} the ")
        return u.entity("DATE_OF_BIRTH", text, f"{d}{m}{y}").say(".")
    if form == "en_us":
        text = rng.choice([f"{m}/{d}/{y % 100:02d}", f"{MONTHS['en'][m - 1]} {d}, {y}"])
        u.say(rng.choice(CHAT) + "DOB is ").entity("DATE_OF_BIRTH", text, reads(text))
        return u.say(f", so I'm {age} {rng.choice(['lol', 'now', 'if that matters'])}")
    if form == "es":
        text = f"{number(d, 'es') if d > 1 else 'primero'} de {MONTHS['es'][m - 1]} de {year_words(y, 'es')}"
        u.say("¿Su fecha de nacimiento?").turn()
        u.say(f"Tengo {number(age, 'es') if age < 100 else age} años, nací el ")
        return u.entity("DATE_OF_BIRTH", text, f"{d}{m}{y}", "es").say(".")
    if form == "de":
        text = rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}. {MONTHS['de'][m - 1]} {y}"])
        u.say(rng.choice(CHAT) + f"Ich bin {age}, geboren am ").entity("DATE_OF_BIRTH", text, reads(text, "de"), "de")
        return u.say(".")
    text = f"{d} {MONTHS['nl'][m - 1]} {y}"
    u.say(rng.choice(CHAT) + f"Ik ben {number(age, 'nl')}, geboren op ")
    u.entity("DATE_OF_BIRTH", text, reads(text, "nl"), "nl")
    return u.say(".")


def birth_many_orders(fake: Faker, rng: random.Random) -> Said:
    """A date of birth in the orders people and systems put it in: the year first ("nineteen eighty-four, March the
    twelfth"), the month as its number ("the twelfth of the third, eighty-four"), a short year ("March 12 '84"), a
    report's "12-Mar-1984", a Japanese-style "1984/03/12"; each value the label's own digits in its order."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    yy = f"{y % 100:02d}"
    short = number(y % 100) if y % 100 >= 10 else f"oh {UNITS['en'][y % 100]}"
    forms = [
        (f"{en_year(y, rng)}, {MONTHS['en'][m - 1]} the {en_ordinal(d)}", f"{y}{m}{d}", True),
        (f"{MONTHS['en'][m - 1]} the {en_ordinal(d)}, {short}", f"{m}{d}{yy}", True),
        (f"the {en_ordinal(d)} of the {en_ordinal(m)}, {short}", f"{d}{m}{yy}", True),
        (f"{number(d)}, {number(m)}, {short}", f"{d}{m}{yy}", True),
        (f"{MONTHS['en'][m - 1][:3]} {d} '{yy}", f"{m}{d}{yy}", False),
        (f"{d:02d}-{MONTHS['en'][m - 1][:3]}-{y}", f"{d:02d}{m}{y}", False),
        (f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}", False)]
    text, value, spoken = rng.choice(forms)
    if text.startswith("the "):
        lead, text = "It's the ", text[4:]
    else:
        lead = rng.choice(["It's ", "Date of birth ", ""]) if spoken else rng.choice(["DOB: ", "dob ", "Born "])
    if spoken:
        u = Said().say(rng.choice(["Agent: Date of birth?", "Agent: Can you confirm your date of birth?"])).turn()
        return u.say("Caller: " + lead).entity("DATE_OF_BIRTH", text, value).say(".")
    u = Said().say(rng.choice(CHAT) + lead).entity("DATE_OF_BIRTH", text, value)
    return u.say(rng.choice(["", " (for the account check)", "."]))


def birth_catalan_galician(fake: Faker, rng: random.Random) -> Said:
    """A date of birth said in Catalan ("el dotze de març de mil nou-cents vuitanta-quatre", "l'u d'abril") or
    Galician ("o doce de marzo de mil novecentos oitenta e catro"); the article before it outside."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    if rng.random() < 0.5:
        month = MONTHS["ca"][m - 1]
        of = "d'" if month[0] in "ao" else "de "
        day = "primer" if d == 1 else number(d, "ca")
        text = f"{day} {of}{month} de {year_words(y, 'ca')}" if rng.random() < 0.7 else f"{d} {of}{month} del {y}"
        u = Said().say(rng.choice(["Quina és la vostra data de naixement?", "Em pot dir la data de naixement?"])).turn()
        u.say(rng.choice(["Vaig néixer el ", "És el ", "El "]))
        return u.entity("DATE_OF_BIRTH", text, f"{d}{m}{y}", "ca").say(rng.choice([".", ", gràcies."]))
    day = "primeiro" if d == 1 else number(d, "gl")
    text = f"{day} de {MONTHS['gl'][m - 1]} de {year_words(y, 'gl')}"
    u = Said().say(rng.choice(["Cal é a súa data de nacemento?", "Dígame a data de nacemento, por favor."])).turn()
    u.say(rng.choice(["Nacín o ", "É o ", "O "])).entity("DATE_OF_BIRTH", text, f"{d}{m}{y}", "gl")
    return u.say(rng.choice([".", ", grazas."]))


def birth_icelandic_typed(fake: Faker, rng: random.Random) -> Said:
    """An Icelandic date of birth typed as Icelanders write it ("12. mars 1984", "12.03.1984"), after "fædd",
    "fæddur", "f." or a form's field, the words before outside."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    text = rng.choice([f"{d}. {MONTHS['is'][m - 1]} {y}", f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}"])
    who = fake["is_IS"]
    female = rng.random() < 0.5
    name = f"{who.first_name_female() if female else who.first_name_male()} {who.last_name()}"
    lead = rng.choice(["fædd " if female else "fæddur ", "f. ", "Fæðingardagur: "])
    u = Said().say(rng.choice(CHAT) + f"{name}, {lead}").entity("DATE_OF_BIRTH", text, reads(text, "is"), "is")
    return u.say(rng.choice(["", ".", ", takk"]))


def birth_logline_url(fake: Faker, rng: random.Random) -> Said:
    """A date of birth in a request's query or a log line's key=value ("dob=1984-03-12", "birthdate=12%2F03%2F1984"
    percent-encoded, "date_of_birth=\"03/12/1984\""), labelled as it is written; the ids, the status and the timing
    not."""
    born = dob_value(rng)
    d, m, y = f"{born.day:02d}", f"{born.month:02d}", str(born.year)
    text = rng.choice([f"{y}-{m}-{d}", f"{d}%2F{m}%2F{y}", f"{m}/{d}/{y}", f"{y}{m}{d}", f"{d}.{m}.{y}"])
    value = re.sub(r"\D", "", unquote(text))
    form = rng.choice(["url", "kv", "logfmt"])
    if form == "url":
        u = Said().say(f'"GET /api/v1/patients?last_name={fake["en_US"].last_name()}&dob=')
        return u.entity("DATE_OF_BIRTH", text, value).say(f'&page=1 HTTP/1.1" 200 {rng.randint(300, 9000)}')
    if form == "kv":
        u = Said().say(f"{iso_stamp(rng)} INFO  kyc-check user={rng.randint(10000, 99999)} birthdate=")
        return u.entity("DATE_OF_BIRTH", text, value).say(f" result={rng.choice(['MATCH', 'MISMATCH', 'NO_RECORD'])} "
                                                          f"latency_ms={rng.randint(20, 900)}")
    u = Said().say(f'level=warn ts={iso_stamp(rng)} msg="identity check failed" account={rng.randint(100000, 999999)} '
                   'date_of_birth="')
    return u.entity("DATE_OF_BIRTH", text, value).say(f'" attempts={rng.randint(2, 5)}')


def birth_deepgram_words(fake: Faker, rng: random.Random) -> Said:
    """Deepgram's response with smart formatting ("March 12, 1984", "12 March 1984"): the date in the transcript and
    in the words array twice a word, "word" in lower case and "punctuated_word" as written, each labelled and each
    copy read back together."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    month = MONTHS["en"][m - 1]
    if rng.random() < 0.5:
        text, value, lang = f"{month} {d}, {y}", f"{m}{d}{y}", "en-US"
    else:
        text, value, lang = f"{d} {month} {y}", f"{d}{m}{y}", "en-GB"
    pieces = [rng.choice(["My date of birth is ", "It's ", "I was born on "]), ("DATE_OF_BIRTH", text, value), "."]
    return engine_json(Said().say(rng.choice(["deepgram response:\n", ""])), rng, "deepgram", pieces, lang)


def birth_ocr_boxed(fake: Faker, rng: random.Random) -> Said:
    """A scanned registration form as OCR reads it, the date of birth in its boxes ("|1|2|/|0|3|/|1|9|8|4|"); the
    appointment's date, the hospital number and the form's misread words not labelled."""
    born = dob_value(rng)
    us = rng.random() < 0.3
    digits = f"{born.month:02d}{born.day:02d}{born.year}" if us else f"{born.day:02d}{born.month:02d}{born.year}"
    before, text, after = boxes(digits, rng, [2, 2, 4], "/")
    locale = "en_US" if us else rng.choice(["en_GB", "en_IE", "en_AU"])
    u = Said().say(rng.choice(["[OCR] ", "Scan (page 1) text:\n", ""]) + rng.choice(["PATIENT REGISTRATION FORM",
                                                                                    "NEW CUSTOMER APPLlCATION"]))
    u.say(f"\nSurname: {fake[locale].last_name().upper()}   Forename(s): {fake[locale].first_name().upper()}\n"
          f"Date of Birth ({'MM/DD/YYYY' if us else 'DD/MM/YYYY'}): {before}")
    u.entity("DATE_OF_BIRTH", text, digits)
    return u.say(f"{after}\nHospital No: H{_digits(rng, 7)}   Appt: {rng.randint(1, 28):02d}/01/2027\n"
                 "Signature: ____________")


EAST_DATES = {  # language: (lead-ins, the date's forms, what follows)
    "sr": (["rođen ", "rođena ", "Datum rođenja: "], ["{d:02d}.{m:02d}.{y}", "{d}. {m}. {y}"], [".", ". godine", ""]),
    "uk": (["data narodzhennya: ", "dn ", "narodyvsya "], ["{d:02d}.{m:02d}.{y}", "{d} {mo} {y}"],
           ["", " r.", " roku"]),
    "mt": (["imwieled fit-", "imwielda fit-"], ["{d} ta' {mo} {y}", "{d:02d}/{m:02d}/{y}"], ["", "."]),
    "lb": (["gebuer den ", "Gebuertsdatum: "], ["{d}. {mo} {y}", "{d:02d}.{m:02d}.{y}"], ["", "."]),
}


def birth_east_typed(fake: Faker, rng: random.Random) -> Said:
    """A date of birth typed by a Serbian ("rođen 12.03.1984."), a Ukrainian ("12 bereznia 1984 r."), a Maltese
    ("imwieled fit-12 ta' Marzu 1984") or a Luxembourger ("gebuer den 12. Mäerz 1984"); the year's dot, "r.",
    "godine" outside."""
    lang = rng.choice(sorted(EAST_DATES))
    leads, forms, ends = EAST_DATES[lang]
    born = dob_value(rng)
    text = rng.choice(forms).format(d=born.day, m=born.month, y=born.year, mo=MONTHS[lang][born.month - 1])
    first, last = listed_name(lang, rng)
    u = Said().say(rng.choice(CHAT) + f"{first} {last}, {rng.choice(leads)}")
    return u.entity("DATE_OF_BIRTH", text, reads(text, lang), lang).say(rng.choice(ends))


def birth_english_variants_spoken(fake: Faker, rng: random.Random) -> Said:
    """A date of birth as callers from India ("twelve zero three nineteen eighty-four"), Nigeria, Singapore, South
    Africa and the US say it, or digit by digit in groups ("one two, oh three, one nine eight four")."""
    born = dob_value(rng)
    d, m, y = born.day, born.month, born.year
    dd, mm = f"{d:02d}", f"{m:02d}"
    year = en_year(y, rng)
    day = number(d) + ("," if d % 10 == 0 and d > 10 else "")  # "twenty, one two": not twenty-one
    forms = [(f"{day} {digit_by_digit(mm, 'en', 'zero')} {year}", f"{d}{mm}{y}", "Ma'am, my DOB is ", " only."),
             (f"{en_ordinal(d)} of {MONTHS['en'][m - 1]}, {year}", f"{d}{m}{y}", "It's the ", "."),
             (f"{number(d)} {MONTHS['en'][m - 1]} {number(y % 100) if y % 100 >= 10 else year}",
              f"{d}{m}{y % 100 if y % 100 >= 10 else y}", "Born ", " lah."),
             (f"{MONTHS['en'][m - 1]} {en_ordinal(d)}, {year}", f"{m}{d}{y}", "Sure, it's ", "."),
             (f"{digit_by_digit(dd, 'en', 'oh')}, {digit_by_digit(mm, 'en', 'oh')}, {digit_by_digit(str(y))}",
              f"{dd}{mm}{y}", "Okay, ", ".")]
    text, value, lead, end = rng.choice(forms)
    u = Said().say(rng.choice(["Agent: And your date of birth?", "Agent: For security, your date of birth?"])).turn()
    return u.say("Caller: " + lead).entity("DATE_OF_BIRTH", text, value).say(end)


# SSNs, routing and account numbers ------------------------------------------------------------------------------
def ssn_assemblyai_words(fake: Faker, rng: random.Random) -> Said:
    """AssemblyAI's transcript JSON (words with a speaker): the SSN as it formats it ("512-44-6789", one word) or as
    three words; each word of it labelled and read back together."""
    v = ssn_value(rng)
    text = rng.choice([f"{v[:3]}-{v[3:5]}-{v[5:]}", f"{v[:3]} {v[3:5]} {v[5:]}"])
    pieces = [rng.choice(["Yeah, my social is ", "It's ", "Social Security number is "]), ("US_SSN", text, v),
              rng.choice([".", ""])]
    return engine_json(Said().say(rng.choice(["assembly transcript:\n", ""])), rng, "assemblyai", pieces, "en-US")


def ssn_scratch_that(fake: Faker, rng: random.Random) -> Said:
    """An SSN started wrong and taken back ("five one two, four four — scratch that, five one two, four five ...");
    the false start named for the reading."""
    v = ssn_value(rng)
    gs = cut(v, [3, 2, 4])
    zero = rng.choice(["oh", "zero"])
    wrong = digit_by_digit(gs[0], "en", zero) + ", " + digit_by_digit(swap_two(gs[1], rng) if gs[1][0] != gs[1][1]
                                                                      else str((int(gs[1]) + 11) % 100).zfill(2),
                                                                      "en", zero)
    slip = wrong + rng.choice([", scratch that,", " — scratch that —", ", wait, no,", ", sorry, start again,"])
    text = slip + " " + ", ".join(digit_by_digit(g, "en", zero) for g in gs)
    u = Said().say(rng.choice(["And your Social?", "Can you verify your Social Security number?"])).turn()
    return u.say(rng.choice(["Sure, ", "Yeah, ", ""])).entity("US_SSN", text, v, drop=(slip,)).say(".")


def ssn_ocr_w9(fake: Faker, rng: random.Random) -> Said:
    """A scanned W-9 as OCR reads it: the SSN in its boxes with the printed dashes ("|5|1|2| - |4|4| - |6|7|8|9|");
    the form's revision date and the empty employer number's boxes not labelled."""
    v = ssn_value(rng)
    before, text, after = boxes(v, rng, [3, 2, 4], "-")
    u = Said().say(rng.choice(["W9_scan.pdf (OCR):\n", "[ocr] ", ""]) + "Form W-9 (Rev. March 2024)\n")
    u.say(f"Name: {fake['en_US'].name()}\nPart I  Taxpayer Identification Number (TIN)\n"
          f"{rng.choice(['Social security number', 'Social securlty number'])}\n{before}")
    return u.entity("US_SSN", text, v).say(f"{after}\nor\nEmployer identification number\n| | | - | | | | | | | |")


def ssn_xml_enrollment(fake: Faker, rng: random.Random) -> Said:
    """A benefits enrollment record as XML: the SSN and the date of birth labelled; the subscriber and group ids (the
    insurer's) not."""
    v, born = ssn_value(rng), dob_value(rng)
    dob = rng.choice([born.isoformat(), f"{born.month:02d}/{born.day:02d}/{born.year}", born.strftime("%Y%m%d")])
    u = Said().say(rng.choice(["enrollment file, member that failed validation:\n", "834 → XML dump:\n", ""]))
    u.say(f"<Member>\n  <SubscriberId>{rng.choice(['W', 'XJH', 'ZGP'])}{_digits(rng, 9)}</SubscriberId>\n  "
          "<GroupNumber>"
          f"{_digits(rng, 6)}</GroupNumber>\n  <Name><First>{fake['en_US'].first_name()}</First><Last>"
          f"{fake['en_US'].last_name()}</Last></Name>\n  <SSN>")
    u.entity("US_SSN", rng.choice([v, f"{v[:3]}-{v[3:5]}-{v[5:]}"]), v).say("</SSN>\n  <BirthDate>")
    u.entity("DATE_OF_BIRTH", dob, re.sub(r"\D", "", dob))
    return u.say("</BirthDate>\n  <CoverageStart>2027-01-01</CoverageStart>\n</Member>")


def bank_micr_ocr(fake: Faker, rng: random.Random) -> Said:
    """A mobile check deposit's OCR of the MICR line, in its own symbols ("⑆021000021⑆ 123456789⑈ 1042") or as an
    OCR without them reads them ("A021000021A 123456789C 1042"): the routing and account numbers labelled, the check
    number and the amount not."""
    aba, acct = aba_value(rng), account_value(rng)
    check = str(rng.randint(100, 9999))
    t, o = rng.choice([("⑆", "⑈"), ("A", "C"), (":", '"'), ("T", "U")])
    u = Said().say(rng.choice(["Mobile deposit rejected – OCR result:\n", "check image text:\n", ""]))
    u.say(f"PAY TO THE ORDER OF {fake['en_US'].name().upper()}   $ {rng.randint(20, 3000)}.{rng.randint(10, 99)}\n"
          f"MEMO {rng.choice(['rent', 'deposit', 'invoice 118', ''])}\n")
    if rng.random() < 0.7:
        u.say(t).entity("ABA_ROUTING_NUMBER", aba, aba).say(f"{t} ").entity("US_BANK_NUMBER", acct, acct)
        return u.say(f"{o} {check}")
    u.say(f"{o}{check.zfill(6)}{o} {t}").entity("ABA_ROUTING_NUMBER", aba, aba).say(t)
    return u.entity("US_BANK_NUMBER", acct, acct).say(o)


def bank_spk_diarized(fake: Faker, rng: random.Random) -> Said:
    """A diarized transcript (lower case, no punctuation) of a direct deposit set-up: the caller reads the routing and
    account numbers and the agent reads them back; every reading labelled."""
    aba, acct = aba_value(rng), account_value(rng)
    agent, caller = rng.sample(["spk_0", "spk_1"], 2)
    u = Said().say(f"{agent}: {rng.choice(['and the routing number', 'whats the routing number on the check'])}").turn()
    u.say(f"{caller}: {rng.choice(['its ', 'okay ', ''])}").entity("ABA_ROUTING_NUMBER", digit_words(rng, aba), aba)
    if rng.random() < 0.6:
        u.turn().say(f"{agent}: ").entity("ABA_ROUTING_NUMBER", digit_by_digit(aba, "en", "zero"), aba)
        u.say(rng.choice([" correct", " is that right"])).turn().say(f"{caller}: yes")
    u.turn().say(f"{agent}: {rng.choice(['and the account number', 'thank you and the account'])}").turn()
    u.say(f"{caller}: ").entity("US_BANK_NUMBER", digit_words(rng, acct), acct)
    if rng.random() < 0.5:
        u.turn().say(f"{agent}: let me read that back ").entity("US_BANK_NUMBER", digit_by_digit(acct, "en", "zero"),
                                                                 acct)
    return u


def bank_yaml_payroll(fake: Faker, rng: random.Random) -> Said:
    """A payroll system's YAML for an employee's direct deposit: routing and account numbers labelled (quoted or
    not); the employee id, the split and the bank's name not."""
    aba, acct = aba_value(rng), account_value(rng)
    q = rng.choice(['"', "'", ""])
    u = Said().say(rng.choice(["payroll export (yaml):\n", "```\n", ""]))
    u.say(f"employee:\n  id: E{_digits(rng, 5)}\n  name: {fake['en_US'].name()}\ndirect_deposit:\n  - bank: "
          f"{rng.choice(['Chase', 'Wells Fargo', 'Bank of America', 'US Bank', 'PNC'])}\n    routing_number: {q}")
    u.entity("ABA_ROUTING_NUMBER", aba, aba).say(f"{q}\n    account_number: {q}").entity("US_BANK_NUMBER", acct, acct)
    return u.say(f"{q}\n    account_type: {rng.choice(['checking', 'savings'])}\n    allocation: "
                 f"{rng.choice(['100%', 'remainder', '500.00'])}")


# NINOs, DNIs, NIEs ----------------------------------------------------------------------------------------------
def nino_nato_spelled(fake: Faker, rng: random.Random) -> Said:
    """A NINO with its letters in the NATO alphabet, alone ("Juliet Charlie") or after the letter ("J for Juliet"),
    the digits in pairs or one by one."""
    v = nino_value(rng)

    def letter(c: str) -> str:
        return nato_word(c, rng) if rng.random() < 0.5 else \
            f"{c} {rng.choice(['for', 'as in'])} {nato_word(c, rng).replace('-', '')}"

    digits = ", ".join(in_pairs(g) if rng.random() < 0.5 else digit_by_digit(g, "en", "oh")
                       for g in cut(v[2:8], [2] * 3))
    text = f"{letter(v[0])}, {letter(v[1])}, {digits}, {letter(v[8])}"
    u = Said().say(rng.choice(["Can I have your National Insurance number?", "And your NI number, please?"])).turn()
    return u.say(rng.choice(["Yes, it's ", "I'll spell it: ", ""])).entity("UK_NINO", text, v, "en+").say(".")


def nino_ocr_boxed(fake: Faker, rng: random.Random) -> Said:
    """A scanned starter checklist as OCR reads it: the NINO in its boxes ("|J|C| |1|2| ... |A|"); the tax code, the
    employee's payroll number and the date started not labelled."""
    v = nino_value(rng)
    before, text, after = boxes(v, rng, [2, 2, 2, 2, 1])
    u = Said().say(rng.choice(["Starter checklist (OCR):\n", "scan p2 → ", ""]) + "Starter Checklist\n")
    field = rng.choice(["National Insurance number", "Natlonal Insurance nurnber", "NI number"])
    u.say(f"Surname: {fake['en_GB'].last_name().upper()}\n{field}: {before}")
    return u.entity("UK_NINO", text, v).say(f"{after}\nEmployment start date: {rng.randint(1, 28):02d} 11 2026\n"
                                            f"Tax code: {rng.choice(['1257L', 'BR', 'S1257L'])}")


def nino_scottish_pairs(fake: Faker, rng: random.Random) -> Said:
    """A Scottish caller giving the NINO, the letters plain and the digits in pairs ("aye, it's J C, twelve,
    thirty-four, oh six, A"); "aye" outside."""
    v = nino_value(rng)
    text = f"{v[0]} {v[1]}, {in_pairs(v[2:8], 'en', ', ')}, {v[8]}"
    u = Said().say(rng.choice(["What's your National Insurance number?", "NI number?"])).turn()
    return u.say(rng.choice(["Aye, it's ", "Aye, right, ", "It's "])).entity("UK_NINO", text, v).say(
        rng.choice([".", ", aye.", ""]))


DNI_REGIONAL = {  # language: (the agent's question, lead-ins, endings, how the letter is named)
    "ca": ("Em pot dir el DNI?", ["És el ", "El meu DNI és el "], [".", ", gràcies."], ["lletra {c}", "{c}", "la {c}"]),
    "gl": ("Díganme o DNI, por favor.", ["É o ", "O meu DNI é o "], [".", ", grazas."], ["letra {c}", "{c}"]),
    "eu": ("NANa esango didazu?", ["Nire NANa ", "NAN zenbakia "], [" da.", " da, eskerrik asko."],
           ["{c}", "{c} letra"]),
}


def dni_regional_languages(fake: Faker, rng: random.Random) -> Said:
    """A DNI read in Catalan (digits or pairs, "lletra Z"), Galician ("letra Z") or Basque (digit by digit, the NAN,
    "da" after it outside)."""
    lang = rng.choice(sorted(DNI_REGIONAL))
    ask, leads, ends, letters = DNI_REGIONAL[lang]
    v = dni_value(rng)
    styles = ["words"] if lang == "eu" else ["words", "pairs"]
    digits = render_groups(cut(v[:8], [2, 3, 3]) if "pairs" not in styles else cut(v[:8], [2, 2, 2, 2]), lang, rng,
                           styles, ", ")
    text = f"{digits}, {rng.choice(letters).format(c=v[8])}"
    u = Said().say(ask).turn().say(rng.choice(leads))
    return u.entity("ES_NIF", text, v, lang).say(rng.choice(ends))


def dni_xml_facturae(fake: Faker, rng: random.Random) -> Said:
    """A Facturae e-invoice (XML) from a self-employed seller: the seller's NIF labelled; the buyer's company tax
    number (a CIF), the invoice number and the totals not."""
    v = dni_value(rng)
    cif = rng.choice("ABB") + _digits(rng, 8)
    u = Said().say(rng.choice(["FACe rechazó la factura, la cabecera:\n", "factura electrónica (extracto):\n", ""]))
    u.say("<Parties>\n  <SellerParty>\n    <TaxIdentification>\n      <PersonTypeCode>F</PersonTypeCode>\n      "
          "<ResidenceTypeCode>R</ResidenceTypeCode>\n      <TaxIdentificationNumber>")
    u.entity("ES_NIF", v, v)
    return u.say(f"</TaxIdentificationNumber>\n    </TaxIdentification>\n    <Individual><Name>"
                 f"{fake['es_ES'].first_name()}</Name><FirstSurname>{fake['es_ES'].last_name()}</FirstSurname>"
                 f"</Individual>\n  </SellerParty>\n  <BuyerParty>\n    <TaxIdentification><PersonTypeCode>J"
                 f"</PersonTypeCode><TaxIdentificationNumber>{cif}</TaxIdentificationNumber></TaxIdentification>\n"
                 f"  </BuyerParty>\n</Parties>\n<InvoiceNumber>{rng.randint(1, 400)}</InvoiceNumber>"
                 f"<InvoiceTotal>{rng.randint(50, 3000)}.{rng.randint(10, 99)}</InvoiceTotal>")


def nie_ukrainian_latin(fake: Faker, rng: random.Random) -> Said:
    """A Ukrainian living in Spain reading the NIE in Ukrainian (in Latin letters), the letters plain, the digits
    one by one or in pairs."""
    v = nie_value(rng)
    digits = render_groups(cut(v[1:8], [1, 2, 2, 2]), "uk", rng, ["words", "pairs"], ", ")
    u = Said().say(rng.choice(["Agente: ¿Me dice su NIE?", "Agente: El NIE, por favor."])).turn()
    u.say(rng.choice(["Tak, miy NIE ", "Moi NIE: ", "Sí, NIE "])).entity("ES_NIE", f"{v[0]}, {digits}, {v[8]}", v, "uk")
    return u.say(rng.choice([".", ", dyakuyu.", ", gracias."]))


def nie_chat_emoji(fake: Faker, rng: random.Random) -> Said:
    """A NIE typed in a chat with emoji and lower case or hyphens ("mi nie es y1234567x 🙏", "NIE: X-1234567-L")."""
    v = nie_value(rng)
    text = rng.choice([v, v.lower(), f"{v[0]}-{v[1:8]}-{v[8]}", f"{v[0]} {v[1:8]} {v[8]}"])
    u = Said().say(rng.choice(CHAT) + rng.choice(["hola 👋 mi nie es ", "NIE: ", "mi número de NIE ", "nie "]))
    return u.entity("ES_NIE", text, v).say(rng.choice([" 🙏", " gracias!!", " 😊", ""]))


# NIRs, codici fiscali, BSNs -------------------------------------------------------------------------------------
def nir_ocr_carte_vitale(fake: Faker, rng: random.Random) -> Said:
    """A scanned attestation de droits (or a carte Vitale) as OCR reads it: the NIR in its printed groups, now and
    then the key apart or the spaces uneven; the form's misread words, the organism's code and the dates not."""
    v = nir_value(rng)
    text = rng.choice([" ".join(cut(v, [1, 2, 2, 2, 3, 3, 2])),
                       " ".join(cut(v[:13], [1, 2, 2, 2, 3, 3])) + "  " + v[13:],
                       f"{v[0]} {v[1:3]}  {v[3:5]} {v[5:7]}{v[7:10]} {v[10:13]} {v[13:]}", v])
    u = Said().say(rng.choice(["[OCR] ", "Attestation scannée :\n", ""]))
    field = rng.choice(["N° d’immatriculation", "N° d immatrlculation", "Numéro de sécurité sociale"])
    u.say(f"ATTESTATION DE DROITS A L'ASSURANCE MALADIE\nBénéficiaire : {fake['fr_FR'].name().upper()}\n{field} : ")
    return u.entity("FR_NIR", text, v).say(f"\nCode organisme : {_digits(rng, 9)}\nDroits ouverts du 01/01/2026 au "
                                           "31/12/2026")


def nir_belgian_swiss_said(fake: Faker, rng: random.Random) -> Said:
    """A Belgian or Swiss frontalier working in France reading the NIR by its printed groups with "septante",
    "nonante" (and a Swiss "huitante"), the threes as hundreds."""
    v = nir_value(rng)
    region = rng.choice(["fr_be", "fr_ch"])
    parts = []
    for g in cut(v, [1, 2, 2, 2, 3, 3, 2]):
        parts.append(fr_hundreds(int(g), region) if len(g) == 3 and g[0] != "0" else
                     number(int(g), region) if len(g) == 2 and g[0] != "0" else digit_by_digit(g, "fr"))
    u = Said().say(rng.choice(["Votre numéro de sécurité sociale française ?", "Le numéro de sécu, s'il vous plaît."]))
    u.turn().say(rng.choice(["Oui, c'est le ", "Alors, ", "Voilà, "]))
    return u.entity("FR_NIR", ", ".join(parts), v, region).say(rng.choice([".", ", voilà.", ""]))


def cf_xml_fattura(fake: Faker, rng: random.Random) -> Said:
    """A FatturaPA e-invoice's buyer block: the buyer's codice fiscale labelled; the seller's partita IVA, the
    recipient code and the invoice's numbers not."""
    v = cf_value(fake, rng)
    u = Said().say(rng.choice(["SDI ha scartato la fattura (errore 00305), blocco cessionario:\n", "estratto XML:\n",
                               ""]))
    u.say(f"<CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>{_digits(rng, 11)}"
          "</IdCodice></IdFiscaleIVA></DatiAnagrafici></CedentePrestatore>\n<CessionarioCommittente>\n"
          "  <DatiAnagrafici>\n    <CodiceFiscale>")
    u.entity("IT_FISCAL_CODE", v, v)
    return u.say(f"</CodiceFiscale>\n    <Anagrafica><Nome>{fake['it_IT'].first_name()}</Nome><Cognome>"
                 f"{fake['it_IT'].last_name()}</Cognome></Anagrafica>\n  </DatiAnagrafici>\n</CessionarioCommittente>\n"
                 f"<CodiceDestinatario>{rng.choice(['0000000', 'M5UXCR1', 'KRRH6B9'])}</CodiceDestinatario>")


def cf_ocr_tessera(fake: Faker, rng: random.Random) -> Said:
    """A tessera sanitaria photographed and read by OCR: the codice fiscale (now and then spaced by the OCR) and the
    date of birth labelled; the card's number and its expiry not."""
    female = rng.random() < 0.5
    first = fake["it_IT"].first_name_female() if female else fake["it_IT"].first_name_male()
    last = fake["it_IT"].last_name()
    born = dob_value(rng)
    head = _cf_part(last, False) + _cf_part(first, True) + f"{born.year % 100:02d}{CF_MONTHS[born.month - 1]}" \
        f"{born.day + (40 if female else 0):02d}{rng.choice(CF_PLACES)}"
    v = checked("IT_FISCAL_CODE", head + cf_letter(head))
    text = rng.choice([v, f"{v[:6]} {v[6:11]} {v[11:]}", " ".join(v)])
    u = Said().say(rng.choice(["[OCR foto tessera] ", "Testo riconosciuto:\n", ""]) + "TESSERA SANITARIA\n")
    u.say(f"{rng.choice(['Codice fiscale', 'C0dice fiscale'])} ").entity("IT_FISCAL_CODE", text, v)
    u.say(f"\nCognome {last.upper()}\nNome {first.upper()}\nData di nascita ")
    dob = f"{born.day:02d}/{born.month:02d}/{born.year}"
    u.entity("DATE_OF_BIRTH", dob, dob.replace("/", ""))
    return u.say(f"\nData di scadenza {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(27, 33)}\n"
                 f"Numero identificazione della tessera 80380{_digits(rng, 15)}")


def cf_ukrainian_badante(fake: Faker, rng: random.Random) -> Said:
    """A Ukrainian carer in Italy reading her codice fiscale, the letters plain and the digits in Ukrainian (in Latin
    letters)."""
    v = cf_value(fake, rng)
    parts = [" ".join(p) if p.isalpha() else digit_by_digit(p, "uk") for p in re.findall(r"[A-Z]+|\d+", v)]
    u = Said().say(rng.choice(["Operatore: Mi dà il codice fiscale?", "Operatore: Il suo codice fiscale, per favore."]))
    u.turn().say(rng.choice(["Tak, codice fiscale: ", "Miy kod: ", "Sì, allora, "]))
    return u.entity("IT_FISCAL_CODE", ", ".join(parts), v, "uk").say(rng.choice([".", ", grazie.", ", dyakuyu."]))


def bsn_ukrainian_in_nl(fake: Faker, rng: random.Random) -> Said:
    """A Ukrainian living in the Netherlands reading the BSN in Ukrainian, in threes as hundreds ("sto dvadtsyat
    try") or digit by digit."""
    v = bsn_value(rng)
    text = ", ".join(hundreds(int(g), "uk") if g[0] != "0" and rng.random() < 0.5 else digit_by_digit(g, "uk")
                     for g in cut(v, [3, 3, 3]))
    u = Said().say(rng.choice(["Medewerker: Wat is uw BSN?", "Medewerker: Uw burgerservicenummer, alstublieft."]))
    u.turn()
    u.say(rng.choice(["Miy BSN ", "Tak, BSN: ", "Ja, "])).entity("NL_BSN", text, v, "uk")
    return u.say(rng.choice([".", ", dank u.", ", dyakuyu."]))


def bsn_logline_yaml(fake: Faker, rng: random.Random) -> Said:
    """A BSN in a municipal system's log line ("bsn=123456782") or a test fixture's YAML; the request id and the
    case number not labelled."""
    v = bsn_value(rng)
    if rng.random() < 0.5:
        u = Said().say(f"{iso_stamp(rng)} ERROR brp-koppeling [{hex_id(rng, 8)}] persoon niet gevonden bsn=")
        return u.entity("NL_BSN", v, v).say(f" zaak=Z-{rng.randint(2026, 2027)}-{_digits(rng, 6)} status=404")
    u = Said().say(rng.choice(["test data die in productie stond:\n", "```yaml\n", ""]))
    u.say(f"aanvrager:\n  naam: {fake['nl_NL'].name()}\n  bsn: {rng.choice(['', chr(34)])}")
    text = rng.choice([v, f"{v[:4]}.{v[4:6]}.{v[6:]}"])
    close = '"' if u.segments[-1].endswith('"') else ""
    return u.entity("NL_BSN", text, v).say(f"{close}\n  zaaknummer: {_digits(rng, 8)}\n  ontvangen: {iso_stamp(rng)}")


def bsn_restart_mended(fake: Faker, rng: random.Random) -> Said:
    """A Dutch caller getting lost in the BSN and starting over ("een twee drie vier — nee, ik begin opnieuw: ...");
    the lost start and the words starting over named for the reading."""
    v = bsn_value(rng)
    k = rng.randint(2, 6)
    wrong = v[:k - 1] + rng.choice([c for c in string.digits if c != v[k - 1]])
    slip = digit_by_digit(wrong, "nl") + rng.choice([" — nee, ik begin opnieuw:", ", o nee, foutje, nog een keer:",
                                                     "... sorry, even opnieuw:"])
    said = ", ".join(digit_by_digit(g, "nl") if rng.random() < 0.6 else in_pairs(g, "nl") if len(g) == 2 else
                     digit_by_digit(g, "nl") for g in cut(v, [3, 3, 3] if rng.random() < 0.5 else [2, 2, 2, 3]))
    u = Said().say(rng.choice(["Mag ik uw BSN?", "Wat is uw burgerservicenummer?"])).turn()
    return u.say(rng.choice(["Ja, ", "Eh, ", ""])).entity("NL_BSN", f"{slip} {said}", v, "nl", drop=(slip,)).say(".")


# Look-alikes: no value in any of them --------------------------------------------------------------------------
def _engine_json_non_values(fake: Faker, rng: random.Random) -> list[str]:
    order, n, h = _digits(rng, rng.choice([6, 8, 10])), rng.randint(2, 9), rng.randint(6, 9)
    said = rng.choice([f"My order number is {order}.", f"I'd like to book a table for {n} at {h}:30 on Friday.",
                       f"The parcel weighs {n + 10} kilos and cost {h * 5}.99.",
                       f"I've been on hold for {n * 5} minutes since {h}:15.",
                       f"It's flat {n}{rng.choice('ABC')}, {rng.randint(10, 200)} {fake['en_GB'].street_name()}."])
    engine = rng.choice(["aws", "google", "deepgram", "assemblyai"])
    return engine_json(Said(), rng, engine, [said]).segments


def _subtitle_non_values(fake: Faker, rng: random.Random) -> list[str]:
    a, b = rng.randint(2, 9), rng.randint(10, 60)
    blocks = [[rng.choice([f"- The engineer comes between {a} and {a + 2}\nin the afternoon.",
                           f"<v Agent>Your reference is\nticket {_digits(rng, 7)}.",
                           f"- That's {b} pounds {rng.randint(10, 99)}\nfor the {rng.choice(['month', 'quarter'])}."])],
              [rng.choice([f"- And it'll take {a} to {a + 3}\nworking days.",
                           f"<v Customer>Okay, order {_digits(rng, 6)},\ngot it.",
                           f"- Room {rng.randint(100, 999)}, floor {a}."])]]
    return cues(Said(), rng, blocks, rng.random() < 0.5).segments


def _log_kv_non_values(fake: Faker, rng: random.Random) -> list[str]:
    masked = rng.choice([f"pan=453277******{_digits(rng, 4)}", f"last4={_digits(rng, 4)}", "card=****-****-****-"
                         f"{_digits(rng, 4)}", f"bin={rng.choice(['453277', '545454', '411111'])}"])
    return [rng.choice([f"{iso_stamp(rng)} INFO  api-gw [req={hex_id(rng, 8)}] order_id={_digits(rng, 10)} "
                        f"amount={rng.randint(5, 900)}.{rng.randint(10, 99)} {masked} "
                        f"latency_ms={rng.randint(10, 900)}",
                        f'level=info ts={iso_stamp(rng)} msg="refund issued" refund_id=re_{hex_id(rng, 14)} '
                        f"trace_id={hex_id(rng, 32)} {masked}",
                        f"[{rng.randint(10, 23)}:{rng.randint(10, 59)}:{rng.randint(10, 59)},{rng.randint(100, 999)}] "
                        f"INFO c.e.OrderService - shipped order={_digits(rng, 9)} parcels={rng.randint(1, 4)} "
                        f"weight_g={rng.randint(100, 20000)}"])]


def _url_query_non_values(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"https://shop.example.com/track?order={_digits(rng, 9)}&zip=&utm_source=sms&utm_medium="
                        f"{rng.choice(['text', 'push'])}&utm_campaign=dlv_{_digits(rng, 6)}",
                        f'"GET /api/v2/orders/{_digits(rng, 10)}/items?page={rng.randint(1, 9)}&per_page=50 HTTP/1.1" '
                        f"200 {rng.randint(200, 9000)}",
                        f"https://search.example.com/?q=order%20{_digits(rng, 8)}%20not%20delivered&sid="
                        f"{hex_id(rng, 20)}",
                        f"https://pay.example.com/checkout?session=cs_live_{hex_id(rng, 24)}&amount="
                        f"{rng.randint(500, 90000)}&currency=eur"])]


def _gtin(rng: random.Random, n: int) -> str:
    body = _digits(rng, n - 1)
    return body + str(-sum(int(c) * (3 if i % 2 == (n % 2) else 1) for i, c in enumerate(body)) % 10)


def _xml_order_non_values(fake: Faker, rng: random.Random) -> list[str]:
    gtin = _gtin(rng, rng.choice([13, 14]))
    return [f'<Order id="{_digits(rng, 8)}">\n  <Line no="1">\n    <GTIN>{gtin}</GTIN>\n    <SKU>'
            f"{rng.choice(['SKU', 'ART'])}-{_digits(rng, 6)}</SKU>\n    <Qty>{rng.randint(1, 12)}</Qty>\n"
            f'    <UnitPrice currency="EUR">{rng.randint(1, 300)}.{rng.randint(10, 99)}</UnitPrice>\n  </Line>\n'
            f"  <Warehouse>{rng.choice(['DC', 'WH'])}{rng.randint(1, 40):02d}</Warehouse>\n  <PromisedDate>2027-01-"
            f"{rng.randint(10, 28)}</PromisedDate>\n</Order>"]


def _vanity_and_short_codes(fake: Faker, rng: random.Random) -> list[str]:
    word = rng.choice([*VANITY, "CALLNOW", "GETHELP"])
    return [rng.choice([f"Call 1-800-{word} any time, day or night.",
                        f"Text STOP to {rng.choice(['60777', '88020', '72727'])} to opt out.",
                        f"Our number is easy to remember: 1-888-{word}!",
                        f"Reply HELP to {rng.randint(10000, 99999)} for help, msg&data rates may apply.",
                        f"Dial *{rng.randint(100, 199)}# to check your balance."])]


def _ocr_form_non_values(fake: Faker, rng: random.Random) -> list[str]:
    policy = _digits(rng, 9)
    return ["[OCR] CLAIM FORM\n" + rng.choice([
        f"Policy Number: |{'|'.join(policy)}|\nDate of loss: {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026\n"
        f"Amount claimed: |{'|'.join(str(rng.randint(100, 9999)))}|.|0|0|",
        f"Claim Ref: [{']['.join(_digits(rng, 8))}]\nDate of service: {rng.randint(1, 12):02d}/"
        f"{rng.randint(1, 28):02d}/2026\nNumber of visits: [{rng.randint(1, 9)}]",
        f"Vehicle reg: {rng.choice(string.ascii_uppercase)}{rng.choice(string.ascii_uppercase)}{_digits(rng, 2)} "
        f"{''.join(rng.choice(string.ascii_uppercase) for _ in range(3))}\nMileage: | "
        f"{' | '.join(_digits(rng, 5))} |"])]


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    values = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
              **dict(zip("JKLMN", range(1, 6), strict=True)), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10), strict=True))}
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    body = [rng.choice(chars) for _ in range(17)]
    r = sum(values[c] * w for c, w in zip(body, weights, strict=True)) % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def _isin(rng: random.Random) -> str:
    body = rng.choice(["US", "GB", "DE", "IE", "NL"]) + _digits(rng, 9)
    digits = "".join(str(int(c, 36)) for c in body)
    return body + luhn_digit(digits)


def _lei(rng: random.Random) -> str:
    body = _digits(rng, 4) + "00" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(12))
    return body + f"{98 - _iban_number(body + '00') % 97:02d}"


def _container(rng: random.Random) -> str:
    values, v = {}, 10
    for c in string.ascii_uppercase:
        if v % 11 == 0:
            v += 1
        values[c] = v
        v += 1
    body = rng.choice(["MSK", "CMA", "HLX", "TGH", "MSC"]) + "U" + _digits(rng, 6)
    total = sum((values[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(body))
    return body + str(total % 11 % 10)


def _valid_check_ids(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"VIN {_vin(rng)}, the car is in the garage since Monday.",
                        f"Can you confirm the holding? ISIN {_isin(rng)}, {rng.randint(10, 900)} units.",
                        f"LEI: {_lei(rng)} (our company's, for the KYC form)",
                        f"The shipment is in container {_container(rng)}, ETA {rng.randint(1, 28)} Jan.",
                        f"The barcode on the box says {_gtin(rng, 13)}, is that the right model?"])]


V24_TALK = {
    "is": "Það kostar {a} krónur, afhending eftir {d} daga.", "mt": "Jiswa {a} ewro, jasal fi {d} ijiem.",
    "lb": "Et kascht {a} Euro, d'Liwwerung dauert {d} Deeg.", "ca": "Costa {a} euros, el lliurament triga {d} dies.",
    "gl": "Custa {a} euros, a entrega tarda {d} días.", "eu": "{a} euro balio du, bidalketak {d} egun behar ditu.",
    "ga": "Cosnaíonn sé {a} euro, seachadadh i gceann {d} lá.", "uk": "Tse koshtuie {a} hryven, dostavka {d} dni.",
    "sr": "Košta {a} dinara, isporuka za {d} dana.",
}


def _v24_language_talk(fake: Faker, rng: random.Random) -> list[str]:
    lang = rng.choice(sorted(V24_TALK))
    text = V24_TALK[lang].format(a=number(rng.randint(21, 99), lang), d=UNITS[lang][rng.randint(2, 5)])
    return [text[0].upper() + text[1:] + rng.choice(["", f" ({rng.randint(21, 99)},{rng.randint(10, 99)})",
                                                      f" {rng.randint(9, 17)}:30"])]


def _extensions_rooms_gates(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice([f"Please hold, I'm putting you through to extension {rng.randint(2000, 4999)}.",
                        f"Ask for extension {rng.randint(10, 99)} {rng.randint(10, 99)} at reception.",
                        f"I'm in room {rng.randint(100, 999)}, bed {rng.randint(1, 6)}, ward {rng.choice('ABCD')}.",
                        f"Flight EI {rng.randint(100, 999)} leaves from gate B{rng.randint(1, 40)}, seat "
                        f"{rng.randint(1, 33)}{rng.choice('ABCDEF')}.",
                        f"Locker {rng.randint(100, 999)}, code {_digits(rng, 4)}, level {rng.randint(1, 5)}."])]


def _dates_not_birth(fake: Faker, rng: random.Random) -> list[str]:
    y = rng.randint(1985, 2024)
    return [rng.choice([f"I've been a customer since {MONTHS['en'][rng.randint(0, 11)]} {y}.",
                        f"The policy started on {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{y} and renews "
                        "every year.",
                        f"My son's exam is on the {en_ordinal(rng.randint(1, 28))} of June.",
                        f"The car is a {y} model, first registered {rng.randint(1, 12)}/{y}.",
                        f"We moved in on {rng.randint(1, 28)} {MONTHS['en'][rng.randint(0, 11)]} {y}, so the meter "
                        "reading should start then.",
                        f"Ich bin seit {rng.randint(1, 28)}.{rng.randint(1, 12)}.{y} bei Ihnen Kunde."])]


def _redacted_outputs(fake: Faker, rng: random.Random) -> list[str]:
    return [rng.choice(["spk_1: yeah my card number is [PII] and the expiry is [PII]",
                        "Customer: my number is <PHONE_NUMBER> and email <EMAIL_ADDRESS>",
                        f"Card: ****-****-****-{_digits(rng, 4)}  Exp: **/**  CVV: ***",
                        f'{{"transcript": "my social is [REDACTED]", "redacted": true, "entities": '
                        f'{rng.randint(1, 4)}}}',
                        f"IBAN: DE** **** **** **** **{_digits(rng, 2)} {_digits(rng, 2)}",
                        "DOB: XX/XX/XXXX (masked for display)"])]


FAMILIES = {
    "card/v24-aws-transcribe-items": card_aws_transcribe_items, "card/v24-whatsapp-split": card_whatsapp_split,
    "card/v24-scratch-that": card_scratch_that, "card/v24-xml-soap": card_xml_soap,
    "card/v24-logline-kv": card_logline_kv, "card/v24-english-variants-doubles": card_english_variants_doubles,
    "card/v24-new-language-callers": card_new_language_callers,
    "card/v24-luxembourgish-switching": card_luxembourgish_switching,
    "card/v24-expiry-v24-languages": card_expiry_v24_languages, "card/v24-ocr-boxed-form": card_ocr_boxed_form,
    "card/v24-dtmf-gather": card_dtmf_gather, "card/v24-spanglish": card_spanglish,
    "card/v24-nordic-pairs": card_nordic_pairs,
    "phone/v24-google-stt-words": phone_google_stt_words, "phone/v24-with-extension": phone_with_extension,
    "phone/v24-vanity-digits": phone_vanity_digits, "phone/v24-nought-british": phone_nought_british,
    "phone/v24-srt-cues": phone_srt_cues, "phone/v24-url-query": phone_url_query,
    "phone/v24-irish-gaelic": phone_irish_gaelic, "phone/v24-maltese-switching": phone_maltese_switching,
    "phone/v24-iberian-regional": phone_iberian_regional, "phone/v24-ukrainian-latin": phone_ukrainian_latin,
    "phone/v24-world-english-chat": phone_world_english_chat,
    "phone/v24-spk-diarized-split": phone_spk_diarized_split,
    "email/v24-url-encoded": email_url_encoded, "email/v24-signature-block": email_signature_block,
    "email/v24-whisper-segments": email_whisper_segments, "email/v24-iberian-words": email_iberian_words,
    "email/v24-north-east-words": email_north_east_words, "email/v24-chat-emoji": email_chat_emoji,
    "email/v24-yaml-record": email_yaml_record,
    "iban/v24-icelandic": iban_icelandic, "iban/v24-maltese-typed": iban_maltese_typed,
    "iban/v24-serbian-said": iban_serbian_said, "iban/v24-ukrainian": iban_ukrainian,
    "iban/v24-luxembourgish": iban_luxembourgish, "iban/v24-xml-pain001": iban_xml_pain001,
    "iban/v24-chat-split": iban_chat_split, "iban/v24-nato-letters": iban_nato_letters,
    "iban/v24-webvtt-cues": iban_webvtt_cues,
    "birth/v24-age-nearby": birth_age_nearby, "birth/v24-many-orders": birth_many_orders,
    "birth/v24-catalan-galician": birth_catalan_galician, "birth/v24-icelandic-typed": birth_icelandic_typed,
    "birth/v24-logline-url": birth_logline_url, "birth/v24-deepgram-words": birth_deepgram_words,
    "birth/v24-ocr-boxed": birth_ocr_boxed, "birth/v24-east-typed": birth_east_typed,
    "birth/v24-english-variants-spoken": birth_english_variants_spoken,
    "ssn/v24-assemblyai-words": ssn_assemblyai_words, "ssn/v24-scratch-that": ssn_scratch_that,
    "ssn/v24-ocr-w9": ssn_ocr_w9, "ssn/v24-xml-enrollment": ssn_xml_enrollment,
    "bank/v24-micr-ocr": bank_micr_ocr, "bank/v24-spk-diarized": bank_spk_diarized,
    "bank/v24-yaml-payroll": bank_yaml_payroll,
    "nino/v24-nato-spelled": nino_nato_spelled, "nino/v24-ocr-boxed": nino_ocr_boxed,
    "nino/v24-scottish-pairs": nino_scottish_pairs,
    "dni/v24-regional-languages": dni_regional_languages, "dni/v24-xml-facturae": dni_xml_facturae,
    "nie/v24-ukrainian-latin": nie_ukrainian_latin, "nie/v24-chat-emoji": nie_chat_emoji,
    "nir/v24-ocr-carte-vitale": nir_ocr_carte_vitale, "nir/v24-belgian-swiss-said": nir_belgian_swiss_said,
    "fiscal_code/v24-xml-fattura": cf_xml_fattura, "fiscal_code/v24-ocr-tessera": cf_ocr_tessera,
    "fiscal_code/v24-ukrainian-badante": cf_ukrainian_badante,
    "bsn/v24-ukrainian-in-nl": bsn_ukrainian_in_nl, "bsn/v24-logline-yaml": bsn_logline_yaml,
    "bsn/v24-restart-mended": bsn_restart_mended,
}

NEGATIVE_FAMILIES = {
    "negative/v24-engine-json-non-values": _engine_json_non_values,
    "negative/v24-subtitle-non-values": _subtitle_non_values, "negative/v24-log-kv-non-values": _log_kv_non_values,
    "negative/v24-url-query-non-values": _url_query_non_values,
    "negative/v24-xml-order-non-values": _xml_order_non_values,
    "negative/v24-vanity-and-short-codes": _vanity_and_short_codes,
    "negative/v24-ocr-form-non-values": _ocr_form_non_values, "negative/v24-valid-check-ids": _valid_check_ids,
    "negative/v24-v24-language-talk": _v24_language_talk,
    "negative/v24-extensions-rooms-gates": _extensions_rooms_gates,
    "negative/v24-dates-not-birth": _dates_not_birth, "negative/v24-redacted-outputs": _redacted_outputs,
}

# How each family writes its values: typed, spoken (words), or mixed (both, or varying); the look-alikes' too.
TYPED = ["card/v24-aws-transcribe-items", "card/v24-whatsapp-split", "card/v24-xml-soap", "card/v24-logline-kv",
         "card/v24-ocr-boxed-form", "card/v24-dtmf-gather", "phone/v24-google-stt-words", "phone/v24-url-query",
         "phone/v24-world-english-chat", "email/v24-url-encoded", "email/v24-signature-block", "email/v24-chat-emoji",
         "email/v24-yaml-record", "iban/v24-maltese-typed", "iban/v24-xml-pain001", "iban/v24-chat-split",
         "birth/v24-icelandic-typed", "birth/v24-logline-url", "birth/v24-deepgram-words", "birth/v24-ocr-boxed",
         "birth/v24-east-typed", "ssn/v24-assemblyai-words", "ssn/v24-ocr-w9", "ssn/v24-xml-enrollment",
         "bank/v24-micr-ocr", "bank/v24-yaml-payroll", "nino/v24-ocr-boxed", "dni/v24-xml-facturae",
         "nie/v24-chat-emoji", "nir/v24-ocr-carte-vitale", "fiscal_code/v24-xml-fattura", "fiscal_code/v24-ocr-tessera",
         "bsn/v24-logline-yaml"]
MIXED = ["phone/v24-with-extension", "phone/v24-vanity-digits", "phone/v24-srt-cues", "phone/v24-ukrainian-latin",
         "email/v24-whisper-segments", "iban/v24-icelandic", "iban/v24-ukrainian", "iban/v24-luxembourgish",
         "iban/v24-webvtt-cues", "birth/v24-age-nearby", "birth/v24-many-orders", "birth/v24-catalan-galician"]
SPOKEN = [name for name in FAMILIES if name not in TYPED and name not in MIXED]
NEGATIVE_TYPED = ["negative/v24-log-kv-non-values", "negative/v24-url-query-non-values",
                  "negative/v24-xml-order-non-values", "negative/v24-ocr-form-non-values",
                  "negative/v24-valid-check-ids", "negative/v24-redacted-outputs"]
SAID = {name: "typed" if name in TYPED else "spoken" if name in SPOKEN else "mixed" for name in FAMILIES} | \
    {name: "typed" if name in NEGATIVE_TYPED else "mixed" for name in NEGATIVE_FAMILIES}
assert set(TYPED) | set(MIXED) <= set(FAMILIES)

_BATCH = BlindBatch(FAMILIES, NEGATIVE_FAMILIES)
utterance, held_out = _BATCH.utterance, _BATCH.held_out

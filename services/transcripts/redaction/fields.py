"""Values a system names by its field: a payment request's body, a payroll's direct deposit, a CRM record pasted into
a ticket or a chat ("exp_month": 8, "exp_year": 2029; account_number=97696346; <dateOfBirth>1984-03-12</dateOfBirth>;
dob: 12/03/1984). JSON, YAML, logfmt, query strings and XML name a value by a key that says what it is, where speech
names it by the words before it: the key's name decides the type, the value's shape (and its check, where it has one)
whether it is one. Keys are compared without case, "_" or "-" ("expMonth", "exp-month", "EXP_MONTH")."""

import re
from datetime import date

from services.transcripts.redaction.checksums import aba_valid, ssn_valid
from services.transcripts.redaction.dates import real_date
from services.transcripts.redaction.entities import (
    ABA_ROUTING_NUMBER,
    CARD_EXPIRY,
    DATE_OF_BIRTH,
    US_BANK_NUMBER,
    US_SSN,
    Entity,
)

# A key (quoted or not) then ":", "=" or "=>", then its value (quoted or not), or an XML element holding the value.
# Bounded at each place: a key of 40 characters, a few spaces, a value of 24.
_FIELD = re.compile(r"""(?<![\w-])["']?([A-Za-z][\w.-]{1,40})["']?[ \t]{0,3}(?::|=>?)[ \t]{0,3}["']?"""
                    r"""([0-9][0-9 /.-]{0,22}[0-9]|[0-9])(?![\w])""")
_ELEMENT = re.compile(r"<(?:\w{1,20}:)?([A-Za-z][\w.-]{1,40})(?:[ \t][^<>\n]{0,200})?>[ \t]{0,3}"
                      r"([0-9][0-9 /.-]{0,22}[0-9]|[0-9])[ \t]{0,3}</")
_NOT_KEY = re.compile(r"[_.\- ]")

_MONTH_KEYS = frozenset({"expmonth", "expirymonth", "expirationmonth", "expmm", "cardexpmonth", "cardexpirymonth",
                         "cardexpirationmonth", "expirationmm", "ccexpmonth"})
_YEAR_KEYS = frozenset({"expyear", "expiryyear", "expirationyear", "expyy", "expyyyy", "cardexpyear", "cardexpiryyear",
                        "cardexpirationyear", "expirationyy", "expirationyyyy", "ccexpyear"})
_EXPIRY_KEYS = frozenset({"exp", "expiry", "expiration", "expdate", "expirydate", "expirationdate", "cardexpiry",
                          "cardexpiration", "cardexp", "ccexp", "ccexpiry", "validthru", "validuntil", "gueltigbis"})
_ACCOUNT_KEYS = frozenset({"accountnumber", "accountno", "acctnumber", "acctno", "acct", "bankaccount",
                           "bankaccountnumber", "dfiaccountnumber", "checkingaccount", "savingsaccount",
                           "depositaccount", "accountnum", "routingaccount"})
_ROUTING_KEYS = frozenset({"routingnumber", "routing", "aba", "abanumber", "abaroutingnumber", "rdfiroutingnumber",
                           "routingtransitnumber", "rtn", "transitnumber", "bankroutingnumber", "dfiid",
                           "rdfiidentification", "receivingdfiidentification"})
_BIRTH_KEYS = frozenset({"dob", "dateofbirth", "birthdate", "birthday", "birthdt", "dobdate", "patientdob",
                         "memberdob", "geburtsdatum", "fechadenacimiento", "datadinascita", "datedenaissance",
                         "geboortedatum", "datadenascimento", "fechanacimiento", "fnacimiento", "dtnascimento"})
_SSN_KEYS = frozenset({"ssn", "socialsecuritynumber", "socialsecurity", "ssnnumber", "taxpayerssn", "employeessn"})

_DATE_SHAPES = (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})"),
                re.compile(r"(\d{4})(\d{2})(\d{2})"))


def find_fields(text: str) -> list[Entity]:
    """Each value a key names, in the text's order."""
    if ":" not in text and "=" not in text and "</" not in text:  # most conversations: no field at all
        return []
    found: list[Entity] = []
    for m in [*_FIELD.finditer(text), *(_ELEMENT.finditer(text) if "</" in text else ())]:
        key, value = _NOT_KEY.sub("", m.group(1).lower()), m.group(2)
        if (entity := _valued(key, value, m.start(2), m.end(2))) is not None:
            found.append(entity)
    return sorted(found, key=lambda e: e.start)


def _valued(key: str, value: str, start: int, end: int) -> Entity | None:
    digits = re.sub(r"\D", "", value)
    if key in _MONTH_KEYS and value.isdigit() and 1 <= int(value) <= 12:
        return Entity(CARD_EXPIRY, start, end, "field-named", 0.97, value)
    if key in _YEAR_KEYS and value.isdigit() and (len(value) == 2 or (len(value) == 4 and value.startswith("20"))):
        return Entity(CARD_EXPIRY, start, end, "field-named", 0.97, value)
    if key in _EXPIRY_KEYS and re.fullmatch(r"(?:0?[1-9]|1[0-2])[/-](?:\d{2}|20\d{2})|20\d{2}-(?:0[1-9]|1[0-2])|"
                                            r"(?:0[1-9]|1[0-2])\d{2}", value):
        return Entity(CARD_EXPIRY, start, end, "field-named", 0.97, digits)
    if key in _ACCOUNT_KEYS and 4 <= len(digits) <= 17 and re.fullmatch(r"[0-9 -]+", value):
        return Entity(US_BANK_NUMBER, start, end, "field-named", 0.97, digits)
    if key in _ROUTING_KEYS and len(digits) == 9 and value.isdigit() and aba_valid(digits):
        return Entity(ABA_ROUTING_NUMBER, start, end, "field-named", 1.0, digits)
    if key in _BIRTH_KEYS and _a_birth_date(value):
        return Entity(DATE_OF_BIRTH, start, end, "field-named", 0.97, value)
    if key in _SSN_KEYS and len(digits) == 9 and re.fullmatch(r"\d{9}|\d{3}-\d{2}-\d{4}|\d{3} \d{2} \d{4}", value) and \
            ssn_valid(digits):
        return Entity(US_SSN, start, end, "field-named", 0.97, digits)
    return None


def _a_birth_date(value: str) -> bool:
    """A real date whose year a living person was born in, the year first or last (its day and month in either
    order where the year is last)."""
    for shape in _DATE_SHAPES:
        if (m := shape.fullmatch(value)) is None:
            continue
        parts = [int(p) for p in m.groups()]
        year, rest = (parts[0], parts[1:]) if len(m.group(1)) == 4 else (parts[2], parts[:2])
        if not 1900 <= year <= date.today().year:
            return False
        return any(real_date(year, month, day) for month, day in (rest, rest[::-1]))
    return False

"""The check digits and numbering rules that tell an identifier from a number that only looks like one.

python-stdnum knows each country's rules; the Luhn check is written here because card search calls it
for every 13- to 19-digit stretch of every digit run, at half the cost of the library's."""

from stdnum import iban
from stdnum.exceptions import ValidationError
from stdnum.us import rtn
from stdnum.us import ssn as us_ssn

_DOUBLED = str.maketrans("0123456789", "0246813579")  # each digit doubled, less 9 past 9


def luhn_valid(digits: str) -> bool:
    return (sum(map(int, digits[-1::-2])) + sum(map(int, digits[-2::-2].translate(_DOUBLED)))) % 10 == 0


def card_network(digits: str) -> str | None:
    """The card network a number's prefix and length belong to (None: no network issues it)."""
    n, two, three, four = len(digits), digits[:2], digits[:3], digits[:4]
    if digits[0] == "4":
        return "visa" if n in (13, 16, 19) else None  # 13: rare now, and still valid
    if two in ("34", "37"):
        return "amex" if n == 15 else None
    if "51" <= two <= "55" or "2221" <= four <= "2720":
        return "mastercard" if n == 16 else None
    if four == "6011" or two == "65" or "644" <= three <= "649":
        return "discover" if 16 <= n <= 19 else None
    if two == "62":
        return "unionpay" if 16 <= n <= 19 else None
    if two == "35":  # JCB issues 3528-3589; test numbers (Faker's among them) use all of 35
        return "jcb" if 16 <= n <= 19 else None
    if four in ("1800", "2131"):  # JCB's older fifteen-digit numbers
        return "jcb" if n == 15 else None
    if two in ("36", "38", "39") or "300" <= three <= "305":
        return "diners" if 14 <= n <= 19 else None
    # Europe's debit networks, by the ranges they publish (Russia's Mir, 2200-2204, left out: an SSN read back piece by
    # piece, "two oh two. | 202 ...", made one in the corpus, and its callers are few here)
    if four in _MAESTRO:
        return "maestro" if 13 <= n <= 19 else None
    if four == "5019":
        return "dankort" if n == 16 else None
    return None


# Maestro's ranges (UK Maestro's 6759, 6767 and Solo's 6334 among them): 12 to 19 digits, 13 and more read here
_MAESTRO = frozenset({"5018", "5020", "5038", "5893", "6304", "6334", "6759", "6761", "6762", "6763", "6767"})


def ssn_valid(digits: str) -> bool:
    """A US Social Security number the SSA could have issued (area not 000, 666 or 900-999, group not 00,
    serial not 0000, not one of the numbers published in advertising)."""
    return len(digits) == 9 and us_ssn.is_valid(digits)


def iban_valid(raw: str, national: bool = True) -> bool:
    """Mod-97 and the country's length and account format (ISO 13616), and unless `national` is False the national
    check digits some countries add inside (Belgium's, Norway's, Spain's, France's RIB key). Without them where the
    country's letters were spelled or written in capitals: a bank's IBAN passes them too, so they catch no mishearing
    mod-97 misses; with them where a country's letters are a word too ("no 5585-3344-5710-7": a card's number)."""
    try:
        iban.validate(raw, check_country=national)
    except ValidationError:
        return False
    return True


def aba_valid(digits: str) -> bool:
    """A US bank routing number (ABA): 9 digits, weights 3 7 1."""
    return len(digits) == 9 and rtn.is_valid(digits)

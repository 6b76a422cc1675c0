"""The check digits and numbering rules that tell an identifier from a number that only looks like one."""


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card_network(digits: str) -> str | None:
    """The card network a number's prefix and length belong to (None: no network issues it)."""
    n, two, three, four = len(digits), digits[:2], digits[:3], digits[:4]
    if digits[0] == "4":
        return "visa" if n in (16, 19) else None  # 13-digit Visa cards are long gone
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
    if two in ("36", "38", "39") or "300" <= three <= "305":
        return "diners" if 14 <= n <= 19 else None
    return None


def ssn_valid(digits: str) -> bool:
    """A US Social Security number the SSA could have issued: area not 000, 666 or 900-999, group not 00,
    serial not 0000."""
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    return (len(digits) == 9 and area not in ("000", "666") and not area.startswith("9") and group != "00"
            and serial != "0000")


def iban_valid(raw: str) -> bool:
    iban = raw.replace(" ", "").upper()
    if not 15 <= len(iban) <= 34 or not iban[:2].isalpha() or not iban[2:4].isdigit() or not iban.isalnum():
        return False
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def aba_valid(digits: str) -> bool:
    """A US bank routing number (ABA): 9 digits, weights 3 7 1."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 10 == 0

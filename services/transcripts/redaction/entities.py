"""What a recognizer finds: an entity's type (Presidio's name where it has one), where it is in the
conversation's text, which recognizer found it, how sure that is (a checksum passed: 1.0), and its
value normalized (digits; an email lower-cased) for the operators that need it. The value never
leaves the redaction package: results carry type, place and recognizer only."""

import re
from dataclasses import dataclass, field

CREDIT_CARD = "CREDIT_CARD"
CARD_EXPIRY = "CARD_EXPIRY"
CARD_SECURITY_CODE = "CARD_SECURITY_CODE"
US_SSN = "US_SSN"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
PHONE_NUMBER = "PHONE_NUMBER"
IBAN_CODE = "IBAN_CODE"

LABELS = {CREDIT_CARD: "[CARD]", CARD_EXPIRY: "[CARD_EXPIRY]", CARD_SECURITY_CODE: "[CARD_CODE]", US_SSN: "[SSN]",
          EMAIL_ADDRESS: "[EMAIL]", PHONE_NUMBER: "[PHONE]", IBAN_CODE: "[IBAN]"}


@dataclass(frozen=True)
class Entity:
    type: str
    start: int
    end: int
    recognizer: str
    score: float
    value: str = field(repr=False)


def context_before(text: str, start: int, words: re.Pattern[str], reach: int = 60) -> bool:
    """Whether one of `words` is said in the `reach` characters before `start`."""
    return words.search(text, max(0, start - reach), start) is not None

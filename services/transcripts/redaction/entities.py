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
US_BANK_NUMBER = "US_BANK_NUMBER"
ABA_ROUTING_NUMBER = "ABA_ROUTING_NUMBER"
UK_NINO = "UK_NINO"
ES_NIF = "ES_NIF"  # a Spanish DNI: the NIF of a person
ES_NIE = "ES_NIE"
IT_FISCAL_CODE = "IT_FISCAL_CODE"
NL_BSN = "NL_BSN"  # Presidio has none for these two: named the same way
FR_NIR = "FR_NIR"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
PERSON = "PERSON"
LOCATION = "LOCATION"

LABELS = {CREDIT_CARD: "[CARD]", CARD_EXPIRY: "[CARD_EXPIRY]", CARD_SECURITY_CODE: "[CARD_CODE]", US_SSN: "[SSN]",
          EMAIL_ADDRESS: "[EMAIL]", PHONE_NUMBER: "[PHONE]", IBAN_CODE: "[IBAN]", US_BANK_NUMBER: "[BANK_ACCOUNT]",
          ABA_ROUTING_NUMBER: "[ROUTING_NUMBER]", UK_NINO: "[NINO]", ES_NIF: "[DNI]", ES_NIE: "[NIE]",
          IT_FISCAL_CODE: "[CODICE_FISCALE]", NL_BSN: "[BSN]", FR_NIR: "[NIR]", DATE_OF_BIRTH: "[DATE_OF_BIRTH]",
          PERSON: "[NAME]", LOCATION: "[ADDRESS]"}


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

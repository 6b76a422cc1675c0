"""Bank identifiers: IBANs (mod-97 checksum), typed with or without spaces."""

import re

from services.transcripts.redaction.checksums import iban_valid
from services.transcripts.redaction.entities import IBAN_CODE, Entity

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")


def find_ibans(text: str) -> list[Entity]:
    found = []
    for m in _IBAN.finditer(text):
        # The pattern runs on into following words in capitals: the longest prefix that checks out.
        raw = m.group()
        for end in range(len(raw), 14, -1):
            if raw[end - 1] != " " and iban_valid(raw[:end]):
                found.append(Entity(IBAN_CODE, m.start(), m.start() + end, "iban-mod97", 1.0,
                                    raw[:end].replace(" ", "")))
                break
    return found

"""National identifiers. US Social Security numbers: nine digits the SSA could have issued, written
3-2-4 or said where the conversation names them (a bare nine-digit number is too often something else)."""

import re

from services.transcripts.redaction.checksums import ssn_valid
from services.transcripts.redaction.entities import US_SSN, Entity, context_before
from services.transcripts.redaction.spoken import runs, spans

_SSN_WORDS = re.compile(r"social|\bssn\b|\bs\.? ?s\.? ?n\b|security number|tax id|\btin\b", re.I)
_SSN_TYPED = re.compile(r"^\d{3}-\d{2}-\d{4}$")  # with spaces, or said: only where named


def find_ssns(text: str) -> list[Entity]:
    found: list[Entity] = []
    for run in runs(text):
        taken = -1
        for first, last, digits in spans(run, 9, 9):
            if first <= taken or len(digits) != 9 or not ssn_valid(digits):
                continue
            start, end = run[first].start, run[last].end
            typed = _SSN_TYPED.match(text[start:end]) is not None
            if typed or context_before(text, start, _SSN_WORDS):
                found.append(Entity(US_SSN, start, end, "ssn-rules", 0.95 if typed else 0.9, digits))
                taken = last
    return found

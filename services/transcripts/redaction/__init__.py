"""Redaction of what speech recognition writes: recognizers that read digits, digit words and spelled
out addresses across a whole conversation (`engine`), and the operators that replace what they find."""

from services.transcripts.redaction.budget import Budget, BudgetExceeded
from services.transcripts.redaction.checksums import iban_valid, luhn_valid
from services.transcripts.redaction.engine import Found, Operator, analyze, redact, redact_segments, warm
from services.transcripts.redaction.entities import LABELS
from services.transcripts.redaction.names import not_checked

__all__ = ["LABELS", "Budget", "BudgetExceeded", "Found", "Operator", "analyze", "iban_valid", "luhn_valid",
           "not_checked", "redact", "redact_segments", "warm"]

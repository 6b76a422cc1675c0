"""The redacted view's plain case reads the transcript in one SQL function (`callvault_transcript_readable`), so
the restriction rule is written there as well as in `privacy/repository.py`: the two must say the same."""

from services.common.migrations import sql_functions
from services.transcripts.privacy.repository import restricted_sql


def _words(sql: str) -> str:
    return " ".join(sql.split())


def test_the_read_function_applies_the_restriction_rule_the_other_reads_apply():
    [readable] = [f for f in sql_functions("transcripts") if "FUNCTION public.callvault_transcript_readable(" in f]
    assert _words(restricted_sql("t")) in _words(readable)
    assert "t.status = 'active'" in readable

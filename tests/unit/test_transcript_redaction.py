"""The redacted view's typed-text recognizers: what they hide, and what they leave alone."""

import pytest

from services.transcripts.redaction import iban_valid, luhn_valid, redact


@pytest.mark.parametrize(("text", "expected"), [
    ("my card is 4111 1111 1111 1111 thanks", "my card is [CARD] thanks"),
    ("card 4111-1111-1111-1111", "card [CARD]"),
    ("ssn 123-45-6789 ok", "ssn [SSN] ok"),
    ("write to john.smith@example.com today", "write to [EMAIL] today"),
    ("call (415) 555-0100 back", "call [PHONE] back"),
    ("iban GB82 WEST 1234 5698 7654 32", "iban [IBAN]"),
])
def test_typed_identifiers_are_hidden(text, expected):
    assert redact(text)[0] == expected


@pytest.mark.parametrize("text", [
    "order 4111 1111 1111 1112 shipped",  # fails Luhn
    "ssn 666-12-3456", "ssn 900-12-3456", "ssn 123-00-4567",  # impossible SSNs
    "iban GB82 WEST 1234 5698 7654 33",  # bad checksum
    "it costs 1200 dollars at 3 pm",
])
def test_lookalikes_are_left_alone(text):
    assert redact(text) == (text, [])


def test_findings_name_type_and_place_never_the_value():
    _, found = redact("card 4111 1111 1111 1111")
    assert [(f.type, f.start, f.end) for f in found] == [("CREDIT_CARD", 5, 24)]
    assert luhn_valid("4111111111111111") and not luhn_valid("4111111111111112")
    assert iban_valid("DE89370400440532013000") and not iban_valid("DE89370400440532013001")

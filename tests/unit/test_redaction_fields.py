"""Values a system names by its field (fields.py): the key's name decides the type, the value's shape and check
whether it is one; the same keys with values of another shape, and other keys, are left alone."""

import pytest

from services.transcripts.redaction import redact


@pytest.mark.parametrize(("said", "redacted"), [
    ('{"card": {"number": "4065784731684687", "exp_month": 8, "exp_year": 2029, "cvc": "440"}}',
     '{"card": {"number": "[CARD]", "exp_month": [CARD_EXPIRY], "exp_year": [CARD_EXPIRY], "cvc": "[CARD_CODE]"}}'),
    ('{"routing_number": "679465296", "account_number": "97696346", "account_type": "checking", '
     '"effective_date": "2026-12-13"}',
     '{"routing_number": "[ROUTING_NUMBER]", "account_number": "[BANK_ACCOUNT]", "account_type": "checking", '
     '"effective_date": "2026-12-13"}'),  # "checking" a field's value, the date after it no account
    ('{"name": "Kira Drubin", "dateOfBirth": "08/06/1969", "last_login": "2026-12-22T20:19:18Z"}',
     '{"name": "Kira Drubin", "dateOfBirth": "[DATE_OF_BIRTH]", "last_login": "2026-12-22T20:19:18Z"}'),
    ("<Employee><SSN>123-45-6780</SSN><BirthDate>1984-03-12</BirthDate></Employee>",
     "<Employee><SSN>[SSN]</SSN><BirthDate>[DATE_OF_BIRTH]</BirthDate></Employee>"),
    ("level=info msg=enrolled dob=1975-11-02 acct_no=000123456789 status=ok",
     "level=info msg=enrolled dob=[DATE_OF_BIRTH] acct_no=[BANK_ACCOUNT] status=ok"),
    ("expiry: 08/29", "expiry: [CARD_EXPIRY]"),
])
def test_a_value_named_by_its_field(said, redacted):
    assert redact(said)[0] == redacted


@pytest.mark.parametrize("said", [
    '{"exp_month": 13, "exp_year": 1999}',  # no month, no card's year
    '{"dob_verified": 1, "births": 3}',  # other keys
    '{"routing_number": "123456789"}',  # its ABA check fails
    '{"ssn": "000-12-3456"}',  # no SSN's area
    '{"order_id": "97696346", "amount": 1864, "created_at": "2026-10-28"}',  # other keys
    "<Quantity>12</Quantity><Price>8.50</Price>",
])
def test_other_values_and_other_keys_are_left(said):
    assert redact(said)[0] == said

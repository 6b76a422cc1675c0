from uuid import uuid4

import pytest
from cryptography.exceptions import InvalidTag

from services.common.crypto.fields import FieldCrypto, generate_master_key
from services.common.phones import normalize_phone

CRYPTO = FieldCrypto(generate_master_key())


def test_round_trip():
    tenant = uuid4()
    blob = CRYPTO.encrypt(tenant, "participant.phone_number", "+14155550100")
    assert b"4155550100" not in blob
    assert CRYPTO.decrypt(tenant, "participant.phone_number", blob) == "+14155550100"


def test_a_value_moved_to_another_tenant_or_column_does_not_decrypt():
    tenant = uuid4()
    blob = CRYPTO.encrypt(tenant, "participant.phone_number", "+14155550100")
    with pytest.raises(InvalidTag):
        CRYPTO.decrypt(uuid4(), "participant.phone_number", blob)
    with pytest.raises(InvalidTag):
        CRYPTO.decrypt(tenant, "participant.email", blob)


def test_blind_index_matches_within_a_tenant_only():
    a, b = uuid4(), uuid4()
    same = normalize_phone("+1 (415) 555-0100", "US")
    assert CRYPTO.blind_index(a, "phone", same) == CRYPTO.blind_index(a, "phone", normalize_phone("415.555.0100", "US"))
    assert CRYPTO.blind_index(a, "phone", same) != CRYPTO.blind_index(b, "phone", same)


def test_a_short_master_key_is_refused():
    with pytest.raises(ValueError, match="32 bytes"):
        FieldCrypto("c2hvcnQ=")

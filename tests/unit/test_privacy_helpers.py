"""The privacy-critical helpers every service shares, one copy each: the subject blind index (a number
written any way gives the index the consent service stored), the list cursors, the KMS outage answer."""

import base64
from datetime import UTC, datetime
from pathlib import Path
from uuid import uuid4

import pytest

from services.common import cursors, subjects
from services.common.crypto.fields import FieldCrypto, generate_master_key
from services.common.crypto.kms import KmsUnavailable, kms_outage
from services.common.errors import DependencyUnavailable

CRYPTO = FieldCrypto(generate_master_key())


def test_a_number_is_indexed_the_same_however_it_is_written():
    tenant = uuid4()
    indexes = {subjects.phone_index(CRYPTO, tenant, number, "US")
               for number in ("+1 415 555 0100", "(415) 555-0100", "+14155550100", "415.555.0100")}
    assert len(indexes) == 1
    assert subjects.phone_index(CRYPTO, uuid4(), "+14155550100", "US") not in indexes  # another tenant's key
    assert subjects.phone_index(CRYPTO, tenant, "+14155550101", "US") not in indexes


def test_an_email_is_indexed_trimmed_and_lower_cased_and_kinds_do_not_collide():
    tenant = uuid4()
    assert subjects.email_index(CRYPTO, tenant, " Ana@Example.COM ") == subjects.email_index(CRYPTO, tenant,
                                                                                             "ana@example.com")
    assert subjects.external_id_index(CRYPTO, tenant, "ana@example.com") != subjects.email_index(
        CRYPTO, tenant, "ana@example.com")
    assert subjects.other_indexes(CRYPTO, tenant, ["A@b.c"], ["crm-1"]) == {
        (subjects.EMAIL, subjects.email_index(CRYPTO, tenant, "a@b.c")),
        (subjects.EXTERNAL_ID, subjects.external_id_index(CRYPTO, tenant, "crm-1"))}


def test_a_cursor_carries_its_time_and_id_and_a_foreign_one_is_refused():
    at, ident = datetime(2026, 12, 3, 17, 0, 1, 123456, tzinfo=UTC), uuid4()
    assert cursors.decode(cursors.encode(at, ident)) == (at, ident)
    naive = base64.urlsafe_b64encode(f"2026-12-03T17:00:00|{ident}".encode()).decode()
    assert cursors.decode(naive) == (datetime(2026, 12, 3, 17, tzinfo=UTC), ident)
    for foreign in ("not base64!", base64.urlsafe_b64encode(b"\xff\xfe").decode(),
                    base64.urlsafe_b64encode(b"yesterday|x").decode(), ""):
        assert cursors.decode(foreign) is None


def test_the_kms_away_is_a_503_that_says_what_was_not_done():
    with pytest.raises(DependencyUnavailable) as raised, kms_outage("nothing was stored"):
        raise KmsUnavailable("vault timed out")
    assert raised.value.status == 503 and raised.value.headers["Retry-After"]
    assert str(raised.value) == "vault timed out; nothing was stored"
    with kms_outage():
        pass  # nothing raised, nothing mapped


SERVICES = Path(__file__).resolve().parents[2] / "services"


@pytest.mark.parametrize(("code", "allowed"), [
    ("except KmsUnavailable", {"common/crypto/kms.py"}),
    (".blind_index(", {"common/subjects.py", "recording_consent/timeline.py"}),  # timeline: evidence, not a subject
    ("urlsafe_b64decode(cursor", {"common/cursors.py"}),
    ("callvault_object_announce", {"transcripts/repository.py", "transcripts/lifecycle/repository.py"}),
])
def test_each_privacy_critical_helper_has_one_copy(code: str, allowed: set[str]):
    found = {str(path.relative_to(SERVICES)) for path in SERVICES.rglob("*.py")
             if "migrations" not in path.parts and code in path.read_text()}
    assert found == allowed

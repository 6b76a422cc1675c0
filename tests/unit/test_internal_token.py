from uuid import uuid4

import pytest

from services.common.auth import Principal, generate_keypair, public_key_of, sign_internal_token, verify_internal_token
from services.common.errors import Unauthenticated

PRIVATE, PUBLIC = generate_keypair()
PRINCIPAL = Principal(tenant_id=uuid4(), subject="api-key:1", roles=frozenset({"agent"}))


def test_a_valid_token_gives_back_the_principal():
    token = sign_internal_token(PRIVATE, PRINCIPAL, "recording_consent", 60)
    assert verify_internal_token(PUBLIC, token, "recording_consent") == PRINCIPAL


def test_public_key_is_derived_from_the_private_key():
    assert public_key_of(PRIVATE) == PUBLIC


@pytest.mark.parametrize(
    ("token_factory", "message"),
    [
        (lambda: sign_internal_token(generate_keypair()[0], PRINCIPAL, "recording_consent", 60), "not valid"),
        (lambda: sign_internal_token(PRIVATE, PRINCIPAL, "gateway", 60), "another service"),
        (lambda: sign_internal_token(PRIVATE, PRINCIPAL, "recording_consent", -60), "expired"),
        (lambda: "not-a-jwt", "not valid"),
    ],
    ids=["foreign-key", "wrong-audience", "expired", "garbage"],
)
def test_refused_tokens(token_factory, message):
    with pytest.raises(Unauthenticated, match=message):
        verify_internal_token(PUBLIC, token_factory(), "recording_consent")


def test_a_token_with_the_none_algorithm_is_refused():
    import jwt

    token = jwt.encode({"aud": "recording_consent", "iss": "callvault-gateway", "sub": "x", "exp": 2**40,
                        "iat": 0, "tenant": str(uuid4())}, key=None, algorithm="none")
    with pytest.raises(Unauthenticated):
        verify_internal_token(PUBLIC, token, "recording_consent")


def test_a_transcripts_token_reaches_consent_on_the_callers_behalf_but_not_the_reverse():
    onward = sign_internal_token(PRIVATE, PRINCIPAL, "transcripts", 60)
    assert verify_internal_token(PUBLIC, onward, "recording_consent") == PRINCIPAL
    with pytest.raises(Unauthenticated, match="another service"):
        verify_internal_token(PUBLIC, sign_internal_token(PRIVATE, PRINCIPAL, "recording_consent", 60), "transcripts")


def test_the_tenants_data_region_travels_in_the_token():
    principal = Principal(tenant_id=uuid4(), subject="api-key:2", roles=frozenset({"telephony"}), data_region="eu")
    token = sign_internal_token(PRIVATE, principal, "transcripts", 60)
    assert verify_internal_token(PUBLIC, token, "transcripts").data_region == "eu"

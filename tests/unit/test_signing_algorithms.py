"""RFC 9864: new artefacts carry the fully-specified `alg` `Ed25519`, which a current library (joserfc)
verifies without its deprecation warning; the published keys name no `alg`, so a library that knows
only `EdDSA` (PyJWT's stock algorithms) still loads them and verifies an artefact signed under the
old name; artefacts signed before, with `EdDSA`, keep verifying everywhere callvault checks one."""

import json
import uuid
import warnings

import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from joserfc import jws
from joserfc.errors import SecurityWarning
from joserfc.jwk import KeySet

from services.common.crypto.signing import Signer, jwks
from services.common.settings import Settings
from services.common.transparency import heads


@pytest.fixture(scope="module")
def pem() -> str:
    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


def test_new_artefacts_carry_ed25519_and_joserfc_verifies_them_without_a_warning(pem):
    signer = Signer.from_pem(pem)
    token = signer.sign({"receipt": 1}, typ="callvault-receipt+jws")
    keys = KeySet.import_key_set(jwks([signer.public_pem]))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a SecurityWarning ("EdDSA is deprecated via RFC 9864") fails here
        verified = jws.deserialize_compact(token, keys, algorithms=["Ed25519", "EdDSA"])
    assert verified.headers()["alg"] == "Ed25519" and json.loads(verified.payload) == {"receipt": 1}


def test_the_published_keys_name_no_alg_and_an_eddsa_only_library_still_verifies_the_old_name(pem):
    old_name = Signer.from_pem(pem, "EdDSA")
    (published,) = jwks([old_name.public_pem])["keys"]
    assert "alg" not in published and published["crv"] == "Ed25519" and published["use"] == "sig"
    stock = jwt.PyJWS()  # PyJWT's own algorithms, without the name callvault registers: a pre-RFC 9864 verifier
    key = jwt.PyJWK(published).key
    assert json.loads(stock.decode(old_name.sign({"head": 2}), key, algorithms=["EdDSA"])) == {"head": 2}
    with pytest.raises(jwt.InvalidAlgorithmError):  # why CALLVAULT_JWS_ALGORITHM=EdDSA exists
        stock.decode(Signer.from_pem(pem).sign({"head": 2}), key, algorithms=["EdDSA"])


def test_artefacts_signed_before_with_eddsa_keep_verifying(pem):
    old_name, signer = Signer.from_pem(pem, "EdDSA"), Signer.from_pem(pem)
    head = heads.TreeHead("consent-ledger", uuid.uuid4(), 3, bytes(32), 1_700_000_000_000)
    old_head = heads.sign(old_name, head)
    assert jwt.get_unverified_header(old_head)["alg"] == "EdDSA"
    assert heads.verify(old_head, [signer.public_pem]) == head
    assert signer.verify(old_name.sign({"certificate": 3})) == {"certificate": 3}
    with pytest.warns(SecurityWarning):  # joserfc still verifies it, and says the name is deprecated
        jws.deserialize_compact(old_head, KeySet.import_key_set(jwks([signer.public_pem])),
                                algorithms=["Ed25519", "EdDSA"])


def test_the_signing_name_is_a_setting_of_two_values(monkeypatch, pem):
    assert Settings().jws_algorithm == "Ed25519"
    monkeypatch.setenv("CALLVAULT_JWS_ALGORITHM", "EdDSA")
    signer = Signer.from_pem(pem, Settings().jws_algorithm)
    assert jwt.get_unverified_header(signer.sign({})) ["alg"] == "EdDSA"
    monkeypatch.setenv("CALLVAULT_JWS_ALGORITHM", "HS256")
    with pytest.raises(ValueError, match="jws_algorithm"):
        Settings()
    with pytest.raises(ValueError, match="one of"):
        Signer.from_pem(pem, "RS256")

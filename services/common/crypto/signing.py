"""The deployment's evidence signatures: compact JWS (Ed25519) with a key id, and the JWKS that lets
anyone verify them without trusting callvault's database.

RFC 9864 deprecates the polymorphic `alg` name `EdDSA` for the fully-specified `Ed25519` (the same
signature: EdDSA on the Ed25519 curve). New artefacts carry `Ed25519` (`CALLVAULT_JWS_ALGORITHM`
may name `EdDSA` for verifiers that predate the RFC); both names verify, so artefacts signed before
keep verifying. The published keys carry no `alg`, so one key serves both names in every library.
"""

import base64
import contextlib
import hashlib
import json
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from jwt.algorithms import OKPAlgorithm

ALGORITHM = "Ed25519"  # RFC 9864
LEGACY_ALGORITHM = "EdDSA"  # what artefacts signed before carry
ALGORITHMS = [ALGORITHM, LEGACY_ALGORITHM]  # what verifies: one scheme under its two names
# PyJWT (2.15) knows only the polymorphic name; the fully-specified one is the same algorithm object.
with contextlib.suppress(ValueError):  # a PyJWT that knows the name already
    jwt.register_algorithm(ALGORITHM, OKPAlgorithm())


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def public_jwk(public_pem: str) -> dict[str, str]:
    key = serialization.load_pem_public_key(public_pem.encode())
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("the signing key must be Ed25519")
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    jwk = {"crv": "Ed25519", "kty": "OKP", "x": _b64url(raw)}
    # RFC 7638 thumbprint: the key id is derived from the key, so it cannot drift from it.
    thumbprint = hashlib.sha256(json.dumps(jwk, separators=(",", ":"), sort_keys=True).encode()).digest()
    return {**jwk, "kid": _b64url(thumbprint), "use": "sig"}  # no `alg`: the key verifies Ed25519 and EdDSA


@dataclass(frozen=True)
class Signer:
    private_pem: str
    kid: str
    public_pem: str
    algorithm: str = ALGORITHM  # the `alg` new artefacts carry

    @classmethod
    def from_pem(cls, private_pem: str, algorithm: str = ALGORITHM) -> "Signer":
        key = serialization.load_pem_private_key(private_pem.encode(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise ValueError("the signing key must be Ed25519")
        public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo).decode()
        if algorithm not in ALGORITHMS:
            raise ValueError(f"the signing algorithm is one of {ALGORITHMS}, not {algorithm!r}")
        return cls(private_pem, public_jwk(public)["kid"], public, algorithm)

    @cached_property
    def _private_key(self) -> Ed25519PrivateKey:  # parsed once: the purge signs a certificate per transcript
        return serialization.load_pem_private_key(self.private_pem.encode(), password=None)

    def sign(self, claims: dict[str, Any], typ: str = "JWT") -> str:
        return jwt.encode(claims, self._private_key, algorithm=self.algorithm, headers={"kid": self.kid, "typ": typ})

    def verify(self, token: str) -> dict[str, Any]:
        return jwt.decode(token, self.public_pem, algorithms=ALGORITHMS, options={"verify_aud": False})


def jwks(public_pems: list[str]) -> dict[str, list[dict[str, str]]]:
    return {"keys": [public_jwk(pem) for pem in public_pems]}


def split_pems(pems: str | None) -> list[str]:
    """Several PEM public keys in one setting, one after the other."""
    marker = "-----END PUBLIC KEY-----"
    return [part.strip() + "\n" + marker + "\n" for part in (pems or "").split(marker) if part.strip()]

"""Signed tree heads: a compact JWS (`alg` Ed25519, or EdDSA before RFC 9864; `kid` from
/.well-known/jwks.json) whose payload names the log, the tenant, the tree size, the root hash (hex)
and the time (milliseconds, as RFC 9162's timestamps)."""

import contextlib
from dataclasses import dataclass
from uuid import UUID

import jwt

from services.common.crypto.signing import ALGORITHMS, Signer, public_jwk

TREE_HEAD_TYPE = "callvault-tree-head+jws"


@dataclass(frozen=True)
class TreeHead:
    log: str
    tenant_id: UUID
    tree_size: int
    root_hash: bytes
    timestamp: int

    def claims(self) -> dict:
        return {"log": self.log, "tenant_id": str(self.tenant_id), "tree_size": self.tree_size,
                "root_hash": self.root_hash.hex(), "timestamp": self.timestamp}


def sign(signer: Signer, head: TreeHead) -> str:
    return signer.sign(head.claims(), typ=TREE_HEAD_TYPE)


class InvalidTreeHead(ValueError):
    pass


def verify(token: str, public_pems: list[str]) -> TreeHead:
    """The head a JWS carries, once its signature verifies under the key its `kid` names."""
    try:
        kid = jwt.get_unverified_header(token).get("kid")
    except jwt.InvalidTokenError as exc:
        raise InvalidTreeHead("not a compact JWS") from exc
    for pem in public_pems:
        if public_jwk(pem)["kid"] != kid:
            continue
        with contextlib.suppress(jwt.InvalidTokenError):
            claims = jwt.decode(token, pem, algorithms=ALGORITHMS, options={"verify_aud": False})
            return _head(claims)
        raise InvalidTreeHead(f"its signature does not verify under key {kid}")
    raise InvalidTreeHead(f"no published key has the id {kid!r}")


def _head(claims: dict) -> TreeHead:
    try:
        return TreeHead(str(claims["log"]), UUID(str(claims["tenant_id"])), int(claims["tree_size"]),
                        bytes.fromhex(str(claims["root_hash"])), int(claims["timestamp"]))
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidTreeHead("its payload is not a tree head") from exc

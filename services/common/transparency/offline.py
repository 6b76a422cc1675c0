"""Checking a consent receipt with nothing but it and the published keys (`callvault receipt verify`):
the receipt's signature, the signed tree head's, the entry's leaf hash, and its inclusion proof in
that tree (RFC 9162 2.1.3.2). No database, no network."""

import json
from typing import Any

import jwt

from services.common.crypto.signing import ALGORITHMS
from services.common.transparency import CONSENT_LEDGER, entries, merkle


def _verified(token: str, keys: dict[str, Any], what: str, problems: list[str]) -> dict | None:
    try:
        kid = jwt.get_unverified_header(token).get("kid")
        if kid not in keys:
            problems.append(f"{what}: no published key has the id {kid!r}")
            return None
        return jwt.decode(token, keys[kid], algorithms=ALGORITHMS, options={"verify_aud": False})
    except jwt.InvalidTokenError as exc:
        problems.append(f"{what}: {exc}")
        return None


def verify_receipt(receipt: dict[str, Any], jwks: dict[str, Any]) -> list[str]:
    """What is wrong with a receipt (its JSON as the API answered it); empty when it holds."""
    keys = {k["kid"]: jwt.PyJWK(k).key for k in jwks.get("keys", []) if "kid" in k}
    problems: list[str] = []
    claims = _verified(str(receipt.get("jws", "")), keys, "the receipt", problems)
    evidence = receipt.get("evidence")
    if claims is None:
        return problems
    if not evidence:
        return [*problems, "the receipt carries no inclusion proof (its entry was not sealed yet)"]
    head = _verified(str(evidence.get("tree_head", "")), keys, "the tree head", problems)
    if head is None:
        return problems
    try:
        return problems + _proof_problems(claims, evidence, head)
    except (KeyError, TypeError, ValueError, AttributeError):
        return [*problems, "the receipt's evidence is malformed"]


def _proof_problems(claims: dict, evidence: dict, head: dict) -> list[str]:
    leaf = entries.leaf_hash(evidence["entry"])
    signed = claims.get("ledger_entry") or {}
    checks = [
        (head.get("log") == CONSENT_LEDGER.name, "the tree head is not a consent ledger's"),
        (head.get("tenant_id") == claims["controller"]["tenant_id"], "the tree head is another tenant's"),
        (signed.get("leaf_hash") == leaf.hex(), "the entry is not the one the receipt signs"),
        (signed.get("leaf_index") == evidence["leaf_index"], "the leaf index is not the one the receipt signs"),
        (evidence["entry"].get("participant_id") == claims["subject"]["participant_id"],
         "the entry is about another participant"),
        (merkle.verify_inclusion(evidence["leaf_index"], head["tree_size"], leaf,
                                 [bytes.fromhex(h) for h in evidence["audit_path"]], bytes.fromhex(head["root_hash"])),
         "the inclusion proof does not lead to the signed root"),
    ]
    return [problem for holds, problem in checks if not holds]


def load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as file:
        return json.load(file)

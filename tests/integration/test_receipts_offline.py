"""A consent receipt checked offline, by `callvault receipt verify` and by the docs' example (a JOSE
library and RFC 9162), with nothing but the receipt and a copy of the published keys."""

import asyncio
import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from tests.helpers import rfc9162
from tests.helpers.support import ConsentApi, at, by_external_id, internal_headers, participant

ROOT = Path(__file__).resolve().parents[2]


async def _receipt(api: ConsentApi) -> dict:
    call = await api.call(participant("agent", "agent", jurisdiction="US-NY"),
                          participant("cust", phone_number="+14155550123"))
    cust = by_external_id(call)["cust"]["id"]
    await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                  "method": "dtmf", "occurred_at": at(-5)})
    return await api.ok("GET", f"/v1/calls/{call['id']}/participants/{cust}/receipt")


def _docs_example() -> str:
    readme = (ROOT / "docs" / "concepts" / "evidence.md").read_text()
    block = re.search(r"<!-- receipt-example:start -->\n```python\n(.*?)```\n<!-- receipt-example:end -->", readme,
                      flags=re.DOTALL)
    assert block, "the receipt example of docs/concepts/evidence.md is missing"
    return block.group(1)


async def _both(tmp_path: Path, receipt: dict, jwks: dict) -> dict[str, subprocess.CompletedProcess]:
    """The CLI's answer and the docs example's, on copies of the receipt and the keys."""
    receipt_file, jwks_file, example = tmp_path / "receipt.json", tmp_path / "jwks.json", tmp_path / "check_receipt.py"
    receipt_file.write_text(json.dumps(receipt))
    jwks_file.write_text(json.dumps(jwks))
    example.write_text(_docs_example())
    commands = {"cli": [sys.executable, "-m", "services.cli", "receipt", "verify", str(receipt_file),
                        "--jwks", str(jwks_file)],
                "docs": [sys.executable, str(example), str(receipt_file), str(jwks_file)]}
    return {name: await asyncio.to_thread(subprocess.run, command, capture_output=True, text=True, timeout=60,
                                          cwd=ROOT, env={**os.environ})
            for name, command in commands.items()}


@pytest.mark.filterwarnings("error::joserfc.errors.SecurityWarning")  # RFC 9864: no deprecated `alg`
async def test_a_receipt_carries_its_entrys_inclusion_proof_in_the_signed_tree(api, consent_client, tenant_id):
    receipt = await _receipt(api)
    keys = KeySet.import_key_set((await consent_client.get("/.well-known/jwks.json")).json())
    evidence = receipt["evidence"]
    head = json.loads(jws.deserialize_compact(evidence["tree_head"], keys, algorithms=["Ed25519"]).payload)
    claims = json.loads(jws.deserialize_compact(receipt["jws"], keys, algorithms=["Ed25519"]).payload)
    canonical = json.dumps(evidence["entry"], sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    leaf = rfc9162.leaf_hash(canonical)
    assert claims["ledger_entry"]["leaf_hash"] == leaf.hex()
    assert claims["ledger_entry"]["leaf_index"] == evidence["leaf_index"]
    assert evidence["entry"]["type"] == "consent_granted" and head["tenant_id"] == str(tenant_id)
    path = [bytes.fromhex(h) for h in evidence["audit_path"]]
    assert rfc9162.verify_inclusion(evidence["leaf_index"], head["tree_size"], leaf, path,
                                    bytes.fromhex(head["root_hash"]))


async def test_the_cli_and_the_docs_example_verify_a_receipt_offline(api, consent_client, tmp_path):
    receipt = await _receipt(api)
    jwks = (await consent_client.get("/.well-known/jwks.json")).json()
    for name, result in (await _both(tmp_path, receipt, jwks)).items():
        assert result.returncode == 0, (name, result.stdout, result.stderr)
    assert "verified" in (await _both(tmp_path, receipt, jwks))["docs"].stdout


def _changed_entry(receipt: dict) -> dict:
    forged = copy.deepcopy(receipt)
    forged["evidence"]["entry"]["method"] = "verbal"
    return forged


def _bent_path(receipt: dict) -> dict:
    forged = copy.deepcopy(receipt)
    path = forged["evidence"]["audit_path"]
    if path:
        path[0] = "00" * 32
    else:  # a one-leaf tree: claim a longer one
        path.append("00" * 32)
    return forged


def _other_head(other: dict):
    def swap(receipt: dict) -> dict:
        forged = copy.deepcopy(receipt)
        forged["evidence"]["tree_head"] = other["evidence"]["tree_head"]
        return forged
    return swap


async def test_a_receipt_that_was_tampered_with_fails_offline(api, consent_client, settings, tmp_path):
    from uuid import uuid4

    receipt = await _receipt(api)
    theirs = await _receipt(ConsentApi(consent_client, internal_headers(settings, uuid4())))
    jwks = (await consent_client.get("/.well-known/jwks.json")).json()
    for tamper in (_changed_entry, _bent_path, _other_head(theirs)):
        for name, result in (await _both(tmp_path, tamper(receipt), jwks)).items():
            assert result.returncode != 0, (tamper, name, result.stdout)
    stranger = {"keys": [{**k, "x": k["x"][:-4] + "AAAA"} for k in jwks["keys"]]}
    for name, result in (await _both(tmp_path, receipt, stranger)).items():
        assert result.returncode != 0, (name, result.stdout)

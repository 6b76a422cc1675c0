"""The consent ledger, a transparency log: its proofs checked with an RFC 9162 verifier written in the
tests (tests/helpers/rfc9162.py), and tampering done with SQL, the way an attacker with database access would."""

import asyncio
import hashlib
import json
import os
import subprocess
import sys
from uuid import UUID, uuid4

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from services.common.db import tenant_session
from tests.helpers import rfc9162
from tests.helpers.support import ConsentApi, at, by_external_id, eventually, internal_headers, participant

ENTRIES = 8  # 1 call + 2 participants + 5 events


def canonical(content: dict) -> bytes:
    """The entry's canonical JSON, as docs/concepts/evidence.md defines it: sorted keys, no spaces, UTF-8."""
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


async def _fill(api: ConsentApi, events: int = 5) -> dict:
    call = await api.call(participant("agent", "agent", jurisdiction="US-NY"),
                          participant("cust", phone_number="+14155550123"))
    cust = by_external_id(call)["cust"]["id"]
    for seconds in range(events * 10, 0, -10):
        await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                      "method": "dtmf", "occurred_at": at(-seconds)})
    return {"call": call["id"], "customer": cust}


async def _sealed(api: ConsentApi, size: int) -> dict:
    """The signed tree head once the sealer has sealed `size` entries."""
    async def covered() -> bool:
        response = await api.request("GET", "/v1/ledger/tree-heads")
        return response.status_code == 200 and response.json()["tree_size"] >= size

    await eventually(covered, what=f"a tree head of {size} entries")
    return await api.ok("GET", "/v1/ledger/tree-heads")


def _signed_claims(token: str, jwks: dict) -> dict:
    """A JWS checked with PyJWT against the published JWKS (the key its `kid` names)."""
    kid = jwt.get_unverified_header(token)["kid"]
    key = next(jwt.PyJWK(k).key for k in jwks["keys"] if k["kid"] == kid)
    assert jwt.get_unverified_header(token)["alg"] == "Ed25519"  # RFC 9864's name (signing registers it in PyJWT)
    return jwt.decode(token, key, algorithms=["Ed25519"])


async def _tamper(owner_engine, tenant_id: UUID, *statements: str, params: dict | None = None) -> None:
    """As the owner, with the append-only triggers switched off, as only a privileged attacker could."""
    async with tenant_session(owner_engine, tenant_id) as session:
        for table in ("ledger_entry", "tlog_node", "tlog_tree_head"):
            await session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        for statement in statements:
            await session.execute(text(statement), {"t": str(tenant_id), **(params or {})})
        for table in ("ledger_entry", "tlog_node", "tlog_tree_head"):
            await session.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
        await session.commit()


async def test_an_untouched_ledger_is_sealed_and_verifies(api, tenant_id):
    await _fill(api)
    head = await _sealed(api, ENTRIES)
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report == {**report, "ok": True, "entries": ENTRIES, "tree_size": ENTRIES, "unsealed": 0,
                      "first_bad_entry": None, "first_bad_tree_head": None}
    assert report["root_hash"] == head["root_hash"] and report["tree_heads"] >= 1


async def test_each_signed_head_is_copied_to_the_object_store(api, settings, tenant_id):
    from services.common.storage import s3_client
    from services.common.transparency import CONSENT_LEDGER
    from services.common.transparency.sealer import head_key

    await _fill(api)
    head = await _sealed(api, ENTRIES)

    key = head_key(CONSENT_LEDGER, tenant_id, head["tree_size"])

    async def copied() -> bool:
        async with s3_client(settings) as s3:
            if not (await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=key)).get("Contents"):
                return False
            body = await (await s3.get_object(Bucket=settings.s3_bucket, Key=key))["Body"].read()
        return body.decode() == head["jws"]

    await eventually(copied, what="the head's copy in the object store")


async def test_every_entry_is_proven_in_the_signed_tree_by_an_rfc_9162_verifier(api, consent_client, tenant_id):
    await _fill(api)
    head = await _sealed(api, ENTRIES)
    jwks = (await consent_client.get("/.well-known/jwks.json")).json()
    claims = _signed_claims(head["jws"], jwks)
    assert claims == {"log": "consent-ledger", "tenant_id": str(tenant_id), "tree_size": head["tree_size"],
                      "root_hash": head["root_hash"], "timestamp": head["timestamp"]}
    root, size = bytes.fromhex(claims["root_hash"]), claims["tree_size"]
    leaves = []
    for index in range(size):
        entry = await api.ok("GET", f"/v1/ledger/entries/{index}")
        proof = await api.ok("GET", f"/v1/ledger/entries/{index}/proof", params={"tree_size": size})
        leaf = rfc9162.leaf_hash(canonical(entry["content"]))
        assert proof["leaf_hash"] == leaf.hex() and proof["tree_size"] == size
        assert rfc9162.verify_inclusion(index, size, leaf, [bytes.fromhex(h) for h in proof["audit_path"]], root)
        assert not rfc9162.verify_inclusion(index, size, rfc9162.leaf_hash(b"{}"),
                                            [bytes.fromhex(h) for h in proof["audit_path"]], root)
        leaves.append(canonical(entry["content"]))
    assert rfc9162.mth(leaves) == root
    assert leaves[0].startswith(b'{"call_id"') and b'"kind":"call_created"' in leaves[0]


async def test_a_later_tree_is_consistent_with_every_earlier_one(api, consent_client):
    first = await _fill(api, events=2)
    old = await _sealed(api, 5)
    await api.events(first["call"], {"type": "consent_withdrawn", "participant_id": first["customer"],
                                     "purposes": ["recording"], "method": "verbal", "occurred_at": at(-1)})
    await _fill(api, events=3)
    new = await _sealed(api, 12)
    for size in range(1, new["tree_size"] + 1):
        proof = await api.ok("GET", "/v1/ledger/consistency", params={"from": size, "to": new["tree_size"]})
        assert proof["from"] == size and proof["to"] == new["tree_size"]
        older = (await api.ok("GET", "/v1/ledger/tree-heads", params={"tree_size": size})
                 if size == old["tree_size"] else None)
        if older:
            assert rfc9162.verify_consistency(size, new["tree_size"], bytes.fromhex(older["root_hash"]),
                                              bytes.fromhex(new["root_hash"]),
                                              [bytes.fromhex(h) for h in proof["consistency_path"]])
    # every prefix's root, recomputed from the entries, is proven consistent too
    leaves = [canonical((await api.ok("GET", f"/v1/ledger/entries/{i}"))["content"]) for i in range(new["tree_size"])]
    for size in range(1, new["tree_size"]):
        proof = await api.ok("GET", "/v1/ledger/consistency", params={"from": size, "to": new["tree_size"]})
        path = [bytes.fromhex(h) for h in proof["consistency_path"]]
        assert rfc9162.verify_consistency(size, new["tree_size"], rfc9162.mth(leaves[:size]),
                                          bytes.fromhex(new["root_hash"]), path)
        assert not rfc9162.verify_consistency(size, new["tree_size"], rfc9162.mth(leaves[1:size + 1]),
                                              bytes.fromhex(new["root_hash"]), path)


@pytest.mark.parametrize(("path", "params", "status"), [
    ("/v1/ledger/entries/99/proof", {}, 404),
    ("/v1/ledger/entries/0/proof", {"tree_size": 99}, 422),
    ("/v1/ledger/consistency", {"from": 0, "to": 3}, 422),
    ("/v1/ledger/consistency", {"from": 5, "to": 3}, 422),
    ("/v1/ledger/consistency", {"from": 1, "to": 99}, 422),
    ("/v1/ledger/tree-heads", {"tree_size": 99}, 404),
    ("/v1/ledger/entries/-1", {}, 422),
    ("/v1/ledger/entries/99999999999999999999999", {}, 422),
])
async def test_proofs_outside_the_tree_are_clear_problems(api, path, params, status):
    await _fill(api, events=0)
    await _sealed(api, 3)
    response = await api.request("GET", path, params=params)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")


async def _content_hash_of(owner_engine, tenant_id: UUID, leaf: int, change: dict) -> dict:
    async with tenant_session(owner_engine, tenant_id) as session:
        content = (await session.execute(text("SELECT content FROM ledger_entry WHERE tenant_id = :t "
                                              "AND leaf_index = :i"), {"t": tenant_id, "i": leaf})).scalar_one()
    changed = {**content, **change}
    return {"c": canonical(changed).decode(), "h": hashlib.sha256(canonical(changed)).hexdigest(),
            "leaf": rfc9162.leaf_hash(canonical(changed))}


@pytest.mark.parametrize(("statements", "bad"), [
    # changed content
    (["UPDATE ledger_entry SET content = jsonb_set(content, '{method}', '\"verbal\"') "
      "WHERE tenant_id = :t AND leaf_index = 5"], 5),
    # a removed entry
    (["DELETE FROM ledger_entry WHERE tenant_id = :t AND leaf_index = 4"], 4),
    # a removed entry with the later ones renumbered to close the gap (through negatives: the unique index on
    # leaf indexes is checked row by row, in whatever order the rows lie, seen failing once)
    (["DELETE FROM ledger_entry WHERE tenant_id = :t AND leaf_index = 4",
      "UPDATE ledger_entry SET leaf_index = 1 - leaf_index WHERE tenant_id = :t AND leaf_index > 4",
      "UPDATE ledger_entry SET leaf_index = -leaf_index WHERE tenant_id = :t AND leaf_index < 0"], 4),
    # two entries swapped
    (["UPDATE ledger_entry SET leaf_index = -6 WHERE tenant_id = :t AND leaf_index = 6",
      "UPDATE ledger_entry SET leaf_index = 6 WHERE tenant_id = :t AND leaf_index = 7",
      "UPDATE ledger_entry SET leaf_index = 7 WHERE tenant_id = :t AND leaf_index = -6"], 6),
    # the end cut off
    ([f"DELETE FROM ledger_entry WHERE tenant_id = :t AND leaf_index = {ENTRIES - 1}"], ENTRIES - 1),
    # the end cut off, and the signed heads that covered it removed from the database (their copies remain)
    ([f"DELETE FROM ledger_entry WHERE tenant_id = :t AND leaf_index >= {ENTRIES - 2}",
      f"DELETE FROM tlog_tree_head WHERE tenant_id = :t AND tree_size > {ENTRIES - 2}"], ENTRIES - 2),
])
async def test_tampering_is_reported_at_the_exact_entry(api, owner_engine, tenant_id, statements, bad):
    await _fill(api)
    await _sealed(api, ENTRIES)
    await _tamper(owner_engine, tenant_id, *statements)
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_entry"] == bad, report
    assert report["entries"] == bad


async def test_content_rewritten_with_its_hashes_is_caught_by_the_stored_tree(api, owner_engine, tenant_id):
    await _fill(api)
    await _sealed(api, ENTRIES)
    forged = await _content_hash_of(owner_engine, tenant_id, 3, {"jurisdiction": "US-NY"})
    await _tamper(owner_engine, tenant_id,
                  "UPDATE ledger_entry SET content = CAST(:c AS jsonb), content_hash = :h WHERE tenant_id = :t "
                  "AND leaf_index = 3",
                  "UPDATE tlog_node SET hash = :leaf WHERE tenant_id = :t AND level = 0 AND index = 3", params=forged)
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_entry"] == 3, report


async def test_a_tree_rebuilt_around_a_rewritten_entry_is_caught_by_the_signed_head(api, owner_engine, tenant_id):
    await _fill(api)
    head = await _sealed(api, ENTRIES)
    forged = await _content_hash_of(owner_engine, tenant_id, 3, {"jurisdiction": "US-NY"})
    # Every stored subtree recomputed, as an attacker without the signing key would: only the head is left.
    async with tenant_session(owner_engine, tenant_id) as session:
        contents = [row[0] for row in (await session.execute(text(
            "SELECT content FROM ledger_entry WHERE tenant_id = :t AND leaf_index IS NOT NULL ORDER BY leaf_index"),
            {"t": tenant_id})).all()]
    leaves = [rfc9162.leaf_hash(canonical(c)) for c in contents]
    leaves[3] = forged["leaf"]
    nodes = _perfect_subtrees(leaves)
    await _tamper(owner_engine, tenant_id,
                  "UPDATE ledger_entry SET content = CAST(:c AS jsonb), content_hash = :h WHERE tenant_id = :t "
                  "AND leaf_index = 3", params=forged)
    for (level, index), digest in nodes.items():
        await _tamper(owner_engine, tenant_id, "UPDATE tlog_node SET hash = :d WHERE tenant_id = :t AND level = :l "
                      "AND index = :i", params={"d": digest, "l": level, "i": index})
    report = await api.ok("GET", "/v1/ledger/verify")
    # The first signed head that covers leaf 3 (the sealer may have signed a smaller one before this one).
    assert report["ok"] is False and 3 < report["first_bad_tree_head"] <= head["tree_size"], report
    assert report["first_bad_entry"] is not None and report["first_bad_entry"] <= 3


def _perfect_subtrees(leaves: list[bytes]) -> dict:
    nodes = {(0, i): leaf for i, leaf in enumerate(leaves)}
    level = 0
    while len([k for k in nodes if k[0] == level]) > 1:
        row = [nodes[(level, i)] for i in range(len([k for k in nodes if k[0] == level]))]
        for i in range(len(row) // 2):
            nodes[(level + 1, i)] = hashlib.sha256(b"\x01" + row[2 * i] + row[2 * i + 1]).digest()
        level += 1
    return nodes


def _forged_head(claims: dict) -> str:
    key = Ed25519PrivateKey.generate()
    return jwt.encode(claims, key, algorithm="EdDSA", headers={"kid": "attacker"})


async def test_a_forged_tree_head_is_named(api, owner_engine, tenant_id):
    await _fill(api)
    head = await _sealed(api, ENTRIES)
    token = _forged_head({"log": "consent-ledger", "tenant_id": str(tenant_id), "tree_size": head["tree_size"],
                          "root_hash": "00" * 32, "timestamp": head["timestamp"]})
    await _tamper(owner_engine, tenant_id, "UPDATE tlog_tree_head SET jws = :j WHERE tenant_id = :t "
                  "AND tree_size = :s", params={"j": token, "s": head["tree_size"]})
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_tree_head"] == head["tree_size"], report
    assert "attacker" in report["problem"]


async def test_another_tenants_head_in_its_place_is_named(api, consent_client, settings, owner_engine, tenant_id):
    other = ConsentApi(consent_client, internal_headers(settings, uuid4()))
    await _fill(api)
    await _fill(other)
    head, theirs = await _sealed(api, ENTRIES), await _sealed(other, ENTRIES)
    await _tamper(owner_engine, tenant_id, "UPDATE tlog_tree_head SET jws = :j WHERE tenant_id = :t "
                  "AND tree_size = :s", params={"j": theirs["jws"], "s": head["tree_size"]})
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_tree_head"] == head["tree_size"], report
    assert "not this log's head" in report["problem"]
    assert (await other.ok("GET", "/v1/ledger/verify"))["ok"] is True


@pytest.mark.parametrize("statement", [
    "UPDATE ledger_entry SET kind = 'x'",
    "UPDATE ledger_entry SET leaf_index = leaf_index + 1",
    "DELETE FROM ledger_entry",
    "TRUNCATE ledger_entry",
    "UPDATE tlog_node SET hash = '\\x00'",
    "DELETE FROM tlog_node",
    "UPDATE tlog_tree_head SET jws = 'x'",
    "UPDATE tlog_tree_head SET copied_at = now()",
    "DELETE FROM tlog_tree_head",
    "UPDATE ledger_checkpoint SET head = 'x'",
])
async def test_the_runtime_role_cannot_change_or_remove_entries(api, app_engine, tenant_id, statement):
    await _fill(api)
    await _sealed(api, ENTRIES)

    async def copied() -> bool:  # `copied_at` is set once, by the copier: only then is changing it refused
        async with tenant_session(app_engine, tenant_id) as session:
            return (await session.execute(text(
                "SELECT count(*) FROM tlog_tree_head WHERE tenant_id = :t AND copied_at IS NULL"),
                {"t": tenant_id})).scalar_one() == 0

    await eventually(copied, what="every signed tree head copied to the object store")
    async with tenant_session(app_engine, tenant_id) as session:
        with pytest.raises(DBAPIError, match=r"permission denied|append-only"):
            await session.execute(text(statement))


async def test_even_the_owner_is_refused_while_the_triggers_stand(api, owner_engine, tenant_id):
    await _fill(api)
    await _sealed(api, ENTRIES)
    async with tenant_session(owner_engine, tenant_id) as session:
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(text("DELETE FROM ledger_entry WHERE leaf_index = 1"))


async def test_the_ledger_holds_no_phone_number(api, app_engine, tenant_id):
    await _fill(api)
    async with tenant_session(app_engine, tenant_id) as session:
        contents = (await session.execute(text("SELECT content::text FROM ledger_entry"))).scalars().all()
    assert contents and not any("4155550123" in c for c in contents)
    assert any('"subject": "' in c for c in contents)


def _cli(settings, *args: str) -> subprocess.CompletedProcess:
    from services.stack.up import settings_env

    env = {**os.environ, **settings_env(settings)}
    return subprocess.run([sys.executable, "-m", "services.cli", *args], env=env, capture_output=True, text=True,
                          timeout=60)


async def test_the_cli_verifies_a_ledger_and_names_the_first_bad_entry(api, owner_engine, tenant_id, settings):
    await _fill(api)
    await _sealed(api, ENTRIES)
    good = await asyncio.to_thread(_cli, settings, "ledger", "verify", "--tenant", str(tenant_id))
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["entries"] == ENTRIES
    await _tamper(owner_engine, tenant_id, "DELETE FROM ledger_entry WHERE tenant_id = :t AND leaf_index = 2")
    bad = await asyncio.to_thread(_cli, settings, "ledger", "verify", "--tenant", str(tenant_id))
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["first_bad_entry"] == 2


"""The consent ledger against tampering done with SQL, the way an attacker with database access would."""

import asyncio
import json
import os
import subprocess
import sys
from uuid import UUID

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from services.common.db import tenant_session
from tests.support import ConsentApi, at, by_external_id, internal_headers, participant

ENTRIES = 8  # 1 call + 2 participants + 5 events


@pytest.fixture
def api(consent_client, settings, tenant_id) -> ConsentApi:
    return ConsentApi(consent_client, internal_headers(settings, tenant_id))


async def _fill(api: ConsentApi) -> None:
    call = await api.call(participant("agent", "agent", jurisdiction="US-NY"),
                          participant("cust", phone_number="+14155550123"))
    cust = by_external_id(call)["cust"]["id"]
    for seconds in (50, 40, 30, 20, 10):
        await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                      "method": "dtmf", "occurred_at": at(-seconds)})


async def _tamper(owner_engine, tenant_id: UUID, *statements: str) -> None:
    """As the owner, with the append-only triggers switched off, as only a privileged attacker could."""
    async with tenant_session(owner_engine, tenant_id) as session:
        await session.execute(text("ALTER TABLE ledger_entry DISABLE TRIGGER USER"))
        for statement in statements:
            await session.execute(text(statement), {"t": str(tenant_id)})
        await session.execute(text("ALTER TABLE ledger_entry ENABLE TRIGGER USER"))
        await session.commit()


async def test_an_untouched_ledger_verifies(api):
    await _fill(api)
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report == {**report, "ok": True, "entries": ENTRIES, "first_bad_entry": None}
    assert len(report["head"]) == 64


@pytest.mark.parametrize(("statements", "bad"), [
    # changed content
    (["UPDATE ledger_entry SET content = jsonb_set(content, '{method}', '\"verbal\"') "
      "WHERE tenant_id = :t AND seq = 5"], 5),
    # changed content with its content hash recomputed to match
    (["UPDATE ledger_entry SET content = jsonb_set(content, '{method}', '\"verbal\"') WHERE tenant_id = :t AND seq = 5",
      "UPDATE ledger_entry SET content_hash = encode(sha256(convert_to(content::text, 'UTF8')), 'hex') "
      "WHERE tenant_id = :t AND seq = 5"], 5),
    # a removed entry
    (["DELETE FROM ledger_entry WHERE tenant_id = :t AND seq = 4"], 4),
    # a removed entry with the later ones renumbered to close the gap
    (["DELETE FROM ledger_entry WHERE tenant_id = :t AND seq = 4",
      "UPDATE ledger_entry SET seq = seq - 1 WHERE tenant_id = :t AND seq > 4"], 4),
    # two entries swapped
    (["UPDATE ledger_entry SET seq = -6 WHERE tenant_id = :t AND seq = 6",
      "UPDATE ledger_entry SET seq = 6 WHERE tenant_id = :t AND seq = 7",
      "UPDATE ledger_entry SET seq = 7 WHERE tenant_id = :t AND seq = -6"], 6),
    # an entry inserted in the middle
    (["UPDATE ledger_entry SET seq = -seq WHERE tenant_id = :t AND seq >= 3",
      "UPDATE ledger_entry SET seq = -seq + 1 WHERE tenant_id = :t AND seq < 0",
      "INSERT INTO ledger_entry (tenant_id, seq, kind, content, content_hash, prev_hash, entry_hash) "
      "SELECT tenant_id, 3, kind, content, content_hash, prev_hash, entry_hash FROM ledger_entry "
      "WHERE tenant_id = :t AND seq = 2"], 3),
])
async def test_tampering_is_reported_at_the_exact_entry(api, owner_engine, tenant_id, statements, bad):
    await _fill(api)
    await _tamper(owner_engine, tenant_id, *statements)
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_entry"] == bad, report
    assert report["entries"] == bad - 1


async def test_cutting_off_the_end_is_caught_by_the_signed_checkpoint(api, owner_engine, tenant_id):
    await _fill(api)
    checkpointed = await api.ok("POST", "/v1/ledger/checkpoints")
    assert checkpointed["ok"] and checkpointed["last_checkpoint"] == ENTRIES
    await _tamper(owner_engine, tenant_id, f"DELETE FROM ledger_entry WHERE tenant_id = :t AND seq = {ENTRIES}")
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_entry"] == ENTRIES


async def test_rewriting_the_whole_chain_consistently_is_caught_by_the_checkpoint(api, owner_engine, tenant_id,
                                                                                  settings):
    from services.common import hash_chain as ledger

    await _fill(api)
    await api.ok("POST", "/v1/ledger/checkpoints")
    # Rebuild a perfectly consistent chain with one entry's content changed.
    async with tenant_session(owner_engine, tenant_id) as session:
        rows = (await session.execute(text("SELECT seq, content FROM ledger_entry WHERE tenant_id = :t ORDER BY seq"),
                                      {"t": str(tenant_id)})).all()
    prev = ledger.GENESIS
    async with tenant_session(owner_engine, tenant_id) as session:
        await session.execute(text("ALTER TABLE ledger_entry DISABLE TRIGGER USER"))
        for seq, content in rows:
            if seq == 3:  # the California customer, made a New Yorker
                content = {**content, "jurisdiction": "US-NY"}
            digest = ledger.content_hash(content)
            entry = ledger.entry_hash(tenant_id, seq, prev, digest)
            await session.execute(text(
                "UPDATE ledger_entry SET content = CAST(:c AS jsonb), content_hash = :d, prev_hash = :p, "
                "entry_hash = :e WHERE tenant_id = :t AND seq = :s"),
                {"c": ledger.canonical(content).decode(), "d": digest, "p": prev, "e": entry, "t": str(tenant_id),
                 "s": seq})
            prev = entry
        await session.execute(text("ALTER TABLE ledger_entry ENABLE TRIGGER USER"))
        await session.commit()
    report = await api.ok("GET", "/v1/ledger/verify")
    assert report["ok"] is False and report["first_bad_entry"] == 1 and "checkpoint" in report["problem"]


async def test_the_checkpoint_is_in_the_object_store(api, settings, tenant_id):
    from services.common.storage import s3_client
    from services.recording_consent.checkpoints import checkpoint_key

    await _fill(api)
    await api.ok("POST", "/v1/ledger/checkpoints")
    async with s3_client(settings) as s3:
        body = await (await s3.get_object(Bucket=settings.s3_bucket,
                                          Key=checkpoint_key(tenant_id, ENTRIES)))["Body"].read()
    assert body.count(b".") == 2  # a compact JWS


@pytest.mark.parametrize("statement", [
    "UPDATE ledger_entry SET kind = 'x'",
    "DELETE FROM ledger_entry",
    "TRUNCATE ledger_entry",
    "UPDATE ledger_checkpoint SET head = 'x'",
])
async def test_the_runtime_role_cannot_change_or_remove_entries(api, app_engine, tenant_id, statement):
    await _fill(api)
    async with tenant_session(app_engine, tenant_id) as session:
        with pytest.raises(DBAPIError, match=r"permission denied|append-only"):
            await session.execute(text(statement))


async def test_even_the_owner_is_refused_while_the_triggers_stand(api, owner_engine, tenant_id):
    await _fill(api)
    async with tenant_session(owner_engine, tenant_id) as session:
        with pytest.raises(DBAPIError, match="append-only"):
            await session.execute(text("DELETE FROM ledger_entry WHERE seq = 1"))


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
    good = await asyncio.to_thread(_cli, settings, "ledger", "verify", "--tenant", str(tenant_id))
    assert good.returncode == 0, good.stderr
    assert json.loads(good.stdout)["entries"] == ENTRIES
    await _tamper(owner_engine, tenant_id, "DELETE FROM ledger_entry WHERE tenant_id = :t AND seq = 2")
    bad = await asyncio.to_thread(_cli, settings, "ledger", "verify", "--tenant", str(tenant_id))
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["first_bad_entry"] == 2

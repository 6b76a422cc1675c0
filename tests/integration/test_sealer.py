"""The sealer against the faults it is built for: two sealers of one tenant at once, one that dies
mid-batch, a lease left by a dead holder, and the hash chain from before the log migrated into it."""

import asyncio
import hashlib
import json
from uuid import UUID, uuid4

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from services.common.crypto.signing import Signer
from services.common.db import create_engine, tenant_session
from services.common.migrations import upgrade
from services.common.transparency import CONSENT_LEDGER, store, verification
from services.common.transparency.sealer import Sealer
from services.recording_consent import ledger
from services.stack.bootstrap import ensure_roles_and_databases
from tests.helpers import rfc9162
from tests.helpers.support import eventually


def canonical(content: dict) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@pytest.fixture
def signer(settings) -> Signer:
    return Signer.from_pem(settings.secret("signing_key"))


async def _write(engine, tenant_id: UUID, count: int, writers: int = 8) -> None:
    """`count` entries from `writers` concurrent transactions, as concurrent requests write them."""
    async def one(offset: int) -> None:
        for n in range(offset, count, writers):
            async with tenant_session(engine, tenant_id) as session:
                await ledger.append(session, tenant_id, [("test", None, {"kind": "test", "n": n})])
                await session.commit()

    await asyncio.gather(*(one(i) for i in range(writers)))


async def _verified(engine, settings, signer: Signer, tenant_id: UUID):
    async with tenant_session(engine, tenant_id) as session:
        return await verification.verify(session, settings, CONSENT_LEDGER, [signer.public_pem], tenant_id)


async def _leaves(engine, tenant_id: UUID) -> list[int]:
    async with tenant_session(engine, tenant_id) as session:
        return list((await session.execute(text("SELECT leaf_index FROM ledger_entry WHERE leaf_index IS NOT NULL "
                                                "ORDER BY leaf_index"))).scalars())


async def test_two_sealers_racing_while_entries_arrive_leave_no_gap_and_no_duplicate(app_engine, settings, signer):
    tenant_id = uuid4()
    first, second = (Sealer(app_engine, CONSENT_LEDGER, signer, settings) for _ in range(2))
    writing = asyncio.create_task(_write(app_engine, tenant_id, 120))

    async def seal_until_written(sealer: Sealer) -> None:  # both ignore the lease: the database must hold
        while True:
            written = writing.done()
            try:
                sealed = await sealer.seal(tenant_id)
            except Exception as exc:  # the loser of a race: its whole batch rolled back
                assert any(s in str(exc) for s in ("duplicate key", "another sealer", "deadlock")), exc
                sealed = True
            if written and sealed is None:
                return
            await asyncio.sleep(0)

    await asyncio.gather(seal_until_written(first), seal_until_written(second), writing)
    report = await _verified(app_engine, settings, signer, tenant_id)
    assert report.ok and report.tree_size == 120 and report.unsealed == 0, report
    assert await _leaves(app_engine, tenant_id) == list(range(120))


async def test_a_sealer_that_dies_mid_batch_leaves_nothing_and_another_finishes(app_engine, settings, signer,
                                                                                monkeypatch):
    tenant_id = uuid4()
    # The services' own sealers run beside this test on the same database: the lease is taken before the
    # tenant has anything to seal, so none of them can take it first, and it is long enough to still stand
    # when the heir first asks, even on a loaded machine.
    dying = Sealer(app_engine, CONSENT_LEDGER, signer, settings.model_copy(update={"log_lease_seconds": 5}))
    assert await dying.lease(tenant_id)
    await _write(app_engine, tenant_id, 10)

    async def killed(*args, **kwargs):
        raise ConnectionResetError("the sealer's process died after assigning leaves and storing nodes")

    with monkeypatch.context() as patched:
        patched.setattr(store, "add_head", killed)
        with pytest.raises(ConnectionResetError):
            await dying.seal(tenant_id)
    assert await _leaves(app_engine, tenant_id) == []  # rolled back: no leaf, no node, no head
    heir = Sealer(app_engine, CONSENT_LEDGER, signer, settings)
    assert not await heir.lease(tenant_id)  # the dead holder's lease stands until it expires

    async def finished() -> bool:
        """Once the lease expires another sealer finishes: this heir, or a service's sealer taking it first."""
        if await heir.lease(tenant_id):
            try:
                await heir.seal(tenant_id)
            except IntegrityError:
                pass  # a service's sealer sealed the batch meanwhile
        return await _leaves(app_engine, tenant_id) == list(range(10))

    await eventually(finished, timeout=30, what="another sealer finishing once the dead holder's lease expired")
    report = await _verified(app_engine, settings, signer, tenant_id)
    assert report.ok and report.tree_size == 10, report


async def test_the_hash_chain_from_before_becomes_the_first_leaves_and_stays_checked(settings, signer):
    legacy = settings.model_copy(update={"db_name_prefix": f"legacy{uuid4().hex[:8]}_"})
    await ensure_roles_and_databases(legacy)
    owner_url = legacy.service_database_url("recording_consent", owner=True)
    await asyncio.to_thread(upgrade, "recording_consent", owner_url, "0011")  # the last revision with the chain
    tenant_id, contents = uuid4(), [{"kind": "test", "n": n, "note": "ünïcode"} for n in range(5)]
    owner = create_engine(owner_url, pool_size=1)
    app = create_engine(legacy.service_database_url("recording_consent"), pool_size=2)
    try:
        async with tenant_session(owner, tenant_id) as session:
            prev = "0" * 64
            for seq, content in enumerate(contents, start=1):  # as the chain wrote them
                digest = hashlib.sha256(canonical(content)).hexdigest()
                entry = hashlib.sha256(f"{tenant_id}|{seq}|{prev}|{digest}".encode()).hexdigest()
                await session.execute(text(
                    "INSERT INTO ledger_entry (tenant_id, seq, kind, content, content_hash, prev_hash, entry_hash) "
                    "VALUES (:t, :s, 'test', CAST(:c AS jsonb), :d, :p, :e)"),
                    {"t": tenant_id, "s": seq, "c": canonical(content).decode(), "d": digest, "p": prev, "e": entry})
                prev = entry
            await session.commit()
        await asyncio.to_thread(upgrade, "recording_consent", owner_url)
        await _write(app, tenant_id, 3, writers=1)  # the log goes on after them
        head = await Sealer(app, CONSENT_LEDGER, signer, legacy).seal(tenant_id)
        assert head is not None and head.tree_size == 8
        async with tenant_session(app, tenant_id) as session:
            rows = (await session.execute(text("SELECT content, seq FROM ledger_entry ORDER BY leaf_index"))).all()
        assert [r.seq for r in rows] == [1, 2, 3, 4, 5, None, None, None]  # the chain's order kept
        assert head.root_hash == rfc9162.mth([canonical(r.content) for r in rows])
        assert (await _verified(app, legacy, signer, tenant_id)).ok
        async with tenant_session(owner, tenant_id) as session:  # a chain link rewritten, content untouched
            await session.execute(text("ALTER TABLE ledger_entry DISABLE TRIGGER USER"))
            await session.execute(text("UPDATE ledger_entry SET prev_hash = :p WHERE tenant_id = :t AND seq = 3"),
                                  {"p": "f" * 64, "t": tenant_id})
            await session.execute(text("ALTER TABLE ledger_entry ENABLE TRIGGER USER"))
            await session.commit()
        report = await _verified(app, legacy, signer, tenant_id)
        assert report.ok is False and report.first_bad_entry == 2 and "hash chain" in report.problem, report
    finally:
        await owner.dispose()
        await app.dispose()

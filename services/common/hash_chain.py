"""A per-tenant hash chain of entries: the consent ledger and the transcripts' audit trail are both one.

Each entry commits to its own canonical content and to the previous entry's hash; its own hash also
covers the tenant and its sequence number, so an entry moved to another place or tenant no longer
fits. A table that carries a chain has the columns `tenant_id`, `seq`, `content`, `content_hash`,
`prev_hash` and `entry_hash`; appends are serialized per tenant by an advisory lock held to the
end of the transaction.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol
from uuid import UUID

from sqlalchemy import text
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

GENESIS = "0" * 64
PAGE = 1000


class Entry(Protocol):
    tenant_id: UUID
    seq: int
    content: dict[str, Any]
    content_hash: str
    prev_hash: str
    entry_hash: str


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


def entry_hash(tenant_id: UUID, seq: int, prev_hash: str, content_digest: str) -> str:
    return hashlib.sha256(f"{tenant_id}|{seq}|{prev_hash}|{content_digest}".encode()).hexdigest()


def chain(model: type, tenant_id: UUID, head: tuple[int, str] | None, entries: Iterable[dict[str, Any]]) -> list:
    """Rows of `model` that follow `head` (sequence number and hash; None for an empty chain); each
    entry gives the row's own columns, `content` among them."""
    seq, prev = head or (0, GENESIS)
    rows = []
    for columns in entries:
        seq += 1
        digest = content_hash(columns["content"])
        row = model(tenant_id=tenant_id, seq=seq, content_hash=digest, prev_hash=prev,
                    entry_hash=entry_hash(tenant_id, seq, prev, digest), **columns)
        prev = row.entry_hash
        rows.append(row)
    return rows


async def lock(session: AsyncSession, key: str) -> None:
    """Serialize a tenant's appends until the transaction ends (commit or rollback)."""
    await session.exec(text("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))"), params={"key": key})


async def head(session: AsyncSession, model: type, tenant_id: UUID) -> Any | None:
    query = select(model).where(model.tenant_id == tenant_id).order_by(col(model.seq).desc()).limit(1)
    return (await session.exec(query)).first()


async def page(session: AsyncSession, model: type, tenant_id: UUID, after_seq: int, limit: int) -> list:
    query = select(model).where(model.tenant_id == tenant_id, col(model.seq) > after_seq).order_by(
        col(model.seq)).limit(limit)
    return list((await session.exec(query)).all())


async def append(session: AsyncSession, model: type, lock_key: str, tenant_id: UUID,
                 entries: Iterable[dict[str, Any]]) -> list:
    """Append entries in order, in the caller's transaction (call it last: the lock lasts to the commit)."""
    await lock(session, lock_key)
    last = await head(session, model, tenant_id)
    rows = chain(model, tenant_id, (last.seq, last.entry_hash) if last else None, entries)
    session.add_all(rows)
    return rows


@dataclass
class Walk:
    """The state of a verification walk over a tenant's entries, in sequence order."""

    tenant_id: UUID
    entries: int = 0
    head: str = GENESIS
    first_bad_entry: int | None = None
    problem: str | None = None

    def step(self, entry: Entry) -> bool:
        """Check one entry; False once the chain is broken (the walk stops at the first bad entry)."""
        expected = self.entries + 1
        digest = content_hash(entry.content)
        problem = (
            f"entry {expected} is missing (found {entry.seq} next)" if entry.seq != expected else
            "its content does not match its hash" if digest != entry.content_hash else
            "it does not follow the entry before it" if entry.prev_hash != self.head else
            "its hash is wrong" if entry_hash(self.tenant_id, entry.seq, entry.prev_hash, digest) != entry.entry_hash
            else None
        )
        if problem is not None:
            self.fail(expected, problem if problem.startswith("entry") else f"entry {expected}: {problem}")
            return False
        self.entries, self.head = expected, entry.entry_hash
        return True

    def fail(self, seq: int, problem: str) -> None:
        self.first_bad_entry, self.problem = seq, problem


async def walk(session: AsyncSession, model: type, tenant_id: UUID, seen: dict[int, str] | None = None) -> Walk:
    """Walk a tenant's whole chain page by page; `seen` collects the hashes of the sequence numbers
    it names (the ledger holds them against its signed checkpoints)."""
    state = Walk(tenant_id)
    while True:
        rows = await page(session, model, tenant_id, state.entries, PAGE)
        for entry in rows:
            if not state.step(entry):
                return state
            if seen is not None and entry.seq in seen:
                seen[entry.seq] = entry.entry_hash
        if len(rows) < PAGE:
            return state

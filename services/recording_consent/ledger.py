"""The per-tenant consent ledger: a hash chain of every consent and call event.

Each entry commits to its own canonical content and to the previous entry's hash; its own hash also
covers the tenant and its sequence number, so an entry moved to another place or tenant no longer
fits. Personal data never enters the hashed content (participants appear by blind index), so erasing
a phone number later leaves the chain intact. Signed checkpoints of the head, copied to the object
store, catch what the chain alone cannot: a rewrite of the whole table.
"""

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.recording_consent import repository
from services.recording_consent.models import LedgerEntry

GENESIS = "0" * 64
PAGE = 1000


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(content: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(content)).hexdigest()


def entry_hash(tenant_id: UUID, seq: int, prev_hash: str, content_digest: str) -> str:
    return hashlib.sha256(f"{tenant_id}|{seq}|{prev_hash}|{content_digest}".encode()).hexdigest()


async def append(session: AsyncSession, tenant_id: UUID,
                 entries: Iterable[tuple[str, UUID | None, dict]]) -> list[LedgerEntry]:
    """Append (kind, call id, content) entries in order, in the caller's transaction."""
    await repository.lock_ledger(session, tenant_id)
    head = await repository.ledger_head(session, tenant_id)
    rows = chain(tenant_id, (head.seq, head.entry_hash) if head else None, entries)
    repository.add(session, *rows)
    return rows


def chain(tenant_id: UUID, head: tuple[int, str] | None,
          entries: Iterable[tuple[str, UUID | None, dict]]) -> list[LedgerEntry]:
    """The entries that follow `head` (sequence number and hash; None for an empty ledger)."""
    seq, prev = head or (0, GENESIS)
    rows = []
    for kind, call_id, content in entries:
        seq += 1
        digest = content_hash(content)
        row = LedgerEntry(tenant_id=tenant_id, seq=seq, kind=kind, call_id=call_id, content=content,
                          content_hash=digest, prev_hash=prev, entry_hash=entry_hash(tenant_id, seq, prev, digest))
        prev = row.entry_hash
        rows.append(row)
    return rows


@dataclass
class Walk:
    """The state of a verification walk over a tenant's entries, in sequence order."""

    tenant_id: UUID
    entries: int = 0
    head: str = GENESIS
    first_bad_entry: int | None = None
    problem: str | None = None

    def step(self, entry: LedgerEntry) -> bool:
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


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str


async def verify(session: AsyncSession, tenant_id: UUID, checkpoints: list[Checkpoint]) -> Walk:
    """Walk the chain page by page, then hold it against the signed checkpoints (oldest first)."""
    walk = Walk(tenant_id)
    heads: dict[int, str] = {}
    wanted = {c.seq for c in checkpoints}
    while True:
        page = await repository.ledger_page(session, tenant_id, walk.entries, PAGE)
        for entry in page:
            if not walk.step(entry):
                return walk
            if entry.seq in wanted:
                heads[entry.seq] = entry.entry_hash
        if len(page) < PAGE:
            break
    verified = 0
    for checkpoint in sorted(checkpoints, key=lambda c: c.seq):
        if checkpoint.seq > walk.entries:
            walk.fail(walk.entries + 1, f"a signed checkpoint covers {checkpoint.seq} entries; "
                                        f"only {walk.entries} remain")
            break
        if heads.get(checkpoint.seq) != checkpoint.head:
            walk.fail(verified + 1, f"entries {verified + 1} to {checkpoint.seq} were rewritten: they no longer "
                                    "match the signed checkpoint")
            break
        verified = checkpoint.seq
    return walk


def checkpoint_claims(tenant_id: UUID, head: LedgerEntry) -> dict[str, Any]:
    return {"iss": "callvault", "sub": str(tenant_id), "ledger_seq": head.seq, "head": head.entry_hash,
            "iat": int(datetime.now(UTC).timestamp())}

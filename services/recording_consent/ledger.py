"""The per-tenant consent ledger: a hash chain of every consent and call event.

The chain itself is `services.common.hash_chain` (the transcripts' audit trail is another one).
Personal data never enters the hashed content (participants appear by blind index), so erasing
a phone number later leaves the chain intact. Signed checkpoints of the head, copied to the object
store, catch what the chain alone cannot: a rewrite of the whole table.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import hash_chain
from services.common.hash_chain import Walk
from services.recording_consent import repository
from services.recording_consent.models import LedgerEntry


async def append(session: AsyncSession, tenant_id: UUID,
                 entries: Iterable[tuple[str, UUID | None, dict]]) -> list[LedgerEntry]:
    """Append (kind, call id, content) entries in order, in the caller's transaction."""
    return await hash_chain.append(session, LedgerEntry, repository.ledger_lock_key(tenant_id), tenant_id, [
        {"kind": kind, "call_id": call_id, "content": content} for kind, call_id, content in entries])


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str


async def verify(session: AsyncSession, tenant_id: UUID, checkpoints: list[Checkpoint]) -> Walk:
    """Walk the chain, then hold it against the signed checkpoints (oldest first)."""
    heads: dict[int, str] = {c.seq: "" for c in checkpoints}
    walk = await hash_chain.walk(session, LedgerEntry, tenant_id, heads)
    if walk.problem is not None:
        return walk
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

"""Every query of the transparency log, bound to a tenant's session (row-level security applies);
the entry table is the log's own (`Log.entries`), the tree tables (`tlog_*`) are the service's."""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.transparency import Log
from services.common.transparency.merkle import Node


@dataclass(frozen=True)
class StoredEntry:
    position: int
    leaf_index: int | None
    content: dict[str, Any]
    content_hash: str
    seq: int | None  # the legacy chain's columns, on entries written before the log
    prev_hash: str | None
    entry_hash: str | None


@dataclass(frozen=True)
class StoredHead:
    tree_size: int
    root_hash: bytes
    timestamp: int
    jws: str
    object_key: str


_ENTRY_COLUMNS = "position, leaf_index, content, content_hash, seq, prev_hash, entry_hash"
_HEAD_COLUMNS = "tree_size, root_hash, timestamp, jws, object_key"


def _entry(row: Any) -> StoredEntry:
    content = json.loads(row.content) if isinstance(row.content, str) else row.content
    return StoredEntry(row.position, row.leaf_index, content, row.content_hash, row.seq, row.prev_hash,
                       row.entry_hash)


def _head(row: Any) -> StoredHead:
    return StoredHead(row.tree_size, bytes(row.root_hash), row.timestamp, row.jws, row.object_key)


async def unsealed(session: AsyncSession, log: Log, tenant_id: UUID, limit: int) -> list[StoredEntry]:
    result = await session.execute(text(
        f"SELECT {_ENTRY_COLUMNS} FROM {log.entries} WHERE tenant_id = :t AND leaf_index IS NULL "
        "ORDER BY position LIMIT :n"), {"t": tenant_id, "n": limit})
    return [_entry(r) for r in result]


async def unsealed_count(session: AsyncSession, log: Log, tenant_id: UUID) -> int:
    return (await session.execute(text(f"SELECT count(*) FROM {log.entries} WHERE tenant_id = :t "
                                       "AND leaf_index IS NULL"), {"t": tenant_id})).scalar_one()


async def sealed_page(session: AsyncSession, log: Log, tenant_id: UUID, from_index: int,
                      limit: int) -> list[StoredEntry]:
    result = await session.execute(text(
        f"SELECT {_ENTRY_COLUMNS} FROM {log.entries} WHERE tenant_id = :t AND leaf_index >= :i "
        "ORDER BY leaf_index LIMIT :n"), {"t": tenant_id, "i": from_index, "n": limit})
    return [_entry(r) for r in result]


async def entry_at(session: AsyncSession, log: Log, tenant_id: UUID, position: int) -> StoredEntry | None:
    row = (await session.execute(text(f"SELECT {_ENTRY_COLUMNS} FROM {log.entries} WHERE tenant_id = :t "
                                      "AND position = :p"), {"t": tenant_id, "p": position})).first()
    return _entry(row) if row else None


async def assign(session: AsyncSession, log: Log, tenant_id: UUID, positions: list[int], first_index: int) -> int:
    """Give the entries at `positions` the leaf indexes from `first_index` on; how many were still unsealed."""
    result = await session.execute(text(
        f"UPDATE {log.entries} e SET leaf_index = x.leaf FROM unnest(CAST(:p AS bigint[]), CAST(:l AS bigint[])) "
        "AS x(position, leaf) WHERE e.tenant_id = :t AND e.position = x.position AND e.leaf_index IS NULL"),
        {"t": tenant_id, "p": positions, "l": list(range(first_index, first_index + len(positions)))})
    return result.rowcount


async def nodes(session: AsyncSession, tenant_id: UUID, wanted: Iterable[Node]) -> dict[Node, bytes]:
    wanted = list(wanted)
    if not wanted:
        return {}
    result = await session.execute(text(
        "SELECT n.level, n.index, n.hash FROM tlog_node n JOIN unnest(CAST(:l AS smallint[]), "
        "CAST(:i AS bigint[])) AS w(level, index) ON n.level = w.level AND n.index = w.index "
        "WHERE n.tenant_id = :t"), {"t": tenant_id, "l": [w[0] for w in wanted], "i": [w[1] for w in wanted]})
    return {(r.level, r.index): bytes(r.hash) for r in result}


async def add_nodes(session: AsyncSession, tenant_id: UUID, new: Mapping[Node, bytes]) -> None:
    await session.execute(text(
        "INSERT INTO tlog_node (tenant_id, level, index, hash) SELECT :t, x.level, x.index, x.hash "
        "FROM unnest(CAST(:l AS smallint[]), CAST(:i AS bigint[]), CAST(:h AS bytea[])) AS x(level, index, hash)"),
        {"t": tenant_id, "l": [k[0] for k in new], "i": [k[1] for k in new], "h": list(new.values())})


async def latest_head(session: AsyncSession, tenant_id: UUID) -> StoredHead | None:
    row = (await session.execute(text(f"SELECT {_HEAD_COLUMNS} FROM tlog_tree_head WHERE tenant_id = :t "
                                      "ORDER BY tree_size DESC LIMIT 1"), {"t": tenant_id})).first()
    return _head(row) if row else None


async def head_of_size(session: AsyncSession, tenant_id: UUID, tree_size: int) -> StoredHead | None:
    row = (await session.execute(text(f"SELECT {_HEAD_COLUMNS} FROM tlog_tree_head WHERE tenant_id = :t "
                                      "AND tree_size = :s"), {"t": tenant_id, "s": tree_size})).first()
    return _head(row) if row else None


async def heads(session: AsyncSession, tenant_id: UUID) -> list[StoredHead]:
    result = await session.execute(text(f"SELECT {_HEAD_COLUMNS} FROM tlog_tree_head WHERE tenant_id = :t "
                                        "ORDER BY tree_size"), {"t": tenant_id})
    return [_head(r) for r in result]


async def add_head(session: AsyncSession, tenant_id: UUID, head: StoredHead, kid: str) -> None:
    await session.execute(text(
        "INSERT INTO tlog_tree_head (tenant_id, tree_size, root_hash, timestamp, kid, jws, object_key) "
        "VALUES (:t, :s, :r, :ts, :k, :j, :o)"),
        {"t": tenant_id, "s": head.tree_size, "r": head.root_hash, "ts": head.timestamp, "k": kid, "j": head.jws,
         "o": head.object_key})


async def uncopied_heads(session: AsyncSession, tenant_id: UUID) -> list[StoredHead]:
    result = await session.execute(text(f"SELECT {_HEAD_COLUMNS} FROM tlog_tree_head WHERE tenant_id = :t "
                                        "AND copied_at IS NULL ORDER BY tree_size"), {"t": tenant_id})
    return [_head(r) for r in result]


async def mark_copied(session: AsyncSession, tenant_id: UUID, tree_size: int) -> None:
    await session.execute(text("UPDATE tlog_tree_head SET copied_at = now() WHERE tenant_id = :t "
                               "AND tree_size = :s AND copied_at IS NULL"), {"t": tenant_id, "s": tree_size})


async def take_lease(session: AsyncSession, tenant_id: UUID, holder: str, seconds: float) -> bool:
    """The tenant's sealer lease for `holder`: taken when free or expired, renewed when already its own."""
    row = (await session.execute(text(
        "INSERT INTO tlog_lease (tenant_id, holder, expires_at) VALUES (:t, :h, now() + make_interval(secs => :s)) "
        "ON CONFLICT (tenant_id) DO UPDATE SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at "
        "WHERE tlog_lease.holder = EXCLUDED.holder OR tlog_lease.expires_at < now() RETURNING holder"),
        {"t": tenant_id, "h": holder, "s": seconds})).first()
    return row is not None


async def release_lease(session: AsyncSession, tenant_id: UUID, holder: str) -> None:
    await session.execute(text("DELETE FROM tlog_lease WHERE tenant_id = :t AND holder = :h"),
                          {"t": tenant_id, "h": holder})


async def pending_tenants(session: AsyncSession) -> list[UUID]:
    """Tenants with entries to seal or heads to copy (across tenants, through a SECURITY DEFINER function)."""
    return list((await session.execute(text("SELECT callvault_tlog_pending_tenants()"))).scalars())


async def backlog(session: AsyncSession) -> tuple[int, float]:
    row = (await session.execute(text("SELECT * FROM callvault_tlog_backlog()"))).one()
    return row.pending, row.oldest_seconds

"""Signed tree heads, inclusion and consistency proofs, as RFC 9162 defines them, from the stored
perfect subtrees (O(log n) of them per proof)."""

from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.transparency import Log, merkle, store
from services.common.transparency.errors import EntryNotSealed, TreeHeadNotFound, TreeSizeOutOfRange
from services.common.transparency.schemas import ConsistencyProof, InclusionProof, LogEntryRead, TreeHeadRead


async def tree_head(session: AsyncSession, log: Log, tenant_id: UUID, tree_size: int | None = None) -> TreeHeadRead:
    head = (await store.latest_head(session, tenant_id) if tree_size is None
            else await store.head_of_size(session, tenant_id, tree_size))
    if head is None:
        raise TreeHeadNotFound("the log has no signed tree head yet" if tree_size is None
                               else f"no tree head of size {tree_size} was signed")
    return TreeHeadRead(jws=head.jws, log=log.name, tenant_id=tenant_id, tree_size=head.tree_size,
                        root_hash=head.root_hash.hex(), timestamp=head.timestamp)


async def _sealed_size(session: AsyncSession, tenant_id: UUID, tree_size: int | None) -> int:
    latest = await store.latest_head(session, tenant_id)
    sealed = latest.tree_size if latest else 0
    if tree_size is not None and tree_size > sealed:
        raise TreeSizeOutOfRange(f"tree_size {tree_size} is larger than the sealed tree ({sealed})")
    return sealed if tree_size is None else tree_size


async def _hashes(session: AsyncSession, tenant_id: UUID, ranges: list[tuple[int, int]]) -> list[str]:
    nodes = await store.nodes(session, tenant_id, merkle.needed(ranges))
    return [merkle.range_hash(start, end, nodes).hex() for start, end in ranges]


async def inclusion(session: AsyncSession, tenant_id: UUID, leaf_index: int,
                    tree_size: int | None = None) -> InclusionProof:
    size = await _sealed_size(session, tenant_id, tree_size)
    if leaf_index >= size:
        raise EntryNotSealed(f"no leaf {leaf_index} in a tree of {size}")
    leaf = await store.nodes(session, tenant_id, [(0, leaf_index)])
    return InclusionProof(leaf_index=leaf_index, tree_size=size, leaf_hash=leaf[(0, leaf_index)].hex(),
                          audit_path=await _hashes(session, tenant_id, merkle.inclusion_ranges(leaf_index, size)))


async def consistency(session: AsyncSession, tenant_id: UUID, first: int, second: int) -> ConsistencyProof:
    size = await _sealed_size(session, tenant_id, second)
    if not 0 < first <= size:
        raise TreeSizeOutOfRange(f"`from` must be at least 1 and at most `to` ({size})")
    return ConsistencyProof(from_=first, to=size,
                            consistency_path=await _hashes(session, tenant_id, merkle.consistency_ranges(first, size)))


async def entry(session: AsyncSession, log: Log, tenant_id: UUID, leaf_index: int) -> LogEntryRead:
    page = await store.sealed_page(session, log, tenant_id, leaf_index, 1)
    if not page or page[0].leaf_index != leaf_index:
        raise EntryNotSealed(f"no sealed entry at leaf index {leaf_index}")
    return LogEntryRead(leaf_index=leaf_index, content=page[0].content)

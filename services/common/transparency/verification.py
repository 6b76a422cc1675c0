"""Verifying a tenant's log from scratch: every signed tree head (the database's and the copies in the
object store) checked for its signature, log and tenant; the tree recomputed from the entries' content
in leaf order, every stored subtree compared with it and every head's root held against it (heads
whose roots all come from one sequence of leaves are consistent with each other, which is what a
consistency proof shows); and the links of the legacy hash chain on the entries written before the
log. The report names the first entry that no longer fits and the first head that fails."""

from dataclasses import dataclass, field
from uuid import UUID

from botocore.exceptions import BotoCoreError, ClientError
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.common.storage import s3_client, tenant_key
from services.common.transparency import Log, entries, heads, merkle, store
from services.common.transparency.schemas import LogVerification
from services.common.transparency.store import StoredEntry

PAGE = 1000


@dataclass
class _Walk:
    tenant_id: UUID
    size: int = 0
    frontier: dict = field(default_factory=dict)
    legacy_seq: int = 0
    legacy_head: str = entries.GENESIS
    bad_entry: int | None = None
    bad_head: int | None = None
    problems: list[str] = field(default_factory=list)

    def entry_fails(self, index: int, problem: str) -> None:
        self.bad_entry = index
        self.problems.insert(0, f"entry {index}: {problem}")

    def head_fails(self, size: int, problem: str) -> None:
        if self.bad_head is None or size < self.bad_head:
            self.bad_head = size
        self.problems.append(f"tree head {size}: {problem}")

    def legacy_problem(self, entry: StoredEntry) -> str | None:
        if entry.seq is None:
            return None
        if entry.seq != self.legacy_seq + 1:
            return f"the hash chain before the log expected entry {self.legacy_seq + 1} here, not {entry.seq}"
        if entry.prev_hash != self.legacy_head or entries.legacy_entry_hash(
                self.tenant_id, entry.seq, entry.prev_hash, entry.content_hash) != entry.entry_hash:
            return "it no longer fits the hash chain kept from before the log"
        self.legacy_seq, self.legacy_head = entry.seq, entry.entry_hash
        return None


async def _object_store_heads(settings: Settings, log: Log, tenant_id: UUID) -> dict[int, str]:
    prefix = tenant_key(tenant_id, log.prefix, "tree-heads", "")
    found: dict[int, str] = {}
    try:
        async with s3_client(settings) as s3:
            async for page in s3.get_paginator("list_objects_v2").paginate(Bucket=settings.s3_bucket, Prefix=prefix):
                for item in page.get("Contents", []):
                    name = item["Key"].removeprefix(prefix).removesuffix(".jws")
                    if name.isdigit():
                        body = await (await s3.get_object(Bucket=settings.s3_bucket, Key=item["Key"]))["Body"].read()
                        found[int(name)] = body.decode(errors="replace")
    except (BotoCoreError, ClientError) as exc:
        raise DependencyUnavailable("the object store is unavailable; the log cannot be verified") from exc
    return found


def _checked_heads(walk: _Walk, log: Log, tokens: dict[int, list[str]],
                   public_keys: list[str]) -> dict[int, bytes]:
    """The root each tree size's signed heads agree on; a head that fails is reported."""
    roots: dict[int, bytes] = {}
    for size in sorted(tokens):
        for token in tokens[size]:
            try:
                head = heads.verify(token, public_keys)
            except heads.InvalidTreeHead as exc:
                walk.head_fails(size, str(exc))
                continue
            if head.log != log.name or head.tenant_id != walk.tenant_id or head.tree_size != size:
                walk.head_fails(size, f"it is signed for {head.log} of tenant {head.tenant_id}, size "
                                      f"{head.tree_size}: not this log's head")
            elif roots.setdefault(size, head.root_hash) != head.root_hash:
                walk.head_fails(size, "two signed heads of this size disagree (its copy in the object store differs)")
    return roots


async def _walk_entries(session: AsyncSession, log: Log, walk: _Walk, roots: dict[int, bytes]) -> None:
    while True:
        page = await store.sealed_page(session, log, walk.tenant_id, walk.size, PAGE)
        if not page:
            return
        stored = await store.nodes(session, walk.tenant_id, {
            node for index in range(walk.size, walk.size + len(page)) for node in _completed(index)})
        for entry in page:
            if not _step(walk, entry, stored):
                return
            if walk.size in roots and merkle.range_hash(0, walk.size, walk.frontier) != roots[walk.size]:
                last_good = max((s for s in roots if s < walk.size), default=0)
                walk.head_fails(walk.size, "its root does not match the entries")
                walk.entry_fails(last_good, f"entries {last_good} to {walk.size - 1} no longer match the signed "
                                            f"tree head of size {walk.size}")
                return


def _completed(index: int) -> list[tuple[int, int]]:
    """The perfect subtrees that leaf `index` completes, its own among them."""
    return [(level, index >> level) for level in range((index + 1).bit_length()) if (index + 1) % (1 << level) == 0]


def _step(walk: _Walk, entry: StoredEntry, stored: dict) -> bool:
    index = walk.size
    problem = (
        f"it is missing (leaf {entry.leaf_index} comes next)" if entry.leaf_index != index else
        "its content does not match the hash taken when it was written"
        if entries.content_hash(entry.content) != entry.content_hash else walk.legacy_problem(entry)
    )
    if problem is None:
        new = merkle.extend(index, walk.frontier, [entries.leaf_hash(entry.content)])
        changed = sorted(node for node, digest in new.items() if stored.get(node) != digest)
        if changed:
            problem = ("its content is not what was sealed at this index (changed or moved)" if changed[0][0] == 0 else
                       f"the stored subtree {changed[0]} no longer matches the entries, so proofs from it fail")
    if problem is not None:
        walk.entry_fails(index, problem)
        return False
    walk.size = index + 1
    known = {**walk.frontier, **new}
    walk.frontier = {part: known[part] for part in merkle.root_parts(walk.size)}
    return True


async def verify(session: AsyncSession, settings: Settings, log: Log, public_keys: list[str],
                 tenant_id: UUID) -> LogVerification:
    walk = _Walk(tenant_id)
    tokens: dict[int, list[str]] = {}
    for head in await store.heads(session, tenant_id):
        tokens.setdefault(head.tree_size, []).append(head.jws)
    for size, token in (await _object_store_heads(settings, log, tenant_id)).items():
        if token not in tokens.get(size, []):
            tokens.setdefault(size, []).append(token)
    roots = _checked_heads(walk, log, tokens, public_keys)
    await _walk_entries(session, log, walk, roots)
    covered = max(roots, default=0)
    if walk.bad_entry is None and covered > walk.size:
        walk.entry_fails(walk.size, f"it is missing: a signed tree head covers {covered} entries, only "
                                    f"{walk.size} remain")
    return LogVerification(
        ok=not walk.problems, entries=walk.size if walk.bad_entry is None else walk.bad_entry,
        unsealed=await store.unsealed_count(session, log, tenant_id), tree_size=walk.size,
        root_hash=merkle.range_hash(0, walk.size, walk.frontier).hex() if walk.size else None,
        tree_heads=sum(map(len, tokens.values())), first_bad_entry=walk.bad_entry,
        first_bad_tree_head=walk.bad_head, problem="; ".join(walk.problems) or None)

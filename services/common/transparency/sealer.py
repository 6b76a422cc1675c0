"""The sealer: one per tenant at a time across every instance, by a lease in PostgreSQL.

A round for a tenant: renew or take the lease (skip the tenant when another live instance holds it),
then seal batches until nothing waits: in one transaction, the unsealed entries in position order get
the next leaf indexes, the perfect subtrees they complete are stored, and the new tree head is signed
and stored. A sealer that dies mid-batch leaves nothing behind (the transaction rolls back); its lease
expires and another instance takes over. Two sealers that race anyway (a lease outlived by a paused
process) cannot both commit: the second one's leaves and nodes collide on their primary keys. After
the commit the head is copied to the object store; a copy that fails is retried the next round.
"""

import asyncio
import os
import socket
import time
import uuid
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import structlog
from prometheus_client import Gauge
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.settings import Settings
from services.common.storage import s3_client, tenant_key
from services.common.transparency import Log, entries, heads, merkle, store
from services.common.transparency.heads import TreeHead
from services.common.transparency.store import StoredHead

log = structlog.get_logger()
BATCH = 2000
UNSEALED = Gauge("callvault_log_unsealed_entries", "Log entries not yet sealed into their tenant's tree", ["log"])
LAG = Gauge("callvault_log_sealing_lag_seconds", "Age of the oldest log entry not yet sealed", ["log"])


def head_key(log_: Log, tenant_id: UUID, tree_size: int) -> str:
    return tenant_key(tenant_id, log_.prefix, "tree-heads", f"{tree_size:020d}.jws")


def instance_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


@dataclass
class Sealer:
    engine: AsyncEngine
    log: Log
    signer: Signer
    settings: Settings
    holder: str = field(default_factory=instance_id)

    async def seal(self, tenant_id: UUID) -> StoredHead | None:
        """One batch sealed for a tenant whose lease this instance holds; None when nothing waits."""
        async with tenant_session(self.engine, tenant_id) as session:
            batch = await store.unsealed(session, self.log, tenant_id, BATCH)
            if not batch:
                return None
            last = await store.latest_head(session, tenant_id)
            size = last.tree_size if last else 0
            frontier = await store.nodes(session, tenant_id, merkle.root_parts(size))
            new = merkle.extend(size, frontier, [entries.leaf_hash(e.content) for e in batch])
            tree_size = size + len(batch)
            head = TreeHead(self.log.name, tenant_id, tree_size, merkle.range_hash(0, tree_size, {**frontier, **new}),
                            max(int(time.time() * 1000), last.timestamp if last else 0))
            stored = StoredHead(tree_size, head.root_hash, head.timestamp, heads.sign(self.signer, head),
                                head_key(self.log, tenant_id, tree_size))
            if await store.assign(session, self.log, tenant_id, [e.position for e in batch], size) != len(batch):
                raise IntegrityError("another sealer sealed these entries first", None, Exception())
            await store.add_nodes(session, tenant_id, new)
            await store.add_head(session, tenant_id, stored, self.signer.kid)
            await session.commit()
            return stored

    async def lease(self, tenant_id: UUID) -> bool:
        async with tenant_session(self.engine, tenant_id) as session:
            held = await store.take_lease(session, tenant_id, self.holder, self.settings.log_lease_seconds)
            await session.commit()
            return held

    async def round(self, tenant_id: UUID, s3: Any) -> None:
        """Seal everything the tenant has waiting, then copy its new heads, if the lease is ours."""
        if not await self.lease(tenant_id):
            return
        try:
            while await self.seal(tenant_id) is not None:
                pass
        except IntegrityError:
            log.warning("another sealer sealed the same entries; this batch was rolled back", log=self.log.name)
        await self.copy_heads(tenant_id, s3)

    async def copy_heads(self, tenant_id: UUID, s3: Any) -> None:
        async with tenant_session(self.engine, tenant_id) as session:
            for head in await store.uncopied_heads(session, tenant_id):
                await s3.put_object(Bucket=self.settings.s3_bucket, Key=head.object_key, Body=head.jws.encode(),
                                    ContentType="application/jose")
                await store.mark_copied(session, tenant_id, head.tree_size)
                await session.commit()

    async def seal_now(self, tenant_id: UUID, position: int, timeout: float) -> int | None:
        """The leaf index of the entry at `position`, sealing the tenant's log now if this instance can
        take the lease, else waiting (at most `timeout`) for the instance that holds it."""
        deadline = time.monotonic() + timeout
        while True:
            async with tenant_session(self.engine, tenant_id) as session:
                entry = await store.entry_at(session, self.log, tenant_id, position)
            if entry is None or entry.leaf_index is not None or time.monotonic() > deadline:
                return entry.leaf_index if entry else None
            if await self.lease(tenant_id):
                try:
                    await self.seal(tenant_id)
                except IntegrityError:
                    pass  # sealed by another instance meanwhile: read again
            else:
                await asyncio.sleep(0.05)

    async def run(self) -> None:
        """The periodic task: every interval, a round for each tenant with entries to seal or heads to copy."""
        async with s3_client(self.settings) as s3:
            while True:
                try:
                    async with tenant_session(self.engine, None) as session:
                        tenants = await store.pending_tenants(session)
                    for tenant_id in tenants:
                        await self.round(tenant_id, s3)
                    async with tenant_session(self.engine, None) as session:
                        pending, oldest = await store.backlog(session)
                    UNSEALED.labels(self.log.name).set(pending)
                    LAG.labels(self.log.name).set(oldest)
                except Exception as exc:  # an outage: the next round catches up
                    log.warning("log sealing round failed", log=self.log.name, error=str(exc) or type(exc).__name__)
                await asyncio.sleep(self.settings.log_seal_seconds)

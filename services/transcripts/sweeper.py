"""Objects without a row: written for a transcript whose row never came (a crash between the two),
or handed over by a deletion whose object removal failed. Announced in `pending_object`; removed
here once old enough that no ingest can still be on its way to the row. A writer that commits its row
in a transaction of its own (the redacted artifact, a new version) holds its announcement's row lock
until then, and the sweeper skips what is held: a slow writer never loses its object."""

import asyncio
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.db import tenant_session
from services.transcripts import repository
from services.transcripts.clients.objects import ObjectStore

BATCH = 100
EVERY_SECONDS = 60
log = structlog.get_logger()


async def sweep(engine: AsyncEngine, store: ObjectStore, older_than_seconds: float) -> int:
    """Remove the orphans older than the given age; returns how many went."""
    removed = 0
    before = datetime.now(UTC) - timedelta(seconds=older_than_seconds)
    while True:
        async with tenant_session(engine, None) as session:
            due = await repository.pending_objects_due(session, before, BATCH)
        claimed = 0
        for tenant_id, key, bucket in due:
            async with tenant_session(engine, tenant_id) as session:
                if not await repository.claim_pending(session, key):
                    continue  # its writer still holds it (a slow write): its row may yet come
                claimed += 1
                if not await repository.has_artifact_at(session, key):
                    await store.delete(bucket, [key])
                    removed += 1
                await repository.forget_pending(session, tenant_id, [key])
                await session.commit()
        if len(due) < BATCH or not claimed:  # a batch all held is looked at again next round
            return removed


async def run(engine: AsyncEngine, store: ObjectStore, older_than_seconds: float) -> None:
    while True:
        try:
            if removed := await sweep(engine, store, older_than_seconds):
                log.info("orphan objects removed", count=removed)
        except Exception as exc:
            log.warning("orphan sweep failed; next round retries", error=str(exc))
        await asyncio.sleep(EVERY_SECONDS)

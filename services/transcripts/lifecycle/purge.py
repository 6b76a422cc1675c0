"""The purge: due transcripts go `active -> purging -> purged`.

1. Claim (one commit per batch): due transcripts are locked `FOR UPDATE SKIP LOCKED`, so workers on
   several machines share the backlog without doing anything twice. Those a legal hold covers are set
   aside (`held`); the others lose their wrapped data key and enter `purging`. From this commit on, no
   copy of their objects, backups included, can be decrypted.
2. Complete (one commit per batch): `purging` transcripts, locked the same way, have their objects
   deleted (batched `DeleteObjects`; an object already gone is no error), then in one commit their
   certificates, `transcript.purged` events and the `purged` state.

A worker killed anywhere leaves either `active` rows (the claim rolled back) or `purging` rows without
keys (the completion rolled back, its lock released with its connection): the next pass completes
them. `CALLVAULT_PURGE_KILL_AT` (tests only) makes the worker SIGKILL itself at a step to prove it.
"""

import asyncio
import os
import signal
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.events.outbox import add_event
from services.transcripts import events
from services.transcripts.lifecycle import certificates
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.objects import ObjectStore

log = structlog.get_logger()
BATCH = 500
KILL_AT = "CALLVAULT_PURGE_KILL_AT"  # claimed | shredded | objects_deleted: tests of crash recovery only
PURGED = Counter("callvault_purge_transcripts_total", "Transcripts purged by this process, by reason", ["reason"])
FAILED = Counter("callvault_purge_failures_total", "Purge batches that failed and were left for the next pass")


@dataclass
class PurgeReport:
    purged: int = 0
    held: int = 0
    failed: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


def _kill_point(step: str) -> None:
    if os.environ.get(KILL_AT) == step:
        os.kill(os.getpid(), signal.SIGKILL)


class Purger:
    def __init__(self, engine: AsyncEngine, store: ObjectStore, signer: Signer, batch: int = BATCH) -> None:
        self.engine, self.store, self.signer, self.batch = engine, store, signer, batch

    async def run_once(self, only: UUID | None = None) -> PurgeReport:
        """One pass over every tenant with due or unfinished work (or over one), until none is left."""
        report = PurgeReport()
        while tenants := [only] if only else await self.tenants_with_work():
            progressed = False
            for tenant_id in tenants:
                try:
                    progressed |= await self.purge_tenant(tenant_id, report)
                except DependencyUnavailable as exc:
                    FAILED.inc()
                    report.failed += 1
                    log.warning("purge batch failed; the next pass resumes it", tenant_id=str(tenant_id),
                                error=exc.detail)
            if not progressed:
                break
        return report

    async def purge_tenant(self, tenant_id: UUID, report: PurgeReport) -> bool:
        """Complete what a crash left, then claim and complete batches until nothing is due."""
        progressed = False
        while True:
            done = await self.complete(tenant_id, report)
            claimed, held = await self.claim(tenant_id)
            report.held += held
            progressed |= bool(done or claimed or held)
            if not (done or claimed or held):
                return progressed

    async def claim(self, tenant_id: UUID) -> tuple[int, int]:
        """(shredded, set aside for a hold) of one batch of due transcripts."""
        async with tenant_session(self.engine, tenant_id) as session:
            due = await lifecycle.claim_due(session, self.batch)
            held = [transcript_id for transcript_id, matters in due if matters]
            free = [transcript_id for transcript_id, matters in due if not matters]
            if held:
                await lifecycle.set_held(session, held)
            if free:
                await lifecycle.shred(session, free)
            _kill_point("claimed")
            await session.commit()
        if free:
            _kill_point("shredded")
        return len(free), len(held)

    async def complete(self, tenant_id: UUID, report: PurgeReport, ids: list[UUID] | None = None) -> int:
        """Delete the objects of a batch of `purging` transcripts (or of `ids`), then certify them."""
        async with tenant_session(self.engine, tenant_id) as session:
            rows = await lifecycle.lock_purging(session, self.batch, ids)
            if not rows:
                return 0
            ids = [row.id for row in rows]
            artifacts = await lifecycle.artifacts_of(session, ids)
            subjects = await lifecycle.subjects_of(session, ids)
            by_bucket: dict[str, list[str]] = {}
            for a in artifacts:
                by_bucket.setdefault(a.bucket, []).append(a.object_key)
            for bucket, keys in by_bucket.items():
                await self.store.delete(bucket, keys)
            _kill_point("objects_deleted")
            await self._certify(session, rows, artifacts, subjects, report)
            await session.commit()
        return len(rows)

    async def _certify(self, session: AsyncSession, rows: list[Any], artifacts: list, subjects: list,
                       report: PurgeReport) -> None:
        deleted_at = datetime.now(UTC)
        artifacts_of: dict[UUID, list] = {}
        for a in artifacts:
            artifacts_of.setdefault(a.transcript_id, []).append(a)
        subjects_of: dict[UUID, list] = {}
        for s in subjects:
            subjects_of.setdefault(s.transcript_id, []).append(s)
        for row in rows:
            certificate = certificates.issue(self.signer, row, artifacts_of.get(row.id, []),
                                             subjects_of.get(row.id, []), deleted_at, datetime.now(UTC))
            session.add(certificate)
            add_event(session, events.purged(row.tenant_id, row.id, row.call_id, certificate.reason,
                                             certificate.id))
            report.purged += 1
            report.by_reason[certificate.reason] = report.by_reason.get(certificate.reason, 0) + 1
            PURGED.labels(certificate.reason).inc()
        await lifecycle.finish_purge(session, [row.id for row in rows])

    async def tenants_with_work(self) -> list[UUID]:
        async with tenant_session(self.engine, None) as session:
            return await lifecycle.tenants_with_work(session, self.batch)


async def run(purger: Purger, every_seconds: float) -> None:
    """The worker's loop: a pause, then a pass; a failed pass is logged and the next one resumes. The
    pause comes first so that a stack just started (the tests', a benchmark's) is not purged under
    the feet of whoever is filling it."""
    while True:
        await asyncio.sleep(every_seconds)
        try:
            report = await purger.run_once()
            if report.purged or report.failed:
                log.info("purge pass", purged=report.purged, held=report.held, failed=report.failed)
        except Exception as exc:  # the database away: the next pass resumes
            FAILED.inc()
            log.warning("purge pass failed; the next one resumes", error=str(exc) or type(exc).__name__)

"""The purge: due transcripts go `active -> purging -> purged`.

1. Claim (one commit per batch): due transcripts are locked `FOR UPDATE SKIP LOCKED`, so workers on
   several machines share the backlog without doing anything twice. Those a legal hold covers are set
   aside (`held`); the others lose their wrapped data key and enter `purging`. From this commit on, no
   copy of their objects, backups included, can be decrypted.
2. Complete (one commit per batch): `purging` transcripts, locked the same way, have their objects
   deleted (batched `DeleteObjects`, every version in a versioned bucket; an object already gone is no
   error), then their certificates go to the erasure ledger in object storage, then in one commit into
   the database with the `transcript.purged` events and the `purged` state.

Superseded versions (a withdrawal or a rectification rewrote the transcript: the old version's key went
with that commit, or stays until the legal hold that covered the transcript is released) are completed
the same way, and pending withdrawals are applied first (`withdrawals`), then the erasures a legal hold kept
back and no longer covers (`privacy/held_erasures`).

A worker killed anywhere leaves either `active` rows (the claim rolled back) or `purging` rows without
keys (the completion rolled back, its lock released with its connection): the next pass completes
them (tests/helpers/crash.py kills a purge at each step to prove it).
"""

import asyncio
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.kms import Kms
from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.events.outbox import add_event
from services.transcripts import audit, events
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.lifecycle import certificates, ledger, withdrawals
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import DeletionCertificate, TranscriptArtifact
from services.transcripts.privacy import held_erasures
from services.transcripts.rewrites import UnreadableVersion
from services.transcripts.vault import PurgeReport

log = structlog.get_logger()
BATCH = 500
PURGED = Counter("callvault_purge_transcripts_total", "Transcripts purged by this process, by reason", ["reason"])
FAILED = Counter("callvault_purge_failures_total", "Purge batches that failed and were left for the next pass")


class Purger:
    def __init__(self, engine: AsyncEngine, store: ObjectStore, signer: Signer, kms: Kms, batch: int = BATCH) -> None:
        self.engine, self.store, self.signer, self.kms, self.batch = engine, store, signer, kms, batch

    async def run_once(self, only: UUID | None = None) -> PurgeReport:
        """One pass over every tenant with due or unfinished work (or over one), until none is left."""
        report = PurgeReport()
        while tenants := [only] if only else await self.tenants_with_work():
            progressed = False
            for tenant_id in tenants:
                try:
                    progressed |= await self.purge_tenant(tenant_id, report)
                except (DependencyUnavailable, UnreadableVersion) as exc:
                    FAILED.inc()
                    report.failed += 1
                    log.warning("purge batch failed; the next pass resumes it", tenant_id=str(tenant_id),
                                error=getattr(exc, "detail", str(exc)))
            if not progressed:
                break
        return report

    async def purge_tenant(self, tenant_id: UUID, report: PurgeReport) -> bool:
        """Apply pending withdrawals and the erasures a released hold let go, complete what a crash left, then
        claim and complete batches until nothing is due."""
        progressed = await withdrawals.apply_pending(self, tenant_id, report)
        progressed |= await held_erasures.settle_pending(self, tenant_id, report)
        while True:
            done = await self.complete(tenant_id, report) + await self.complete_versions(tenant_id, report)
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
            await session.commit()
        return len(free), len(held)

    async def complete(self, tenant_id: UUID, report: PurgeReport, ids: list[UUID] | None = None) -> int:
        """Delete the objects of a batch of `purging` transcripts (or of `ids`), then certify them."""
        async with tenant_session(self.engine, tenant_id) as session:
            rows = await lifecycle.lock_purging(session, self.batch, ids)
            if not rows:
                return 0
            ids = [row.id for row in rows]
            artifacts = await lifecycle.artifacts_of(session, ids)
            subjects = _by_transcript(await lifecycle.subjects_of(session, ids))
            await self._delete_objects(artifacts)
            by_transcript, deleted_at = _by_transcript(artifacts), datetime.now(UTC)
            issued = [certificates.issue(self.signer, row.tenant_id, row.id, row.call_id, row.version, row.purge,
                                         row.purge_requested_at, by_transcript.get(row.id, []),
                                         subjects.get(row.id, []), deleted_at) for row in rows]
            await self._record(session, issued, report)
            for certificate in issued:
                add_event(session, events.purged(certificate.tenant_id, certificate.transcript_id,
                                                 certificate.call_id, certificate.reason, certificate.id))
            await lifecycle.finish_purge(session, ids)
            await session.commit()
        return len(rows)

    async def complete_versions(self, tenant_id: UUID, report: PurgeReport,
                                keys: list[tuple[UUID, int]] | None = None) -> int:
        """Delete the objects of a batch of superseded versions (or of `keys`: transcript id, version),
        whose keys went with the commit that replaced them, then certify them. A version kept for a legal
        hold comes once the hold is released: its key goes with this commit (the row is dropped)."""
        async with tenant_session(self.engine, tenant_id) as session:
            versions = await lifecycle.superseded(session, self.batch, keys)
            if not versions:
                return 0
            artifacts = await lifecycle.version_artifacts(session, versions)
            subjects = _by_transcript(await lifecycle.subjects_of(session, [v.transcript_id for v in versions]))
            await self._delete_objects(artifacts)
            of_version: dict[tuple[UUID, int], list] = {}
            for a in artifacts:
                of_version.setdefault((a.transcript_id, a.version), []).append(a)
            deleted_at = datetime.now(UTC)
            issued = [certificates.issue(self.signer, v.tenant_id, v.transcript_id, v.call_id, v.version, v.cause,
                                         v.key_destroyed_at or deleted_at,
                                         of_version.get((v.transcript_id, v.version), []),
                                         subjects.get(v.transcript_id, []), deleted_at, scope="version")
                      for v in versions]
            await self._record(session, issued, report)
            await lifecycle.drop_versions(session, versions)
            await session.commit()
        return len(versions)

    async def finish_again(self, tenant_id: UUID, transcript_id: UUID) -> None:
        """A transcript purged before a restore brought it back, shredded again: its objects go and it is
        `purged`, under the certificate it already has (see `reapply`)."""
        async with tenant_session(self.engine, tenant_id) as session:
            if not await lifecycle.lock_purging(session, 1, [transcript_id]):
                return
            await self._delete_objects(await lifecycle.artifacts_of(session, [transcript_id]))
            await lifecycle.finish_purge(session, [transcript_id])
            await session.commit()

    async def _delete_objects(self, artifacts: list[TranscriptArtifact]) -> None:
        by_bucket: dict[str, list[str]] = {}
        for a in artifacts:
            by_bucket.setdefault(a.bucket, []).append(a.object_key)
        for bucket, keys in by_bucket.items():
            await self.store.delete(bucket, keys)

    async def _record(self, session: AsyncSession, issued: list[DeletionCertificate], report: PurgeReport) -> None:
        """The certificates in the database and, before that commits, in the erasure ledger in object
        storage (which a database restore does not roll back: `callvault purge --reapply-erasures`)."""
        await ledger.append(self.store, issued)
        session.add_all(issued)
        for certificate in issued:
            await audit.record(session, audit.system(certificate.tenant_id, audit.PURGE_ACTOR), audit.PURGED,
                               transcript_id=certificate.transcript_id, reason=certificate.reason,
                               outcome="done", certificate=str(certificate.id), scope=certificate.claims["scope"],
                               version=certificate.claims["version"], cause=certificate.claims["cause"])
            report.purged += 1
            report.by_reason[certificate.reason] = report.by_reason.get(certificate.reason, 0) + 1
            PURGED.labels(certificate.reason).inc()

    async def tenants_with_work(self) -> list[UUID]:
        async with tenant_session(self.engine, None) as session:
            return await lifecycle.tenants_with_work(session, self.batch)


def _by_transcript(rows: list[Any]) -> dict[UUID, list[Any]]:
    found: dict[UUID, list[Any]] = {}
    for row in rows:
        found.setdefault(row.transcript_id, []).append(row)
    return found


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

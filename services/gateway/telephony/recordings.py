"""The provider's own copies. A recording webhook's recording is tracked (`kept`); when callvault deletes
one of the call's transcripts (`transcript.purged`: retention, erasure, a withdrawal under the remove
policy, a manual delete), a deletion is recorded in the same transaction that marks the event handled.
A call without transcripts has its recordings deleted by retention or erasure (`recording_retention`).
A worker then resolves the call to the provider's call (asking the consent service), turns its kept
recordings to `deleting`, and deletes each through the provider's API:

    kept -> deleting -> deleted
                     -> failed (the retries ran out, or the provider refused) -> retried, -> deleted

Waits follow `CALLVAULT_PROVIDER_RECORDING_DELETE_RETRY_SECONDS`; past the last, a recording is `failed`
and is tried again at that last interval, for ever: a failure is visible (its state and last error, a
metric) and never final, and a provider's outage is only a wait. A
recording whose webhook arrives after its call's transcripts went starts `deleting`.
"""

import asyncio
from datetime import timedelta
from functools import partial
from uuid import UUID

import asyncpg
import httpx
import structlog
from prometheus_client import Counter
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.settings import Settings
from services.gateway import repository
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.providers import delete_recording
from services.gateway.clients.transcripts import TranscriptsClient
from services.gateway.telephony.parsing import UNNAMED
from services.gateway.telephony.recording_retention import RecordingRetention
from services.gateway.telephony.sealing import open_config

log = structlog.get_logger()
DELETABLE = frozenset({"twilio", "telnyx", "vonage"})
DUE_PER_ROUND = 50
DELETIONS = Counter("callvault_provider_recording_deletions_total",
                    "Attempts to delete a recording at its provider, by outcome: deleted, retrying, failed",
                    ["provider", "outcome"])


async def track(pool: asyncpg.Pool, tenant_id: UUID, provider: str, recording_id: str, call_external_id: str) -> None:
    await repository.track_recording(pool, tenant_id, provider, recording_id, call_external_id)


async def on_purged(session: AsyncSession, event: CloudEvent) -> None:
    data = catalog.TranscriptPurged.parse(event)
    await repository.add_recording_deletion(session, event.tenantid, data.call_id, data.certificate_id, data.reason)


class DeletionWorker:
    def __init__(self, engine: AsyncEngine, settings: Settings, crypto: FieldCrypto, http: httpx.AsyncClient,
                 consent: ConsentClient, transcripts: TranscriptsClient) -> None:
        self.engine, self.settings, self.crypto, self.http, self.consent = engine, settings, crypto, http, consent
        self.schedule = settings.provider_recording_delete_retry_seconds
        self.retention = RecordingRetention(engine, consent, transcripts,
                                            settings.provider_recording_retention_check_seconds,
                                            timedelta(seconds=settings.provider_recording_end_grace_seconds))

    async def run_once(self) -> int:
        async with self.engine.connect() as conn:
            tenants = await repository.tenants_with_due_deletions(conn)
        done = 0
        for tenant_id in tenants:
            try:  # one tenant's trouble never holds up the tenants after it
                done += await self._tenant(tenant_id)
            except Exception as exc:
                log.warning("provider recording deletions of a tenant failed", tenant_id=str(tenant_id),
                            error=str(exc) or type(exc).__name__)
        return done

    async def _tenant(self, tenant_id: UUID) -> int:
        # Erasures and retention first: the recordings they ask to be deleted go in this round. Either's trouble
        # holds up neither the other nor the deletions already asked.
        asked = 0
        for step in (partial(self.retention.erase, tenant_id, self._wait), partial(self.retention.check, tenant_id)):
            try:
                asked += await step()
            except Exception as exc:
                log.warning("provider recording retention or erasure failed", tenant_id=str(tenant_id),
                            error=str(exc) or type(exc).__name__)
        async with tenant_session(self.engine, tenant_id) as session:
            deletions = await repository.due_recording_deletions(session, DUE_PER_ROUND)
            for deletion in deletions:
                await self._resolve(session, tenant_id, deletion)
            await session.commit()
        async with tenant_session(self.engine, tenant_id) as session:
            recordings = await repository.due_recordings(session, DUE_PER_ROUND)
            for recording in recordings:
                await self._delete(session, tenant_id, recording)
            await session.commit()
        return asked + len(deletions) + len(recordings)

    async def _resolve(self, session: AsyncSession, tenant_id: UUID, deletion: dict) -> None:
        """Which provider call the purged transcript's call is; the consent service away: later."""
        try:
            call = await self.consent.get_call(tenant_id, deletion["call_id"])
        except Exception as exc:
            attempts = deletion["attempts"] + 1
            log.warning("provider recording deletion waits for the consent service",
                        error=str(exc) or type(exc).__name__)
            await repository.postpone_recording_deletion(session, deletion["id"], attempts, self._wait(attempts))
            return
        provider = call.get("provider") if call else None
        external_id = call.get("external_id") if call else None
        await repository.resolve_recording_deletion(session, deletion, provider if provider in DELETABLE else None,
                                                    external_id)

    async def _delete(self, session: AsyncSession, tenant_id: UUID, recording: dict) -> None:
        provider, attempts = recording["provider"], recording["attempts"] + 1
        sealed = await repository.get_telephony(session, provider)
        if recording["recording_id"].startswith(UNNAMED):
            deleted, retry, answer = False, False, {"error": f"{provider}'s webhook named no recording id its API "
                                                             "deletes it by: delete it at the provider"}
        elif sealed is None:
            deleted, retry, answer = False, False, {"error": f"{provider} is no longer configured: configure it again "
                                                             "to delete the recording"}
        else:
            config = open_config(self.crypto, tenant_id, provider, sealed)
            outcome = await delete_recording(self.http, self.settings.telephony_api_urls.get(provider, ""), provider,
                                             config, recording["recording_id"])
            deleted, retry, answer = outcome.stopped, outcome.retry, outcome.answer
        state = "deleted" if deleted else "deleting" if retry and attempts < len(self.schedule) else "failed"
        DELETIONS.labels(provider, "retrying" if state == "deleting" else state).inc()
        if state == "failed":
            log.warning("a provider recording is not deleted", provider=provider, attempts=attempts, answer=answer)
        await repository.update_recording(session, recording["id"], state=state, attempts=attempts, answer=answer,
                                          retry_in=self._wait(attempts))

    def _wait(self, attempts: int) -> float:
        return self.schedule[min(attempts, len(self.schedule)) - 1] if self.schedule else 60.0


async def run_worker(worker: DeletionWorker, poll_seconds: float) -> None:
    while True:
        try:
            if await worker.run_once():
                continue
        except Exception as exc:  # the database away: the next round tries again
            log.warning("provider recording deletion round failed", error=str(exc) or type(exc).__name__)
        await asyncio.sleep(poll_seconds)

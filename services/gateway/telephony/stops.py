"""Recordings stopped when consent goes: each `recording.must_stop` of a call from a configured
provider becomes a stop job (in the same transaction that marks the event handled, so none is lost or
done twice); a worker asks the provider, retrying on its 5xx and timeouts on the
`CALLVAULT_RECORDING_STOP_RETRY_SECONDS` schedule, and reports the outcome to the consent service,
which publishes `recording.stop_confirmed` or `recording.stop_failed` and shows it on the call's
decision stream."""

import asyncio
from uuid import UUID

import httpx
import structlog
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import InternalTokenSigner, Principal, Role
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.settings import Settings
from services.gateway import repository
from services.gateway.clients.providers import stop_recording
from services.gateway.clients.upstreams import Upstreams
from services.gateway.telephony.sealing import open_config

log = structlog.get_logger()
STOPPABLE = {"twilio", "telnyx", "vonage"}
DUE_PER_ROUND = 20
CONSENT = "recording_consent"


async def on_must_stop(session: AsyncSession, event: CloudEvent) -> None:
    """A stop job for a call from a provider callvault can stop (other calls' platforms learn it from
    the outbound webhook)."""
    data = catalog.RecordingMustStop.parse(event)
    if data.provider in STOPPABLE and data.external_id and await repository.get_telephony(session, data.provider):
        await repository.add_recording_stop(session, event.tenantid, data.call_id, data.provider, data.external_id)


class StopWorker:
    def __init__(self, engine: AsyncEngine, settings: Settings, crypto: FieldCrypto, http: httpx.AsyncClient,
                 upstreams: Upstreams, signer: InternalTokenSigner) -> None:
        self.engine, self.settings, self.crypto, self.http = engine, settings, crypto, http
        self.upstreams, self.signer = upstreams, signer

    async def run_once(self) -> int:
        async with self.engine.connect() as conn:
            tenants = await repository.tenants_with_due_stops(conn)
        done = 0
        for tenant_id in tenants:
            async with tenant_session(self.engine, tenant_id) as session:
                for job in await repository.due_stops(session, DUE_PER_ROUND):
                    await self._attempt(session, tenant_id, job)
                    done += 1
                await session.commit()
        return done

    async def _attempt(self, session: AsyncSession, tenant_id: UUID, job: dict) -> None:
        schedule = self.settings.recording_stop_retry_seconds
        attempts = job["attempts"] + 1
        sealed = await repository.get_telephony(session, job["provider"])
        if sealed is None:
            outcome_stopped, retry, answer = False, False, {"error": f"{job['provider']} is no longer configured"}
        else:
            config = open_config(self.crypto, tenant_id, job["provider"], sealed)
            outcome = await stop_recording(self.http, self.settings.telephony_api_urls.get(job["provider"], ""),
                                           job["provider"], config, job["external_id"])
            outcome_stopped, retry, answer = outcome.stopped, outcome.retry, outcome.answer
        if retry and attempts <= len(schedule):
            await repository.update_stop(session, job["id"], done=False, attempts=attempts, answer=answer,
                                         retry_in=schedule[attempts - 1])
            return
        reported = await self._report(tenant_id, job, "confirmed" if outcome_stopped else "failed", answer, attempts)
        # An unreported outcome is asked for again shortly: stopping twice is harmless.
        await repository.update_stop(session, job["id"], done=reported, attempts=attempts, answer=answer,
                                     retry_in=schedule[0] if schedule else 1.0)

    async def _report(self, tenant_id: UUID, job: dict, outcome: str, answer: dict, attempts: int) -> bool:
        acting = Principal(tenant_id=tenant_id, subject="gateway:recording-stops", roles=frozenset({Role.telephony}))
        try:
            response = await self.upstreams.client(CONSENT).post(
                f"/v1/calls/{job['call_id']}/recording-stops",
                headers={"authorization": "Bearer " + self.signer.token(acting, CONSENT)},
                json={"outcome": outcome, "provider": job["provider"], "provider_answer": answer,
                      "attempts": attempts})
        except httpx.TransportError as exc:
            log.warning("recording stop not reported", error=str(exc) or type(exc).__name__)
            return False
        if response.status_code != 201:
            log.warning("recording stop not reported", status=response.status_code, body=response.text[:200])
        return response.status_code == 201 or response.status_code == 404  # 404: the call is gone


async def run_worker(worker: StopWorker, poll_seconds: float) -> None:
    while True:
        try:
            if await worker.run_once():
                continue
        except Exception as exc:
            log.warning("recording-stop round failed", error=str(exc) or type(exc).__name__)
        await asyncio.sleep(poll_seconds)

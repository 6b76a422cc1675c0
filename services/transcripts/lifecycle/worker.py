"""The purge worker as a process (`callvault worker`, started by `callvault up`), as one pass
(`callvault purge`) and after a database restore (`callvault purge --reapply-erasures`): what it
connects to, from settings."""

import asyncio
import signal
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from uuid import UUID

import structlog
from prometheus_client import start_http_server

from services.common.auth import public_key_of
from services.common.crypto.providers import kms_from
from services.common.crypto.signing import Signer, split_pems
from services.common.db import create_engine, tenant_session
from services.common.observability import configure_logging
from services.common.settings import Settings
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.purge import Purger, PurgeReport, run
from services.transcripts.lifecycle.reapply import Reappliers, ReapplyReport, reapply

log = structlog.get_logger()


@asynccontextmanager
async def purger_from(settings: Settings) -> AsyncIterator[Purger]:
    # first: a missing setting stops us before connecting
    signer = Signer.from_pem(settings.secret("signing_key"), settings.jws_algorithm)
    kms = kms_from(settings)  # a withdrawal's removal of segments rewrites the transcript under a new key
    engine = create_engine(settings.service_database_url("transcripts"), pool_size=2)
    store = ObjectStore(settings)
    await store.open()
    try:
        yield Purger(engine, store, signer, kms)
    finally:
        await store.close()
        await engine.dispose()
        await kms.close()


async def purge_once(settings: Settings, tenant_id: UUID | None = None) -> PurgeReport:
    async with purger_from(settings) as purger:
        return await purger.run_once(tenant_id)


async def reapply_erasures(settings: Settings, others: Reappliers | None = None) -> ReapplyReport:
    """After a database restore: the erasure ledger's certificates re-applied (see `reapply`), and other
    services' records by the functions given for their types."""
    keys = [public_key_of(settings.secret("signing_key")), *split_pems(settings.signing_previous_public_keys)]
    async with purger_from(settings) as purger:
        return await reapply(purger, keys, others)


async def due_now(settings: Settings, only: UUID | None = None) -> list:
    """What a pass would take now (every tenant's, or one's), with the matters of the holds keeping any."""
    async with purger_from(settings) as purger:
        rows = []
        for tenant_id in [only] if only else await purger.tenants_with_work():
            async with tenant_session(purger.engine, tenant_id) as session:
                rows += await lifecycle.due(session)
        return rows


async def run_worker(settings: Settings) -> None:
    configure_logging(settings.log_level)
    if settings.worker_metrics_port:
        start_http_server(settings.worker_metrics_port, addr=settings.bind_host)
    async with purger_from(settings) as purger:
        task = asyncio.create_task(run(purger, settings.purge_interval_seconds))
        loop = asyncio.get_running_loop()
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
        log.info("purge worker started", every_seconds=settings.purge_interval_seconds)
        try:
            await task
        except asyncio.CancelledError:
            log.info("purge worker stopped")

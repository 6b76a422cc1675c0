"""The lifecycle's gauges, from the database (so they hold whichever process purges): transcripts due
now, due but kept by a legal hold, in `purging` (keys gone, objects not yet), the age of the oldest
overdue one, and withdrawals waiting. What was purged and what failed are counters of the processes
that purge (`purge.PURGED`, `purge.FAILED`): this service's and each worker's
(`CALLVAULT_WORKER_METRICS_PORT`)."""

import asyncio

import structlog
from prometheus_client import Gauge
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.db import tenant_session
from services.transcripts.lifecycle import repository as lifecycle

log = structlog.get_logger()
_GAUGES = {
    "due": Gauge("callvault_lifecycle_transcripts_due", "Transcripts past their retention, not kept by a hold"),
    "held": Gauge("callvault_lifecycle_transcripts_held", "Transcripts past their retention, kept by a legal hold"),
    "purging": Gauge("callvault_lifecycle_transcripts_purging",
                     "Transcripts whose key is destroyed and whose objects the purge has not deleted yet"),
    "oldest_overdue_seconds": Gauge("callvault_lifecycle_oldest_overdue_seconds",
                                    "How long the oldest due transcript (not kept by a hold) has been due"),
    "withdrawals_pending": Gauge("callvault_lifecycle_withdrawals_pending",
                                 "Consent withdrawals whose removal waits (for a legal hold, or a failed attempt)"),
}


async def refresh(engine: AsyncEngine) -> dict[str, float]:
    async with tenant_session(engine, None) as session:
        row = await lifecycle.lifecycle_stats(session)
    for name, gauge in _GAUGES.items():
        gauge.set(row[name])
    return row


async def run(engine: AsyncEngine, every_seconds: float) -> None:
    while True:
        try:
            await refresh(engine)
        except Exception as exc:  # the database away: the gauges keep their last value until it is back
            log.warning("lifecycle gauges not refreshed", error=str(exc) or type(exc).__name__)
        await asyncio.sleep(every_seconds)

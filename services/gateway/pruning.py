"""The gateway's tables that grow with traffic, kept for `CALLVAULT_WEBHOOK_RETENTION_DAYS` once what
they hold is finished: telephony webhooks applied or refused (the inbox rows, the IVR steps' answers)
and outbound deliveries delivered or failed. Pruned once an hour, like published outbox rows, by a
SECURITY DEFINER function that sees every tenant's finished rows and nothing else."""

import asyncio
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

log = structlog.get_logger()
EVERY_SECONDS = 3600.0
BATCH = 5000  # rows per statement: a first prune of a large table holds no long lock


@dataclass
class Pruned:
    inbox: int = 0
    answers: int = 0
    deliveries: int = 0


async def prune(engine: AsyncEngine, retention_days: int, now: datetime | None = None) -> Pruned:
    """Every tenant's finished webhooks and deliveries older than the retention, in batches."""
    before = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    total = Pruned()
    while True:
        async with engine.begin() as conn:
            row = (await conn.execute(text("SELECT * FROM callvault_webhooks_prune(:before, :batch)"),
                                      {"before": before, "batch": BATCH})).one()
        total.inbox, total.answers, total.deliveries = (total.inbox + row.inbox, total.answers + row.answers,
                                                        total.deliveries + row.deliveries)
        if max(row.inbox, row.answers, row.deliveries) < BATCH:
            return total


async def run(engine: AsyncEngine, retention_days: int) -> None:
    while True:
        try:
            pruned = await prune(engine, retention_days)
            if pruned.inbox or pruned.answers or pruned.deliveries:
                log.info("webhooks pruned", **vars(pruned))
        except Exception as exc:  # the database away: tried again in an hour, nothing is lost meanwhile
            log.warning("webhook pruning failed", error=str(exc) or type(exc).__name__)
        await asyncio.sleep(EVERY_SECONDS)

"""The purge through the API, for a tenant administrator or compliance officer without shell access
to the host: the dry run (`callvault purge --dry-run`) and one pass now (`callvault purge --tenant`),
for the caller's tenant only."""

from typing import TYPE_CHECKING

from sqlmodel.ext.asyncio.session import AsyncSession

from services.transcripts import audit
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.schemas import PurgeDue, PurgeDueItem, PurgeRun

if TYPE_CHECKING:
    from services.transcripts.service import Context

LISTED = 1000
PURGE_REQUESTED = "purge.requested"


async def due(session: AsyncSession) -> PurgeDue:
    rows = await lifecycle.due(session, LISTED + 1)
    items = [PurgeDueItem(transcript_id=r.id, call_id=r.call_id, expires_at=r.expires_at, why=r.why,
                          kept_by=list(r.matters or [])) for r in rows[:LISTED]]
    return PurgeDue(items=items, would_purge=sum(1 for i in items if not i.kept_by),
                    kept=sum(1 for i in items if i.kept_by), truncated=len(rows) > LISTED)


async def run(session: AsyncSession, ctx: "Context") -> PurgeRun:
    """The pass, then its audit entry (each purged transcript has its own, by the purge)."""
    report = await ctx.purger.run_once(ctx.tenant_id)
    await audit.record(session, ctx.actor, PURGE_REQUESTED, purged=report.purged, held=report.held,
                       failed=report.failed)
    await session.commit()
    return PurgeRun(purged=report.purged, held=report.held, failed=report.failed, by_reason=report.by_reason)

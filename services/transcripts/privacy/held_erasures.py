"""Erasures a legal hold kept back, carried out once it ends (GDPR Art. 17(3)(e) exempts what is needed for
legal claims, and only while it is). An erasure records each transcript it kept for a hold (`held_erasure`, in
the commit that reports it kept; so does a store that a hold lets onto a call the erasure closed). Each purge
pass, after the withdrawals a hold deferred, settles those no active hold covers any more, per request:

1. Under the request's row lock, then its held erasures' and their transcripts' (in `transcripts_of`'s order,
   the call's start then the id, so that two requests sharing transcripts cannot deadlock): one still covered
   by a hold (another one, or one made since) waits; one deleted meanwhile (retention, a manual delete, another
   subject's erasure) is `gone`; the others lose their keys (reason `erasure`, the request named) and are
   `shredded`; the report says which, in the same commit.
2. The purge's completion deletes their objects and certifies them (a crash leaves them `purging`, which any
   pass completes).
3. Under the request's lock again: the shredded ones now purged are `erased` and their certificates reported;
   the request is completed if nothing else keeps it partial (`finish`).

Two workers settling one request queue on its row lock and each reads the open rows again under it.
"""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.report import CALL_CLOSED
from services.transcripts.privacy.requests import record_step, system_actor
from services.transcripts.privacy.schemas import Status
from services.transcripts.vault import PurgeReport, Purging

log = structlog.get_logger()
SERVICE = "transcripts"
STEP = "held_erasure"
NOTE = "kept by a legal hold until its release, then erased"


async def settle_pending(purger: Purging, tenant_id: UUID, report: PurgeReport) -> bool:
    """Settle what the tenant's released holds let go; whether anything changed."""
    async with tenant_session(purger.engine, tenant_id) as session:
        requests = await privacy.held_erasure_requests(session, purger.batch)
    changed = False
    for request_id in requests:
        changed |= await settle(purger, tenant_id, request_id, report)
    return changed


async def settle(purger: Purging, tenant_id: UUID, request_id: UUID, report: PurgeReport) -> bool:
    shredded, changed = await _shred(purger, tenant_id, request_id)
    if shredded:
        await purger.complete(tenant_id, report, shredded)
    return await _certify(purger, tenant_id, request_id) or changed


async def _shred(purger: Purging, tenant_id: UUID, request_id: UUID) -> tuple[list[UUID], bool]:
    """Step 1, in one commit: (the request's shredded transcripts whose objects may be left, whether it changed)."""
    async with tenant_session(purger.engine, tenant_id) as session:
        r = await privacy.get(session, request_id, for_update=True)
        rows = await privacy.lock_held_erasures(session, request_id)
        gone = [row for row in rows if row.state == "held" and row.status != "active"]
        free = [row for row in rows if row.state == "held" and row.status == "active" and not row.matters_now]
        for row in free:
            await lifecycle.shred(session, [row.transcript_id], {
                "reason": "erasure", "request": str(request_id), "held_by": list(row.matters),
                "note": "kept by a legal hold until its release"})
        await privacy.settle_held_erasures(session, request_id, [row.transcript_id for row in free], "shredded")
        await privacy.settle_held_erasures(session, request_id, [row.transcript_id for row in gone], "gone")
        if r is not None and (free or gone):
            r.report = r.report.changed(step=STEP, done=_lines(free, gone))
            session.add(r)
        await session.commit()
    if free or gone:
        log.info("erasure kept back by a legal hold carried out", tenant_id=str(tenant_id),
                 request_id=str(request_id), erased=len(free), gone=len(gone))
    shredded = [row.transcript_id for row in rows if row.state == "shredded"]
    return [*shredded, *(row.transcript_id for row in free)], bool(free or gone)


def _lines(free: list[Any], gone: list[Any]) -> list[dict[str, Any]]:
    at = datetime.now(UTC).isoformat()
    return [*([{"service": SERVICE, "action": "purged", "count": len(free), "at": at,
                "transcripts": [str(row.transcript_id) for row in free],
                "matters": sorted({m for row in free for m in row.matters}), "note": NOTE}] if free else []),
            *([{"service": SERVICE, "action": "deleted_meanwhile", "count": len(gone), "at": at,
                "transcripts": [str(row.transcript_id) for row in gone],
                "note": "kept by a legal hold, then deleted otherwise before it was released (its deletion "
                        "certificate says why)"}] if gone else [])]


async def _certify(purger: Purging, tenant_id: UUID, request_id: UUID) -> bool:
    """Step 3, in one commit: the certificates of what step 1 shredded into the report, the erased calls no
    hold keeps open any more closed in it, and the request finished again; whether anything changed."""
    async with tenant_session(purger.engine, tenant_id) as session:
        r = await privacy.get(session, request_id, for_update=True)
        rows = await privacy.lock_held_erasures(session, request_id)
        erased = [row.transcript_id for row in rows if row.state == "shredded" and row.status == "purged"]
        await privacy.settle_held_erasures(session, request_id, erased, "erased")
        if r is None:
            await session.commit()
            return bool(erased)
        done = []
        if erased:
            certificates = await privacy.certificates_for(session, erased)
            done.append({"service": SERVICE, "action": "certified", "count": len(certificates),
                         "certificates": [str(c.id) for c in certificates], "note": NOTE})
        done += await _calls_closed(session, r)
        if done:
            r.report = r.report.changed(done=done)
            session.add(r)
        finished = await finish(session, r)
        await session.commit()
    return bool(erased or done or finished)


async def _calls_closed(session: AsyncSession, r: PrivacyRequest) -> list[dict[str, Any]]:
    """The erased calls the report keeps open for a hold that no active hold keeps open any more: from now on
    a transcript of one is refused (410 `call-erased`)."""
    open_calls = [getattr(k, "id", None) for k in r.report.held_back() if k.what == "call"]
    return [{"service": SERVICE, "action": CALL_CLOSED, "call_id": call_id, "at": datetime.now(UTC).isoformat(),
             "note": "the legal hold that kept it open is released: a later transcript of it is refused"}
            for call_id in open_calls if call_id and not await privacy.holds_keep_call(session, call_id, r.digests)]


async def finish(session: AsyncSession, r: PrivacyRequest) -> bool:
    """A request answered `partially_completed` because a hold kept something, `completed` once nothing is kept
    or left undone any more. A regulator (and the subject, who reads this status) is owed the truth of now:
    the subject's data is erased, so "partially" would say something is still kept that is not. The history
    stays: the step `partially_completed` keeps its time (the answer within the deadline, Art. 12(3), and its
    reason, Art. 12(4)), `completed` gets its own, and `completed_at` stays the first answer's. Whatever else
    keeps it partial (a hold still covering a transcript, a provider's recording kept, a correction not made)
    keeps it partial. A request still in progress is finished by its own work (`fulfillment.finish_if_done`)."""
    if r.status != Status.partially_completed or r.report.partial():
        return False
    r.status = Status.completed.value
    r.report = r.report.changed(step=r.status)
    session.add(r)
    await record_step(session, system_actor(r.tenant_id), r, r.status)
    return True

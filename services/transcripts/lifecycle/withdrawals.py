"""Consent withdrawn: the tenant's policy (`on_withdrawal` of its retention policy) applied to the call's
transcripts, by consuming the consent service's `consent.withdrawn`.

- `keep` (the default): what was lawfully collected before the withdrawal stays; the withdrawal is
  recorded, and the consent check keeps later segments out at ingest.
- `remove_segments`: each transcript of the call gets a new version in which that participant's segments
  are markers without text, under a fresh data key; the old version's key goes in the same commit, and
  its objects go (certified, reason `withdrawal`) right after.
- `remove_transcript`: the call's transcripts go the purge's way (reason `withdrawal`).

A legal hold defers a removal: the withdrawal stays `pending`, and each purge pass tries again, so the
removal happens at the first pass after the last covering hold is released. Only withdrawals of
recording or transcription act on transcripts (analytics or AI training withdrawn leaves the words).
"""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.transcripts import events
from services.transcripts.consent_check import WITHDRAWN_REASON
from services.transcripts.documents import SEGMENTS
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import Transcript, Withdrawal
from services.transcripts.repository import artifact as artifact_of
from services.transcripts.rewrites import data_key, read_segments, supersede
from services.transcripts.vault import PurgeReport, Purging

log = structlog.get_logger()
ACTS_ON = frozenset({"recording", "transcription"})
REMOVED_REASON = WITHDRAWN_REASON


async def on_consent_withdrawn(session: AsyncSession, event: CloudEvent) -> None:
    """Record the withdrawal with the policy in force now; the purge (or the service, woken) applies it."""
    data = catalog.ConsentRecorded.parse(event)
    purposes = sorted(data.purposes)
    if not ACTS_ON & set(purposes):
        return
    policy = await lifecycle.get_policy(session)
    action = policy.on_withdrawal if policy is not None else "keep"
    now = datetime.now(UTC)
    session.add(Withdrawal(
        tenant_id=event.tenantid, id=data.event_id, call_id=data.call_id, participant_id=data.participant_id,
        purposes=purposes, occurred_at=datetime.fromisoformat(data.occurred_at), action=action,
        status="applied" if action == "keep" else "pending", applied_at=now if action == "keep" else None))


async def apply_pending(purger: Purging, tenant_id: UUID, report: PurgeReport) -> bool:
    """Apply the tenant's pending withdrawals; whether anything changed."""
    async with tenant_session(purger.engine, tenant_id) as session:
        pending = await lifecycle.pending_withdrawals(session, purger.batch)
    changed = False
    for withdrawal_id in pending:
        changed |= await apply(purger, tenant_id, withdrawal_id, report)
    return changed


async def apply(purger: Purging, tenant_id: UUID, withdrawal_id: UUID, report: PurgeReport) -> bool:
    """One withdrawal, under its lock and its call's transcripts' (so no purge or other worker acts on
    them meanwhile), in one commit; the objects of what it removed go right after."""
    async with tenant_session(purger.engine, tenant_id) as session:
        w = await lifecycle.lock_withdrawal(session, withdrawal_id)
        if w is None:
            return False
        # A transcript of the call being stored now is committed before this lock is granted (and listed
        # below); one stored later finds this withdrawal applied and sends it back to pending.
        await lifecycle.lock_call_withdrawals(session, w.call_id)
        transcripts = await lifecycle.call_transcripts(session, w.call_id)
        kept = [{"transcript_id": str(t.id), "matters": matters} for t, matters in transcripts if matters]
        free = [t for t, matters in transcripts if not matters]
        cause = {"reason": "withdrawal", "consent_event_id": str(w.id), "policy": w.action,
                 "participant_id": w.participant_id and str(w.participant_id),
                 "withdrawn_at": w.occurred_at.isoformat()}
        shredded, rewritten = [], []
        if w.action == "remove_transcript":
            shredded = [t.id for t in free]
            await lifecycle.shred(session, shredded, cause)
        else:
            for t in free:
                if removed := await remove_segments(purger, session, t, w.participant_id, cause):
                    rewritten.append({"transcript_id": str(t.id), "superseded_version": t.version - 1,
                                      "version": t.version, "removed_segments": removed})
        done: dict[str, Any] = {"removed_transcripts": [str(i) for i in shredded], "rewritten": rewritten}
        w.result = {key: [*w.result.get(key, []), *value] for key, value in done.items()} | {"kept": kept}
        if not kept:
            w.status, w.applied_at = "applied", datetime.now(UTC)
        session.add(w)
        await session.commit()
    if shredded:
        await purger.complete(tenant_id, report, shredded)
    if rewritten:
        await purger.complete_versions(tenant_id, report, [(UUID(r["transcript_id"]), r["superseded_version"])
                                                           for r in rewritten])
    log.info("withdrawal applied" if not kept else "withdrawal deferred by a legal hold", tenant_id=str(tenant_id),
             withdrawal_id=str(withdrawal_id), action=w.action, removed=len(shredded), rewritten=len(rewritten),
             kept=len(kept))
    return bool(shredded or rewritten or not kept)


async def remove_segments(purger: Purging, session: AsyncSession, t: Transcript, participant_id: UUID | None,
                           cause: dict[str, Any]) -> int:
    """Replace `t` (locked) by a version without the participant's segments (every segment, for a
    withdrawal of the whole call); how many were removed (0: none left to remove, nothing written)."""
    current = await artifact_of(session, t.id, t.version, SEGMENTS)
    if current is None:
        return 0
    segments = await read_segments(purger.store, t, current, await data_key(purger.kms, t))
    removed = [(i, s) for i, s in enumerate(segments)
               if not s.removed and (participant_id is None or s.participant_id == participant_id)]
    if not removed:
        return 0
    for _, s in removed:
        s.text, s.confidence, s.removed, s.removed_reason = None, None, True, REMOVED_REASON
    t.removed_segments += len(removed)
    t.removed = [*t.removed, *({"index": i, "participant_id": str(s.participant_id), "start_ms": s.start_ms,
                                "end_ms": s.end_ms, "reason": REMOVED_REASON} for i, s in removed)]
    await supersede(purger, session, t, current.bucket, segments, cause)
    add_event(session, events.segments_removed(t.tenant_id, t.id, t.call_id, t.version, len(removed),
                                               participant_id, "withdrawal"))
    return len(removed)

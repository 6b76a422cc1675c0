"""An erasure closes the erased subject's calls: a transcript of one that arrives later (a voice-AI platform's,
in flight from the gateway's inbox while the erasure ran, or an ASR pipeline's) is refused, not stored.

Each call is closed in its own commit, under the request's row lock and then the call's lock (the one a store
of its transcripts takes, `repository.store`): a store that committed first is found here and, if the erasure
could not have seen it (`late`), shredded with the erasure's; one that comes after finds the call closed and
rolls back (410 `call-erased`). One call at a time, so an erasure of a subject with thousands of calls holds
one advisory lock, never thousands, and no lock order across calls can cycle. The calls are the consent
service's (the subject was on them: its reply names them) and those of the subject's transcripts now; closed
once that reply is in, before the step is certified, so no store that commits after the request finishes can
escape it.

Every call is closed; legal holds keep transcripts, not calls, by one rule here and at the store
(`holds_sql`): a hold that covers the transcript (`callvault_hold_covers`), or one naming the erasing request's
subject (whose phone numbers the erasure erased, so a later transcript is not indexed to them). A held
transcript is kept and reported; a later one a hold keeps is stored. Either is owed to the erasure
(`held_erasure`): the purge erases it once no hold keeps it (`held_erasures`).

A closed call is a row of ids (tenant, call, request, when): no personal data. It is kept for good, as the
request it cites is: a transcript may come at any time (the gateway gives up after a day, but an ASR
pipeline's retries, or a provider's webhook replayed, have no bound callvault knows). A restore of the
database that lost it gets it back from the consent service's record of the erasure in the erasure ledger,
which names the calls (`reapply`, by `callvault purge --reapply-erasures`).
"""

from datetime import datetime
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy import repository as privacy

STEP = "calls_closed"
CONSENT = "recording_consent"  # the consent service's part of the report's `found`
SERVICE = "transcripts"
LATE_NOTE = "stored while the erasure ran"


def calls_of(r: PrivacyRequest, now: list[str] = ()) -> list[str]:
    """The subject's calls, as the consent service found them, as the transcripts found say, and those of the
    subject's transcripts `now` (one stored since the shred step), in lock order."""
    return sorted({*r.report.found.get(CONSENT, {}).get("calls", []),
                   *r.report.found.get(SERVICE, {}).get("calls", []), *now})


def late(r: PrivacyRequest, row: Any) -> bool:
    """Whether the erasure could not have seen this transcript of the subject's call: not among those its shred
    step found, and the subject's, or stored after the erasure began (a transcript stored after the consent
    service erased the subject's numbers is not indexed to them). One that was there before and is not the
    subject's is not the erasure's to erase."""
    found = set(r.report.found.get(SERVICE, {}).get("transcripts", {}).get("ids", []))
    began: datetime = r.report.steps.get("in_progress", r.created_at)
    return str(row.id) not in found and (row.subject or row.created_at >= began)


async def close(session: AsyncSession, r: PrivacyRequest, call_id: str) -> dict[str, list[dict[str, Any]]]:
    """The call closed under its lock (the caller holds the request's row and commits); the transcripts of it
    stored since the erasure looked, shredded as the erasure's; the report's lines for it."""
    await lifecycle.lock_call_withdrawals(session, UUID(call_id))
    await privacy.add_erased_call(session, r.tenant_id, call_id, r.id)
    rows = [row for row in await privacy.erased_call_transcripts(session, call_id, r.id) if late(r, row)]
    free = [row.id for row in rows if not row.matters]
    await lifecycle.shred(session, free, {"reason": "erasure", "request": str(r.id)})
    await privacy.add_held_erasures(session, r.tenant_id, r.id,
                                    [(row.id, UUID(call_id), row.matters) for row in rows if row.matters])
    done = [{"service": SERVICE, "action": "purged", "count": len(free), "call_id": call_id,
             "transcripts": [str(i) for i in free], "note": LATE_NOTE}] if free else []
    kept = [{"service": SERVICE, "what": "transcript", "id": str(row.id), "call_id": call_id, "why": "legal_hold",
             "matters": row.matters, "note": LATE_NOTE} for row in rows if row.matters]
    if matters := await privacy.matters_naming(session, call_id, r.digests):
        kept.append({"service": SERVICE, "what": "call", "id": call_id, "why": "legal_hold", "matters": matters,
                     "note": "a later transcript of it that the hold covers is stored"})
    return {"done": done, "kept": [line for line in kept if line not in _kept(r)]}


def _kept(r: PrivacyRequest) -> list[dict[str, Any]]:
    """The report's kept lines as written (a resumed close must not list a call again)."""
    return [line.model_dump(exclude_none=True) for line in r.report.kept]


async def reapply(engine: AsyncEngine, claims: dict[str, Any]) -> int:
    """After a restore of the transcripts database (`callvault purge --reapply-erasures`), a verified record of
    the consent service's erasure (naming the subject's calls): the calls closed again; how many the restore had
    opened. Nothing is shredded here: what the restore brought back of them goes by its certificates. One commit
    a call, as the erasure's own close."""
    tenant_id, request_id = UUID(claims["tenant_id"]), UUID(claims["request_id"])
    calls = sorted(claims.get("calls", []))
    async with tenant_session(engine, tenant_id) as session:
        before = set(await privacy.erased_calls(session, calls))
    for call_id in (c for c in calls if c not in before):
        async with tenant_session(engine, tenant_id) as session:
            await lifecycle.lock_call_withdrawals(session, UUID(call_id))
            await privacy.add_erased_call(session, tenant_id, call_id, request_id)
            await session.commit()
    return len(set(calls) - before)

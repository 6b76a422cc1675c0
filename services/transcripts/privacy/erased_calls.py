"""An erasure closes the erased subject's calls: a transcript of one that arrives later (a voice-AI platform's,
in flight from the gateway's inbox while the erasure ran, or an ASR pipeline's) is refused, not stored.

Each call is closed under its lock, the one a store of its transcripts takes (`repository.store`): a store
that committed first is found here and shredded with the erasure's; one that comes after finds the call
closed and rolls back (410 `call-erased`). The calls are the consent service's (the subject was on them: its
reply names them) and those of the subject's transcripts; closed once that reply is in, before the step is
certified, so no store that commits after the request finishes can escape it.

A call a legal hold keeps is left open (the erasure does not erase it): one whose transcripts a hold covers,
or one a hold names, or the subject's, or the whole tenant's. A hold that covers a later transcript by its
time range or tags keeps it all the same: the store reads the holds before it refuses.

A closed call is a row of ids (tenant, call, request, when): no personal data. It is kept for good, as the
request it cites is: a transcript may come at any time (the gateway gives up after a day, but an ASR
pipeline's retries, or a provider's webhook replayed, have no bound callvault knows). A restore of the
database that lost it gets it back from the consent service's record of the erasure in the erasure ledger,
which names the calls (`reapply`, by `callvault purge --reapply-erasures`).
"""

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


def calls_of(r: PrivacyRequest) -> list[str]:
    """The subject's calls, as the consent service found them and as the transcripts found say, in lock order."""
    return sorted({*r.report.found.get(CONSENT, {}).get("calls", []),
                   *r.report.found.get("transcripts", {}).get("calls", [])})


async def close(session: AsyncSession, r: PrivacyRequest) -> tuple[list[str], list[UUID]]:
    """The calls closed, and the transcripts of them stored since the erasure looked (shredded now, as the
    erasure's). Each call's lock is held until the caller commits: taken in one order, so two erasures of
    people on the same calls wait for each other rather than deadlock."""
    closed: list[str] = []
    late: list[UUID] = []
    for call_id in calls_of(r):
        if (transcripts := await _close(session, r.tenant_id, r.id, call_id, r.digests)) is not None:
            closed.append(call_id)
            late += transcripts
    if late:
        await lifecycle.shred(session, late, {"reason": "erasure", "request": str(r.id)})
    return closed, late


async def reapply(engine: AsyncEngine, claims: dict[str, Any]) -> int:
    """After a restore of the transcripts database (`callvault purge --reapply-erasures`), a verified record of
    the consent service's erasure (naming the subject's calls): the calls closed again, under the legal holds of
    now; how many the restore had opened. Nothing is shredded here: what the restore brought back of them
    goes by its certificates."""
    tenant_id, request_id = UUID(claims["tenant_id"]), UUID(claims["request_id"])
    async with tenant_session(engine, tenant_id) as session:
        r = await privacy.get(session, request_id)  # its subject's blind indexes, if the restore kept it
        before = set(await privacy.erased_calls(session, claims.get("calls", [])))
        closed = [call_id for call_id in sorted(claims.get("calls", []))
                  if await _close(session, tenant_id, request_id, call_id, r.digests if r else []) is not None]
        await session.commit()
    return len(set(closed) - before)


async def _close(session: AsyncSession, tenant_id: UUID, request_id: UUID, call_id: str, digests: list[str]
                 ) -> list[UUID] | None:
    """The call closed under its lock, and its active transcripts; None: a legal hold keeps it open."""
    await lifecycle.lock_call_withdrawals(session, UUID(call_id))
    transcripts = await lifecycle.call_transcripts(session, UUID(call_id))
    if any(matters for _, matters in transcripts) or await privacy.matters_naming(session, call_id, digests):
        return None
    await privacy.add_erased_call(session, tenant_id, call_id, request_id)
    return [t.id for t, _ in transcripts]

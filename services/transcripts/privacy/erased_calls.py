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
pipeline's retries, or a provider's webhook replayed, have no bound callvault knows).
"""

from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

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
        await lifecycle.lock_call_withdrawals(session, UUID(call_id))
        transcripts = await lifecycle.call_transcripts(session, UUID(call_id))
        if any(matters for _, matters in transcripts) or await privacy.matters_naming(session, call_id, r.digests):
            continue
        await privacy.add_erased_call(session, r.tenant_id, call_id, r.id)
        closed.append(call_id)
        late += [t.id for t, _ in transcripts]
    if late:
        await lifecycle.shred(session, late, {"reason": "erasure", "request": str(r.id)})
    return closed, late

"""The provider's own copies of calls without transcripts, which no `transcript.purged` ever reaches:

- retention: each kept recording is checked (`next_check_at`); once the tenant's transcript retention (the
  call's own when longer) has passed since the call ended (or since the recording was saved, when that is
  later), and at least a grace after the end (a call with no known end: 30 days after saving; see `verdict`),
  it goes `deleting` with the reason `retention`. A call with a transcript is left to its transcripts'
  deletion. Checked again at the latest every `CALLVAULT_PROVIDER_RECORDING_RETENTION_CHECK_SECONDS`.
- erasure: a privacy request's erasure names the subject's calls (`privacy_request.consent_applied`); for
  each without transcripts or holds the deletion is asked (its kept recordings, and those named later, go
  `deleting` with the reason `erasure`), a transcript still waiting in the inbox is dropped, and what was
  asked, kept or not done goes back to the request's report (`privacy_request.provider_recordings_applied`),
  in the commit that asks it. A restore of the gateway's database that lost an erasure gets it back from the
  erasure ledger (`reapply_erasure`, by `callvault purge --reapply-erasures`).

Either way a legal hold over the call keeps its recordings (the transcripts service says which: a hold naming
the call, one over a time range that includes its start, one naming a participant's number or anyone by email
or external id; see `GET /v1/calls/{id}/retention`). Times are the database's.
An outage of the consent or transcripts service is a wait; one call's or tenant's trouble holds up no other.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any
from uuid import UUID

import structlog
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.gateway import events, repository
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.transcripts import TranscriptsClient
from services.gateway.telephony.parsing import UNNAMED

log = structlog.get_logger()
CHECKED_PER_ROUND = 50
ERASURES_PER_ROUND = 10
OUTAGE_RETRY_SECONDS = 60.0
NO_PROVIDER_ID = "no_provider_id"  # an erased call's recording callvault cannot have deleted (`unnamed:`)
END_GRACE = timedelta(days=1)  # after a call's end, before its recording can be due (`verdict`; a setting)
NO_END_GRACE = timedelta(days=30)  # after a recording of a call with no known end was saved


@dataclass(frozen=True)
class Verdict:
    due: bool
    next_check_at: datetime | None  # None: never again (the call's transcripts' deletion will delete it)
    held_by: list[str]


def verdict(status: dict[str, Any] | None, saved_at: datetime, now: datetime, interval: float,
            end_grace: timedelta = END_GRACE) -> Verdict:
    """Whether a kept recording's retention has passed (`status`: the transcripts service's retention of its
    call; None: no call the consent service knows, yet), and when to look again."""
    later = now + timedelta(seconds=interval)
    if status is None:
        return Verdict(False, later, [])
    if status["transcripts"]:  # each goes by `transcript.purged`, which deletes the call's recordings
        return Verdict(False, None, [])
    if status["held_by"]:
        return Verdict(False, later, list(status["held_by"]))
    # From the end, but never from before the gateway saw the recording (its own clock): an end a caller
    # backdated makes nothing due sooner. Never sooner than `end_grace` after the end either, whatever the days:
    # a transcript made from the recording may still be on its way (a voice-AI platform's waits in the
    # gateway's inbox while the transcripts service is away), and its own purge is the one that applies.
    # A call with no known end may still be going on: only NO_END_GRACE after the recording was saved.
    days = timedelta(days=status["days"])
    if status["call_ended_at"]:
        due_at = max(datetime.fromisoformat(status["call_ended_at"]), saved_at) + max(days, end_grace)
    else:
        due_at = saved_at + max(days, NO_END_GRACE)
    return Verdict(due_at <= now, min(due_at, later), [])


async def on_consent_applied(session: AsyncSession, event: CloudEvent) -> None:
    """An erasure's calls, as the consent service found them: their recordings are to be deleted."""
    data = catalog.ConsentApplied.parse(event)
    if data.request_type == "erasure" and data.in_reply_to == catalog.PRIVACY_REQUEST_VERIFIED:
        await repository.add_recording_erasure(session, event.tenantid, data.request_id, data.found.calls)


async def reapply_erasure(engine: AsyncEngine, claims: dict[str, Any]) -> int:
    """After a restore of the gateway's database (`callvault purge --reapply-erasures`), a verified record of
    the erasure ledger (the consent service's, naming the erased subject's calls): the request's erasure
    asked again if the restore lost it (1), and then handled as it was the first time, the holds and
    transcripts of now included (the privacy request's report takes the first answer only)."""
    calls = [UUID(c) for c in claims.get("calls", [])]
    if not calls:  # written before the records named calls, or the subject was on none
        return 0
    tenant_id = UUID(claims["tenant_id"])
    async with tenant_session(engine, tenant_id) as session:
        added = await repository.add_recording_erasure(session, tenant_id, UUID(claims["request_id"]), calls)
        await session.commit()
    return int(added)


class RecordingRetention:
    def __init__(self, engine: AsyncEngine, consent: ConsentClient, transcripts: TranscriptsClient,
                 interval: float, end_grace: timedelta = END_GRACE) -> None:
        self.engine, self.consent, self.transcripts, self.interval = engine, consent, transcripts, interval
        self.end_grace = end_grace

    async def check(self, tenant_id: UUID) -> int:
        """One batch of the tenant's kept recordings whose check is due, by call."""
        async with tenant_session(self.engine, tenant_id) as session:
            rows = await repository.recordings_to_check(session, CHECKED_PER_ROUND)
            now = await repository.now(session)
            by_call = lambda row: (row["provider"], row["call_external_id"])  # noqa: E731
            away = False
            for (provider, external_id), group in groupby(sorted(rows, key=by_call), key=by_call):
                group = list(group)
                if away:  # a service is away: the rest wait too, rather than each wait for its timeout
                    await self._later(session, group, now)
                    continue
                try:
                    async with session.begin_nested():  # this call's trouble undoes this call's changes only
                        await self._check_call(session, tenant_id, provider, external_id, group, now)
                except Exception as exc:  # an outage, or this call's trouble: the others go on
                    log.warning("provider recording retention not checked; later", provider=provider,
                                error=getattr(exc, "detail", None) or str(exc) or type(exc).__name__)
                    away = isinstance(exc, DependencyUnavailable)
                    await self._later(session, group, now)
            await session.commit()
        return len(rows)

    async def _later(self, session: AsyncSession, rows: list[dict], now: datetime) -> None:
        later = now + timedelta(seconds=min(self.interval, OUTAGE_RETRY_SECONDS))
        await repository.recheck_at(session, [r["id"] for r in rows], later, None, checked=False)

    async def _check_call(self, session: AsyncSession, tenant_id: UUID, provider: str, external_id: str,
                          rows: list[dict], now: datetime) -> None:
        if deletion := await repository.call_deletion(session, provider, external_id):
            # Named after the call's copies were deleted: it goes too, as that deletion asked, unless a legal hold
            # placed since keeps it (checked again, then, until the hold is released).
            status = await self.transcripts.call_retention(tenant_id, deletion["call_id"])
            if status is None or status["held_by"]:  # no answer on the holds is no leave to delete
                held_by = list(status["held_by"]) if status else []
                await repository.recheck_at(session, [r["id"] for r in rows], now + timedelta(seconds=self.interval),
                                            held_by)
            else:
                await repository.delete_following(session, [r["id"] for r in rows], deletion)
            return
        call_id = await self.consent.call_id_of(tenant_id, provider, external_id)
        status = await self.transcripts.call_retention(tenant_id, call_id) if call_id else None
        verdicts = [(row, verdict(status, row["created_at"], now, self.interval, self.end_grace)) for row in rows]
        if status and status["call_ended_at"] and all(v.due for _, v in verdicts):
            # The call ended and its retention passed: a recording its provider names later goes at once too.
            await repository.delete_call_recordings(session, tenant_id, UUID(status["call_id"]), provider,
                                                    external_id, "retention")
            return
        call_id = UUID(status["call_id"]) if status else None
        if due := [row["id"] for row, v in verdicts if v.due]:
            await repository.delete_recordings(session, due, call_id, "retention")
        for row, v in verdicts:
            if not v.due:
                await repository.recheck_at(session, [row["id"]], v.next_check_at, v.held_by)

    async def erase(self, tenant_id: UUID, wait: Callable[[int], float]) -> int:
        """The tenant's pending erasures, each in its own commit with its answer to the request's report."""
        async with tenant_session(self.engine, tenant_id) as session:
            pending = await repository.due_recording_erasures(session, ERASURES_PER_ROUND)
        handled = 0
        for erasure_id in pending:
            async with tenant_session(self.engine, tenant_id) as session:
                erasure = await repository.lock_recording_erasure(session, erasure_id)
                if erasure is None:  # another worker has it: not counted, so a round of only those pauses
                    continue
                handled += 1
                try:
                    done, kept = await self._erase(session, tenant_id, erasure)
                except Exception as exc:  # an outage: nothing of this erasure is kept, it is tried again whole
                    log.warning("provider recordings of an erasure wait", request_id=str(erasure["request_id"]),
                                error=getattr(exc, "detail", None) or str(exc) or type(exc).__name__)
                    await session.rollback()
                    attempts = erasure["attempts"] + 1
                    await repository.postpone_recording_erasure(session, erasure_id, attempts, wait(attempts))
                    await session.commit()
                    continue
                add_event(session, events.provider_recordings_applied(tenant_id, erasure["request_id"], done, kept))
                await repository.finish_recording_erasure(session, erasure_id)
                await session.commit()
        return handled

    async def _erase(self, session: AsyncSession, tenant_id: UUID, erasure: dict
                     ) -> tuple[list[catalog.ReportLine], list[catalog.ReportLine]]:
        asked: list[dict] = []
        with_transcripts: list[str] = []
        discarded: list[str] = []
        kept: list[catalog.ReportLine] = []
        for call_id in sorted(erasure["call_ids"]):
            call = await self.consent.get_call(tenant_id, call_id)
            if call is None:
                continue
            # Asked even where no recording is kept yet: the deletion it records takes the recordings a
            # provider's webhooks name later (a call still going on, a late recording webhook).
            recordings = await repository.recordings_of_call(session, call_id, call["provider"], call["external_id"])
            status = await self.transcripts.call_retention(tenant_id, call_id)
            if status is None:
                continue
            if not status["held_by"]:
                # A voice-AI platform's transcript still waiting in the inbox would be stored after the erasure
                # and escape it: dropped (under a hold it is kept, and stored once delivered, as the hold wants).
                # One already on its way is refused by the transcripts service (410 call-erased), final there.
                problem = {"status": 410, "title": "Erased before it was delivered",
                           "detail": f"privacy request {erasure['request_id']} erased the call's data"}
                if await repository.discard_inbox_transcripts(session, call["provider"], call["external_id"],
                                                              problem):
                    discarded.append(str(call_id))
            if status["transcripts"]:
                with_transcripts.append(str(call_id))
            elif status["held_by"]:
                kept += [catalog.ReportLine(what="provider_recording", id=r["recording_id"], provider=r["provider"],
                                            call_id=str(call_id), why="legal_hold", matters=status["held_by"])
                         for r in recordings if r["state"] == "kept"]
            else:
                await repository.delete_call_recordings(session, tenant_id, call_id, call["provider"],
                                                        call["external_id"], "erasure", erasure["request_id"])
                kept_now = [r for r in recordings if r["state"] == "kept"]
                asked += [{"call_id": str(call_id), "provider": r["provider"], "recording_id": r["recording_id"],
                           "copies": f"/v1/calls/{call_id}/copies"}
                          for r in kept_now if not r["recording_id"].startswith(UNNAMED)]
                # Its deletion fails at once (no id the provider's API deletes by): not done, for a person to do.
                kept += [catalog.ReportLine(what="provider_recording", id=r["recording_id"], provider=r["provider"],
                                            call_id=str(call_id), why=NO_PROVIDER_ID,
                                            note="the provider named no id its API deletes by: delete it there")
                         for r in kept_now if r["recording_id"].startswith(UNNAMED)]
        return _report(asked, with_transcripts, discarded), kept


def _report(asked: list[dict], with_transcripts: list[str], discarded: list[str]) -> list[catalog.ReportLine]:
    done = []
    if discarded:
        done.append(catalog.ReportLine(action="waiting_transcripts_discarded", calls=discarded,
                                       note="voice-AI platforms' transcripts not yet delivered, dropped"))
    if asked:
        done.append(catalog.ReportLine(action="provider_recordings_deletion_requested", count=len(asked),
                                       recordings=asked))
    if with_transcripts:
        done.append(catalog.ReportLine(action="provider_recordings_follow_transcripts", calls=with_transcripts,
                                       note="deleted with the calls' transcripts: see their deletion certificates"))
    return done

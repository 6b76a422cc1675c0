"""The work of verified privacy requests, in the transcripts service's background: started when a
request is verified, resumed by a scan at start-up and every `CALLVAULT_PRIVACY_SCAN_SECONDS`, so a
restart anywhere finishes it once. Each step records its finish time in the request's report in the
commit that does it; a step that finds its time recorded is not done again.

A request is `in_progress` from its first step, and finished (`completed`, or `partially_completed`
when a legal hold kept something or a correction could not be applied; what an erasure's hold kept, the purge
erases once the hold is released, completing the request then: `held_erasures`) once this service's step and
the consent service's (`privacy_request.consent_applied`, consumed here) are both recorded, and, of an
erasure, the gateway's (`privacy_request.provider_recordings_applied`: the providers' recordings of the
subject's calls without transcripts).
"""

import asyncio
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import structlog
from prometheus_client import Gauge
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.settings import Settings
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.purge import Purger, PurgeReport
from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy import erased_calls, export, rectification
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.report import Report, found
from services.transcripts.privacy.requests import record_step, system_actor
from services.transcripts.privacy.schemas import RequestType, Status

log = structlog.get_logger()
OVERDUE = Gauge("callvault_privacy_requests_overdue", "Privacy requests past their due time and not finished "
                "(every tenant's)")
SCAN_LIMIT = 100
SERVICE = "transcripts"
PROVIDER_RECORDINGS = "provider_recordings"  # the gateway's step of an erasure
PROVIDER_RECORDINGS_ASKED = "provider_recordings_asked"  # the consent service's reply asked the gateway for it


class PrivacyWork:
    def __init__(self, purger: Purger, crypto: FieldCrypto, settings: Settings) -> None:
        self.purger, self.engine, self.crypto, self.settings = purger, purger.engine, crypto, settings
        self._woken = asyncio.Event()

    def wake(self) -> None:
        self._woken.set()

    async def run(self, every_seconds: float) -> None:
        while True:
            self._woken.clear()
            try:
                await self.run_once()
            except Exception as exc:  # the database away: the next round tries again
                log.warning("privacy requests not advanced", error=str(exc) or type(exc).__name__)
            try:
                await asyncio.wait_for(self._woken.wait(), every_seconds)
            except TimeoutError:
                pass

    async def run_once(self) -> int:
        """Advance every request with work left; how many were looked at."""
        async with tenant_session(self.engine, None) as session:
            work = await privacy.with_work(session, SCAN_LIMIT)
            OVERDUE.set(await privacy.overdue(session))
        for tenant_id, request_id in work:
            try:
                await self.advance(tenant_id, request_id)
            except Exception as exc:  # an outage, or this one request's fault: the others go on
                log.warning("privacy request step failed; the next round resumes it", request_id=str(request_id),
                            error=getattr(exc, "detail", None) or str(exc) or type(exc).__name__)
        return len(work)

    async def advance(self, tenant_id: UUID, request_id: UUID) -> None:
        async with tenant_session(self.engine, tenant_id) as session:
            r = await privacy.get(session, request_id, for_update=True)
            if r is not None and r.export_deleted_at is None and r.export_expires_at is not None \
                    and r.export_expires_at <= datetime.now(UTC):
                await export.delete(self, session, r, "expired")
                await session.commit()
                return
            if r is None or r.status not in (Status.verified, Status.in_progress):
                return
            if r.status == Status.verified:
                r.status = Status.in_progress.value
                r.report = r.report.changed(step="in_progress")
                session.add(r)
                await record_step(session, system_actor(tenant_id), r, "in_progress")
                await session.commit()
            kind = r.type
            done_here = r.report.finished(SERVICE)
        if not done_here:
            await STEPS[kind](self, tenant_id, request_id)
        await self.finish_if_done(tenant_id, request_id)

    async def finish_if_done(self, tenant_id: UUID, request_id: UUID) -> None:
        async with tenant_session(self.engine, tenant_id) as session:
            r = await privacy.get(session, request_id, for_update=True)
            if r is None or r.status != Status.in_progress or not r.report.finished(*steps_needed(r.report)):
                return
            # Kept for a hold: partial, unless the hold was released meanwhile and the purge erased what it kept.
            r.status = (Status.partially_completed if r.report.partial() else Status.completed).value
            r.completed_at = datetime.now(UTC)
            r.report = r.report.changed(step=r.status, kept=[{
                "what": "privacy_request", "id": str(r.id),
                "why": "legal obligation: the record of this request and of how it was answered"}])
            session.add(r)
            await record_step(session, system_actor(tenant_id), r, r.status)
            await session.commit()
        log.info("privacy request finished", request_id=str(request_id), status=r.status)

    async def locked(self, session: AsyncSession, request_id: UUID) -> PrivacyRequest:
        r = await privacy.get(session, request_id, for_update=True)
        if r is None or r.status != Status.in_progress:  # only this worker moves a request on from here
            raise RuntimeError(f"privacy request {request_id} is not in progress")
        return r

    # --- the transcripts service's step, per type -------------------------------------------------
    async def erasure(self, tenant_id: UUID, request_id: UUID) -> None:
        """Through the lifecycle's path: keys destroyed in one commit with the report's record of it
        (held transcripts set aside, reported with their matters and recorded as owed: the purge erases them once
        no hold covers them, `held_erasures`); once the consent service's reply names
        the subject's calls, those calls closed to later transcripts (`erased_calls`); then objects deleted
        and certified. A restart between any two: each is recorded, and the purge's completion is idempotent."""
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            if not r.report.finished("transcripts_shredded"):
                rows = await privacy.transcripts_of(session, r.digests, lock=True)
                free = [row.id for row in rows if not row.matters]
                await lifecycle.shred(session, free, {"reason": "erasure", "request": str(request_id)})
                # Owed once the hold ends: the purge erases them then (`held_erasures`).
                await privacy.add_held_erasures(session, tenant_id, request_id,
                                                [(row.id, row.call_id, row.matters) for row in rows if row.matters])
                exports = await self.delete_exports(session, r, [row.id for row in rows])
                r.report = r.report.changed(
                    step="transcripts_shredded", found={SERVICE: found(rows)},
                    done=[{"service": SERVICE, "action": "purged", "count": len(free),
                           "transcripts": [str(i) for i in free]}, *exports],
                    kept=[{"service": SERVICE, "what": "transcript", "id": str(row.id), "call_id": str(row.call_id),
                           "why": "legal_hold", "matters": row.matters} for row in rows if row.matters])
                session.add(r)
                await session.commit()
            if not r.report.finished("consent"):  # the subject's calls are in its reply, which wakes this
                return
        if not r.report.finished(erased_calls.STEP):
            r = await self.close_calls(tenant_id, request_id)
        purged = [UUID(i) for d in r.report.lines_done("purged") for i in d.transcripts]
        await self.purger.complete(tenant_id, PurgeReport(), purged)
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            states = await privacy.statuses(session, purged)
            if left := [str(i) for i in purged if states.get(i) != "purged"]:
                raise DependencyUnavailable("object storage", f"{len(left)} erased transcripts still have objects; "
                                                              "the next round completes them")
            certificates = await privacy.certificates_for(session, purged)
            r.report = r.report.changed(step=SERVICE, done=[{
                "service": SERVICE, "action": "certified", "count": len(certificates),
                "certificates": [str(c.id) for c in certificates]}])
            session.add(r)
            await session.commit()

    async def close_calls(self, tenant_id: UUID, request_id: UUID) -> PrivacyRequest:
        """The subject's calls closed to later transcripts, one commit each (`erased_calls`), each under the
        request's row lock taken again (another writer of the report, the gateway's answer, may have committed
        in between: its lines are kept); then the calls of the subject's transcripts looked for again (one of a
        call not closed may have been stored meanwhile, indexed to an email or an external id) until none is
        new; then the step recorded. The request as it then is."""
        closed: list[str] = []
        while calls := await self._calls_to_close(tenant_id, request_id, closed):
            for call_id in calls:
                await self._close_call(tenant_id, request_id, call_id)
            closed += calls
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            if not r.report.finished(erased_calls.STEP):  # another replica's worker may have recorded it
                r.report = r.report.changed(step=erased_calls.STEP, done=[{
                    "service": SERVICE, "action": "calls_closed", "count": len(closed), "calls": sorted(closed),
                    "note": "a transcript of these calls that comes later is refused (410 call-erased), unless a "
                            "legal hold keeps it"}])
                session.add(r)
                await session.commit()
        return r

    async def _calls_to_close(self, tenant_id: UUID, request_id: UUID, closed: list[str]) -> list[str]:
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            return [c for c in erased_calls.calls_of(r, await privacy.subject_calls(session, r.digests))
                    if c not in closed]

    async def _close_call(self, tenant_id: UUID, request_id: UUID, call_id: str) -> None:
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            lines = await erased_calls.close(session, r, call_id)
            if lines["done"] or lines["kept"]:
                r.report = r.report.changed(done=lines["done"], kept=lines["kept"])
                session.add(r)
            await session.commit()

    async def delete_exports(self, session: AsyncSession, r: PrivacyRequest,
                             erased: list[UUID]) -> list[dict[str, Any]]:
        """The subject's exports not yet downloaded or expired (earlier access or portability requests), and any
        holding one of the erased transcripts: deleted, each certified in its own request's report, and listed
        in the erasure's."""
        done = []
        for other in await privacy.live_exports_of(session, r.digests, erased):
            await export.delete(self, session, other, "erasure", erasure=r.id)
            done.append({"service": SERVICE, "action": "export_deleted", "request": str(other.id),
                         "certificate": other.export["deletion"]["certificate"]})
        return done

    async def found_only(self, tenant_id: UUID, request_id: UUID, action: dict[str, Any] | None = None) -> None:
        """What there is about the subject; the step's effect lives elsewhere (a restriction in its own
        row, read on every access; an objection in the consent service)."""
        async with tenant_session(self.engine, tenant_id) as session:
            r = await self.locked(session, request_id)
            rows = await privacy.transcripts_of(session, r.digests)
            done = [{"service": SERVICE, **action, "count": len(rows)}] if action else []
            r.report = r.report.changed(step=SERVICE, found={SERVICE: found(rows)}, done=done)
            session.add(r)
            await session.commit()

    async def restriction(self, tenant_id: UUID, request_id: UUID) -> None:
        await self.found_only(tenant_id, request_id, {"action": "reads_restricted_to_compliance_officers"})

    async def objection(self, tenant_id: UUID, request_id: UUID) -> None:
        await self.found_only(tenant_id, request_id)

    async def rectification(self, tenant_id: UUID, request_id: UUID) -> None:
        await rectification.apply(self, tenant_id, request_id)

    async def access(self, tenant_id: UUID, request_id: UUID) -> None:
        await export.build(self, tenant_id, request_id)


STEPS = {RequestType.erasure: PrivacyWork.erasure, RequestType.restriction: PrivacyWork.restriction,
         RequestType.objection: PrivacyWork.objection, RequestType.rectification: PrivacyWork.rectification,
         RequestType.access: PrivacyWork.access, RequestType.portability: PrivacyWork.access}


def steps_needed(report: Report) -> set[str]:
    """The services' steps a request waits for: an erasure's also the gateway's, which deletes the recordings
    its providers keep of the subject's calls without transcripts, once the consent service's reply asked it."""
    return {SERVICE, "consent", *([PROVIDER_RECORDINGS] if report.finished(PROVIDER_RECORDINGS_ASKED) else [])}


async def on_applied(session: AsyncSession, event: CloudEvent) -> None:
    if event.type in catalog.ProviderRecordingsApplied.TYPES:
        await on_provider_recordings_applied(session, event)
    else:
        await on_consent_applied(session, event)


async def on_provider_recordings_applied(session: AsyncSession, event: CloudEvent) -> None:
    """The gateway's part of an erasure, into the report."""
    data = catalog.ProviderRecordingsApplied.parse(event)
    r = await privacy.get(session, data.request_id, for_update=True)
    if r is None or r.report.finished(PROVIDER_RECORDINGS):  # answered again after a restore of the gateway
        return
    # A recording the gateway could not have deleted (no id the provider's API deletes by) is not done: the
    # request is then partially completed, not completed.
    undeletable = [k for k in data.kept if k.why == "no_provider_id"]
    r.report = r.report.changed(
        step=PROVIDER_RECORDINGS, done=[{"service": "gateway", **d.model_dump(mode="json")} for d in data.done],
        kept=[{"service": "gateway", **k.model_dump(mode="json")} for k in data.kept if k not in undeletable],
        not_done=[{"service": "gateway", **k.model_dump(mode="json")} for k in undeletable])
    session.add(r)


async def on_consent_applied(session: AsyncSession, event: CloudEvent) -> None:
    """The consent service's part, into the report (a lift's answer is recorded beside the first)."""
    data = catalog.ConsentApplied.parse(event)
    r = await privacy.get(session, data.request_id, for_update=True)
    if r is None:
        return
    lifted = data.in_reply_to == catalog.PRIVACY_REQUEST_LIFTED
    r.report = r.report.changed(step="consent_lifted" if lifted else "consent",
                                found=None if lifted else {"recording_consent": data.found.model_dump(mode="json")},
                                done=[{"service": "recording_consent", **d.model_dump(mode="json")} for d in data.done],
                                kept=[{"service": "recording_consent", **k.model_dump(mode="json")} for k in data.kept])
    if not lifted and data.request_type == RequestType.erasure:
        # The gateway acts on this reply and answers (`privacy_request.provider_recordings_applied`): the
        # request now waits for that too. A reply without the request's type (sent before this version) the
        # gateway does not act on, and a request recorded before this version expects no answer.
        r.report = r.report.changed(step=PROVIDER_RECORDINGS_ASKED)
    session.add(r)


"""The consent service's part of a privacy request (the transcripts service runs the request and
emits `privacy_request.verified` once the subject's identity is verified; `privacy_request.lifted`
when a restriction ends). The subject arrives as blind indexes only. What this service did comes back
as `privacy_request.consent_applied`, in the same commit as the change (the outbox).

- erasure: the subject's encrypted phone numbers are removed from their participant records, and a
  signed record of it goes to the erasure ledger first (`erasures`: re-applied after a restore). The
  ledger stays verifiable: it commits to blind indexes, never to the numbers. Kept, and said why:
  the do-not-record entries (the standing objection itself) and the consent events (the proof that
  recording was lawful).
- objection: a do-not-record entry for the purposes named, effective for every later call.
- restriction: a do-not-record entry for analytics and AI training, and the subject's calls'
  decisions recomputed at once, so no analytics or training use is allowed from now on; lifting it
  removes the entry and recomputes again.
- access, portability: the subject's calls, participant records, consent events, receipts and
  decisions, sealed into the object store for the transcripts service's archive (`privacy_export`).
- rectification: what was found.
"""

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.common.crypto.signing import Signer
from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.common.settings import Settings
from services.common.transparency.sealer import Sealer
from services.recording_consent import erasures, privacy_export, recomputation, repository
from services.recording_consent.events import SOURCE
from services.recording_consent.models import DoNotRecord, Participant
from services.recording_consent.policy.rules import RuleSet
from services.recording_consent.service import Context, publish_change

RESTRICTED_PURPOSES = ["analytics", "ai_training"]


def source_of(request_id: str) -> str:
    return f"privacy request {request_id}"


@dataclass(frozen=True)
class Tools:
    engine: AsyncEngine
    settings: Settings
    crypto: FieldCrypto
    signer: Signer
    rules: RuleSet
    sealer: Sealer


async def on_privacy_request(session: AsyncSession, event: CloudEvent, tools: Tools) -> None:
    rules = tools.rules
    data = catalog.PrivacyRequestWork.parse(event)
    request_id, kind, indexes = str(data.request_id), data.type, data.phone_digests
    exporting = kind in ("access", "portability") and event.type != catalog.PRIVACY_REQUEST_LIFTED
    # An export reads the subject's calls a page at a time (privacy_export.py): ids only here, not rows.
    refs = await repository.subject_refs(session, indexes) if exporting else None
    participants = [] if exporting else await repository.participants_by_index(session, indexes,
                                                                                for_update=kind == "erasure")
    pairs = refs if refs is not None else [(p.id, p.call_id) for p in participants]
    calls = sorted({str(c) for _, c in pairs})
    found = catalog.ConsentFound(participants=sorted(str(p) for p, _ in pairs), calls=calls)
    done: list[catalog.ReportLine] = []
    kept: list[catalog.ReportLine] = []
    if event.type == catalog.PRIVACY_REQUEST_LIFTED:
        removed = await _remove_entries(session, request_id)
        done.append(catalog.ReportLine(action="restriction_lifted", do_not_record_entries=removed,
                                       decisions_recomputed=await _recompute(session, event.tenantid, rules,
                                                                             participants)))
    elif kind == "erasure":
        erased = [p for p in participants if p.phone_number_encrypted is not None]
        for p in erased:
            p.phone_number_encrypted = None
            session.add(p)
        # In the erasure ledger before the commit: a restored backup is held against it (the calls too: the
        # gateway's deletions of their providers' recordings are asked again from it).
        ledger_key = await erasures.append(tools.settings, tools.signer, event.tenantid, request_id,
                                           [p.id for p in erased], calls) if participants else None
        done.append(catalog.ReportLine(action="phone_numbers_erased", count=len(erased),
                                       participants=sorted(str(p.id) for p in erased), erasure_ledger=ledger_key))
        if entries := await repository.objections_for(session, indexes):
            kept.append(catalog.ReportLine(what="do_not_record_entries",
                                           ids=sorted(str(e.id) for e in entries if not e.removed_at),
                                           why="the objection itself: it must be kept to be honoured on later calls"))
        if participants:
            kept.append(catalog.ReportLine(what="consent_events", calls=calls,
                                           why="legal obligation: the proof of when and how consent was given or "
                                               "refused (the ledger names participants by blind index only)"))
    elif exporting:
        ctx = Context(event.tenantid, tools.crypto, rules)
        part = await privacy_export.export(tools, ctx, request_id, refs or [], data.data_region)
        done.append(catalog.ReportLine(action="exported", calls=part.pop("calls"), part=part))
    elif kind in ("objection", "restriction"):
        purposes = data.purposes if kind == "objection" else RESTRICTED_PURPOSES
        entries = [DoNotRecord(tenant_id=event.tenantid, phone_number_index=index, purposes=purposes,
                               source=source_of(request_id), created_at=datetime.now(UTC)) for index in indexes]
        session.add_all(entries)
        await session.flush()
        done.append(catalog.ReportLine(action="do_not_record_added", purposes=purposes,
                                       do_not_record_entries=sorted(str(e.id) for e in entries)))
        if kind == "restriction":
            done.append(catalog.ReportLine(action="decisions_recomputed",
                                           calls=await _recompute(session, event.tenantid, rules, participants)))
    applied = catalog.ConsentApplied(request_id=data.request_id, in_reply_to=event.type, found=found, done=done,
                                     kept=kept, finished_at=datetime.now(UTC).isoformat(), request_type=kind)
    add_event(session, catalog.envelope(applied, source=SOURCE, tenant_id=event.tenantid,
                                        subject=f"privacy-requests/{request_id}"))


async def _remove_entries(session: AsyncSession, request_id: str) -> list[str]:
    entries = await repository.objections_from(session, source_of(request_id))
    for entry in entries:
        entry.removed_at = datetime.now(UTC)
        session.add(entry)
    return sorted(str(e.id) for e in entries)


async def _recompute(session: AsyncSession, tenant_id: UUID, rules: RuleSet, participants: list[Participant]
                     ) -> list[str]:
    """The decisions of the subject's calls, now (under each call's lock, as every event takes it)."""
    await session.flush()
    changed = []
    for call_id in sorted({p.call_id for p in participants}):
        call = await repository.get_call(session, call_id, for_update=True)
        if call is None:
            continue
        change = await recomputation.recompute(session, rules, call)
        publish_change(session, tenant_id, call, change)
        if change.changed:
            changed.append(str(call_id))
    return changed


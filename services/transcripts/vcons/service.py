"""A call as a vCon, and a vCon as a call: both act as the caller, so the consent service and the
transcript views check and audit exactly what the caller may do, and an imported transcript passes
the consent gate `POST /v1/transcripts` does."""

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import msgspec
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import vcon as vcon_format
from services.transcripts import ingest, views
from services.transcripts.errors import SegmentsWithoutConsent, TooManySegments, VconAlreadyImported, VconRefused
from services.transcripts.schemas import TranscriptCreate, TranscriptStored, View
from services.transcripts.vault import Context
from services.transcripts.vcons.schemas import ImportedEvent, ImportedParty, Refusal, VconImport, VconImported

MAX_TRANSCRIPTS = 200  # a call's transcripts in one export (a call has a few: one per engine or rectification)


async def export_call(session: AsyncSession, ctx: Context, call_id: UUID, view: View,
                      reason: str | None) -> dict[str, Any]:
    rid = ctx.actor.request_id
    call = await ctx.consent.read(ctx.token, rid, f"/v1/calls/{call_id}", call_id)
    events = await ctx.consent.read(ctx.token, rid, f"/v1/calls/{call_id}/events", call_id)
    decision = await ctx.consent.read(ctx.token, rid, f"/v1/calls/{call_id}/decision", call_id)
    listing = await views.list_call_transcripts(session, ctx, call_id, None, MAX_TRANSCRIPTS)
    transcripts = [(await views.read_transcript(session, ctx, item.id, view, reason)).model_dump(mode="json")
                   for item in reversed(listing.items)]  # oldest first, as the dialog reads
    participants = [{"id": p["id"], "role": p["role"], "jurisdiction": p["jurisdiction"]}
                    for p in call["participants"]]
    return vcon_format.build(call, participants, events, decision, transcripts, created_at=datetime.now(UTC),
                             redacted=view is View.redacted)


async def import_vcon(session: AsyncSession, ctx: Context, document: VconImport) -> VconImported:
    reading = vcon_format.read(document.model_dump(mode="python") | {"uuid": str(document.uuid)})
    refused = [Refusal(**r) for r in reading.refused]
    call = await _create_call(ctx, reading.call)
    ids = {p["external_id"]: UUID(p["id"]) for p in call["participants"]}
    by_party = [ids[p["external_id"]] for p in reading.call["participants"]]
    events = await _record_consent(ctx, UUID(call["id"]), reading.events, by_party)
    transcript = await _store_transcript(session, ctx, UUID(call["id"]), reading, by_party, refused)
    return VconImported(call_id=UUID(call["id"]),
                        participants=[ImportedParty(party=i, participant_id=pid, role=p["role"])
                                      for i, (pid, p) in enumerate(zip(by_party, reading.call["participants"],
                                                                       strict=True))],
                        consent_events=events, transcript=transcript, refused=refused)


async def _store_transcript(session: AsyncSession, ctx: Context, call_id: UUID, reading: vcon_format.Reading,
                            by_party: list[UUID], refused: list[Refusal]) -> TranscriptStored | None:
    """Through the consent gate of `POST /v1/transcripts`, checked as its body is (constraints and all)."""
    if not reading.segments:
        return None
    body = {"call_id": str(call_id), "language": reading.language, "engine": reading.engine,
            "segments": [{"participant_id": str(by_party[s["party"]]), "start_ms": s["start_ms"],
                          "end_ms": s["end_ms"], "text": s["text"]} for s in reading.segments]}
    try:
        transcript, _ = await ingest.store_transcript(session, ctx, msgspec.convert(body, TranscriptCreate), None,
                                                      None)
    except msgspec.ValidationError as exc:
        refused.append(Refusal(what="transcript", reason=f"not a valid transcript: {exc}"))
        return None
    except TooManySegments as exc:  # refused as the transcript's other faults are: the call stays, as imported
        refused.append(Refusal(what="transcript", reason=exc.detail))
        return None
    except SegmentsWithoutConsent as refusal:
        refused.extend(Refusal(what=f"transcript segment {s['index']}", reason=s["reason"])
                       for s in refusal.extra.get("segments", []))
        return None
    refused.extend(Refusal(what=f"transcript segment {r.index}", reason=r.reason) for r in transcript.removed)
    return transcript


async def _create_call(ctx: Context, body: dict[str, Any]) -> dict[str, Any]:
    status, answer = await ctx.consent.write(ctx.token, ctx.actor.request_id, "/v1/calls", body)
    if status == 409:
        raise VconAlreadyImported(f"vCon {body['external_id']} was imported before (call "
                                  f"provider `vcon`, external_id {body['external_id']})")
    if status != 201:
        raise VconRefused(f"the consent service refused the call: {_detail(answer, status)}",
                          errors=(answer or {}).get("errors", []))
    return answer


async def _record_consent(ctx: Context, call_id: UUID, events: list[tuple[int, dict[str, Any]]],
                          by_party: list[UUID]) -> list[ImportedEvent]:
    if not events:
        return []
    batch = [{**event, "participant_id": str(by_party[party])} for party, event in events]
    status, answer = await ctx.consent.write(ctx.token, ctx.actor.request_id, f"/v1/calls/{call_id}/events",
                                             {"events": batch})
    if status != 200:  # the call stays, without consent: as safe as a call whose consent never came
        raise VconRefused(f"the consent service refused the vCon's consent (call {call_id} was created, "
                          f"with no consent recorded): {_detail(answer, status)}",
                         errors=(answer or {}).get("errors", []))
    return [ImportedEvent(party=party, type=e["type"], purposes=e["purposes"], method=e["method"],
                          occurred_at=e["occurred_at"]) for party, e in events]


def _detail(answer: Any, status: int) -> str:
    return str((answer or {}).get("detail") or status) if isinstance(answer, dict) else str(status)

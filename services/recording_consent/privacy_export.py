"""The consent service's part of an access or portability export: the subject's calls with their
metadata, participant records (the subject's own number; no one else's), consent events of the
subject and of the whole call, a signed receipt (JWS) per participant of the subject, and the
decisions. Streamed, sealed, into the object store (one JSON line per call, under a key derived for
this part alone), for the transcripts service to put into the archive; never on the bus."""

import json
import secrets
from collections.abc import AsyncIterator
from typing import Any, Protocol
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import export_part
from services.common.crypto.signing import Signer
from services.common.crypto.stream import StreamSealer
from services.common.db import tenant_session
from services.common.settings import Settings
from services.common.transparency.sealer import Sealer
from services.recording_consent import receipts, repository
from services.recording_consent.clients.objects import put_export_part
from services.recording_consent.models import Participant
from services.recording_consent.service import Context
from services.recording_consent.timeline import event_read

PHONE_COLUMN = "participant.phone_number"
PAGE = 50  # calls read per transaction


class ExportTools(Protocol):
    """What the part is made with (the privacy consumer's tools)."""

    engine: AsyncEngine
    settings: Settings
    signer: Signer
    sealer: Sealer


async def export(tools: ExportTools, ctx: Context, request_id: str, refs: list[tuple[UUID, UUID]],
                 data_region: str | None) -> dict[str, Any]:
    """The part, streamed to the bucket of the tenant's data region as it is read (one JSON line per call,
    sealed a chunk at a time, a multipart upload): memory stays flat however many calls the subject had.
    Its reference (bucket, key, SHA-256, size, the salt of its key) and how many calls it holds."""
    settings = tools.settings
    salt = secrets.token_hex(16)
    sealer = StreamSealer(export_part.data_key(ctx.crypto, ctx.tenant_id, request_id, salt),
                          export_part.place(ctx.tenant_id, request_id))
    mine = {p for p, _ in refs}
    call_ids = sorted({c for _, c in refs})
    written = 0

    async def pieces() -> AsyncIterator[bytes]:
        nonlocal written
        for start in range(0, len(call_ids), PAGE):
            # A session a page: a receipt or a stale decision may write (and commit) as it is read.
            async with tenant_session(tools.engine, ctx.tenant_id) as session:
                for call_id in call_ids[start:start + PAGE]:
                    if (entry := await _call(session, ctx, tools, call_id, mine)) is not None:
                        written += 1
                        yield sealer.update(json.dumps(entry, ensure_ascii=False).encode() + b"\n")
                await session.commit()
        yield sealer.finish()

    bucket, key, size, sha256 = await put_export_part(settings, data_region, ctx.tenant_id, request_id,
                                                      export_part.NAME, pieces())
    return {"bucket": bucket, "key": key, "sha256": sha256, "size": size, "salt": salt,
            "format": "jsonl", "calls": written}


async def _call(session: AsyncSession, ctx: Context, tools: ExportTools, call_id: UUID, mine: set[UUID]
                ) -> dict[str, Any] | None:
    """One call as the export gives it: the subject's own number only, their events and the call's."""
    call = await repository.get_call(session, call_id)
    if call is None:
        return None
    participants = await repository.list_participants(session, call_id)
    events = [e for e in await repository.list_events(session, call_id)
              if e.participant_id is None or e.participant_id in mine]
    decision = await repository.get_decision(session, call_id)
    signed = [await receipts.issue_receipt(session, ctx, tools.signer, tools.sealer, call_id, p.id)
              for p in participants if p.id in mine]
    return {
        "call": {"id": str(call.id), "provider": call.provider, "external_id": call.external_id,
                 "direction": call.direction, "started_at": _iso(call.started_at),
                 "ended_at": _iso(call.ended_at), "recording_state": call.recording_state},
        "participants": [_participant(ctx, p, p.id in mine) for p in participants],
        "consent_events": [event_read(ctx, e).model_dump(mode="json") for e in events],
        "decision": decision and _decision(decision.document, mine),
        "receipts": [{"participant_id": str(r.claims["subject"]["participant_id"]),
                      "receipt_id": str(r.receipt_id), "jws": r.jws,
                      "evidence": r.evidence and r.evidence.model_dump()} for r in signed],
    }


def _participant(ctx: Context, p: Participant, is_subject: bool) -> dict[str, Any]:
    number = None
    if is_subject and p.phone_number_encrypted is not None:
        number = ctx.crypto.decrypt(ctx.tenant_id, PHONE_COLUMN, p.phone_number_encrypted)
    return {"id": str(p.id), "role": p.role, "is_subject": is_subject, "external_id": p.external_id if is_subject
            else None, "phone_number": number if is_subject else "[redacted]", "jurisdiction": p.jurisdiction,
            "joined_at": _iso(p.joined_at), "left_at": _iso(p.left_at)}


def _decision(document: dict[str, Any], mine: set[UUID]) -> dict[str, Any]:
    """The call's decision, with the subject's own part only."""
    return {**{k: v for k, v in document.items() if k != "participants"},
            "participants": [p for p in document.get("participants", []) if UUID(p["participant_id"]) in mine]}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None

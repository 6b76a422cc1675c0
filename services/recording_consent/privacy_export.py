"""The consent service's part of an access or portability export: the subject's calls with their
metadata, participant records (the subject's own number; no one else's), consent events of the
subject and of the whole call, a signed receipt (JWS) per participant of the subject, and the
decisions. Sealed (field encryption, the tenant's key) into the object store, for the transcripts
service to put into the archive; never on the bus."""

import hashlib
import json
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.settings import Settings
from services.common.storage import s3_client, tenant_key
from services.common.transparency.sealer import Sealer
from services.recording_consent import receipts, repository
from services.recording_consent.models import Participant
from services.recording_consent.service import Context
from services.recording_consent.timeline import event_read

PART_COLUMN = "privacy_export.consent"  # the associated data the transcripts service opens it with
PHONE_COLUMN = "participant.phone_number"


async def collect(engine: AsyncEngine, ctx: Context, signer: Signer, sealer: Sealer,
                  subject: list[Participant]) -> dict[str, Any]:
    """In a session of its own: a receipt or a stale decision may write (and commit) as it is read."""
    mine = {p.id for p in subject}
    calls = []
    async with tenant_session(engine, ctx.tenant_id) as session:
        for call_id in sorted({p.call_id for p in subject}):
            call = await repository.get_call(session, call_id)
            if call is None:
                continue
            participants = await repository.list_participants(session, call_id)
            events = [e for e in await repository.list_events(session, call_id)
                      if e.participant_id is None or e.participant_id in mine]
            decision = await repository.get_decision(session, call_id)
            signed = [await receipts.issue_receipt(session, ctx, signer, sealer, call_id, p.id)
                      for p in participants if p.id in mine]
            calls.append({
                "call": {"id": str(call.id), "provider": call.provider, "external_id": call.external_id,
                         "direction": call.direction, "started_at": _iso(call.started_at),
                         "ended_at": _iso(call.ended_at), "recording_state": call.recording_state},
                "participants": [_participant(ctx, p, p.id in mine) for p in participants],
                "consent_events": [event_read(ctx, e).model_dump(mode="json") for e in events],
                "decision": decision and _decision(decision.document, mine),
                "receipts": [{"participant_id": str(r.claims["subject"]["participant_id"]),
                              "receipt_id": str(r.receipt_id), "jws": r.jws,
                              "evidence": r.evidence and r.evidence.model_dump()} for r in signed],
            })
        await session.commit()
    return {"calls": calls}


async def store(settings: Settings, ctx: Context, request_id: str, part: dict[str, Any],
                data_region: str | None = None) -> dict[str, str]:
    """Into the bucket of the tenant's data region (as the request's verification found it; an unknown
    region, or none, is the default bucket's, as the transcripts service reads it)."""
    blob = ctx.crypto.encrypt(ctx.tenant_id, PART_COLUMN, json.dumps(part))
    key = tenant_key(ctx.tenant_id, "privacy-requests", request_id, "consent.json")
    location = settings.s3_regions.get(data_region or "", {"bucket": settings.s3_bucket})
    async with s3_client(settings, location) as s3:
        await s3.put_object(Bucket=location["bucket"], Key=key, Body=blob)
    return {"bucket": location["bucket"], "key": key, "sha256": hashlib.sha256(blob).hexdigest()}


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

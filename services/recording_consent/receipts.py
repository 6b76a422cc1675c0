"""Consent receipts: what a participant was told and agreed to, signed so that anyone holding the
published keys can check it without asking callvault. Fields follow ISO/IEC TS 27560 consent
records: receipt id, time, controller, a subject pseudonym (never the number), jurisdiction,
notice, purposes with their state, method, evidence reference, and the ledger entry it rests on."""

from datetime import UTC, datetime
from uuid import UUID, uuid4

from pydantic import BaseModel, Field
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.signing import Signer
from services.recording_consent import repository
from services.recording_consent.errors import CallNotFound, ParticipantNotFound
from services.recording_consent.schemas import CONSENT_EVENTS, EventType
from services.recording_consent.service import Context, get_decision_document

RECEIPT_TYPE = "callvault-consent-receipt+jwt"
SCHEMA = "callvault-consent-receipt/1 (after ISO/IEC TS 27560)"


class ReceiptRead(BaseModel):
    receipt_id: UUID
    jws: str = Field(description="Compact JWS, EdDSA; verify with the key named by `kid` in /.well-known/jwks.json")
    claims: dict


async def issue_receipt(session: AsyncSession, ctx: Context, signer: Signer, call_id: UUID,
                        participant_id: UUID) -> ReceiptRead:
    if await repository.get_call(session, call_id) is None:
        raise CallNotFound(f"no call {call_id}")
    participant = await repository.get_participant(session, call_id, participant_id)
    if participant is None:
        raise ParticipantNotFound(f"no participant {participant_id} on call {call_id}")
    decision = await get_decision_document(session, ctx, call_id)
    mine = next((p for p in decision["participants"] if p["participant_id"] == str(participant_id)), None)
    timeline = [e for e in await repository.list_events(session, call_id)
                if e.participant_id in (None, participant_id)]
    notice = next((e for e in reversed(timeline) if e.type == EventType.notice_given and e.completed), None)
    consent = next((e for e in reversed(timeline) if e.type in CONSENT_EVENTS), None)
    entry = await repository.latest_participant_entry(session, ctx.tenant_id, participant_id)
    now = datetime.now(UTC)
    receipt_id = uuid4()
    claims = {
        "iss": "callvault", "jti": str(receipt_id), "iat": int(now.timestamp()), "schema": SCHEMA,
        "receipt_id": str(receipt_id), "issued_at": now.isoformat(),
        "controller": {"tenant_id": str(ctx.tenant_id)},
        "subject": {"pseudonym": participant.phone_number_index or f"participant:{participant.id}",
                    "participant_id": str(participant.id), "role": participant.role},
        "call_id": str(call_id),
        "jurisdiction": participant.jurisdiction,
        "rule": mine and {k: mine["rule"][k] for k in ("jurisdiction", "requirement", "citation")},
        "rules_version": decision["rules_version"],
        "notice": notice and {"announcement_version": notice.announcement_version,
                              "given_at": notice.occurred_at.isoformat()},
        "purposes": [{"purpose": k, **v} for k, v in mine["purposes"].items()] if mine else [],
        "method": consent.method if consent else None,
        "evidence_reference": consent and {"event_id": str(consent.id), "ledger_entry": consent.ledger_seq},
        "ledger_entry": entry and {"seq": entry.seq, "hash": entry.entry_hash},
    }
    return ReceiptRead(receipt_id=receipt_id, jws=signer.sign(claims, typ=RECEIPT_TYPE), claims=claims)

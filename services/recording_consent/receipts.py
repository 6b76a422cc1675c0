"""Consent receipts: what a participant was told and agreed to, signed so that anyone holding the
published keys can check it without asking callvault. Fields follow ISO/IEC TS 27560 consent
records: receipt id, time, controller, a subject pseudonym (never the number), jurisdiction,
notice, purposes with their state, method, evidence reference, and the ledger entry it rests on.

The receipt also carries that entry, its leaf index, its inclusion proof and the signed tree head the
proof leads to, so that a third party checks all of it offline with the published keys (`callvault
receipt verify`, or any JOSE library and a few lines of RFC 9162): the entry is sealed first when it
was not yet."""

from datetime import UTC, datetime
from uuid import UUID, uuid4

from pydantic import BaseModel, Field
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.signing import Signer
from services.common.transparency import CONSENT_LEDGER, entries, proofs
from services.common.transparency.sealer import Sealer
from services.recording_consent import repository
from services.recording_consent.errors import CallNotFound, ParticipantNotFound
from services.recording_consent.schemas import CONSENT_EVENTS, EventType
from services.recording_consent.service import Context, get_decision_document

RECEIPT_TYPE = "callvault-consent-receipt+jwt"
SCHEMA = "callvault-consent-receipt/1 (after ISO/IEC TS 27560)"


SEAL_WAIT_SECONDS = 3.0


class ReceiptEvidence(BaseModel):
    entry: dict = Field(description="The ledger entry; its canonical JSON is the leaf")
    leaf_index: int
    tree_size: int
    audit_path: list[str] = Field(description="RFC 9162 inclusion proof, hex, from the leaf up")
    tree_head: str = Field(description="The signed tree head (compact JWS) the proof leads to")


class ReceiptRead(BaseModel):
    receipt_id: UUID
    jws: str = Field(description="Compact JWS, `alg` Ed25519 (older: EdDSA); "
                                 "verify with the key named by `kid` in /.well-known/jwks.json")
    claims: dict
    evidence: ReceiptEvidence | None = Field(description="The entry's inclusion in the signed log; null only when "
                                                         "the entry could not be sealed in time (ask again)")


async def issue_receipt(session: AsyncSession, ctx: Context, signer: Signer, sealer: Sealer, call_id: UUID,
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
    leaf_index = entry and (entry.leaf_index if entry.leaf_index is not None else
                            await sealer.seal_now(ctx.tenant_id, entry.position, SEAL_WAIT_SECONDS))
    evidence = await _evidence(session, ctx.tenant_id, entry.content, leaf_index) if leaf_index is not None else None
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
        "evidence_reference": consent and {"event_id": str(consent.id), "ledger_entry": consent.ledger_position},
        "ledger_entry": entry and {"position": entry.position, "leaf_index": leaf_index,
                                   "leaf_hash": entries.leaf_hash(entry.content).hex()},
    }
    return ReceiptRead(receipt_id=receipt_id, jws=signer.sign(claims, typ=RECEIPT_TYPE), claims=claims,
                       evidence=evidence)


async def _evidence(session: AsyncSession, tenant_id: UUID, content: dict, leaf_index: int) -> ReceiptEvidence:
    head = await proofs.tree_head(session, CONSENT_LEDGER, tenant_id)
    proof = await proofs.inclusion(session, tenant_id, leaf_index, head.tree_size)
    return ReceiptEvidence(entry=content, leaf_index=leaf_index, tree_size=head.tree_size,
                           audit_path=proof.audit_path, tree_head=head.jws)

"""The consent service's erasures in the erasure ledger: when a privacy request erases a subject, a signed
record of which participants lost their phone numbers, and of the calls the subject was found on, goes
to object storage (beside the transcripts' deletion certificates, `erasure-ledger/{tenant}/...`)
before the erasure commits. A database restore brings the numbers back; `callvault purge
--reapply-erasures` reads the record and erases them again (`reapply`), and the gateway asks its
providers again to delete the recordings of those calls (`services/gateway/telephony/recording_retention.py`).
The record holds ids only."""

import json
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.settings import Settings
from services.recording_consent import repository
from services.recording_consent.clients.objects import put_erasure_record

TYPE = "callvault-participant-erasure+jwt"  # the JWS `typ`: the ledger's reader dispatches on it


async def append(settings: Settings, signer: Signer, tenant_id: UUID, request_id: str,
                 participants: list[UUID], calls: list[str]) -> str:
    """The signed record, written; its object key."""
    now = datetime.now(UTC)
    claims = {"record_id": str(uuid4()), "kind": "participant_numbers_erased", "tenant_id": str(tenant_id),
              "request_id": request_id, "participants": sorted(str(p) for p in participants),
              "calls": sorted(calls), "issued_at": now.isoformat()}
    record = (json.dumps(signer.sign(claims, typ=TYPE)) + "\n").encode()
    return await put_erasure_record(settings, tenant_id, now, record)


async def reapply(engine: AsyncEngine, claims: dict[str, Any]) -> int:
    """A verified record applied again: how many participants had a number back (a restore)."""
    async with tenant_session(engine, UUID(claims["tenant_id"])) as session:
        erased = await repository.erase_phone_numbers(session, [UUID(p) for p in claims["participants"]])
        await session.commit()
    return erased

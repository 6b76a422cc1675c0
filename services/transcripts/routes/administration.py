"""Routes for administrators and auditors: tenant settings, the audit trail, the tenant's keys."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query
from pydantic import AwareDatetime

from services.common.deps import EngineDep, SessionDep
from services.common.errors import DependencyUnavailable, problem_responses
from services.common.transparency import TRANSCRIPTS_AUDIT
from services.common.transparency.routes import log_router
from services.transcripts import audit, key_rotation, service
from services.transcripts.deps import ActorDep, KmsDep
from services.transcripts.errors import InvalidTimeRange
from services.transcripts.schemas import (
    AuditList,
    KeysRead,
    TranscriptSettingsRead,
    TranscriptSettingsUpdate,
)

router = APIRouter(prefix="/v1", tags=["transcripts administration"])
log_routes = log_router(TRANSCRIPTS_AUDIT, "/v1/audit", "transcripts administration", "audit")


@router.get("/transcript-settings", response_model=TranscriptSettingsRead)
async def get_transcript_settings(session: SessionDep, actor: ActorDep) -> TranscriptSettingsRead:
    """The tenant's transcript settings."""
    return await service.tenant_settings(session, actor.tenant_id)


@router.put("/transcript-settings", response_model=TranscriptSettingsRead)
async def put_transcript_settings(change: TranscriptSettingsUpdate, session: SessionDep,
                                  actor: ActorDep) -> TranscriptSettingsRead:
    """Change the tenant's transcript settings (fields left out keep their value); audited."""
    return await service.update_settings(session, actor, change)


@router.get("/audit", response_model=AuditList, responses=problem_responses(InvalidTimeRange))
async def list_audit_entries(
        session: SessionDep, action: Annotated[str | None, Query(max_length=50)] = None,
        transcript_id: UUID | None = None,
        actor: Annotated[str | None, Query(max_length=200, description="The acting key's or user's subject")] = None,
        since: Annotated[AwareDatetime | None, Query(description="Entries written at or after this instant")] = None,
        until: Annotated[AwareDatetime | None, Query(description="Entries written before this instant")] = None,
        cursor: Annotated[str | None, Query(max_length=20, pattern=r"^[0-9]+$")] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 100) -> AuditList:
    """The audit trail, newest first: who read, listed or changed what, when, and why; filtered by
    action, transcript, actor and time."""
    return await audit.page(session, audit.Filter(action, transcript_id, actor, since, until),
                            before_position=int(cursor) if cursor else None, limit=limit)


@router.get("/transcript-keys", response_model=KeysRead, responses=problem_responses(DependencyUnavailable))
async def get_transcript_keys(actor: ActorDep, engine: EngineDep, kms: KmsDep) -> KeysRead:
    """The tenant's key-encryption keys: versions, how many transcripts each wraps, rotations and their
    progress (`callvault keys rotate --tenant` runs one)."""
    return await key_rotation.keys_status(engine, kms, actor.tenant_id)

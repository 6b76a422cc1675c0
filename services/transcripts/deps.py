"""Dependency aliases of the transcripts service."""

import hashlib
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from services.common.auth import bearer_token
from services.common.bodies import parse_body
from services.common.crypto.kms import Kms
from services.common.deps import SettingsDep, from_state
from services.common.permissions import PrincipalDep
from services.transcripts.audit import Actor
from services.transcripts.errors import TranscriptTooLarge
from services.transcripts.privacy.fulfillment import PrivacyWork
from services.transcripts.schemas import TranscriptCreate
from services.transcripts.vault import Context


async def _actor(request: Request, principal: PrincipalDep) -> Actor:
    return Actor(principal, getattr(request.state, "request_id", None))


async def _context(request: Request, actor: Annotated[Actor, Depends(_actor)]) -> Context:
    state = request.app.state
    return Context(actor, bearer_token(request) or "", state.kms, state.objects, state.crypto, state.consent,
                   state.settings, state.driver_pool, state.purger)


@dataclass(frozen=True)
class Upload:
    body: TranscriptCreate
    digest: str | None  # SHA-256 of the bytes as sent, when an Idempotency-Key needs it for a replay


async def _upload(request: Request, settings: SettingsDep) -> Upload:
    """A transcript over the size limit is a 413 before anything reads it."""
    body, raw = await parse_body(request, TranscriptCreate, settings.max_transcript_bytes, TranscriptTooLarge)
    keyed = "idempotency-key" in request.headers
    return Upload(body, hashlib.sha256(raw).hexdigest() if keyed else None)


ActorDep = Annotated[Actor, Depends(_actor)]
ContextDep = Annotated[Context, Depends(_context)]
UploadDep = Annotated[Upload, Depends(_upload)]
KmsDep = Annotated[Kms, Depends(from_state("kms"))]
PrivacyWorkDep = Annotated[PrivacyWork, Depends(from_state("privacy_work"))]

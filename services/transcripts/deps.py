"""Dependency aliases of the transcripts service."""

from typing import Annotated

from fastapi import Depends, Request

from services.common.auth import PrincipalDep, bearer_token
from services.transcripts.audit import Actor
from services.transcripts.errors import TranscriptTooLarge
from services.transcripts.service import Context


async def _actor(request: Request, principal: PrincipalDep) -> Actor:
    return Actor(principal, getattr(request.state, "request_id", None))


async def _context(request: Request, actor: Annotated[Actor, Depends(_actor)]) -> Context:
    state = request.app.state
    return Context(actor, bearer_token(request) or "", state.kms, state.objects, state.crypto, state.consent,
                   state.settings)


async def within_size(request: Request) -> None:
    """Before the body is validated: a transcript over the size limit is a 413, whatever it holds."""
    limit = request.app.state.settings.max_transcript_bytes
    declared = request.headers.get("content-length")
    size = int(declared) if declared and declared.isdigit() else len(await request.body())
    if size > limit:
        raise TranscriptTooLarge(f"the transcript is {size} bytes; at most {limit} bytes in one request")


ActorDep = Annotated[Actor, Depends(_actor)]
ContextDep = Annotated[Context, Depends(_context)]

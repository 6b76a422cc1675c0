"""Dependency aliases of the recording-consent service."""

from typing import Annotated

from fastapi import Depends, Request

from services.common.auth import PrincipalDep
from services.common.crypto.signing import Signer
from services.recording_consent.service import Context


async def _context(request: Request, principal: PrincipalDep) -> Context:
    state = request.app.state
    return Context(principal.tenant_id, state.crypto, state.rules)


async def _signer(request: Request) -> Signer:
    return request.app.state.signer


ContextDep = Annotated[Context, Depends(_context)]
SignerDep = Annotated[Signer, Depends(_signer)]

"""Dependency aliases of the recording-consent service."""

from typing import Annotated
from uuid import UUID

from fastapi import Depends, Request

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.deps import from_state
from services.common.permissions import PrincipalDep
from services.common.transparency.sealer import Sealer
from services.recording_consent import service
from services.recording_consent.policy.rules import RuleSet
from services.recording_consent.service import Context
from services.recording_consent.stream import DecisionListener


async def _context(request: Request, principal: PrincipalDep) -> Context:
    state = request.app.state
    return Context(principal.tenant_id, state.crypto, state.rules)


async def _softphone_scope(call_id: UUID, request: Request) -> None:
    """A softphone token reaches only the calls its agent is on (the permission table lets it reach
    these routes only). The principal and the engine taken as they are, not as dependencies of
    their own: this runs on every event posted and decision read, and the guard has run first."""
    principal = request.state.principal
    if principal.agent_id is not None:
        async with tenant_session(request.app.state.engine, principal.tenant_id) as session:
            await service.ensure_softphone_may_act(session, principal, call_id)


ContextDep = Annotated[Context, Depends(_context)]
SOFTPHONE_SCOPE = Depends(_softphone_scope)
SignerDep = Annotated[Signer, Depends(from_state("signer"))]
RulesDep = Annotated[RuleSet, Depends(from_state("rules"))]
SealerDep = Annotated[Sealer, Depends(from_state("sealer"))]
DecisionListenerDep = Annotated[DecisionListener, Depends(from_state("decision_listener"))]

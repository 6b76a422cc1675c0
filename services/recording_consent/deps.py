"""Dependency aliases of the recording-consent service."""

from typing import Annotated

from fastapi import Depends, Request

from services.common.auth import PrincipalDep
from services.common.crypto.signing import Signer
from services.common.deps import from_state
from services.common.transparency.sealer import Sealer
from services.recording_consent.policy.rules import RuleSet
from services.recording_consent.service import Context
from services.recording_consent.stream import DecisionListener


async def _context(request: Request, principal: PrincipalDep) -> Context:
    state = request.app.state
    return Context(principal.tenant_id, state.crypto, state.rules)


ContextDep = Annotated[Context, Depends(_context)]
SignerDep = Annotated[Signer, Depends(from_state("signer"))]
RulesDep = Annotated[RuleSet, Depends(from_state("rules"))]
SealerDep = Annotated[Sealer, Depends(from_state("sealer"))]
DecisionListenerDep = Annotated[DecisionListener, Depends(from_state("decision_listener"))]

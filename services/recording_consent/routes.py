"""HTTP routes of the recording-consent service: parse, authorize, one service call."""

from uuid import UUID

from fastapi import APIRouter, status

from services.common.auth import PrincipalDep, Role, require_roles
from services.common.deps import SessionDep
from services.common.errors import problem_responses
from services.recording_consent import service
from services.recording_consent.deps import CryptoDep
from services.recording_consent.errors import CallAlreadyExists, CallNotFound
from services.recording_consent.schemas import CallCreate, CallRead, DecisionRead

router = APIRouter(prefix="/v1", tags=["calls"])

WRITERS = require_roles(Role.tenant_admin, Role.telephony)
READERS = require_roles(Role.tenant_admin, Role.telephony, Role.supervisor, Role.agent,
                        Role.compliance_officer, Role.auditor)


@router.post("/calls", status_code=status.HTTP_201_CREATED, response_model=CallRead, dependencies=[WRITERS],
             responses=problem_responses(CallAlreadyExists))
async def create_call(body: CallCreate, session: SessionDep, principal: PrincipalDep,
                      crypto: CryptoDep) -> CallRead:
    """Create a call with its participants; its first decision is computed at once."""
    return await service.create_call(session, crypto, principal.tenant_id, body)


@router.get("/calls/{call_id}", response_model=CallRead, dependencies=[READERS],
            responses=problem_responses(CallNotFound))
async def get_call(call_id: UUID, session: SessionDep) -> CallRead:
    """Read a call and its participants."""
    return await service.get_call(session, call_id)


@router.get("/calls/{call_id}/decision", response_model=DecisionRead, dependencies=[READERS],
            responses=problem_responses(CallNotFound))
async def get_decision(call_id: UUID, session: SessionDep) -> DecisionRead:
    """The current decision: may this call be recorded or transcribed right now, and if not, why."""
    return await service.get_decision(session, call_id)

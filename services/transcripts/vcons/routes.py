"""vCons: a call exported as one, a vCon imported as a call."""

from uuid import UUID

from fastapi import APIRouter, status
from fastapi.responses import JSONResponse

from services.common.deps import SessionDep
from services.common.errors import DependencyUnavailable, problem_responses
from services.transcripts.deps import ContextDep
from services.transcripts.errors import (
    CallNotFound,
    FullViewForbidden,
    ReasonRequired,
    TranscriptRestricted,
    VconAlreadyImported,
    VconRefused,
)
from services.transcripts.schemas import Reason, View
from services.transcripts.vcons import service
from services.transcripts.vcons.schemas import VconImport, VconImported

router = APIRouter(prefix="/v1", tags=["vcons"])


@router.get("/calls/{call_id}/vcon", responses={
    200: {"content": {"application/json": {"schema": {"type": "object"}}},
          "description": "A vCon 0.4.0: parties, a text dialog per segment, the transcript as WTF analysis, "
                         "a lawful_basis attachment per party"},
    **problem_responses(CallNotFound, FullViewForbidden, ReasonRequired, TranscriptRestricted,
                        DependencyUnavailable)})
async def export_vcon(call_id: UUID, session: SessionDep, ctx: ContextDep, view: View = View.redacted,
                      reason: Reason | None = None) -> JSONResponse:
    """The call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core) for vCon tools: its transcripts in the World
    Transcription Format, and per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) with
    each purpose's grant, the rule and its citation, and where the consent was given. Redacted by
    default (it then names the full vCon it redacts); `view=full` as for a transcript. Every transcript
    read is audited."""
    return JSONResponse(await service.export_call(session, ctx, call_id, view, reason))


@router.post("/vcons", status_code=status.HTTP_201_CREATED, response_model=VconImported,
             responses=problem_responses(VconAlreadyImported, VconRefused, DependencyUnavailable))
async def import_vcon(document: VconImport, session: SessionDep, ctx: ContextDep) -> VconImported:
    """Import a vCon (vcon-server, telephony adapters, SIPREC recorders): the call and its parties, the
    consent its `lawful_basis` attachments record (as consent events, proof kept as evidence), and its
    transcript (WTF analysis, else text dialogs) through the same consent gate as `POST /v1/transcripts`.
    The answer says what was taken and what was refused."""
    return await service.import_vcon(session, ctx, document)

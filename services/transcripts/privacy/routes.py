"""Routes of privacy requests (data-subject requests)."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, Response, status
from fastapi.responses import StreamingResponse

from services.common.deps import SessionDep
from services.common.errors import DependencyUnavailable, Problem, problem_responses
from services.common.schemas import Timestamp
from services.transcripts.deps import ContextDep, PrivacyWorkDep
from services.transcripts.errors import InvalidCursor, TranscriptIntegrity
from services.transcripts.privacy import export, export_download, requests
from services.transcripts.privacy.requests import (
    AgentAuthorityNotVerified,
    AlreadyExtended,
    NoExtension,
    PrivacyRequestNotFound,
    ReceivedInFuture,
    WrongState,
)
from services.transcripts.privacy.schemas import (
    Acknowledgement,
    PrivacyRequestCreate,
    PrivacyRequestList,
    PrivacyRequestRead,
    ReasonBody,
    Status,
    Verification,
)

router = APIRouter(prefix="/v1/privacy-requests", tags=["privacy requests"])
_STATES = problem_responses(PrivacyRequestNotFound, WrongState)


@router.post("", status_code=status.HTTP_201_CREATED, response_model=PrivacyRequestRead,
             responses=problem_responses(ReceivedInFuture))
async def create_privacy_request(body: PrivacyRequestCreate, session: SessionDep,
                                 ctx: ContextDep) -> PrivacyRequestRead:
    """Record a data subject's request, due by its regulation (GDPR and UK GDPR: one month from receipt;
    CCPA and US state laws: 45 days; LGPD: 15; PIPEDA, Quebec and other: 30), made by the person or by
    an authorized agent. Nothing is done before `POST .../verify`. Audited."""
    return await requests.create(session, ctx, body)


@router.get("", response_model=PrivacyRequestList, responses=problem_responses(InvalidCursor))
async def list_privacy_requests(
    session: SessionDep, ctx: ContextDep,
    due_before: Annotated[Timestamp | None, Query(description="The open requests due before then: at risk")] = None,
    status_: Annotated[list[Status] | None, Query(alias="status", max_length=6)] = None,
    cursor: Annotated[str | None, Query(max_length=300, pattern=r"^[A-Za-z0-9_=-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> PrivacyRequestList:
    """Requests, soonest due first, each with `days_left`."""
    return await requests.page(session, ctx, due_before, status_, cursor, limit)


@router.get("/{request_id}", response_model=PrivacyRequestRead, responses=problem_responses(PrivacyRequestNotFound))
async def get_privacy_request(request_id: UUID, session: SessionDep, ctx: ContextDep) -> PrivacyRequestRead:
    """The request and its report: what was found per service, what was done, what was kept and why,
    and when each step finished."""
    return await requests.get(session, ctx, request_id)


@router.post("/{request_id}/verify", response_model=PrivacyRequestRead,
             responses=problem_responses(PrivacyRequestNotFound, WrongState, AgentAuthorityNotVerified))
async def verify_privacy_request(request_id: UUID, body: Verification, session: SessionDep, ctx: ContextDep,
                                 work: PrivacyWorkDep) -> PrivacyRequestRead:
    """Record how the subject's identity (and an authorized agent's authority) was verified, and by whom;
    the request's work starts. Audited."""
    verified = await requests.verify(session, ctx, request_id, body)
    work.wake()
    return verified


@router.get("/{request_id}/export", response_class=Response, responses={
    200: {"content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
          "description": "The archive (zip) of an access or portability request"},
    **problem_responses(export.ExportNotReady, export.ExportKeyGone, TranscriptIntegrity, DependencyUnavailable),
    410: {"model": Problem, "description": "The export was deleted (`export-gone`), or its key is gone "
                                           "(`export-key-gone`)"}})
async def download_privacy_export(request_id: UUID, session: SessionDep, ctx: ContextDep,
                                  work: PrivacyWorkDep) -> Response:
    """The export of an access or portability request: a zip of JSON files (their schema is its
    `schema.json`), for a few days and a few downloads (`CALLVAULT_PRIVACY_EXPORT_DAYS`,
    `CALLVAULT_PRIVACY_EXPORT_DOWNLOADS`); then it is deleted, with a signed certificate in the report.
    Each download is audited."""
    archive = await export_download.download(session, ctx, work, request_id)
    return StreamingResponse(archive.chunks, media_type="application/zip", headers={
        "Content-Length": str(archive.size),
        "Content-Disposition": f'attachment; filename="privacy-request-{request_id}.zip"'})


@router.post("/{request_id}/acknowledge", response_model=PrivacyRequestRead, responses=_STATES)
async def acknowledge_privacy_request(request_id: UUID, body: Acknowledgement, session: SessionDep,
                                      ctx: ContextDep) -> PrivacyRequestRead:
    """Record that receipt was confirmed to the person, and how (CCPA: within 10 business days,
    `acknowledge_by`). Audited."""
    return await requests.acknowledge(session, ctx, request_id, body)


@router.post("/{request_id}/reject", response_model=PrivacyRequestRead, responses=_STATES)
async def reject_privacy_request(request_id: UUID, body: ReasonBody, session: SessionDep,
                                 ctx: ContextDep) -> PrivacyRequestRead:
    """Refuse a request not yet verified, with the reason the report gives. Audited."""
    return await requests.reject(session, ctx, request_id, body.reason)


@router.post("/{request_id}/extend", response_model=PrivacyRequestRead,
             responses=problem_responses(PrivacyRequestNotFound, WrongState, AlreadyExtended, NoExtension))
async def extend_privacy_request(request_id: UUID, body: ReasonBody, session: SessionDep,
                                 ctx: ContextDep) -> PrivacyRequestRead:
    """The regulation's one extension of the deadline (GDPR and UK GDPR: two months; CCPA and US state
    laws: 45 days; PIPEDA and other: 30 days; none under LGPD or Quebec's law), with the reason, and only
    before the request is due. Audited."""
    return await requests.extend(session, ctx, request_id, body.reason)


@router.post("/{request_id}/lift", response_model=PrivacyRequestRead, responses=_STATES)
async def lift_privacy_restriction(request_id: UUID, body: ReasonBody, session: SessionDep,
                                   ctx: ContextDep) -> PrivacyRequestRead:
    """End a restriction: its transcripts are readable again and analytics and AI-training use is decided
    as before. Audited."""
    return await requests.lift(session, ctx, request_id, body.reason)

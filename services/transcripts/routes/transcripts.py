"""HTTP routes of the transcripts service: parse, authorize, one service call, map the result."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Header, Query, Response, status

from services.common.bodies import body_openapi
from services.common.deps import EngineDep, SessionDep
from services.common.errors import DependencyUnavailable, problem_responses
from services.common.schemas import ExternalId, Timestamp
from services.transcripts import ingest, service, tenant_redaction, views
from services.transcripts.deps import ContextDep, UploadDep
from services.transcripts.errors import (
    CallErased,
    CallNotFound,
    FullViewForbidden,
    IdempotencyKeyReserved,
    IdempotencyKeyReused,
    InvalidCursor,
    OneSubjectAtATime,
    ReasonRequired,
    RedactionOverBudget,
    SegmentsWithoutConsent,
    TooManySegments,
    TranscriptIntegrity,
    TranscriptNotFound,
    TranscriptPurged,
    TranscriptRestricted,
    TranscriptTooLarge,
    TranscriptVersionNotFound,
)
from services.transcripts.schemas import (
    Reason,
    RedactRequest,
    RedactResult,
    Tag,
    TranscriptCreate,
    TranscriptList,
    TranscriptRead,
    TranscriptStored,
    View,
)

router = APIRouter(prefix="/v1", tags=["transcripts"])
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", min_length=1, max_length=200,
                                              pattern=r"^[\x21-\x7e]+$")]
Cursor = Annotated[str | None, Query(max_length=300, pattern=r"^[A-Za-z0-9_=-]+$")]
Limit = Annotated[int, Query(ge=1, le=200)]


@router.post("/transcripts", status_code=status.HTTP_201_CREATED, response_model=TranscriptStored,
             openapi_extra=body_openapi(TranscriptCreate),
             responses=problem_responses(CallNotFound, SegmentsWithoutConsent, TooManySegments, TranscriptTooLarge,
                                         IdempotencyKeyReused, IdempotencyKeyReserved, CallErased,
                                         DependencyUnavailable))
async def create_transcript(upload: UploadDep, session: SessionDep, ctx: ContextDep, response: Response,
                            idempotency_key: IdempotencyKey = None) -> TranscriptStored:
    """Store a transcript, encrypted, once the consent service confirms transcription consent for every
    segment (or, by tenant setting, without the segments that lack it). A repeated `Idempotency-Key`
    returns the first answer, marked `Idempotent-Replayed: true`. A call a privacy request erased takes no
    transcript (410 `call-erased`)."""
    stored, new = await ingest.store_transcript(session, ctx, upload.body, upload.digest, idempotency_key)
    if not new:
        response.headers["Idempotent-Replayed"] = "true"
    return stored


@router.get("/transcripts", response_model=TranscriptList, responses=problem_responses(InvalidCursor,
                                                                                       OneSubjectAtATime))
async def list_transcripts(
    session: SessionDep, ctx: ContextDep, call_id: UUID | None = None, tag: Tag | None = None,
    created_after: Timestamp | None = None, created_before: Timestamp | None = None,
    phone_number: Annotated[str | None, Query(min_length=3, max_length=40, pattern=r"^[0-9+().\s-]+$",
                                              description="Any common format; matched by blind index")] = None,
    email: Annotated[str | None, Query(min_length=3, max_length=254)] = None,
    external_id: ExternalId | None = None, cursor: Cursor = None, limit: Limit = 50,
) -> TranscriptList:
    """List transcripts, newest first, a page at a time; find them by call, tag, time, or subject (phone
    number, email or external id, through the blind index). Agents see only calls they were on."""
    return await views.list_transcripts(session, ctx, call_id=call_id, tag=tag, created_after=created_after,
                                        created_before=created_before, phone_number=phone_number, email=email,
                                        external_id=external_id, cursor=cursor, limit=limit)


@router.get("/calls/{call_id}/transcripts", response_model=TranscriptList,
            responses=problem_responses(CallNotFound, InvalidCursor, DependencyUnavailable))
async def list_call_transcripts(call_id: UUID, session: SessionDep, ctx: ContextDep, cursor: Cursor = None,
                                limit: Limit = 50) -> TranscriptList:
    """The call's transcripts, newest first."""
    return await views.list_call_transcripts(session, ctx, call_id, cursor, limit)


@router.get("/transcripts/{transcript_id}", response_model=TranscriptRead,
            responses=problem_responses(TranscriptNotFound, TranscriptVersionNotFound, FullViewForbidden,
                                        TranscriptRestricted, ReasonRequired, TranscriptPurged, TranscriptIntegrity,
                                        RedactionOverBudget, DependencyUnavailable))
async def get_transcript(transcript_id: UUID, engine: EngineDep, ctx: ContextDep, view: View = View.redacted,
                         reason: Reason | None = None,
                         version: Annotated[int | None, Query(ge=1, le=1_000_000)] = None) -> TranscriptRead:
    """A transcript: redacted by default; `view=full` needs a reason and the compliance_officer role (or
    supervisor, where the tenant allows it). A transcript a privacy request restricts is read by a
    compliance officer only, with a reason. `version` reads an older version a legal hold keeps (one a
    rectification replaced while the hold lasted): compliance officer only, with a reason. Every read is
    audited."""
    return await views.read_transcript_on(engine, ctx, transcript_id, view, reason, version)


@router.delete("/transcripts/{transcript_id}", status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(TranscriptNotFound, DependencyUnavailable))
async def delete_transcript(transcript_id: UUID, session: SessionDep, ctx: ContextDep, reason: Reason) -> Response:
    """Delete a transcript: its data key is destroyed (crypto-shredding), then its objects."""
    await service.delete_transcript(session, ctx, transcript_id, reason)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post("/redact", response_model=RedactResult, tags=["redaction"],
             responses=problem_responses(RedactionOverBudget, DependencyUnavailable))
async def redact_text(body: RedactRequest, session: SessionDep, ctx: ContextDep) -> RedactResult:
    """Redact the tenant's own text with its settings (`redaction_operators` in the transcript settings):
    `{"text"}` or `{"segments"}` (a conversation, read as one), and what was found, as offsets into the
    input; never the values. Nothing is stored. `not_checked` lists the types this deployment cannot look
    for (names and places without a spaCy model)."""
    return await tenant_redaction.redact_request(session, ctx, body)

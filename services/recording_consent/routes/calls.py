"""HTTP routes of the recording-consent service: parse, authorize, one service call, map the result."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response, status
from sse_starlette import EventSourceResponse

from services.common.db import tenant_session
from services.common.deps import DriverPoolDep, EngineDep, SessionDep, SettingsDep
from services.common.errors import problem_responses
from services.common.schemas import ExternalId
from services.recording_consent import periods, receipts, recording_stops, service, stream, timeline
from services.recording_consent.deps import SOFTPHONE_SCOPE, ContextDep, DecisionListenerDep, SealerDep, SignerDep
from services.recording_consent.errors import (
    CallAlreadyExists,
    CallEndOutOfOrder,
    CallNotFound,
    ConsentAfterCallEnded,
    DuplicateSourceEventId,
    EventInFuture,
    InvalidCursor,
    ParticipantAlreadyExists,
    ParticipantNotFound,
    ReservedSourceEventId,
    SourceEventIdReused,
    UnknownAnnouncement,
    UnknownParticipant,
)
from services.recording_consent.schemas import (
    CallCreate,
    CallList,
    CallRead,
    CallsEventsBatch,
    CallsEventsOutcome,
    ConsentPeriods,
    DecisionRead,
    EventBatch,
    EventRead,
    EventsBody,
    EventsRecorded,
    ParticipantCreate,
    ParticipantRead,
    PhoneNumber,
    Purpose,
    RecordingState,
    RecordingStopCreate,
    RecordingStopRead,
    Timestamp,
)

router = APIRouter(prefix="/v1", tags=["calls"])


@router.post("/calls", status_code=status.HTTP_201_CREATED, response_model=CallRead,
             responses=problem_responses(CallAlreadyExists))
async def create_call(body: CallCreate, session: SessionDep, ctx: ContextDep) -> CallRead:
    """Create a call with its participants; its first decision is computed at once."""
    return await service.create_call(session, ctx, body)


@router.get("/calls", response_model=CallList, responses=problem_responses(InvalidCursor))
async def list_calls(
    session: SessionDep,
    ctx: ContextDep,
    provider: str | None = Query(None, max_length=50, pattern=r"^[a-z0-9_-]+$"),
    external_id: ExternalId | None = None,
    phone_number: Annotated[PhoneNumber | None, Query(description="A participant's number: matched through its "
                                                                  "blind index, never stored or shown")] = None,
    recording_state: RecordingState | None = None,
    started_after: Timestamp | None = None,
    started_before: Timestamp | None = None,
    may_record: bool | None = Query(None, description="Calls whose current decision allows (or refuses) recording"),
    cursor: str | None = Query(None, max_length=200, pattern=r"^[A-Za-z0-9_=-]+$"),
    limit: int = Query(50, ge=1, le=200),
) -> CallList:
    """List calls, newest first, a page at a time (`next_cursor` fetches the next page)."""
    return await service.list_calls(session, ctx, provider=provider, external_id=external_id,
                                    phone_number=phone_number,
                                    recording_state=recording_state, started_after=started_after,
                                    started_before=started_before, may_record=may_record, cursor=cursor,
                                    limit=limit)


@router.get("/calls/{call_id}", response_model=CallRead,
            responses=problem_responses(CallNotFound))
async def get_call(call_id: UUID, session: SessionDep) -> CallRead:
    """Read a call and its participants."""
    return await service.get_call(session, call_id)


@router.post("/calls/{call_id}/participants", status_code=status.HTTP_201_CREATED, response_model=ParticipantRead,
             responses=problem_responses(CallNotFound, ParticipantAlreadyExists))
async def add_participant(call_id: UUID, body: ParticipantCreate, session: SessionDep,
                          ctx: ContextDep) -> ParticipantRead:
    """Add someone who joined mid-call; until they are notified or consent, the decision waits for them."""
    return await service.add_participant(session, ctx, call_id, body)


@router.post("/calls/{call_id}/events", response_model=EventsRecorded, dependencies=[SOFTPHONE_SCOPE],
             responses=problem_responses(CallNotFound, UnknownParticipant, UnknownAnnouncement, ConsentAfterCallEnded,
                                         EventInFuture, CallEndOutOfOrder, DuplicateSourceEventId,
                                         ReservedSourceEventId,
                                         SourceEventIdReused))
async def record_consent_events(call_id: UUID, body: Annotated[EventsBody, Body()], request: Request,
                                ctx: ContextDep, pool: DriverPoolDep) -> Response:
    """Record one event, or a batch (`{"events": [...]}`) applied in order and atomically. An event
    whose `source_event_id` was seen before is answered as the first time and not stored again."""
    batch = body.events if isinstance(body, EventBatch) else [body]
    timeline.ensure_softphone_may_post(request.state.principal, batch)
    timeline.ensure_source_ids_allowed(request.state.principal, batch)
    recorded = await timeline.record_events(pool, ctx, call_id, batch)
    # Serialized once, here: the answer is built from validated parts (telephony posts these at volume).
    return Response(recorded.json(), media_type="application/json")


@router.post("/event-batches", response_model=CallsEventsOutcome, responses=problem_responses(ReservedSourceEventId))
async def record_event_batch(body: CallsEventsBatch, request: Request, ctx: ContextDep,
                             pool: DriverPoolDep) -> Response:
    """Events of many calls at once (up to 100 calls, 500 events): each call's applied in order and
    atomically, as `POST /v1/calls/{call_id}/events` would; one call refused does not stop the others,
    and the answer says, per call, what happened."""
    timeline.ensure_source_ids_allowed(request.state.principal, [e for item in body.calls for e in item.events])
    outcome = await timeline.record_calls_events(pool, ctx, body)
    return Response(outcome.model_dump_json(), media_type="application/json")


@router.get("/calls/{call_id}/consent-periods", response_model=ConsentPeriods,
            responses=problem_responses(CallNotFound))
async def get_consent_periods(call_id: UUID, ctx: ContextDep, pool: DriverPoolDep,
                              purpose: Purpose = Purpose.transcription) -> Response:
    """The call's history as consecutive periods over which the purpose's decision holds (what the
    transcripts service checks each segment against, in one request)."""
    answer = await periods.consent_periods(pool, ctx, call_id, purpose.value)
    # Serialized once, here (the transcripts service asks this once per ingest).
    return Response(answer.model_dump_json(), media_type="application/json")


@router.get("/calls/{call_id}/events", response_model=list[EventRead],
            responses=problem_responses(CallNotFound))
async def list_consent_events(call_id: UUID, session: SessionDep, ctx: ContextDep) -> list[EventRead]:
    """The call's timeline, oldest first."""
    return await timeline.list_events(session, ctx, call_id)


@router.get("/calls/by-provider/{provider}/{external_id}/decision", response_model=DecisionRead,
            responses=problem_responses(CallNotFound))
async def get_decision_by_provider(provider: Annotated[str, Path(max_length=50, pattern=r"^[a-z0-9_-]+$")],
                                   external_id: Annotated[ExternalId, Path()], request: Request,
                                   session: SessionDep, ctx: ContextDep, engine: EngineDep,
                                   pool: DriverPoolDep) -> Response:
    """The current decision of a call named by its provider and the provider's call id (a softphone
    knows the Twilio call sid, not callvault's id; a softphone token finds only its agent's calls)."""
    call_id = await service.call_id_by_provider(session, request.state.principal, provider, external_id)
    document = await service.read_decision(engine, pool, ctx, call_id)
    return Response(document, media_type="application/json")


@router.get("/calls/{call_id}/decision", response_model=DecisionRead, dependencies=[SOFTPHONE_SCOPE],
            responses=problem_responses(CallNotFound))
async def get_decision(call_id: UUID, ctx: ContextDep, engine: EngineDep, pool: DriverPoolDep,
                       at: Annotated[Timestamp | None, Query(description="Evaluate the history as of this moment "
                                                                         "(ISO 8601 with a timezone)")] = None,
                       ) -> Response:
    """May this call be recorded, transcribed, analyzed, used for training, and if not, why. Without
    `at`: the stored current decision (one row). With `at`: the history re-evaluated at that moment."""
    if at is not None:
        async with tenant_session(engine, ctx.tenant_id) as session:
            decision = await service.decision_at(session, ctx, call_id, at)
        return Response(decision.model_dump_json(), media_type="application/json")
    document = await service.read_decision(engine, pool, ctx, call_id)
    return Response(document, media_type="application/json")


@router.get("/calls/{call_id}/decision/stream", dependencies=[SOFTPHONE_SCOPE], responses={
    200: {"content": {"text/event-stream": {}}, "description": "Server-sent events: `decision` events whose "
          "data is a Decision and whose id is its version; `recording.stop_confirmed` and "
          "`recording.stop_failed` events whose data is a RecordingStop and whose id is "
          "`{decision version}:stop:{stop id}`; keep-alive comments in between. Every event has an id: "
          "reconnect with the last one as `Last-Event-ID`"},
    **problem_responses(CallNotFound)})
async def stream_decision(call_id: UUID, ctx: ContextDep, engine: EngineDep, listener: DecisionListenerDep,
                          settings: SettingsDep,
                          last_event_id: Annotated[str | None, Header(
                              max_length=60, pattern=r"^[0-9]{1,9}(:stop:[0-9a-f-]{36})?$")] = None
                          ) -> EventSourceResponse:
    """The current decision, then every change as it happens (a withdrawal arrives within a second)."""
    first = await stream.current(engine, ctx, call_id)
    return EventSourceResponse(stream.decision_events(engine, listener, ctx, call_id, first,
                                                      stream.resumed_version(last_event_id)),
                               ping=settings.decision_stream_keepalive_seconds)


@router.post("/calls/{call_id}/recording-stops", status_code=status.HTTP_201_CREATED,
             response_model=RecordingStopRead, responses=problem_responses(CallNotFound))
async def record_recording_stop(call_id: UUID, body: RecordingStopCreate, session: SessionDep,
                                ctx: ContextDep) -> RecordingStopRead:
    """Report what the telephony provider answered when asked to stop the call's recording (the
    gateway does, after `recording.must_stop`): shown on the decision stream, published as an event."""
    return await recording_stops.record(session, ctx.tenant_id, call_id, body)


@router.get("/calls/{call_id}/participants/{participant_id}/receipt", response_model=receipts.ReceiptRead,
            responses=problem_responses(CallNotFound, ParticipantNotFound))
async def get_receipt(call_id: UUID, participant_id: UUID, session: SessionDep, ctx: ContextDep,
                      signer: SignerDep, sealer: SealerDep) -> receipts.ReceiptRead:
    """A signed consent receipt (compact JWS, `alg` Ed25519) for one participant of a call, with its ledger entry's
    inclusion proof and the signed tree head: checkable offline with the published keys."""
    return await receipts.issue_receipt(session, ctx, signer, sealer, call_id, participant_id)


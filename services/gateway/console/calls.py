"""Calls: the search, a call's page (timeline, decision, receipts, transcripts, holds) kept live by the
decision stream, and a transcript, redacted unless the reader gives a reason."""

import json
from datetime import UTC, date, datetime, timedelta
from typing import Annotated
from uuid import UUID

from fastapi import Form, Query, Request
from starlette.responses import Response

from services.gateway.console.api import ApiError, ConsoleApi
from services.gateway.console.deps import ConsoleApiDep
from services.gateway.console.pages import CheckedSessionDep, SessionDep, console_router, render

router = console_router()


@router.get("/calls")
async def calls(request: Request, session: SessionDep, console: ConsoleApiDep,
                q: Annotated[str | None, Query(max_length=200)] = None,
                by: Annotated[str, Query(pattern="^(external_id|phone_number)$")] = "external_id",
                state: Annotated[str | None, Query(max_length=40)] = None,
                decision: Annotated[str | None, Query(pattern="^(true|false)?$")] = None,
                on: Annotated[str | None, Query(max_length=10)] = None,
                cursor: Annotated[str | None, Query(max_length=200)] = None) -> Response:
    """Calls, newest first; by external id, or by a participant's number (the API matches its blind
    index: the number is never shown), by recording state, by decision and by the day (UTC) they started."""
    params = {"limit": 50, "cursor": cursor, "recording_state": state, "may_record": decision or None,
              by: (q or "").strip() or None}
    if on:
        try:
            start = datetime.combine(date.fromisoformat(on), datetime.min.time(), UTC)
        except ValueError:
            raise ApiError(422, "Not a day", "give the day as YYYY-MM-DD") from None
        params |= {"started_after": start.isoformat(), "started_before": (start + timedelta(days=1)).isoformat()}
    found = await console.call(request, session, "GET", "/v1/calls", params=params)
    return render(request, "calls.html", found=found, q=q or "", by=by, state=state or "", decision=decision or "",
                  on=on or "")


async def _live(request: Request, session, console: ConsoleApi, call_id: UUID, at: str | None) -> dict:
    """The parts of a call's page that change as events arrive: its decision and timeline."""
    decision_path = f"/v1/calls/{call_id}/decision" + (f"?at={at.replace('+', '%2B')}" if at else "")
    answers = await console.get_many(request, session, decision=decision_path,
                                     events=f"/v1/calls/{call_id}/events")
    for name in ("decision", "events"):
        if isinstance(answers[name], ApiError) and answers[name].status != 403:
            raise answers[name]
    return answers


@router.get("/calls/{call_id}")
async def call(request: Request, call_id: UUID, session: SessionDep, console: ConsoleApiDep,
               at: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    found = await console.call(request, session, "GET", f"/v1/calls/{call_id}")
    live = await _live(request, session, console, call_id, at)
    more = await console.get_many(request, session, transcripts=f"/v1/calls/{call_id}/transcripts",
                                  holds="/v1/legal-holds")
    holds = more["holds"] if isinstance(more["holds"], ApiError) else \
        [h for h in more["holds"]["items"] if str(call_id) in h["scope"].get("call_ids", [])]
    return render(request, "call.html", call=found, at=at, transcripts=more["transcripts"], holds=holds, **live)


@router.get("/calls/{call_id}/live")
async def call_live(request: Request, call_id: UUID, session: SessionDep, console: ConsoleApiDep) -> Response:
    """The decision and timeline alone: what the page fetches again when the stream says it changed."""
    live = await _live(request, session, console, call_id, None)
    return render(request, "_live.html", call_id=call_id, at=None, **live)


@router.get("/calls/{call_id}/stream")
async def call_stream(request: Request, call_id: UUID, session: SessionDep, console: ConsoleApiDep) -> Response:
    """The API's decision stream for this call, passed through (the page listens with EventSource)."""
    return await console.stream(request, session, f"/v1/calls/{call_id}/decision/stream")


@router.get("/calls/{call_id}/participants/{participant_id}/receipt")
async def receipt(request: Request, call_id: UUID, participant_id: UUID, session: SessionDep,
                  console: ConsoleApiDep) -> Response:
    """The signed consent receipt, as a file to keep."""
    answer = await console.call(request, session, "GET",
                                f"/v1/calls/{call_id}/participants/{participant_id}/receipt")
    return Response(json.dumps(answer, indent=2), media_type="application/json", headers={
        "content-disposition": f'attachment; filename="receipt-{participant_id}.json"',
        "x-content-type-options": "nosniff", "cache-control": "no-store"})


@router.get("/transcripts/{transcript_id}")
async def transcript(request: Request, transcript_id: UUID, session: SessionDep,
                     console: ConsoleApiDep) -> Response:
    """The redacted view: what a reader sees unless they ask for more, with a reason."""
    found = await console.call(request, session, "GET", f"/v1/transcripts/{transcript_id}",
                               params={"view": "redacted"})
    return await _transcript_page(request, session, console, found, "")


@router.post("/transcripts/{transcript_id}")
async def transcript_full(request: Request, transcript_id: UUID, session: CheckedSessionDep, console: ConsoleApiDep,
                          reason: Annotated[str, Form(min_length=3, max_length=500)]) -> Response:
    """The full text: the API audits the read with the reason given (a POST: it is an act, not a look)."""
    found = await console.call(request, session, "GET", f"/v1/transcripts/{transcript_id}",
                               params={"view": "full", "reason": reason})
    return await _transcript_page(request, session, console, found, reason)


async def _transcript_page(request: Request, session, console: ConsoleApi, found: dict, reason: str) -> Response:
    """The transcript with its speakers' names and the legal holds on its call."""
    more = await console.get_many(request, session, call=f"/v1/calls/{found['call_id']}",
                                  holds="/v1/legal-holds")
    names = {} if isinstance(more["call"], ApiError) else \
        {p["id"]: f"{p['external_id']} ({p['role'].replace('_', ' ')})" for p in more["call"]["participants"]}
    holds = more["holds"] if isinstance(more["holds"], ApiError) else \
        [h for h in more["holds"]["items"] if h["status"] == "active" and _covers(h["scope"], found["call_id"])]
    return render(request, "transcript.html", transcript=found, reason=reason, names=names, holds=holds)


def _covers(scope: dict, call_id: str) -> bool:
    """Whether a hold names this call, or names no call at all (it then holds by subject, tag or time:
    the API's transcript count says what it covers)."""
    return call_id in scope.get("call_ids", []) or not scope.get("call_ids")

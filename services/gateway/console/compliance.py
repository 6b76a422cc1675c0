"""The compliance officer's pages: legal holds, privacy requests, evidence, retention."""

import json
import re
from datetime import UTC, datetime
from typing import Annotated
from urllib.parse import urlencode
from uuid import UUID

from fastapi import Form, Query, Request
from starlette.responses import Response

from services.gateway.console.deps import ConsoleApiDep
from services.gateway.console.pages import CheckedSessionDep, SessionDep, console_router, redirect, render

router = console_router()
Reason = Annotated[str, Form(min_length=3, max_length=500)]
Lines = Annotated[str, Form(max_length=20_000)]
AUDIT_ACTION = re.compile(r"[a-z0-9_.]{1,64}")
LOCAL_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # what <input type="datetime-local"> sends


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()]


# --- legal holds -----------------------------------------------------------------------------------
@router.get("/holds")
async def holds(request: Request, session: SessionDep, console: ConsoleApiDep) -> Response:
    found = await console.call(request, session, "GET", "/v1/legal-holds")
    return render(request, "holds.html", holds=found["items"])


@router.post("/holds")
async def create_hold(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                      matter_id: Annotated[str, Form(min_length=1, max_length=200)], reason: Reason,
                      call_ids: Lines = "", phone_numbers: Lines = "", external_ids: Lines = "", tags: Lines = "",
                      held_from: Annotated[str, Form(max_length=40)] = "",
                      held_to: Annotated[str, Form(max_length=40)] = "") -> Response:
    """A hold by call, subject, tag or time range (the times as the browser's date-time field sends them, UTC)."""
    scope = {"call_ids": _lines(call_ids), "tags": _lines(tags),
             "subjects": {"phone_numbers": _lines(phone_numbers), "external_ids": _lines(external_ids)},
             "from": _utc(held_from), "to": _utc(held_to)}
    await console.call(request, session, "POST", "/v1/legal-holds",
                       json={"matter_id": matter_id, "reason": reason, "scope": scope})
    return redirect("/console/holds")


def _utc(local: str) -> str | None:
    return f"{local}:00+00:00" if len(local) == 16 else (local or None)


@router.post("/holds/{hold_id}/release")
async def release_hold(request: Request, hold_id: UUID, session: CheckedSessionDep, console: ConsoleApiDep,
                       reason: Reason) -> Response:
    await console.call(request, session, "POST", f"/v1/legal-holds/{hold_id}/release", json={"reason": reason})
    return redirect("/console/holds")


# --- privacy requests ------------------------------------------------------------------------------
@router.get("/privacy-requests")
async def privacy_requests(request: Request, session: SessionDep, console: ConsoleApiDep,
                           status: Annotated[str | None, Query(max_length=40)] = None) -> Response:
    """The queue, soonest due first; overdue ones marked."""
    found = await console.call(request, session, "GET", "/v1/privacy-requests",
                               params={"status": status, "limit": 200})
    items = sorted(found["items"], key=lambda r: r["due_at"])
    return render(request, "privacy_requests.html", items=items, status=status or "")


@router.get("/privacy-requests/{request_id}")
async def privacy_request(request: Request, request_id: UUID, session: SessionDep, console: ConsoleApiDep) -> Response:
    found = await console.call(request, session, "GET", f"/v1/privacy-requests/{request_id}")
    return render(request, "privacy_request.html", item=found, report=json.dumps(found["report"], indent=2))


@router.post("/privacy-requests/{request_id}/verify")
async def verify_request(request: Request, request_id: UUID, session: CheckedSessionDep, console: ConsoleApiDep,
                         method: Annotated[str, Form(min_length=1, max_length=200)],
                         verified_by: Annotated[str, Form(min_length=1, max_length=200)]) -> Response:
    """Identity verified: the API then carries the request out."""
    await console.call(request, session, "POST", f"/v1/privacy-requests/{request_id}/verify",
                       json={"method": method, "verified_by": verified_by})
    return redirect(f"/console/privacy-requests/{request_id}")


@router.post("/privacy-requests/{request_id}/{action}")
async def act_on_request(request: Request, request_id: UUID, action: str, session: CheckedSessionDep,
                         console: ConsoleApiDep, reason: Reason) -> Response:
    """Extend, reject or lift, each with its reason."""
    if action not in ("extend", "reject", "lift"):
        return Response("not found", status_code=404, media_type="text/plain")
    await console.call(request, session, "POST", f"/v1/privacy-requests/{request_id}/{action}",
                       json={"reason": reason})
    return redirect(f"/console/privacy-requests/{request_id}")


@router.get("/privacy-requests/{request_id}/export")
async def export(request: Request, request_id: UUID, session: SessionDep, console: ConsoleApiDep) -> Response:
    answer = await console.call(request, session, "GET", f"/v1/privacy-requests/{request_id}/export")
    return Response(json.dumps(answer, indent=2), media_type="application/json", headers={
        "content-disposition": f'attachment; filename="privacy-export-{request_id}.json"',
        "x-content-type-options": "nosniff", "cache-control": "no-store"})


# --- evidence --------------------------------------------------------------------------------------
@router.get("/evidence")
async def evidence(request: Request, session: SessionDep, console: ConsoleApiDep,
                   action: Annotated[str | None, Query(max_length=64)] = None,
                   actor: Annotated[str | None, Query(max_length=200)] = None,
                   since: Annotated[str | None, Query(max_length=16)] = None,
                   until: Annotated[str | None, Query(max_length=16)] = None) -> Response:
    """Deletion certificates and the audit log filtered by action, actor and time (UTC); the
    verifications run when asked (they read everything)."""
    shown = {"action": action if action and AUDIT_ACTION.fullmatch(action) else "", "actor": (actor or "").strip(),
             "since": since if since and LOCAL_TIME.fullmatch(since) else "",
             "until": until if until and LOCAL_TIME.fullmatch(until) else ""}
    query = {"limit": 50, **{k: _utc(v) if k in ("since", "until") else v for k, v in shown.items() if v}}
    answers = await console.get_many(request, session, certificates="/v1/deletion-certificates?limit=50",
                                     audit=f"/v1/audit?{urlencode(query)}")
    return render(request, "evidence.html", filters=shown, **answers)


@router.get("/evidence/verify/{log}")
async def verify_log(request: Request, log: str, session: SessionDep, console: ConsoleApiDep) -> Response:
    """The ledger's or the audit trail's verification, as a fragment for the evidence page."""
    path = {"ledger": "/v1/ledger/verify", "audit": "/v1/audit/verify"}.get(log)
    if path is None:
        return Response("not found", status_code=404, media_type="text/plain")
    result = await console.call(request, session, "GET", path)
    return render(request, "_verification.html", log=log, result=result,
                  checked_at=datetime.now(UTC).isoformat())


# --- retention -------------------------------------------------------------------------------------
@router.get("/retention")
async def retention(request: Request, session: SessionDep, console: ConsoleApiDep,
                    default_days: Annotated[int | None, Query(ge=0, le=36500)] = None) -> Response:
    """The policies, and with a proposed default what it would make due now and what holds keep."""
    policies = await console.call(request, session, "GET", "/v1/retention-policies")
    preview = None
    if default_days is not None:
        preview = await console.call(request, session, "GET", "/v1/retention-policies/preview",
                                     params={"default_days": default_days})
    return render(request, "retention.html", policies=policies, preview=preview, default_days=default_days)


@router.post("/retention")
async def save_retention(request: Request, session: CheckedSessionDep, console: ConsoleApiDep,
                         default_days: Annotated[int, Form(ge=0, le=36500)]) -> Response:
    policies = await console.call(request, session, "GET", "/v1/retention-policies")
    await console.call(request, session, "PUT", "/v1/retention-policies",
                       json={**policies, "default_days": default_days})
    return redirect("/console/retention")

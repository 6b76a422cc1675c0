"""Privacy requests as the API drives them: received, verified (nothing runs before), extended once,
rejected with a reason, a restriction lifted; each step audited and emitted as `privacy_request.*`.
The work itself is `work.py`'s, in the background, resumed after any restart."""

import base64
import json
from datetime import UTC, datetime
from typing import Any
from uuid import UUID, uuid4

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import subjects
from services.common.auth import Principal
from services.common.crypto.fields import FieldCrypto
from services.common.errors import Conflict, NotFound, Unprocessable
from services.common.events.outbox import add_event
from services.transcripts import audit, cursors, events
from services.transcripts.audit import Actor
from services.transcripts.models import PrivacyRequest
from services.transcripts.privacy import deadlines
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.report import Report
from services.transcripts.privacy.schemas import (
    OPEN,
    Acknowledgement,
    ExportRead,
    ObjectionPurpose,
    PrivacyReport,
    PrivacyRequestCreate,
    PrivacyRequestList,
    PrivacyRequestRead,
    PrivacySubject,
    RequestType,
    Status,
    Verification,
)
from services.transcripts.vault import Context

_SUBJECT_COLUMN, _DETAILS_COLUMN = "privacy_request.subject", "privacy_request.details"
_REQUESTER_COLUMN = "privacy_request.requested_by"
CLOCK_SKEW_SECONDS = 300
READ, LISTED = "privacy_request.read", "privacy_request.listed"  # audited: each shows its subject's identifiers


class PrivacyRequestNotFound(NotFound):
    slug, title = "privacy-request-not-found", "Privacy request not found"


class WrongState(Conflict):
    slug, title = "privacy-request-state", "The privacy request is not in a state that allows this"


class AlreadyExtended(Conflict):
    slug, title = "privacy-request-extended", "The privacy request's deadline was extended already"


class NoExtension(Conflict):
    slug, title = "privacy-request-no-extension", "The privacy request's deadline cannot be extended"


class AgentAuthorityNotVerified(Unprocessable):
    slug, title = "agent-authority-not-verified", "An authorized agent's authority must be verified too"


class ReceivedInFuture(Unprocessable):
    slug, title = "received-in-the-future", "received_at is in the future"


async def subject_digests(ctx: Context, subject: PrivacySubject) -> list[tuple[str, str]]:
    """(kind, blind index) of each identifier, as the transcripts' and the consent service's indexes take them."""
    return await ctx.subject_indexes(subject.phone_numbers, subject.emails, subject.external_ids)


def system_actor(tenant_id: UUID) -> Actor:
    """Who the background work of privacy requests acts as, in the audit chain."""
    return Actor(Principal(tenant_id, "callvault:privacy-requests", frozenset()), None)


async def record_step(session: AsyncSession, actor: Actor, r: PrivacyRequest, step: str, reason: str | None = None,
                      **data: Any) -> None:
    """The step into the audit chain and onto the bus, in the caller's commit (call it last)."""
    add_event(session, events.privacy_request(r, step, **data))
    await audit.record(session, actor, f"privacy_request.{step}", reason=reason, request=str(r.id), type=r.type,
                       status=r.status)


async def create(session: AsyncSession, ctx: Context, body: PrivacyRequestCreate) -> PrivacyRequestRead:
    now = datetime.now(UTC)
    if (body.received_at - now).total_seconds() > CLOCK_SKEW_SECONDS:
        raise ReceivedInFuture(f"received_at {body.received_at.isoformat()} is in the future")
    pairs = await subject_digests(ctx, body.subject)
    details: dict[str, Any] = {}
    sealed = None
    if body.type is RequestType.objection:
        details["purposes"] = sorted(str(p) for p in body.purposes or list(ObjectionPurpose))
    if body.requested_by.kind == "authorized_agent":  # the agent's name is personal data: sealed
        agent = body.requested_by.model_dump_json(include={"name", "authorization"})
        details["requested_by"] = {"kind": "authorized_agent", "sealed": base64.b64encode(
            ctx.crypto.encrypt(ctx.tenant_id, _REQUESTER_COLUMN, agent)).decode()}
    if body.corrections:  # the corrected words are personal data: sealed like the subject
        details["corrections"] = len(body.corrections)
        sealed = ctx.crypto.encrypt(ctx.tenant_id, _DETAILS_COLUMN,
                                    json.dumps([c.model_dump(mode="json") for c in body.corrections]))
    r = PrivacyRequest(
        id=uuid4(), tenant_id=ctx.tenant_id, type=body.type.value, regulation=body.regulation.value,
        subject_sealed=ctx.crypto.encrypt(ctx.tenant_id, _SUBJECT_COLUMN, body.subject.model_dump_json()),
        digests=[d for _, d in pairs], phone_digests=[d for kind, d in pairs if kind == subjects.PHONE],
        details=details,
        details_sealed=sealed, received_at=body.received_at, due_at=deadlines.due(body.regulation, body.received_at),
        report=Report().changed(step="received"),
        created_by=ctx.actor.principal.subject, created_at=now)
    session.add(r)
    await session.flush()
    await record_step(session, ctx.actor, r, "received")
    await session.commit()
    return read(ctx, r)


async def verify(session: AsyncSession, ctx: Context, request_id: UUID, body: Verification) -> PrivacyRequestRead:
    """The subject's identity checked: the work starts (the consent service's part through the event)."""
    r = await _locked(session, request_id, (Status.received,), "verified")
    if r.details.get("requested_by", {}).get("kind") == "authorized_agent" and body.agent_authority is None:
        raise AgentAuthorityNotVerified(  # 11 CCR § 7063(a): the agent's permission, beside the person's identity
            f"privacy request {request_id} was made by an authorized agent: verify the agent's authority "
            "(agent_authority) together with the person's identity; nothing is disclosed before both")
    now = datetime.now(UTC)
    r.status = Status.verified.value
    # Where the tenant's data lives now: its export (both services' parts) is written to that region's bucket.
    r.details = {**r.details, "data_region": ctx.actor.principal.data_region}
    r.verification = {**body.model_dump(exclude_none=True), "recorded_by": ctx.actor.principal.subject,
                      "at": now.isoformat()}
    r.report = r.report.changed(step="verified")
    session.add(r)
    await record_step(session, ctx.actor, r, "verified", **_work_for_consent(r))
    await session.commit()
    return read(ctx, r)


async def reject(session: AsyncSession, ctx: Context, request_id: UUID, reason: str) -> PrivacyRequestRead:
    """Refused (identity not verified, manifestly unfounded, ...), with the reason the report gives; only
    before verification, since the consent service starts its part on it."""
    r = await _locked(session, request_id, (Status.received,), "rejected")
    now = datetime.now(UTC)
    r.status, r.completed_at = Status.rejected.value, now
    r.rejection = {"reason": reason, "by": ctx.actor.principal.subject, "at": now.isoformat()}
    r.report = r.report.changed(step="rejected")
    session.add(r)
    await record_step(session, ctx.actor, r, "rejected", reason=reason)
    await session.commit()
    return read(ctx, r)


async def extend(session: AsyncSession, ctx: Context, request_id: UUID, reason: str) -> PrivacyRequestRead:
    """The regulation's one extension (GDPR two months, CCPA 45 days), with the reason the person is told,
    and only while the request is not yet due: the person must hear of it within the first period."""
    r = await _locked(session, request_id, OPEN, "extended")
    if r.extension is not None:
        raise AlreadyExtended(f"privacy request {request_id} was extended on {r.extension['at']}; the regulation "
                              "allows one extension")
    now = datetime.now(UTC)
    previous = r.due_at
    citation = deadlines.REGIMES[r.regulation].citation
    new_due = deadlines.extended(r.regulation, previous)
    if new_due is None:
        raise NoExtension(f"a {r.regulation} request cannot be extended ({citation})")
    if now >= previous:
        raise NoExtension(f"privacy request {request_id} was due on {previous.isoformat()}: an extension must be "
                          f"given before the request is due ({citation})")
    r.due_at = new_due
    r.extension = {"reason": reason, "by": ctx.actor.principal.subject, "at": now.isoformat(),
                   "previous_due_at": previous.isoformat()}
    session.add(r)
    await record_step(session, ctx.actor, r, "extended", reason=reason)
    await session.commit()
    return read(ctx, r)


async def acknowledge(session: AsyncSession, ctx: Context, request_id: UUID,
                      body: Acknowledgement) -> PrivacyRequestRead:
    """Receipt confirmed to the person (CCPA: within 10 business days, 11 CCR § 7021(a)); once."""
    r = await _locked(session, request_id, OPEN, "acknowledged")
    if "acknowledgement" in r.details:
        raise WrongState(f"privacy request {request_id} was acknowledged on {r.details['acknowledgement']['at']}")
    now = datetime.now(UTC)
    r.details = {**r.details, "acknowledgement": {"method": body.method, "by": ctx.actor.principal.subject,
                                                  "at": now.isoformat()}}
    session.add(r)
    await record_step(session, ctx.actor, r, "acknowledged")
    await session.commit()
    return read(ctx, r)


async def lift(session: AsyncSession, ctx: Context, request_id: UUID, reason: str) -> PrivacyRequestRead:
    """A restriction ends: its transcripts are readable again, and the consent service removes its
    do-not-record entry for analytics and AI training."""
    r = await _locked(session, request_id, (Status.in_progress, Status.completed, Status.partially_completed),
                      "lifted")
    if r.type != RequestType.restriction or r.lift is not None:
        raise WrongState(f"privacy request {request_id} is not a restriction in force")
    now = datetime.now(UTC)
    r.lift = {"reason": reason, "by": ctx.actor.principal.subject, "at": now.isoformat()}
    r.report = r.report.changed(step="lifted")
    session.add(r)
    await record_step(session, ctx.actor, r, "lifted", reason=reason, **_work_for_consent(r))
    await session.commit()
    return read(ctx, r)


async def get(session: AsyncSession, ctx: Context, request_id: UUID) -> PrivacyRequestRead:
    """Audited: a request's read shows its subject's numbers, emails and ids, and an authorized agent's name."""
    r = await privacy.get(session, request_id)
    if r is None:
        raise PrivacyRequestNotFound(f"no privacy request {request_id}")
    answer = read(ctx, r)
    await audit.record(session, ctx.actor, READ, request=str(r.id))
    await session.commit()
    return answer


async def page(session: AsyncSession, ctx: Context, due_before: datetime | None, status: list[Status] | None,
               cursor: str | None, limit: int) -> PrivacyRequestList:
    """Soonest due first. With `due_before` and no status: the open requests due by then (at risk)."""
    wanted = [s.value for s in status] if status else ([s.value for s in OPEN] if due_before else None)
    rows = await privacy.page(session, due_before=due_before, status=wanted,
                              after=cursors.decode(cursor) if cursor else None, limit=limit + 1)
    shown = rows[:limit]
    answer = PrivacyRequestList(items=[read(ctx, r) for r in shown], next_cursor=cursors.encode(
        shown[-1].due_at, shown[-1].id) if len(rows) > limit else None)
    await audit.record(session, ctx.actor, LISTED, requests=[str(r.id) for r in shown])  # each shows its subject
    await session.commit()
    return answer


def read(ctx: Context, r: PrivacyRequest) -> PrivacyRequestRead:
    now = datetime.now(UTC)
    is_open = r.status in OPEN
    subject = subject_of(ctx.crypto, r)
    report = PrivacyReport.model_validate(r.report.model_dump(mode="json"))
    return PrivacyRequestRead(
        id=r.id, type=r.type, regulation=r.regulation, status=r.status, subject=subject,
        purposes=r.details.get("purposes", []), corrections=r.details.get("corrections", 0),
        requested_by=requested_by(ctx.crypto, r), received_at=r.received_at, due_at=r.due_at,
        deadline_citation=deadlines.REGIMES[r.regulation].citation,
        acknowledge_by=deadlines.acknowledge_by(r.regulation, r.received_at),
        acknowledgement=r.details.get("acknowledgement"),
        days_left=deadlines.days_left(r.due_at, now) if is_open else None,
        overdue=is_open and r.due_at < now, extension=r.extension, verification=r.verification,
        rejection=r.rejection, lift=r.lift, report=report, export=_export(r), created_by=r.created_by,
        created_at=r.created_at, completed_at=r.completed_at)


def subject_of(crypto: FieldCrypto, r: PrivacyRequest) -> PrivacySubject:
    return PrivacySubject.model_validate_json(crypto.decrypt(r.tenant_id, _SUBJECT_COLUMN, r.subject_sealed))


def requested_by(crypto: FieldCrypto, r: PrivacyRequest) -> dict[str, Any]:
    stored = r.details.get("requested_by")
    if stored is None:
        return {"kind": "subject"}
    agent = json.loads(crypto.decrypt(r.tenant_id, _REQUESTER_COLUMN, base64.b64decode(stored["sealed"])))
    return {"kind": stored["kind"], **agent}


def corrections(crypto: FieldCrypto, r: PrivacyRequest) -> list[dict[str, Any]]:
    return json.loads(crypto.decrypt(r.tenant_id, _DETAILS_COLUMN, r.details_sealed)) if r.details_sealed else []


def _export(r: PrivacyRequest) -> ExportRead | None:
    if r.export is None:
        return None
    left = max(0, r.export["max_downloads"] - r.export["downloads"])
    expired = r.export_expires_at is not None and r.export_expires_at <= datetime.now(UTC)
    return ExportRead(available=r.export_deleted_at is None and left > 0 and not expired,
                      expires_at=r.export_expires_at,
                      downloads_left=left if r.export_deleted_at is None and not expired else 0,
                      deleted_at=r.export_deleted_at)


def _work_for_consent(r: PrivacyRequest) -> dict[str, Any]:
    return {"phone_digests": r.phone_digests, "purposes": r.details.get("purposes", []),
            "data_region": r.details.get("data_region")}




async def _locked(session: AsyncSession, request_id: UUID, allowed: tuple[Status, ...], step: str) -> PrivacyRequest:
    r = await privacy.get(session, request_id, for_update=True)
    if r is None:
        raise PrivacyRequestNotFound(f"no privacy request {request_id}")
    if r.status not in allowed:
        raise WrongState(f"privacy request {request_id} is {r.status}; it can be {step} only when "
                         f"{' or '.join(allowed)}")
    return r

"""Routes of the lifecycle: retention policies, legal holds, deletion certificates."""

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Query, status

from services.common.deps import SessionDep
from services.common.errors import DependencyUnavailable, Unprocessable, problem_responses
from services.transcripts.deps import ContextDep
from services.transcripts.errors import CallNotFound, InvalidCursor
from services.transcripts.lifecycle import certificates, copies, holds, manual_purge, retention
from services.transcripts.lifecycle.schemas import (
    MAX_DAYS,
    CallRetentionRead,
    CallRetentionStatus,
    CallRetentionUpdate,
    CallTranscriptCopies,
    DeletionCertificateList,
    DeletionCertificateRead,
    LegalHoldCreate,
    LegalHoldList,
    LegalHoldRead,
    LegalHoldRelease,
    PurgeDue,
    PurgeRun,
    RetentionPolicyRead,
    RetentionPolicyUpdate,
    RetentionPreview,
)

router = APIRouter(prefix="/v1", tags=["retention and legal holds"])
TagDays = Annotated[list[str] | None, Query(max_length=200, description="`tag=days`, once per tag")]


class InvalidTagDays(Unprocessable):
    slug, title = "invalid-tag-days", "by_tag must be tag=days"


@router.get("/purge/due", tags=["purge"], response_model=PurgeDue)
async def purge_due(session: SessionDep) -> PurgeDue:
    """A dry run: what a purge pass would delete now and why, and what legal holds keep (as `callvault
    purge --dry-run`); nothing is deleted."""
    return await manual_purge.due(session)


@router.post("/purge", tags=["purge"], response_model=PurgeRun, responses=problem_responses(DependencyUnavailable))
async def purge_now(session: SessionDep, ctx: ContextDep) -> PurgeRun:
    """One purge pass over the tenant's due transcripts now (as `callvault purge --tenant`): each loses its
    key, then its objects, and gets a certificate; held ones are kept. Audited."""
    return await manual_purge.run(session, ctx)


@router.get("/retention-policies", response_model=RetentionPolicyRead)
async def get_retention_policy(session: SessionDep) -> RetentionPolicyRead:
    """The tenant's retention: default days, days per tag, and the bounds every policy and call override
    keeps within. A tenant that set none keeps transcripts 30 days after their call ends."""
    return await retention.get_policy(session)


@router.put("/retention-policies", response_model=RetentionPolicyRead,
            responses=problem_responses(retention.OutsideRetentionBounds))
async def put_retention_policy(change: RetentionPolicyUpdate, session: SessionDep,
                               ctx: ContextDep) -> RetentionPolicyRead:
    """Replace the tenant's retention policy; every active transcript's expiry is recomputed (the
    longest applicable retention wins). Audited."""
    return await retention.put_policy(session, ctx.actor, change)


@router.get("/retention-policies/preview", response_model=RetentionPreview, responses=problem_responses(InvalidTagDays))
async def preview_retention(session: SessionDep,
                            default_days: Annotated[int | None, Query(ge=0, le=MAX_DAYS)] = None,
                            by_tag: TagDays = None) -> RetentionPreview:
    """How many transcripts a policy would make due now, within 7 and within 30 days, beside the saved
    policy's counts, before saving it. What is not given keeps its saved value."""
    return await retention.preview(session, default_days, _tag_days(by_tag))


@router.put("/calls/{call_id}/retention", response_model=CallRetentionRead,
            responses=problem_responses(CallNotFound, retention.OutsideRetentionBounds, DependencyUnavailable))
async def put_call_retention(call_id: UUID, change: CallRetentionUpdate, session: SessionDep,
                             ctx: ContextDep) -> CallRetentionRead:
    """A call's own retention, with the reason; it applies when it is the longest. Audited."""
    return await retention.put_call_retention(session, ctx, call_id, change)


@router.get("/calls/{call_id}/retention", response_model=CallRetentionStatus,
            responses=problem_responses(CallNotFound, DependencyUnavailable))
async def get_call_retention(call_id: UUID, session: SessionDep, ctx: ContextDep) -> CallRetentionStatus:
    """The retention of the call's copies that have no transcript of their own (its provider's recordings):
    how many days, from its end, and the legal holds that keep them."""
    return await retention.call_status(session, ctx, call_id)


@router.post("/legal-holds", status_code=status.HTTP_201_CREATED, response_model=LegalHoldRead)
async def create_legal_hold(body: LegalHoldCreate, session: SessionDep, ctx: ContextDep) -> LegalHoldRead:
    """Hold every transcript in scope, now and arriving later, against every deletion. Audited."""
    return await holds.create(session, ctx, body)


@router.get("/legal-holds", response_model=LegalHoldList)
async def list_legal_holds(session: SessionDep, ctx: ContextDep) -> LegalHoldList:
    """Every hold, newest first, with how many transcripts each holds now."""
    return await holds.list_holds(session, ctx)


@router.post("/legal-holds/{hold_id}/release", response_model=LegalHoldRead,
             responses=problem_responses(holds.LegalHoldNotFound, holds.LegalHoldReleased))
async def release_legal_hold(hold_id: UUID, body: LegalHoldRelease, session: SessionDep,
                             ctx: ContextDep) -> LegalHoldRead:
    """Release a hold, with the reason; deletions it alone kept back happen at the next purge. Audited."""
    return await holds.release(session, ctx, hold_id, body.reason)


@router.get("/deletion-certificates", response_model=DeletionCertificateList,
            responses=problem_responses(InvalidCursor))
async def list_deletion_certificates(
    session: SessionDep, transcript_id: UUID | None = None, call_id: UUID | None = None,
    cursor: Annotated[str | None, Query(max_length=300, pattern=r"^[A-Za-z0-9_=-]+$")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> DeletionCertificateList:
    """Deletion certificates, newest first."""
    return await certificates.page(session, transcript_id=transcript_id, call_id=call_id, cursor=cursor, limit=limit)


@router.get("/deletion-certificates/{certificate_id}", response_model=DeletionCertificateRead,
            responses=problem_responses(certificates.CertificateNotFound))
async def get_deletion_certificate(certificate_id: UUID, session: SessionDep) -> DeletionCertificateRead:
    """One certificate: its claims, and the JWS that signs them."""
    return await certificates.get(session, certificate_id)


@router.get("/calls/{call_id}/copies", response_model=CallTranscriptCopies, include_in_schema=False)
async def get_call_transcript_copies(call_id: UUID, session: SessionDep) -> CallTranscriptCopies:
    """The transcripts' part of the gateway's `GET /v1/calls/{call_id}/copies`, which adds the provider's."""
    return await copies.of_call(session, call_id)


def _tag_days(pairs: list[str] | None) -> dict[str, int] | None:
    if pairs is None:
        return None
    try:
        parsed = {tag: int(days) for tag, _, days in (p.rpartition("=") for p in pairs)}
    except ValueError as exc:
        raise InvalidTagDays(f"by_tag must be tag=days: {pairs}") from exc
    if any(not tag or not 0 <= days <= MAX_DAYS for tag, days in parsed.items()):
        raise InvalidTagDays(f"by_tag must be tag=days, with days 0..{MAX_DAYS}: {pairs}")
    return parsed

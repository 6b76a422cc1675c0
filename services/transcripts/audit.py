"""The audit trail: every read, list, full view, deletion, purge, refused full view or deletion and
administrative change, as an entry of the tenant's audit log (a transparency log like the consent
ledger, `services.common.transparency`). An entry is written in the transaction that precedes the
answer, so nothing is read that the trail does not show; it is a plain insert, so audited reads do
not wait on each other."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import asyncpg
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import Principal
from services.common.errors import CallvaultError
from services.common.transparency import entries
from services.transcripts import repository
from services.transcripts.errors import InvalidTimeRange
from services.transcripts.models import AuditEntry
from services.transcripts.repository import AuditFilter as Filter
from services.transcripts.schemas import AuditEntryRead, AuditList

READ = "transcript.read"
LISTED = "transcript.listed"
DELETED = "transcript.deleted"
SETTINGS_CHANGED = "settings.changed"
KEYS_ROTATED = "keys.rotated"
PURGED = "transcript.purged"  # a certificate issued: retention, erasure, withdrawal, a manual delete's end
READ_REFUSED = "transcript.read_refused"  # a 403: the full view, a restricted transcript, an older version
DELETE_REFUSED = "transcript.delete_refused"  # a 409: a legal hold keeps it
PURGE_ACTOR = "callvault:purge"


@dataclass(frozen=True)
class Actor:
    principal: Principal
    request_id: str | None

    @property
    def tenant_id(self) -> UUID:
        return self.principal.tenant_id


def system(tenant_id: UUID, subject: str) -> Actor:
    """callvault itself acting for the tenant (the purge): no role, no request."""
    return Actor(Principal(tenant_id=tenant_id, subject=subject), None)


async def record(session: AsyncSession, actor: Actor, action: str, *, transcript_id: UUID | None = None,
                 reason: str | None = None, **details: Any) -> None:
    """Add one entry in the caller's transaction."""
    content = entry_content(actor, action, transcript_id, reason, datetime.now(UTC), **details)
    session.add(AuditEntry(tenant_id=actor.tenant_id, action=action, transcript_id=transcript_id, content=content,
                           content_hash=entries.content_hash(content)))


async def record_on(pool: asyncpg.Pool, actor: Actor, action: str, *, transcript_id: UUID | None = None,
                    reason: str | None = None, **details: Any) -> None:
    """The same entry, committed in a statement of its own on the driver pool."""
    at = datetime.now(UTC)
    content = entry_content(actor, action, transcript_id, reason, at, **details)
    await repository.add_audit_entry(pool, actor.tenant_id, action, transcript_id, json.dumps(content),
                                     entries.content_hash(content), at)


def entry_content(actor: Actor, action: str, transcript_id: UUID | None, reason: str | None, at: datetime,
                  **details: Any) -> dict[str, Any]:
    return {
        "action": action, "actor": actor.principal.subject, "roles": sorted(actor.principal.roles),
        "tenant_id": str(actor.tenant_id), "transcript_id": transcript_id and str(transcript_id),
        "reason": reason, "request_id": actor.request_id, "at": at.isoformat(), **details,
    }


async def refusal(session: AsyncSession, actor: Actor, action: str, error: CallvaultError, *,
                  transcript_id: UUID | None, reason: str | None, **details: Any) -> CallvaultError:
    """A refused request is audited too: whatever the request had begun is rolled back, the entry
    (action, actor, reason, outcome and the problem) commits alone, and the error is returned to raise."""
    await session.rollback()
    await record(session, actor, action, transcript_id=transcript_id, reason=reason, outcome="refused",
                 problem=error.slug, status=error.status, **details)
    await session.commit()
    return error


async def page(session: AsyncSession, where: Filter, *, before_position: int | None, limit: int) -> AuditList:
    """Entries newest first; `next_cursor` is the position the next page starts below."""
    if where.since is not None and where.until is not None and where.until <= where.since:
        raise InvalidTimeRange(f"until ({where.until.isoformat()}) is not after since ({where.since.isoformat()})")
    rows = await repository.audit_page(session, where, before_position=before_position, limit=limit + 1)
    shown = rows[:limit]
    return AuditList(items=[AuditEntryRead.model_validate(r, from_attributes=True) for r in shown],
                     next_cursor=str(shown[-1].position) if len(rows) > limit else None)

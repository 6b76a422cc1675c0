"""The per-tenant consent ledger: every consent and call event, as an entry of the tenant's
transparency log (`services.common.transparency`; the transcripts' audit trail is another).

Personal data never enters an entry (participants appear by blind index), so erasing a phone number
later leaves the log intact. An entry is a plain insert in the caller's transaction; the sealer gives
it its leaf index and signs the tree head that covers it.
"""

from collections.abc import Iterable
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.transparency import entries
from services.recording_consent.models import LedgerEntry


async def append(session: AsyncSession, tenant_id: UUID,
                 items: Iterable[tuple[str, UUID | None, dict]]) -> list[LedgerEntry]:
    """Add (kind, call id, content) entries in order, in the caller's transaction."""
    rows = [LedgerEntry(tenant_id=tenant_id, kind=kind, call_id=call_id, content=content,
                        content_hash=entries.content_hash(content)) for kind, call_id, content in items]
    session.add_all(rows)
    return rows

"""The tenant's standing configuration of consent: announcements (versioned notice texts), the
do-not-record registry, and the consent settings that change how decisions come out."""

from datetime import UTC, datetime
from uuid import UUID

import asyncpg
from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import subjects
from services.common.events.outbox import add_event
from services.recording_consent import announcements, events, recomputation, repository
from services.recording_consent.errors import (
    AgentSiteNotFound,
    AnnouncementAlreadyExists,
    AnnouncementNotFound,
    BuiltinAnnouncement,
    DoNotRecordNotFound,
)
from services.recording_consent.models import AgentSite, Announcement, ConsentSettingsRow, DoNotRecord
from services.recording_consent.schemas import (
    AgentSiteRead,
    AgentSiteUpdate,
    AnnouncementCreate,
    AnnouncementRead,
    ConsentSettingsRead,
    ConsentSettingsUpdate,
    DoNotRecordCreate,
    DoNotRecordRead,
    PhoneRegionRead,
)
from services.recording_consent.service import Context


# --- announcements --------------------------------------------------------------------------------
async def create_announcement(session: AsyncSession, ctx: Context, data: AnnouncementCreate) -> AnnouncementRead:
    row = Announcement(tenant_id=ctx.tenant_id, version=data.version, language=data.language, text=data.text,
                       purposes=[str(p) for p in data.purposes])
    repository.add(session, row)
    try:
        await session.commit()
    except IntegrityError as exc:
        await session.rollback()
        raise AnnouncementAlreadyExists(f"announcement {data.version!r} in {data.language!r} already exists; "
                                        "versions are immutable, create a new one") from exc
    return AnnouncementRead.model_validate(row, from_attributes=True)


async def list_announcements(session: AsyncSession, language: str | None) -> list[AnnouncementRead]:
    own = [AnnouncementRead.model_validate(a, from_attributes=True)
           for a in await repository.list_announcements(session, language)]
    return [*own, *announcements.listed(language)]


async def get_announcement(session: AsyncSession, announcement_id: UUID) -> AnnouncementRead:
    if announcement_id == announcements.BUILTIN.id:
        return announcements.BUILTIN
    row = await repository.get_announcement(session, announcement_id)
    if row is None:
        raise AnnouncementNotFound(f"no announcement {announcement_id}")
    return AnnouncementRead.model_validate(row, from_attributes=True)


async def retire_announcement(session: AsyncSession, announcement_id: UUID) -> None:
    """Retired, never deleted: past notices name it, and their proof must still resolve."""
    if announcement_id == announcements.BUILTIN.id:
        raise BuiltinAnnouncement("the built-in announcement is never retired; create one of your own, which "
                                  "the consent IVR then plays instead")
    row = await repository.get_announcement(session, announcement_id)
    if row is None:
        raise AnnouncementNotFound(f"no announcement {announcement_id}")
    if row.retired_at is None:
        row.retired_at = datetime.now(UTC)
        repository.add(session, row)
        await session.commit()


# --- do not record --------------------------------------------------------------------------------
async def add_objection(session: AsyncSession, ctx: Context, data: DoNotRecordCreate) -> DoNotRecordRead:
    settings = await recomputation.tenant_settings(session, ctx.tenant_id)
    index = subjects.phone_index(ctx.crypto, ctx.tenant_id, data.phone_number, settings.default_region)
    row = DoNotRecord(tenant_id=ctx.tenant_id, phone_number_index=index, purposes=[str(p) for p in data.purposes],
                      source=data.source, expires_at=data.expires_at)
    repository.add(session, row)
    await session.commit()
    return DoNotRecordRead.model_validate(row, from_attributes=True)


async def list_objections(session: AsyncSession, ctx: Context, phone_number: str | None,
                          include_expired: bool) -> list[DoNotRecordRead]:
    index = None
    if phone_number is not None:
        settings = await recomputation.tenant_settings(session, ctx.tenant_id)
        index = subjects.phone_index(ctx.crypto, ctx.tenant_id, phone_number, settings.default_region)
    rows = await repository.list_do_not_record(session, index, include_expired, datetime.now(UTC))
    return [DoNotRecordRead.model_validate(r, from_attributes=True) for r in rows]


async def remove_objection(session: AsyncSession, entry_id: UUID) -> None:
    """Marked removed rather than deleted, so that `?at=` can still explain an earlier decision."""
    row = await repository.get_do_not_record(session, entry_id)
    if row is None:
        raise DoNotRecordNotFound(f"no do-not-record entry {entry_id}")
    row.removed_at = datetime.now(UTC)
    repository.add(session, row)
    await session.commit()


# --- settings -------------------------------------------------------------------------------------
async def get_settings(session: AsyncSession, ctx: Context) -> ConsentSettingsRead:
    return await recomputation.tenant_settings(session, ctx.tenant_id)


async def phone_region(pool: asyncpg.Pool, ctx: Context) -> PhoneRegionRead:
    async with pool.acquire() as conn:
        region = await repository.get_phone_region(conn, ctx.tenant_id)
    return PhoneRegionRead(default_region=region or recomputation.DEFAULT_SETTINGS.default_region)


async def put_settings(session: AsyncSession, ctx: Context, data: ConsentSettingsUpdate) -> ConsentSettingsRead:
    """Applies to decisions computed from now on; stored decisions change with their call's next event."""
    row = await repository.get_settings(session, ctx.tenant_id) or ConsentSettingsRow(tenant_id=ctx.tenant_id,
                                                                                       lawful_basis={})
    for field, value in data.model_dump(mode="json").items():
        setattr(row, field, value)
    row.updated_at = datetime.now(UTC)
    repository.add(session, row)
    add_event(session, events.settings_updated(ctx.tenant_id, row.default_region))
    await session.commit()
    return ConsentSettingsRead.model_validate(row, from_attributes=True)


# --- agent sites ----------------------------------------------------------------------------------
async def list_sites(session: AsyncSession) -> list[AgentSiteRead]:
    return [AgentSiteRead.model_validate(s, from_attributes=True) for s in await repository.list_sites(session)]


async def get_site(session: AsyncSession, ctx: Context, name: str) -> AgentSiteRead:
    site = await repository.get_site(session, ctx.tenant_id, name)
    if site is None:
        raise AgentSiteNotFound(f"no agent site {name!r}")
    return AgentSiteRead.model_validate(site, from_attributes=True)


async def put_site(session: AsyncSession, ctx: Context, name: str, data: AgentSiteUpdate) -> AgentSiteRead:
    """Create or move a site. Applies to participants who join from now on: a participant keeps the
    jurisdiction it was resolved to, as its decisions cited it."""
    site = await repository.get_site(session, ctx.tenant_id, name) or AgentSite(tenant_id=ctx.tenant_id, name=name,
                                                                               jurisdiction=data.jurisdiction)
    site.jurisdiction, site.updated_at = data.jurisdiction, datetime.now(UTC)
    repository.add(session, site)
    await session.commit()
    return AgentSiteRead.model_validate(site, from_attributes=True)


async def delete_site(session: AsyncSession, ctx: Context, name: str) -> None:
    site = await repository.get_site(session, ctx.tenant_id, name)
    if site is None:
        raise AgentSiteNotFound(f"no agent site {name!r}")
    await repository.delete_site(session, site)
    await session.commit()

"""HTTP routes for the tenant's consent configuration: announcements, do-not-record, settings."""

from uuid import UUID

from fastapi import APIRouter, status

from services.common.deps import DriverPoolDep, SessionDep
from services.common.errors import problem_responses
from services.recording_consent import registry
from services.recording_consent.deps import ContextDep
from services.recording_consent.errors import (
    AgentSiteNotFound,
    AnnouncementAlreadyExists,
    AnnouncementNotFound,
    BuiltinAnnouncement,
    DoNotRecordNotFound,
)
from services.recording_consent.schemas import (
    AgentSiteRead,
    AgentSiteUpdate,
    AnnouncementCreate,
    AnnouncementRead,
    ConsentSettingsRead,
    ConsentSettingsUpdate,
    DoNotRecordCreate,
    DoNotRecordRead,
    Language,
    PhoneNumber,
    PhoneRegionRead,
    SiteName,
)

router = APIRouter(prefix="/v1")

@router.post("/announcements", tags=["announcements"], status_code=status.HTTP_201_CREATED,
             response_model=AnnouncementRead,
             responses=problem_responses(AnnouncementAlreadyExists))
async def create_announcement(body: AnnouncementCreate, session: SessionDep, ctx: ContextDep) -> AnnouncementRead:
    """Add a notice text, versioned per language; a version never changes once created."""
    return await registry.create_announcement(session, ctx, body)


@router.get("/announcements", tags=["announcements"], response_model=list[AnnouncementRead])
async def list_announcements(session: SessionDep, language: Language | None = None):
    """Every announcement, retired ones included (past notices name them), and the built-in one the
    consent IVR plays until the tenant makes its own."""
    return await registry.list_announcements(session, language)


@router.get("/announcements/{announcement_id}", tags=["announcements"], response_model=AnnouncementRead,
            responses=problem_responses(AnnouncementNotFound))
async def get_announcement(announcement_id: UUID, session: SessionDep) -> AnnouncementRead:
    """Read one announcement."""
    return await registry.get_announcement(session, announcement_id)


@router.delete("/announcements/{announcement_id}", tags=["announcements"], status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(AnnouncementNotFound, BuiltinAnnouncement))
async def retire_announcement(announcement_id: UUID, session: SessionDep) -> None:
    """Retire an announcement: new notices may no longer name it; past ones still resolve."""
    await registry.retire_announcement(session, announcement_id)


@router.post("/do-not-record", tags=["do-not-record"], status_code=status.HTTP_201_CREATED,
             response_model=DoNotRecordRead)
async def add_objection(body: DoNotRecordCreate, session: SessionDep, ctx: ContextDep) -> DoNotRecordRead:
    """Register a standing objection for a phone number (kept only as a blind index)."""
    return await registry.add_objection(session, ctx, body)


@router.get("/do-not-record", tags=["do-not-record"], response_model=list[DoNotRecordRead])
async def list_objections(session: SessionDep, ctx: ContextDep, phone_number: PhoneNumber | None = None,
                          include_expired: bool = False) -> list[DoNotRecordRead]:
    """Standing objections, optionally those of one phone number."""
    return await registry.list_objections(session, ctx, phone_number, include_expired)


@router.delete("/do-not-record/{entry_id}", tags=["do-not-record"], status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(DoNotRecordNotFound))
async def remove_objection(entry_id: UUID, session: SessionDep) -> None:
    """Lift a standing objection."""
    await registry.remove_objection(session, entry_id)


@router.get("/consent-settings", tags=["consent settings"], response_model=ConsentSettingsRead)
async def get_consent_settings(session: SessionDep, ctx: ContextDep) -> ConsentSettingsRead:
    """The tenant's consent settings (the defaults until changed)."""
    return await registry.get_settings(session, ctx)


@router.get("/consent-settings/phone-region", tags=["consent settings"], response_model=PhoneRegionRead)
async def get_phone_region(ctx: ContextDep, pool: DriverPoolDep) -> PhoneRegionRead:
    """The region numbers without a country code are read in (the transcripts service asks it, so a
    hold, an erasure or a search by number finds what the consent service indexed)."""
    return await registry.phone_region(pool, ctx)


@router.put("/consent-settings", tags=["consent settings"], response_model=ConsentSettingsRead)
async def put_consent_settings(body: ConsentSettingsUpdate, session: SessionDep,
                               ctx: ContextDep) -> ConsentSettingsRead:
    """Replace the tenant's consent settings."""
    return await registry.put_settings(session, ctx, body)


@router.get("/agent-sites", tags=["consent settings"], response_model=list[AgentSiteRead])
async def list_agent_sites(session: SessionDep) -> list[AgentSiteRead]:
    """The tenant's named agent sites and where each is."""
    return await registry.list_sites(session)


@router.get("/agent-sites/{name}", tags=["consent settings"], response_model=AgentSiteRead,
            responses=problem_responses(AgentSiteNotFound))
async def get_agent_site(name: SiteName, session: SessionDep, ctx: ContextDep) -> AgentSiteRead:
    """Read one agent site."""
    return await registry.get_site(session, ctx, name)


@router.put("/agent-sites/{name}", tags=["consent settings"], response_model=AgentSiteRead)
async def put_agent_site(name: SiteName, body: AgentSiteUpdate, session: SessionDep, ctx: ContextDep) -> AgentSiteRead:
    """Create a named site or change where it is; its agents joining from now on get its jurisdiction."""
    return await registry.put_site(session, ctx, name, body)


@router.delete("/agent-sites/{name}", tags=["consent settings"], status_code=status.HTTP_204_NO_CONTENT,
               responses=problem_responses(AgentSiteNotFound))
async def delete_agent_site(name: SiteName, session: SessionDep, ctx: ContextDep) -> None:
    """Remove a site; participants resolved through it keep their jurisdiction."""
    await registry.delete_site(session, ctx, name)

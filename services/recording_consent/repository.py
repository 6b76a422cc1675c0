"""Every query of the recording-consent service. Bound to a session; never commits."""

from collections.abc import Sequence
from datetime import datetime
from uuid import UUID

import asyncpg
from sqlalchemy import or_, text, tuple_
from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.recording_consent.models import (
    AgentSite,
    Announcement,
    Call,
    ConsentEvent,
    ConsentSettingsRow,
    Decision,
    DoNotRecord,
    LedgerEntry,
    Participant,
    RecordingStop,
)


def add(session: AsyncSession, *rows: object) -> None:
    session.add_all(rows)


# --- calls and participants -----------------------------------------------------------------------
async def get_call(session: AsyncSession, call_id: UUID, *, for_update: bool = False) -> Call | None:
    query = select(Call).where(Call.id == call_id)
    if for_update:  # serializes events on one call, so decision versions never interleave
        query = query.with_for_update()
    return (await session.exec(query)).first()


async def get_call_by_external_id(session: AsyncSession, provider: str, external_id: str) -> Call | None:
    query = select(Call).where(Call.provider == provider, Call.external_id == external_id)
    return (await session.exec(query)).first()


async def list_calls(session: AsyncSession, *, provider: str | None, external_id: str | None,
                     phone_index: str | None, recording_state: str | None, started_after: datetime | None,
                     started_before: datetime | None, may_record: bool | None,
                     after: tuple[datetime, UUID] | None, limit: int) -> list[Call]:
    """Newest first, keyset-paginated on (created_at, id)."""
    query = select(Call)
    if provider is not None:
        query = query.where(Call.provider == provider)
    if external_id is not None:
        query = query.where(Call.external_id == external_id)
    if phone_index is not None:
        on_call = select(Participant.call_id).where(Participant.phone_number_index == phone_index)
        query = query.where(col(Call.id).in_(on_call))
    if recording_state is not None:
        query = query.where(Call.recording_state == recording_state)
    if may_record is not None:  # the decision as last computed (a time-bound one is recomputed when read)
        query = query.where(col(Call.id).in_(select(Decision.call_id).where(Decision.may_record == may_record)))
    if started_after is not None:
        query = query.where(col(Call.started_at) >= started_after)
    if started_before is not None:
        query = query.where(col(Call.started_at) < started_before)
    if after is not None:
        query = query.where(tuple_(col(Call.created_at), col(Call.id)) < tuple_(*after))
    query = query.order_by(col(Call.created_at).desc(), col(Call.id).desc()).limit(limit)
    return list((await session.exec(query)).all())


async def list_participants(session: AsyncSession, call_id: UUID) -> list[Participant]:
    query = select(Participant).where(Participant.call_id == call_id).order_by(
        col(Participant.joined_at), col(Participant.external_id))
    return list((await session.exec(query)).all())


async def get_participant(session: AsyncSession, call_id: UUID, participant_id: UUID) -> Participant | None:
    query = select(Participant).where(Participant.call_id == call_id, Participant.id == participant_id)
    return (await session.exec(query)).first()


# --- the timeline ---------------------------------------------------------------------------------
async def list_events(session: AsyncSession, call_id: UUID) -> list[ConsentEvent]:
    query = select(ConsentEvent).where(ConsentEvent.call_id == call_id).order_by(
        col(ConsentEvent.occurred_at), col(ConsentEvent.sequence))
    return list((await session.exec(query)).all())




async def get_decision(session: AsyncSession, call_id: UUID) -> Decision | None:
    return await session.get(Decision, call_id)


async def get_decision_document(conn: asyncpg.Connection, tenant_id: UUID,
                                call_id: UUID) -> tuple[str, datetime | None] | None:
    """The stored decision as JSON text, ready for the wire, and when it goes stale: one round trip
    on the driver connection (the softphones' hot path: no ORM, no JSON decoding), through a
    function that sets the tenant for that statement, so row-level security applies as ever."""
    row = await conn.fetchrow("SELECT document, stale_after FROM callvault_read_decision($1, $2)", call_id, tenant_id)
    return None if row is None else (row[0], row[1])


async def get_phone_region(conn: asyncpg.Connection, tenant_id: UUID) -> str | None:
    """The tenant's `default_region`, None until its settings are changed: one round trip on the
    driver connection (the transcripts service asks it on every redacted read and subject lookup)."""
    return await conn.fetchval("SELECT callvault_read_phone_region($1)", tenant_id)


async def get_agent_decision_document(conn: asyncpg.Connection, tenant_id: UUID, call_id: UUID,
                                      agent_id: str) -> tuple[str, datetime | None] | None:
    """The same read for a softphone token: nothing unless its agent is on the call."""
    row = await conn.fetchrow("SELECT document, stale_after FROM callvault_read_agent_decision($1, $2, $3)",
                              call_id, tenant_id, agent_id)
    return None if row is None else (row[0], row[1])


async def agent_on_call(session: AsyncSession, call_id: UUID, agent_id: str) -> bool:
    query = select(Participant.id).where(Participant.call_id == call_id, Participant.role == "agent",
                                         Participant.external_id == agent_id)
    return (await session.exec(query)).first() is not None


# --- registry, announcements, settings -----------------------------------------------------------
async def objections_for(session: AsyncSession, indexes: Sequence[str]) -> list[DoNotRecord]:
    if not indexes:
        return []
    # Removed entries too: their removal time bounds them, so `?at=` can still explain the past.
    query = select(DoNotRecord).where(col(DoNotRecord.phone_number_index).in_(indexes))
    return list((await session.exec(query)).all())


async def list_do_not_record(session: AsyncSession, index: str | None, include_expired: bool,
                             now: datetime) -> list[DoNotRecord]:
    query = select(DoNotRecord).where(col(DoNotRecord.removed_at).is_(None))
    if index is not None:
        query = query.where(DoNotRecord.phone_number_index == index)
    if not include_expired:
        query = query.where(or_(col(DoNotRecord.expires_at).is_(None), col(DoNotRecord.expires_at) > now))
    return list((await session.exec(query.order_by(col(DoNotRecord.created_at)))).all())


async def get_do_not_record(session: AsyncSession, entry_id: UUID) -> DoNotRecord | None:
    query = select(DoNotRecord).where(DoNotRecord.id == entry_id, col(DoNotRecord.removed_at).is_(None))
    return (await session.exec(query)).first()


async def list_announcements(session: AsyncSession, language: str | None) -> list[Announcement]:
    query = select(Announcement)
    if language is not None:
        query = query.where(Announcement.language == language)
    return list((await session.exec(query.order_by(col(Announcement.created_at)))).all())


async def get_announcement(session: AsyncSession, announcement_id: UUID) -> Announcement | None:
    return await session.get(Announcement, announcement_id)




async def get_settings(session: AsyncSession, tenant_id: UUID) -> ConsentSettingsRow | None:
    return await session.get(ConsentSettingsRow, tenant_id)


async def get_site(session: AsyncSession, tenant_id: UUID, name: str) -> AgentSite | None:
    return await session.get(AgentSite, (tenant_id, name))


async def list_sites(session: AsyncSession, names: Sequence[str] | None = None) -> list[AgentSite]:
    query = select(AgentSite)
    if names is not None:
        query = query.where(col(AgentSite.name).in_(names))
    return list((await session.exec(query.order_by(col(AgentSite.name)))).all())


async def delete_site(session: AsyncSession, site: AgentSite) -> None:
    await session.delete(site)


# --- ledger ---------------------------------------------------------------------------------------
async def latest_participant_entry(session: AsyncSession, tenant_id: UUID, participant_id: UUID) -> LedgerEntry | None:
    """The participant's most recent ledger entry: what a receipt points at."""
    query = select(LedgerEntry).where(
        LedgerEntry.tenant_id == tenant_id,
        LedgerEntry.__table__.c.content["participant_id"].astext == str(participant_id),
    ).order_by(col(LedgerEntry.position).desc()).limit(1)
    return (await session.exec(query)).first()


async def get_recording_stop(session: AsyncSession, stop_id: UUID) -> RecordingStop | None:
    return await session.get(RecordingStop, stop_id)


async def notify_recording_stop(session: AsyncSession, call_id: UUID, stop_id: UUID) -> None:
    """Tell the decision streams (delivered at commit, and only if it commits)."""
    await session.exec(text("SELECT pg_notify('callvault_decision', :payload)"),
                       params={"payload": f"{call_id}:stop:{stop_id}"})


# --- privacy requests -----------------------------------------------------------------------------
async def participants_by_index(session: AsyncSession, indexes: Sequence[str], *, for_update: bool = False
                                ) -> list[Participant]:
    """Everyone on any call with one of these blind indexes, through `participant_phone_number_index`."""
    if not indexes:
        return []
    query = select(Participant).where(col(Participant.phone_number_index).in_(indexes))
    if for_update:
        query = query.with_for_update()
    return list((await session.exec(query.order_by(col(Participant.joined_at)))).all())


async def subject_refs(session: AsyncSession, indexes: Sequence[str]) -> list[tuple[UUID, UUID]]:
    """(participant, call) of everyone with one of these blind indexes: ids only, however many."""
    if not indexes:
        return []
    query = select(Participant.id, Participant.call_id).where(col(Participant.phone_number_index).in_(indexes))
    return [(p, c) for p, c in (await session.exec(query.order_by(col(Participant.joined_at)))).all()]


async def objections_from(session: AsyncSession, source: str) -> list[DoNotRecord]:
    """The entries a privacy request made (by their source), not removed."""
    query = select(DoNotRecord).where(DoNotRecord.source == source, col(DoNotRecord.removed_at).is_(None))
    return list((await session.exec(query)).all())


async def erase_phone_numbers(session: AsyncSession, participant_ids: Sequence[UUID]) -> int:
    """The numbers of these participants removed; how many still had one."""
    result = await session.execute(text(
        "UPDATE participant SET phone_number_encrypted = NULL "
        "WHERE id = ANY(:ids) AND phone_number_encrypted IS NOT NULL"), {"ids": list(participant_ids)})
    return result.rowcount

"""Every query of the recording-consent service. Bound to a session; never commits."""

from uuid import UUID

from sqlmodel import col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.recording_consent.models import Call, Decision, Participant


async def get_call(session: AsyncSession, call_id: UUID) -> Call | None:
    return await session.get(Call, call_id)


async def get_call_by_external_id(session: AsyncSession, provider: str, external_id: str) -> Call | None:
    query = select(Call).where(Call.provider == provider, Call.external_id == external_id)
    return (await session.exec(query)).first()


async def list_participants(session: AsyncSession, call_id: UUID) -> list[Participant]:
    query = select(Participant).where(Participant.call_id == call_id).order_by(col(Participant.external_id))
    return list((await session.exec(query)).all())


async def get_decision(session: AsyncSession, call_id: UUID) -> Decision | None:
    return await session.get(Decision, call_id)


def add(session: AsyncSession, *rows: Call | Participant | Decision) -> None:
    session.add_all(rows)

"""A recording stop's outcome: the telephony provider's answer when asked to stop a call's recording
after `recording.must_stop`. Stored against the call, published as `recording.stop_confirmed` or
`recording.stop_failed`, and shown on the call's decision stream."""

from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.events.outbox import add_event
from services.recording_consent import events, repository
from services.recording_consent.errors import CallNotFound
from services.recording_consent.models import RecordingStop
from services.recording_consent.schemas import RecordingStopCreate, RecordingStopRead


async def record(session: AsyncSession, tenant_id: UUID, call_id: UUID, data: RecordingStopCreate) -> RecordingStopRead:
    if await repository.get_call(session, call_id) is None:
        raise CallNotFound(f"no call {call_id}")
    stop = RecordingStop(tenant_id=tenant_id, call_id=call_id, outcome=data.outcome, provider=data.provider,
                         provider_answer=data.provider_answer, attempts=data.attempts)
    repository.add(session, stop)
    add_event(session, events.recording_stop(tenant_id, call_id, stop.id, data.outcome, data.provider,
                                             data.provider_answer, data.attempts))
    await repository.notify_recording_stop(session, call_id, stop.id)
    await session.commit()
    return RecordingStopRead.model_validate(stop, from_attributes=True)


async def read(session: AsyncSession, stop_id: UUID) -> RecordingStopRead | None:
    stop = await repository.get_recording_stop(session, stop_id)
    return None if stop is None else RecordingStopRead.model_validate(stop, from_attributes=True)

"""Use cases of the recording-consent service. Each opens no session of its own: it is handed the
tenant's session, does its work, writes its outbox event in the same transaction, commits once."""

from uuid import UUID

from sqlalchemy.exc import IntegrityError
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto, normalize_phone
from services.common.events.outbox import add_event
from services.recording_consent import events, repository
from services.recording_consent.decision import Outcome, ParticipantFacts, decide
from services.recording_consent.errors import CallAlreadyExists, CallNotFound
from services.recording_consent.models import Call, Decision, Participant
from services.recording_consent.schemas import (
    CallCreate,
    CallRead,
    DecisionRead,
    ParticipantCreate,
    ParticipantRead,
)


async def create_call(session: AsyncSession, crypto: FieldCrypto, tenant_id: UUID, data: CallCreate) -> CallRead:
    if await repository.get_call_by_external_id(session, data.provider, data.external_id):
        raise CallAlreadyExists(f"call {data.external_id!r} from {data.provider!r} already exists")
    call = Call(tenant_id=tenant_id, provider=data.provider, external_id=data.external_id,
                direction=data.direction, started_at=data.started_at)
    participants = [_participant(crypto, tenant_id, call.id, p) for p in data.participants]
    outcome = decide([ParticipantFacts(p.id, p.external_id, p.role) for p in participants])
    repository.add(session, call)
    await session.flush()  # the call row before the rows that reference it
    repository.add(session, *participants, _decision_row(tenant_id, call.id, outcome))
    add_event(session, events.call_created(tenant_id, call.id, call.provider, call.external_id,
                                           call.direction, [p.id for p in participants]))
    try:
        await session.commit()
    except IntegrityError as exc:  # a concurrent create of the same call won the race
        await session.rollback()
        raise CallAlreadyExists(f"call {data.external_id!r} from {data.provider!r} already exists") from exc
    return _call_read(call, participants)


async def get_call(session: AsyncSession, call_id: UUID) -> CallRead:
    call = await repository.get_call(session, call_id)
    if call is None:
        raise CallNotFound(f"no call {call_id}")
    return _call_read(call, await repository.list_participants(session, call_id))


async def get_decision(session: AsyncSession, call_id: UUID) -> DecisionRead:
    decision = await repository.get_decision(session, call_id)
    if decision is None:
        raise CallNotFound(f"no call {call_id}")
    return DecisionRead.model_validate(decision, from_attributes=True)


def _participant(crypto: FieldCrypto, tenant_id: UUID, call_id: UUID, data: ParticipantCreate) -> Participant:
    participant = Participant(tenant_id=tenant_id, call_id=call_id, external_id=data.external_id,
                              role=data.role)
    if data.phone_number:
        participant.phone_number_encrypted = crypto.encrypt(tenant_id, "participant.phone_number",
                                                            data.phone_number)
        participant.phone_number_index = crypto.blind_index(tenant_id, "phone",
                                                            normalize_phone(data.phone_number))
    return participant


def _decision_row(tenant_id: UUID, call_id: UUID, outcome: Outcome) -> Decision:
    return Decision(call_id=call_id, tenant_id=tenant_id, may_record=outcome.may_record,
                    may_transcribe=outcome.may_transcribe, missing=outcome.missing, reasons=outcome.reasons)


def _call_read(call: Call, participants: list[Participant]) -> CallRead:
    return CallRead(
        id=call.id, external_id=call.external_id, provider=call.provider, direction=call.direction,
        recording_state=call.recording_state, started_at=call.started_at, ended_at=call.ended_at,
        created_at=call.created_at,
        participants=[
            ParticipantRead(id=p.id, external_id=p.external_id, role=p.role, jurisdiction=p.jurisdiction,
                            has_phone_number=p.phone_number_encrypted is not None)
            for p in participants
        ],
    )

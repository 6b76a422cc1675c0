"""Use cases for calls, participants and decisions. Each is handed the tenant's session, does its
work, writes its outbox events and ledger entries in the same transaction, and commits once."""

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

import asyncpg
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import cursors, subjects
from services.common.auth import Principal
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.events.envelope import CloudEvent
from services.common.events.outbox import add_event
from services.common.phones import to_e164
from services.recording_consent import events, ledger, recomputation, repository
from services.recording_consent.errors import (
    AgentNotOnCall,
    CallAlreadyExists,
    CallNotFound,
    InvalidCursor,
    ParticipantAlreadyExists,
    UnknownAgentSite,
)
from services.recording_consent.models import Call, Participant
from services.recording_consent.policy.resolve import resolve_participant
from services.recording_consent.policy.rules import RuleSet
from services.recording_consent.schemas import (
    CallCreate,
    CallList,
    CallRead,
    CallSummary,
    ConsentSettingsRead,
    DecisionRead,
    ParticipantCreate,
    ParticipantRead,
)


@dataclass(frozen=True)
class Context:
    """What every use case needs besides the session: who the tenant is, and the service's tools."""

    tenant_id: UUID
    crypto: FieldCrypto
    rules: RuleSet


async def create_call(session: AsyncSession, ctx: Context, data: CallCreate) -> CallRead:
    if await repository.get_call_by_external_id(session, data.provider, data.external_id):
        raise CallAlreadyExists(f"call {data.external_id!r} from {data.provider!r} already exists")
    settings = await recomputation.tenant_settings(session, ctx.tenant_id)
    call = Call(tenant_id=ctx.tenant_id, provider=data.provider, external_id=data.external_id,
                direction=data.direction, started_at=data.started_at)
    start = data.started_at or datetime.now(UTC)
    places = await _places(session, ctx, settings, data.participants)
    participants = [new_participant(ctx, call.id, p, start, places) for p in data.participants]
    repository.add(session, call)
    try:
        await session.flush()  # the call row before the rows that reference it
    except IntegrityError as exc:  # a concurrent create of the same call (two webhooks of it) committed first
        await session.rollback()
        raise CallAlreadyExists(f"call {data.external_id!r} from {data.provider!r} already exists") from exc
    repository.add(session, *participants)
    change = await recomputation.recompute(session, ctx.rules, call, participants, [])
    add_event(session, events.call_created(ctx.tenant_id, call.id, call.provider, call.external_id,
                                           call.direction, [p.id for p in participants]))
    add_event(session, events.decision_changed(ctx.tenant_id, call.id, change.decision.document))
    await ledger.append(session, ctx.tenant_id, [
        ("call_created", call.id, {"kind": "call_created", "call_id": str(call.id), "provider": call.provider,
                                   "direction": call.direction, "started_at": _iso(call.started_at)}),
        *(joined_entry(p) for p in participants),
    ])
    try:
        await session.commit()
    except IntegrityError as exc:  # a concurrent create of the same call won the race
        await session.rollback()
        raise CallAlreadyExists(f"call {data.external_id!r} from {data.provider!r} already exists") from exc
    return call_read(call, participants)


async def add_participant(session: AsyncSession, ctx: Context, call_id: UUID,
                          data: ParticipantCreate) -> ParticipantRead:
    """Someone joins mid-call (a transfer, a conference, a supervisor): recorded, and the decision
    recomputed at once, since they have not heard the notice."""
    call = await _locked_call(session, call_id)
    existing = await repository.list_participants(session, call_id)
    if any(p.external_id == data.external_id for p in existing):
        raise ParticipantAlreadyExists(f"participant {data.external_id!r} is already on call {call_id}")
    settings = await recomputation.tenant_settings(session, ctx.tenant_id)
    participant = new_participant(ctx, call_id, data, datetime.now(UTC), await _places(session, ctx, settings, [data]))
    repository.add(session, participant)
    change = await recomputation.recompute(session, ctx.rules, call, [*existing, participant])
    add_event(session, events.participant_joined(ctx.tenant_id, call_id, participant.id, participant.role,
                                                 participant.jurisdiction))
    publish_change(session, ctx.tenant_id, call, change)
    await ledger.append(session, ctx.tenant_id, [joined_entry(participant)])
    await session.commit()
    return participant_read(participant)


async def get_call(session: AsyncSession, call_id: UUID) -> CallRead:
    call = await repository.get_call(session, call_id)
    if call is None:
        raise CallNotFound(f"no call {call_id}")
    return call_read(call, await repository.list_participants(session, call_id))


async def list_calls(session: AsyncSession, ctx: Context, *, provider: str | None, external_id: str | None,
                     phone_number: str | None, recording_state: str | None, started_after: datetime | None,
                     started_before: datetime | None, may_record: bool | None = None, cursor: str | None,
                     limit: int) -> CallList:
    """A page of calls; a phone number is looked for by its blind index, as the participant's was stored."""
    phone_index = None
    if phone_number is not None:
        settings = await recomputation.tenant_settings(session, ctx.tenant_id)
        phone_index = subjects.phone_index(ctx.crypto, ctx.tenant_id, phone_number, settings.default_region)
    rows = await repository.list_calls(
        session, provider=provider, external_id=external_id, phone_index=phone_index, recording_state=recording_state,
        started_after=started_after, started_before=started_before, may_record=may_record,
        after=_decode_cursor(cursor) if cursor else None, limit=limit + 1)
    page = rows[:limit]
    more = len(rows) > limit
    return CallList(items=[CallSummary.model_validate(c, from_attributes=True) for c in page],
                    next_cursor=cursors.encode(page[-1].created_at, page[-1].id) if more else None)


async def read_decision(engine: AsyncEngine, pool: asyncpg.Pool, ctx: Context, call_id: UUID) -> str:
    """The current decision as JSON: the stored one while fresh, else recomputed (and stored) first,
    so the read never serves a stale answer (a stay-on-line delay passed, an objection expired)."""
    document = await read_fresh_decision(pool, ctx, call_id)
    if document is not None:
        return document
    async with tenant_session(engine, ctx.tenant_id) as session:
        return json.dumps(await get_decision_document(session, ctx, call_id))


async def read_fresh_decision(pool: asyncpg.Pool, ctx: Context, call_id: UUID,
                              agent_id: str | None = None) -> str | None:
    """The stored decision as JSON text if there is one and time alone has not changed it yet:
    one primary-key read on a plain driver connection, no ORM (softphones ask many times a second).
    For a softphone token (`agent_id`), only when its agent is on the call."""
    async with pool.acquire() as conn:
        stored = await (repository.get_decision_document(conn, ctx.tenant_id, call_id) if agent_id is None else
                        repository.get_agent_decision_document(conn, ctx.tenant_id, call_id, agent_id))
    if stored is None:
        return None
    document, stale_after = stored
    return document if stale_after is None or stale_after > datetime.now(UTC) else None


async def get_decision_document(session: AsyncSession, ctx: Context, call_id: UUID) -> dict:
    """The current decision, recomputed and stored first if time alone has changed it."""
    row = await repository.get_decision(session, call_id)
    if row is None:
        raise CallNotFound(f"no call {call_id}")
    if row.stale_after is None or row.stale_after > datetime.now(UTC):
        return row.document
    call = await _locked_call(session, call_id)
    change = await recomputation.recompute(session, ctx.rules, call)
    publish_change(session, ctx.tenant_id, call, change)
    await session.commit()
    return change.decision.document


async def decision_at(session: AsyncSession, ctx: Context, call_id: UUID, at: datetime) -> DecisionRead:
    """The history as of a moment: every event that had happened by then, under today's rules."""
    call = await repository.get_call(session, call_id)
    if call is None:
        raise CallNotFound(f"no call {call_id}")
    outcome, settings = await recomputation.evaluate(session, ctx.rules, call, at)
    stored = await repository.get_decision(session, call_id)
    return recomputation.document(call_id, outcome, settings, stored.version if stored else 0, datetime.now(UTC))


def publish_change(session: AsyncSession, tenant_id: UUID, call: Call, change: recomputation.Change) -> None:
    for event in change_events(tenant_id, call, change):
        add_event(session, event)


def change_events(tenant_id: UUID, call: Call, change: recomputation.Change) -> list[CloudEvent]:
    """What a decision change tells subscribers: that it changed, and to stop a recording it no
    longer allows."""
    if not change.changed:
        return []
    changed = [events.decision_changed(tenant_id, call.id, change.decision.document)]
    if change.stopped() or (call.recording_state == "recording" and not change.decision.may_record):
        changed.append(events.recording_must_stop(tenant_id, call, change.decision.document))
    return changed


@dataclass(frozen=True)
class Places:
    """What places participants: the tenant's settings and the sites the new participants name."""

    default_region: str
    agent_jurisdiction: str | None
    sites: dict[str, str]  # site name -> jurisdiction


async def _places(session: AsyncSession, ctx: Context, settings: ConsentSettingsRead,
                  participants: list[ParticipantCreate]) -> Places:
    named = sorted({p.site for p in participants if p.site})
    sites = {s.name: s.jurisdiction for s in await repository.list_sites(session, named)} if named else {}
    if missing := [name for name in named if name not in sites]:
        raise UnknownAgentSite(f"no agent site {missing[0]!r}: create it with PUT /v1/agent-sites/{missing[0]}")
    return Places(settings.default_region, settings.agent_jurisdiction, sites)


def new_participant(ctx: Context, call_id: UUID, data: ParticipantCreate, default_joined: datetime,
                    places: Places) -> Participant:
    default_region = places.default_region
    resolution = resolve_participant(data.role, data.phone_number, data.jurisdiction,
                                     site=places.sites.get(data.site) if data.site else None,
                                     agent_jurisdiction=places.agent_jurisdiction, default_region=default_region)
    participant = Participant(tenant_id=ctx.tenant_id, call_id=call_id, external_id=data.external_id,
                              role=data.role, jurisdiction=resolution.jurisdiction,
                              jurisdiction_source=resolution.source, jurisdiction_notes=list(resolution.notes),
                              site=data.site, joined_at=data.joined_at or default_joined)
    e164 = to_e164(data.phone_number, default_region)
    if e164 is not None:  # a withheld or unusable number is not personal data worth keeping
        participant.phone_number_encrypted = ctx.crypto.encrypt(ctx.tenant_id, "participant.phone_number", e164)
        participant.phone_number_index = subjects.phone_index(ctx.crypto, ctx.tenant_id, e164, default_region)
    return participant


def joined_entry(p: Participant) -> tuple[str, UUID, dict]:
    return ("participant_joined", p.call_id, {
        "kind": "participant_joined", "call_id": str(p.call_id), "participant_id": str(p.id), "role": p.role,
        "subject": p.phone_number_index, "jurisdiction": p.jurisdiction, "joined_at": _iso(p.joined_at)})


async def _locked_call(session: AsyncSession, call_id: UUID) -> Call:
    call = await repository.get_call(session, call_id, for_update=True)
    if call is None:
        raise CallNotFound(f"no call {call_id}")
    return call


def participant_read(p: Participant) -> ParticipantRead:
    return ParticipantRead(id=p.id, external_id=p.external_id, role=p.role, jurisdiction=p.jurisdiction,
                           jurisdiction_source=p.jurisdiction_source, site=p.site, joined_at=p.joined_at,
                           left_at=p.left_at,
                           has_phone_number=p.phone_number_encrypted is not None)


def call_read(call: Call, participants: list[Participant]) -> CallRead:
    return CallRead(
        id=call.id, external_id=call.external_id, provider=call.provider, direction=call.direction,
        recording_state=call.recording_state, started_at=call.started_at, ended_at=call.ended_at,
        created_at=call.created_at, participants=[participant_read(p) for p in participants],
    )


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _decode_cursor(cursor: str) -> tuple[datetime, UUID]:
    if (after := cursors.decode(cursor)) is None:
        raise InvalidCursor("the cursor is not one this API returned")
    return after


async def call_id_by_provider(session: AsyncSession, principal: Principal, provider: str, external_id: str) -> UUID:
    """The call a provider names so (a softphone knows the provider's call id, not callvault's); for a
    softphone token only a call its agent is on (another is not found: provider ids are not secrets)."""
    call = await repository.get_call_by_external_id(session, provider, external_id)
    if call is None or (principal.agent_id is not None
                        and not await repository.agent_on_call(session, call.id, principal.agent_id)):
        raise CallNotFound(f"no {provider} call {external_id!r}"
                           + (" that this agent is on" if principal.agent_id is not None else ""))
    return call.id


async def ensure_softphone_may_act(session: AsyncSession, principal: Principal, call_id: UUID) -> None:
    """A softphone token acts only on calls its agent is on."""
    if principal.agent_id is not None and not await repository.agent_on_call(session, call_id, principal.agent_id):
        raise AgentNotOnCall(f"agent {principal.agent_id!r} is not on call {call_id}")

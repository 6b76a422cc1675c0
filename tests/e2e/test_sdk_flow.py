"""The typed SDK (clients/python, `callvault-client`) drives a whole flow against the running stack:
a call, consent, the decision and its live stream, a transcript stored, listed, read redacted, a
withdrawal seen by the stream, and an error answer parsed as a Problem."""

import asyncio
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from callvault_client import AuthenticatedClient
from callvault_client.api.calls import create_call, get_decision, record_consent_events
from callvault_client.api.transcripts import create_transcript, get_transcript, list_transcripts
from callvault_client.decisions import follow_decision
from callvault_client.models import (
    CallCreate,
    DecisionRead,
    Direction,
    EventCreate,
    EventType,
    Method,
    ParticipantCreate,
    ParticipantRole,
    Problem,
    Purpose,
    SegmentCreate,
    TranscriptCreate,
)


async def test_a_whole_flow_through_the_typed_client(gateway, tenant_key):
    started = datetime.now(UTC) - timedelta(seconds=30)
    client = AuthenticatedClient(base_url=str(gateway.base_url), token=tenant_key[1])
    async with client:
        call = await create_call.asyncio(client=client, body=CallCreate(
            external_id=f"CA{uuid4().hex}", provider="twilio", direction=Direction.INBOUND, started_at=started,
            participants=[ParticipantCreate(external_id="agent-1", role=ParticipantRole.AGENT, jurisdiction="US-NY"),
                          ParticipantCreate(external_id="caller", role=ParticipantRole.CUSTOMER,
                                            phone_number="+14155550100")]))
        ids = {p.external_id: p.id for p in call.participants}
        decision = await get_decision.asyncio(call.id, client=client)
        assert isinstance(decision, DecisionRead) and decision.may_transcribe is False  # California: all parties

        changes: asyncio.Queue = asyncio.Queue()

        async def follow() -> None:
            async for change in follow_decision(client, call.id):
                await changes.put(change)

        follower = asyncio.create_task(follow())
        try:
            first = await asyncio.wait_for(changes.get(), 10)
            assert first.version == decision.version and first.may_transcribe is False

            await record_consent_events.asyncio(call.id, client=client, body=EventCreate(
                type_=EventType.CONSENT_GRANTED, participant_id=ids["caller"], method=Method.DTMF,
                purposes=[Purpose.RECORDING, Purpose.TRANSCRIPTION], occurred_at=started))
            granted = await asyncio.wait_for(changes.get(), 10)
            assert granted.may_transcribe is True and granted.version > first.version

            stored = await create_transcript.asyncio(client=client, body=TranscriptCreate(
                call_id=call.id, language="en-US", engine="test-asr", segments=[
                    SegmentCreate(participant_id=ids["agent-1"], start_ms=1000, end_ms=1900, text="Thanks for calling"),
                    SegmentCreate(participant_id=ids["caller"], start_ms=2000, end_ms=2900,
                                  text="Mail me at a.b@example.com")]))
            listed = await list_transcripts.asyncio(client=client, call_id=call.id)
            assert [t.id for t in listed.items] == [stored.id]
            read = await get_transcript.asyncio(stored.id, client=client)
            assert "a.b@example.com" not in " ".join(s.text for s in read.segments)  # redacted by default

            recorded = await record_consent_events.asyncio(call.id, client=client, body=EventCreate(
                type_=EventType.CONSENT_WITHDRAWN, participant_id=ids["caller"], method=Method.VERBAL,
                purposes=[Purpose.RECORDING, Purpose.TRANSCRIPTION], occurred_at=datetime.now(UTC)))
            assert not isinstance(recorded, Problem), recorded
            withdrawn = await asyncio.wait_for(changes.get(), 10)
            assert withdrawn.may_record is False and withdrawn.may_transcribe is False
        finally:
            follower.cancel()

        missing = await get_decision.asyncio(uuid4(), client=client)
        assert isinstance(missing, Problem) and missing.status == 404

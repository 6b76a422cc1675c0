"""The LiveKit helpers against the running stack: egress waits for recording consent, and the
session's transcript goes through the consent gate."""

from datetime import datetime
from uuid import uuid4

import pytest
from callvault_client import AuthenticatedClient
from callvault_client.livekit import may_start_egress, post_session_transcript, wait_for_recording_consent
from callvault_client.models import Problem, TranscriptStored

from tests.helpers.support import ConsentApi, participant


@pytest.fixture
async def client(gateway, tenant_key):
    async with AuthenticatedClient(base_url=str(gateway.base_url), token=tenant_key[1]) as client:
        yield client


async def _ai_call(api: ConsentApi) -> tuple[dict, str, str]:
    call = await api.call(participant("bot", "virtual_agent", jurisdiction="US-NY"),
                          participant(f"c-{uuid4().hex[:6]}", phone_number="+14155550100"))
    roles = {p["role"]: p["id"] for p in call["participants"]}
    return call, roles["virtual_agent"], roles["customer"]


def _history(started: datetime) -> list[dict]:
    t = started.timestamp()
    return [{"role": "system", "content": ["You book tables."], "created_at": t},
            {"role": "assistant", "content": ["This call is recorded. Is that all right?"], "created_at": t + 1},
            {"role": "user", "content": ["Yes. A table for two, please."], "created_at": t + 6}]


async def test_egress_waits_for_consent_and_the_transcript_is_stored(api, client):
    call, bot, caller = await _ai_call(api)
    assert await may_start_egress(client, call["id"]) is False  # California: every party first
    assert await wait_for_recording_consent(client, call["id"], timeout=0.5) is False
    await api.events(call["id"], {"type": "consent_granted", "participant_id": caller, "method": "verbal",
                                  "purposes": ["recording", "transcription"], "occurred_at": call["started_at"]})
    assert await wait_for_recording_consent(client, call["id"], timeout=10) is True
    assert await may_start_egress(client, call["id"]) is True
    started = datetime.fromisoformat(call["started_at"])
    stored = await post_session_transcript(client, call["id"], _history(started),
                                           {"assistant": bot, "user": caller}, started, idempotency_key=call["id"])
    assert isinstance(stored, TranscriptStored) and stored.segment_count == 2


async def test_words_without_transcription_consent_are_refused(api, client):
    call, bot, caller = await _ai_call(api)
    started = datetime.fromisoformat(call["started_at"])
    refused = await post_session_transcript(client, call["id"], _history(started),
                                            {"assistant": bot, "user": caller}, started)
    assert isinstance(refused, Problem) and refused.status == 422
    assert refused.type_.endswith("segments-without-consent")

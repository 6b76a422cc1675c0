"""The Pipecat consent gate (callvault_client.pipecat) in Pipecat's own test pipeline (run_test),
against the running stack: frames wait for consent, the caller's spoken answer is recorded and opens
the gate, and a withdrawal made elsewhere closes it live."""

from uuid import uuid4

import pytest

pytest.importorskip("pipecat", reason="Pipecat is not installed: `make test` installs it (the client's "
                                      "`pipecat` extra); so does `pip install './clients/python[pipecat]'`")
from callvault_client import AuthenticatedClient
from callvault_client.pipecat import ConsentAnswerFrame, ConsentGate
from pipecat.frames.frames import OutputAudioRawFrame, TextFrame, TranscriptionFrame
from pipecat.tests.utils import run_test

from tests.helpers.consenting_calls import consenting_call
from tests.helpers.support import at, eventually, participant


def _audio() -> OutputAudioRawFrame:
    return OutputAudioRawFrame(audio=b"\x00" * 320, sample_rate=16000, num_channels=1)


def _heard(text: str) -> TranscriptionFrame:
    return TranscriptionFrame(text=text, user_id="caller", timestamp="2026-12-03T15:00:00Z")


@pytest.fixture
async def client(gateway, tenant_key):
    async with AuthenticatedClient(base_url=str(gateway.base_url), token=tenant_key[1]) as client:
        yield client


async def test_frames_wait_for_consent_and_pass_once_the_caller_agrees(api, client):
    call = await api.call(participant("bot", "agent", jurisdiction="US-NY"),
                          participant(f"c-{uuid4().hex[:6]}", phone_number="+14155550100"))
    caller = next(p["id"] for p in call["participants"] if p["role"] == "customer")
    gate = ConsentGate(client, call["id"], follow=False)
    down, _ = await run_test(gate, frames_to_send=[
        _audio(), _heard("before consent"), TextFrame("May I record this call?"),
        ConsentAnswerFrame(participant_id=caller, granted=True, utterance="yes, go ahead"),
        _audio(), _heard("after consent")],
        expected_down_frames=[TextFrame, OutputAudioRawFrame, TranscriptionFrame])
    assert down[-1].text == "after consent" and gate.held_back == 2
    [granted] = [e for e in await api.ok("GET", f"/v1/calls/{call['id']}/events") if e["type"] == "consent_granted"]
    assert granted["method"] == "verbal" and granted["evidence"] == {"utterance": "yes, go ahead"}


async def test_a_withdrawal_closes_the_gate_as_it_happens(api, client):
    call, ids = await consenting_call(api)
    gate = ConsentGate(client, call["id"])
    await gate.start_following()
    try:
        await eventually(lambda: gate.may_record and gate.may_transcribe, timeout=10, what="the first decision")
        await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"], "method": "verbal",
                                      "purposes": ["recording", "transcription"], "occurred_at": at(0)})
        await eventually(lambda: not gate.may_record, timeout=5, what="the withdrawal reaching the gate")
        await run_test(gate, frames_to_send=[_audio(), _heard("after withdrawal"), TextFrame("Goodbye")],
                       expected_down_frames=[TextFrame])
        assert gate.held_back == 2
    finally:
        await gate.stop_following()

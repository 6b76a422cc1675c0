"""`callvault simulate twilio` against the running stack: the call goes from the voice URL to
`completed` with the decision after each step, and every request it sends carries a signature that
Twilio's own `RequestValidator` accepts for the public URL it went to."""

import asyncio
import json
import sys
from urllib.parse import parse_qsl

import httpx

from services.gateway.telephony.simulation import TwilioSimulator
from tests.helpers.signed_webhooks import Phone

FLOW = ["voice", "status initiated", "status ringing", "status in-progress", "gather 1", "recording in-progress",
        "status completed", "recording completed"]  # Twilio's order: the file is ready after the hang-up


async def _cli(phone: Phone, *args: str, token: str | None = None, cwd=None) -> tuple[int, str, str]:
    key = phone.admin.headers["Authorization"].removeprefix("Bearer ")
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "services.cli", "simulate", "twilio", "--tenant", phone.slug, "--url", phone.base_url,
        "--api-key", key, "--auth-token", token or phone.twilio["auth_token"], *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=cwd)
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    return process.returncode, out.decode(), err.decode()


async def test_the_simulated_call_runs_from_voice_to_completed_with_the_decision_at_each_step(phone, tmp_path):
    code, out, err = await _cli(phone, "--json", "--to", "client:alice", cwd=tmp_path)
    assert code == 0, out + err
    outcome = json.loads(out)
    steps = {step["name"]: step for step in outcome["steps"]}
    assert [step["name"] for step in outcome["steps"]] == FLOW
    assert steps["voice"]["answer"].startswith("TwiML: says ")
    assert steps["status in-progress"]["may_record"] is False  # no key pressed yet: California-style all-party
    assert steps["gather 1"]["may_record"] is True
    assert "recorded (record-from-answer-dual)" in steps["gather 1"]["answer"]
    assert steps["recording in-progress"]["recording_state"] == "recording"
    assert steps["recording completed"]["recording_state"] == "stopped"  # reported after the call ended
    assert outcome["agent_id"] == "alice"
    # What the callbacks changed, read back as any client would.
    call = (await phone.admin.get(f"/v1/calls/{outcome['call_id']}")).json()
    assert call["external_id"] == outcome["call_sid"] and call["started_at"] and call["ended_at"]
    events = [e["type"] for e in (await phone.admin.get(f"/v1/calls/{outcome['call_id']}/events")).json()]
    assert {"notice_given", "consent_granted", "call_answered", "recording_started", "recording_stopped",
            "call_ended"} <= set(events)
    # A softphone token for the agent finds the call by Twilio's call sid.
    token = (await phone.admin.post("/v1/agent-tokens", json={"agent_id": "alice"})).json()["token"]
    found = await phone.client.get(f"/v1/calls/by-provider/twilio/{outcome['call_sid']}/decision",
                                   headers={"Authorization": f"Bearer {token}"})
    assert found.status_code == 200 and found.json()["call_id"] == outcome["call_id"]


async def test_a_declined_call_is_connected_unrecorded_and_every_request_is_signed_as_twilio_signs(phone):
    from twilio.request_validator import RequestValidator

    sent: list[httpx.Request] = []
    key = phone.admin.headers["Authorization"]

    def run():
        with httpx.Client(base_url=phone.base_url, headers={"Authorization": key}, timeout=10,
                          event_hooks={"request": [sent.append]}) as client:
            return TwilioSimulator(client, phone.slug, phone.twilio["auth_token"]).run(digit="2")

    outcome = await asyncio.to_thread(run)
    assert [s.name for s in outcome.steps] == ["voice", "status initiated", "status ringing", "status in-progress",
                                               "gather 2", "status completed"]
    assert outcome.steps[-1].may_record is False and "not recorded" in outcome.steps[4].answer
    posts = [r for r in sent if r.method == "POST"]
    assert len(posts) == 6
    validator = RequestValidator(phone.twilio["auth_token"])
    for request in posts:  # the gateway is reached at the public base URL here, so the URL is the one signed
        form = dict(parse_qsl(request.read().decode(), keep_blank_values=True))
        assert validator.validate(str(request.url), form, request.headers["X-Twilio-Signature"]), request.url
        assert not RequestValidator("another-token-000").validate(str(request.url), form,
                                                                  request.headers["X-Twilio-Signature"])


async def test_a_wrong_auth_token_stops_at_the_first_webhook_and_says_why(phone, tmp_path):
    code, out, err = await _cli(phone, token="not-the-configured-token", cwd=tmp_path)
    assert code == 1, err
    assert "401" in out and "X-Twilio-Signature" in out

"""`callvault simulate twilio`: one inbound Twilio call played through a running stack's webhooks,
signed as Twilio signs them (Twilio's own `RequestValidator`, with the tenant's auth token, over the
public URLs `GET /v1/telephony/twilio` lists), so an integrator sees the whole flow before touching
Twilio: the IVR's TwiML, the key press, the status and recording callbacks, and the decision after
each step.

Status and recording callbacks are applied in the background (the webhook inbox): after each one
that changes the call, the simulation waits, with a bound, until the call shows its event.
"""

import secrets
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from email.utils import formatdate
from typing import Any
from urllib.parse import urlsplit

import httpx
from twilio.request_validator import RequestValidator

EVENT_OF_STATUS = {"in-progress": "call_answered", "completed": "call_ended"}
EVENT_OF_RECORDING = {"in-progress": "recording_started", "completed": "recording_stopped"}


class SimulationFailed(Exception):
    """A step's answer was not what Twilio would accept, or what it changes never showed."""


@dataclass
class Step:
    name: str  # "voice", "status ringing", "gather 1", "recording in-progress", ...
    status: int
    answer: str  # what the answer says, in a line
    may_record: bool | None = None
    may_transcribe: bool | None = None
    recording_state: str | None = None


@dataclass
class Simulated:
    call_sid: str
    call_id: str | None = None
    agent_id: str | None = None  # the agent participant's external id: what a softphone token names
    steps: list[Step] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TwilioSimulator:
    """`gateway` is where requests go; the URLs signed are the public ones the gateway lists (they
    differ behind a proxy or a tunnel)."""

    client: httpx.Client  # the gateway, with a tenant administrator's API key
    tenant: str  # the tenant's slug, as in its webhook URLs
    auth_token: str
    caller: str = "+14155550100"
    called: str = "+14155550123"
    timeout: float = 15.0
    report: Callable[[Step], None] = lambda step: None

    def run(self, digit: str = "1") -> Simulated:
        urls = self._urls()
        sid = "CA" + secrets.token_hex(16)
        result = Simulated(sid)
        base = {"AccountSid": urls["account_sid"], "CallSid": sid, "From": self.caller, "To": self.called,
                "Direction": "inbound", "ApiVersion": "2010-04-01"}
        twiml = self._post(urls["voice_url"], {**base, "CallStatus": "ringing"})
        gather = twiml.find("Gather")
        if gather is None:
            raise SimulationFailed(f"the voice URL answered without a <Gather>: {ElementTree.tostring(twiml)!r}")
        said = " ".join(say.text or "" for say in gather.iter("Say"))
        result.call_id, result.agent_id = self._call(sid)
        self._step(result, "voice", 200, f"TwiML: says {said!r}, gathers one key at {gather.get('action')}")
        for n, status in enumerate(("initiated", "ringing", "in-progress")):
            self._status(result, urls["webhook_url"], {**base, "CallStatus": status, "SequenceNumber": str(n)})
        dial = self._post(gather.get("action") or urls["gather_url"], {**base, "CallStatus": "in-progress",
                                                                        "Digits": digit}).find("Dial")
        if dial is None:
            raise SimulationFailed("the gather step answered without a <Dial>")
        recorded = dial.get("record", "do-not-record") != "do-not-record"
        target = " ".join((child.text or "").strip() for child in dial)
        self._step(result, f"gather {digit}", 200, f"TwiML: dials {target}, "
                   + (f"recorded ({dial.get('record')})" if recorded else "not recorded"))
        callback = dial.get("recordingStatusCallback") or urls["webhook_url"]
        recording = {**base, "RecordingSid": "RE" + secrets.token_hex(16), "RecordingSource": "DialVerb",
                     "RecordingChannels": "2"}
        if recorded:
            self._recording(result, callback, {**recording, "RecordingStatus": "in-progress"})
        self._status(result, urls["webhook_url"], {**base, "CallStatus": "completed", "SequenceNumber": "3",
                                                   "CallDuration": "42"})
        if recorded:  # as Twilio does: once the file is ready, after the call's own `completed`
            self._recording(result, callback, {**recording, "RecordingStatus": "completed"})
        return result

    # --- pieces ------------------------------------------------------------------------------------
    def _urls(self) -> dict[str, str]:
        response = self.client.get("/v1/telephony/twilio")
        if response.status_code != 200:
            raise SimulationFailed(f"GET /v1/telephony/twilio answered {response.status_code}: {response.text} "
                                   "(configure Twilio first: PUT /v1/telephony/twilio)")
        read = response.json()
        if urlsplit(read["webhook_url"]).path.rstrip("/").rsplit("/", 1)[-1] != self.tenant:
            raise SimulationFailed(f"the API key belongs to another tenant than {self.tenant!r} "
                                   f"(its webhook URL is {read['webhook_url']})")
        return {**{k: read[k] for k in ("webhook_url", "voice_url", "gather_url")},
                "account_sid": read["settings"]["account_sid"]}

    def _status(self, result: Simulated, url: str, form: dict[str, str]) -> None:
        status = form["CallStatus"]
        self._callback(result, f"status {status}", url, {**form, "Timestamp": formatdate(usegmt=True)},
                       EVENT_OF_STATUS.get(status))

    def _recording(self, result: Simulated, url: str, form: dict[str, str]) -> None:
        status = form["RecordingStatus"]
        self._callback(result, f"recording {status}", url, form, EVENT_OF_RECORDING[status])

    def _callback(self, result: Simulated, name: str, url: str, form: dict[str, str], event: str | None) -> None:
        response = self._send(url, form)
        if event is not None:
            self._wait_for(result.call_id, event)
        self._step(result, name, response.status_code, response.text.strip())

    def _post(self, url: str, form: dict[str, str]) -> ElementTree.Element:
        response = self._send(url, form)
        if "xml" not in response.headers.get("content-type", ""):
            raise SimulationFailed(f"{url} answered {response.headers.get('content-type')}, not TwiML")
        return ElementTree.fromstring(response.content)

    def _send(self, url: str, form: dict[str, str]) -> httpx.Response:
        signature = RequestValidator(self.auth_token).compute_signature(url, form)
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        response = self.client.post(path, data=form, headers={"X-Twilio-Signature": signature})
        if response.status_code != 200:
            raise SimulationFailed(f"POST {path} answered {response.status_code}: {response.text}")
        return response

    def _call(self, sid: str) -> tuple[str, str | None]:
        found = self._json("/v1/calls", params={"provider": "twilio", "external_id": sid})["items"]
        if not found:
            raise SimulationFailed(f"the voice webhook created no call for {sid}")
        call = self._json(f"/v1/calls/{found[0]['id']}")
        agents = [p["external_id"] for p in call["participants"] if p["role"] == "agent"]
        return call["id"], agents[0] if agents else None

    def _wait_for(self, call_id: str | None, event: str) -> None:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if any(e["type"] == event for e in self._json(f"/v1/calls/{call_id}/events")):
                return
            time.sleep(0.1)  # a poll of the condition, bounded by the deadline
        raise SimulationFailed(f"{event} did not show on the call within {self.timeout:g} s "
                               "(GET /v1/webhook-inbox says what is pending or refused)")

    def _step(self, result: Simulated, name: str, status: int, answer: str) -> None:
        decision = self._json(f"/v1/calls/{result.call_id}/decision")
        call = self._json(f"/v1/calls/{result.call_id}")
        step = Step(name, status, answer, decision["may_record"], decision["may_transcribe"], call["recording_state"])
        result.steps.append(step)
        self.report(step)

    def _json(self, path: str, **kwargs: Any) -> Any:
        response = self.client.get(path, **kwargs)
        if response.status_code != 200:
            raise SimulationFailed(f"GET {path} answered {response.status_code}: {response.text}")
        return response.json()

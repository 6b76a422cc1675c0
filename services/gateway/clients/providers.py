"""Stopping a call's recording, and deleting a kept one, through its provider's REST API.

Twilio: the call's in-progress recordings are updated to `stopped` (or `paused`, as the tenant
prefers). Telnyx: Call Control's `record_stop` on the call. Vonage has no call to stop a recording:
each answered leg of the conversation is transferred to an NCCO that keeps it in the conversation
without recording (this needs the application's private key).

Deleting a recording: Twilio `DELETE /2010-04-01/Accounts/{sid}/Recordings/{sid}.json`, Telnyx
`DELETE /v2/recordings/{id}`, Vonage `DELETE /v1/files/{id}` (the recording's file, with the
application's JWT). A 404 is a recording already gone: deleted.
"""

import time
from dataclasses import dataclass
from typing import Any
from uuid import uuid4

import httpx
import jwt

ANSWER_EXCERPT = 500


@dataclass(frozen=True)
class Outcome:
    """`stopped`: the provider confirmed; otherwise `retry` says whether asking again may help (a
    5xx, a 429, a timeout) or not (a 4xx: the call is gone, the credentials are wrong)."""

    stopped: bool
    retry: bool
    answer: dict[str, Any]


class ProviderError(Exception):
    def __init__(self, outcome: Outcome) -> None:
        super().__init__(str(outcome.answer))
        self.outcome = outcome


def _check(response: httpx.Response) -> httpx.Response:
    if response.status_code >= 400:
        retry = response.status_code >= 500 or response.status_code == 429
        raise ProviderError(Outcome(False, retry, _answer(response)))
    return response


def _answer(response: httpx.Response) -> dict[str, Any]:
    return {"status": response.status_code, "body": response.text[:ANSWER_EXCERPT]}


async def stop_recording(http: httpx.AsyncClient, base_url: str, provider: str, config: dict,
                         external_id: str) -> Outcome:
    try:
        match provider:
            case "twilio":
                return await _twilio(http, base_url, config, external_id)
            case "telnyx":
                return await _telnyx(http, base_url, config, external_id)
            case "vonage":
                return await _vonage(http, base_url, config, external_id)
        return Outcome(False, False, {"error": f"{provider} has no API to stop a recording"})
    except ProviderError as exc:
        return exc.outcome
    except httpx.TransportError as exc:  # timeouts included: worth another try
        return Outcome(False, True, {"error": f"{type(exc).__name__}: {exc}"[:ANSWER_EXCERPT]})


async def delete_recording(http: httpx.AsyncClient, base_url: str, provider: str, config: dict,
                           recording_id: str) -> Outcome:
    """`stopped` in the outcome means deleted."""
    try:
        match provider:
            case "twilio":
                response = await http.delete(
                    f"{base_url}/2010-04-01/Accounts/{config['account_sid']}/Recordings/{recording_id}.json",
                    auth=(config["account_sid"], config["auth_token"]))
            case "telnyx":
                response = await http.delete(f"{base_url}/recordings/{recording_id}",
                                             headers={"Authorization": f"Bearer {config['api_key']}"})
            case "vonage":
                if not config.get("private_key"):
                    return Outcome(False, False, {"error": "the Vonage configuration has no private_key: the API "
                                                           "needs it to delete a recording"})
                response = await http.delete(f"{base_url}/v1/files/{recording_id}",
                                             headers={"Authorization": f"Bearer {_vonage_jwt(config)}"})
            case _:
                return Outcome(False, False, {"error": f"{provider} has no API to delete a recording"})
        if response.status_code == 404:  # already gone
            return Outcome(True, False, _answer(response))
        return Outcome(True, False, _answer(_check(response)))
    except ProviderError as exc:
        return exc.outcome
    except httpx.TransportError as exc:
        return Outcome(False, True, {"error": f"{type(exc).__name__}: {exc}"[:ANSWER_EXCERPT]})


def _vonage_jwt(config: dict) -> str:
    now = int(time.time())
    return jwt.encode({"application_id": config["application_id"], "iat": now, "exp": now + 300, "jti": str(uuid4())},
                      config["private_key"], algorithm="RS256")


async def _twilio(http: httpx.AsyncClient, base_url: str, config: dict, call_sid: str) -> Outcome:
    auth = (config["account_sid"], config["auth_token"])
    calls = f"{base_url}/2010-04-01/Accounts/{config['account_sid']}/Calls/{call_sid}"
    listed = _check(await http.get(f"{calls}/Recordings.json", params={"Status": "in-progress"}, auth=auth))
    stopped = []
    for recording in listed.json().get("recordings", []):
        _check(await http.post(f"{calls}/Recordings/{recording['sid']}.json", auth=auth,
                               data={"Status": config.get("stop_as", "stopped")}))
        stopped.append(recording["sid"])
    return Outcome(True, False, {"status": 200, "recordings": stopped, "now": config.get("stop_as", "stopped")})


async def _telnyx(http: httpx.AsyncClient, base_url: str, config: dict, call_control_id: str) -> Outcome:
    response = _check(await http.post(f"{base_url}/calls/{call_control_id}/actions/record_stop", json={},
                                      headers={"Authorization": f"Bearer {config['api_key']}"}))
    return Outcome(True, False, _answer(response))


async def _vonage(http: httpx.AsyncClient, base_url: str, config: dict, conversation: str) -> Outcome:
    if not config.get("private_key"):
        return Outcome(False, False, {"error": "the Vonage configuration has no private_key: the Voice API "
                                               "needs it to act on a call"})
    headers = {"Authorization": f"Bearer {_vonage_jwt(config)}"}
    listed = _check(await http.get(f"{base_url}/v1/calls", headers=headers,
                                   params={"conversation_uuid": conversation, "status": "answered"}))
    legs = [leg["uuid"] for leg in listed.json().get("_embedded", {}).get("calls", [])]
    ncco = [{"action": "conversation", "name": conversation, "record": False}]
    for leg in legs:
        _check(await http.put(f"{base_url}/v1/calls/{leg}", headers=headers,
                              json={"action": "transfer", "destination": {"type": "ncco", "ncco": ncco}}))
    return Outcome(True, False, {"status": 200, "legs": legs})

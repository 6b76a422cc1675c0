"""Helpers of the transcripts tests: a consenting call, a transcript body, API keys by role."""

import httpx

from tests.helpers.support import ConsentApi, at, by_external_id, participant

AGENT = participant("agent-7", "agent", jurisdiction="US-NY")
CUSTOMER = participant("cust", phone_number="+14155550100")


async def consenting_call(api: ConsentApi, started: float = -60) -> tuple[dict, dict[str, str]]:
    """A call whose customer consented to transcription from its start: (call, participant id by external id)."""
    call = await api.call(AGENT, CUSTOMER, started=started)
    ids = {k: v["id"] for k, v in by_external_id(call).items()}
    await api.events(call["id"], {"type": "consent_granted", "participant_id": ids["cust"],
                                  "purposes": ["recording", "transcription"], "method": "dtmf",
                                  "occurred_at": at(started)})
    return call, ids


def transcript_body(call: dict, ids: dict[str, str], *texts: str, **extra) -> dict:
    texts = texts or ("Hello, thanks for calling.", "My card is 4111 1111 1111 1111 and mail me at a.b@example.com")
    speakers = [ids["agent-7"], ids["cust"]]
    segments = [{"participant_id": speakers[i % 2], "start_ms": 1000 * (i + 1), "end_ms": 1000 * (i + 1) + 900,
                 "text": t} for i, t in enumerate(texts)]
    return {"call_id": call["id"], "language": "en-US", "engine": "test-asr", "segments": segments, **extra}


async def key_with_roles(gateway: httpx.AsyncClient, admin_headers: dict, *roles: str) -> dict[str, str]:
    response = await gateway.post("/v1/api-keys", headers=admin_headers, json={"label": "+".join(roles),
                                                                               "roles": list(roles)})
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['secret']}"}

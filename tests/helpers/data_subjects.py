"""Helpers of the privacy-request tests: a subject's calls and transcripts, a request driven to its end."""

from uuid import uuid4

from tests.helpers.consenting_calls import AGENT
from tests.helpers.support import ConsentApi, at, by_external_id, eventually, participant

FINISHED = ("completed", "partially_completed", "rejected")
ALL_PURPOSES = ["recording", "transcription", "analytics", "ai_training"]


def a_number() -> str:
    """A fresh US number, as E.164 (each test its own: the blind index is per tenant, the tenants per test)."""
    return f"+1415555{uuid4().int % 10000:04d}"


def formatted(e164: str) -> str:
    """The same number as a person writes it: (415) 555-0142."""
    digits = e164.removeprefix("+1")
    return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"


async def call_with(api: ConsentApi, *people: dict, purposes: list[str] = ALL_PURPOSES) -> tuple[dict, dict]:
    """A call of the agent with `people`, each consenting to `purposes` from its start."""
    call = await api.call(AGENT, *people, started=-120)
    ids = {k: v["id"] for k, v in by_external_id(call).items()}
    for person in people:
        await api.events(call["id"], {"type": "consent_granted", "participant_id": ids[person["external_id"]],
                                      "purposes": purposes, "method": "dtmf",
                                      # at the call's start, not "120 s ago" again: a slow create would leave
                                      # the first segments before the consent
                                      "occurred_at": call["started_at"]})
    return call, ids


async def transcript_of(api: ConsentApi, call: dict, ids: dict, *lines: tuple[str, str], **extra) -> dict:
    """A transcript of (speaker's external id, words) lines."""
    segments = [{"participant_id": ids[who], "start_ms": 1000 * (i + 1), "end_ms": 1000 * (i + 1) + 900, "text": text}
                for i, (who, text) in enumerate(lines)]
    return await api.ok("POST", "/v1/transcripts", 201, json={"call_id": call["id"], "language": "en-US",
                                                              "engine": "test-asr", "segments": segments, **extra})


def customer(external_id: str, number: str, role: str = "customer") -> dict:
    return participant(external_id, role, phone_number=number)


async def request(officer: ConsentApi, kind: str, subject: dict, **extra) -> dict:
    body = {"type": kind, "regulation": "gdpr", "subject": subject, "received_at": at(-3600), **extra}
    return await officer.ok("POST", "/v1/privacy-requests", 201, json=body)


async def verified_and_finished(officer: ConsentApi, request_id: str, timeout: float = 30) -> dict:
    await officer.ok("POST", f"/v1/privacy-requests/{request_id}/verify",
                     json={"method": "identity document checked", "verified_by": "officer@example.com"})
    return await finished(officer, request_id, timeout)


async def finished(officer: ConsentApi, request_id: str, timeout: float = 30) -> dict:
    answer: dict = {}

    async def done() -> bool:
        answer.update(await officer.ok("GET", f"/v1/privacy-requests/{request_id}"))
        return answer["status"] in FINISHED

    await eventually(done, timeout=timeout, interval=0.2, what=f"privacy request {request_id} finished")
    return answer

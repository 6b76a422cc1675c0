"""The recording-consent service as the transcripts service asks it: one request per transcript,
made with the caller's own internal token (whose audience names recording consent too), so the
answer is exactly what the caller may see.

On aiohttp's client directly, as the gateway's proxied hop: a request through httpx's wrappers over
the same aiohttp pool cost 0.30 ms of CPU against 0.085 ms, and this request is part of every
ingest (whose speed is a target)."""

import json
from datetime import datetime
from typing import Any
from uuid import UUID

import aiohttp
from pydantic import BaseModel

from services.common import tracing
from services.common.errors import DependencyUnavailable
from services.transcripts.errors import CallNotFound

SERVICE = "recording consent"


class Period(BaseModel):
    starts_at: datetime
    ends_at: datetime | None
    allowed: bool
    states: dict[UUID, str]
    reasons: list[str]


class PeriodParticipant(BaseModel):
    participant_id: UUID
    external_id: str
    role: str
    phone_number_index: str | None


class ConsentPeriods(BaseModel):
    call_id: UUID
    started_at: datetime
    ended_at: datetime | None
    participants: list[PeriodParticipant]
    periods: list[Period]


class PhoneRegion(BaseModel):
    default_region: str


# Idle connections are dropped before uvicorn's own 5 s keep-alive ends; a request sent on one the
# service closed meanwhile is sent again, once (these are reads).
KEEPALIVE_SECONDS = 4.0


AGENT_ROLES = frozenset({"agent", "virtual_agent"})  # the tenant's side: never the subject a hold names by number


class ConsentClient:
    def __init__(self, base_url: str, timeout: float = 5) -> None:
        """Made in the running event loop (the service's startup)."""
        self._base = base_url.rstrip("/")
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout),
                                           connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_SECONDS))

    async def transcription_periods(self, token: str, request_id: str | None, call_id: UUID) -> ConsentPeriods:
        response = await self._get(token, request_id, f"/v1/calls/{call_id}/consent-periods",
                                   {"purpose": "transcription"}, call_id, "; nothing was stored")
        return ConsentPeriods.model_validate_json(response)

    async def participant_indexes(self, token: str, request_id: str | None, call_id: UUID) -> tuple[list[str], bool]:
        """The blind indexes of the numbers of the call's participants, and whether whose call it is cannot be
        told by number: a customer or third party has none (withheld, never given, not a number), or the call
        has no one but agents (the other side never reported)."""
        body = await self._get(token, request_id, f"/v1/calls/{call_id}/consent-periods",
                               {"purpose": "transcription"}, call_id, "")
        participants = ConsentPeriods.model_validate_json(body).participants
        return ([p.phone_number_index for p in participants if p.phone_number_index],
                all(p.role in AGENT_ROLES for p in participants)
                or any(not p.phone_number_index for p in participants if p.role not in AGENT_ROLES))

    async def ensure_call(self, token: str, request_id: str | None, call_id: UUID) -> None:
        """CallNotFound unless the caller can see the call (its decision: the one read a softphone
        token may make, for its agent's calls only)."""
        await self._get(token, request_id, f"/v1/calls/{call_id}/decision", None, call_id, "")

    async def phone_region(self, token: str, request_id: str | None) -> str:
        """The tenant's `default_region`: numbers are read as the consent service reads them."""
        body = await self._get(token, request_id, "/v1/consent-settings/phone-region", None, None, "")
        return PhoneRegion.model_validate_json(body).default_region

    async def read(self, token: str, request_id: str | None, path: str, call_id: UUID) -> Any:
        """The JSON of a read the caller may make (a call, its events, its decision)."""
        return json.loads(await self._get(token, request_id, path, None, call_id, ""))

    async def write(self, token: str, request_id: str | None, path: str, body: Any) -> tuple[int, Any]:
        """A write as the caller (creating a call, recording its events): the status and the JSON answer,
        a refusal included, for the caller to report; an outage raises."""
        headers = {"authorization": f"Bearer {token}", **({"x-request-id": request_id} if request_id else {})}
        tracing.inject(headers)
        try:
            async with self._http.post(self._base + path, json=body, headers=headers) as response:
                status, answer = response.status, await response.read()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} is unreachable") from exc
        if status >= 500:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} answered {status}")
        return status, json.loads(answer) if answer else None

    async def _get(self, token: str, request_id: str | None, path: str, params: dict | None, call_id: UUID | None,
                   outage_note: str) -> bytes:
        """The body of a 200 answer."""
        headers = {"authorization": f"Bearer {token}", **({"x-request-id": request_id} if request_id else {})}
        tracing.inject(headers)
        for attempt in (1, 2):
            try:
                async with self._http.get(self._base + path, params=params, headers=headers) as response:
                    status, body = response.status, await response.read()
                break
            except aiohttp.ServerDisconnectedError as exc:  # a pooled connection the service had closed
                if attempt == 2:
                    raise DependencyUnavailable(SERVICE, f"{SERVICE} is unreachable{outage_note}") from exc
            except (aiohttp.ClientError, TimeoutError) as exc:
                raise DependencyUnavailable(SERVICE, f"{SERVICE} is unreachable{outage_note}") from exc
        if status in (403, 404):  # another agent's call is as unknown as a call that never was
            raise CallNotFound(f"the consent service knows no call {call_id}")
        if status != 200:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} answered {status}{outage_note}")
        return body

    async def close(self) -> None:
        await self._http.close()

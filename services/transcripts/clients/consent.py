"""The recording-consent service as the transcripts service asks it: one request per transcript,
made with the caller's own internal token (whose audience names recording consent too), so the
answer is exactly what the caller may see."""

from datetime import datetime
from uuid import UUID

import httpx
from httpx_aiohttp import AiohttpTransport
from pydantic import BaseModel

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


class ConsentClient:
    def __init__(self, base_url: str, timeout: float = 5) -> None:
        # On aiohttp's pool: httpcore's own costs about 1.5 ms of CPU a request.
        self._http = httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=AiohttpTransport())

    async def transcription_periods(self, token: str, request_id: str | None, call_id: UUID) -> ConsentPeriods:
        response = await self._get(token, request_id, f"/v1/calls/{call_id}/consent-periods",
                                   {"purpose": "transcription"}, call_id, "; nothing was stored")
        return ConsentPeriods.model_validate_json(response.content)

    async def ensure_call(self, token: str, request_id: str | None, call_id: UUID) -> None:
        """CallNotFound unless the caller can see the call (its decision: the one read a softphone
        token may make, for its agent's calls only)."""
        await self._get(token, request_id, f"/v1/calls/{call_id}/decision", None, call_id, "")

    async def _get(self, token: str, request_id: str | None, path: str, params: dict | None, call_id: UUID,
                   outage_note: str) -> httpx.Response:
        headers = {"authorization": f"Bearer {token}", **({"x-request-id": request_id} if request_id else {})}
        try:
            response = await self._http.get(path, params=params, headers=headers)
        except httpx.HTTPError as exc:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} is unreachable{outage_note}") from exc
        if response.status_code in (403, 404):  # another agent's call is as unknown as a call that never was
            raise CallNotFound(f"the consent service knows no call {call_id}")
        if response.status_code != 200:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} answered {response.status_code}{outage_note}")
        return response

    async def close(self) -> None:
        await self._http.aclose()

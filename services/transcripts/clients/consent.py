"""The recording-consent service as the transcripts service asks it: one request per transcript,
made with the caller's own internal token (whose audience names recording consent too), so the
answer is exactly what the caller may see."""

from datetime import datetime
from uuid import UUID

import httpx
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
        self._http = httpx.AsyncClient(base_url=base_url, timeout=timeout)

    async def transcription_periods(self, token: str, request_id: str | None, call_id: UUID) -> ConsentPeriods:
        headers = {"authorization": f"Bearer {token}", **({"x-request-id": request_id} if request_id else {})}
        try:
            response = await self._http.get(f"/v1/calls/{call_id}/consent-periods",
                                            params={"purpose": "transcription"}, headers=headers)
        except httpx.HTTPError as exc:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} is unreachable; nothing was stored") from exc
        if response.status_code == 404:
            raise CallNotFound(f"the consent service knows no call {call_id}")
        if response.status_code != 200:
            raise DependencyUnavailable(SERVICE, f"{SERVICE} answered {response.status_code}; nothing was stored")
        return ConsentPeriods.model_validate_json(response.content)

    async def close(self) -> None:
        await self._http.aclose()

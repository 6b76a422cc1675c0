"""A redaction that spends its CPU budget stops and answers a problem (issue 27, item 2): the transcripts
service in-process with a budget far below what a megabyte costs; an ordinary text still passes."""

from collections.abc import AsyncIterator
from uuid import uuid4

import httpx
import pytest

from services.common.auth import Role
from services.common.settings import Settings
from services.transcripts.app import create_app
from tests.helpers.support import internal_headers, running


@pytest.fixture(scope="module")
async def transcripts(services: Settings) -> AsyncIterator[httpx.AsyncClient]:
    async for client in running(create_app(services.model_copy(update={"redaction_cpu_seconds_per_mb": 0.001}))):
        yield client


async def test_a_redaction_past_its_cpu_budget_is_a_422_problem_and_a_short_one_is_not(transcripts, services):
    headers = internal_headers(services, uuid4(), (Role.tenant_admin,), audience="transcripts")
    response = await transcripts.post("/v1/redact", json={"text": "1 " * 500_000}, headers=headers)
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert problem["type"].endswith(":redaction-over-budget") and "1,000,000 characters" in problem["detail"]
    ok = await transcripts.post("/v1/redact", json={"text": "card 4111 1111 1111 1111"}, headers=headers)
    assert ok.status_code == 200 and ok.json()["text"] == "card [CARD]"

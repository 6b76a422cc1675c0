"""SeaweedFS (the S3) stopped while transcripts are arriving: each ingest is stored whole or refused
with a 503 and Retry-After, and so is a read; no row is left without its object, and ingest and reads
recover when S3 is back, with no restart of the service."""

import asyncio

import httpx
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.stored_transcripts import objects_of
from tests.helpers.support import ConsentApi, eventually
from tests.reliability.conftest import Installation


async def test_ingest_with_s3_stopped_is_refused_whole_and_recovers(installation: Installation, tenant):
    tenant_id, admin = tenant.id, tenant.admin
    call, ids = await consenting_call(ConsentApi(admin, {}))
    transcripts_pid = installation.process("transcripts").pid
    stored: list[str] = []
    refused: list[httpx.Response] = []
    phase = {"s3": "up"}
    stored_after_restart: list[str] = []
    stopping = asyncio.Event()

    async def ingest_until_stopped(writer: int) -> None:
        n = 0
        while not stopping.is_set():
            n += 1
            response = await admin.post("/v1/transcripts", json=transcript_body(call, ids, f"Line {writer}.{n}."))
            if response.status_code == 201:
                stored.append(response.json()["id"])
                if phase["s3"] == "back":
                    stored_after_restart.append(response.json()["id"])
            else:
                assert response.status_code == 503, response.text
                refused.append(response)

    writers = [asyncio.create_task(ingest_until_stopped(w)) for w in range(4)]
    try:
        await eventually(lambda: len(stored) >= 8, 30, what="transcripts stored before the outage")
        await asyncio.to_thread(installation.stop, "seaweedfs")
        phase["s3"] = "down"
        await eventually(lambda: len(refused) >= 8, 60, what="ingests refused during the outage")
        # A read too (its GET is not aiobotocore's: clients/signed_get.py): a 503 once its retries are spent,
        # never the 410 of an object gone for good.
        during = await admin.get(f"/v1/transcripts/{stored[0]}")
        assert during.status_code == 503 and during.headers["retry-after"].isdigit(), during.text
        assert during.headers["content-type"] == "application/problem+json"
        async with httpx.AsyncClient(timeout=10) as client:
            ready = await client.get(installation.ops_url("transcripts") + "/readyz")
        assert ready.status_code == 503 and ready.json()["failing"] == ["s3"], ready.text
        await asyncio.to_thread(installation.start, "seaweedfs")
        phase["s3"] = "back"
        await eventually(lambda: len(stored_after_restart) >= 4, 60, what="ingest recovered")
    finally:
        stopping.set()
        await asyncio.gather(*writers)

    for response in refused:
        assert response.headers["retry-after"].isdigit()
        assert response.headers["content-type"] == "application/problem+json"
    assert installation.process("transcripts").pid == transcripts_pid
    settings = installation.settings
    owner = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=1)
    try:
        async with tenant_session(owner, tenant_id) as session:
            rows = (await session.execute(text("SELECT id::text FROM transcript"))).scalars().all()
    finally:
        await owner.dispose()
    assert sorted(rows) == sorted(stored)  # a refused ingest left no row
    for transcript_id in rows:
        assert await objects_of(settings, tenant_id, transcript_id, kind="segments.json"), transcript_id
    for transcript_id in stored[:3] + stored_after_restart[-3:]:
        read = await admin.get(f"/v1/transcripts/{transcript_id}")
        assert read.status_code == 200 and read.json()["segments"][0]["text"].startswith("Line "), read.text

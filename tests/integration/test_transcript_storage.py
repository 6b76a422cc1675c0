"""The transcripts service in-process against the real stack: outages store nothing, a crash between
object and row leaves nothing after the sweeper, rotation under concurrent reads, size limits."""

import asyncio
import subprocess
import sys
from collections.abc import AsyncIterator
from uuid import UUID, uuid4

import httpx
import pytest
from sqlalchemy import text

from services.common.auth import Role
from services.common.db import create_engine, tenant_session
from services.common.settings import Settings
from services.common.storage import s3_client
from services.stack.processes import free_port
from services.stack.up import settings_env
from services.transcripts import key_rotation, sweeper
from services.transcripts.app import create_app
from services.transcripts.clients.objects import object_key
from services.transcripts.lifecycle import repository as lifecycle
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.support import ConsentApi, eventually, internal_headers, running

ROLES = (Role.tenant_admin, Role.compliance_officer)


@pytest.fixture
def gateway_api(gateway, tenant_key) -> ConsentApi:
    return ConsentApi(gateway, {"Authorization": f"Bearer {tenant_key[1]}"})


@pytest.fixture(scope="module")
async def transcripts(services: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, object]]:
    """The service in-process (beside the session's processes), its app for its state."""
    app = create_app(services.model_copy(update={"max_transcript_segments": 50, "max_transcript_bytes": 20_000}))
    async for client in running(app):
        yield client, app


@pytest.fixture(scope="module")
async def owner(settings: Settings):
    engine = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


def _headers(settings: Settings, tenant_id: UUID) -> dict[str, str]:
    return internal_headers(settings, tenant_id, ROLES, audience="transcripts")


async def _objects(settings: Settings, tenant_id: UUID) -> list[str]:
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"tenants/{tenant_id}/transcripts/")
    return [o["Key"] for o in listed.get("Contents", [])]


async def _count(engine, tenant_id: UUID, table: str) -> int:
    """The tenant's rows. Named in the query: the owner sees every tenant's `pending_object` (its orphan scan's
    policy), and other tests leave announcements of their own for the sweeper (an erased call's refused store)."""
    async with tenant_session(engine, tenant_id) as session:
        return (await session.execute(text(f"SELECT count(*) FROM {table} WHERE tenant_id = :t"),
                                      {"t": tenant_id})).scalar_one()


async def test_with_the_consent_service_unreachable_it_is_a_503_and_nothing_is_stored(services, gateway_api, tenant_key,
                                                                                        owner):
    call, ids = await consenting_call(gateway_api)
    cut_off = services.model_copy(update={"recording_consent_url": f"http://127.0.0.1:{free_port()}"})
    async for client in running(create_app(cut_off)):
        response = await client.post("/v1/transcripts", json=transcript_body(call, ids),
                                      headers=_headers(services, tenant_key[0]))
    assert response.status_code == 503, response.text
    assert response.headers["retry-after"] and "nothing was stored" in response.json()["detail"]
    assert await _count(owner, tenant_key[0], "transcript") == 0
    assert await _objects(services, tenant_key[0]) == []


async def test_a_crash_between_object_and_row_leaves_no_orphan_after_the_sweeper(transcripts, services, gateway_api,
                                                                                 tenant_key, owner):
    _, app = transcripts
    call, ids = await consenting_call(gateway_api)
    marker = f"crash_{uuid4().hex[:8]}"
    async with owner.begin() as conn:  # the row insert fails, as if the process died right after the PUT
        await conn.execute(text(f"CREATE FUNCTION {marker}() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                "BEGIN RAISE EXCEPTION 'simulated crash'; END $$"))
        await conn.execute(text(f"CREATE TRIGGER {marker} BEFORE INSERT ON transcript FOR EACH ROW "
                                f"WHEN (NEW.engine = '{marker}') EXECUTE FUNCTION {marker}()"))
    # As a server answers an unexpected error (a 500), rather than raising it into the test.
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://service") as answering:
            response = await answering.post("/v1/transcripts", json=transcript_body(call, ids, engine=marker),
                                            headers=_headers(services, tenant_key[0]))
    finally:
        async with owner.begin() as conn:
            await conn.execute(text(f"DROP TRIGGER {marker} ON transcript"))
            await conn.execute(text(f"DROP FUNCTION {marker}()"))
    assert response.status_code == 500
    assert await _count(owner, tenant_key[0], "transcript") == 0
    assert len(await _objects(services, tenant_key[0])) == 1  # the object made it; its row did not
    assert await _count(owner, tenant_key[0], "pending_object") == 1

    await sweeper.sweep(app.state.engine, app.state.objects, older_than_seconds=0)
    assert await _objects(services, tenant_key[0]) == []
    assert await _count(owner, tenant_key[0], "pending_object") == 0


async def test_the_sweeper_leaves_an_object_whose_writer_still_holds_its_announcement(transcripts, services,
                                                                                      tenant_key, owner):
    """A slow writer (the redaction consumer, a withdrawal's new version) announced its object long ago
    and has not committed its row yet: the sweeper must not delete it; once the writer is gone without a
    row, it does."""
    _, app = transcripts
    tenant_id = tenant_key[0]
    store, engine = app.state.objects, app.state.engine
    key = object_key(tenant_id, uuid4(), 1, "redacted-test.json")
    async with tenant_session(engine, tenant_id) as announcing:
        await lifecycle.announce_object(announcing, tenant_id, key, store.bucket)
        await announcing.commit()
    async with tenant_session(engine, tenant_id) as writer:
        await lifecycle.hold_announcement(writer, key)
        await store.put(store.bucket, key, b"sealed words")
        await sweeper.sweep(engine, store, older_than_seconds=0)  # the writer is still on its way to the row
        assert await store.get(store.bucket, key) == b"sealed words"
        assert await _count(owner, tenant_id, "pending_object") == 1
        await writer.rollback()  # it dies without its row
    await sweeper.sweep(engine, store, older_than_seconds=0)
    assert await store.get(store.bucket, key) is None
    assert await _count(owner, tenant_id, "pending_object") == 0


async def test_a_stored_transcript_leaves_no_announcement_for_the_sweeper(transcripts, services, gateway_api,
                                                                          tenant_key, owner):
    client, app = transcripts
    call, ids = await consenting_call(gateway_api)
    response = await client.post("/v1/transcripts", json=transcript_body(call, ids),
                                 headers=_headers(services, tenant_key[0]))
    assert response.status_code == 201

    async def settled() -> bool:  # its redacted artifact follows, announced in turn: let that land first
        return await _count(owner, tenant_key[0], "transcript_artifact") == 2 and \
            await _count(owner, tenant_key[0], "pending_object") == 0

    await eventually(settled, what="the words and the redacted artifact stored, no announcement left")
    await sweeper.sweep(app.state.engine, app.state.objects, older_than_seconds=0)
    words = [k for k in await _objects(services, tenant_key[0]) if k.endswith("/segments.json")]
    assert len(words) == 1  # the sweeper leaves what a row points at
    read = await client.get(f"/v1/transcripts/{response.json()['id']}", headers=_headers(services, tenant_key[0]))
    assert read.status_code == 200


async def test_too_many_segments_is_a_422_and_too_many_bytes_a_413(transcripts, services, gateway_api, tenant_key,
                                                                    owner):
    client, _ = transcripts
    call, ids = await consenting_call(gateway_api)
    many = transcript_body(call, ids, *(f"line {i}" for i in range(51)))
    response = await client.post("/v1/transcripts", json=many, headers=_headers(services, tenant_key[0]))
    assert response.status_code == 422 and response.json()["type"].endswith("too-many-segments")
    large = transcript_body(call, ids, "x" * 19_000, "y" * 2_000)
    response = await client.post("/v1/transcripts", json=large, headers=_headers(services, tenant_key[0]))
    assert response.status_code == 413 and response.json()["type"].endswith("transcript-too-large")
    assert await _count(owner, tenant_key[0], "transcript") == 0


async def test_rotation_rewraps_every_key_while_reads_go_on_then_retires_the_old_version(
        transcripts, services, gateway_api, tenant_key, owner, monkeypatch):
    client, app = transcripts
    headers = _headers(services, tenant_key[0])
    ids_stored = []
    for _ in range(6):
        call, ids = await consenting_call(gateway_api)
        response = await client.post("/v1/transcripts", json=transcript_body(call, ids), headers=headers)
        ids_stored.append(response.json()["id"])
    monkeypatch.setattr(key_rotation, "BATCH", 2)  # several commits, so reads interleave with a half-done rotation
    statuses: list[int] = []
    done = asyncio.Event()

    async def read_all_the_time() -> None:
        while not done.is_set():
            for transcript_id in ids_stored:
                statuses.append((await client.get(f"/v1/transcripts/{transcript_id}", headers=headers)).status_code)

    reader = asyncio.create_task(read_all_the_time())
    job = await key_rotation.rotate(app.state.engine, app.state.kms, tenant_key[0])
    done.set()
    await reader
    assert statuses and set(statuses) == {200}
    assert (job.status, job.to_version, job.total, job.rewrapped, job.retired_below) == ("done", 2, 6, 6, 2)
    state = (await client.get("/v1/transcript-keys", headers=headers)).json()
    assert state["current_version"] == 2 and state["versions"] == [2]
    assert state["transcripts_by_version"] == {"2": 6}
    for transcript_id in ids_stored:  # and everything still reads, under the new version only
        assert (await client.get(f"/v1/transcripts/{transcript_id}", headers=headers)).status_code == 200


async def test_the_cli_rotates_a_tenants_keys(transcripts, services, gateway_api, tenant_key):
    client, _ = transcripts
    headers = _headers(services, tenant_key[0])
    call, ids = await consenting_call(gateway_api)
    stored = (await client.post("/v1/transcripts", json=transcript_body(call, ids), headers=headers)).json()
    result = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-m", "services.cli", "keys", "rotate", "--tenant", str(tenant_key[0])],
        env=settings_env(services), capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "1 data keys rewrapped" in result.stdout and "versions below 2 retired" in result.stdout
    assert (await client.get(f"/v1/transcripts/{stored['id']}", headers=headers)).status_code == 200
    audit = internal_headers(services, tenant_key[0], (Role.auditor,), audience="transcripts")
    trail = (await client.get("/v1/audit", headers=audit, params={"action": "keys.rotated"})).json()["items"]
    assert trail and trail[0]["content"]["actor"] == key_rotation.CLI_ACTOR


async def test_the_cli_verifies_the_audit_trail_and_names_a_tampered_entry(transcripts, services, gateway_api,
                                                                           tenant_key, owner):
    client, _ = transcripts
    headers = _headers(services, tenant_key[0])
    await client.get("/v1/transcripts", headers=headers)
    await client.get("/v1/transcripts", headers=headers)
    command = [sys.executable, "-m", "services.cli", "audit", "verify", "--tenant", str(tenant_key[0])]

    async def sealed() -> bool:
        async with tenant_session(owner, tenant_key[0]) as session:
            return (await session.execute(text("SELECT count(leaf_index) = 2 FROM audit_entry WHERE tenant_id = :t"),
                                          {"t": tenant_key[0]})).scalar_one()

    await eventually(sealed, what="the audit log sealed")
    ok = await asyncio.to_thread(subprocess.run, command, env=settings_env(services), capture_output=True,
                                 text=True, timeout=120)
    assert ok.returncode == 0 and '"entries": 2' in ok.stdout, ok.stdout + ok.stderr
    async with tenant_session(owner, tenant_key[0]) as session:
        await session.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))  # as a privileged attacker
        await session.execute(text("DELETE FROM audit_entry WHERE tenant_id = :t AND leaf_index = 1"),
                              {"t": tenant_key[0]})
        await session.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
        await session.commit()
    broken = await asyncio.to_thread(subprocess.run, command, env=settings_env(services), capture_output=True,
                                     text=True, timeout=120)
    assert broken.returncode == 1 and '"first_bad_entry": 1' in broken.stdout

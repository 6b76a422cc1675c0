"""A database backup restored after deletions brings deleted transcripts back; `callvault purge
--reapply-erasures` deletes them again from the erasure ledger in object storage, which the restore did
not roll back, and refuses ledger lines it cannot verify."""

import asyncio
import json
import re
import subprocess
import sys
from uuid import UUID, uuid4

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.storage import s3_client
from services.stack.up import settings_env
from services.transcripts.lifecycle.certificates import CERTIFICATE_TYPE
from tests.helpers.data_subjects import a_number, call_with, customer, request, verified_and_finished
from tests.helpers.stored_transcripts import objects_of, row_of, stored
from tests.helpers.support import at, by_external_id, eventually, metric_value

# What a backup of the transcripts database holds of a tenant: each table's rows, children after parents.
TABLES = ("transcript", "transcript_artifact", "transcript_subject", "superseded_version", "withdrawal",
          "deletion_certificate")


async def _backup(owner, tenant_id: UUID) -> dict[str, list[str]]:
    async with tenant_session(owner, tenant_id) as session:
        return {table: list((await session.execute(text(f"SELECT row_to_json(x)::text FROM {table} x"))).scalars())
                for table in TABLES}


async def _restore(owner, tenant_id: UUID, backup: dict[str, list[str]]) -> None:
    """The tenant's rows as the backup has them (as the owner: certificates are append-only for the app)."""
    async with tenant_session(owner, tenant_id) as session:
        for table in reversed(TABLES):
            await session.execute(text(f"DELETE FROM {table}"))
        for table in TABLES:
            for row in backup[table]:
                await session.execute(text(f"INSERT INTO {table} SELECT * FROM json_populate_record(NULL::{table}, "
                                           "CAST(:row AS json))"), {"row": row})
        await session.commit()


async def _copies(settings, tenant_id: UUID) -> dict[str, bytes]:
    """The tenant's objects, as a backup of the object store holds them."""
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"tenants/{tenant_id}/")
        return {o["Key"]: await (await s3.get_object(Bucket=settings.s3_bucket, Key=o["Key"]))["Body"].read()
                for o in listed.get("Contents", [])}


async def _reapply(settings) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "services.cli", "purge", "--reapply-erasures"]
    return await asyncio.to_thread(subprocess.run, command, env={**settings_env(settings), "COLUMNS": "250"},
                                   capture_output=True, timeout=300)


async def test_a_restored_backup_is_held_against_the_erasure_ledger(api, officer, owner, settings, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "on_withdrawal": "remove_segments"})
    deleted, rewritten = await stored(api), await stored(api)
    database, objects = await _backup(owner, tenant_id), await _copies(settings, tenant_id)
    # After the backup: one transcript deleted, another loses the customer's words.
    await officer.ok("DELETE", f"/v1/transcripts/{deleted['id']}", 204, params={"reason": "asked by the customer"})
    call, ids = rewritten["call"]
    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": ["transcription"], "method": "verbal", "occurred_at": at(0)})

    async def certified() -> bool:
        return len((await api.ok("GET", "/v1/deletion-certificates"))["items"]) == 2

    await eventually(certified, what="both deletions certified")
    certificates = sorted(c["id"] for c in (await api.ok("GET", "/v1/deletion-certificates"))["items"])
    # The restore: both come back, with keys that open them, and no certificates.
    await _restore(owner, tenant_id, database)
    async with s3_client(settings) as s3:
        for key, body in objects.items():
            await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=body)
    assert (await api.ok("GET", "/v1/deletion-certificates"))["items"] == []
    back = await officer.ok("GET", f"/v1/transcripts/{rewritten['id']}", params={"view": "full", "reason": "restore"})
    assert back["version"] == 1 and "415 555 0100" in back["segments"][1]["text"]
    assert (await api.request("GET", f"/v1/transcripts/{deleted['id']}")).status_code == 200

    done = await _reapply(settings)
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()[-2000:]
    assert "0 lines ignored" in out
    # Deleted again, under the certificate it had; the ledger's certificates back in the database.
    assert (await api.request("GET", f"/v1/transcripts/{deleted['id']}")).status_code == 410
    row = await row_of(owner, tenant_id, deleted["id"])
    assert row.status == "purged" and row.wrapped_key is None
    assert await objects_of(settings, tenant_id, deleted["id"]) == []
    listed = (await api.ok("GET", "/v1/deletion-certificates"))["items"]
    assert set(certificates) <= {c["id"] for c in listed}
    assert [c["reason"] for c in listed if c["transcript_id"] == deleted["id"]] == ["manual"]
    # The customer's words removed again, the restored version's objects gone.
    again = await officer.ok("GET", f"/v1/transcripts/{rewritten['id']}", params={"view": "full", "reason": "check"})
    assert again["version"] == 2 and again["segments"][1]["text"] is None
    assert all("/v1/" not in k for k in await objects_of(settings, tenant_id, rewritten["id"]))

    # A ledger line signed by a key this deployment does not know is reported and changes nothing.
    forger = Signer.from_pem(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode())
    forged_id = str(uuid4())
    forged = forger.sign({"certificate_id": forged_id, "tenant_id": str(tenant_id), "transcript_id": rewritten["id"],
                          "call_id": rewritten["call_id"], "version": 2, "scope": "transcript", "reason": "erasure",
                          "cause": {}, "objects": [], "issued_at": at(0)})
    # Nor does one signed by the deployment's key but filed under another tenant's prefix.
    moved = Signer.from_pem(settings.secret("signing_key")).sign(
        {"certificate_id": str(uuid4()), "tenant_id": str(tenant_id), "transcript_id": rewritten["id"],
         "call_id": rewritten["call_id"], "version": 2, "scope": "transcript", "reason": "erasure", "cause": {},
         "objects": [], "issued_at": at(0)}, typ=CERTIFICATE_TYPE)
    lines = {f"erasure-ledger/{tenant_id}/forged.jsonl": forged, f"erasure-ledger/{uuid4()}/moved.jsonl": moved}
    async with s3_client(settings) as s3:
        for key, line in lines.items():
            await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=(json.dumps(line) + "\n").encode())
    try:
        refused = await _reapply(settings)
    finally:
        async with s3_client(settings) as s3:
            for key in lines:
                await s3.delete_object(Bucket=settings.s3_bucket, Key=key)
    assert refused.returncode == 1 and "2 lines ignored" in refused.stdout.decode()
    assert (await row_of(owner, tenant_id, rewritten["id"])).status == "active"
    assert forged_id not in {c["id"] for c in (await api.ok("GET", "/v1/deletion-certificates"))["items"]}

    # A verified certificate of this tenant that names another tenant's object deletes only its own tenant's.
    others, own = f"tenants/{uuid4()}/transcripts/victim", f"tenants/{tenant_id}/transcripts/leftover"
    claims = {"certificate_id": str(uuid4()), "tenant_id": str(tenant_id), "transcript_id": deleted["id"],
              "call_id": deleted["call_id"], "version": 1, "scope": "transcript", "reason": "erasure", "cause": {},
              "objects": [{"bucket": settings.s3_bucket, "key": k} for k in (others, own)], "issued_at": at(0)}
    naming = f"erasure-ledger/{tenant_id}/naming.jsonl"
    async with s3_client(settings) as s3:
        for key in (others, own):
            await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=b"x")
        line = Signer.from_pem(settings.secret("signing_key")).sign(claims, typ=CERTIFICATE_TYPE)
        await s3.put_object(Bucket=settings.s3_bucket, Key=naming, Body=(json.dumps(line) + "\n").encode())
    try:
        assert (await _reapply(settings)).returncode == 0
        async with s3_client(settings) as s3:
            listed = {o["Key"] for key in (others, own)
                      for o in (await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=key)).get("Contents", [])}
    finally:
        async with s3_client(settings) as s3:
            for key in (naming, others, own):
                await s3.delete_object(Bucket=settings.s3_bucket, Key=key)
    assert listed == {others}


async def _number_of(owner_engine, tenant_id: UUID, participant_id: str) -> bytes | None:
    async with tenant_session(owner_engine, tenant_id) as session:
        return (await session.execute(text("SELECT phone_number_encrypted FROM participant WHERE id = :id"),
                                      {"id": participant_id})).scalar_one()


async def test_a_restore_brings_erased_phone_numbers_back_and_the_ledger_erases_them_again(
        api, officer, owner_engine, settings, tenant_key):
    tenant_id = tenant_key[0]
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    backup = await _number_of(owner_engine, tenant_id, ids["cust"])  # the consent database's backup
    assert backup is not None
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, erasure["id"])
    erased = next(d for d in report["report"]["done"] if d.get("action") == "phone_numbers_erased")
    assert erased["participants"] == [ids["cust"]] and erased["erasure_ledger"].startswith(
        f"erasure-ledger/{tenant_id}/")
    assert await _number_of(owner_engine, tenant_id, ids["cust"]) is None
    # The restore: the number is back (encrypted, as the backup held it).
    async with tenant_session(owner_engine, tenant_id) as session:
        await session.execute(text("UPDATE participant SET phone_number_encrypted = :n WHERE id = :id"),
                              {"n": backup, "id": ids["cust"]})
        await session.commit()
    assert by_external_id(await api.ok("GET", f"/v1/calls/{call['id']}"))["cust"]["has_phone_number"] is True

    done = await _reapply(settings)
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()[-2000:]
    assert re.search(r"[1-9][0-9]* participants' phone numbers erased again", out), out
    assert await _number_of(owner_engine, tenant_id, ids["cust"]) is None


async def test_between_a_restore_and_the_reapplication_an_erased_transcript_is_a_410_and_counted(
        api, officer, owner, services, settings, tenant_key):
    tenant_id = tenant_key[0]
    deleted = await stored(api)
    database = await _backup(owner, tenant_id)
    await officer.ok("DELETE", f"/v1/transcripts/{deleted['id']}", 204, params={"reason": "asked by the customer"})

    async def certified() -> bool:
        return len((await api.ok("GET", "/v1/deletion-certificates"))["items"]) == 1

    await eventually(certified, what="the deletion certified")
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates"))["items"]
    await _restore(owner, tenant_id, database)  # the database only: the objects stay deleted
    before = await _missing(services)
    erased = await api.request("GET", f"/v1/transcripts/{deleted['id']}")
    assert erased.status_code == 410, erased.text
    assert erased.json()["type"].endswith("transcript-erased") and "--reapply-erasures" in erased.json()["detail"]
    assert await _missing(services) == before + 1  # operators see a restore not yet followed by the command
    assert (await _reapply(settings)).returncode == 0
    purged = await api.request("GET", f"/v1/transcripts/{deleted['id']}")
    assert purged.status_code == 410 and purged.json()["certificates"] == [certificate["id"]]


async def _missing(services) -> float:
    async with httpx.AsyncClient(timeout=10) as client:
        exposition = (await client.get(f"{services.ops_url('transcripts')}/metrics")).text
    return metric_value(exposition, "callvault_transcript_objects_missing_total")


async def test_a_restore_that_lost_an_erasures_closed_call_gets_it_back_from_the_ledger(
        api, officer, owner, settings, tenant_key):
    """The erasure closed the subject's call to later transcripts; a restore of the transcripts database from
    before it opens the call again; the consent service's record in the ledger names the call, and closes it."""
    tenant_id, number = tenant_key[0], a_number()
    call, ids = await call_with(api, customer("cust", number))
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    assert (await verified_and_finished(officer, erasure["id"]))["status"] == "completed"
    async with tenant_session(owner, tenant_id) as session:  # the restore: from before the erasure
        await session.execute(text("DELETE FROM erased_call WHERE call_id = :c"), {"c": call["id"]})
        await session.commit()

    done = await _reapply(settings)
    out = done.stdout.decode()
    assert done.returncode == 0, out + done.stderr.decode()[-2000:]
    assert re.search(r"[1-9][0-9]* erased calls closed again", out), out
    async with tenant_session(owner, tenant_id) as session:
        closed = (await session.execute(text("SELECT request_id::text FROM erased_call WHERE call_id = :c"),
                                        {"c": call["id"]})).scalars().all()
    assert closed == [erasure["id"]]
    late = await api.request("POST", "/v1/transcripts", json={
        "call_id": call["id"], "language": "en", "engine": "voice-ai",
        "segments": [{"participant_id": ids["cust"], "start_ms": 1000, "end_ms": 1900, "text": "Hello."}]})
    assert late.status_code == 410 and late.json()["type"].endswith("call-erased"), late.text

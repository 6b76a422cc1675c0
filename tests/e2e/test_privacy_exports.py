"""Privacy exports follow the data: an erasure deletes the subject's exports still waiting to be
downloaded (certified), a key rotation carries exports' keys along before it retires a KEK version, and
an export whose key is gone answers 410, not 500. An export made over several pages of transcripts holds
each once; a download streams the stored archive opened, and a stored archive altered or cut short is an
error, never a complete-looking zip."""

import base64
import io
import json
import secrets
import zipfile
from datetime import datetime, timedelta
from uuid import UUID, uuid4

import httpx
import jwt
import pytest
from sqlalchemy import text

from services.common.crypto.envelope import Place
from services.common.crypto.kms import WrappedKey
from services.common.crypto.stream import CHUNK, HEADER, TAG, open_all
from services.common.db import tenant_session
from services.common.storage import s3_client
from services.gateway.service import ensure_tenant_with_key
from services.transcripts import key_rotation
from tests.helpers.consenting_calls import key_with_roles
from tests.helpers.data_subjects import a_number, call_with, customer, request, transcript_of, verified_and_finished
from tests.helpers.support import ConsentApi


async def _exported(officer, api, number: str) -> dict:
    call, ids = await call_with(api, customer("cust", number))
    await transcript_of(api, call, ids, ("agent-7", "How can I help?"), ("cust", "Send me my data."))
    access = await request(officer, "access", {"phone_numbers": [number]})
    report = await verified_and_finished(officer, access["id"])
    assert report["export"]["available"] is True, report
    return access


async def _stored(settings, tenant_id, request_id: str, bucket: str | None = None) -> list[str]:
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=bucket or settings.s3_bucket,
                                          Prefix=f"tenants/{tenant_id}/privacy-requests/{request_id}/")
    return [o["Key"] for o in listed.get("Contents", [])]


async def test_an_export_goes_to_the_bucket_of_the_tenants_data_region(gateway, gateway_engine, settings):
    slug = f"eu-{uuid4().hex[:10]}"
    async with tenant_session(gateway_engine, None) as session:  # before the key is ever used (and cached)
        tenant_id, key = await ensure_tenant_with_key(gateway_engine, "EU tenant", slug, ["tenant_admin"], "test")
        await session.execute(text("UPDATE tenant SET data_region = 'eu' WHERE id = :id"), {"id": tenant_id})
        await session.commit()
    api = ConsentApi(gateway, {"Authorization": f"Bearer {key}"})
    officer = ConsentApi(gateway, await key_with_roles(gateway, api.headers, "compliance_officer"))
    access = await _exported(officer, api, a_number())
    eu = settings.s3_regions["eu"]["bucket"]
    assert eu != settings.s3_bucket
    # Both services' parts went to the region's bucket: the consent service's (deleted once used) and the archive.
    after = await officer.ok("GET", f"/v1/privacy-requests/{access['id']}")
    [part] = [d["part"] for d in after["report"]["done"] if d.get("action") == "exported"]
    assert part["bucket"] == eu
    assert [k.rsplit("/", 1)[1] for k in await _stored(settings, tenant_id, access["id"], eu)] == ["export.zip"]
    assert await _stored(settings, tenant_id, access["id"]) == []
    answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert answer.status_code == 200 and answer.content.startswith(b"PK")


async def test_an_erasure_deletes_the_subjects_pending_exports_and_certifies_it(officer, api, settings, tenant_key):
    number = a_number()
    access = await _exported(officer, api, number)
    assert await _stored(settings, tenant_key[0], access["id"])
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    erased = await verified_and_finished(officer, erasure["id"])
    # The erasure's report lists the export it deleted, with the certificate of its deletion.
    [deleted] = [d for d in erased["report"]["done"] if d.get("action") == "export_deleted"]
    assert deleted["request"] == access["id"]
    claims = jwt.decode(deleted["certificate"], options={"verify_signature": False})
    assert (claims["reason"], claims["erasure_request_id"], claims["privacy_request_id"]) == (
        "erasure", erasure["id"], access["id"])
    # The access request says so too; its object is gone and a download is refused as gone.
    after = await officer.ok("GET", f"/v1/privacy-requests/{access['id']}")
    assert after["export"]["available"] is False
    assert any(d.get("action") == "export_deleted" and d["reason"] == "erasure" for d in after["report"]["done"])
    assert await _stored(settings, tenant_key[0], access["id"]) == []
    gone = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert gone.status_code == 410 and gone.json()["type"].endswith(":export-gone")


async def test_an_erasure_by_number_deletes_an_export_asked_for_by_email_that_holds_the_erased_words(
        officer, api, settings, tenant_key):
    """The two requests share no identifier, so no blind index: the export is found by the transcripts its report
    lists, which the erasure shreds (found by an adversarial review: it stayed downloadable)."""
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    await transcript_of(api, call, ids, ("agent-7", "How can I help?"), ("cust", "Mail me at bo@example.com."),
                        subjects={"participants": [{"participant_id": ids["cust"], "emails": ["bo@example.com"]}]})
    access = await request(officer, "access", {"emails": ["bo@example.com"]})
    assert (await verified_and_finished(officer, access["id"]))["export"]["available"] is True
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    erased = await verified_and_finished(officer, erasure["id"])
    assert [d["request"] for d in erased["report"]["done"] if d.get("action") == "export_deleted"] == [access["id"]]
    gone = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert gone.status_code == 410 and gone.json()["type"].endswith(":export-gone")
    assert await _stored(settings, tenant_key[0], access["id"]) == []


async def test_an_export_is_not_built_from_a_part_an_erasure_verified_since_has_made_stale(officer, api, purger,
                                                                                          tenant_key):
    """The consent service's part of an access request is made when the request is verified; an erasure of the
    same subject verified after that takes what the part holds, so the export is not built from it (found by an
    adversarial review). The order here is the other one, which must still export: the erasure first, then the
    access request, verified after it; the query that tells the two apart is read against both instants."""
    from services.transcripts.privacy import repository as privacy

    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    await transcript_of(api, call, ids, ("agent-7", "How can I help?"), ("cust", "Please erase me."))
    erasure = await request(officer, "erasure", {"phone_numbers": [number]})
    await verified_and_finished(officer, erasure["id"])
    access = await request(officer, "access", {"phone_numbers": [number]})
    exported = await verified_and_finished(officer, access["id"])
    assert exported["export"]["available"] is True and not exported["report"]["not_done"]
    async with tenant_session(purger.engine, tenant_key[0]) as session:
        digests = (await privacy.get(session, UUID(access["id"]))).digests
        verified_at = datetime.fromisoformat(exported["verification"]["at"])
        after_access = await privacy.erasures_verified_since(session, digests, verified_at)
        before_erasure = await privacy.erasures_verified_since(session, digests, verified_at - timedelta(days=1))
    assert after_access == [] and before_erasure == [UUID(erasure["id"])]


async def test_an_erasure_leaves_another_subjects_export_alone(officer, api, settings, tenant_key):
    access = await _exported(officer, api, a_number())
    erasure = await request(officer, "erasure", {"phone_numbers": [a_number()]})
    erased = await verified_and_finished(officer, erasure["id"])
    assert not [d for d in erased["report"]["done"] if d.get("action") == "export_deleted"]
    assert (await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")).status_code == 200


async def test_a_key_rotation_rewraps_a_pending_exports_key_before_it_retires_the_old_version(
        officer, api, purger, tenant_key):
    access = await _exported(officer, api, a_number())
    job = await key_rotation.rotate(purger.engine, purger.kms, tenant_key[0])
    assert job.retired_below == job.to_version
    assert await purger.kms.versions(tenant_key[0]) == [job.to_version]
    # The export still opens: its key moved to the new version before the old one was retired.
    answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert answer.status_code == 200 and answer.content.startswith(b"PK")


async def test_an_export_whose_key_is_gone_is_a_410_problem(officer, api, purger, tenant_key):
    access = await _exported(officer, api, a_number())
    # The KEK version under which the export's key is wrapped, retired behind the rotation's back.
    current = await purger.kms.rotate(tenant_key[0])
    await purger.kms.retire(tenant_key[0], current)
    answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert answer.status_code == 410 and answer.headers["content-type"] == "application/problem+json"
    assert answer.json()["type"].endswith(":export-key-gone"), answer.json()


async def test_an_export_of_a_subject_known_by_email_or_external_id_keeps_their_own_words_whole(officer, api):
    number = a_number()
    first, ids = await call_with(api, customer("cust", a_number()))
    by_email = await transcript_of(api, first, ids, ("agent-7", f"Our line is {number}."),
                                   ("cust", f"Call me on {number}, or mail ana@example.com."),
                                   subjects={"participants": [{"participant_id": ids["cust"],
                                                               "emails": ["Ana@Example.com"]}]})
    second, ids2 = await call_with(api, customer("cust", a_number()))
    crm = {"participant_id": ids2["cust"], "external_ids": ["crm-42"]}
    by_id = await transcript_of(api, second, ids2, ("agent-7", f"Noted: {number}."), ("cust", f"Yes, {number}."),
                                subjects={"participants": [crm]})
    access = await request(officer, "access", {"emails": ["ana@example.com"], "external_ids": ["crm-42"]})
    await verified_and_finished(officer, access["id"])
    answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert answer.status_code == 200, answer.text
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    for stored, said in ((by_email, f"Call me on {number}, or mail ana@example.com."), (by_id, f"Yes, {number}.")):
        agent, own = json.loads(archive.read(f"transcripts/{stored['id']}.json"))["segments"]
        # The subject's own words whole, however the subject was named; the agent's number hidden.
        assert (own["text"], own["by_subject"], own["redacted"]) == (said, True, False)
        assert number not in agent["text"] and agent["by_subject"] is False and agent["redacted"] is True


async def test_a_subject_naming_a_participant_not_on_the_call_is_refused(api):
    call, ids = await call_with(api, customer("cust", a_number()))
    body = {"call_id": call["id"], "language": "en", "engine": "test-asr",
            "segments": [{"participant_id": ids["cust"], "start_ms": 1000, "end_ms": 1900, "text": "Hi."}],
            "subjects": {"participants": [{"participant_id": str(uuid4()), "emails": ["x@example.com"]}]}}
    refused = await api.request("POST", "/v1/transcripts", json=body)
    assert refused.status_code == 422 and refused.json()["type"].endswith(":unknown-subject-participant")


async def test_an_export_over_several_pages_holds_every_transcript_once_redacted_as_before(officer, api):
    # The tests read an export's transcripts two at a time (tests/conftest.py): five transcripts on three
    # of the subject's calls, and one on a call found by an email only, make three pages and more.
    number, other, email = a_number(), a_number(), f"ana-{uuid4().hex[:8]}@example.com"
    calls = [await call_with(api, customer("cust", number), customer("friend", other, "third_party"))
             for _ in range(3)]
    made = {}
    for n, (call, ids) in enumerate(calls):
        for k in range((2, 1, 2)[n]):
            said = f"Mine is {number}, call {n} part {k}."
            made[(await transcript_of(api, call, ids, ("cust", said),
                                      ("friend", f"And mine is {other}.")))["id"]] = said
    lone, lone_ids = await call_with(api, customer("cust", a_number()))
    by_email = await transcript_of(api, lone, lone_ids, ("agent-7", f"Noted, {other}."), ("cust", "Thanks."),
                                   subjects={"participants": [{"participant_id": lone_ids["cust"], "emails": [email]}]})
    portability = await request(officer, "portability", {"phone_numbers": [number], "emails": [email]})
    report = await verified_and_finished(officer, portability["id"])
    assert report["status"] == "completed", report
    answer = await officer.request("GET", f"/v1/privacy-requests/{portability['id']}/export")
    assert answer.status_code == 200, answer.text
    archive = zipfile.ZipFile(io.BytesIO(answer.content))
    names = archive.namelist()
    assert len(names) == len(set(names))  # each file once
    assert {n for n in names if n.startswith("transcripts/")} == {
        f"transcripts/{t}.json" for t in [*made, by_email["id"]]}
    # A vCon per call the consent service holds; the call found by an email only has its transcript alone.
    assert {n for n in names if n.startswith("vcon/")} == {f"vcon/{call['id']}.vcon.json" for call, _ in calls}
    assert {c["call"]["id"] for c in json.loads(archive.read("calls.json"))["calls"]} == {c["id"] for c, _ in calls}
    for transcript_id, said in made.items():
        own, friend = json.loads(archive.read(f"transcripts/{transcript_id}.json"))["segments"]
        assert (own["text"], own["by_subject"], own["redacted"]) == (said, True, False)
        assert other not in friend["text"] and friend["redacted"] is True and friend["by_subject"] is False
    agent, own = json.loads(archive.read(f"transcripts/{by_email['id']}.json"))["segments"]
    assert other not in agent["text"] and (own["text"], own["by_subject"]) == ("Thanks.", True)
    for call, _ in calls:  # each vCon holds its call's transcripts, redacted the same way
        vcon = json.loads(archive.read(f"vcon/{call['id']}.vcon.json"))
        assert other not in json.dumps(vcon) and number in json.dumps(vcon)
    found = report["report"]["found"]["transcripts"]
    assert sorted(found["transcripts"]["ids"]) == sorted([*made, by_email["id"]])
    assert found["transcripts"]["count"] == 6 and sorted(found["calls"]) == sorted([c["id"] for c, _ in calls]
                                                                                   + [lone["id"]])
    [ready] = [d for d in report["report"]["done"] if d.get("action") == "export_ready"]
    assert (ready["files"], ready["transcripts"]) == (len(names), 6)


async def _stored_archive(owner, purger, settings, tenant_id, request_id: str) -> tuple[bytes, bytes, str]:
    """The stored object, the archive it opens to (with the key its row wraps), and its object key."""
    async with tenant_session(owner, tenant_id) as session:
        e = (await session.execute(text("SELECT export FROM privacy_request WHERE id = :id"),
                                   {"id": request_id})).scalar_one()
    wrapped = WrappedKey(e["kek_id"], e["kek_version"], base64.b64decode(e["wrapped_key"]))
    key = await purger.kms.unwrap(tenant_id, wrapped)
    async with s3_client(settings) as s3:
        blob = await (await s3.get_object(Bucket=e["bucket"], Key=e["key"]))["Body"].read()
    return blob, open_all(key, Place(tenant_id, UUID(request_id), 1, "export.zip").associated_data(), blob), e["key"]


async def test_a_download_streams_the_stored_archive_and_an_altered_or_cut_one_is_an_error(
        officer, api, owner, purger, settings, tenant_key):
    number = a_number()
    call, ids = await call_with(api, customer("cust", number))
    for _ in range(4):  # words that hardly compress: an archive of several 64 KiB chunks
        await transcript_of(api, call, ids, *[("cust", secrets.token_urlsafe(12000)) for _ in range(6)])
    access = await request(officer, "access", {"phone_numbers": [number]})
    await verified_and_finished(officer, access["id"])
    blob, archive, key = await _stored_archive(owner, purger, settings, tenant_key[0], access["id"])
    assert len(archive) > 3 * CHUNK
    answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert answer.status_code == 200 and answer.content == archive
    assert int(answer.headers["content-length"]) == len(archive)

    header, body = blob[:HEADER], blob[HEADER:]
    chunks = [body[i:i + CHUNK + TAG] for i in range(0, len(body), CHUNK + TAG)]
    altered = header + bytes([chunks[0][0] ^ 1]) + body[1:]
    swapped = header + b"".join([chunks[1], chunks[0], *chunks[2:]])
    cut = header + b"".join(chunks[:-1])  # ends on a whole chunk not marked last
    for bad in (altered, swapped, cut, cut):
        async with s3_client(settings) as s3:
            await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=bad)
        if bad is not cut:  # found in the first megabyte, before the answer starts: a problem, nothing counted
            answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
            assert answer.status_code == 500 and answer.json()["type"].endswith(":transcript-integrity")
            continue
        # Found at the end, once all but the last chunk went out: the answer (passed on by the gateway as it
        # comes) is broken off short of its Content-Length, and what came is no zip.
        received = bytearray()
        async with officer.client.stream("GET", f"/v1/privacy-requests/{access['id']}/export",
                                         headers=officer.headers) as answer:
            assert answer.status_code == 200 and int(answer.headers["content-length"]) == len(archive)
            with pytest.raises(httpx.RemoteProtocolError):
                async for piece in answer.aiter_raw():
                    received += piece
        assert 0 < len(received) < len(archive) and archive.startswith(bytes(received))
        with pytest.raises(zipfile.BadZipFile):
            zipfile.ZipFile(io.BytesIO(bytes(received)))
    # The cut ones delivered nothing whole: not counted, nothing deleted. Repaired, two more downloads go
    # (the first counted), and the last allowed one deletes the export, certified.
    assert (await officer.ok("GET", f"/v1/privacy-requests/{access['id']}"))["export"]["available"] is True
    async with s3_client(settings) as s3:
        await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=blob)
    for _ in range(2):
        answer = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
        assert answer.status_code == 200 and answer.content == archive
    after = await officer.ok("GET", f"/v1/privacy-requests/{access['id']}")
    assert after["export"]["available"] is False
    assert any(d.get("action") == "export_deleted" and d["reason"] == "downloads_used" for d in after["report"]["done"])
    assert await _stored(settings, tenant_key[0], access["id"]) == []
    gone = await officer.request("GET", f"/v1/privacy-requests/{access['id']}/export")
    assert gone.status_code == 410 and gone.json()["type"].endswith(":export-gone")

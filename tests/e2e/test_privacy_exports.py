"""Privacy exports follow the data: an erasure deletes the subject's exports still waiting to be
downloaded (certified), a key rotation carries exports' keys along before it retires a KEK version, and
an export whose key is gone answers 410, not 500."""

import io
import json
import zipfile
from uuid import uuid4

import jwt
from sqlalchemy import text

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

"""The lifecycle end to end: retention and its precedence, legal holds and what they block, the purge
(crash-safe, shared by workers, crypto-shredding first) and its signed deletion certificates."""

import asyncio
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from uuid import uuid4

import httpx
import jwt
import pytest
from prometheus_client import REGISTRY
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.common.storage import s3_client
from services.gateway.service import ensure_tenant_with_key
from services.stack.up import settings_env
from services.transcripts.lifecycle import stats
from services.transcripts.lifecycle.purge import Purger
from tests.helpers import crash
from tests.helpers.consenting_calls import consenting_call
from tests.helpers.stored_transcripts import clock_started, objects_of, purging_pass, row_of, stored
from tests.helpers.support import ConsentApi, at, eventually


async def test_the_longest_applicable_retention_wins_and_says_which_policy_set_it(api, owner, tenant_key):
    tenant_id = tenant_key[0]
    assert (await api.ok("GET", "/v1/retention-policies"))["default_days"] == 30
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 10, "by_tag": {"billing": 40, "vip": 90},
                                                        "min_days": 5, "max_days": 400})
    plain, billing, both = [await stored(api, tags=t) for t in ([], ["billing"], ["billing", "vip"])]
    assert [(r.retention_days, r.retention_source) for r in
            [await row_of(owner, tenant_id, t["id"]) for t in (plain, billing, both)]] == [
        (10, "default"), (40, "tag:billing"), (90, "tag:vip")]
    # A call's own retention applies when it is the longest; it is recomputed at once.
    answer = await api.ok("PUT", f"/v1/calls/{billing['call_id']}/retention", json={"days": 60, "reason": "dispute"})
    assert answer["transcripts"] == 1
    assert (await row_of(owner, tenant_id, billing["id"]))[2:4] == (60, "call")
    assert answer["governs"] is True and answer["note"] is None
    assert [(a["transcript_id"], a["retention_days"], a["retention_source"]) for a in answer["applied"]] == [
        (billing["id"], 60, "call")]
    # One shorter than the default changes nothing, and the answer says so with what applies.
    shorter = await api.ok("PUT", f"/v1/calls/{plain['call_id']}/retention", json={"days": 5, "reason": "asked"})
    assert shorter["governs"] is False and "10 days" in shorter["note"] and "default" in shorter["note"]
    assert [(a["retention_days"], a["retention_source"], a["expires_at"]) for a in shorter["applied"]] == [
        (10, "default", None)]  # the call runs: no expiry yet
    read = await api.ok("GET", f"/v1/transcripts/{plain['id']}")
    assert (read["retention_days"], read["retention_source"], read["expires_at"]) == (10, "default", None)
    # Changing the policy recomputes what is stored.
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 100, "by_tag": {"billing": 40}, "min_days": 5,
                                                        "max_days": 400})
    assert [(r.retention_days, r.retention_source) for r in
            [await row_of(owner, tenant_id, t["id"]) for t in (plain, billing, both)]] == [
        (100, "default"), (100, "default"), (100, "default")]


async def test_retention_outside_the_tenants_bounds_is_refused(api):
    bad = await api.request("PUT", "/v1/retention-policies", json={"default_days": 3, "min_days": 7})
    assert bad.status_code == 422 and "outside min_days..max_days" in bad.text
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 30, "min_days": 7, "max_days": 365})
    call, _ = await consenting_call(api)
    short = await api.request("PUT", f"/v1/calls/{call['id']}/retention", json={"days": 2, "reason": "asked"})
    assert short.status_code == 422 and short.json()["type"].endswith("outside-retention-bounds")
    unknown = await api.request("PUT", f"/v1/calls/{uuid4()}/retention", json={"days": 30, "reason": "asked"})
    assert unknown.status_code == 404
    await api.ok("PUT", f"/v1/calls/{call['id']}/retention", json={"days": 300, "reason": "dispute"})
    narrowed = await api.request("PUT", "/v1/retention-policies", json={"default_days": 30, "max_days": 200})
    assert narrowed.status_code == 422 and "1 calls have a retention override" in narrowed.text


async def test_the_clock_starts_at_the_calls_end_and_the_preview_counts_what_a_policy_would_make_due(
        api, owner, tenant_key):
    tenant_id = tenant_key[0]
    ended = await stored(api, ended=True)
    running = await stored(api)
    await clock_started(owner, tenant_id, ended["id"])
    row = await row_of(owner, tenant_id, ended["id"])
    assert row.expires_at - row.call_ended_at == timedelta(days=30)
    assert (await row_of(owner, tenant_id, running["id"])).expires_at is None
    # A transcript stored after its call ended starts its clock at that end too.
    late = await stored(api, call=ended["call"])
    assert (await row_of(owner, tenant_id, late["id"])).call_ended_at == row.call_ended_at
    preview = await api.ok("GET", "/v1/retention-policies/preview", params={"default_days": 0})
    assert preview["proposed"]["due_now"] == 2
    assert preview["current"] == {"due_now": 0, "due_within_7_days": 0, "due_within_30_days": 2}
    assert preview["awaiting_call_end"] == 1
    tagged = await api.ok("GET", "/v1/retention-policies/preview", params={"default_days": 0, "by_tag": "x=5"})
    assert tagged["proposed"]["due_now"] == 2
    bad = await api.request("GET", "/v1/retention-policies/preview", params={"by_tag": "x=many"})
    assert bad.status_code == 422


async def test_a_purge_shreds_the_key_deletes_the_objects_and_issues_a_certificate_that_verifies(
        api, gateway, officer, owner, purger, settings, tenant_key, js):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    due = await stored(api, ended=True)
    await clock_started(owner, tenant_id, due["id"])
    [key] = await objects_of(settings, tenant_id, due["id"], kind="segments.json")
    async with s3_client(settings) as s3:  # a copy, as a backup of the object store would hold it
        copy = await (await s3.get_object(Bucket=settings.s3_bucket, Key=key))["Body"].read()
    report = await purging_pass(purger, tenant_id)
    assert (report.purged, report.by_reason) == (1, {"retention": 1})
    row = await row_of(owner, tenant_id, due["id"])
    assert row.status == "purged" and row.wrapped_key is None
    assert await objects_of(settings, tenant_id, due["id"]) == []
    # The backup's copy put back: nothing reads it, as the only key that opened it is gone.
    async with s3_client(settings) as s3:
        await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=copy)
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates", params={"call_id": due["call_id"]}))["items"]
    gone = await api.request("GET", f"/v1/transcripts/{due['id']}")  # a 410 naming the certificate, not a 404
    assert gone.status_code == 410 and gone.json()["type"].endswith("transcript-purged")
    assert gone.json()["certificates"] == [certificate["id"]] and certificate["id"] in gone.json()["detail"]
    assert certificate == await api.ok("GET", f"/v1/deletion-certificates/{certificate['id']}")
    keys = jwt.PyJWKSet.from_dict((await gateway.get("/.well-known/jwks.json")).json())
    kid = jwt.get_unverified_header(certificate["jws"])["kid"]
    # The key itself: PyJWT ties a PyJWK without `alg` to its own name for the scheme, EdDSA.
    claims = jwt.decode(certificate["jws"], next(k.key for k in keys.keys if k.key_id == kid), algorithms=["Ed25519"])
    assert claims == certificate["claims"]
    assert claims["reason"] == "retention" and claims["cause"]["policy"] == "default"
    # The audit trail has the purge: who (callvault's purge), why, the outcome and the certificate.
    [entry] = (await officer.ok("GET", "/v1/audit", params={"action": "transcript.purged"}))["items"]
    assert entry["transcript_id"] == due["id"]
    assert {k: entry["content"][k] for k in ("actor", "reason", "outcome", "certificate")} == {
        "actor": "callvault:purge", "reason": "retention", "outcome": "done", "certificate": certificate["id"]}
    words = [o for o in claims["objects"] if o["kind"] == "segments.json"]  # and the redacted artifact, if made
    assert [o["key"] for o in words] == [key] and words[0]["sha256"]
    assert {s["kind"] for s in claims["subjects"]} == {"phone"}
    assert "5550100" not in str(claims) and "Hello" not in str(claims)  # no personal data in the clear
    # Found by subject no more.
    assert (await api.ok("GET", "/v1/transcripts", params={"phone_number": "+14155550100"}))["items"] == []
    async with s3_client(settings) as s3:
        await s3.delete_object(Bucket=settings.s3_bucket, Key=key)


async def test_a_purge_in_a_versioned_bucket_deletes_every_version_of_each_object(gateway, gateway_engine, owner,
                                                                                 purger, settings):
    """With S3 versioning on, a delete without version ids leaves the old versions readable (only a
    delete marker is added): the purge deletes each version by its id, delete markers included."""
    slug = f"eu-{uuid4().hex[:10]}"
    tenant_id, key = await ensure_tenant_with_key(gateway_engine, "EU tenant", slug, ["tenant_admin"], "test")
    async with tenant_session(gateway_engine, None) as session:  # before the key is ever used (and cached)
        await session.execute(text("UPDATE tenant SET data_region = 'eu' WHERE id = :id"), {"id": tenant_id})
        await session.commit()
    bucket = settings.s3_regions["eu"]["bucket"]
    async with s3_client(settings) as s3:
        await s3.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
    api = ConsentApi(gateway, {"Authorization": f"Bearer {key}"})
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    due = await stored(api, ended=True)
    await clock_started(owner, tenant_id, due["id"])
    prefix = f"tenants/{tenant_id}/transcripts/{due['id']}/"

    async def versions() -> list[tuple[str, str]]:
        async with s3_client(settings) as s3:
            listed = await s3.list_object_versions(Bucket=bucket, Prefix=prefix)
        return [(v["Key"], v["VersionId"]) for v in [*listed.get("Versions", []), *listed.get("DeleteMarkers", [])]]

    async def words_and_redacted() -> bool:  # the redacted artifact comes a moment after the words
        return len(await versions()) == 2

    await eventually(words_and_redacted, what="the transcript's words and redacted artifact")
    async with s3_client(settings) as s3:  # an older version of each, as an overwrite would leave
        for name, _ in await versions():
            body = await (await s3.get_object(Bucket=bucket, Key=name))["Body"].read()
            await s3.put_object(Bucket=bucket, Key=name, Body=body)
    assert len(await versions()) == 4
    assert (await purger.run_once(tenant_id)).purged == 1
    assert await versions() == []
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates", params={"call_id": due["call_id"]}))["items"]
    assert {o["bucket"] for o in certificate["claims"]["objects"]} == {bucket}


@pytest.mark.parametrize("scope", ["call", "subject", "tag", "time"])
async def test_a_legal_hold_keeps_what_it_covers_from_every_deletion_until_released(
        api, officer, owner, purger, tenant_key, scope):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    held = await stored(api, tags=["fraud"], ended=True)
    free = None if scope in ("subject", "time") else await stored(api, ended=True)
    by_scope = {"call": {"call_ids": [held["call_id"]]},
                "subject": {"subjects": {"phone_numbers": ["(415) 555-0100"]}},
                "tag": {"tags": ["fraud"]},
                "time": {"from": held["call_started_at"],
                         "to": (datetime.fromisoformat(held["call_started_at"]) + timedelta(seconds=1)).isoformat()}}
    if scope == "time":  # another call, started a minute earlier: outside the range
        call, ids = await consenting_call(api, started=-120)
        free = await stored(api, call=(call, ids), ended=True)
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": f"M-{scope}", "reason": "litigation",
                                                                  "scope": by_scope[scope]})
    assert hold["transcripts"] >= 1 and hold["status"] == "active"
    await clock_started(owner, tenant_id, *(t["id"] for t in (held, free) if t))
    # A manual delete is refused, naming the matter.
    refused = await officer.request("DELETE", f"/v1/transcripts/{held['id']}", params={"reason": "asked to"})
    assert refused.status_code == 409 and refused.json()["matters"] == [f"M-{scope}"]
    [entry] = (await officer.ok("GET", "/v1/audit", params={"action": "transcript.delete_refused"}))["items"]
    assert entry["transcript_id"] == held["id"] and entry["content"]["matters"] == [f"M-{scope}"]
    assert (entry["content"]["reason"], entry["content"]["outcome"], entry["content"]["status"]) == (
        "asked to", "refused", 409)
    report = await purger.run_once(tenant_id)
    assert report.held == 1 and report.purged == (0 if free is None else 1)
    assert (await row_of(owner, tenant_id, held["id"])).status == "active"
    # Released: the deletion that waited happens at the next pass.
    listed = (await officer.ok("GET", "/v1/legal-holds"))["items"]
    assert [(h["matter_id"], h["transcripts"]) for h in listed] == [(f"M-{scope}", 1)]
    await officer.ok("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    again = await officer.request("POST", f"/v1/legal-holds/{hold['id']}/release", json={"reason": "settled"})
    assert again.status_code == 409
    assert (await purging_pass(purger, tenant_id)).purged == 1
    assert (await row_of(owner, tenant_id, held["id"])).status == "purged"


async def test_a_hold_covers_transcripts_that_arrive_after_it(api, officer, owner, purger, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-later", "reason": "litigation",
                                                           "scope": {"subjects": {"phone_numbers": ["+14155550100"]}}})
    later = await stored(api, ended=True)
    await clock_started(owner, tenant_id, later["id"])
    assert (await purger.run_once(tenant_id)).held == 1
    assert (await row_of(owner, tenant_id, later["id"])).held


async def test_a_hold_is_for_compliance_officers_and_names_a_scope(api, officer):
    assert (await api.request("POST", "/v1/legal-holds", json={"matter_id": "M", "reason": "litigation",
                                                               "scope": {"tags": ["x"]}})).status_code == 403
    empty = await officer.request("POST", "/v1/legal-holds", json={"matter_id": "M", "reason": "litigation",
                                                                   "scope": {}})
    assert empty.status_code == 422
    assert (await officer.request("POST", f"/v1/legal-holds/{uuid4()}/release",
                                  json={"reason": "settled"})).status_code == 404


async def test_listing_holds_that_name_people_is_audited_without_their_identifiers(officer):
    """A hold's scope shows the numbers, ids and emails it names, decrypted: a list that shows any is audited,
    naming those holds; one naming only tags or calls is not a read of anyone's identifiers."""
    named = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-audited", "reason": "litigation", "scope": {"subjects": {"phone_numbers": ["+14155550188"]}}})
    tagged = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-tags", "reason": "litigation", "scope": {"tags": ["complaint"]}})
    await officer.ok("GET", "/v1/legal-holds")
    [entry] = (await officer.ok("GET", "/v1/audit", params={"action": "legal_hold.listed"}))["items"]
    assert named["id"] in entry["content"]["holds_naming_subjects"]
    assert tagged["id"] not in entry["content"]["holds_naming_subjects"]
    assert "14155550188" not in str(entry)


async def test_two_workers_purge_each_transcript_once(api, owner, purger, settings, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    call = await consenting_call(api)
    transcripts = [await stored(api, call=call) for _ in range(24)]
    await api.events(call[0]["id"], {"type": "call_ended", "occurred_at": at(0)})
    await clock_started(owner, tenant_id, *(t["id"] for t in transcripts))
    engine = create_engine(settings.service_database_url("transcripts"), pool_size=2)
    try:
        other = Purger(engine, purger.store, purger.signer, purger.kms, batch=5)
        small = Purger(purger.engine, purger.store, purger.signer, purger.kms, batch=5)
        reports = await asyncio.gather(small.run_once(tenant_id), other.run_once(tenant_id))
    finally:
        await engine.dispose()
    assert sum(r.purged for r in reports) == 24
    async with tenant_session(owner, tenant_id) as session:
        counts = (await session.execute(text(
            "SELECT transcript_id, count(*) FROM deletion_certificate GROUP BY transcript_id"))).all()
    assert sorted(str(t) for t, _ in counts) == sorted(t["id"] for t in transcripts) and {n for _, n in counts} == {1}


@pytest.mark.parametrize(("step", "status", "keyed", "objects_left"), [
    ("claimed", "active", True, True),
    ("shredded", "purging", False, True),
    ("objects_deleted", "purging", False, False),
])
async def test_a_purge_killed_at_any_step_is_completed_by_the_next(api, owner, settings, tenant_key, step, status,
                                                                   keyed, objects_left):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    due = await stored(api, ended=True)
    await clock_started(owner, tenant_id, due["id"])
    command = [sys.executable, "-m", "services.cli", "purge", "--tenant", str(tenant_id)]
    env = settings_env(settings)
    killed = await asyncio.to_thread(subprocess.run, crash.command(f"purge.{step}", command), env=env,
                                     capture_output=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()[-2000:]
    row = await row_of(owner, tenant_id, due["id"])
    assert (row.status, row.wrapped_key is not None) == (status, keyed)
    assert bool(await objects_of(settings, tenant_id, due["id"])) == objects_left
    finished = await asyncio.to_thread(subprocess.run, command, env=env, capture_output=True, timeout=120)
    assert finished.returncode == 0, finished.stdout.decode() + finished.stderr.decode()[-2000:]
    assert "purged 1" in finished.stdout.decode()
    assert (await row_of(owner, tenant_id, due["id"])).status == "purged"
    assert await objects_of(settings, tenant_id, due["id"]) == []
    certificates = (await api.ok("GET", "/v1/deletion-certificates", params={"transcript_id": due["id"]}))["items"]
    assert len(certificates) == 1


async def test_the_dry_run_lists_what_would_go_and_what_a_hold_keeps(api, officer, owner, settings, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    due, kept = await stored(api, ended=True), await stored(api, tags=["kept"], ended=True)
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-dry", "reason": "litigation",
                                                           "scope": {"tags": ["kept"]}})
    await clock_started(owner, tenant_id, due["id"], kept["id"])
    command = [sys.executable, "-m", "services.cli", "purge", "--dry-run", "--tenant", str(tenant_id)]
    env = {**settings_env(settings), "COLUMNS": "250"}
    listed = await asyncio.to_thread(subprocess.run, command, env=env, capture_output=True, timeout=120)
    out = listed.stdout.decode()
    assert listed.returncode == 0 and "1 would be purged; 1 are kept by a legal hold" in out
    assert due["id"] in out and "M-dry" in out and "default, 0 days" in out
    assert (await row_of(owner, tenant_id, due["id"])).status == "active"



async def test_the_lifecycle_gauges_count_what_is_due_held_and_overdue(api, officer, owner, purger, settings,
                                                                      tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    before = await stats.refresh(purger.engine)  # other tests' tenants count too: compare differences
    purged_before = REGISTRY.get_sample_value("callvault_purge_transcripts_total", {"reason": "retention"}) or 0
    due = [await stored(api, ended=True) for _ in range(2)]
    kept = await stored(api, tags=["kept"], ended=True)
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-gauges", "reason": "litigation",
                                                           "scope": {"tags": ["kept"]}})
    await clock_started(owner, tenant_id, *(t["id"] for t in (*due, kept)))
    found = await stats.refresh(purger.engine)
    assert found["due"] - before["due"] == 3 and found["oldest_overdue_seconds"] > 0
    await purger.run_once(tenant_id)
    after = await stats.refresh(purger.engine)
    assert (after["due"] - before["due"], after["held"] - before["held"]) == (0, 1)
    assert REGISTRY.get_sample_value("callvault_purge_transcripts_total", {"reason": "retention"}) == purged_before + 2
    async with httpx.AsyncClient() as client:  # the service refreshes the same gauges itself
        exposed = (await client.get(f"{settings.ops_url('transcripts')}/metrics")).text
    assert "callvault_lifecycle_transcripts_held" in exposed and "callvault_lifecycle_oldest_overdue_seconds" in exposed


async def test_a_purge_dry_run_and_a_pass_through_the_api_for_the_callers_tenant(api, officer, owner, tenant_key):
    tenant_id = tenant_key[0]
    await api.ok("PUT", "/v1/retention-policies", json={"default_days": 0})
    due, held = await stored(api, ended=True), await stored(api, ended=True)
    await officer.ok("POST", "/v1/legal-holds", 201, json={"matter_id": "M-API", "reason": "litigation",
                                                           "scope": {"call_ids": [held["call_id"]]}})
    await clock_started(owner, tenant_id, due["id"], held["id"])
    dry = await officer.ok("GET", "/v1/purge/due")
    assert {(i["transcript_id"], tuple(i["kept_by"])) for i in dry["items"]} == {(due["id"], ()),
                                                                                (held["id"], ("M-API",))}
    assert (dry["would_purge"], dry["kept"], dry["truncated"]) == (1, 1, False)
    assert (await row_of(owner, tenant_id, due["id"])).status == "active"  # a dry run deletes nothing
    ran = await api.ok("POST", "/v1/purge")
    assert (ran["purged"], ran["held"], ran["failed"], ran["by_reason"]) == (1, 1, 0, {"retention": 1})
    assert (await row_of(owner, tenant_id, due["id"])).status == "purged"
    assert (await row_of(owner, tenant_id, held["id"])).status == "active"
    [entry] = (await officer.ok("GET", "/v1/audit", params={"action": "purge.requested"}))["items"]
    assert entry["content"]["purged"] == 1

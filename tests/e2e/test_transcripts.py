"""Transcripts end to end through the gateway: consent-gated ingest, encryption at rest, views by
role, the blind index, tenant isolation, idempotency, deletion, and the audit trail."""

from hashlib import sha256
from uuid import uuid4

import httpx
import pytest
from sqlalchemy import text

from services.common.db import create_engine, tenant_session
from services.common.storage import s3_client
from tests.helpers.consenting_calls import AGENT, CUSTOMER, consenting_call, key_with_roles, transcript_body
from tests.helpers.support import ConsentApi, at, eventually, internal_headers, stream_events


@pytest.fixture
async def officer_headers(gateway, api) -> dict[str, str]:
    """A compliance officer's credentials, as headers (the `officer` fixture is a ConsentApi)."""
    return await key_with_roles(gateway, api.headers, "compliance_officer")


@pytest.fixture(scope="module")
async def transcripts_owner(settings):
    engine = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


async def _stored(api: ConsentApi, *texts: str, **extra) -> tuple[dict, dict, dict]:
    call, ids = await consenting_call(api)
    stored = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids, *texts, **extra))
    return call, ids, stored


async def test_a_transcript_reads_back_redacted_by_default_and_full_for_a_compliance_officer(api, officer_headers):
    call, _, stored = await _stored(api)
    assert stored["call_id"] == call["id"] and stored["segment_count"] == 2 and stored["removed"] == []
    redacted = await api.ok("GET", f"/v1/transcripts/{stored['id']}")
    assert redacted["view"] == "redacted"
    assert redacted["segments"][1]["text"] == "My card is [CARD] and mail me at [EMAIL]"
    assert {f["type"] for f in redacted["redactions"]} == {"CREDIT_CARD", "EMAIL_ADDRESS"}
    assert "4111 1111" not in str(redacted["redactions"])
    full = (await api.client.get(f"/v1/transcripts/{stored['id']}", headers=officer_headers,
                                 params={"view": "full", "reason": "chargeback dispute #12"})).json()
    assert full["segments"][1]["text"].startswith("My card is 4111 1111 1111 1111")


async def test_the_full_view_needs_a_reason_and_a_role_that_allows_it(api, gateway, officer_headers):
    _, _, stored = await _stored(api)
    path = f"/v1/transcripts/{stored['id']}"
    no_reason = await gateway.get(path, headers=officer_headers, params={"view": "full"})
    assert no_reason.status_code == 422 and no_reason.json()["type"].endswith("reason-required")
    supervisor = await key_with_roles(gateway, api.headers, "supervisor")
    refused = await gateway.get(path, headers=supervisor, params={"view": "full", "reason": "coaching"})
    assert refused.status_code == 403 and refused.json()["type"].endswith("full-view-forbidden")
    admin = await gateway.get(path, headers=api.headers, params={"view": "full", "reason": "curious"})
    assert admin.status_code == 403
    await api.ok("PUT", "/v1/transcript-settings", json={"supervisors_see_full": True})
    allowed = await gateway.get(path, headers=supervisor, params={"view": "full", "reason": "coaching"})
    assert allowed.status_code == 200 and "4111" in allowed.json()["segments"][1]["text"]


async def test_the_stored_object_holds_no_word_of_the_transcript(api, settings, transcripts_owner, tenant_key):
    words = ("Pineapple", "zeppelin", "marmalade")
    _, _, stored = await _stored(api, "Pineapple zeppelin", "marmalade please")
    async with tenant_session(transcripts_owner, tenant_key[0]) as session:
        row = (await session.execute(text(
            "SELECT a.object_key, a.size, a.sha256, t.wrapped_key, t.kek_version FROM transcript_artifact a "
            "JOIN transcript t ON t.id = a.transcript_id WHERE t.id = :id AND a.kind = 'segments.json'"),
            {"id": stored["id"]})).one()
        dump = (await session.execute(text("SELECT row_to_json(t)::text FROM transcript t WHERE id = :id"),
                                      {"id": stored["id"]})).scalar_one()
    assert row.object_key == f"tenants/{tenant_key[0]}/transcripts/{stored['id']}/v1/segments.json"
    assert len(row.wrapped_key) > 32 and row.kek_version >= 1
    async with s3_client(settings) as s3:
        blob = await (await s3.get_object(Bucket=settings.s3_bucket, Key=row.object_key))["Body"].read()
    assert len(blob) == row.size
    for word in words:
        assert word.encode() not in blob and word.lower().encode() not in blob.lower()
        assert word not in dump


async def test_two_swapped_objects_fail_with_an_integrity_error_not_garbage(api, settings, transcripts_owner,
                                                                            tenant_key):
    _, _, first = await _stored(api, "first words")
    _, _, second = await _stored(api, "second words")
    async with tenant_session(transcripts_owner, tenant_key[0]) as session:
        rows = {r.transcript_id: r for r in (await session.execute(text(
            "SELECT transcript_id::text, object_key, sha256 FROM transcript_artifact "
            "WHERE transcript_id IN (:a, :b) AND kind = 'segments.json'"),
            {"a": first["id"], "b": second["id"]})).all()}
    async with s3_client(settings) as s3:
        blobs = {k: await (await s3.get_object(Bucket=settings.s3_bucket, Key=r.object_key))["Body"].read()
                 for k, r in rows.items()}
        await s3.put_object(Bucket=settings.s3_bucket, Key=rows[first["id"]].object_key, Body=blobs[second["id"]])
    officer = ConsentApi(api.client, await key_with_roles(api.client, api.headers, "compliance_officer"))
    full = {"view": "full", "reason": "integrity check"}  # the words themselves (the redacted view has its own)
    checksum = await officer.request("GET", f"/v1/transcripts/{first['id']}", params=full)
    assert checksum.status_code == 500 and checksum.json()["type"].endswith("transcript-integrity")
    assert "second words" not in checksum.text
    # Even with the checksum made to match, the object does not decrypt in another transcript's place.
    async with tenant_session(transcripts_owner, tenant_key[0]) as session:
        await session.execute(text("UPDATE transcript_artifact SET sha256 = :s WHERE transcript_id = :id "
                                   "AND kind = 'segments.json'"),
                              {"s": rows[second["id"]].sha256, "id": first["id"]})
        await session.commit()
    swapped = await officer.request("GET", f"/v1/transcripts/{first['id']}", params=full)
    assert swapped.status_code == 500 and "does not decrypt" in swapped.json()["detail"]


async def test_segments_without_transcription_consent_refuse_the_whole_transcript_by_default(api):
    call = await api.call(*_no_consent_participants())
    ids = {p["external_id"]: p["id"] for p in call["participants"]}
    response = await api.request("POST", "/v1/transcripts", json=transcript_body(call, ids))
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("segments-without-consent")
    assert [s["index"] for s in problem["segments"]] == [0, 1] and all(s["reason"] for s in problem["segments"])
    assert (await api.ok("GET", f"/v1/calls/{call['id']}/transcripts"))["items"] == []


@pytest.mark.parametrize(("change", "path", "words"), [
    (lambda b: b["segments"][1].update(end_ms=10), "body.segments.1", "end_ms comes before start_ms"),
    (lambda b: b["segments"][0].update(text="a\x00b"), "body.segments.0", "NUL"),
    (lambda b: b["segments"][0].update(confidence=1.5), "body.segments.0.confidence", "<= 1"),
    (lambda b: b["segments"][1].update(speaker="x"), "body.segments.1", "unknown field `speaker`"),
    (lambda b: b.update(segments=[]), "body.segments", "length >= 1"),
    (lambda b: b.update(subjects={"emails": ["not-an-email"]}), "body.subjects.emails.0", "regex"),
    (lambda b: b.pop("language"), "body", "missing required field `language`"),
])
async def test_a_malformed_transcript_is_a_422_naming_the_field_and_nothing_is_stored(api, change, path, words):
    call, ids = await consenting_call(api)
    body = transcript_body(call, ids)
    change(body)
    response = await api.request("POST", "/v1/transcripts", json=body)
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("validation-error")
    assert problem["errors"][0]["path"] == path and words in problem["errors"][0]["message"], problem
    assert (await api.ok("GET", f"/v1/calls/{call['id']}/transcripts"))["items"] == []


async def test_a_transcript_that_is_not_json_is_a_422(api):
    call, _ = await consenting_call(api)
    response = await api.client.post("/v1/transcripts", content=b'{"call_id": "' + call["id"].encode(),
                                     headers={**api.headers, "content-type": "application/json"})
    assert response.status_code == 422 and response.json()["errors"][0]["type"] == "json_invalid", response.text


async def test_a_tenant_may_store_the_transcript_without_the_refused_segments(api, officer_headers):
    await api.ok("PUT", "/v1/transcript-settings", json={"refused_segments": "remove"})
    call, ids = await consenting_call(api)
    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": ids["cust"],
                                  "purposes": ["transcription"], "method": "verbal", "occurred_at": at(-30)})
    body = transcript_body(call, ids, "before", "also before")
    body["segments"].append({"participant_id": ids["cust"], "start_ms": 40_000, "end_ms": 41_000,
                             "text": "after I withdrew"})
    stored = await api.ok("POST", "/v1/transcripts", 201, json=body)
    assert stored["removed_segments"] == 1 and stored["removed"][0]["index"] == 2
    assert "withdrawn" in stored["removed"][0]["reason"]
    full = (await api.client.get(f"/v1/transcripts/{stored['id']}", headers=officer_headers,
                                 params={"view": "full", "reason": "check"})).json()
    assert [s["text"] for s in full["segments"]] == ["before", "also before", None]
    assert full["segments"][2]["removed"] is True


async def test_a_call_the_consent_service_does_not_know_is_a_404(api):
    call = {"id": str(uuid4())}
    response = await api.request("POST", "/v1/transcripts",
                                 json=transcript_body(call, {"agent-7": str(uuid4()), "cust": str(uuid4())}))
    assert response.status_code == 404 and response.json()["type"].endswith("call-not-found")


async def test_an_idempotency_key_replays_the_first_answer_and_refuses_another_body(api):
    call, ids = await consenting_call(api)
    key = {"Idempotency-Key": f"k-{uuid4()}"}
    first = await api.client.post("/v1/transcripts", json=transcript_body(call, ids), headers={**api.headers, **key})
    again = await api.client.post("/v1/transcripts", json=transcript_body(call, ids), headers={**api.headers, **key})
    assert (first.status_code, again.status_code) == (201, 201)
    assert again.json() == first.json() and again.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    other = await api.client.post("/v1/transcripts", json=transcript_body(call, ids, "different"),
                                  headers={**api.headers, **key})
    assert other.status_code == 409 and other.json()["type"].endswith("idempotency-key-reused")
    assert len((await api.ok("GET", f"/v1/calls/{call['id']}/transcripts"))["items"]) == 1


async def test_the_gateways_own_idempotency_keys_are_refused_from_callers(api):
    # A caller who took `retell-call:<digest>` first would have the platform's end-of-call transcript
    # refused as a reuse of the key.
    call, ids = await consenting_call(api)
    reserved = f"retell-call:{sha256(call['id'].encode()).hexdigest()}"
    taken = await api.client.post("/v1/transcripts", json=transcript_body(call, ids),
                                  headers={**api.headers, "Idempotency-Key": reserved})
    assert taken.status_code == 422 and taken.json()["type"].endswith("idempotency-key-reserved")
    assert (await api.ok("GET", f"/v1/calls/{call['id']}/transcripts"))["items"] == []
    mine = await api.client.post("/v1/transcripts", json=transcript_body(call, ids),
                                 headers={**api.headers, "Idempotency-Key": f"my-call:{uuid4()}"})
    assert mine.status_code == 201


async def test_transcripts_are_found_by_subject_through_the_blind_index(api):
    _, _, stored = await _stored(api, subjects={"emails": ["Jane.Doe@Example.com"], "external_ids": ["crm-42"]})
    for params in ({"phone_number": "(415) 555-0100"}, {"phone_number": "+1 415 555 0100"},
                   {"email": "jane.doe@example.com"}, {"external_id": "crm-42"}):
        found = await api.ok("GET", "/v1/transcripts", params=params)
        assert stored["id"] in [t["id"] for t in found["items"]], params
    assert (await api.ok("GET", "/v1/transcripts", params={"external_id": "crm-43"}))["items"] == []


async def test_another_tenant_cannot_read_list_delete_or_find_by_subject(api, gateway, gateway_engine):
    from services.gateway.service import ensure_tenant_with_key

    _, _, stored = await _stored(api)
    _, other_key = await ensure_tenant_with_key(gateway_engine, "Other", f"o-{uuid4().hex[:10]}",
                                                ["tenant_admin", "compliance_officer"], "test")
    other = {"Authorization": f"Bearer {other_key}"}
    assert (await gateway.get(f"/v1/transcripts/{stored['id']}", headers=other)).status_code == 404
    assert (await gateway.get(f"/v1/transcripts/{stored['id']}", headers=other,
                              params={"view": "full", "reason": "snooping"})).status_code == 404
    assert (await gateway.get("/v1/transcripts", headers=other)).json()["items"] == []
    assert (await gateway.get("/v1/transcripts", headers=other,
                              params={"phone_number": "+14155550100"})).json()["items"] == []
    assert (await gateway.delete(f"/v1/transcripts/{stored['id']}", headers=other,
                                 params={"reason": "snooping"})).status_code == 404
    assert (await api.request("GET", f"/v1/transcripts/{stored['id']}")).status_code == 200


async def test_an_agent_sees_only_the_transcripts_of_calls_it_was_on(api, gateway):
    _, _, mine = await _stored(api)
    token = (await api.ok("POST", "/v1/agent-tokens", 201, json={"agent_id": "agent-7"}))["token"]
    stranger = (await api.ok("POST", "/v1/agent-tokens", 201, json={"agent_id": "agent-8"}))["token"]
    assert (await gateway.get(f"/v1/transcripts/{mine['id']}", headers={"Authorization": f"Bearer {token}"})
            ).status_code == 200
    elsewhere = await gateway.get(f"/v1/transcripts/{mine['id']}", headers={"Authorization": f"Bearer {stranger}"})
    assert elsewhere.status_code == 404 and "not one of this agent's calls" in elsewhere.json()["detail"]
    missing = await gateway.get(f"/v1/transcripts/{uuid4()}", headers={"Authorization": f"Bearer {stranger}"})
    assert missing.status_code == 404 and missing.json()["detail"].startswith("no transcript")
    full = await gateway.get(f"/v1/transcripts/{mine['id']}", headers={"Authorization": f"Bearer {token}"},
                             params={"view": "full", "reason": "mine"})
    assert full.status_code == 403


async def test_every_read_and_list_is_in_the_audit_chain_and_tampering_is_detected(
        api, gateway, officer_headers, transcripts_owner, tenant_key):
    _, _, stored = await _stored(api)
    auditor = await key_with_roles(gateway, api.headers, "auditor")
    await api.ok("GET", f"/v1/transcripts/{stored['id']}")
    await gateway.get(f"/v1/transcripts/{stored['id']}", headers=officer_headers,
                      params={"view": "full", "reason": "audit me"})
    await api.ok("GET", "/v1/transcripts", params={"phone_number": "+14155550100"})
    trail = (await gateway.get("/v1/audit", headers=auditor)).json()["items"]
    actions = [(e["action"], e["content"].get("view"), e["content"]["reason"]) for e in reversed(trail)]
    assert actions == [("transcript.read", "redacted", None), ("transcript.read", "full", "audit me"),
                       ("transcript.listed", None, None)]
    assert "14155550100" not in str(trail)  # a subject search leaves its kind in the trail, never the value
    assert (await gateway.get("/v1/audit", headers=api.headers)).status_code == 403  # admins do not audit themselves

    async def sealed() -> bool:
        verified = (await gateway.get("/v1/audit/verify", headers=auditor)).json()
        return verified["ok"] is True and verified["entries"] == 3 and verified["unsealed"] == 0

    await eventually(sealed, what="the audit log sealed and verified")
    async with tenant_session(transcripts_owner, tenant_key[0]) as session:
        await session.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))  # as a privileged attacker
        await session.execute(text("UPDATE audit_entry SET content = jsonb_set(content, '{reason}', '\"routine\"') "
                                   "WHERE tenant_id = :t AND leaf_index = 1"), {"t": tenant_key[0]})
        await session.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
        await session.commit()
    tampered = (await gateway.get("/v1/audit/verify", headers=auditor)).json()
    assert tampered["ok"] is False and tampered["first_bad_entry"] == 1


async def test_a_refused_full_view_is_audited_with_who_why_and_the_outcome(api, gateway, officer_headers):
    _, _, stored = await _stored(api)
    supervisor = await key_with_roles(gateway, api.headers, "supervisor")
    refused = await gateway.get(f"/v1/transcripts/{stored['id']}", headers=supervisor,
                                params={"view": "full", "reason": "curious"})
    assert refused.status_code == 403
    trail = await gateway.get("/v1/audit", headers=officer_headers, params={"action": "transcript.read_refused"})
    [entry] = trail.json()["items"]
    assert entry["transcript_id"] == stored["id"] and entry["content"]["roles"] == ["supervisor"]
    assert {k: entry["content"][k] for k in ("reason", "view", "outcome", "status")} == {
        "reason": "curious", "view": "full", "outcome": "refused", "status": 403}
    assert (await gateway.get("/v1/audit/verify", headers=officer_headers)).json()["ok"] is True


async def test_the_service_role_cannot_rewrite_the_audit_trail(settings, tenant_key, api):
    await _stored(api)
    engine = create_engine(settings.service_database_url("transcripts"), pool_size=1)
    try:
        async with tenant_session(engine, tenant_key[0]) as session:
            with pytest.raises(Exception, match="permission denied"):
                await session.execute(text("DELETE FROM audit_entry"))
    finally:
        await engine.dispose()


async def test_deleting_a_transcript_shreds_its_key_and_removes_its_objects(api, officer_headers, gateway, settings,
                                                                            transcripts_owner, tenant_key, js):
    _, _, stored = await _stored(api)
    async with tenant_session(transcripts_owner, tenant_key[0]) as session:
        key = (await session.execute(text("SELECT object_key FROM transcript_artifact WHERE transcript_id = :id "
                                          "AND kind = 'segments.json'"), {"id": stored["id"]})).scalar_one()
    response = await gateway.delete(f"/v1/transcripts/{stored['id']}", headers=officer_headers,
                                    params={"reason": "customer asked"})
    assert response.status_code == 204
    gone = await api.request("GET", f"/v1/transcripts/{stored['id']}")
    assert gone.status_code == 410 and gone.json()["type"].endswith("transcript-purged")
    async def purged() -> bool:  # by the delete itself, or by the purge worker when it took the row first
        async with tenant_session(transcripts_owner, tenant_key[0]) as session:
            row = (await session.execute(text("SELECT status, wrapped_key FROM transcript WHERE id = :id"),
                                         {"id": stored["id"]})).one()
        assert row.wrapped_key is None
        return row.status == "purged"

    await eventually(purged, what="the deleted transcript purged")
    certificates = (await api.ok("GET", "/v1/deletion-certificates", params={"transcript_id": stored["id"]}))["items"]
    assert [(c["reason"], [o["key"] for o in c["claims"]["objects"] if o["kind"] == "segments.json"])
            for c in certificates] == [("manual", [key])]
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=key)
    assert listed.get("KeyCount", 0) == 0

    async def announced() -> bool:
        found = await stream_events(js, settings.nats_stream, "callvault.transcript.>")
        kinds = {e["type"] for e in found.values() if e["data"].get("transcript_id") == stored["id"]}
        return {"transcript.stored", "transcript.deleted", "transcript.purged"} <= kinds

    await eventually(announced, what="transcript.stored, .deleted and .purged on the bus")
    events = await stream_events(js, settings.nats_stream, "callvault.transcript.>")
    announced_text = str([e for e in events.values() if e["data"].get("transcript_id") == stored["id"]])
    # The card's digits, not "4111" alone: an event's random UUID may hold those four (CI saw one that did).
    assert "4111 1111" not in announced_text and "4111111111111111" not in announced_text
    assert "My card is" not in announced_text


def _no_consent_participants() -> tuple[dict, dict]:
    from tests.helpers.consenting_calls import AGENT

    return AGENT, {"external_id": "cust", "role": "customer", "phone_number": "+14155550100"}


async def test_a_tenants_transcripts_go_to_its_data_regions_bucket(gateway, gateway_engine, settings,
                                                                   transcripts_owner):
    from services.gateway.service import ensure_tenant_with_key

    slug = f"eu-{uuid4().hex[:10]}"
    async with tenant_session(gateway_engine, None) as session:  # before the key is ever used (and cached)
        tenant_id, key = await ensure_tenant_with_key(gateway_engine, "EU tenant", slug, ["tenant_admin"], "test")
        await session.execute(text("UPDATE tenant SET data_region = 'eu' WHERE id = :id"), {"id": tenant_id})
        await session.commit()
    api = ConsentApi(gateway, {"Authorization": f"Bearer {key}"})
    _, _, stored = await _stored(api)
    async with tenant_session(transcripts_owner, tenant_id) as session:
        bucket, key_name = (await session.execute(
            text("SELECT bucket, object_key FROM transcript_artifact WHERE transcript_id = :id "
                 "AND kind = 'segments.json'"),
            {"id": stored["id"]})).one()
    assert bucket == settings.s3_regions["eu"]["bucket"] != settings.s3_bucket
    async with s3_client(settings) as s3:
        assert (await s3.list_objects_v2(Bucket=bucket, Prefix=key_name))["KeyCount"] == 1
        assert (await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=key_name)).get("KeyCount", 0) == 0
    assert (await api.request("GET", f"/v1/transcripts/{stored['id']}")).status_code == 200


async def test_one_subject_at_a_time(api):
    response = await api.request("GET", "/v1/transcripts", params={"phone_number": "+14155550100",
                                                                   "email": "a@example.com"})
    assert response.status_code == 422 and response.json()["type"].endswith("one-subject-at-a-time")


async def test_consent_periods_give_the_calls_history_as_the_transcripts_service_reads_it(api, services, tenant_key):
    """The route ingest asks once per transcript: periods over which transcription's decision holds."""
    call = await api.call(AGENT, CUSTOMER, started=-60)
    ids = {p["external_id"]: p["id"] for p in call["participants"]}
    await api.events(call["id"], {"type": "consent_granted", "participant_id": ids["cust"],
                                  "purposes": ["recording", "transcription"], "method": "dtmf",
                                  "occurred_at": at(-30)})
    headers = internal_headers(services, tenant_key[0])
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{services.recording_consent_port}") as direct:
        answer = await direct.get(f"/v1/calls/{call['id']}/consent-periods", headers=headers,
                                  params={"purpose": "transcription"})
        unknown = await direct.get(f"/v1/calls/{uuid4()}/consent-periods", headers=headers)
    assert answer.status_code == 200, answer.text
    document = answer.json()
    before, after = document["periods"]
    assert not before["allowed"] and before["states"][ids["cust"]] == "pending"
    assert after["allowed"] and after["starts_at"] == before["ends_at"] and after["ends_at"] is None
    assert after["states"] == {ids["agent-7"]: "satisfied", ids["cust"]: "satisfied"}
    customer = next(p for p in document["participants"] if p["participant_id"] == ids["cust"])
    assert customer["phone_number_index"] and "+1415" not in answer.text
    assert unknown.status_code == 404 and unknown.headers["content-type"] == "application/problem+json"

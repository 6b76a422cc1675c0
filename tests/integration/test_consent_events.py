"""Consent and call events through the recording-consent service, against the real database."""

import asyncio
from uuid import uuid4

import pytest
from sqlalchemy import text

from services.common.db import tenant_session
from services.recording_consent.schemas import EventsRecorded
from tests.helpers.support import ConsentApi, at, by_external_id, eventually, internal_headers, participant

NY_AGENT = participant("agent", "agent", jurisdiction="US-NY")
CA_CUSTOMER = participant("cust", phone_number="+1 (415) 555-0100")


async def _count(engine, tenant_id, table: str) -> int:
    async with tenant_session(engine, tenant_id) as session:
        return (await session.execute(text(f"SELECT count(*) FROM {table}"))).scalar_one()


async def _outbox_types(engine, tenant_id) -> list[str]:
    async with tenant_session(engine, tenant_id) as session:
        return list((await session.execute(text("SELECT type FROM outbox_event ORDER BY created_at"))).scalars())


async def test_notice_then_dtmf_consent_opens_a_california_call(api):
    await api.announcement()
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    assert cust["jurisdiction"] == "US-CA" and cust["jurisdiction_source"] == "phone_number"
    first = await api.decision(call["id"])
    assert first["may_record"] is False and first["rule"]["jurisdiction"] == "US-CA"
    assert any("area code is only a hint" in n for n in by_external_id(first)["cust"]["notes"])

    result = await api.events(
        call["id"],
        {"type": "notice_given", "announcement_version": "v1", "completed": True, "occurred_at": at(-5)},
        {"type": "consent_granted", "participant_id": cust["id"], "purposes": ["recording", "transcription"],
         "method": "dtmf", "evidence": {"digit": "1"}, "occurred_at": at(-2), "source_event_id": "dtmf-1"},
    )
    assert [e["type"] for e in result["events"]] == ["notice_given", "consent_granted"]
    assert result["events"][0]["purposes"] == ["recording", "transcription", "analytics"]  # from the announcement
    assert result["decision"]["may_record"] and result["decision"]["may_transcribe"]
    assert not result["decision"]["may_analyze"] and result["decision"]["version"] > first["version"]
    assert await api.decision(call["id"]) == result["decision"]
    # Built from the stored document, not through the model: still exactly the model's JSON.
    assert EventsRecorded.model_validate(result).model_dump(mode="json") == result

    timeline = await api.ok("GET", f"/v1/calls/{call['id']}/events")
    assert [e["type"] for e in timeline] == ["notice_given", "consent_granted"]
    assert timeline[1]["evidence"] == {"digit": "1"} and timeline[1]["ledger_entry"] > timeline[0]["ledger_entry"]


async def test_evidence_is_stored_encrypted(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    await api.events(call["id"], {"type": "consent_granted", "participant_id": cust["id"], "purposes": ["recording"],
                                  "method": "verbal", "evidence": {"utterance": "yes you may record me"},
                                  "occurred_at": at(-1)})
    async with tenant_session(app_engine, tenant_id) as session:
        blob = (await session.execute(text("SELECT evidence_encrypted FROM consent_event"))).scalar_one()
    assert b"record me" not in blob


async def test_the_same_source_event_id_twice_returns_the_first_answer_and_stores_once(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    event = {"type": "consent_granted", "participant_id": cust["id"], "purposes": ["recording"], "method": "dtmf",
             "occurred_at": at(-1), "source_event_id": "CAxyz-digits-1"}
    first = await api.events(call["id"], event)
    again = await api.events(call["id"], event)
    assert again["events"][0]["replayed"] is True and first["events"][0]["replayed"] is False
    assert again["events"][0]["id"] == first["events"][0]["id"]
    assert again["decision"]["version"] == first["decision"]["version"]
    assert await _count(app_engine, tenant_id, "consent_event") == 1


async def test_the_same_source_event_id_sent_at_once_is_stored_once(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    event = {"type": "consent_granted", "participant_id": cust["id"], "purposes": ["recording"], "method": "dtmf",
             "occurred_at": at(-1), "source_event_id": "CAxyz-race"}
    answers = await asyncio.gather(*(api.events(call["id"], event) for _ in range(8)))
    assert sorted(a["events"][0]["replayed"] for a in answers) == [False] + [True] * 7
    assert len({a["events"][0]["id"] for a in answers}) == 1
    assert await _count(app_engine, tenant_id, "consent_event") == 1


async def test_concurrent_events_on_one_call_are_all_stored_chained_and_decided(api, app_engine, tenant_id):
    """Requests that read the call before another one wrote it must not write a decision from
    what they read: each event lands, in the chain, and the stored decision is the one its whole
    timeline gives."""
    await api.announcement()
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    kinds = ["consent_granted", "consent_withdrawn"]
    sent = [{"type": kinds[n % 2], "participant_id": cust["id"], "purposes": ["recording"], "method": "dtmf",
             "occurred_at": at(-30 + n), "source_event_id": f"race-{n}"} for n in range(12)]
    sent.append({"type": "notice_given", "announcement_version": "v1", "completed": True, "occurred_at": at(-40)})
    answers = await asyncio.gather(*(api.events(call["id"], event) for event in sent))
    assert all(not a["events"][0]["replayed"] for a in answers)
    assert await _count(app_engine, tenant_id, "consent_event") == len(sent)
    entries = sorted(a["events"][0]["ledger_entry"] for a in answers)
    assert len(set(entries)) == len(sent)
    assert (await api.ok("GET", "/v1/ledger/verify"))["ok"] is True
    stored, replayed = await api.decision(call["id"]), await api.decision(call["id"], at=at(0))
    # The latest consent event (n = 11) is a withdrawal: in whatever order the requests ran, the
    # timeline ends withdrawn.
    assert stored["may_record"] is replayed["may_record"] is False
    assert stored["reasons"] == replayed["reasons"]
    assert stored["version"] == max(a["decision"]["version"] for a in answers)


async def test_a_batch_is_atomic_a_bad_event_stores_nothing(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]
    ledger_before = await _count(app_engine, tenant_id, "ledger_entry")
    response = await api.request("POST", f"/v1/calls/{call['id']}/events", json={"events": [
        {"type": "consent_granted", "participant_id": cust["id"], "purposes": ["recording"], "method": "dtmf",
         "occurred_at": at(-2)},
        {"type": "consent_granted", "participant_id": str(uuid4()), "purposes": ["recording"], "method": "dtmf",
         "occurred_at": at(-1)},
    ]})
    assert response.status_code == 422
    assert response.json()["type"] == "urn:callvault:problem:unknown-participant"
    assert "events[1]" in response.json()["detail"]
    assert await _count(app_engine, tenant_id, "consent_event") == 0
    assert await _count(app_engine, tenant_id, "ledger_entry") == ledger_before
    assert (await api.decision(call["id"]))["may_record"] is False


@pytest.mark.parametrize(("change", "problem"), [
    ({"purposes": ["marketing"]}, "validation-error"),
    ({"method": "telepathy"}, "validation-error"),
    ({"purposes": []}, "validation-error"),
    ({"purposes": ["recording", "recording"]}, "validation-error"),
    ({"method": None}, "validation-error"),
    ({"announcement_version": "v1"}, "validation-error"),
    ({"occurred_at": "2026-01-01T10:00:00"}, "validation-error"),
    ({"occurred_at": at(3600)}, "event-in-future"),
])
async def test_bad_events_are_refused_with_a_named_problem(api, change, problem):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    event = {"type": "consent_granted", "participant_id": by_external_id(call)["cust"]["id"],
             "purposes": ["recording"], "method": "dtmf", "occurred_at": at(-1), **change}
    response = await api.request("POST", f"/v1/calls/{call['id']}/events",
                                 json={k: v for k, v in event.items() if v is not None})
    assert response.status_code == 422, response.text
    assert response.json()["type"] == f"urn:callvault:problem:{problem}"


async def test_a_notice_must_name_an_existing_announcement(api):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    response = await api.request("POST", f"/v1/calls/{call['id']}/events", json={
        "type": "notice_given", "announcement_version": "never-made", "completed": True, "occurred_at": at(-1)})
    assert response.status_code == 422
    assert response.json()["type"] == "urn:callvault:problem:unknown-announcement"


async def test_after_the_call_ended_only_a_withdrawal_is_accepted(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    ended = await api.events(call["id"], {"type": "call_ended", "occurred_at": at(-10)})
    assert ended["decision"]["may_record"] is False
    assert (await api.ok("GET", f"/v1/calls/{call['id']}"))["ended_at"] is not None
    late = await api.request("POST", f"/v1/calls/{call['id']}/events", json={
        "type": "consent_granted", "participant_id": cust, "purposes": ["recording"], "method": "dtmf",
        "occurred_at": at(-1)})
    assert late.status_code == 422
    assert late.json()["type"] == "urn:callvault:problem:consent-after-call-ended"
    withdrawn = await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": cust,
                                              "purposes": ["recording", "ai_training"], "method": "web_form",
                                              "occurred_at": at(-1)})
    assert withdrawn["events"][0]["type"] == "consent_withdrawn"
    # a consent given during the call but reported late is still welcome
    earlier = await api.events(call["id"], {"type": "consent_granted", "participant_id": cust,
                                            "purposes": ["analytics"], "method": "dtmf", "occurred_at": at(-30)})
    assert earlier["events"][0]["replayed"] is False
    assert "consent.withdrawn" in await _outbox_types(app_engine, tenant_id)


async def test_a_withdrawal_stops_recording_and_emits_must_stop(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    opened = await api.events(
        call["id"],
        {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"], "method": "verbal",
         "occurred_at": at(-20)},
        {"type": "recording_started", "occurred_at": at(-19)})
    assert opened["decision"]["may_record"]
    assert (await api.ok("GET", f"/v1/calls/{call['id']}"))["recording_state"] == "recording"
    closed = await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": cust,
                                           "purposes": ["recording"], "method": "verbal", "occurred_at": at(-1)})
    decision = closed["decision"]
    assert decision["may_record"] is False
    assert by_external_id(decision)["cust"]["purposes"]["recording"]["state"] == "withdrawn"
    assert any("withdrew consent" in r for r in decision["reasons"])
    types = await _outbox_types(app_engine, tenant_id)
    assert types.count("recording.must_stop") == 1 and "consent.withdrawn" in types


async def test_recording_started_while_closed_is_told_to_stop(api, app_engine, tenant_id):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    await api.events(call["id"], {"type": "recording_started", "occurred_at": at(-1)})
    assert "recording.must_stop" in await _outbox_types(app_engine, tenant_id)


async def test_history_at_a_moment_and_late_events_out_of_order(api):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    # the withdrawal arrives first, the earlier grant later: time order, not arrival order, decides
    await api.events(call["id"], {"type": "consent_withdrawn", "participant_id": cust, "purposes": ["recording"],
                                  "method": "verbal", "occurred_at": at(-10)})
    await api.events(call["id"], {"type": "consent_granted", "participant_id": cust, "purposes": ["recording"],
                                  "method": "dtmf", "occurred_at": at(-30)})
    assert (await api.decision(call["id"]))["may_record"] is False
    assert (await api.decision(call["id"], at=at(-20)))["may_record"] is True
    assert (await api.decision(call["id"], at=at(-40)))["may_record"] is False
    bad = await api.request("GET", f"/v1/calls/{call['id']}/decision", params={"at": "1700000000"})
    assert bad.status_code == 422


async def test_a_late_joiner_from_a_stricter_state_makes_the_call_pending(api):
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    assert (await api.decision(call["id"]))["may_record"] is True
    joined = await api.ok("POST", f"/v1/calls/{call['id']}/participants", 201,
                          json=participant("transfer", "third_party", phone_number="+13055550100"))
    assert joined["jurisdiction"] == "US-FL"
    decision = await api.decision(call["id"])
    assert decision["may_record"] is False and decision["requirement"] == "all_party"
    again = await api.request("POST", f"/v1/calls/{call['id']}/participants", json=participant("transfer"))
    assert again.status_code == 409


async def test_a_number_on_the_do_not_record_registry_is_objected(api):
    number = f"+1212555{uuid4().int % 10000:04d}"
    entry = await api.ok("POST", "/v1/do-not-record", 201,
                         json={"phone_number": number, "purposes": ["recording"], "source": "customer asked"})
    listed = await api.ok("GET", "/v1/do-not-record", params={"phone_number": number.replace("+1", "")})
    assert [e["id"] for e in listed] == [entry["id"]] and "phone_number" not in listed[0]
    call = await api.call(NY_AGENT, participant("cust", phone_number=number))
    decision = await api.decision(call["id"])
    assert decision["may_record"] is False
    assert by_external_id(decision)["cust"]["purposes"]["recording"]["state"] == "objected"
    await api.ok("DELETE", f"/v1/do-not-record/{entry['id']}", 204)
    assert await api.ok("GET", "/v1/do-not-record", params={"phone_number": number}) == []
    assert (await api.request("DELETE", f"/v1/do-not-record/{entry['id']}")).status_code == 404


async def test_tenant_settings_change_decisions(api):
    defaults = await api.ok("GET", "/v1/consent-settings")
    assert defaults["jurisdiction_mode"] == "by_jurisdiction" and defaults["agents_prior_agreement"] is True
    await api.ok("PUT", "/v1/consent-settings", json={"jurisdiction_mode": "strict"})
    call = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))
    decision = await api.decision(call["id"])
    assert decision["jurisdiction_mode"] == "strict" and decision["may_record"] is False


async def test_stay_on_line_opens_the_call_once_its_delay_passed_with_no_new_event(api):
    await api.ok("PUT", "/v1/consent-settings", json={"stay_on_line_seconds": 1})
    await api.announcement()
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    noticed = await api.events(call["id"], {"type": "notice_given", "announcement_version": "v1", "completed": True,
                                            "occurred_at": at(0)})
    assert noticed["decision"]["may_record"] is False and noticed["decision"]["valid_until"]

    async def opened() -> bool:
        return (await api.decision(call["id"]))["may_record"]

    await eventually(opened, timeout=5, what="the stored decision recomputed after the stay-on-line delay")


async def test_announcements_are_versioned_and_retired_not_deleted(api):
    made = await api.announcement("2026-q4", "de", text="Dieses Gespräch kann aufgezeichnet werden.")
    clash = await api.request("POST", "/v1/announcements",
                              json={"version": "2026-q4", "language": "de", "text": "other"})
    assert clash.status_code == 409
    await api.ok("DELETE", f"/v1/announcements/{made['id']}", 204)
    assert (await api.ok("GET", f"/v1/announcements/{made['id']}"))["retired_at"] is not None
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    refused = await api.request("POST", f"/v1/calls/{call['id']}/events", json={
        "type": "notice_given", "announcement_version": "2026-q4", "completed": True, "occurred_at": at(-1)})
    assert refused.status_code == 422


async def test_listing_calls_pages_with_a_cursor_and_filters(api):
    ids = [(await api.call(NY_AGENT, CA_CUSTOMER))["id"] for _ in range(5)]
    first = await api.ok("GET", "/v1/calls", params={"limit": 2})
    second = await api.ok("GET", "/v1/calls", params={"limit": 2, "cursor": first["next_cursor"]})
    third = await api.ok("GET", "/v1/calls", params={"limit": 2, "cursor": second["next_cursor"]})
    seen = [c["id"] for page in (first, second, third) for c in page["items"]]
    assert seen == list(reversed(ids)) and third["next_cursor"] is None
    assert (await api.ok("GET", "/v1/calls", params={"provider": "telnyx"}))["items"] == []
    for bad in ({"cursor": "bm90LWEtY3Vyc29y"}, {"limit": 0}, {"provder": "twilio"}, {"limit": ["1", "2"]}):
        response = await api.request("GET", "/v1/calls", params=bad)
        assert response.status_code == 422, (bad, response.text)


async def test_calls_are_listed_by_whether_their_decision_allows_recording(api):
    allowed = await api.call(NY_AGENT, participant("cust", jurisdiction="US-NY"))  # one party's consent: yes
    refused = await api.call(NY_AGENT, CA_CUSTOMER)  # California: every party's, not given yet
    assert (await api.decision(allowed["id"]))["may_record"] is True
    assert (await api.decision(refused["id"]))["may_record"] is False
    yes = [c["id"] for c in (await api.ok("GET", "/v1/calls", params={"may_record": "true"}))["items"]]
    no = [c["id"] for c in (await api.ok("GET", "/v1/calls", params={"may_record": "false"}))["items"]]
    assert allowed["id"] in yes and refused["id"] not in yes
    assert refused["id"] in no and allowed["id"] not in no
    assert (await api.request("GET", "/v1/calls", params={"may_record": "perhaps"})).status_code == 422


async def test_calls_are_found_by_a_participants_number_through_its_blind_index(api, consent_client, settings):
    number = f"+1415555{1000 + uuid4().int % 9000}"
    mine = await api.call(NY_AGENT, participant("cust", phone_number=number))
    await api.call(NY_AGENT, participant("cust", phone_number="+14155550123"))
    for spelling in (number, f"({number[2:5]}) {number[5:8]}-{number[8:]}"):  # national form, the tenant's region
        found = await api.ok("GET", "/v1/calls", params={"phone_number": spelling})
        assert [c["id"] for c in found["items"]] == [mine["id"]], spelling
    other = ConsentApi(consent_client, internal_headers(settings, uuid4()))
    assert (await other.ok("GET", "/v1/calls", params={"phone_number": number}))["items"] == []


async def test_another_tenant_sees_none_of_it(api, consent_client, settings):
    call = await api.call(NY_AGENT, CA_CUSTOMER)
    cust = by_external_id(call)["cust"]["id"]
    entry = await api.ok("POST", "/v1/do-not-record", 201, json={"phone_number": "+12125550199", "source": "x"})
    other = ConsentApi(consent_client, internal_headers(settings, uuid4()))
    for path in (f"/v1/calls/{call['id']}/events", f"/v1/calls/{call['id']}/decision",
                 f"/v1/calls/{call['id']}/participants/{cust}/receipt"):
        assert (await other.request("GET", path)).status_code == 404, path
    assert (await other.ok("GET", "/v1/calls"))["items"] == []
    assert await other.ok("GET", "/v1/do-not-record") == []
    assert (await other.request("DELETE", f"/v1/do-not-record/{entry['id']}")).status_code == 404
    posted = await other.request("POST", f"/v1/calls/{call['id']}/events", json={
        "type": "call_ended", "occurred_at": at(-1)})
    assert posted.status_code == 404


async def test_jurisdictions_are_listed_and_numbers_resolve(api):
    listing = await api.ok("GET", "/v1/jurisdictions")
    codes = {j["jurisdiction"] for j in listing["jurisdictions"]}
    assert {"US-CA", "DE", "GB", "unknown"} <= codes and listing["version"]
    resolved = await api.ok("GET", "/v1/jurisdictions/resolve", params={"phone_number": "+14155550100"})
    assert resolved["jurisdiction"] == "US-CA" and resolved["rule"]["requirement"] == "all_party"
    withheld = await api.ok("GET", "/v1/jurisdictions/resolve", params={"phone_number": "anonymous"})
    assert withheld["jurisdiction"] == "unknown" and withheld["source"] == "unknown"


@pytest.mark.parametrize(("path", "body"), [
    ("/v1/do-not-record", {"phone_number": "+14155550100", "source": "by phone\u0000"}),
    ("/v1/do-not-record", {"phone_number": "+14155550100", "source": "line\nbreak"}),
    ("/v1/announcements", {"version": "v9", "language": "en", "text": "This call\u0000 is recorded."}),
], ids=["nul-in-source", "newline-in-source", "nul-in-text"])
async def test_text_the_database_cannot_hold_is_a_422(api, path, body):
    response = await api.request("POST", path, json=body)
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"

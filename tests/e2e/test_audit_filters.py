"""The audit log filtered as a compliance officer asks it: by who acted and by when (issue 32: "the
audit log filtered by actor, action and time")."""

from urllib.parse import quote

from tests.helpers.stored_transcripts import stored


async def test_the_audit_log_is_filtered_by_actor_and_by_time(api, officer):
    transcript = await stored(api)
    await officer.ok("GET", f"/v1/transcripts/{transcript['id']}")  # the officer reads it
    await api.ok("GET", f"/v1/transcripts/{transcript['id']}")  # then the admin
    trail = (await officer.ok("GET", "/v1/audit", params={"transcript_id": transcript["id"],
                                                          "action": "transcript.read"}))["items"]
    admin_read, officer_read = trail[0], trail[1]  # newest first
    assert admin_read["content"]["actor"] != officer_read["content"]["actor"]

    by_officer = (await officer.ok("GET", "/v1/audit", params={"actor": officer_read["content"]["actor"]}))["items"]
    assert by_officer and {e["content"]["actor"] for e in by_officer} == {officer_read["content"]["actor"]}
    assert officer_read["position"] in [e["position"] for e in by_officer]
    assert admin_read["position"] not in [e["position"] for e in by_officer]

    at = admin_read["created_at"]
    since = (await officer.ok("GET", "/v1/audit", params={"transcript_id": transcript["id"], "since": at}))["items"]
    until = (await officer.ok("GET", "/v1/audit", params={"transcript_id": transcript["id"], "until": at}))["items"]
    assert admin_read["position"] in [e["position"] for e in since]  # since is inclusive
    assert admin_read["position"] not in [e["position"] for e in until]  # until is not
    assert all(e["created_at"] >= at for e in since) and all(e["created_at"] < at for e in until)
    assert {e["position"] for e in since} | {e["position"] for e in until} >= {e["position"] for e in trail}


async def test_a_time_range_that_ends_before_it_starts_or_has_no_zone_is_a_422(officer):
    backwards = await officer.client.get(
        f"/v1/audit?since={quote('2026-12-03T10:00:00+00:00')}&until={quote('2026-12-03T09:00:00+00:00')}",
        headers=officer.headers)
    assert backwards.status_code == 422 and backwards.json()["type"].endswith("invalid-time-range")
    naive = await officer.client.get("/v1/audit?since=2026-12-03T10:00:00", headers=officer.headers)
    assert naive.status_code == 422 and naive.headers["content-type"].startswith("application/problem+json")


async def test_a_cursor_or_an_instant_past_what_the_database_stores_is_a_422_not_an_outage(officer):
    """A value the driver cannot send (a position past 64 bits, an instant in the year 10000 once in UTC) is the
    request's fault: a 422 problem, not the 503 and the "database unavailable" warning of an outage."""
    for params in ({"cursor": "99999999999999999999"}, {"since": "9999-12-31T23:59:59-14:00"},
                   {"until": "9999-12-31T23:59:59-14:00"}):
        response = await officer.request("GET", "/v1/audit", params=params)
        assert response.status_code == 422, (params, response.text)
        assert response.headers["content-type"] == "application/problem+json"

"""One reading of phone numbers in every service: a French tenant's "06 12 34 56 78" is +33612345678
to the consent service that indexed the caller and to the transcripts service that holds, erases,
exports and finds by it (read as US, it was +10612345678, matched nothing, and held transcripts were
purged)."""

from tests.helpers.data_subjects import call_with, customer, request, transcript_of, verified_and_finished

FRENCH = "06 12 34 56 78"


async def test_a_tenants_region_reads_its_numbers_the_same_in_every_service(api, officer):
    await api.ok("PUT", "/v1/consent-settings", json={"default_region": "FR"})
    assert (await api.ok("GET", "/v1/consent-settings/phone-region")) == {"default_region": "FR"}
    held_call = await call_with(api, customer("cust", FRENCH))
    other_call = await call_with(api, customer("cust", "+33 6 12 34 56 78"))
    held = await transcript_of(api, *held_call, ("cust", "Bonjour."))
    other = await transcript_of(api, *other_call, ("cust", "Encore moi."))
    # Subject lookup, in either spelling.
    for spelling in (FRENCH, "+33612345678"):
        found = await api.ok("GET", "/v1/transcripts", params={"phone_number": spelling})
        assert sorted(t["id"] for t in found["items"]) == sorted([held["id"], other["id"]]), spelling
    # A legal hold by the number covers the subject's transcripts.
    hold = await officer.ok("POST", "/v1/legal-holds", 201, json={
        "matter_id": "M-fr", "reason": "litigation", "scope": {"subjects": {"phone_numbers": [FRENCH]}}})
    assert hold["transcripts"] == 2
    # An export and an erasure by the number find both transcripts and the consent service's participants.
    for kind in ("access", "erasure"):
        report = await verified_and_finished(officer, (await request(officer, kind, {"phone_numbers": [FRENCH]}))["id"])
        found = report["report"]["found"]
        assert sorted(found["transcripts"]["transcripts"]["ids"]) == sorted([held["id"], other["id"]]), (kind, report)
        assert set(found["recording_consent"]["participants"]) == {held_call[1]["cust"], other_call[1]["cust"]}
    held_back = [(k["what"], k["id"]) for k in report["report"]["kept"] if k.get("why") == "legal_hold"]
    # the erasure kept what the hold holds: the transcripts, and the closed calls' later transcripts
    assert sorted(held_back) == sorted([("transcript", held["id"]), ("transcript", other["id"]),
                                        ("call", held_call[0]["id"]), ("call", other_call[0]["id"])])

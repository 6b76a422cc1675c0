"""The gateway assigns every request's id itself: a caller's `X-Request-Id` is only logged (as
`caller_request_id`), never what an audit entry records, so no caller can plant one there."""

from uuid import UUID, uuid4

from tests.helpers.stored_transcripts import stored


async def test_the_gateway_assigns_request_ids_and_audit_entries_carry_its_own(api, officer):
    transcript = await stored(api)
    forged = f"forged-{uuid4()}"
    read = await api.client.get(f"/v1/transcripts/{transcript['id']}", headers={**api.headers, "X-Request-Id": forged})
    assert read.status_code == 200, read.text
    assigned = read.headers["x-request-id"]
    assert assigned != forged and UUID(assigned).version == 4
    audit = await officer.ok("GET", "/v1/audit", params={"transcript_id": transcript["id"]})
    assert assigned in [entry["content"].get("request_id") for entry in audit["items"]]
    assert forged not in str(audit)

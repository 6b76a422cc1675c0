"""Redaction where it is used, through the gateway: `POST /v1/redact` with the tenant's operators, the
stored redacted artifact of every transcript (sealed, read by the redacted view, deleted with the rest)."""

import asyncio
import subprocess
import sys

import pytest
from sqlalchemy import text as text_sql

from services.common.db import tenant_session
from services.common.storage import s3_client
from services.stack.up import settings_env
from services.transcripts.redacted_artifact import kind
from services.transcripts.redaction import names
from services.transcripts.tenant_redaction import Redactor
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.stored_transcripts import objects_of, stored
from tests.helpers.support import ConsentApi, eventually

CARD = "4111 1111 1111 1111"


async def redacted_of(settings, tenant_id, transcript_id: str) -> list[str]:
    """The keys of the transcript's redacted artifacts (one per set of operators it was made with)."""
    keys = await objects_of(settings, tenant_id, transcript_id)
    return [k for k in keys if k.rsplit("/", 1)[1].startswith("redacted-")]


async def test_redact_answers_with_offsets_into_the_text_and_never_the_values(api):
    text = f"my card is {CARD}, my social is 123-45-6789 and mail me at john dot smith at example dot com"
    answer = await api.ok("POST", "/v1/redact", json={"text": text, "language": "en-US"})
    assert answer["text"] == "my card is [CARD], my social is [SSN] and mail me at [EMAIL]"
    assert [(e["type"], text[e["start"]:e["end"]]) for e in answer["entities"]] == [
        ("CREDIT_CARD", CARD), ("US_SSN", "123-45-6789"), ("EMAIL_ADDRESS", "john dot smith at example dot com")]
    assert "1111" not in str(answer["entities"]) and answer["segments"] is None
    # Names and places need a spaCy model; a deployment without one (as the tests run) says so.
    assert {n["type"]: n["reason"] for n in answer["not_checked"]} == names.not_checked()
    assert {n["type"] for n in answer["not_checked"]} in ({"PERSON", "LOCATION"}, set())


async def test_segments_are_read_as_one_conversation(api):
    segments = ["my card is four one one one, one one one one", {"text": "Okay."},
                "one one one one, one one one one"]
    answer = await api.ok("POST", "/v1/redact", json={"segments": segments})
    assert answer["segments"] == ["my card is [CARD]", "Okay.", "[CARD]"]
    assert [(e["type"], e["segment"]) for e in answer["entities"]] == [("CREDIT_CARD", 0), ("CREDIT_CARD", 2)]


@pytest.mark.parametrize("body", [{}, {"text": "a", "segments": ["b"]}, {"segments": []}, {"text": 5},
                                  {"text": "a", "language": "not a language"}])
async def test_bad_requests_are_refused_with_a_problem(api, body):
    response = await api.request("POST", "/v1/redact", json=body)
    assert response.status_code == 422 and response.headers["content-type"] == "application/problem+json"


async def test_each_tenant_chooses_its_operators_and_its_tokens_are_its_own(api, gateway, gateway_engine):
    await api.ok("PUT", "/v1/transcript-settings", json={"redaction_operators": {
        "CREDIT_CARD": "last_four", "EMAIL_ADDRESS": "token"}})
    text = f"card {CARD}, mail a.b@example.com, again a.b@example.com, or c.d@example.com"
    answer = await api.ok("POST", "/v1/redact", json={"text": text})
    first, again, other = answer["text"].split("mail ")[1].split(", again ")[0], \
        answer["text"].split(", again ")[1].split(", or ")[0], answer["text"].split(", or ")[1]
    assert answer["text"].startswith("card [CARD ••••1111], mail [EMAIL:")
    assert first == again != other  # the same value, the same token: repeats can be counted
    # Within the request only: another request's key is its own, so no caller can try every candidate of a value
    # against the token a redacted transcript shows.
    assert first not in (await api.ok("POST", "/v1/redact", json={"text": "mail a.b@example.com"}))["text"]
    # Another tenant with the same operators gets other tokens for the same value.
    from services.gateway.service import ensure_tenant_with_key

    _, key = await ensure_tenant_with_key(gateway_engine, "Other", "o-" + api.headers["Authorization"][-10:].lower(),
                                          ["tenant_admin"], "test")
    elsewhere = ConsentApi(gateway, {"Authorization": f"Bearer {key}"})
    await elsewhere.ok("PUT", "/v1/transcript-settings", json={"redaction_operators": {"EMAIL_ADDRESS": "token"}})
    assert first not in (await elsewhere.ok("POST", "/v1/redact", json={"text": "mail a.b@example.com"}))["text"]
    # A type or an operator callvault does not know is refused, and the settings stay as they were.
    for bad in ({"CREDIT_CARD": "shred"}, {"CARD_NUMBER": "label"}):
        response = await api.request("PUT", "/v1/transcript-settings", json={"redaction_operators": bad})
        assert response.status_code == 422, response.text
    assert (await api.ok("GET", "/v1/transcript-settings"))["redaction_operators"] == {
        "CREDIT_CARD": "last_four", "EMAIL_ADDRESS": "token"}


async def test_every_transcript_gets_a_sealed_redacted_artifact_that_the_redacted_view_reads(api, settings,
                                                                                          tenant_key):
    tenant_id = tenant_key[0]
    call, ids = await consenting_call(api)
    transcript = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids))
    await eventually(lambda: redacted_of(settings, tenant_id, transcript["id"]), what="the redacted artifact")
    [redacted_key] = await redacted_of(settings, tenant_id, transcript["id"])
    async with s3_client(settings) as s3:
        blob = await (await s3.get_object(Bucket=settings.s3_bucket, Key=redacted_key))["Body"].read()
        assert b"[CARD]" not in blob and b"4111" not in blob  # sealed, and compressed before

        read = await api.ok("GET", f"/v1/transcripts/{transcript['id']}")
        assert read["segments"][1]["text"] == "My card is [CARD] and mail me at [EMAIL]"
        assert [f["type"] for f in read["redactions"]] == ["CREDIT_CARD", "EMAIL_ADDRESS"]
        # The view reads the artifact: one changed under it is refused, not served.
        await s3.put_object(Bucket=settings.s3_bucket, Key=redacted_key, Body=blob[:-1] + bytes([blob[-1] ^ 1]))
        response = await api.request("GET", f"/v1/transcripts/{transcript['id']}")
        assert response.status_code == 500 and response.json()["type"].endswith("transcript-integrity")
    # Operators changed since it was made: the view redacts from the words again, with the new ones.
    await api.ok("PUT", "/v1/transcript-settings", json={"redaction_operators": {"CREDIT_CARD": "last_four"}})
    read = await api.ok("GET", f"/v1/transcripts/{transcript['id']}")
    assert read["segments"][1]["text"] == "My card is [CARD ••••1111] and mail me at [EMAIL]"


async def test_deleting_a_transcript_deletes_its_redacted_artifact_and_certifies_it(api, officer, settings,
                                                                                   tenant_key):
    tenant_id = tenant_key[0]
    transcript = await stored(api)
    await eventually(lambda: redacted_of(settings, tenant_id, transcript["id"]), what="the redacted artifact")
    await officer.ok("DELETE", f"/v1/transcripts/{transcript['id']}", 204, params={"reason": "test"})
    assert await objects_of(settings, tenant_id, transcript["id"]) == []
    [certificate] = (await api.ok("GET", "/v1/deletion-certificates",
                                  params={"transcript_id": transcript["id"]}))["items"]
    kinds = sorted(o["kind"] for o in certificate["claims"]["objects"])
    assert len(kinds) == 2 and kinds[0].startswith("redacted-") and kinds[1] == "segments.json"


async def test_backfill_writes_each_transcript_its_artifact_of_todays_kind_and_resumes(api, services, tenant_key):
    """After the tenant's operators change, `callvault redaction backfill --tenant` writes the artifact of
    the new kind (the view then reads it, not the words); a second run finds them current."""
    tenant_id = tenant_key[0]
    transcript = await stored(api)
    await eventually(lambda: redacted_of(services, tenant_id, transcript["id"]), what="the first redacted artifact")
    [before] = await redacted_of(services, tenant_id, transcript["id"])
    await api.ok("PUT", "/v1/transcript-settings", json={"redaction_operators": {"CREDIT_CARD": "last_four"}})

    def backfill() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "services.cli", "redaction", "backfill", "--tenant",
                               str(tenant_id)], env=settings_env(services), capture_output=True, text=True, timeout=120)

    done = await asyncio.to_thread(backfill)
    assert done.returncode == 0, done.stderr
    assert "1 transcripts: 1 artifacts written, 0 already current" in done.stdout
    after = await redacted_of(services, tenant_id, transcript["id"])
    assert before in after and len(after) == 2  # the old kind stays until the transcript goes
    again = await asyncio.to_thread(backfill)
    assert "1 transcripts: 0 artifacts written, 1 already current" in again.stdout


async def test_spoken_numbers_are_read_in_the_tenants_region(api):
    """A French tenant's "six one two ..." is a number (+33 6 12 34 56 78), said without its trunk 0; a US
    tenant's is not (with the 0 it is in both since recognizers version 7: a trunk 0 names a region callers
    often give, France among them)."""
    text = "my number is six one two three four five six seven eight"
    assert (await api.ok("POST", "/v1/redact", json={"text": text}))["text"] == text  # US: the default
    await api.ok("PUT", "/v1/consent-settings", json={"default_region": "FR"})
    answer = await api.ok("POST", "/v1/redact", json={"text": text})
    assert answer["text"] == "my number is [PHONE]" and answer["entities"][0]["recognizer"] == "phone-spoken"
    # The redacted view of a stored transcript reads it in the tenant's region too.
    call, ids = await consenting_call(api)
    transcript = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids, "Hello.", text))
    read = await api.ok("GET", f"/v1/transcripts/{transcript['id']}")
    assert read["segments"][1]["text"] == "my number is [PHONE]"


async def test_the_consumer_and_the_backfill_read_spoken_numbers_in_the_tenants_region(api, services, tenant_key,
                                                                                      owner):
    """The redacted artifact is written with the tenant's region (the consent service announces it), so the
    view (which asks the consent service) reads it rather than redacting again; the backfill writes the
    region's artifact of a transcript stored before the region changed."""
    tenant_id = tenant_key[0]
    text = "my number is six one two three four five six seven eight"
    call, ids = await consenting_call(api)
    before = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids, "Hello.", text))
    await eventually(lambda: redacted_of(services, tenant_id, before["id"]), what="the US artifact")
    await api.ok("PUT", "/v1/consent-settings", json={"default_region": "FR"})

    async def region() -> str | None:
        async with tenant_session(owner, tenant_id) as session:
            return (await session.execute(text_sql("SELECT phone_region FROM transcript_settings"))).scalar()

    await eventually(lambda: _equals(region(), "FR"), what="the transcripts service hears of the region")
    french = kind(Redactor({}, b"", region="FR"))
    call, ids = await consenting_call(api)
    after = await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(call, ids, "Hello.", text))
    await eventually(lambda: _equals(redacted_of(services, tenant_id, after["id"]), [french], names_only=True),
                     what="the consumer's artifact, of the French kind")
    read = await api.ok("GET", f"/v1/transcripts/{after['id']}")
    assert read["segments"][1]["text"] == "my number is [PHONE]"

    done = await asyncio.to_thread(subprocess.run, [
        sys.executable, "-m", "services.cli", "redaction", "backfill", "--tenant", str(tenant_id)],
        env=settings_env(services), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "2 transcripts: 1 artifacts written, 1 already current" in done.stdout
    assert french in [k.rsplit("/", 1)[1] for k in await redacted_of(services, tenant_id, before["id"])]


async def _equals(value, expected, names_only: bool = False) -> bool:
    got = await value
    return ([k.rsplit("/", 1)[1] for k in got] if names_only else got) == expected

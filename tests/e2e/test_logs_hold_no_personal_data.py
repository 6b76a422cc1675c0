"""After the whole run: the services' logs hold no phone number and none of the words the tests put in
transcripts. The oracle is the test code itself: every segment text written in tests/ is looked for."""

import json
import re
from pathlib import Path
from uuid import uuid4

import pytest

from tests.helpers.support import eventually

TESTS = Path(__file__).resolve().parents[1]
LOGS = ("gateway", "recording_consent", "transcripts", "purge-worker")
# A number as callvault receives it (E.164) or as people write it: "(415) 555-0142", "+44 20 7946 0958".
PHONE = re.compile(r"\+\d{8,15}\b|\(\d{3}\)\s?\d{3}-\d{4}|\+\d{1,3}(?:[ .-]\d{2,4}){2,4}\b")
# Segment texts as the tests write them: {"text": "..."} bodies and ("speaker", "words") lines.
SEGMENT = re.compile(r'"text":\s*"([^"{}]{12,})"|\("[a-z0-9-]+",\s*"([^"{}]{12,})"\)')


def _spoken() -> set[str]:
    found: set[str] = set()
    for path in TESTS.rglob("*.py"):
        for a, b in SEGMENT.findall(path.read_text()):
            if " " in (a or b):  # spoken words, not a field name that happens to sit in a pair
                found.add(a or b)
    return found


@pytest.mark.last
async def test_the_logs_of_the_whole_run_hold_no_phone_number_and_no_transcript_words(gateway, services, tenant_key,
                                                                                    tmp_path_factory):
    spoken = _spoken()
    assert len(spoken) > 20, "the oracle found too few transcript texts in the tests"
    # One more refused request, carrying a number, whose log line must be there without it.
    request_id = f"log-scan-{uuid4()}"
    refused = await gateway.get("/v1/do-not-record", params={"phone_number": "+14155550199"},
                                headers={"X-Request-ID": request_id, "Authorization": "Bearer cv_not_a_key"})
    assert refused.status_code == 401
    gateway_log = services.data_dir / "logs" / "gateway.log"

    async def logged() -> bool:
        return gateway_log.exists() and request_id in gateway_log.read_text(errors="replace")

    await eventually(logged, timeout=10, what="the refused request's log line")
    # A tenant's request that fails is logged as JSON with its request id and its tenant.
    tenant_id, secret = tenant_key
    missing = await gateway.get(f"/v1/calls/{uuid4()}", headers={"X-Request-ID": f"{request_id}-tenant",
                                                                  "Authorization": f"Bearer {secret}"})
    assert missing.status_code == 404

    async def logged_with_tenant() -> bool:
        lines = [json.loads(line) for line in gateway_log.read_text(errors="replace").splitlines()
                 if f"{request_id}-tenant" in line]
        return any(line.get("tenant_id") == str(tenant_id) and line.get("status") == 404 for line in lines)

    await eventually(logged_with_tenant, timeout=10, what="the tenant's request logged with its tenant")
    # The session's stack, and every other installation the run started (the reliability suite's,
    # the tracing test's): all of them under the run's temporary directory.
    logs = {services.data_dir / "logs" / f"{name}.log" for name in LOGS}
    logs |= {log for log in tmp_path_factory.getbasetemp().rglob("logs/*.log") if log.stem in LOGS}
    scanned = [log for log in sorted(logs) if log.exists()]
    assert services.data_dir / "logs" / "gateway.log" in scanned
    for log in scanned:
        text = log.read_text(errors="replace")
        numbers = PHONE.findall(text)
        assert numbers == [], f"{log} holds phone numbers: {numbers[:3]}"
        leaked = [words for words in spoken if words in text]
        assert leaked == [], f"{log} holds transcript words: {leaked[:3]}"


def test_the_oracle_finds_what_it_looks_for():
    assert PHONE.findall("call from +14155550142 at (415) 555-0142") == ["+14155550142", "(415) 555-0142"]
    assert PHONE.findall('{"duration_ms": 12.5, "request_id": "5f0c", "at": "2026-11-24T04:54:33Z"}') == []
    assert SEGMENT.findall('("cust", "It is Smyth, thank you.")') == [("", "It is Smyth, thank you.")]

"""The event catalogue is the one contract between the services: every event is built from a payload
model in `services/common/events/catalog.py` (so every type published is catalogued), and consumers
parse payloads rather than read raw `event.data`."""

import ast
from pathlib import Path
from uuid import uuid4

import pytest

from services.common.events import catalog
from services.common.events.envelope import CloudEvent
from services.recording_consent import events as consent_events
from services.transcripts import events as transcript_events

SERVICES = Path(__file__).resolve().parents[2] / "services"
BUILDS_ENVELOPES = {SERVICES / "common" / "events" / name for name in ("catalog.py", "outbox.py", "envelope.py")}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(), str(path))) for path in sorted(SERVICES.rglob("*.py"))]


def _payloads(base: type[catalog.Payload]) -> set[type[catalog.Payload]]:
    found = set()
    for sub in base.__subclasses__():
        found |= {sub} if sub.TYPES else set()
        found |= _payloads(sub)
    return found


def test_every_payload_model_is_catalogued_under_types_of_its_own():
    kinds = [kind for payload in catalog.PAYLOADS for kind in payload.TYPES]
    assert len(kinds) == len(set(kinds))
    assert _payloads(catalog.Payload) == set(catalog.PAYLOADS)


def _name(node: ast.expr) -> str | None:
    return getattr(node, "id", getattr(node, "attr", None))


def test_events_are_built_only_from_catalogued_payloads():
    """A `CloudEvent(...)` anywhere else would publish a type the catalogue does not know."""
    built = [f"{path.relative_to(SERVICES.parent)}:{node.lineno}" for path, tree in _modules()
             if path not in BUILDS_ENVELOPES for node in ast.walk(tree)
             if isinstance(node, ast.Call) and _name(node.func) == "CloudEvent"]
    assert built == []


def test_consumers_read_no_raw_event_data():
    """No `event.data[...]`, `event.data.get(...)` or `x = event.data`: a consumer parses the payload."""
    reads = []
    for path, tree in _modules():
        for node in ast.walk(tree):
            target = node.value if isinstance(node, ast.Subscript | ast.Assign) else (
                node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get" else None)
            if isinstance(target, ast.Attribute) and target.attr == "data" and _name(target.value) == "event":
                reads.append(f"{path.relative_to(SERVICES.parent)}:{node.lineno}")
    assert reads == []


def test_an_envelope_refuses_a_type_its_payload_does_not_carry():
    payload = catalog.CallEnded(call_id=uuid4(), ended_at="2026-01-01T00:00:00+00:00")
    with pytest.raises(catalog.WrongEventType):
        catalog.envelope(payload, source="test", tenant_id=uuid4(), subject="calls/x", type_="call.created")
    event = catalog.envelope(payload, source="test", tenant_id=uuid4(), subject="calls/x")
    with pytest.raises(catalog.WrongEventType):
        catalog.CallCreated.parse(event)


def test_producers_payloads_parse_back_to_what_was_built():
    tenant, call, transcript = uuid4(), uuid4(), uuid4()
    built = [
        consent_events.consent_event(tenant, call, uuid4(), "consent_withdrawn", None, ["recording"], "verbal",
                                     "2026-01-01T00:00:00+00:00"),
        consent_events.recording_stop(tenant, call, uuid4(), "failed", "twilio", {"status": 500}, 3),
        consent_events.call_ended(tenant, call, "2026-01-01T00:00:00+00:00"),
        transcript_events.segments_removed(tenant, transcript, call, 2, 4, uuid4(), "consent withdrawn"),
        transcript_events.deleted(tenant, transcript, call),
    ]
    assert [e.type for e in built] == ["consent.withdrawn", "recording.stop_failed", "call.ended",
                                       "transcript.segments_removed", "transcript.deleted"]
    for event in built:
        wire = CloudEvent.model_validate_json(event.model_dump_json())
        assert catalog.parse(wire).model_dump(mode="json") == event.data
    assert built[0].data["participant_id"] is None and built[4].data["reason"] == "manual"


def test_a_consumer_ignores_fields_it_does_not_know():
    event = consent_events.call_ended(uuid4(), uuid4(), "2026-01-01T00:00:00+00:00")
    newer = event.model_copy(update={"data": {**event.data, "added_later": 1}})
    assert catalog.CallEnded.parse(newer).ended_at == "2026-01-01T00:00:00+00:00"


def test_a_report_line_serializes_with_exactly_the_fields_it_was_given():
    done = catalog.ReportLine(action="phone_numbers_erased", count=2, participants=["a", "b"], erasure_ledger=None)
    kept = catalog.ReportLine(what="consent_events", calls=["c"], why="legal obligation")
    assert done.model_dump(mode="json") == {"action": "phone_numbers_erased", "count": 2, "participants": ["a", "b"],
                                            "erasure_ledger": None}
    assert kept.model_dump(mode="json") == {"what": "consent_events", "why": "legal obligation", "calls": ["c"]}


@pytest.mark.parametrize("line", [{"count": 1}, {"what": "consent_events"}, {"why": "legal obligation"},
                                  {"action": "exported", "what": "consent_events", "why": "legal obligation"}])
def test_a_report_line_says_what_was_done_or_what_was_kept_and_why(line):
    with pytest.raises(ValueError, match="report line"):
        catalog.ReportLine(**line)


def test_the_consent_services_part_of_a_privacy_report_parses_typed():
    participant, call, request_id = uuid4(), uuid4(), uuid4()
    event = CloudEvent(source="recording-consent", type="privacy_request.consent_applied", subject="s",
                       tenantid=uuid4(), data={
                           "request_id": str(request_id), "in_reply_to": "privacy_request.verified",
                           "found": {"participants": [str(participant)], "calls": [str(call)]},
                           "done": [{"action": "do_not_record_added", "purposes": ["recording"]}],
                           "kept": [{"what": "consent_events", "calls": [str(call)], "why": "legal obligation"}],
                           "finished_at": "2026-01-01T00:00:00+00:00", "request_type": "objection"})
    applied = catalog.ConsentApplied.parse(event)
    assert applied.found.participants == [participant] and applied.found.calls == [call]
    assert [line.action for line in applied.done] == ["do_not_record_added"]
    assert [(line.what, line.why) for line in applied.kept] == [("consent_events", "legal obligation")]
    assert catalog.envelope(applied, source="recording-consent", tenant_id=event.tenantid,
                            subject="s").data == event.data

"""A privacy request's report is a model, stored as the JSON it always was: what the code reads and
adds is typed, and a report read back and written again is unchanged."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from services.transcripts.privacy.report import Report

STORED = Path(__file__).resolve().parents[1] / "data" / "privacy" / "stored_report.json"


def test_a_stored_report_reads_back_and_writes_again_as_the_same_json():
    stored = json.loads(STORED.read_text())
    report = Report.model_validate(stored)
    assert report.model_dump(mode="json") == stored
    assert report.finished("verified", "consent") and not report.finished("transcripts")
    assert [line.superseded_version for line in report.lines_done("rectified")] == [1]
    assert [k.matters for k in report.kept if k.why == "legal_hold"] == [["M-1"]]


def test_a_change_adds_its_lines_with_exactly_their_fields_and_the_steps_finish_time():
    before = Report().changed(step="received")
    after = before.changed(step="transcripts", found={"transcripts": {"calls": []}},
                           done=[{"service": "transcripts", "action": "purged", "count": 0, "transcripts": []}],
                           kept=[{"what": "privacy_request", "id": "r", "why": "legal obligation"}],
                           not_done=[{"service": "transcripts", "segment": 7, "why": "no such segment"}])
    written = after.model_dump(mode="json")
    assert written["done"] == [{"service": "transcripts", "action": "purged", "count": 0, "transcripts": []}]
    assert written["kept"] == [{"what": "privacy_request", "id": "r", "why": "legal obligation"}]
    assert written["not_done"] == [{"service": "transcripts", "segment": 7, "why": "no such segment"}]
    assert written["found"] == {"transcripts": {"calls": []}}
    assert list(written["steps"]) == ["received", "transcripts"]
    for finished in written["steps"].values():  # as datetime.isoformat() writes it
        assert finished == datetime.fromisoformat(finished).isoformat() and finished.endswith("+00:00")
    assert before.model_dump(mode="json")["done"] == []  # a new report: the column is seen to change


def test_a_report_line_that_is_neither_done_nor_kept_is_refused():
    with pytest.raises(ValueError, match="report line"):
        Report().changed(done=[{"service": "transcripts", "count": 1}])


def _held_report() -> Report:
    return Report().changed(kept=[
        {"service": "transcripts", "what": "transcript", "id": "t1", "why": "legal_hold", "matters": ["M"]},
        {"service": "transcripts", "what": "transcript", "id": "t2", "why": "legal_hold", "matters": ["M"]},
        {"service": "transcripts", "what": "call", "id": "c1", "why": "legal_hold", "matters": ["M"]},
        {"what": "privacy_request", "id": "r", "why": "legal obligation"}])


def test_what_a_hold_kept_stops_keeping_the_request_partial_once_erased_deleted_or_closed():
    report = _held_report()
    assert [k.id for k in report.held_back()] == ["t1", "t2", "c1"] and report.partial()
    erased = report.changed(done=[{"service": "transcripts", "action": "purged", "count": 1, "transcripts": ["t1"]}])
    assert [k.id for k in erased.held_back()] == ["t2", "c1"]
    gone = erased.changed(done=[{"action": "deleted_meanwhile", "count": 1, "transcripts": ["t2"]}])
    assert [k.id for k in gone.held_back()] == ["c1"] and gone.partial()
    closed = gone.changed(done=[{"action": "call_closed", "call_id": "c1"}])
    assert closed.held_back() == [] and not closed.partial()
    # Something not done keeps it partial whatever the holds.
    assert closed.changed(not_done=[{"why": "no_provider_id"}]).partial()


def test_a_kept_provider_recording_or_a_call_closed_elsewhere_keeps_the_request_partial():
    report = _held_report().changed(
        done=[{"action": "purged", "transcripts": ["t1", "t2"]}, {"action": "call_closed", "call_id": "c2"}],
        kept=[{"service": "gateway", "what": "provider_recording", "id": "RE1", "why": "legal_hold"}])
    assert [k.id for k in report.held_back()] == ["c1", "RE1"] and report.partial()

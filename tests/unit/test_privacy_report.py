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

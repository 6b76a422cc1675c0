"""Exported vCons are read by tools nobody on the team wrote: every one is validated by the `vcon`
library (the vCon 0.4.0 implementation, with its lawful-basis and WTF extension validators) and its
transcript loaded by `vcon-wtf`."""

import json
from datetime import UTC, datetime, timedelta
from uuid import uuid4

import pytest

from services.common import vcon as vcon_format

vcon_lib = pytest.importorskip("vcon", reason="the vcon library is installed by `make .venv/.installed`")
wtf = pytest.importorskip("wtf_transcript_converter", reason="vcon-wtf is installed by `make .venv/.installed`")
from vcon.extensions.lawful_basis.validation import LawfulBasisValidator  # noqa: E402

STARTED = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
CREATED = STARTED + timedelta(hours=1)
RULE_CA = {"jurisdiction": "US-CA", "name": "California all-party consent", "requirement": "all_party",
           "citation": "Cal. Penal Code § 632", "clarity": "high"}


def _at(seconds: float) -> str:
    return (STARTED + timedelta(seconds=seconds)).isoformat()


def _scenario():
    agent, customer = str(uuid4()), str(uuid4())
    call = {"id": str(uuid4()), "external_id": "CA1", "provider": "twilio", "direction": "inbound",
            "started_at": STARTED.isoformat()}
    participants = [{"id": agent, "role": "agent", "jurisdiction": "US-NY"},
                    {"id": customer, "role": "customer", "jurisdiction": "US-CA", "phone_number": "+14155550100"}]
    events = [{"id": str(uuid4()), "type": "notice_given", "participant_id": None, "occurred_at": _at(1),
               "purposes": ["recording", "transcription"], "method": None},
              {"id": str(uuid4()), "type": "consent_granted", "participant_id": customer, "occurred_at": _at(4.5),
               "purposes": ["recording", "transcription"], "method": "dtmf", "evidence": {"digit": "1"},
               "ledger_entry": 7}]

    def purposes(basis: str) -> dict:
        return {p: {"state": "satisfied" if p in ("recording", "transcription") else "pending",
                    "basis": basis if p in ("recording", "transcription") else "every party must consent"}
                for p in ("recording", "transcription", "analytics", "ai_training")}

    decision = {"participants": [
        {"participant_id": agent, "rule": RULE_CA, "purposes": purposes("consent (prior_agreement)")},
        {"participant_id": customer, "rule": RULE_CA, "purposes": purposes("consent (dtmf)")}]}
    transcript = {"id": str(uuid4()), "engine": "Whisper", "language": "en-US", "created_at": _at(3600),
                  "call_started_at": STARTED.isoformat(), "version": 1, "segments": [
                      {"participant_id": agent, "start_ms": 2000, "end_ms": 4000, "text": "This call is recorded."},
                      {"participant_id": customer, "start_ms": 6000, "end_ms": 8000, "text": "Fine, go ahead."}]}
    return call, participants, events, decision, [transcript]


@pytest.fixture
def exported() -> dict:
    call, participants, events, decision, transcripts = _scenario()
    return vcon_format.build(call, participants, events, decision, transcripts, created_at=CREATED, redacted=False)


def test_the_vcon_library_accepts_the_export(exported):
    document = vcon_lib.Vcon(json.loads(json.dumps(exported)))
    valid, errors = document.is_valid()
    assert valid, errors
    assert document.vcon_dict["vcon"] == "0.4.0"
    results = document.validate_extensions()
    assert all(a["is_valid"] for a in results["attachments"]), results
    assert results["lawful_basis"]["is_valid"], results["lawful_basis"]


def test_every_party_has_a_lawful_basis_attachment_the_draft_validator_accepts(exported):
    bases = [a for a in exported["attachments"] if a["purpose"] == "lawful_basis"]
    assert sorted(a["party"] for a in bases) == [0, 1]
    assert all(a["type"] == "lawful_basis" for a in bases)  # the draft says type, the library purpose: both
    for attachment in bases:
        result = LawfulBasisValidator().validate_attachment(attachment)
        assert result.is_valid, result.errors
    assert "lawful_basis" in exported["extensions"]


def test_the_grants_name_the_rule_and_its_citation(exported):
    customer = next(a["body"] for a in exported["attachments"] if a["purpose"] == "lawful_basis" and a["party"] == 1)
    grants = {g["purpose"]: g for g in customer["purpose_grants"]}
    assert grants["recording"]["granted"] is True and grants["ai_training"]["granted"] is False
    assert grants["recording"]["granted_at"] == _at(4.5)
    assert "citation: Cal. Penal Code § 632" in grants["recording"]["conditions"]
    assert customer["lawful_basis"] == "consent"


def test_the_proof_points_at_the_dialog_and_offset_of_the_key_press(exported):
    customer = next(a["body"] for a in exported["attachments"] if a["purpose"] == "lawful_basis" and a["party"] == 1)
    [proof] = customer["proof_mechanisms"]
    assert proof["proof_type"] == "external_system" and proof["proof_data"]["method"] == "dtmf"
    assert proof["proof_data"]["evidence"] == {"digit": "1"} and proof["proof_data"]["ledger_entry"] == 7
    assert proof["proof_data"]["dialog"] == 0  # the agent's notice, spoken from 2 s
    assert proof["proof_data"]["offset_seconds"] == 2.5


def test_vcon_wtf_loads_the_transcript(exported):
    [analysis] = exported["analysis"]
    assert analysis["type"] == "wtf_transcription" and analysis["dialog"] == [0, 1]
    document = wtf.WTFDocument.model_validate(analysis["body"])
    valid, errors = wtf.validate_wtf_document(document)
    assert valid, errors
    assert [s.text for s in document.segments] == ["This call is recorded.", "Fine, go ahead."]
    assert document.metadata.provider == "whisper" and document.transcript.duration == 8.0


def test_a_redacted_export_names_the_vcon_it_redacts():
    call, participants, events, decision, transcripts = _scenario()
    redacted = vcon_format.build(call, participants, events, decision, transcripts, created_at=CREATED,
                                 redacted=True)
    assert redacted["redacted"] == {"uuid": call["id"], "type": "pii"} and redacted["uuid"] != call["id"]
    assert vcon_lib.Vcon(redacted).is_valid()[0]


def test_a_call_without_transcripts_or_decision_is_still_a_valid_vcon():
    call, participants, events, _, _ = _scenario()
    document = vcon_format.build(call, participants, events, None, [], created_at=CREATED, redacted=False)
    assert vcon_lib.Vcon(document).is_valid() == (True, [])
    assert document["dialog"] == [] and document["attachments"] == []


def test_the_oracle_refuses_what_callvault_exported_before(exported):
    """The validators are live: the earlier export's shapes (an attachment with only `type`, a dialog
    without a media type, a grant whose conditions are not strings) are refused."""
    broken = json.loads(json.dumps(exported))
    del broken["attachments"][0]["purpose"]
    del broken["dialog"][0]["mediatype"]
    assert not vcon_lib.Vcon(broken).is_valid()[0]
    basis = json.loads(json.dumps(exported["attachments"][0]))
    basis["body"]["purpose_grants"][0]["conditions"] = [{"rule": "US-CA"}]
    assert not LawfulBasisValidator().validate_attachment(basis).is_valid


def _as_imported(document: dict) -> dict:
    """What the import's schema hands `read`: times parsed."""
    parsed = json.loads(json.dumps(document))
    parsed["created_at"] = datetime.fromisoformat(parsed["created_at"])
    for d in parsed["dialog"]:
        d["start"] = datetime.fromisoformat(d["start"]) if d.get("start") else None
    return parsed


def test_an_exported_vcon_reads_back_as_the_same_consent_and_words(exported):
    reading = vcon_format.read(_as_imported(exported))
    assert [p["role"] for p in reading.call["participants"]] == ["agent", "customer"]
    assert reading.call["participants"][1]["phone_number"] == "+14155550100"
    granted = [(party, e["type"], e["method"], sorted(e["purposes"])) for party, e in reading.events
               if e["method"] == "dtmf"]
    assert granted == [(1, "consent_granted", "dtmf", ["recording", "transcription"])]
    agent = [(e["type"], e["method"], e["occurred_at"]) for party, e in reading.events if party == 0]
    assert agent == [("consent_granted", "prior_agreement", STARTED.isoformat())]
    assert [(s["party"], s["start_ms"], s["text"]) for s in reading.segments] == \
        [(0, 2000, "This call is recorded."), (1, 6000, "Fine, go ahead.")]
    assert reading.language == "en-US" and reading.refused == []


def test_hostile_or_foreign_members_are_refused_with_a_reason_not_taken(exported):
    document = _as_imported(exported)
    basis = next(a for a in document["attachments"] if a["purpose"] == "lawful_basis" and a["party"] == 1)
    basis["body"]["purpose_grants"].append({"purpose": "marketing", "granted": True, "granted_at": _at(1)})
    document["attachments"].append({**basis, "party": 0, "body": {**basis["body"],
                                                                  "lawful_basis": "legitimate_interests"}})
    document["attachments"].append({"purpose": "lawful_basis", "party": 9, "body": {}})
    wtf_body = document["analysis"][0]["body"]
    wtf_body["transcript"]["language"] = "x" * 500
    wtf_body["segments"] += [{"speaker": 7, "start": 1, "end": 2, "text": "ghost"}, "not a segment",
                             {"speaker": 0, "start": 5, "end": 4, "text": "backwards"}]
    reading = vcon_format.read(document)
    reasons = " | ".join(f"{r['what']}: {r['reason']}" for r in reading.refused)
    assert "'marketing'" in reasons and "legitimate_interests" in reasons and "attachments[" in reasons
    assert reasons.count("analysis WTF segment") == 3
    assert reading.language == "und" and len(reading.segments) == 2
    foreign = len(exported["attachments"])  # the appended legitimate-interest attachment's index
    assert not any(e["source_event_id"].split(":")[2] == str(foreign) for _, e in reading.events)


def test_an_unknown_role_is_read_as_a_customer_never_as_an_agent(exported):
    document = _as_imported(exported)
    document["parties"][0]["role"] = "supervisor-bot"
    assert vcon_format.read(document).call["participants"][0]["role"] == "customer"


def test_members_of_the_wrong_type_are_refused_or_read_as_empty_never_an_error(exported):
    """What a sender puts in a member that is to be a list, a string or a finite number (found by an adversarial
    review: each of these was a 500): refused with a reason, or read as nothing."""
    document = _as_imported(exported)
    basis = next(a for a in document["attachments"] if a["purpose"] == "lawful_basis" and a["party"] == 1)
    grants = basis["body"]["purpose_grants"]
    grants.append({"purpose": "analytics", "granted": True, "granted_at": {"not": "a time"}})
    grants.append({"purpose": "recording", "granted": True, "granted_at": "yesterday"})  # refused here, not later
    grants.append({"purpose": "ai_training", "granted": False, "granted_at": _at(2), "conditions": 5})
    basis["body"]["proof_mechanisms"] = {"not": "a list"}
    wtf_body = document["analysis"][0]["body"]
    wtf_body["segments"] += [{"speaker": 0, "start": 1, "end": 1e400, "text": "forever"},
                             {"speaker": 0, "start": float("nan"), "end": 2, "text": "never"}]
    reading = vcon_format.read(document)
    reasons = " | ".join(f"{r['what']}: {r['reason']}" for r in reading.refused)
    assert "grant 'analytics'" in reasons and "grant 'recording'" in reasons
    assert reasons.count("analysis WTF segment") == 2
    assert ("consent_denied", ["ai_training"]) in [(e["type"], e["purposes"]) for _, e in reading.events]
    assert [s["text"] for s in reading.segments] == ["This call is recorded.", "Fine, go ahead."]
    # A text dialog may name its one party by index, not in a list (the vCon draft allows both); anything else
    # there is no party.
    document = _as_imported(exported)
    document["analysis"] = []
    document["dialog"].append({"type": "text", "start": STARTED + timedelta(seconds=9), "parties": 1,
                               "body": "typed"})
    document["dialog"].append({"type": "text", "start": STARTED + timedelta(seconds=10), "parties": "one",
                               "body": "nobody's"})
    reading = vcon_format.read(document)
    assert (1, "typed") in [(s["party"], s["text"]) for s in reading.segments]
    reasons = " | ".join(f"{r['what']}: {r['reason']}" for r in reading.refused)
    assert "its speaker is not one of the vCon's parties" in reasons

from uuid import uuid4

from services.recording_consent.decision import ParticipantFacts, decide


def facts(external_id: str, consented: set[str] = frozenset(), role: str = "customer") -> ParticipantFacts:
    return ParticipantFacts(uuid4(), external_id, role, frozenset(consented))


def test_nobody_consented_means_nothing_allowed_with_a_reason_per_participant():
    outcome = decide([facts("agent", role="agent"), facts("cust")])
    assert not outcome.may_record and not outcome.may_transcribe
    assert [m["external_id"] for m in outcome.missing] == ["agent", "cust"]
    assert "participant cust has not consented to recording or transcription" in outcome.reasons


def test_one_missing_party_blocks_the_purpose_it_lacks():
    outcome = decide([facts("a", {"recording", "transcription"}), facts("b", {"recording"})])
    assert outcome.may_record
    assert not outcome.may_transcribe
    assert outcome.missing == [{"participant_id": outcome.missing[0]["participant_id"], "external_id": "b",
                                "purposes": ["transcription"]}]


def test_a_call_without_participants_is_not_recordable():
    outcome = decide([])
    assert not outcome.may_record
    assert outcome.reasons == ["the call has no participants"]

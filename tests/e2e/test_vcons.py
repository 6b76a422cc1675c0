"""vCons through the gateway: a call exported as a vCon that the `vcon` library validates and whose
transcript `vcon-wtf` loads; a vCon written by the `vcon` library imported as a call, its consent
recorded as consent events and its transcript passed through the consent gate."""

import json
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from vcon import Vcon
from vcon.dialog import Dialog
from vcon.extensions.lawful_basis.validation import LawfulBasisValidator
from vcon.party import Party
from wtf_transcript_converter import WTFDocument, validate_wtf_document

from tests.helpers.consenting_calls import consenting_call, transcript_body


async def test_a_call_exports_as_a_vcon_the_vcon_library_validates(api):
    call, ids = await consenting_call(api)
    await api.ok("POST", "/v1/transcripts", 201, json=transcript_body(
        call, ids, "Thanks for calling, this call is recorded.", "Sure, write to me at a.b@example.com"))
    exported = await api.ok("GET", f"/v1/calls/{call['id']}/vcon", 200)

    document = Vcon(exported)
    assert document.is_valid() == (True, [])
    assert exported["vcon"] == "0.4.0" and exported["redacted"] == {"uuid": call["id"], "type": "pii"}
    bases = [a for a in exported["attachments"] if a["purpose"] == "lawful_basis"]
    assert sorted(a["party"] for a in bases) == [0, 1]  # every party
    assert all(LawfulBasisValidator().validate_attachment(a).is_valid for a in bases)
    customer = next(a["body"] for a in bases if exported["parties"][a["party"]]["uuid"] == ids["cust"])
    transcription = next(g for g in customer["purpose_grants"] if g["purpose"] == "transcription")
    assert transcription["granted"] is True and any(c.startswith("citation: ") for c in transcription["conditions"])
    assert customer["proof_mechanisms"][0]["proof_data"]["method"] == "dtmf"

    [analysis] = exported["analysis"]
    wtf = WTFDocument.model_validate(analysis["body"])
    assert validate_wtf_document(wtf) == (True, [])
    assert "a.b@example.com" not in wtf.transcript.text  # redacted by default


def _library_vcon(started: datetime, transcription_granted: bool) -> dict:
    """A vCon as the vcon library writes one: another emitter than callvault."""
    document = Vcon.build_new()
    document.add_party(Party(name="Agent", role="agent", uuid=f"agent-{uuid4().hex[:8]}"))
    document.add_party(Party(tel="+14155550100", name="Caller", role="customer"))
    document.add_dialog(Dialog(type="text", start=started.isoformat(), parties=[0, 1], originator=0,
                               mediatype="text/plain", body="This call is recorded, is that fine?", duration=3))
    document.add_dialog(Dialog(type="text", start=(started + timedelta(seconds=4)).isoformat(), parties=[0, 1],
                               originator=1, mediatype="text/plain", body="Yes, go ahead.", duration=2))
    granted_at = started.isoformat()  # consent first (an IVR), then the conversation
    document.add_lawful_basis_attachment(
        lawful_basis="consent", expiration=(started + timedelta(days=365)).isoformat(), party_index=1,
        purpose_grants=[{"purpose": "recording", "granted": True, "granted_at": granted_at},
                        {"purpose": "transcription", "granted": transcription_granted, "granted_at": granted_at}])
    document.vcon_dict["attachments"][-1]["body"]["proof_mechanisms"] = [  # the library takes objects for these
        {"proof_type": "verbal_confirmation", "timestamp": granted_at, "proof_data": {"dialog": 1, "offset": 1.0}}]
    document.add_wtf_transcription_analysis(
        transcript={"text": "This call is recorded, is that fine? Yes, go ahead.", "language": "en-US",
                    "duration": 6.0, "confidence": 0.9},
        segments=[{"id": 0, "start": 0.0, "end": 3.0, "text": "This call is recorded, is that fine?",
                   "confidence": 0.9, "speaker": 0},
                  {"id": 1, "start": 4.0, "end": 6.0, "text": "Yes, go ahead.", "confidence": 0.9, "speaker": 1}],
        metadata={"created_at": started.isoformat(), "processed_at": started.isoformat(), "provider": "whisper",
                  "model": "large-v3", "audio": {"duration": 6.0}})
    assert document.is_valid() == (True, [])
    return document.to_dict()


async def test_an_imported_vcon_becomes_a_call_with_its_consent_and_transcript(api):
    started = datetime.now(UTC) - timedelta(minutes=5)
    imported = await api.ok("POST", "/v1/vcons", 201, json=_library_vcon(started, transcription_granted=True))
    assert [p["role"] for p in imported["participants"]] == ["agent", "customer"]
    assert [(e["party"], e["type"], e["method"]) for e in imported["consent_events"]] == \
        [(1, "consent_granted", "verbal")]
    assert imported["refused"] == [] and imported["transcript"]["segment_count"] == 2

    timeline = await api.ok("GET", f"/v1/calls/{imported['call_id']}/events", 200)
    [granted] = [e for e in timeline if e["type"] == "consent_granted"]
    assert granted["participant_id"] == imported["participants"][1]["participant_id"]
    assert granted["evidence"]["source"] == "vcon" and granted["evidence"]["proof_type"] == "verbal_confirmation"
    assert json.loads(granted["evidence"]["proof"])["proof_data"] == {"dialog": 1, "offset": 1.0}
    read = await api.ok("GET", f"/v1/transcripts/{imported['transcript']['id']}", 200)
    assert [s["text"] for s in read["segments"]] == ["This call is recorded, is that fine?", "Yes, go ahead."]
    assert [s["start_ms"] for s in read["segments"]] == [0, 4000]


async def test_segments_without_transcription_consent_are_refused_and_reported(api):
    started = datetime.now(UTC) - timedelta(minutes=5)
    imported = await api.ok("POST", "/v1/vcons", 201, json=_library_vcon(started, transcription_granted=False))
    assert {(e["type"], tuple(e["purposes"])) for e in imported["consent_events"]} == \
        {("consent_granted", ("recording",)), ("consent_denied", ("transcription",))}
    assert imported["transcript"] is None  # the tenant's policy: a transcript with a refused segment is refused
    assert imported["refused"] and all(r["what"].startswith("transcript segment") for r in imported["refused"])
    listed = await api.ok("GET", f"/v1/calls/{imported['call_id']}/transcripts", 200)
    assert listed["items"] == []


async def test_a_vcon_is_imported_once_and_a_malformed_one_is_a_clear_422(api, gateway):
    document = _library_vcon(datetime.now(UTC) - timedelta(minutes=5), transcription_granted=True)
    await api.ok("POST", "/v1/vcons", 201, json=document)
    again = await gateway.post("/v1/vcons", json=document, headers=api.headers)
    assert again.status_code == 409 and again.json()["type"].endswith("vcon-already-imported")
    for broken in ({**document, "parties": []}, {**document, "uuid": "not-a-uuid"},
                   {**document, "dialog": [{"type": "text", "start": "yesterday"}]}):
        response = await gateway.post("/v1/vcons", json=broken, headers=api.headers)
        assert response.status_code == 422, response.text
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_a_transcript_of_more_segments_than_a_transcript_may_hold_is_refused_and_the_call_kept(api, settings):
    """Refused as the transcript's other faults are (the call and its consent imported, the refusal said), where
    the 422 of too many segments came after the call was created and every retry then met a 409."""
    started = datetime.now(UTC) - timedelta(minutes=5)
    document = _library_vcon(started, transcription_granted=True)
    wtf = next(a for a in document["analysis"] if a["type"] in ("wtf_transcription", "transcription"))
    body = json.loads(wtf["body"]) if isinstance(wtf["body"], str) else wtf["body"]
    body["segments"] = [{"id": n, "start": n / 10, "end": n / 10 + 0.05, "text": "ok", "speaker": n % 2}
                        for n in range(settings.max_transcript_segments + 1)]
    wtf["body"] = json.dumps(body) if isinstance(wtf["body"], str) else body
    imported = await api.ok("POST", "/v1/vcons", 201, json=document)
    assert imported["transcript"] is None and imported["consent_events"]
    assert [r["what"] for r in imported["refused"]] == ["transcript"]
    assert "segments" in imported["refused"][0]["reason"]

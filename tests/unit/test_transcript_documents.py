"""The stored form of a transcript's words: compressed JSON, and the plain JSON stored before it."""

import json
from uuid import uuid4

from services.transcripts.documents import pack, unpack
from services.transcripts.schemas import SegmentCreate

WHO = uuid4()


def test_segments_come_back_as_they_went_in_from_a_smaller_object():
    segments = [SegmentCreate(participant_id=WHO, start_ms=n * 1000, end_ms=n * 1000 + 900,
                              text=f"segment {n}: thanks for calling, how can I help you today", confidence=0.9)
                for n in range(50)]
    marker = {"participant_id": WHO, "start_ms": 50_000, "end_ms": 51_000, "removed": True, "removed_reason": "why"}
    stored = pack([*segments, marker])
    plain = json.dumps({"segments": [{"participant_id": str(WHO), "start_ms": s.start_ms, "end_ms": s.end_ms,
                                      "text": s.text, "confidence": s.confidence} for s in segments]})
    assert len(stored) < len(plain) / 3
    read = unpack(stored)
    assert [(s.start_ms, s.text, s.confidence) for s in read[:50]] == [(s.start_ms, s.text, 0.9) for s in segments]
    assert read[50].removed and read[50].text is None and read[50].removed_reason == "why"


def test_a_document_stored_before_compression_still_reads():
    plain = json.dumps({"segments": [{"participant_id": str(WHO), "start_ms": 0, "end_ms": 5, "text": "hello"}]})
    assert [s.text for s in unpack(plain.encode())] == ["hello"]

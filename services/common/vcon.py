"""A call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core): parties, a text dialog per spoken segment,
the transcript in `analysis[]` in the World Transcription Format (draft-howe-vcon-wtf-extension), and
per party a `lawful_basis` attachment (draft-howe-vcon-lawful-basis) computed from that party's own
decision: each purpose granted or not, when, under which rule and citation, and the consent events
that prove it, pointing at the dialog and the offset where the consent was given.

Pure: the transcripts service's portability export and the gateway's `GET /v1/calls/{id}/vcon` build
from the same shapes (the consent service's call, events and decision; transcripts' segments)."""

import uuid
from datetime import datetime, timedelta
from typing import Any

VERSION = "0.4.0"
WTF_SCHEMA = "https://datatracker.ietf.org/doc/draft-howe-vcon-wtf-extension/"
EXTENSIONS = ["lawful_basis", "wtf_transcription"]
# Where a redacted vCon's uuid comes from: the unredacted one's (the call id) in this namespace, so a
# second export of the same call names the same vCon.
REDACTED_NAMESPACE = uuid.UUID("0b0b6f1e-9c55-4c1e-8f6b-0c4a11c4a7a5")
CONSENT_TYPES = {"consent_granted", "consent_denied", "consent_withdrawn"}
# The draft's proof types: a key press or a platform's record is the telephony system's evidence,
# words on the line a verbal confirmation, a signed receipt a cryptographic signature.
PROOF_TYPES = {"verbal": "verbal_confirmation", "dtmf": "external_system", "stay_on_line": "external_system",
               "prior_agreement": "signed_document", "agent_attestation": "external_system"}


def build(call: dict[str, Any], participants: list[dict[str, Any]], events: list[dict[str, Any]],
          decision: dict[str, Any] | None, transcripts: list[dict[str, Any]], *, created_at: datetime,
          redacted: bool, receipts: list[dict[str, Any]] = ()) -> dict[str, Any]:
    """`participants`: id, role, jurisdiction, and `phone_number` where it may be shown; `events`: as
    `GET /v1/calls/{id}/events`; `decision`: as `GET /v1/calls/{id}/decision` (its `participants`
    limited to those whose lawful basis may be shown); `transcripts`: id, engine, language,
    call_started_at and segments (participant_id, start_ms, end_ms, text)."""
    index = {p["id"]: i for i, p in enumerate(participants)}
    started = _started(call, transcripts)
    dialog, analysis = _dialog_and_analysis(transcripts, index, started)
    attachments = [_lawful_basis(own, index[own["participant_id"]], events, dialog, started, created_at)
                   for own in (decision or {}).get("participants", []) if own["participant_id"] in index]
    attachments += [{"type": "consent_receipt", "purpose": "consent_receipt", "party": index[r["participant_id"]],
                     "start": created_at.isoformat(), "mediatype": "application/jose", "encoding": "none",
                     "body": r["jws"]} for r in receipts if r["participant_id"] in index]
    document = {"vcon": VERSION, "uuid": _uuid(call["id"], redacted), "created_at": created_at.isoformat(),
                "subject": f"call {call['external_id']} ({call['provider']}, {call['direction']})",
                "extensions": EXTENSIONS, "parties": [_party(p) for p in participants], "dialog": dialog,
                "analysis": analysis, "attachments": attachments}
    if redacted:  # the draft's redacted object: this one is a redaction of the call's full vCon
        document["redacted"] = {"uuid": call["id"], "type": "pii"}
    return document


def _uuid(call_id: str, redacted: bool) -> str:
    return str(uuid.uuid5(REDACTED_NAMESPACE, call_id)) if redacted else call_id


def _started(call: dict[str, Any], transcripts: list[dict[str, Any]]) -> datetime | None:
    value = call.get("started_at") or next((t["call_started_at"] for t in transcripts), None)
    return datetime.fromisoformat(value) if value else None


def _party(p: dict[str, Any]) -> dict[str, Any]:
    party = {"uuid": p["id"], "role": p["role"], "meta": {"jurisdiction": p["jurisdiction"]}}
    if p.get("phone_number") and p["phone_number"] != "[redacted]":
        party["tel"] = p["phone_number"]
    return party


def _dialog_and_analysis(transcripts: list[dict[str, Any]], index: dict[str, int],
                         started: datetime | None) -> tuple[list[dict], list[dict]]:
    dialog: list[dict[str, Any]] = []
    analysis: list[dict[str, Any]] = []
    for t in transcripts:
        base = started or datetime.fromisoformat(t["call_started_at"])
        first = len(dialog)
        spoken = [s for s in t["segments"] if s.get("text") is not None and s["participant_id"] in index]
        for s in spoken:
            speaker = index[s["participant_id"]]
            dialog.append({"type": "text", "start": (base + timedelta(milliseconds=s["start_ms"])).isoformat(),
                           "duration": (s["end_ms"] - s["start_ms"]) / 1000, "parties": [speaker],
                           "originator": speaker, "mediatype": "text/plain", "encoding": "none",
                           "body": s["text"]})
        if spoken:
            analysis.append({"type": "wtf_transcription", "dialog": list(range(first, len(dialog))),
                             "vendor": t.get("engine") or "unknown", "product": "callvault", "schema": WTF_SCHEMA,
                             "mediatype": "application/json", "encoding": "json",
                             "body": _wtf(t, spoken, index)})
    return dialog, analysis


def _wtf(t: dict[str, Any], spoken: list[dict[str, Any]], index: dict[str, int]) -> dict[str, Any]:
    """The World Transcription Format: times in seconds; callvault keeps no per-word confidence, so
    every confidence is 1.0 (the text as stored)."""
    segments = [{"id": n, "start": s["start_ms"] / 1000, "end": s["end_ms"] / 1000, "text": s["text"],
                 "confidence": 1.0, "speaker": index[s["participant_id"]]} for n, s in enumerate(spoken)]
    speakers: dict[str, dict[str, Any]] = {}
    for s in segments:
        speaker = speakers.setdefault(str(s["speaker"]), {"id": s["speaker"], "label": f"party {s['speaker']}",
                                                          "segments": [], "total_time": 0.0, "confidence": 1.0})
        speaker["segments"].append(s["id"])
        speaker["total_time"] += s["end"] - s["start"]
    engine = (t.get("engine") or "unknown").lower()
    made = t.get("created_at") or t["call_started_at"]
    duration = max(s["end"] for s in segments)
    return {"transcript": {"text": " ".join(s["text"] for s in spoken), "language": t.get("language") or "und",
                           "duration": duration, "confidence": 1.0},
            "segments": segments, "speakers": speakers,
            "metadata": {"created_at": made, "processed_at": made, "provider": engine, "model": engine,
                         "audio": {"duration": duration},
                         "options": {"transcript_id": t["id"], "version": t.get("version")}}}


def _lawful_basis(own: dict[str, Any], party: int, events: list[dict[str, Any]], dialog: list[dict[str, Any]],
                  started: datetime | None, created_at: datetime) -> dict[str, Any]:
    mine = [e for e in events if e.get("participant_id") == own["participant_id"] and e["type"] in CONSENT_TYPES]
    rule = own["rule"]
    grants = []
    for purpose, state in own["purposes"].items():
        latest = next((e for e in reversed(mine) if purpose in e.get("purposes", [])), None)
        granted_at = latest["occurred_at"] if latest else created_at.isoformat()
        grants.append({"purpose": purpose, "granted": state["state"] == "satisfied", "granted_at": granted_at,
                       "conditions": [f"state: {state['state']}", f"basis: {state['basis']}",
                                      f"rule: {rule['name']} ({rule['jurisdiction']}, {rule['requirement']})",
                                      f"citation: {rule['citation']}"]})
    by_consent = any(s["basis"].startswith("consent") for s in own["purposes"].values()) or bool(mine)
    body = {"lawful_basis": "consent" if by_consent else "legitimate_interests",
            "expiration": None,  # consent holds until withdrawn; retention is the transcript's, not the basis'
            "purpose_grants": grants,
            "proof_mechanisms": [_proof(e, dialog, started) for e in mine]}
    return {"type": "lawful_basis", "purpose": "lawful_basis", "party": party,
            "start": (mine[0]["occurred_at"] if mine else created_at.isoformat()),
            "mediatype": "application/json", "encoding": "json", "body": body}


def _proof(event: dict[str, Any], dialog: list[dict[str, Any]], started: datetime | None) -> dict[str, Any]:
    """Where the consent was given: the dialog spoken at that moment (or the last before it) and the
    offset into it; the call's offset when no dialog was spoken before."""
    at = datetime.fromisoformat(event["occurred_at"])
    data: dict[str, Any] = {"event_id": event["id"], "event_type": event["type"], "method": event.get("method"),
                            "purposes": event.get("purposes", []), "evidence": event.get("evidence") or {}}
    before = [i for i, d in enumerate(dialog) if datetime.fromisoformat(d["start"]) <= at]
    if before:
        data["dialog"] = before[-1]
        data["offset_seconds"] = (at - datetime.fromisoformat(dialog[before[-1]]["start"])).total_seconds()
    elif started is not None:
        data["call_offset_seconds"] = (at - started).total_seconds()
    if event.get("ledger_entry") is not None:
        data["ledger_entry"] = event["ledger_entry"]
    return {"proof_type": PROOF_TYPES.get(event.get("method") or "", "external_system"),
            "timestamp": event["occurred_at"], "proof_data": data}

"""A call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core), and a vCon someone else wrote as a call.

Built: parties, a text dialog per spoken segment, the transcript in `analysis[]` in the World
Transcription Format (draft-howe-vcon-wtf-extension), and per party a `lawful_basis` attachment
(draft-howe-vcon-lawful-basis) computed from that party's own decision: each purpose granted or not,
when, under which rule and citation, and the consent events that prove it, pointing at the dialog
and the offset where the consent was given. Read: the same members, from any emitter (`read`).

Pure: the transcripts service's portability export and `GET /v1/calls/{id}/vcon` build from the
same shapes (the consent service's call, events and decision; transcripts' segments)."""

import json
import re
import uuid
from dataclasses import dataclass, field
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
               "web_form": "external_system", "prior_agreement": "signed_document",
               "agent_attested": "external_system"}
# Reading a vCon someone else wrote: a proof without callvault's own `method` names one by its type.
METHODS_BY_PROOF = {"verbal_confirmation": "verbal", "signed_document": "prior_agreement",
                    "cryptographic_signature": "web_form", "external_system": "agent_attested"}
PURPOSES = ("recording", "transcription", "analytics", "ai_training")
ROLES = ("agent", "customer", "third_party")
MAX_SECONDS = 7 * 24 * 3600  # a segment's time into the call: more is no call's (1e400 read as infinity)
LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,4}")  # BCP 47, as a transcript's language
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
        # A basis without an event of its own (an agent's prior agreement) holds from the call's start.
        granted_at = latest["occurred_at"] if latest else (started or created_at).isoformat()
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


@dataclass
class Reading:
    """What a vCon someone else wrote says, in callvault's terms; `refused` says what was not taken."""

    call: dict[str, Any]  # a CallCreate body
    events: list[tuple[int, dict[str, Any]]]  # (party index, an EventCreate body without its participant)
    segments: list[dict[str, Any]]  # party index, start_ms, end_ms, text
    language: str
    engine: str
    refused: list[dict[str, str]] = field(default_factory=list)


def read(document: dict[str, Any]) -> Reading:
    """`document`: a vCon as validated by the import's schema (times as datetimes). Consent comes from
    `lawful_basis` attachments whose basis is consent (a legitimate interest is no one's consent: the
    jurisdiction's rule decides then); the transcript from a WTF analysis, else from text dialogs.
    Offsets count from the call's start: its first dialog's, else the vCon's creation."""
    starts = [d["start"] for d in document["dialog"] if d.get("start") is not None]
    started = min(starts) if starts else document["created_at"]
    parties = document["parties"]
    call = {"external_id": document["uuid"], "provider": "vcon", "direction": "inbound",
            "started_at": started.isoformat(), "participants": [_participant(i, p) for i, p in enumerate(parties)]}
    reading = Reading(call, [], [], "und", "vcon")
    for n, attachment in enumerate(document["attachments"]):
        if "lawful_basis" in (attachment.get("purpose"), attachment.get("type")):
            _read_lawful_basis(reading, document["uuid"], n, attachment, len(parties))
    _read_transcript(reading, document, started, len(parties))
    return reading


def _participant(index: int, party: dict[str, Any]) -> dict[str, Any]:
    # An unknown role is a customer's: the role whose consent is asked for, never the one that gives
    # the tenant's one-party consent (fail safe).
    role = party.get("role") if party.get("role") in ROLES else "customer"
    body = {"external_id": party.get("uuid") or f"party-{index}", "role": role}
    if tel := party.get("tel"):
        body["phone_number"] = tel.removeprefix("tel:")
    return body


def _read_lawful_basis(reading: Reading, vcon_id: str, n: int, attachment: dict[str, Any], parties: int) -> None:
    party, body = attachment.get("party"), _json(attachment.get("body"))
    where = f"attachments[{n}]"
    if not isinstance(party, int) or not 0 <= party < parties or not isinstance(body, dict):
        reading.refused.append({"what": where, "reason": "a lawful_basis attachment needs a party and a JSON body"})
        return
    if body.get("lawful_basis") != "consent":
        reading.refused.append({"what": where, "reason": f"the lawful basis is {body.get('lawful_basis')!r}, not "
                                "consent: the jurisdiction's rule decides for this party"})
        return
    proofs = [p for p in _list(body.get("proof_mechanisms")) if isinstance(p, dict)]
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for grant in _list(body.get("purpose_grants")):
        purpose = grant.get("purpose") if isinstance(grant, dict) else None
        if purpose not in PURPOSES or not isinstance(grant.get("granted"), bool) or \
                not _instant(grant.get("granted_at")):
            reading.refused.append({"what": f"{where}: grant {purpose!r}", "reason": "not a purpose callvault "
                                    "knows (recording, transcription, analytics, ai_training), or incomplete"})
            continue
        if not grant["granted"] and "state: pending" in _list(grant.get("conditions")):
            continue  # not asked yet: no event
        kind = "consent_granted" if grant["granted"] else "consent_denied"
        grouped.setdefault((kind, grant["granted_at"], _method(proofs, grant)), []).append(purpose)
    for m, ((kind, at, method), purposes) in enumerate(grouped.items()):
        reading.events.append((party, {
            "type": kind, "occurred_at": at, "purposes": purposes, "method": method,
            "source_event_id": f"vcon:{vcon_id}:{n}:{m}", "evidence": _evidence(vcon_id, n, proofs, purposes)}))


def _evidence(vcon_id: str, n: int, proofs: list[dict[str, Any]], purposes: list[str]) -> dict[str, Any]:
    """Consent evidence is flat (strings, numbers, booleans, a few): the vCon, the attachment, and the
    proof that covers these purposes, as JSON cut to the evidence's bound."""
    evidence: dict[str, Any] = {"source": "vcon", "vcon": vcon_id, "attachment": n}
    if proof := _proof_for(proofs, purposes[0]):
        evidence["proof_type"] = str(proof.get("proof_type"))[:100]
        evidence["proof"] = json.dumps(proof, separators=(",", ":"), default=str)[:2000]
    return evidence


def _proof_for(proofs: list[dict[str, Any]], purpose: str) -> dict[str, Any] | None:
    for proof in proofs:
        data = proof.get("proof_data") if isinstance(proof.get("proof_data"), dict) else {}
        if purpose in (_list(data.get("purposes")) or [purpose]):
            return proof
    return None


def _method(proofs: list[dict[str, Any]], grant: dict[str, Any]) -> str:
    proof = _proof_for(proofs, grant["purpose"])
    if proof is None:  # callvault's own export says how in the grant's basis: "basis: consent (prior_agreement)"
        said = next((c[len("basis: consent ("):-1] for c in _list(grant.get("conditions"))
                     if isinstance(c, str) and c.startswith("basis: consent (") and c.endswith(")")), None)
        return said if said in PROOF_TYPES else "agent_attested"  # else the sender attests it, unproven
    data = proof.get("proof_data") if isinstance(proof.get("proof_data"), dict) else {}
    if data.get("method") in PROOF_TYPES:  # callvault's own method, kept through a round trip
        return data["method"]
    return METHODS_BY_PROOF.get(proof.get("proof_type"), "agent_attested")


def _read_transcript(reading: Reading, document: dict[str, Any], started: datetime, parties: int) -> None:
    bodies = [(a, _json(a.get("body"))) for a in document["analysis"]
              if a.get("type") in ("wtf_transcription", "transcription")]
    wtf, body = next(((a, b) for a, b in bodies if isinstance(b, dict) and isinstance(b.get("segments"), list)),
                     (None, None))
    if wtf is not None:
        language = body["transcript"].get("language") if isinstance(body.get("transcript"), dict) else None
        reading.language = language if isinstance(language, str) and LANGUAGE.fullmatch(language) else "und"
        reading.engine = CONTROL.sub("", str(wtf.get("vendor") or "vcon"))[:100] or "vcon"
        for n, s in enumerate(body["segments"]):
            s = s if isinstance(s, dict) else {}
            _add_segment(reading, f"analysis WTF segment {n}", s.get("speaker"), s.get("start"), s.get("end"),
                         s.get("text"), parties)
        return
    for n, d in enumerate(document["dialog"]):
        if d.get("type") != "text" or d.get("start") is None:
            continue
        parties_of = d.get("parties")  # a list, or one party's index
        speaker = d.get("originator") if d.get("originator") is not None else \
            parties_of if isinstance(parties_of, int) else (_list(parties_of) or [None])[0]
        begin = (d["start"] - started).total_seconds()
        _add_segment(reading, f"dialog[{n}]", speaker, begin, begin + (d.get("duration") or 0), d.get("body"),
                     parties)


def _add_segment(reading: Reading, where: str, speaker: Any, start: Any, end: Any, text: Any, parties: int) -> None:
    if not isinstance(speaker, int) or not 0 <= speaker < parties:
        reading.refused.append({"what": where, "reason": "its speaker is not one of the vCon's parties"})
    elif not isinstance(text, str) or not text.strip() or not isinstance(start, int | float) \
            or not isinstance(end, int | float) or not 0 <= start <= end <= MAX_SECONDS:  # NaN fails it too
        reading.refused.append({"what": where, "reason": "no text, or no time within the call"})
    else:
        reading.segments.append({"party": speaker, "start_ms": round(start * 1000), "end_ms": round(end * 1000),
                                 "text": text})


def _instant(value: Any) -> bool:
    """An ISO 8601 instant with its offset, as the consent service takes one (anything else refused here, before
    the call is created, not by the consent service after)."""
    try:
        return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def _list(value: Any) -> list:
    """A field that is to be a list, as one: anything else a sender put there reads as empty."""
    return value if isinstance(value, list) else []


def _json(body: Any) -> Any:
    """A body with encoding `json`: an object (draft -04), or the same as a JSON string (earlier drafts,
    and the vcon library's analysis). The whole request was bounded before it was read."""
    if isinstance(body, str):
        try:
            return json.loads(body)
        except ValueError:
            return None
    return body

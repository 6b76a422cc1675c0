"""The archive of an access or portability request: one zip, sealed at rest under a fresh data key
(wrapped by the tenant's KEK, as a transcript's), downloadable a few times for a few days, then
deleted with a signed certificate of its deletion.

Inside (the JSON Schema of every file is `schema.json`, `EXPORT_SCHEMA` below):
- `request.json`: the request, the subject as given, when the archive was made;
- `calls.json`: from the consent service: the calls, participant records (the subject's own number,
  no one else's), consent events, signed receipts (JWS) and decisions;
- `transcripts/<id>.json`: every transcript the subject took part in, in full; what other
  participants said is redacted (numbers, cards, ids, ... as the tenant's redaction does);
- portability only, `vcon/<call id>.vcon.json`: each call as a vCon 0.4.0 (draft-ietf-vcon-vcon-core):
  parties, the dialog as text, the transcript as WTF analysis, the subject's lawful basis per purpose
  (draft-howe-vcon-lawful-basis) and receipts as attachments (services/common/vcon.py).
"""

import base64
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import vcon as vcon_format
from services.common.crypto import stream
from services.common.crypto.envelope import IntegrityError, Place, digest, open_sealed
from services.common.crypto.kms import UnknownKeyVersion, WrappedKey, kms_outage
from services.common.crypto.stream import StreamSealer
from services.common.db import tenant_session
from services.common.errors import Gone, NotFound
from services.common.storage import tenant_key
from services.transcripts import audit
from services.transcripts.documents import SEGMENTS
from services.transcripts.errors import TranscriptIntegrity
from services.transcripts.models import PrivacyRequest, Transcript
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.archive import ArchiveStream, part_calls
from services.transcripts.privacy.report import changed, found
from services.transcripts.privacy.requests import subject_of
from services.transcripts.privacy.schemas import Regulation, RequestType
from services.transcripts.repository import artifact as artifact_of
from services.transcripts.rewrites import UnreadableVersion, data_key, read_segments
from services.transcripts.tenant_redaction import Redactor, tenant_redactor
from services.transcripts.vault import Context, PrivacyTools

SERVICE = "transcripts"
KIND = "export.zip"
CERTIFICATE_TYPE = "callvault-export-deletion+jwt"


class ExportNotReady(NotFound):
    slug, title = "export-not-ready", "The privacy request has no export (yet)"


class ExportGone(Gone):
    slug, title = "export-gone", "The export was deleted"


class ExportKeyGone(Gone):
    slug, title = "export-key-gone", "The export's key is gone: it can no longer be opened"


async def build(work: PrivacyTools, tenant_id: UUID, request_id: UUID) -> None:
    """Once the consent service's part is in: the archive, streamed, sealed, to the object store (a call
    at a time: memory stays flat however many calls and transcripts the subject has), in one commit with
    the report's record of it (a restart before that commit builds it again, under the same object key)."""
    async with tenant_session(work.engine, tenant_id) as session:
        r = await work.locked(session, request_id)
        if "consent" not in r.report["steps"]:
            return  # the consent service's answer wakes us
        rows = await privacy.transcripts_of(session, r.digests)
        part_ref = next(d["part"] for d in r.report["done"] if d.get("action") == "exported")
        with kms_outage():
            key, wrapped = await work.purger.kms.generate(tenant_id)
        archive = ArchiveStream(StreamSealer(key, Place(tenant_id, request_id, 1, KIND).associated_data()))
        counted: dict[str, int] = {}
        bucket = work.purger.store.bucket_for(r.details.get("data_region"))
        object_key = tenant_key(tenant_id, "privacy-requests", str(request_id), KIND)
        size, sha256 = await work.purger.store.put_stream(
            bucket, object_key, _archive(work, session, r, rows, part_ref, archive, counted))
        now = datetime.now(UTC)
        r.export = {"bucket": bucket, "key": object_key, "sha256": sha256, "size": size,
                    "kek_id": wrapped.kek_id, "kek_version": wrapped.kek_version,
                    "wrapped_key": base64.b64encode(wrapped.blob).decode(), "downloads": 0,
                    "max_downloads": work.settings.privacy_export_downloads, "files": sorted(archive.names)}
        r.export_expires_at = now + timedelta(days=work.settings.privacy_export_days)
        purged = [{"transcript_id": str(p.transcript_id), "call_id": str(p.call_id),
                   "certificate": str(p.certificate_id), "reason": p.reason, "deleted_at": p.issued_at.isoformat()}
                  for p in await privacy.purged_of(session, r.digests)]
        r.report = changed(r.report, step=SERVICE, found={SERVICE: {**found(rows), "purged": purged}}, done=[{
            "service": SERVICE, "action": "export_ready", "files": len(archive.names),
            "transcripts": counted["transcripts"], "expires_at": r.export_expires_at.isoformat(),
            "max_downloads": r.export["max_downloads"]}])
        session.add(r)
        await session.commit()
    await work.purger.store.delete(part_ref["bucket"], [part_ref["key"]])


async def _archive(work: PrivacyTools, session: AsyncSession, r: PrivacyRequest, rows: list[Any],
                   part_ref: dict[str, Any], archive: ArchiveStream, counted: dict[str, int]) -> AsyncIterator[bytes]:
    """The archive's sealed bytes as they are made: calls.json from the consent service's part (read once
    for it), then each call's transcripts and, for portability, its vCon (the part read again), then the
    subject's transcripts of calls the part does not hold."""
    archive.add("schema.json", EXPORT_SCHEMA)
    archive.add("request.json", _request(work, r))
    with archive.open("calls.json") as calls:
        calls.write(b'{\n  "calls": [')
        async for n, call in _numbered(part_calls(work, r.tenant_id, r.id, part_ref)):
            calls.write((b"," if n else b"") + b"\n" + json.dumps(call, indent=2, ensure_ascii=False).encode())
            yield archive.take()
        calls.write(b"\n  ]\n}")
    redactor = await tenant_redactor(session, work.crypto, r.tenant_id)
    # The subject's participants: those the consent service found by number, and, per transcript, those
    # whose own identifiers (number, email, external id) the transcript's index names.
    mine = set(r.report["found"].get("recording_consent", {}).get("participants", []))
    by_call: dict[str, list[Any]] = {}
    for row in rows:
        by_call.setdefault(str(row.call_id), []).append(row)
    counted["transcripts"] = 0

    async def transcripts_of(call_id: str) -> list[dict[str, Any]]:
        written = []
        for row in by_call.pop(call_id, []):
            if (t := await session.get(Transcript, row.id)) is not None:
                subject = mine | await privacy.subject_participants(session, t.id, r.digests)
                written.append(await _transcript(work, session, t, subject, redactor))
                session.expunge(t)  # one transcript's row at a time in the session, not all of them
                archive.add(f"transcripts/{t.id}.json", written[-1])
        counted["transcripts"] += len(written)
        return written

    async for call in part_calls(work, r.tenant_id, r.id, part_ref):
        written = await transcripts_of(call["call"]["id"])
        if r.type == RequestType.portability:
            archive.add(f"vcon/{call['call']['id']}.vcon.json", vcon(call, written))
        yield archive.take()
    for call_id in list(by_call):  # found by an email or external id only
        await transcripts_of(call_id)
        yield archive.take()
    yield archive.close()


async def _numbered(items: AsyncIterator[Any]) -> AsyncIterator[tuple[int, Any]]:
    n = 0
    async for item in items:
        yield n, item
        n += 1


async def download(session: AsyncSession, ctx: Context, work: PrivacyTools, request_id: UUID) -> bytes:
    """The archive, opened, for the compliance officer to send on; each download counted and audited,
    and the last allowed one deletes it (certified)."""
    r = await privacy.get(session, request_id, for_update=True)
    if r is None or r.export is None:
        raise ExportNotReady(f"privacy request {request_id} has no export"
                             + ("" if r is None else f" (it is {r.status})"))
    if r.export_deleted_at is not None:
        raise ExportGone(f"the export was deleted at {r.export_deleted_at.isoformat()} "
                         f"({r.export['deletion']['reason']}); its certificate is in the report")
    e = r.export
    blob = await work.purger.store.get(e["bucket"], e["key"])
    if blob is None or digest(blob) != e["sha256"]:
        raise TranscriptIntegrity(f"the export of privacy request {request_id} is missing or not the one written")
    try:
        with kms_outage():
            key = await work.purger.kms.unwrap(r.tenant_id, WrappedKey(e["kek_id"], e["kek_version"],
                                                                       base64.b64decode(e["wrapped_key"])))
        place = Place(r.tenant_id, request_id, 1, KIND)
        archive = (stream.open_all(key, place.associated_data(), blob) if blob.startswith(stream.FORMAT)
                   else open_sealed(key, place, blob))  # an export made before exports were streamed
    except UnknownKeyVersion as exc:  # its KEK version retired or destroyed: nothing can open it any more
        raise ExportKeyGone(f"the export of privacy request {request_id} was sealed under KEK version "
                            f"{e['kek_version']}, which the key management service no longer has ({exc}); "
                            "make a new access request") from exc
    except IntegrityError as exc:
        raise TranscriptIntegrity(f"the export of privacy request {request_id}: {exc}") from exc
    r.export = {**e, "downloads": e["downloads"] + 1}
    if r.export["downloads"] >= e["max_downloads"]:
        await delete(work, session, r, "downloads_used")
    session.add(r)
    await audit.record(session, ctx.actor, "privacy_request.exported", request=str(request_id),
                       download=e["downloads"] + 1, of=e["max_downloads"])
    await session.commit()
    return archive


async def delete(work: PrivacyTools, session: AsyncSession, r: PrivacyRequest, reason: str,
                 erasure: UUID | None = None) -> None:
    """Key first (no copy can be opened from this commit on), object next, certified in the report
    (`erasure`: the erasure request that deleted it). The caller commits."""
    e = r.export
    await work.purger.store.delete(e["bucket"], [e["key"]])
    now = datetime.now(UTC)
    claims = {"iss": "callvault", "iat": int(now.timestamp()), "tenant_id": str(r.tenant_id),
              "privacy_request_id": str(r.id), "reason": reason, "object": {"bucket": e["bucket"], "key": e["key"],
                                                                           "sha256": e["sha256"], "size": e["size"]},
              "downloads": e["downloads"], "key_destroyed_at": now.isoformat(), "objects_deleted_at": now.isoformat(),
              **({"erasure_request_id": str(erasure)} if erasure else {})}
    jws = work.purger.signer.sign(claims, typ=CERTIFICATE_TYPE)
    r.export = {**{k: v for k, v in e.items() if k != "wrapped_key"},
                "deletion": {"reason": reason, "at": now.isoformat(), "certificate": jws}}
    r.export_deleted_at = now
    r.report = changed(r.report, step="export_deleted", done=[{"service": SERVICE, "action": "export_deleted",
                                                                "reason": reason, "certificate": jws}])
    session.add(r)


async def _transcript(work: PrivacyTools, session: AsyncSession, t: Transcript, mine: set[str],
                      redactor: Redactor) -> dict[str, Any]:
    """The transcript in full; others' words redacted."""
    artifact = await artifact_of(session, t.id, t.version, SEGMENTS)
    if artifact is None:
        raise UnreadableVersion(f"transcript {t.id} has no stored words")
    segments = await read_segments(work.purger.store, t, artifact, await data_key(work.purger.kms, t))
    session.expunge(artifact)
    others = [i for i, s in enumerate(segments) if str(s.participant_id) not in mine and s.text is not None]
    redacted, _ = await redactor.segments([segments[i].text for i in others])
    changed = set()  # `redacted` says what was hidden: another's words with nothing to hide are not flagged
    for i, text in zip(others, redacted, strict=True):
        if text != segments[i].text:
            changed.add(i)
        segments[i].text = text
    return {"id": str(t.id), "call_id": str(t.call_id), "version": t.version, "language": t.language,
            "engine": t.engine, "created_at": t.created_at.isoformat(),
            "call_started_at": t.call_started_at.isoformat(),
            "segments": [{"participant_id": str(s.participant_id), "by_subject": str(s.participant_id) in mine,
                          "start_ms": s.start_ms, "end_ms": s.end_ms, "text": s.text,
                          "redacted": i in changed, "removed": s.removed} for i, s in enumerate(segments)]}


def _request(work: PrivacyTools, r: PrivacyRequest) -> dict[str, Any]:
    return {"request_id": str(r.id), "type": r.type, "regulation": r.regulation,
            "received_at": r.received_at.isoformat(), "subject": subject_of(work.crypto, r).model_dump(),
            "generated_at": datetime.now(UTC).isoformat(), "schema": "schema.json"}


def vcon(call: dict[str, Any], transcripts: list[dict[str, Any]]) -> dict[str, Any]:
    """One call as a vCon 0.4.0: the subject's number only, others' words redacted (so it names the
    full vCon it redacts), the transcript in WTF, a lawful-basis attachment for each of the subject's
    participants (the decision in the part holds only theirs) and their signed receipts."""
    return vcon_format.build(call["call"], call["participants"], call["consent_events"], call["decision"],
                             transcripts, created_at=datetime.now(UTC), redacted=True, receipts=call["receipts"])


_STRING_OR_NULL = {"type": ["string", "null"]}
EXPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "callvault privacy export",
    "description": "Every file of the archive and its schema, by file name pattern.",
    "files": {
        "request.json": {"type": "object", "required": ["request_id", "type", "regulation", "received_at", "subject",
                                                        "generated_at"],
                         "properties": {"request_id": {"type": "string", "format": "uuid"},
                                        "type": {"enum": ["access", "portability"]},
                                        "regulation": {"enum": [r.value for r in Regulation]},
                                        "received_at": {"type": "string", "format": "date-time"},
                                        "generated_at": {"type": "string", "format": "date-time"},
                                        "subject": {"type": "object"}}},
        "calls.json": {"type": "object", "required": ["calls"], "properties": {"calls": {"type": "array", "items": {
            "type": "object", "required": ["call", "participants", "consent_events", "decision", "receipts"],
            "properties": {
                "call": {"type": "object", "required": ["id", "provider", "external_id", "direction"],
                         "properties": {"id": {"type": "string"}, "started_at": _STRING_OR_NULL,
                                        "ended_at": _STRING_OR_NULL}},
                "participants": {"type": "array", "items": {
                    "type": "object", "required": ["id", "role", "is_subject", "phone_number", "jurisdiction"],
                    "properties": {"phone_number": {"description": "the subject's own, or \"[redacted]\" for "
                                                                   "anyone else", **_STRING_OR_NULL}}}},
                "consent_events": {"type": "array", "description": "the call's and the subject's events, as "
                                                                   "GET /v1/calls/{id}/events gives them"},
                "decision": {"type": ["object", "null"], "description": "the call's decision, with the subject's "
                                                                        "own part only"},
                "receipts": {"type": "array", "items": {"type": "object", "required": ["participant_id", "jws"],
                                                        "properties": {"jws": {"description": "compact JWS, alg "
                                                                       "Ed25519 (older: EdDSA); keys at "
                                                                       "/.well-known/jwks.json"}}}}}}}}},
        "transcripts/<id>.json": {"type": "object", "required": ["id", "call_id", "version", "segments"],
                                  "properties": {"segments": {"type": "array", "items": {
                                      "type": "object",
                                      "required": ["participant_id", "by_subject", "start_ms", "end_ms", "text",
                                                   "redacted"],
                                      "properties": {"text": {"description": "what was said; redacted when another "
                                                                             "participant said it",
                                                              **_STRING_OR_NULL},
                                                     "redacted": {"description": "true when the redaction hid "
                                                                                 "something of this text",
                                                                  "type": "boolean"}}}}}},
        "vcon/<call id>.vcon.json": {"description": "portability only: the call as a vCon 0.4.0 (IETF "
                                                    "draft-ietf-vcon-vcon-core): parties, dialog, the transcript "
                                                    "in WTF (draft-howe-vcon-wtf-extension) in analysis, a "
                                                    "lawful_basis attachment (draft-howe-vcon-lawful-basis) per "
                                                    "participant of the subject, receipts"},
    },
}

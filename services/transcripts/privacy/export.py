"""The archive of an access or portability request: one zip, sealed at rest under a fresh data key
(wrapped by the tenant's KEK, as a transcript's), downloadable a few times for a few days, then
deleted with a signed certificate of its deletion (its download: `export_download.py`).

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
from services.common.crypto.envelope import Place
from services.common.crypto.kms import kms_outage
from services.common.crypto.stream import StreamSealer
from services.common.db import tenant_session
from services.common.errors import Gone, NotFound
from services.common.storage import tenant_key
from services.transcripts.documents import SEGMENTS
from services.transcripts.models import PrivacyRequest, Transcript
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.archive import ArchiveStream, part_calls
from services.transcripts.privacy.requests import subject_of
from services.transcripts.privacy.schemas import Regulation, RequestType
from services.transcripts.repository import artifact as artifact_of
from services.transcripts.rewrites import UnreadableVersion, data_key, read_segments
from services.transcripts.tenant_redaction import Redactor, tenant_redactor
from services.transcripts.vault import PrivacyTools

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
    at a time, the subject's transcripts read a page at a time: memory stays flat however many calls and
    transcripts the subject has), in one commit with the report's record of it (a restart before that
    commit builds it again, under the same object key)."""
    async with tenant_session(work.engine, tenant_id) as session:
        r = await work.locked(session, request_id)
        if not r.report.finished("consent"):
            return  # the consent service's answer wakes us
        part_ref = r.report.lines_done("exported")[0].part
        verified_at = datetime.fromisoformat(r.verification["at"])
        if erasures := await privacy.erasures_verified_since(session, r.digests, verified_at):
            # The consent service's part was made before: an archive from it would hold what the erasure took.
            # The part goes before the commit (no later step would retry its deletion).
            await work.purger.store.delete(part_ref["bucket"], [part_ref["key"]])
            r.report = r.report.changed(step=SERVICE, not_done=[{
                "service": SERVICE, "what": "export", "erasures": [str(e) for e in erasures],
                "why": "the subject's data was erased, at their request, after this request was verified: "
                       "nothing is left to export"}])
            session.add(r)
            await session.commit()
            return
        with kms_outage():
            key, wrapped = await work.purger.kms.generate(tenant_id)
        archive = ArchiveStream(StreamSealer(key, Place(tenant_id, request_id, 1, KIND).associated_data()))
        listed = Listed()
        bucket = work.purger.store.bucket_for(r.details.get("data_region"))
        object_key = tenant_key(tenant_id, "privacy-requests", str(request_id), KIND)
        size, sha256 = await work.purger.store.put_stream(
            bucket, object_key, _archive(work, session, r, part_ref, archive, listed))
        now = datetime.now(UTC)
        r.export = {"bucket": bucket, "key": object_key, "sha256": sha256, "size": size,
                    "kek_id": wrapped.kek_id, "kek_version": wrapped.kek_version,
                    "wrapped_key": base64.b64encode(wrapped.blob).decode(), "downloads": 0,
                    "max_downloads": work.settings.privacy_export_downloads, "files": archive.files}
        r.export_expires_at = now + timedelta(days=work.settings.privacy_export_days)
        purged = [{"transcript_id": str(p.transcript_id), "call_id": str(p.call_id),
                   "certificate": str(p.certificate_id), "reason": p.reason, "deleted_at": p.issued_at.isoformat()}
                  for p in await privacy.purged_of(session, r.digests)]
        r.report = r.report.changed(step=SERVICE, found={SERVICE: {**listed.found(), "purged": purged}}, done=[{
            "service": SERVICE, "action": "export_ready", "files": archive.files,
            "transcripts": len(listed.ids), "expires_at": r.export_expires_at.isoformat(),
            "max_downloads": r.export["max_downloads"]}])
        session.add(r)
        await session.commit()
    await work.purger.store.delete(part_ref["bucket"], [part_ref["key"]])


class Listed:
    """The report's list of what was found (its promise: ids, not only counts), made as the pages go:
    a string per transcript and per call, the calls coming in order (about 90 bytes each)."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.calls: list[str] = []

    def add(self, row: Any) -> None:
        self.ids.append(str(row.id))
        if not self.calls or self.calls[-1] != str(row.call_id):
            self.calls.append(str(row.call_id))

    def found(self) -> dict[str, Any]:
        return {"transcripts": {"count": len(self.ids), "ids": self.ids}, "calls": self.calls}


async def _archive(work: PrivacyTools, session: AsyncSession, r: PrivacyRequest, part_ref: dict[str, Any],
                   archive: ArchiveStream, listed: Listed) -> AsyncIterator[bytes]:
    """The archive's sealed bytes as they are made: calls.json from the consent service's part (read once
    for it), then each call with the subject's transcripts of it and, for portability, its vCon (the part
    read again beside the transcripts, both in call id order), and the transcripts of calls the part does
    not hold (found by an email or external id only) where their call would be."""
    archive.add("schema.json", EXPORT_SCHEMA)
    archive.add("request.json", _request(work, r))
    with archive.open("calls.json") as calls:
        calls.write(b'{\n  "calls": [')
        async for n, call in _numbered(part_calls(work, r.tenant_id, r.id, part_ref)):
            calls.write((b"," if n else b"") + b"\n" + json.dumps(call, indent=2, ensure_ascii=False).encode())
            yield archive.take()
        calls.write(b"\n  ]\n}")
    redactor = await tenant_redactor(session, work.crypto, r.tenant_id)
    groups = _by_call(_transcript_rows(session, r.digests, work.settings.privacy_export_page))
    async for call, rows in _paired(part_calls(work, r.tenant_id, r.id, part_ref), groups):
        # The subject's participants: those of the call the consent service found by number, and, per
        # transcript, those whose own identifiers (number, email, external id) the transcript's index names.
        mine = {p["id"] for p in call["participants"] if p["is_subject"]} if call else set()
        written = []
        for row in rows:
            if (t := await session.get(Transcript, row.id)) is not None:
                subject = mine | await privacy.subject_participants(session, t.id, r.digests)
                written.append(await _transcript(work, session, t, subject, redactor))
                session.expunge(t)  # one transcript's row at a time in the session, not all of them
                archive.add(f"transcripts/{t.id}.json", written[-1])
                listed.add(row)
        if call is not None and r.type == RequestType.portability:
            archive.add(f"vcon/{call['call']['id']}.vcon.json", vcon(call, written))
        yield archive.take()
    yield archive.close()


async def _transcript_rows(session: AsyncSession, digests: list[str], page: int) -> AsyncIterator[Any]:
    """The subject's transcripts (id, call_id) in (call, id) order, a page at a time (keyset)."""
    after = None
    while rows := await privacy.transcripts_page(session, digests, after, page):
        for row in rows:
            yield row
        after = (rows[-1].call_id, rows[-1].id)


async def _by_call(rows: AsyncIterator[Any]) -> AsyncIterator[tuple[UUID, list[Any]]]:
    """Rows in call order, a call's together."""
    group: list[Any] = []
    async for row in rows:
        if group and group[0].call_id != row.call_id:
            yield group[0].call_id, group
            group = []
        group.append(row)
    if group:
        yield group[0].call_id, group


async def _paired(calls: AsyncIterator[dict[str, Any]], groups: AsyncIterator[tuple[UUID, list[Any]]]
                  ) -> AsyncIterator[tuple[dict[str, Any] | None, list[Any]]]:
    """Each call of the part with the subject's transcripts of it, and each call the part does not hold
    (None) with its transcripts: a merge of two streams in call id order, holding one of each."""
    group = await anext(groups, None)
    async for call in calls:
        call_id = UUID(call["call"]["id"])
        while group is not None and group[0] < call_id:
            yield None, group[1]
            group = await anext(groups, None)
        if group is not None and group[0] == call_id:
            yield call, group[1]
            group = await anext(groups, None)
        else:
            yield call, []
    while group is not None:
        yield None, group[1]
        group = await anext(groups, None)


async def _numbered(items: AsyncIterator[Any]) -> AsyncIterator[tuple[int, Any]]:
    n = 0
    async for item in items:
        yield n, item
        n += 1


async def delete(work: PrivacyTools, session: AsyncSession, r: PrivacyRequest, reason: str,
                 erasure: UUID | None = None) -> None:
    """Key first (no copy can be opened from this commit on), object next, certified in the report
    (`erasure`: the erasure request that deleted it). The caller commits."""
    e = r.export
    await work.purger.store.delete(e["bucket"], [e["key"]])
    # The consent service's part too: `build` deletes it after its commit, and a failure there (the store away,
    # the process stopped) left it, openable with the master key and the report's salt, with nothing to retry.
    for part in (line.part for line in r.report.lines_done("exported") if getattr(line, "part", None)):
        await work.purger.store.delete(part["bucket"], [part["key"]])
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
    r.report = r.report.changed(step="export_deleted", done=[{"service": SERVICE, "action": "export_deleted",
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

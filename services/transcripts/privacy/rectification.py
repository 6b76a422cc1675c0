"""Rectification: each corrected segment of the subject's transcripts makes a new version of its
transcript under a fresh data key; the old version's key goes in the same commit (then its objects,
certified by the purge), as a withdrawal's removal does. While a legal hold covers the transcript, the
old version keeps its key and objects (readable by a compliance officer, `?version=`) until the hold is
released, when the purge deletes and certifies it; the report lists it as kept, with the matters."""

from collections import defaultdict
from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.db import tenant_session
from services.common.events.outbox import add_event
from services.transcripts import events
from services.transcripts.documents import SEGMENTS
from services.transcripts.models import Transcript
from services.transcripts.privacy import repository as privacy
from services.transcripts.privacy.report import found
from services.transcripts.privacy.requests import corrections
from services.transcripts.repository import artifact as artifact_of
from services.transcripts.rewrites import data_key, read_segments, supersede
from services.transcripts.vault import PrivacyTools, PurgeReport

SERVICE = "transcripts"


async def apply(work: PrivacyTools, tenant_id: UUID, request_id: UUID) -> None:
    async with tenant_session(work.engine, tenant_id) as session:
        r = await work.locked(session, request_id)
        if not r.report.finished("transcripts_rectified"):
            rows = await privacy.transcripts_of(session, r.digests, lock=True)
            theirs = {row.id: row for row in rows}
            wanted: dict[UUID, dict[int, str]] = defaultdict(dict)
            not_done, kept, done = [], [], []
            for c in corrections(work.crypto, r):
                transcript_id = UUID(c["transcript_id"])
                if transcript_id not in theirs:
                    not_done.append({"service": SERVICE, "transcript_id": str(transcript_id), "segment": c["segment"],
                                     "why": "not a transcript of this subject (or no longer stored)"})
                else:
                    wanted[transcript_id][c["segment"]] = c["text"]
            for transcript_id, texts in wanted.items():
                matters = theirs[transcript_id].matters
                t = await session.get(Transcript, transcript_id)
                old, refused = await _rectify(work, session, t, texts, str(request_id), keep=bool(matters))
                not_done += [{"service": SERVICE, "transcript_id": str(transcript_id), "segment": i, "why": why}
                             for i, why in refused]
                if old is None:
                    continue
                done.append({"service": SERVICE, "action": "rectified", "transcript_id": str(transcript_id),
                             "segments": sorted(set(texts) - {i for i, _ in refused}), "version": t.version,
                             "superseded_version": old})
                if matters:
                    kept.append({"service": SERVICE, "what": "transcript version", "id": str(transcript_id),
                                 "version": old, "why": "legal_hold", "matters": matters,
                                 "note": "the words before the correction, until the hold is released"})
            r.report = r.report.changed(step="transcripts_rectified", found={SERVICE: found(rows)}, done=done,
                                        kept=kept, not_done=not_done)
            session.add(r)
            await session.commit()
        superseded = [(UUID(d.transcript_id), d.superseded_version) for d in r.report.lines_done("rectified")]
    if superseded:
        await work.purger.complete_versions(tenant_id, PurgeReport(), superseded)
    async with tenant_session(work.engine, tenant_id) as session:
        r = await work.locked(session, request_id)
        r.report = r.report.changed(step=SERVICE)
        session.add(r)
        await session.commit()


async def _rectify(work: PrivacyTools, session: AsyncSession, t: Transcript, texts: dict[int, str],
                   request_id: str, keep: bool) -> tuple[int | None, list[tuple[int, str]]]:
    """The superseded version's number (None: nothing was written), and the corrections refused, with why.
    `keep`: a legal hold covers the transcript, so the superseded version keeps its key."""
    current = await artifact_of(session, t.id, t.version, SEGMENTS)
    if current is None:
        return None, [(i, "the transcript has no stored words") for i in sorted(texts)]
    segments = await read_segments(work.purger.store, t, current, await data_key(work.purger.kms, t))
    refused = [(i, "no such segment" if i >= len(segments) else "the segment was removed") for i in sorted(texts)
               if i >= len(segments) or segments[i].removed]
    applied = sorted(set(texts) - {i for i, _ in refused})
    if not applied:
        return None, refused
    for i in applied:
        segments[i].text, segments[i].confidence = texts[i], None
    old = await supersede(work.purger, session, t, current.bucket, segments,
                          {"reason": "rectification", "request": request_id, "segments": applied}, keep_key=keep)
    add_event(session, events.rectified(t.tenant_id, t.id, t.call_id, t.version, applied))
    return old, refused

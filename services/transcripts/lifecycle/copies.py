"""Where a call's transcript copies are in object storage: every object of every version, stored or gone.
What is deleted is read from the certificates (they list every object they deleted, superseded versions'
included), what is not from the transcripts' artifacts."""

from uuid import UUID

from sqlmodel.ext.asyncio.session import AsyncSession

from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.lifecycle.schemas import CallTranscriptCopies, StoredObject, TranscriptCopies

STATE = {"active": "stored", "purging": "deleting", "purged": "deleted"}


def _kind(kind: str) -> str:
    return "redacted" if kind.startswith("redacted") else "transcript"


async def of_call(session: AsyncSession, call_id: UUID) -> CallTranscriptCopies:
    transcripts = await lifecycle.transcripts_of_call(session, call_id)
    artifacts = await lifecycle.artifacts_of(session, [t.id for t in transcripts])
    deleted: dict[UUID, dict[tuple[str, str], StoredObject]] = {}
    for certificate in await lifecycle.certificates_of_call(session, call_id):
        for o in certificate.claims.get("objects", []):
            deleted.setdefault(certificate.transcript_id, {})[(o["bucket"], o["key"])] = StoredObject(
                bucket=o["bucket"], key=o["key"], kind=_kind(o["kind"]), version=o["version"], size=o.get("size"),
                state="deleted", certificate_id=certificate.id)
    answer = []
    for t in transcripts:
        objects = dict(deleted.get(t.id, {}))
        for a in (a for a in artifacts if a.transcript_id == t.id):
            objects.setdefault((a.bucket, a.object_key), StoredObject(
                bucket=a.bucket, key=a.object_key, kind=_kind(a.kind), version=a.version, size=a.size,
                state=STATE.get(t.status, "stored"), certificate_id=None))
        answer.append(TranscriptCopies(transcript_id=t.id, status=t.status, held=t.held,
                                       objects=sorted(objects.values(), key=lambda o: (o.version, o.kind, o.key))))
    return CallTranscriptCopies(call_id=call_id, transcripts=answer)

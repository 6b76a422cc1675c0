"""A transcript's words opened and rewritten outside a request: a withdrawal's removal of a participant's
segments, or a privacy request's rectification, writes a new version under a fresh data key, so that the old
version's key can be destroyed and its objects deleted like a purged transcript's (or, while a legal hold
covers the transcript, kept until the hold is released)."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.envelope import IntegrityError, Place, digest, open_sealed
from services.common.crypto.kms import Kms, WrappedKey, kms_outage
from services.transcripts import artifacts
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.documents import SEGMENTS, pack, unpack
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import SupersededVersion, Transcript, TranscriptArtifact
from services.transcripts.schemas import SegmentRead
from services.transcripts.vault import Purging


class UnreadableVersion(Exception):
    """The stored object is missing or does not open: nothing is rewritten from it."""


@dataclass(frozen=True)
class NewVersion:
    artifact: TranscriptArtifact
    wrapped: WrappedKey


async def data_key(kms: Kms, t: Transcript) -> bytes:
    """The version's data key, unwrapped (the KMS away: an outage, tried again later)."""
    with kms_outage():
        return await kms.unwrap(t.tenant_id, WrappedKey(t.kek_id, t.kek_version, t.wrapped_key or b""))


async def read_segments(store: ObjectStore, t: Transcript, artifact: TranscriptArtifact, data_key: bytes
                        ) -> list[SegmentRead]:
    blob = await store.get(artifact.bucket, artifact.object_key)
    if blob is None or digest(blob) != artifact.sha256:
        raise UnreadableVersion(f"transcript {t.id} v{t.version}: the object is missing or not the one written")
    try:
        return unpack(open_sealed(data_key, Place(t.tenant_id, t.id, t.version, SEGMENTS), blob))
    except IntegrityError as exc:
        raise UnreadableVersion(f"transcript {t.id} v{t.version}: {exc}") from exc


def as_stored(segment: SegmentRead) -> dict[str, Any]:
    """A segment in its stored form (what `documents.pack` takes): a removed one is a marker without text."""
    stored = segment.model_dump(mode="json", exclude_none=True)
    if not segment.removed:
        del stored["removed"]
    return stored


async def write_version(engine: AsyncEngine, kms: Kms, store: ObjectStore, t: Transcript, bucket: str,
                        segments: list[dict[str, Any]], holding: AsyncSession | None = None) -> NewVersion:
    """Version `t.version + 1`'s object, sealed under a fresh data key, announced before it is written
    (a crash before its row commits leaves it to the sweeper, as at ingest); `holding`, the session that
    will commit its row, holds the announcement until then."""
    data_key, wrapped = await artifacts.new_data_key(kms, t.tenant_id)
    place = Place(t.tenant_id, t.id, t.version + 1, SEGMENTS)
    return NewVersion(await artifacts.write(store, artifacts.announcing(engine, holding), data_key, place, bucket,
                                            pack(segments)), wrapped)



async def supersede(purger: Purging, session: AsyncSession, t: Transcript, bucket: str, segments: list[SegmentRead],
                    cause: dict[str, Any], keep_key: bool = False) -> int:
    """Replace `t` (locked, in `session`) by a new version holding `segments`. The old version's key goes
    in the caller's commit (`SupersededVersion`, whose objects the purge deletes and certifies), or, with
    `keep_key` (a legal hold covers the transcript), stays on that row until the hold is released. The
    superseded version's number."""
    new = await write_version(purger.engine, purger.kms, purger.store, t, bucket, [as_stored(s) for s in segments],
                              holding=session)
    old = SupersededVersion(tenant_id=t.tenant_id, transcript_id=t.id, version=t.version, call_id=t.call_id,
                            cause=cause)
    if keep_key:
        old.wrapped_key, old.kek_id, old.kek_version = t.wrapped_key, t.kek_id, t.kek_version
    else:
        old.key_destroyed_at = datetime.now(UTC)
    t.version, t.wrapped_key = new.artifact.version, new.wrapped.blob
    t.kek_id, t.kek_version = new.wrapped.kek_id, new.wrapped.kek_version
    session.add_all([t, new.artifact, old])
    await lifecycle.forget_announcement(session, new.artifact.object_key)
    return old.version

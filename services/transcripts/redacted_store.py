"""The redacted artifact: each version's redacted segments and findings, sealed under the transcript's
data key beside its words, so that the redacted view is one read and one decryption, not a redaction on
every read. Its kind names the tenant's operators it was made with (`redacted-{fingerprint}.json`):
after the tenant changes them, the view finds none of the new kind and redacts from the words.

It is written after the version is (consumer `transcripts-redaction`, on `transcript.stored`,
`transcript.segments_removed` and `transcript.rectified`), off the ingest path, whose speed is a
target; until it is there the redacted view redacts on read. Destroying the data key shreds it with
the words; the purge deletes it with them, as every artifact of a transcript.
"""

import hashlib
import json
from uuid import UUID

import msgspec
import structlog
import zstandard
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.envelope import Place, digest, seal
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.kms import Kms
from services.common.db import tenant_session
from services.common.events.bus import EventBus
from services.common.events.consumer import EventConsumer
from services.common.events.envelope import SUBJECT_PREFIX, CloudEvent
from services.common.settings import Settings
from services.transcripts import events, repository
from services.transcripts.documents import SEGMENTS
from services.transcripts.errors import RedactionOverBudget
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import TranscriptArtifact
from services.transcripts.objects import ObjectStore, object_key
from services.transcripts.redacting import Redactor, tenant_redactor
from services.transcripts.redaction import Found
from services.transcripts.schemas import SegmentRead
from services.transcripts.versions import as_stored, data_key, read_segments

log = structlog.get_logger()
CONSUMER = "transcripts-redaction"
_WANTED = frozenset({events.STORED, events.SEGMENTS_REMOVED, events.RECTIFIED})
_COMPRESSOR, _DECOMPRESSOR = zstandard.ZstdCompressor(level=1), zstandard.ZstdDecompressor()


class Redacted(msgspec.Struct):
    segments: list[dict]
    findings: list[tuple[str, int, int, int, str]]  # type, segment, start, end, recognizer


def kind(redactor: Redactor) -> str:
    """The artifact's kind for the operators: `redacted-` and a digest of them."""
    operators = json.dumps(redactor.operators, sort_keys=True).encode()
    return f"redacted-{hashlib.sha256(operators).hexdigest()[:16]}.json"


def pack(redactor: Redactor, segments: list[SegmentRead], texts: list[str | None], found: list[Found]) -> bytes:
    stored = [{**as_stored(s), "text": t} if t is not None else as_stored(s)
              for s, t in zip(segments, texts, strict=True)]
    document = Redacted(stored, [(f.type, f.segment, f.start, f.end, f.recognizer)
                                                        for f in found])
    return _COMPRESSOR.compress(msgspec.json.encode(document))


def unpack(plaintext: bytes) -> Redacted:
    return msgspec.json.decode(_DECOMPRESSOR.decompress(plaintext), type=Redacted)


class RedactedWriter:
    """Writes the redacted artifact of each version stored or rewritten."""

    def __init__(self, engine: AsyncEngine, kms: Kms, store: ObjectStore, crypto: FieldCrypto,
                 settings: Settings | None = None) -> None:
        self.engine, self.kms, self.store, self.crypto, self.settings = engine, kms, store, crypto, settings

    async def on_event(self, session: AsyncSession, event: CloudEvent) -> None:
        await self.write(session, UUID(event.data["transcript_id"]), int(event.data["version"]))

    async def write(self, session: AsyncSession, transcript_id: UUID, version: int) -> TranscriptArtifact | None:
        """The version's redacted artifact, unless the transcript is gone or has moved on (its newer
        version's event follows). The row stays locked until the caller commits, so that a withdrawal
        or a purge does not replace the version under it."""
        t = await repository.get(session, transcript_id, for_update=True)
        if t is None or t.version != version:
            return None
        redactor = await tenant_redactor(session, self.crypto, t.tenant_id, self.settings)
        words, artifact_kind = await repository.artifact(session, t.id, version, SEGMENTS), kind(redactor)
        if words is None or await repository.artifact(session, t.id, version, artifact_kind):
            return None
        key_of_version = await data_key(self.kms, t)
        segments = await read_segments(self.store, t, words, key_of_version)
        try:
            texts, found = await redactor.segments([s.text for s in segments])
        except RedactionOverBudget as exc:  # the same every time: no artifact, and the view answers the problem
            log.warning("redacted artifact not written", transcript_id=str(t.id), version=version, reason=str(exc))
            return None
        blob = seal(key_of_version, Place(t.tenant_id, t.id, version, artifact_kind),
                    pack(redactor, segments, texts, found))
        key = object_key(t.tenant_id, t.id, version, artifact_kind)
        async with tenant_session(self.engine, t.tenant_id) as announcing:  # committed before the write
            await lifecycle.announce_object(announcing, t.tenant_id, key, words.bucket)
            await announcing.commit()
        await lifecycle.hold_announcement(session, key)
        await self.store.put(words.bucket, key, blob)
        artifact = TranscriptArtifact(transcript_id=t.id, version=version, kind=artifact_kind, tenant_id=t.tenant_id,
                                      bucket=words.bucket, object_key=key, size=len(blob), sha256=digest(blob))
        session.add(artifact)
        await lifecycle.forget_announcement(session, key)
        return artifact


async def run(writer: RedactedWriter, bus: EventBus, settings: Settings) -> None:
    consumer = EventConsumer(writer.engine, settings.nats_stream, CONSUMER, f"{SUBJECT_PREFIX}.transcript.>",
                             writer.on_event, wanted=lambda event: event.type in _WANTED)
    await consumer.run(lambda: bus.js)

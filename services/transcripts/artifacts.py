"""A transcript's object, written the one safe way: sealed under its version's data key and bound to its
place (tenant, transcript, version, kind), announced in a commit of its own, then put; the caller commits
the artifact row with the announcement's removal. A crash in between leaves an announcement the sweeper
acts on, never an object that neither a row nor an announcement names."""

from collections.abc import Awaitable, Callable
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.envelope import Place, digest, seal
from services.common.crypto.kms import Kms, WrappedKey, kms_outage
from services.common.db import tenant_session
from services.transcripts.clients.objects import ObjectStore, object_key
from services.transcripts.lifecycle import repository as lifecycle
from services.transcripts.models import TranscriptArtifact

Announce = Callable[[UUID, str, str], Awaitable[None]]  # (tenant, object key, bucket), committed when it returns


async def new_data_key(kms: Kms, tenant_id: UUID, consequence: str | None = None) -> tuple[bytes, WrappedKey]:
    with kms_outage(consequence):
        return await kms.generate(tenant_id)


def announcing(engine: AsyncEngine, holding: AsyncSession | None) -> Announce:
    """Announce in a session of its own; `holding`, the session that will commit the row, holds the
    announcement until then (the sweeper skips a held one, however long the writer takes)."""

    async def announce(tenant_id: UUID, key: str, bucket: str) -> None:
        async with tenant_session(engine, tenant_id) as session:
            await lifecycle.announce_object(session, tenant_id, key, bucket)
            await session.commit()
        if holding is not None:
            await lifecycle.hold_announcement(holding, key)

    return announce


async def write(store: ObjectStore, announce: Announce, data_key: bytes, place: Place, bucket: str,
                plaintext: bytes) -> TranscriptArtifact:
    key = object_key(place.tenant_id, place.transcript_id, place.version, place.artifact)
    blob = seal(data_key, place, plaintext)
    await announce(place.tenant_id, key, bucket)
    await store.put(bucket, key, blob)
    return TranscriptArtifact(transcript_id=place.transcript_id, version=place.version, kind=place.artifact,
                              tenant_id=place.tenant_id, bucket=bucket, object_key=key, size=len(blob),
                              sha256=digest(blob))

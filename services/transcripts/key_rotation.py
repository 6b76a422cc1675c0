"""KEK rotation: a new version for new data keys, then every stored data key (the transcripts', those
of older versions a legal hold keeps, and those of privacy exports not yet deleted) rewrapped under it,
a batch per transaction (resumable: a rerun picks up the keys still on older versions), then the old
versions retired once nothing uses them. Content is never re-encrypted; reads work throughout."""

import base64
from collections.abc import Callable
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import Principal
from services.common.crypto.kms import Kms, WrappedKey, kms_outage
from services.common.db import tenant_session
from services.transcripts import audit, repository
from services.transcripts.audit import Actor
from services.transcripts.models import KeyRotation, PrivacyRequest
from services.transcripts.privacy import repository as privacy
from services.transcripts.schemas import KeyRotationRead, KeysRead

BATCH = 200
CLI_ACTOR = "cli:keys-rotate"

Progress = Callable[[KeyRotation], None]


async def rotate(engine: AsyncEngine, kms: Kms, tenant_id: UUID, actor: Actor | None = None,
                 progress: Progress | None = None) -> KeyRotation:
    """Start a rotation, or resume the one a crash left running, and carry it to the end."""
    actor = actor or Actor(Principal(tenant_id=tenant_id, subject=CLI_ACTOR, roles=frozenset({"tenant_admin"})), None)
    async with tenant_session(engine, tenant_id) as session:
        job = await repository.running_rotation(session)
        if job is None:
            version = await kms.rotate(tenant_id)
            counts = await _keys_by_version(session)
            job = KeyRotation(tenant_id=tenant_id, to_version=version,
                              total=sum(n for v, n in counts.items() if v < version))
            repository.add(session, job)
            await session.commit()
        while batch := await _next_batch(session, job.to_version):
            for row in batch:  # a transcript, or a version kept for a legal hold
                moved = await kms.rewrap(tenant_id, WrappedKey(row.kek_id, row.kek_version, row.wrapped_key))
                row.wrapped_key, row.kek_id, row.kek_version = moved.blob, moved.kek_id, moved.kek_version
            job.rewrapped += len(batch)
            repository.add(session, job, *batch)
            await session.commit()
            if progress is not None:
                progress(job)
        while exports := await _next_exports(session, job.to_version):
            for r in exports:
                r.export = await _rewrapped(kms, tenant_id, r.export)
            job.rewrapped += len(exports)
            repository.add(session, job, *exports)
            await session.commit()
        await _finish(session, kms, job, actor)
        if progress is not None:
            progress(job)
        return job


async def _next_batch(session, version: int) -> list:
    """Rows nobody else holds first; then, so that "done" never leaves a key behind, wait for the rest."""
    return (await repository.keys_below(session, version, BATCH)
            or await repository.keys_below(session, version, BATCH, skip_locked=False))


async def _next_exports(session, version: int) -> list[PrivacyRequest]:
    return (await privacy.exports_below(session, version, BATCH)
            or await privacy.exports_below(session, version, BATCH, skip_locked=False))


async def _rewrapped(kms: Kms, tenant_id: UUID, export: dict) -> dict:
    moved = await kms.rewrap(tenant_id, WrappedKey(export["kek_id"], export["kek_version"],
                                                   base64.b64decode(export["wrapped_key"])))
    return {**export, "kek_id": moved.kek_id, "kek_version": moved.kek_version,
            "wrapped_key": base64.b64encode(moved.blob).decode()}


async def _keys_by_version(session) -> dict[int, int]:
    """Every stored data key by KEK version: transcripts', kept versions' and live exports'."""
    counts = await repository.count_by_kek_version(session)
    for version, n in (await privacy.export_keys_by_version(session)).items():
        counts[version] = counts.get(version, 0) + n
    return counts


async def _finish(session, kms: Kms, job: KeyRotation, actor: Actor) -> None:
    counts = await _keys_by_version(session)
    if not any(n for v, n in counts.items() if v < job.to_version):
        await kms.retire(job.tenant_id, job.to_version)
        job.retired_below = job.to_version
    job.status, job.finished_at = "done", datetime.now(UTC)
    repository.add(session, job)
    await audit.record(session, actor, audit.KEYS_ROTATED, to_version=job.to_version, rewrapped=job.rewrapped,
                       retired_below=job.retired_below)
    await session.commit()


async def keys_status(engine: AsyncEngine, kms: Kms, tenant_id: UUID) -> KeysRead:
    async with tenant_session(engine, tenant_id) as session:
        counts = await repository.count_by_kek_version(session)
        jobs = await repository.rotations(session)
    with kms_outage():
        current, versions = await kms.current_version(tenant_id), await kms.versions(tenant_id)
    return KeysRead(provider=kms.name, current_version=current, versions=versions, transcripts_by_version=counts,
                    rotations=[KeyRotationRead.model_validate(j, from_attributes=True) for j in jobs])

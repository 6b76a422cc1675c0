"""Signed ledger checkpoints, kept in the object store as well as the database: the chain proves
nothing was changed between entries, a checkpoint outside the database proves the chain itself was
not rewritten or cut short since it was signed."""

import asyncio
import contextlib
from uuid import UUID

import jwt
import structlog
from botocore.exceptions import BotoCoreError, ClientError
from pydantic import BaseModel
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.signing import Signer
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.common.storage import s3_client, tenant_key
from services.recording_consent import ledger, repository
from services.recording_consent.models import LedgerCheckpoint

log = structlog.get_logger()
CHECKPOINT_TYPE = "callvault-ledger-checkpoint+jwt"


class LedgerVerification(BaseModel):
    ok: bool
    entries: int
    head: str
    first_bad_entry: int | None
    problem: str | None
    checkpoints: int
    last_checkpoint: int | None


def checkpoint_key(tenant_id: UUID, seq: int) -> str:
    return tenant_key(tenant_id, "ledger", "checkpoints", f"{seq:020d}.jws")


async def write_checkpoint(session: AsyncSession, settings: Settings, signer: Signer,
                           tenant_id: UUID) -> LedgerCheckpoint | None:
    """Sign the current head, copy it to the object store, then record it; a no-op when the last
    checkpoint already covers the head."""
    head = await repository.ledger_head(session, tenant_id)
    last = await repository.last_checkpoint(session, tenant_id)
    if head is None or (last is not None and last.seq >= head.seq):
        return last
    token = signer.sign(ledger.checkpoint_claims(tenant_id, head), typ=CHECKPOINT_TYPE)
    key = checkpoint_key(tenant_id, head.seq)
    try:
        async with s3_client(settings) as s3:
            await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=token.encode(),
                                ContentType="application/jwt")
    except (BotoCoreError, ClientError) as exc:
        raise DependencyUnavailable("the object store is unavailable; the checkpoint was not written") from exc
    row = LedgerCheckpoint(tenant_id=tenant_id, seq=head.seq, head=head.entry_hash, jws=token, object_key=key)
    repository.add(session, row)
    await session.commit()
    return row


async def stored_checkpoints(settings: Settings, public_keys: list[str], tenant_id: UUID) -> list[ledger.Checkpoint]:
    """The checkpoints in the object store whose signature verifies under one of our keys."""
    prefix = tenant_key(tenant_id, "ledger", "checkpoints", "")
    found: list[ledger.Checkpoint] = []
    try:
        async with s3_client(settings) as s3:
            paginator = s3.get_paginator("list_objects_v2")
            async for page in paginator.paginate(Bucket=settings.s3_bucket, Prefix=prefix):
                for item in page.get("Contents", []):
                    body = await (await s3.get_object(Bucket=settings.s3_bucket, Key=item["Key"]))["Body"].read()
                    claims = _verified(body.decode(), public_keys)
                    if claims is not None and claims.get("sub") == str(tenant_id):
                        found.append(ledger.Checkpoint(int(claims["ledger_seq"]), str(claims["head"])))
    except (BotoCoreError, ClientError) as exc:
        raise DependencyUnavailable("the object store is unavailable; the ledger cannot be verified") from exc
    return found


def _verified(token: str, public_keys: list[str]) -> dict | None:
    for key in public_keys:
        with contextlib.suppress(jwt.InvalidTokenError):
            return jwt.decode(token, key, algorithms=["EdDSA"], options={"verify_aud": False})
    log.warning("ledger checkpoint with a signature no key verifies was ignored")
    return None


async def verify_ledger(session: AsyncSession, settings: Settings, public_keys: list[str],
                        tenant_id: UUID) -> LedgerVerification:
    checkpoints = await stored_checkpoints(settings, public_keys, tenant_id)
    walk = await ledger.verify(session, tenant_id, checkpoints)
    return LedgerVerification(ok=walk.first_bad_entry is None, entries=walk.entries, head=walk.head,
                              first_bad_entry=walk.first_bad_entry, problem=walk.problem,
                              checkpoints=len(checkpoints),
                              last_checkpoint=max((c.seq for c in checkpoints), default=None))


async def run_checkpoints(engine: AsyncEngine, settings: Settings, signer: Signer) -> None:
    """The periodic task: every interval, a checkpoint for each tenant whose ledger moved on."""
    while True:
        await asyncio.sleep(settings.ledger_checkpoint_seconds)
        try:
            async with tenant_session(engine, None) as session:
                tenants = await repository.tenants_needing_checkpoint(session)
            for tenant_id in tenants:
                async with tenant_session(engine, tenant_id) as session:
                    await write_checkpoint(session, settings, signer, tenant_id)
        except Exception as exc:  # an outage: the next round catches up
            log.warning("ledger checkpoint round failed", error=str(exc) or type(exc).__name__)

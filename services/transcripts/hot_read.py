"""The redacted view's plain case (`GET /v1/transcripts/{id}`, the default view, no `version`), read on the driver
pool in two statements, each setting the tenant and committing on its own (`callvault_transcript_readable`:
the transcript, its restriction, the tenant's operators and its version's artifacts; then, once the
artifact is opened, `callvault_audit_append`: the audit entry) instead of an ORM session's ping, queries
and flush, which cost the service more CPU than the S3 GET and the decryption together. On this machine
each round trip to PostgreSQL costs both processes more than any Python step of the read.

Only the plain case is answered here: an active transcript the caller may see, no restriction in force,
the stored redacted artifact of the tenant's current kind, its object there and intact, its key unwrapped
at the first try. Anything else (not found, deleted, another agent's, restricted, no artifact yet, an
object missing or altered, a key rotated meanwhile) is answered by `views.read_transcript` with the same
rules and problems; so this module adds speed, never behaviour. An outage (the KMS, the consent service,
the store, the database) raises as there.
"""

import json
from types import SimpleNamespace
from uuid import UUID

from services.common.crypto.envelope import IntegrityError, Place, digest, open_sealed
from services.common.crypto.kms import UnknownKeyVersion, WrappedKey, kms_outage
from services.transcripts import audit, redacted_artifact, repository
from services.transcripts.schemas import Finding, SegmentRead, TranscriptRead, TranscriptSettingsRead, View
from services.transcripts.service import summary
from services.transcripts.tenant_redaction import caller_region, operators_of, unchecked
from services.transcripts.vault import Context


async def redacted(ctx: Context, transcript_id: UUID, reason: str | None, agent: str | None) -> TranscriptRead | None:
    """The redacted view, its audit entry committed; None when it is not the plain case (nothing written).
    `agent`: the agent id the caller is confined to, None for one who sees every call."""
    row = await repository.readable(ctx.pool, ctx.tenant_id, transcript_id)
    if row is None or row["restricted"] or (agent is not None and agent not in row["agent_ids"]):
        return None
    # Asked once the read is known to be allowed, as `views` asks it: a refusal or a 404 does not
    # wait on the consent service (nor turns into its outage's 503).
    region = await caller_region(ctx)
    operators = TranscriptSettingsRead(redaction_operators=json.loads(row["operators"] or "{}")).redaction_operators
    kind = redacted_artifact.kind_of(operators_of(operators), region)
    stored = json.loads(row["artifacts"] or "{}").get(kind)
    if stored is None or (plaintext := await _opened(ctx, row, kind, *stored)) is None:
        return None
    document = redacted_artifact.unpack(plaintext)  # before the audit entry: an artifact it cannot read is no read
    # Committed before anything is answered, so nothing is read that the trail does not show.
    await audit.record_on(ctx.pool, ctx.actor, audit.READ, transcript_id=transcript_id, reason=reason,
                          view=View.redacted.value, call_id=str(row["call_id"]))
    return TranscriptRead(**summary(SimpleNamespace(**row)).model_dump(), view=View.redacted,
                          segments=[SegmentRead.model_validate(s) for s in document.segments],
                          redactions=[Finding(type=t, segment=i, start=a, end=b, recognizer=r)
                                      for t, i, a, b, r in document.findings],
                          not_checked=unchecked())


async def _opened(ctx: Context, row, kind: str, bucket: str, key: str, sha256: str) -> bytes | None:
    """The artifact's plaintext; None for whatever `views` reports or retries (gone, altered, a key version
    retired since the row was read)."""
    blob = await ctx.store.get(bucket, key)
    if blob is None or digest(blob) != sha256:
        return None
    try:
        with kms_outage():
            data_key = await ctx.kms.unwrap(ctx.tenant_id, WrappedKey(row["kek_id"], row["kek_version"],
                                                                      row["wrapped_key"]))
        return open_sealed(data_key, Place(ctx.tenant_id, row["id"], row["version"], kind), blob)
    except (UnknownKeyVersion, IntegrityError):
        return None

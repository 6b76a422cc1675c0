"""Helpers of the lifecycle tests: a stored transcript (its call ended or not), its row as the database
has it, its objects in the store."""

from uuid import UUID

from sqlalchemy import text

from services.common.db import tenant_session
from services.common.storage import s3_client
from services.transcripts.lifecycle.purge import Purger, PurgeReport
from tests.helpers.consenting_calls import consenting_call, transcript_body
from tests.helpers.support import ConsentApi, at, eventually


async def stored(api: ConsentApi, *, tags: list[str] | None = None, ended: bool = False, call=None) -> dict:
    """A transcript of a consenting call (that call, or a new one); `ended`: the call then ends."""
    if call is None:
        call, ids = await consenting_call(api)
    else:
        call, ids = call
    body = transcript_body(call, ids, "Hello.", "My number is 415 555 0100.", tags=tags or [])
    answer = await api.ok("POST", "/v1/transcripts", 201, json=body)
    if ended:
        await api.events(call["id"], {"type": "call_ended", "occurred_at": at(0)})
    return {**answer, "call": (call, ids)}


async def row_of(owner, tenant_id: UUID, transcript_id: str):
    async with tenant_session(owner, tenant_id) as session:
        return (await session.execute(text(
            "SELECT status, wrapped_key, retention_days, retention_source, call_ended_at, expires_at, held "
            "FROM transcript WHERE id = :id"), {"id": transcript_id})).one()


async def clock_started(owner, tenant_id: UUID, *transcript_ids: str) -> None:
    async def started() -> bool:
        rows = [await row_of(owner, tenant_id, t) for t in transcript_ids]
        return all(r.call_ended_at is not None for r in rows)

    # Events take seconds on a loaded machine: a wider bound than the default.
    await eventually(started, timeout=30, what="the calls' ends reached the transcripts service")


async def objects_of(settings, tenant_id: UUID, transcript_id: str, kind: str | None = None) -> list[str]:
    """The transcript's object keys; of one kind (`segments.json`) only, when given: its redacted artifact
    comes a moment after its words."""
    async with s3_client(settings) as s3:
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket,
                                          Prefix=f"tenants/{tenant_id}/transcripts/{transcript_id}/")
    return [o["Key"] for o in listed.get("Contents", []) if kind is None or o["Key"].endswith(f"/{kind}")]


async def purging_pass(purger: Purger, tenant_id: UUID, timeout: float = 30) -> PurgeReport:
    """The first purge pass over the tenant that deletes something, passes run until one does (bounded). CI has
    twice seen a first pass just after a call's end with a retention of 0 days find nothing due, never
    reproduced nor explained (see the closing note of 2026-12-05): the deletion must still come, once."""
    found: list[PurgeReport] = []

    async def deleted() -> bool:
        report = await purger.run_once(tenant_id)
        found.append(report)
        return report.purged > 0
    await eventually(deleted, timeout, 0.1, "a purge pass deleted something")
    assert all(r.purged == 0 for r in found[:-1])
    return found[-1]

"""The consent service's objects in S3: a privacy export's part (in the bucket of the tenant's data
region, under the tenant) and the erasure ledger's signed records."""

from collections.abc import AsyncIterable
from datetime import datetime
from uuid import UUID

from services.common.settings import Settings
from services.common.storage import erasure_ledger_key, put_stream, s3_client, tenant_key


async def put_export_part(settings: Settings, data_region: str | None, tenant_id: UUID, request_id: str, name: str,
                          pieces: AsyncIterable[bytes]) -> tuple[str, str, int, str]:
    """The part streamed to the object store: its bucket, key, size and SHA-256."""
    key = tenant_key(tenant_id, "privacy-requests", request_id, name)
    location = settings.s3_regions.get(data_region or "", {"bucket": settings.s3_bucket})
    async with s3_client(settings, location) as s3:
        size, sha256 = await put_stream(s3, location["bucket"], key, pieces)
    return location["bucket"], key, size, sha256


async def put_erasure_record(settings: Settings, tenant_id: UUID, now: datetime, body: bytes) -> str:
    """A signed record written to the erasure ledger; its object key."""
    key = erasure_ledger_key(tenant_id, now)
    async with s3_client(settings) as s3:
        await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=body)
    return key

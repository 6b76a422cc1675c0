"""S3-compatible object storage: clients from settings, the bucket, per-tenant key prefixes."""

from contextlib import AbstractAsyncContextManager
from uuid import UUID

import aioboto3
from botocore.config import Config
from botocore.exceptions import ClientError

from services.common.settings import Settings

# No SHA-256 of each body for the request signature and no CRC32 beside it: on an http endpoint
# botocore would hash every upload twice in Python-visible CPU, while what callvault stores is an
# AES-GCM envelope whose tag (and the SHA-256 kept in its row) already proves it end to end.
_CLIENT_CONFIG = Config(connect_timeout=3, read_timeout=30, retries={"max_attempts": 2},
                        s3={"addressing_style": "path", "payload_signing_enabled": False},
                        request_checksum_calculation="when_required", response_checksum_validation="when_required")


def s3_client(settings: Settings, location: dict[str, str] | None = None) -> AbstractAsyncContextManager:
    """An aiobotocore S3 client (use as `async with`); path-style so any S3 gateway works. `location`
    is one of `CALLVAULT_S3_REGIONS`' entries (its endpoint and region, when it names them)."""
    location = location or {}
    return aioboto3.Session().client(
        "s3",
        endpoint_url=location.get("endpoint_url") or settings.s3_endpoint,
        region_name=location.get("region") or settings.s3_region,
        aws_access_key_id=settings.secret("s3_access_key_id"),
        aws_secret_access_key=settings.secret("s3_secret_access_key"),
        config=_CLIENT_CONFIG,
    )


async def ensure_bucket(settings: Settings) -> None:
    """The default bucket and every data region's."""
    for location in [{"bucket": settings.s3_bucket}, *settings.s3_regions.values()]:
        async with s3_client(settings, location) as s3:
            try:
                await s3.head_bucket(Bucket=location["bucket"])
            except ClientError:
                await s3.create_bucket(Bucket=location["bucket"])


def tenant_key(tenant_id: UUID, *parts: str) -> str:
    """Every object key starts with its tenant, so a prefix names exactly one tenant's objects."""
    return "/".join([f"tenants/{tenant_id}", *parts])

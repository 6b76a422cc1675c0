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


def s3_client(settings: Settings) -> AbstractAsyncContextManager:
    """An aiobotocore S3 client (use as `async with`); path-style so any S3 gateway works."""
    return aioboto3.Session().client(
        "s3",
        endpoint_url=settings.s3_endpoint,
        region_name=settings.s3_region,
        aws_access_key_id=settings.secret("s3_access_key_id"),
        aws_secret_access_key=settings.secret("s3_secret_access_key"),
        config=_CLIENT_CONFIG,
    )


async def ensure_bucket(settings: Settings) -> None:
    async with s3_client(settings) as s3:
        try:
            await s3.head_bucket(Bucket=settings.s3_bucket)
        except ClientError:
            await s3.create_bucket(Bucket=settings.s3_bucket)


def tenant_key(tenant_id: UUID, *parts: str) -> str:
    """Every object key starts with its tenant, so a prefix names exactly one tenant's objects."""
    return "/".join([f"tenants/{tenant_id}", *parts])

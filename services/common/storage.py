"""S3-compatible object storage: clients from settings, the bucket, per-tenant key prefixes."""

import hashlib
from collections.abc import AsyncIterable, AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from uuid import UUID, uuid4

import aioboto3
from botocore.config import Config
from botocore.exceptions import ClientError

from services.common.settings import Settings

# No SHA-256 of each body for the request signature and no CRC32 beside it: on an http endpoint
# botocore would hash every upload twice in Python-visible CPU, while what callvault stores is an
# AES-GCM envelope whose tag (and the SHA-256 kept in its row) already proves it end to end.
RETRIES = 2  # after the first attempt (botocore's legacy mode; the client's config is rewritten in place)
CLIENT_CONFIG = Config(connect_timeout=3, read_timeout=30, retries={"max_attempts": RETRIES},
                       s3={"addressing_style": "path", "payload_signing_enabled": False},
                       request_checksum_calculation="when_required", response_checksum_validation="when_required")
# Declared by S3's endpoint rules but read by none of them. botocore caches endpoints by all their
# parameters, so with the object key among them every request walked the rule tree again (0.13 ms of
# CPU each here, against 0.03). botocore drops them itself since boto/botocore#3692; the one aioboto3
# pins does not yet. tests/unit/test_storage_client.py fails if the rules ever read one.
UNUSED_ENDPOINT_PARAMETERS = ("Key", "Prefix", "CopySource")


@asynccontextmanager
async def s3_client(settings: Settings, location: dict[str, str] | None = None) -> AsyncIterator:
    """An aiobotocore S3 client; path-style so any S3 gateway works. `location` is one of
    `CALLVAULT_S3_REGIONS`' entries (its endpoint and region, when it names them)."""
    location = location or {}
    async with aioboto3.Session().client(
        "s3",
        endpoint_url=location.get("endpoint_url") or settings.s3_endpoint,
        region_name=location.get("region") or settings.s3_region,
        aws_access_key_id=settings.secret("s3_access_key_id"),
        aws_secret_access_key=settings.secret("s3_secret_access_key"),
        config=CLIENT_CONFIG,
    ) as client:
        definitions = getattr(getattr(client, "_ruleset_resolver", None), "_param_definitions", {})
        for name in UNUSED_ENDPOINT_PARAMETERS:
            definitions.pop(name, None)
        yield client


async def ensure_bucket(settings: Settings) -> None:
    """The default bucket and every data region's."""
    for location in [{"bucket": settings.s3_bucket}, *settings.s3_regions.values()]:
        async with s3_client(settings, location) as s3:
            try:
                await s3.head_bucket(Bucket=location["bucket"])
            except ClientError:
                await s3.create_bucket(Bucket=location["bucket"])


# Signed records of every erasure (deletion certificates, participants' numbers erased), written before
# the erasure commits: what `callvault purge --reapply-erasures` holds a restored database against.
ERASURE_LEDGER_PREFIX = "erasure-ledger/"


def erasure_ledger_key(tenant_id: UUID | str, now: datetime) -> str:
    return f"{ERASURE_LEDGER_PREFIX}{tenant_id}/{now:%Y/%m/%d}/{uuid4()}.jsonl"


def tenant_key(tenant_id: UUID, *parts: str) -> str:
    """Every object key starts with its tenant, so a prefix names exactly one tenant's objects."""
    return "/".join([f"tenants/{tenant_id}", *parts])


PART_BYTES = 8 * 1024 * 1024  # S3 takes parts of 5 MiB and more (the last one excepted)
READ_BYTES = 1024 * 1024


async def put_stream(s3, bucket: str, key: str, pieces: AsyncIterable[bytes]) -> tuple[int, str]:
    """An object of any size in bounded memory (one part at a time): a multipart upload, aborted if
    anything fails before it completes (so no part is left behind); its size and SHA-256."""
    upload = (await s3.create_multipart_upload(Bucket=bucket, Key=key))["UploadId"]
    sha, size, parts, buffer = hashlib.sha256(), 0, [], bytearray()

    async def send(body: bytearray) -> None:
        answer = await s3.upload_part(Bucket=bucket, Key=key, UploadId=upload, PartNumber=len(parts) + 1, Body=body)
        parts.append({"PartNumber": len(parts) + 1, "ETag": answer["ETag"]})

    try:
        async for piece in pieces:
            sha.update(piece)
            size += len(piece)
            buffer += piece
            if len(buffer) >= PART_BYTES:
                part, buffer = buffer, bytearray()  # sent as it is: a copy would double the part in memory
                await send(part)
        if buffer or not parts:
            await send(buffer)
        await s3.complete_multipart_upload(Bucket=bucket, Key=key, UploadId=upload,
                                           MultipartUpload={"Parts": parts})
    except BaseException:
        await s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload)
        raise
    return size, sha.hexdigest()


async def get_stream(s3, bucket: str, key: str) -> AsyncIterator[bytes]:
    """The object's bytes a megabyte at a time."""
    body = (await s3.get_object(Bucket=bucket, Key=key))["Body"]
    async with body:  # aiobotocore's StreamingBody (its context is the raw response: read through the body)
        async for piece in megabytes(body):
            yield piece


async def megabytes(body) -> AsyncIterator[bytes]:
    """A StreamingBody's bytes in whole megabytes (the last one shorter). `read(n)` answers what the socket
    has, often a few KiB under load: a reader that checks "the first megabyte" before answering needs it
    whole."""
    while True:
        piece = bytearray()
        while len(piece) < READ_BYTES and (more := await body.read(READ_BYTES - len(piece))):
            piece += more
        if not piece:
            return
        yield bytes(piece)

"""The transcripts' objects in S3: one client per endpoint for the process (aioboto3 spends about a
millisecond of CPU making one), the bucket chosen by the tenant's data region, keys under the
tenant, errors as outages. A whole object's GET, which every read makes, goes through `SignedGet`."""

from collections.abc import AsyncIterable, AsyncIterator
from contextlib import AsyncExitStack
from uuid import UUID

import aiohttp
from botocore.exceptions import BotoCoreError, ClientError

from services.common.errors import DependencyUnavailable
from services.common.settings import MissingSetting, Settings
from services.common.storage import get_stream, megabytes, put_stream, s3_client, tenant_key
from services.transcripts.clients.signed_get import SignedGet

DELETE_BATCH = 1000  # the most S3's DeleteObjects takes at once


def object_key(tenant_id: UUID, transcript_id: UUID, version: int, artifact: str) -> str:
    return tenant_key(tenant_id, "transcripts", str(transcript_id), f"v{version}", artifact)


class ObjectStore:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.bucket = settings.s3_bucket
        self._regions = settings.s3_regions
        if missing := [region for region, place in self._regions.items() if not place.get("bucket")]:
            raise MissingSetting(f"CALLVAULT_S3_REGIONS names no bucket for: {', '.join(missing)}")
        # A bucket is reached through its region's endpoint, whichever region a later setting gives
        # the tenant: rows name their bucket, so old objects stay readable after a move.
        self._locations = {self.bucket: {}, **{p["bucket"]: p for p in self._regions.values()}}
        self._stack = AsyncExitStack()
        self._clients: dict[str, object] = {}
        self._gets: dict[str, SignedGet] = {}

    async def open(self) -> None:
        by_endpoint: dict[tuple, tuple[object, SignedGet]] = {}
        for bucket, location in self._locations.items():
            place = (location.get("endpoint_url"), location.get("region"))
            if place not in by_endpoint:
                client = await self._stack.enter_async_context(s3_client(self.settings, location))
                signed = SignedGet.of(self.settings, location)
                self._stack.push_async_callback(signed.close)
                by_endpoint[place] = client, signed
            self._clients[bucket], self._gets[bucket] = by_endpoint[place]

    async def close(self) -> None:
        await self._stack.aclose()

    def bucket_for(self, data_region: str | None) -> str:
        return self._regions.get(data_region or "", {}).get("bucket", self.bucket)

    @property
    def buckets(self) -> list[str]:
        """The default bucket and every data region's."""
        return list(self._locations)

    def _s3(self, bucket: str):
        return self._clients.get(bucket) or self._clients[self.bucket]

    async def put(self, bucket: str, key: str, body: bytes) -> None:
        try:
            await self._s3(bucket).put_object(Bucket=bucket, Key=key, Body=body)
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("object storage", "object storage refused the write; nothing was "
                                                          "stored") from exc

    async def put_stream(self, bucket: str, key: str, pieces: AsyncIterable[bytes]) -> tuple[int, str]:
        """In bounded memory (a multipart upload); its size and SHA-256."""
        try:
            return await put_stream(self._s3(bucket), bucket, key, pieces)
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("object storage", "object storage refused the write; nothing was "
                                                          "stored") from exc

    async def get_stream(self, bucket: str, key: str) -> AsyncIterator[bytes]:
        """The object's bytes, a piece at a time (a missing object is an outage here: its row names it)."""
        try:
            async for piece in get_stream(self._s3(bucket), bucket, key):
                yield piece
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("object storage") from exc

    async def open_stream(self, bucket: str, key: str) -> AsyncIterator[bytes] | None:
        """The object's bytes a piece at a time, its GET made now (an outage, or a missing object, is known
        before anything is sent on); None when it is not there. Close what it returns (`aclose`)."""
        try:
            answer = await self._s3(bucket).get_object(Bucket=bucket, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                return None
            raise DependencyUnavailable("object storage") from exc
        except BotoCoreError as exc:
            raise DependencyUnavailable("object storage") from exc
        return _pieces(answer["Body"])

    async def get(self, bucket: str, key: str) -> bytes | None:
        """The object's bytes; None when it is not there."""
        return await (self._gets.get(bucket) or self._gets[self.bucket]).get(bucket, key)

    async def delete(self, bucket: str, keys: list[str]) -> None:
        """Gone, every version of every one (a key already gone included), or DependencyUnavailable. In a
        bucket that has had versioning on, a delete without a version id only adds a delete marker and
        leaves the old versions readable, so each version is deleted by its id. DeleteObjects answers
        200 with the keys it could not delete listed, so they are looked at."""
        try:
            targets = await self._versions_of(bucket, keys) if await self._versioned(bucket) else [
                {"Key": k} for k in keys]
            for start in range(0, len(targets), DELETE_BATCH):
                answer = await self._s3(bucket).delete_objects(
                    Bucket=bucket, Delete={"Objects": targets[start:start + DELETE_BATCH], "Quiet": True})
                if errors := answer.get("Errors"):
                    raise DependencyUnavailable("object storage", f"{len(errors)} objects were not deleted, "
                                                f"the first: {errors[0].get('Code')} {errors[0].get('Message')}")
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("object storage") from exc

    async def _versioned(self, bucket: str) -> bool:
        """Versioning once on stays on (S3 can only suspend it, which keeps the versions already made).
        Asked at each deletion, not cached: an operator may turn it on while the service runs."""
        answer = await self._s3(bucket).get_bucket_versioning(Bucket=bucket)
        return answer.get("Status") in ("Enabled", "Suspended")

    async def _versions_of(self, bucket: str, keys: list[str]) -> list[dict[str, str]]:
        """Every version and delete marker of the keys, listed once per parent prefix (a transcript's
        version's artifacts share one)."""
        wanted, found = set(keys), []
        paginator = self._s3(bucket).get_paginator("list_object_versions")
        for prefix in sorted({k[:k.rfind("/") + 1] for k in keys}):
            async for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
                found += [{"Key": v["Key"], "VersionId": v["VersionId"]}
                          for v in [*page.get("Versions", []), *page.get("DeleteMarkers", [])] if v["Key"] in wanted]
        return found

    async def keys(self, bucket: str, prefix: str) -> list[str]:
        """Every key under the prefix, in key order."""
        found: list[str] = []
        try:
            paginator = self._s3(bucket).get_paginator("list_objects_v2")
            async for page in paginator.paginate(Bucket=bucket, Prefix=prefix):
                found += [o["Key"] for o in page.get("Contents", [])]
        except (BotoCoreError, ClientError) as exc:
            raise DependencyUnavailable("object storage") from exc
        return found


async def _pieces(body) -> AsyncIterator[bytes]:
    try:
        async with body:  # aiobotocore's StreamingBody: the connection goes back to the pool when it closes
            async for piece in megabytes(body):
                yield piece
    except (BotoCoreError, ClientError, aiohttp.ClientError) as exc:
        raise DependencyUnavailable("object storage", "object storage stopped sending the object") from exc

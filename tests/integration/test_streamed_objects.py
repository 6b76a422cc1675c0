"""Objects written and read a piece at a time (services/common/storage.py), against the real SeaweedFS:
a multipart upload of several parts reads back whole, and one whose source fails leaves no object and
no upload behind."""

import hashlib
import os
from uuid import uuid4

import pytest

from services.common.storage import PART_BYTES, get_stream, put_stream, s3_client


async def _pieces(data: bytes, piece: int = 1 << 20, fail_after: int | None = None):
    for n, i in enumerate(range(0, len(data), piece)):
        if fail_after is not None and n == fail_after:
            raise RuntimeError("the source failed")
        yield data[i:i + piece]


async def test_a_streamed_object_of_several_parts_reads_back_whole(settings):
    data, key = os.urandom(2 * PART_BYTES + 12345), f"tests/stream/{uuid4()}"
    async with s3_client(settings) as s3:
        size, sha256 = await put_stream(s3, settings.s3_bucket, key, _pieces(data))
        assert (size, sha256) == (len(data), hashlib.sha256(data).hexdigest())
        back = b"".join([piece async for piece in get_stream(s3, settings.s3_bucket, key)])
        assert back == data
        await s3.delete_object(Bucket=settings.s3_bucket, Key=key)


async def test_a_stream_whose_source_fails_leaves_nothing_behind(settings):
    key = f"tests/stream/{uuid4()}"
    async with s3_client(settings) as s3:
        with pytest.raises(RuntimeError):
            await put_stream(s3, settings.s3_bucket, key, _pieces(os.urandom(3 * PART_BYTES), fail_after=10))
        listed = await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=key)
        uploads = await s3.list_multipart_uploads(Bucket=settings.s3_bucket, Prefix=key)
    assert listed.get("KeyCount", 0) == 0 and not uploads.get("Uploads")

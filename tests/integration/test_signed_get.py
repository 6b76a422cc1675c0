"""The transcripts' object GET without aiobotocore (services/transcripts/clients/signed_get.py): against the
real SeaweedFS it reads what aiobotocore wrote, keys that need quoting included, and tells a missing object
(None) from a refusal (an outage); against a store that fails it retries as botocore's legacy mode does
and ends in DependencyUnavailable, never a None that would read as "erased"."""

import os
from uuid import uuid4

import pytest
from aiohttp import web

from services.common.errors import DependencyUnavailable
from services.common.storage import s3_client
from services.stack.processes import free_port
from services.transcripts.clients.signed_get import SignedGet


@pytest.fixture
async def signed(settings):
    get = SignedGet.of(settings, {})
    yield get
    await get.close()


@pytest.mark.parametrize("name", ["plain", "a key with spaces+plus", "ünïcode/and~tilde", "semi;colon=equals&amp"])
async def test_it_reads_back_what_aiobotocore_wrote(settings, signed, name):
    key, body = f"tests/signed-get/{uuid4()}/{name}", os.urandom(2048)
    async with s3_client(settings) as s3:
        await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=body)
        try:
            assert await signed.get(settings.s3_bucket, key) == body
        finally:
            await s3.delete_object(Bucket=settings.s3_bucket, Key=key)


async def test_a_missing_object_is_none_and_a_missing_bucket_an_outage(settings, signed):
    assert await signed.get(settings.s3_bucket, f"tests/signed-get/{uuid4()}") is None
    with pytest.raises(DependencyUnavailable, match="NoSuchBucket"):
        await signed.get(f"no-such-bucket-{uuid4().hex[:8]}", "any")


async def test_wrong_credentials_are_an_outage_not_a_missing_object(settings):
    wrong = SignedGet(settings.s3_endpoint, settings.s3_region, settings.secret("s3_access_key_id"), "not-the-secret")
    try:
        with pytest.raises(DependencyUnavailable, match="403"):
            await wrong.get(settings.s3_bucket, f"tests/signed-get/{uuid4()}")
    finally:
        await wrong.close()


async def test_nothing_listening_is_an_outage_after_the_retries():
    get = SignedGet(f"http://127.0.0.1:{free_port()}", "us-east-1", "a", "b")
    try:
        with pytest.raises(DependencyUnavailable):
            await get.get("bucket", "key")
    finally:
        await get.close()


async def _store(answers: list[tuple[int, bytes]]):
    """An HTTP server answering these, one per request, then 200 "late"; the requests it saw."""
    seen = []

    async def answer(request: web.Request) -> web.Response:
        seen.append(request)
        status, body = answers.pop(0) if answers else (200, b"late")
        return web.Response(status=status, body=body)

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner, f"http://127.0.0.1:{port}", seen


@pytest.mark.parametrize(("answers", "expected", "requests"), [
    ([(503, b"<Error><Code>SlowDown</Code></Error>"), (200, b"words")], b"words", 2),
    ([(400, b"<Error><Code>RequestTimeout</Code></Error>")], b"late", 2),
    ([(500, b""), (502, b""), (200, b"third")], b"third", 3),
    ([(404, b"<Error><Code>NoSuchKey</Code></Error>")], None, 1),
])
async def test_what_botocore_retries_is_retried(answers, expected, requests):
    runner, url, seen = await _store(answers)
    get = SignedGet(url, "us-east-1", "a", "b")
    try:
        assert await get.get("bucket", "tenants/t/key") == expected
    finally:
        await get.close()
        await runner.cleanup()
    assert len(seen) == requests
    assert all(r.path == "/bucket/tenants/t/key" and r.headers["authorization"].startswith("AWS4-HMAC-SHA256 ")
               for r in seen)


@pytest.mark.parametrize("answers", [
    [(503, b"")] * 3,
    [(403, b"<Error><Code>AccessDenied</Code></Error>")],
    [(404, b"<Error><Code>NoSuchBucket</Code></Error>")],
])
async def test_a_refusal_or_the_last_failure_is_an_outage_never_none(answers):
    runner, url, seen = await _store(list(answers))
    get = SignedGet(url, "us-east-1", "a", "b")
    try:
        with pytest.raises(DependencyUnavailable):
            await get.get("bucket", "key")
    finally:
        await get.close()
        await runner.cleanup()
    assert len(seen) == len(answers)  # a refusal is not retried; the third 503 is the last attempt

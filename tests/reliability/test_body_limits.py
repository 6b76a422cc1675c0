"""Bodies are bounded before they are read, on every service and before authentication: a declared
length over the limit is refused at once (the test sends no body at all and still gets its answer),
and a chunked body is cut off at the limit, not read to its end. A provider's webhooks have a
smaller limit of their own."""

import asyncio
import contextlib

import pytest

from services.common.settings import SERVICES
from tests.helpers.signed_webhooks import standard_config
from tests.reliability.conftest import Installation, Tenant

CHUNK = b"x" * 65536
ANSWER_SECONDS = 10  # a bound on waiting for an answer the server gives without reading the body


async def _status(reader: asyncio.StreamReader) -> int:
    line = await asyncio.wait_for(reader.readline(), ANSWER_SECONDS)
    return int(line.split()[1])


async def declared(port: int, path: str, length: int) -> int:
    """The status answered to a request that declares `length` bytes and sends none of them."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(f"POST {path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                     f"content-length: {length}\r\n\r\n".encode())
        await writer.drain()
        return await _status(reader)
    finally:
        writer.close()


async def chunked(port: int, path: str, total: int) -> tuple[int, int]:
    """The status answered to a chunked body of up to `total` bytes, and how much was sent before
    the answer came (the server stops reading at its limit)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    sent = 0

    async def send() -> None:
        nonlocal sent
        writer.write(f"POST {path} HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
                     "transfer-encoding: chunked\r\n\r\n".encode())
        while sent < total:
            writer.write(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
            await writer.drain()
            sent += len(CHUNK)
            # drain() does not yield while loopback keeps up: let the reader see an answer between chunks
            await asyncio.sleep(0)
        writer.write(b"0\r\n\r\n")
        await writer.drain()

    sending = asyncio.create_task(send())
    try:
        status = await asyncio.wait_for(reader.readline(), 60)
        return int(status.split()[1]), sent
    finally:
        sending.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionError):
            await sending
        writer.close()


@pytest.mark.parametrize("service", SERVICES)
async def test_a_declared_body_over_the_limit_is_refused_before_it_is_read(installation: Installation, service: str):
    limit = installation.settings.max_request_body_bytes
    paths = {"gateway": "/v1/tenants", "recording_consent": "/v1/calls", "transcripts": "/v1/transcripts"}
    assert await declared(installation.settings.port_of(service), paths[service], limit + 1) == 413


@pytest.mark.parametrize("service", SERVICES)
async def test_a_chunked_body_is_cut_off_at_the_limit_before_authentication(installation: Installation,
                                                                            service: str):
    limit = installation.settings.max_request_body_bytes
    paths = {"gateway": "/v1/tenants", "recording_consent": "/v1/calls", "transcripts": "/v1/legal-holds"}
    status, sent = await chunked(installation.settings.port_of(service), paths[service], 4 * limit)
    assert status == 413
    assert sent < 4 * limit  # answered while the body was still coming


async def test_a_webhook_has_a_smaller_limit_of_its_own(installation: Installation, tenant: Tenant):
    port, limit = installation.settings.port_of("gateway"), installation.settings.max_webhook_body_bytes
    assert limit < installation.settings.max_request_body_bytes
    for provider in ("twilio", "telnyx", "vonage", "standard"):
        assert await declared(port, f"/v1/webhooks/{provider}/any-tenant", limit + 1) == 413
    transcript_limit = installation.settings.max_transcript_webhook_body_bytes
    for provider in ("retell", "vapi"):  # their end-of-call webhooks carry the transcript: a limit of their own
        assert await declared(port, f"/v1/webhooks/{provider}/any-tenant", transcript_limit + 1) == 413
        assert await declared(port, f"/v1/webhooks/{provider}/any-tenant", limit + 1) == 401  # not refused for size
    assert (await tenant.admin.put("/v1/telephony/standard", json=standard_config())).status_code == 200
    # Far more than loopback's socket buffers hold (a few MB), so what was sent is what was read.
    status, sent = await chunked(port, f"/v1/webhooks/standard/{tenant.slug}", 1024 * limit)
    assert status == 413 and sent < 1024 * limit
    # Within the limit the webhook is read and checked as before (an unknown tenant: 401).
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(b"POST /v1/webhooks/standard/any-tenant HTTP/1.1\r\nhost: x\r\ncontent-length: 2\r\n\r\n{}")
        await writer.drain()
        assert await _status(reader) == 401
    finally:
        writer.close()

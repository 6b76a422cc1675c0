"""The transcripts' own SigV4 for an object's GET (clients/signed_get.py) signs exactly as botocore does:
the same request at the same second gives the same Authorization header, for keys that need encoding,
endpoints with and without a port, and other regions."""

from datetime import UTC, datetime
from urllib.parse import quote

import pytest
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from services.transcripts.clients.signed_get import SignedGet


@pytest.mark.parametrize(("endpoint", "region", "key"), [
    ("http://127.0.0.1:8333", "us-east-1", "tenants/0b6e/transcripts/9f1c/v1/redacted-3f9a0c.json"),
    ("https://s3.eu-west-2.example.com", "eu-west-2", "a key with spaces+plus/ünïcode~tilde;semi=eq&amp"),
    ("http://[::1]:9000", "ap-southeast-1", "x/y"),
])
async def test_the_signature_is_botocores(endpoint, region, key):
    path = f"/bucket/{quote(key, safe='/~')}"
    theirs = AWSRequest("GET", endpoint + path)
    S3SigV4Auth(Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "s3", region).add_auth(theirs)
    at = datetime.strptime(theirs.headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    get = SignedGet(endpoint, region, "AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    try:
        ours = get.signed(path, at)
    finally:
        await get.close()
    assert ours["authorization"] == theirs.headers["Authorization"]
    assert ours["x-amz-date"] == theirs.headers["X-Amz-Date"]
    assert ours["x-amz-content-sha256"] == theirs.headers["X-Amz-Content-SHA256"]

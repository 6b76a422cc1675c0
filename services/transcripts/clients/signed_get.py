"""An object's GET from S3 without aiobotocore's machinery: botocore's own SigV4 signer and one aiohttp
session per endpoint, set up as `services.common.storage` sets up the aiobotocore client (its timeouts,
connection limit, retries, TLS verification with botocore's CA bundle, the environment's proxies).

Every redacted read is one GET of a 2 KB object: through aiobotocore (its hooks, endpoint rules, model
serialization and parsing) it cost about 0.85 ms of client CPU, signed here about 0.2 ms. Retries are
botocore's legacy mode, as the client is configured: connection errors, timeouts, 5xx, throttling,
with its backoff (a random fraction of 1 s, then of 2 s)."""

import asyncio
import random
import re
from urllib.parse import quote

import aiohttp
import botocore.session
from botocore.auth import S3SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from botocore.httpsession import create_urllib3_context, get_cert_path
from botocore.utils import get_environ_proxies
from yarl import URL

from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.common.storage import CLIENT_CONFIG, RETRIES

# botocore's legacy retry rules (botocore/data/_retry.json, with S3's own): by status, or by the error's code.
RETRIED_STATUSES = frozenset({429, 500, 502, 503, 504, 509})
RETRIED_CODES = frozenset({"Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException",
                           "ProvisionedThroughputExceededException", "RequestTimeout", "BadDigest"})
MISSING_CODES = frozenset({"NoSuchKey", "404"})  # what ObjectStore.get has always read as "not there"
_CODE = re.compile(rb"<Code>([^<]*)</Code>")


class SignedGet:
    """GETs of one endpoint's objects. Made in the running event loop; `close` it."""

    def __init__(self, endpoint: str, region: str, access_key: str, secret_key: str) -> None:
        self._endpoint = endpoint.rstrip("/")
        self._signer = S3SigV4Auth(Credentials(access_key, secret_key), "s3", region)
        self._proxy = get_environ_proxies(self._endpoint).get(URL(self._endpoint).scheme)
        self._attempts = RETRIES + 1
        self._http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=CLIENT_CONFIG.max_pool_connections, keepalive_timeout=12,
                                           ssl=_tls() if self._endpoint.startswith("https:") else False),
            timeout=aiohttp.ClientTimeout(sock_connect=CLIENT_CONFIG.connect_timeout,
                                          sock_read=CLIENT_CONFIG.read_timeout),
            auto_decompress=False, skip_auto_headers={"Accept-Encoding"})

    @classmethod
    def of(cls, settings: Settings, location: dict[str, str]) -> "SignedGet":
        """For one of `CALLVAULT_S3_REGIONS`' entries, as `storage.s3_client` reads it."""
        return cls(location.get("endpoint_url") or settings.s3_endpoint, location.get("region") or settings.s3_region,
                   settings.secret("s3_access_key_id"), settings.secret("s3_secret_access_key"))

    async def get(self, bucket: str, key: str) -> bytes | None:
        """The object's bytes; None when it is not there; DependencyUnavailable once the retries are spent."""
        url = f"{self._endpoint}/{bucket}/{quote(key, safe='/~')}"  # path-style, as the client addresses it
        for attempt in range(1, self._attempts + 1):
            last = attempt == self._attempts
            try:
                async with self._http.get(URL(url, encoded=True), headers=self._signed(url),
                                          proxy=self._proxy) as response:
                    status, body = response.status, await response.read()
            except (aiohttp.ClientPayloadError, aiohttp.InvalidURL) as exc:
                raise DependencyUnavailable("object storage") from exc
            except (aiohttp.ClientError, TimeoutError) as exc:
                if last:
                    raise DependencyUnavailable("object storage") from exc
            else:
                if status == 200:
                    return body
                code = _code(status, body)
                if status == 404 and code in MISSING_CODES:
                    return None
                if last or not (status in RETRIED_STATUSES or (status == 400 and code in RETRIED_CODES)):
                    raise DependencyUnavailable("object storage", f"object storage answered {status} {code}")
            await asyncio.sleep(random.random() * 2 ** (attempt - 1))
        raise AssertionError("unreachable")

    def _signed(self, url: str) -> dict[str, str]:
        """A fresh signature per attempt (its time is part of it)."""
        request = AWSRequest("GET", url, headers={"x-amz-content-sha256": "UNSIGNED-PAYLOAD"})
        self._signer.add_auth(request)
        return dict(request.headers.items())

    async def close(self) -> None:
        await self._http.close()


def _tls():
    """Verified with botocore's CA bundle (AWS_CA_BUNDLE or the configured one, else certifi's), and the name
    checked too: botocore's context leaves that to urllib3, which aiohttp is not."""
    context = create_urllib3_context()
    context.check_hostname = True
    context.load_verify_locations(get_cert_path(botocore.session.get_session().get_config_variable("ca_bundle")
                                                or True))
    return context


def _code(status: int, body: bytes) -> str:
    """The S3 error's code, as botocore reads it (the status when the answer has none)."""
    found = _CODE.search(body)
    return found.group(1).decode(errors="replace") if found else str(status)

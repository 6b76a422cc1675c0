"""The `aws-kms` KMS: AWS KMS through aioboto3, one KMS key for the deployment, the tenant bound by
the encryption context (a data key wrapped for one tenant does not unwrap for another).

AWS KMS keeps key material versions itself (automatic or on-demand rotation) and decrypts old
ciphertexts with the version that made them, so callvault sees one version; `rotate` asks AWS for
an on-demand rotation, and there is nothing to rewrap or retire on callvault's side.
"""

from contextlib import AsyncExitStack
from uuid import UUID

import aioboto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from services.common.crypto.kms import KmsUnavailable, UnknownKeyVersion, WrappedKey
from services.common.settings import MissingSetting, Settings

_CONFIG = Config(connect_timeout=3, read_timeout=10, retries={"max_attempts": 2})
_REFUSED = {"InvalidCiphertextException", "IncorrectKeyException", "NotFoundException", "DisabledException"}


class AwsKms:
    name = "aws-kms"

    def __init__(self, settings: Settings) -> None:
        if not settings.aws_kms_key_id:
            raise MissingSetting("set CALLVAULT_AWS_KMS_KEY_ID (the KMS key that wraps data keys)")
        self._key_id = settings.aws_kms_key_id
        self._settings = settings
        self._stack: AsyncExitStack | None = None
        self._client = None

    async def _kms(self):
        if self._client is None:  # one client for the process: aioboto3 spends real CPU making each
            self._stack = AsyncExitStack()
            self._client = await self._stack.enter_async_context(aioboto3.Session().client(
                "kms", region_name=self._settings.aws_kms_region, endpoint_url=self._settings.aws_kms_endpoint_url,
                config=_CONFIG))
        return self._client

    async def _call(self, operation: str, **kwargs):
        try:
            return await getattr(await self._kms(), operation)(**kwargs)
        except ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            if code in _REFUSED:
                raise UnknownKeyVersion(f"AWS KMS refused: {code}") from exc
            raise KmsUnavailable(f"AWS KMS answered {code or 'an error'}") from exc
        except BotoCoreError as exc:
            raise KmsUnavailable(f"AWS KMS is unreachable: {exc.__class__.__name__}") from exc

    async def generate(self, tenant_id: UUID) -> tuple[bytes, WrappedKey]:
        answer = await self._call("generate_data_key", KeyId=self._key_id, KeySpec="AES_256",
                                  EncryptionContext=_context(tenant_id))
        return answer["Plaintext"], WrappedKey(f"aws-kms:{answer['KeyId']}", 1, answer["CiphertextBlob"])

    async def unwrap(self, tenant_id: UUID, wrapped: WrappedKey) -> bytes:
        answer = await self._call("decrypt", CiphertextBlob=wrapped.blob, EncryptionContext=_context(tenant_id),
                                  KeyId=self._key_id)
        return answer["Plaintext"]

    async def rewrap(self, tenant_id: UUID, wrapped: WrappedKey) -> WrappedKey:
        return wrapped

    async def current_version(self, tenant_id: UUID) -> int:
        return 1

    async def rotate(self, tenant_id: UUID) -> int:
        await self._call("rotate_key_on_demand", KeyId=self._key_id)
        return 1

    async def retire(self, tenant_id: UUID, below: int) -> None:
        return None

    async def versions(self, tenant_id: UUID) -> list[int]:
        return [1]

    async def close(self) -> None:
        if self._stack is not None:
            await self._stack.aclose()
            self._stack = self._client = None


def _context(tenant_id: UUID) -> dict[str, str]:
    return {"callvault:tenant": str(tenant_id)}

"""The `vault` KMS: HashiCorp Vault's Transit engine over its HTTP API, one transit key per tenant.

Vault keeps the KEKs and their versions; callvault stores only what Transit returns (`vault:vN:...`).
Rotation is Transit's `rotate`, rewrapping is its `rewrap`, and retiring a version raises the key's
`min_decryption_version`.
"""

import base64
from typing import Any
from uuid import UUID

import httpx

from services.common.crypto.kms import KmsUnavailable, UnknownKeyVersion, WrappedKey
from services.common.settings import MissingSetting, Settings


class VaultKms:
    name = "vault"

    def __init__(self, settings: Settings) -> None:
        if not settings.vault_url:
            raise MissingSetting("set CALLVAULT_VAULT_URL (the Vault server with the Transit engine)")
        headers = {"X-Vault-Token": settings.secret("vault_token")}
        if settings.vault_namespace:
            headers["X-Vault-Namespace"] = settings.vault_namespace
        self._mount = settings.vault_transit_mount.strip("/")
        self._http = httpx.AsyncClient(base_url=settings.vault_url.rstrip("/"), headers=headers, timeout=5)

    def _key(self, tenant_id: UUID) -> str:
        return f"callvault-{tenant_id}"

    async def _call(self, method: str, path: str, body: dict | None = None, *, missing_ok: bool = False) -> Any:
        try:
            response = await self._http.request(method, f"/v1/{self._mount}/{path}", json=body)
        except httpx.HTTPError as exc:
            raise KmsUnavailable(f"Vault is unreachable: {exc.__class__.__name__}") from exc
        if missing_ok and response.status_code in (400, 404):
            return None
        if response.status_code >= 500 or response.status_code in (403, 429):
            raise KmsUnavailable(f"Vault answered {response.status_code}")
        if response.status_code >= 400:
            raise UnknownKeyVersion(f"Vault refused: {response.text[:200]}")
        return response.json().get("data", {}) if response.content else {}

    async def _ensure_key(self, tenant_id: UUID) -> None:
        await self._call("POST", f"keys/{self._key(tenant_id)}", {"type": "aes256-gcm96"})

    async def generate(self, tenant_id: UUID) -> tuple[bytes, WrappedKey]:
        body = {"bits": 256}
        data = await self._call("POST", f"datakey/plaintext/{self._key(tenant_id)}", body, missing_ok=True)
        if data is None:  # the tenant's first key: Transit creates keys on request, not on first use here
            await self._ensure_key(tenant_id)
            data = await self._call("POST", f"datakey/plaintext/{self._key(tenant_id)}", body)
        return base64.b64decode(data["plaintext"]), self._wrapped(tenant_id, data["ciphertext"])

    def _wrapped(self, tenant_id: UUID, ciphertext: str) -> WrappedKey:
        version = int(ciphertext.split(":")[1].removeprefix("v"))
        return WrappedKey(f"vault:{self._key(tenant_id)}", version, ciphertext.encode())

    async def unwrap(self, tenant_id: UUID, wrapped: WrappedKey) -> bytes:
        data = await self._call("POST", f"decrypt/{self._key(tenant_id)}",
                                {"ciphertext": wrapped.blob.decode()})
        return base64.b64decode(data["plaintext"])

    async def rewrap(self, tenant_id: UUID, wrapped: WrappedKey) -> WrappedKey:
        data = await self._call("POST", f"rewrap/{self._key(tenant_id)}",
                                {"ciphertext": wrapped.blob.decode()})
        return self._wrapped(tenant_id, data["ciphertext"])

    async def _info(self, tenant_id: UUID) -> dict:
        info = await self._call("GET", f"keys/{self._key(tenant_id)}", missing_ok=True)
        if info is None:
            await self._ensure_key(tenant_id)
            info = await self._call("GET", f"keys/{self._key(tenant_id)}")
        return info

    async def current_version(self, tenant_id: UUID) -> int:
        return int((await self._info(tenant_id))["latest_version"])

    async def rotate(self, tenant_id: UUID) -> int:
        await self._info(tenant_id)
        await self._call("POST", f"keys/{self._key(tenant_id)}/rotate")
        return await self.current_version(tenant_id)

    async def retire(self, tenant_id: UUID, below: int) -> None:
        await self._call("POST", f"keys/{self._key(tenant_id)}/config", {"min_decryption_version": below})

    async def versions(self, tenant_id: UUID) -> list[int]:
        info = await self._info(tenant_id)
        return list(range(int(info.get("min_decryption_version", 1)), int(info["latest_version"]) + 1))

    async def close(self) -> None:
        await self._http.aclose()


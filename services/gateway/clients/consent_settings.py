"""A tenant's consent settings live in the recording-consent service (it decides with them); the
tenant resource reads and writes them there, acting for the tenant with an internal token."""

from typing import Any
from uuid import UUID

import httpx

from services.common.auth import InternalTokenSigner, Principal, Role
from services.common.errors import CallvaultError, DependencyUnavailable
from services.gateway.clients.upstreams import Upstreams

SERVICE = "recording_consent"
PATH = "/v1/consent-settings"


class ConsentSettingsInvalid(CallvaultError):
    status, slug, title = 422, "consent-settings-invalid", "The consent settings are not valid"


class ConsentSettings:
    def __init__(self, upstreams: Upstreams, signer: InternalTokenSigner) -> None:
        self.upstreams, self.signer = upstreams, signer

    async def read(self, tenant_id: UUID) -> dict[str, Any]:
        return await self._call("GET", tenant_id, None)

    async def write(self, tenant_id: UUID, settings: dict[str, Any]) -> dict[str, Any]:
        return await self._call("PUT", tenant_id, settings)

    async def _call(self, method: str, tenant_id: UUID, body: dict[str, Any] | None) -> dict[str, Any]:
        acting = Principal(tenant_id=tenant_id, subject="gateway:tenant-settings", roles=frozenset({Role.tenant_admin}))
        headers = {"authorization": "Bearer " + self.signer.token(acting, SERVICE)}
        try:
            response = await self.upstreams.client(SERVICE).request(method, PATH, json=body, headers=headers)
        except httpx.TransportError as exc:
            raise DependencyUnavailable("recording-consent service") from exc
        if response.status_code == 422:
            problem = response.json()
            raise ConsentSettingsInvalid("consent: " + problem.get("detail", "not valid"),
                                         errors=problem.get("errors", []))
        if response.status_code != 200:
            raise DependencyUnavailable("recording-consent service",
                                        f"the recording-consent service answered {response.status_code}")
        return response.json()

"""The transcripts service, as the gateway's inbox drainer uses it: `POST /v1/transcripts` for a tenant, with
the `telephony` role and the tenant's data region, as a telephony platform's own API key would; and as the
provider-recording worker asks it what keeps a call's recordings (`GET /v1/calls/{call_id}/retention`)."""

from uuid import UUID

import httpx

from services.common.auth import InternalTokenSigner, Principal, Role
from services.common.errors import DependencyUnavailable
from services.gateway.clients.upstreams import Upstreams

SERVICE = "transcripts"


class TranscriptRefused(Exception):
    """The transcripts service would not take the transcript (its problem's status and detail), or it
    could not be taken from the webhook at all."""

    def __init__(self, status: int, detail: str, type_: str | None = None) -> None:
        super().__init__(detail)
        self.status, self.detail, self.type = status, detail, type_

    def problem(self) -> dict:
        return {"status": self.status, "detail": self.detail, **({"type": self.type} if self.type else {})}


class TranscriptsClient:
    """`POST /v1/transcripts` for the tenant, with the `telephony` role and its data region; a call's retention."""

    def __init__(self, upstreams: Upstreams, signer: InternalTokenSigner) -> None:
        self.upstreams, self.signer = upstreams, signer

    async def store(self, tenant_id: UUID, region: str | None, document: dict, key: str) -> dict:
        acting = Principal(tenant_id=tenant_id, subject="gateway:telephony", roles=frozenset({Role.telephony}),
                           data_region=region)
        headers = {"authorization": "Bearer " + self.signer.token(acting, SERVICE), "idempotency-key": key}
        try:
            response = await self.upstreams.client(SERVICE).post("/v1/transcripts", json=document, headers=headers)
        except httpx.TransportError as exc:
            raise DependencyUnavailable("transcripts service") from exc
        if response.status_code >= 500:
            raise DependencyUnavailable("transcripts service", f"the transcripts service answered "
                                        f"{response.status_code}")
        if response.status_code >= 400:
            problem = response.json() if response.headers.get("content-type", "").endswith("json") else {}
            # Final, whatever the status (a 410 `call-erased`: an erasure closed the call): the drainer drops it.
            raise TranscriptRefused(response.status_code, "transcripts service: " + str(problem.get("detail", "")),
                                    problem.get("type") if isinstance(problem.get("type"), str) else None)
        return response.json()

    async def call_retention(self, tenant_id: UUID, call_id: UUID) -> dict | None:
        """The retention of the call's copies without transcripts and the holds keeping them; None: no such call.
        As an auditor (a read of the call and of its holds' matters, which no telephony key may make)."""
        acting = Principal(tenant_id=tenant_id, subject="gateway:provider-recordings",
                           roles=frozenset({Role.auditor}))
        headers = {"authorization": "Bearer " + self.signer.token(acting, SERVICE)}
        try:
            response = await self.upstreams.client(SERVICE).get(f"/v1/calls/{call_id}/retention", headers=headers)
        except httpx.TransportError as exc:
            raise DependencyUnavailable("transcripts service") from exc
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise DependencyUnavailable("transcripts service", f"the transcripts service answered "
                                        f"{response.status_code}")
        return response.json()

"""Where every copy of a call is: the transcripts' objects (encrypted words, redacted artifacts), asked
of the transcripts service as the caller, and the recordings its provider keeps, which the gateway
tracks (`recordings`). A provider recording names the deletion certificate that asked for its deletion
(or, of a call without transcripts, the retention or the erasure's privacy request that did): this is the
follow-up record a certificate's `provider_copies` points to."""

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

import httpx
from pydantic import BaseModel, Field
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import InternalTokenSigner, Principal
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.gateway import repository
from services.gateway.clients.upstreams import Upstreams
from services.gateway.errors import CallNotFound


class ProviderRecordingRead(BaseModel):
    provider: str
    recording_id: str = Field(description="The provider's id (Twilio's RecordingSid, Telnyx's recording id, "
                                          "Vonage's file id), or `unnamed:...` when the webhook named none its API "
                                          "deletes it by (its deletion fails: delete it at the provider)")
    state: Literal["kept", "deleting", "deleted", "failed"] = Field(
        description="kept: at the provider, the call's transcripts live (or, without transcripts, its retention "
                    "has not passed, or a legal hold keeps it); deleting: being deleted; deleted: the provider "
                    "confirmed; failed: the retries ran out or the provider refused (tried again still)")
    attempts: int
    last_error: dict[str, Any] | None = Field(description="The provider's last refusal (status, body excerpt)")
    certificate_id: UUID | None = Field(description="The deletion certificate of the transcript whose deletion "
                                                    "asked for this recording's (none when the call had no "
                                                    "transcript: its own retention or an erasure asked)")
    request_id: UUID | None = Field(None, description="The privacy request whose erasure asked for this "
                                                      "recording's deletion (a call without transcripts)")
    reason: str | None = Field(description="Why it is deleted: retention, erasure, withdrawal, manual (a "
                                           "certificate's reason; or, for a call without transcripts, retention "
                                           "or erasure)")
    held_by: list[str] = Field([], description="While kept: the matters of the legal holds keeping the recording "
                                               "of a call without transcripts past its retention")
    retention_checked_at: datetime | None = Field(None, description="When the retention of the recording of a call "
                                                                    "without transcripts was last checked")
    deletion_requested_at: datetime | None
    deleted_at: datetime | None = Field(description="When the provider confirmed the deletion")
    created_at: datetime = Field(description="When a webhook first named the recording")


class CallCopies(BaseModel):
    call_id: UUID
    provider: str
    transcripts: list[dict[str, Any]] = Field(
        description="Each transcript of the call: its status and every object of every version (`kind`: "
                    "transcript or redacted; `state`: stored, deleting or deleted, with the certificate that "
                    "lists it)")
    provider_recordings: list[ProviderRecordingRead]
    kept_anywhere: bool = Field(description="Whether any copy is still stored (or being deleted) anywhere")


async def of_call(engine: AsyncEngine, upstreams: Upstreams, signer: InternalTokenSigner, caller: Principal,
                  call_id: UUID) -> CallCopies:
    call = await _ask(upstreams, signer, caller, "recording_consent", f"/v1/calls/{call_id}")
    transcripts = (await _ask(upstreams, signer, caller, "transcripts", f"/v1/calls/{call_id}/copies"))["transcripts"]
    async with tenant_session(engine, caller.tenant_id) as session:
        rows = await repository.recordings_of_call(session, call_id, call["provider"], call["external_id"])
    recordings = [ProviderRecordingRead.model_validate(row) for row in rows]
    kept = any(r.state != "deleted" for r in recordings) or any(
        o["state"] != "deleted" for t in transcripts for o in t["objects"])
    return CallCopies(call_id=call_id, provider=call["provider"], transcripts=transcripts,
                      provider_recordings=recordings, kept_anywhere=kept)


async def _ask(upstreams: Upstreams, signer: InternalTokenSigner, caller: Principal, service: str,
               path: str) -> dict[str, Any]:
    try:
        response = await upstreams.client(service).get(
            path, headers={"authorization": "Bearer " + signer.token(caller, service)})
    except httpx.TransportError as exc:
        raise DependencyUnavailable(service.replace("_", "-") + " service") from exc
    if response.status_code == 404:
        raise CallNotFound(f"no call {path.split('/')[3]}")
    if response.status_code != 200:
        raise DependencyUnavailable(service.replace("_", "-") + " service",
                                    f"the {service} service answered {response.status_code}")
    return response.json()

"""The recording-consent service, as the telephony webhooks use it: find or create the call a webhook
is about, record what happened, read the decision and the tenant's announcements. Acts for the
tenant with the `telephony` role, as a telephony platform's own API key would."""

import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

import httpx

from services.common.auth import InternalTokenSigner, Principal, Role
from services.common.errors import CallvaultError, DependencyUnavailable
from services.gateway.clients.upstreams import Upstreams
from services.gateway.telephony.happenings import CallLeg, Happening
from services.gateway.telephony.schemas import AI_PROVIDERS

SERVICE = "recording_consent"
EXTERNAL_ID_MAX = 200  # a participant's external_id, as the consent service bounds it
KNOWN_CALLS = 50_000  # call ids remembered, so a call's later webhooks skip the lookup


class ConsentRefused(CallvaultError):
    """The consent service would not take what the webhook says (the call ended before, say)."""

    status, slug, title = 422, "webhook-refused", "The consent service refused what the webhook says"


@dataclass(frozen=True)
class KnownCall:
    id: UUID
    participants: dict[str, UUID]  # by side: "agent", "customer" and, for an IVR call, "ivr"


class ConsentClient:
    def __init__(self, upstreams: Upstreams, signer: InternalTokenSigner) -> None:
        self.upstreams, self.signer = upstreams, signer
        self._calls: OrderedDict[tuple[UUID, str, str], KnownCall] = OrderedDict()

    async def ensure_call(self, tenant_id: UUID, provider: str, leg: CallLeg, agent_side: str,
                          ivr: bool = False, joined_at: datetime | None = None) -> KnownCall:
        """The call, created with its agent and customer on the first webhook that names it (and, when
        that is the consent IVR's, the IVR as a virtual agent). The agent's number is the tenant's
        line (a DID), which says nothing of where the agent is: the agent is placed by the tenant's
        `agent_jurisdiction` instead, and the number is not sent. The agent is named after the
        provider's identity of it, else after the call (`agent_external_id`). `joined_at`: when the
        gateway received the call's first webhook (default: now)."""
        cache_key = (tenant_id, provider, leg.external_id)
        if known := self._calls.get(cache_key):
            self._calls.move_to_end(cache_key)
            return known
        known = await self._find(tenant_id, provider, leg.external_id)
        if known is None:
            agent_is_to = (leg.direction == "inbound") == (agent_side == "to")
            customer = leg.from_number if agent_is_to else leg.to_number
            agent_role = "virtual_agent" if provider in AI_PROVIDERS else "agent"  # a voice AI speaks for the tenant
            agent = agent_external_id(provider, leg, agent_is_to)
            participants = [_participant(agent, agent_role, None), _participant("customer", "customer", customer)]
            if ivr:
                participants.insert(0, _participant("ivr", "virtual_agent", None))
            if joined_at is not None:
                participants = [{**p, "joined_at": joined_at.isoformat()} for p in participants]
            body = {"external_id": leg.external_id, "provider": provider, "direction": leg.direction,
                    "participants": participants}
            response = await self._call(tenant_id, "POST", "/v1/calls", json=body)
            if response.status_code == 409:  # another webhook of the same call created it first
                known = await self._find(tenant_id, provider, leg.external_id)
            else:
                known = _known(self._ok(response))
        if known is None:
            raise DependencyUnavailable("recording-consent service", "the call was created but cannot be read back")
        self._calls[cache_key] = known
        if len(self._calls) > KNOWN_CALLS:
            self._calls.popitem(last=False)
        return known

    async def known_call(self, tenant_id: UUID, provider: str, external_id: str) -> KnownCall | None:
        """The provider's call as the consent service knows it, without creating it."""
        if known := self._calls.get((tenant_id, provider, external_id)):
            return known
        return await self._find(tenant_id, provider, external_id)

    async def record(self, tenant_id: UUID, call: KnownCall, happenings: list[Happening], provider: str,
                     dedupe_key: str) -> dict[str, Any]:
        """Record the events in order, atomically; each one's `source_event_id` comes from what
        identifies the webhook, so one applied twice (a retry racing its first attempt) is stored once."""
        events = [event_body(call, h, source_event_id(provider, dedupe_key, n)) for n, h in enumerate(happenings)]
        response = await self._call(tenant_id, "POST", f"/v1/calls/{call.id}/events", json={"events": events})
        return self._ok(response)

    async def record_calls(self, tenant_id: UUID, items: list[tuple[UUID, list[dict]]]) -> list[dict[str, Any]]:
        """Events of many calls in one request; the outcome of each call's, in order."""
        body = {"calls": [{"call_id": str(call_id), "events": events} for call_id, events in items]}
        return self._ok(await self._call(tenant_id, "POST", "/v1/event-batches", json=body))["calls"]

    async def decision(self, tenant_id: UUID, call_id: UUID) -> dict[str, Any]:
        return self._ok(await self._call(tenant_id, "GET", f"/v1/calls/{call_id}/decision"))

    async def get_call(self, tenant_id: UUID, call_id: UUID) -> dict[str, Any] | None:
        response = await self._call(tenant_id, "GET", f"/v1/calls/{call_id}")
        return None if response.status_code == 404 else self._ok(response)

    async def transcript_origin(self, tenant_id: UUID, call_id: UUID) -> datetime:
        """The instant a transcript's offsets count from, as the transcripts service's consent check reads it."""
        periods = self._ok(await self._call(tenant_id, "GET", f"/v1/calls/{call_id}/consent-periods",
                                            params={"purpose": "transcription"}))
        return datetime.fromisoformat(periods["started_at"].replace("Z", "+00:00"))

    async def announcements(self, tenant_id: UUID) -> list[dict[str, Any]]:
        return self._ok(await self._call(tenant_id, "GET", "/v1/announcements"))

    async def call_id_of(self, tenant_id: UUID, provider: str, external_id: str) -> UUID | None:
        """The consent service's id of the provider's call, or None."""
        found = self._ok(await self._call(tenant_id, "GET", "/v1/calls",
                                          params={"provider": provider, "external_id": external_id}))
        return UUID(found["items"][0]["id"]) if found["items"] else None

    async def _find(self, tenant_id: UUID, provider: str, external_id: str) -> KnownCall | None:
        found = self._ok(await self._call(tenant_id, "GET", "/v1/calls",
                                          params={"provider": provider, "external_id": external_id}))
        if not found["items"]:
            return None
        return _known(self._ok(await self._call(tenant_id, "GET", f"/v1/calls/{found['items'][0]['id']}")))

    async def _call(self, tenant_id: UUID, method: str, path: str, **kwargs: Any) -> httpx.Response:
        acting = Principal(tenant_id=tenant_id, subject="gateway:telephony", roles=frozenset({Role.telephony}))
        headers = {"authorization": "Bearer " + self.signer.token(acting, SERVICE)}
        try:
            return await self.upstreams.client(SERVICE).request(method, path, headers=headers, **kwargs)
        except httpx.TransportError as exc:
            raise DependencyUnavailable("recording-consent service") from exc

    @staticmethod
    def _ok(response: httpx.Response) -> Any:
        if response.status_code >= 500:
            raise DependencyUnavailable("recording-consent service",
                                        f"the recording-consent service answered {response.status_code}")
        if response.status_code >= 400:
            problem = response.json() if response.headers.get("content-type", "").endswith("json") else {}
            raise ConsentRefused("consent service: " + str(problem.get("detail", response.status_code)),
                                 errors=problem.get("errors", []))
        return response.json()


def _participant(external_id: str, role: str, phone_number: str | None) -> dict[str, Any]:
    return {"external_id": external_id, "role": role, **({"phone_number": phone_number} if phone_number else {})}


def agent_external_id(provider: str, leg: CallLeg, agent_is_to: bool) -> str:
    """The agent participant's `external_id`: the provider's identity of the agent when the webhook
    names one, else one of this call's own (`twilio:CA...`). Never a name every call shares: a
    softphone token reaches the calls whose agent bears its `agent_id`, so a shared `agent` would let
    every token minted for "agent" reach every telephony call."""
    identity = leg.to_agent if agent_is_to else leg.from_agent
    if identity and identity not in ("ivr", "customer"):  # the names of the call's other participants
        return identity
    name = f"{provider}:{leg.external_id}"
    if len(name) > EXTERNAL_ID_MAX:
        name = f"{provider}:sha256:{hashlib.sha256(leg.external_id.encode()).hexdigest()}"
    return name


def _known(call: dict[str, Any]) -> KnownCall:
    """The call's participants by side (calls created before the agent was named after the call have
    it as `agent`)."""
    sides: dict[str, UUID] = {}
    for p in call["participants"]:
        side = "ivr" if p["external_id"] == "ivr" else "customer" if p["role"] == "customer" else (
            "agent" if p["role"] in ("agent", "virtual_agent") else None)
        if side is not None:
            sides.setdefault(side, UUID(p["id"]))
    return KnownCall(UUID(call["id"]), sides)


def source_event_id(provider: str, dedupe_key: str, n: int) -> str:
    """The consent event's `source_event_id`: the webhook's identity and the event's place in it, so
    a webhook applied twice is stored once."""
    return f"{provider}:{dedupe_key}#{n}"


def event_body(call: KnownCall, happening: Happening, source_event_id: str) -> dict[str, Any]:
    event: dict[str, Any] = {"type": happening.type, "occurred_at": happening.occurred_at.isoformat(),
                             "source_event_id": source_event_id}
    if happening.side is not None and happening.side in call.participants:
        event["participant_id"] = str(call.participants[happening.side])
    for name in ("method", "evidence", "purposes", "announcement_version", "completed"):
        if (value := getattr(happening, name)) is not None:
            event[name] = value
    return event

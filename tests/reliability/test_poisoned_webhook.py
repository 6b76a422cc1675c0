"""A webhook the consent service refuses, or an inbox row that cannot be read at all, is marked
refused on its own: the rest of its tenant's inbox, and every other tenant's, still becomes events.
A webhook whose identifiers the consent service could not store is refused at the door."""

import json
from datetime import UTC, datetime
from uuid import uuid4

import httpx
from standardwebhooks import Webhook

from services.common.db import create_engine
from services.gateway.service import ensure_tenant_with_key
from tests.helpers.signed_webhooks import standard_config
from tests.helpers.support import eventually
from tests.reliability.conftest import Installation, Tenant

ORDINARY = ["call.started", "consent.dtmf", "call.ended"]


class Sender:
    """A Standard Webhooks sender for one tenant, signed by the reference implementation."""

    def __init__(self, installation: Installation, admin: httpx.AsyncClient, slug: str, secret: str) -> None:
        self.client, self.admin = httpx.AsyncClient(base_url=installation.url(), timeout=10), admin
        self.path, self.secret = f"/v1/webhooks/standard/{slug}", secret

    async def send(self, message_id: str, body: dict) -> httpx.Response:
        raw, at = json.dumps(body), datetime.now(UTC)
        headers = {"content-type": "application/json", "webhook-id": message_id,
                   "webhook-timestamp": str(int(at.timestamp())),
                   "webhook-signature": Webhook(self.secret).sign(message_id, at, raw)}
        return await self.client.post(self.path, content=raw, headers=headers)

    async def ordinary_call(self) -> str:
        call = f"ok-{uuid4().hex}"
        for n, kind in enumerate(ORDINARY):
            answer = await self.send(f"msg_{call}_{n}", {"type": kind, "call_id": call, "digits": "1"})
            assert answer.status_code == 200, answer.text
        return call

    async def events_of(self, call: str) -> list[str]:
        found = (await self.admin.get("/v1/calls", params={"provider": "standard", "external_id": call})).json()
        if not found.get("items"):
            return []
        return [e["type"] for e in (await self.admin.get(f"/v1/calls/{found['items'][0]['id']}/events")).json()]


async def _sender(installation: Installation, admin: httpx.AsyncClient, slug: str) -> Sender:
    config = standard_config()
    assert (await admin.put("/v1/telephony/standard", json=config)).status_code == 200
    return Sender(installation, admin, slug, config["secret"])


async def _poison(installation: Installation, tenant: Tenant) -> list[str]:
    """Rows as an older gateway could have stored them: an id too long for the consent service (it
    refuses the whole request that carries it) and a row whose event time cannot be read."""
    engine = create_engine(installation.settings.service_database_url("gateway"), pool_size=1)
    keys = ["id:" + "p" * 250, f"id:unreadable-{uuid4().hex}"]
    rows = [({"external_id": f"poison-{uuid4().hex}", "direction": "inbound", "from_number": None, "to_number": None},
             [{"type": "call_ended", "occurred_at": datetime.now(UTC).isoformat(), "side": None}]),
            ({"external_id": f"poison-{uuid4().hex}", "direction": "inbound", "from_number": None, "to_number": None},
             [{"type": "call_ended", "occurred_at": "not a time", "side": None}])]
    try:
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            for key, (call, happenings) in zip(keys, rows, strict=True):
                assert await raw.driver_connection.fetchval(
                    "SELECT callvault_inbox_put($1, 'standard', $2, $3::jsonb, $4::jsonb, 'to')",
                    tenant.id, key, json.dumps(call), json.dumps(happenings))
    finally:
        await engine.dispose()
    return keys


async def test_a_poisoned_webhook_never_stalls_the_inbox(installation: Installation, tenant: Tenant, gateway_owner):
    slug = f"r-{uuid4().hex[:12]}"
    _, other_key = await ensure_tenant_with_key(gateway_owner, "Reliability", slug, ["tenant_admin"], "test")
    async with httpx.AsyncClient(base_url=installation.url(), headers={"Authorization": f"Bearer {other_key}"},
                                 timeout=10) as other_admin:
        mine, theirs = await _sender(installation, tenant.admin, tenant.slug), await _sender(installation,
                                                                                              other_admin, slug)
        # One that arrives today is refused at the door; two that an older gateway stored wait in the inbox.
        long_id = await mine.send("p" * 250, {"type": "call.ended", "call_id": f"poison-{uuid4().hex}"})
        assert long_id.status_code == 400, long_id.text
        await _poison(installation, tenant)
        calls = [(mine, await mine.ordinary_call()), (theirs, await theirs.ordinary_call()),
                 (mine, await mine.ordinary_call())]

        async def all_events() -> bool:
            return all([await sender.events_of(call) == ["call_answered", "consent_granted", "call_ended"]
                        for sender, call in calls])

        await eventually(all_events, 30, what="every ordinary webhook an event")
        for sender in (mine, theirs):
            await sender.client.aclose()

    async def poison_refused() -> bool:
        inbox = (await tenant.admin.get("/v1/webhook-inbox")).json()
        return inbox["pending"] == 0 and inbox["refused"] == 2

    await eventually(poison_refused, 30, what="both poisoned rows refused, none pending")
    inbox = (await tenant.admin.get("/v1/webhook-inbox")).json()
    assert inbox["done"] == 2 * len(ORDINARY), inbox

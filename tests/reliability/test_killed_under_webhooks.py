"""A service SIGKILLed while signed webhooks are arriving, then started again: every webhook the
gateway acknowledged is stored exactly once. The sender behaves as a provider does: what was not
acknowledged (a refused connection, a 5xx, no answer) is sent again, with the same message id."""

import asyncio
import json
from datetime import UTC, datetime
from uuid import uuid4

import httpx
import pytest
from standardwebhooks import Webhook

from tests.helpers.signed_webhooks import standard_config
from tests.helpers.support import eventually
from tests.reliability.conftest import Installation, Tenant

CALLS = 60
KINDS = ["call.started", "consent.dtmf", "call.ended"]
PROVIDER_RETRY_SECONDS = 0.1  # the sender's pause before a retry (providers wait longer; the test need not)


class Provider:
    """Standard Webhooks, signed by the reference implementation, retried until acknowledged."""

    def __init__(self, base_url: str, slug: str, secret: str) -> None:
        self.client = httpx.AsyncClient(base_url=base_url, timeout=5)
        self.path, self.secret = f"/v1/webhooks/standard/{slug}", secret
        self.acknowledged: list[str] = []
        self.attempts = 0

    async def deliver(self, message_id: str, body: dict) -> None:
        raw = json.dumps(body)
        while True:
            self.attempts += 1
            at = datetime.now(UTC)
            headers = {"content-type": "application/json", "webhook-id": message_id,
                       "webhook-timestamp": str(int(at.timestamp())),
                       "webhook-signature": Webhook(self.secret).sign(message_id, at, raw)}
            try:
                response = await self.client.post(self.path, content=raw, headers=headers)
                if response.status_code == 200:
                    self.acknowledged.append(message_id)
                    return
                assert response.status_code >= 500, response.text  # a 4xx would be a refusal, not an outage
            except httpx.TransportError:
                pass
            await asyncio.sleep(PROVIDER_RETRY_SECONDS)



@pytest.mark.parametrize("victim", ["gateway", "recording_consent"])
async def test_every_acknowledged_webhook_is_stored_exactly_once(installation: Installation, tenant: Tenant,
                                                                 victim: str):
    config = standard_config()
    assert (await tenant.admin.put("/v1/telephony/standard", json=config)).status_code == 200
    provider = Provider(installation.url(), tenant.slug, config["secret"])
    calls = [f"kill-{uuid4().hex}" for _ in range(CALLS)]
    gate = asyncio.Semaphore(8)

    async def one_call(call: str) -> None:
        async with gate:
            for n, kind in enumerate(KINDS):
                await provider.deliver(f"msg_{call}_{n}", {"type": kind, "call_id": call, "digits": "1"})

    sending = asyncio.gather(*(one_call(call) for call in calls))
    try:
        await eventually(lambda: len(provider.acknowledged) >= CALLS, 60, what="a third acknowledged")
        pid = installation.process(victim).pid
        await asyncio.to_thread(installation.kill, victim)
        killed_at = len(provider.acknowledged)
        await asyncio.to_thread(installation.start, victim)
        assert installation.process(victim).pid != pid
        await asyncio.wait_for(sending, 120)
    finally:
        sending.cancel()
        await provider.client.aclose()
    assert killed_at < CALLS * len(KINDS)  # the kill came while webhooks were still arriving
    if victim == "gateway":  # what it had not acknowledged when it died was sent again
        assert provider.attempts > len(provider.acknowledged)
    assert sorted(provider.acknowledged) == sorted(f"msg_{c}_{n}" for c in calls for n in range(len(KINDS)))

    async def drained() -> bool:
        inbox = await tenant.admin.get("/v1/webhook-inbox")
        return inbox.status_code == 200 and inbox.json()["pending"] == 0

    await eventually(drained, 60, what="the inbox drained")
    inbox = (await tenant.admin.get("/v1/webhook-inbox")).json()
    assert (inbox["refused"], inbox["done"]) == (0, CALLS * len(KINDS)), inbox
    for call in calls:
        found = await tenant.admin.get("/v1/calls", params={"provider": "standard", "external_id": call})
        assert found.status_code == 200, found.text
        [row] = found.json()["items"]  # one call, however often its webhooks were sent
        events = (await tenant.admin.get(f"/v1/calls/{row['id']}/events")).json()
        assert [e["type"] for e in events] == ["call_answered", "consent_granted", "call_ended"], (call, events)

"""Decision streams cannot starve the gateway: one softphone token trying to hold 200 streams open
gets its cap (the rest a 429 with Retry-After), the streams ride a connection pool of their own, and
every other caller's decision reads are answered meanwhile."""

import asyncio
import contextlib
from uuid import uuid4

import httpx

from services.gateway.service import ensure_tenant_with_key
from tests.helpers.support import at, call_body, eventually, participant
from tests.reliability.conftest import Installation, Tenant

STREAMS = 200
READS = 50
READS_SECONDS = 15  # a bound on the other callers' reads; without the fix they waited forever


async def _call(admin: httpx.AsyncClient, agent: str) -> dict:
    body = call_body(started_at=at(-60), participants=[participant(agent, "agent", jurisdiction="US-NY"),
                                                       participant("cust", phone_number="+14155550100")])
    response = await admin.post("/v1/calls", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def _open(client: httpx.AsyncClient, path: str, token: str, stack: contextlib.AsyncExitStack) -> httpx.Response:
    """A stream opened as a client does: a rate-limited attempt is made again after its Retry-After."""
    while True:
        response = await stack.enter_async_context(client.stream("GET", path, headers={
            "Authorization": f"Bearer {token}"}))
        if response.status_code != 429 or not response.headers.get("content-type", "").endswith("json"):
            return response
        await response.aread()
        if not response.json()["type"].endswith(":rate-limited"):
            return response
        await asyncio.sleep(float(response.headers["retry-after"]))  # as the 429 asks


async def test_two_hundred_streams_of_one_token_leave_other_callers_reads_unaffected(
        installation: Installation, tenant: Tenant, gateway_owner):
    settings = installation.settings
    call = await _call(tenant.admin, "agent-s")
    minted = await tenant.admin.post("/v1/agent-tokens", json={"agent_id": "agent-s"})
    assert minted.status_code == 201, minted.text
    token, path = minted.json()["token"], f"/v1/calls/{call['id']}/decision/stream"
    _, other_key = await ensure_tenant_with_key(gateway_owner, "Other", f"r-{uuid4().hex[:12]}", ["tenant_admin"],
                                                "test")
    limits = httpx.Limits(max_connections=STREAMS + READS + 10)
    async with contextlib.AsyncExitStack() as stack, \
            httpx.AsyncClient(base_url=installation.url(), timeout=30, limits=limits) as client, \
            httpx.AsyncClient(base_url=installation.url(), timeout=30,
                              headers={"Authorization": f"Bearer {other_key}"}) as other:
        answers = [await _open(client, path, token, stack) for _ in range(STREAMS)]
        opened = [a for a in answers if a.status_code == 200]
        refused = [a for a in answers if a.status_code == 429]
        assert len(opened) == settings.decision_streams_per_credential
        assert len(refused) == STREAMS - len(opened) and all(a.headers.get("retry-after") for a in refused)
        # Meanwhile another tenant's calls are read as ever, and this tenant's administrator reads too.
        theirs = await _call(other, "agent-o")
        reads = [other.get(f"/v1/calls/{theirs['id']}/decision") for _ in range(READS)]
        reads.append(tenant.admin.get(f"/v1/calls/{call['id']}/decision"))
        statuses = [r.status_code for r in await asyncio.wait_for(asyncio.gather(*reads), READS_SECONDS)]
        assert statuses == [200] * (READS + 1)
    # The streams closed, the token's slots are free again.

    async def reopened() -> bool:
        async with httpx.AsyncClient(base_url=installation.url(), timeout=10) as client, \
                client.stream("GET", path, headers={"Authorization": f"Bearer {token}"}) as again:
            return again.status_code == 200

    await eventually(reopened, 15, 0.5, "a stream of the token opening again once the others closed")

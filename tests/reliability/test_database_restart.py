"""PostgreSQL restarted under the running services: readiness says so while it lasts, requests get a
503 with Retry-After, and the services recover without a restart of their own."""

import httpx

from services.common.settings import SERVICES
from tests.helpers.support import call_body, eventually
from tests.reliability.conftest import recovered


async def test_the_services_ride_out_a_postgresql_restart(installation, tenant):
    admin = tenant.admin
    before = await admin.post("/v1/calls", json=call_body())
    assert before.status_code == 201, before.text
    pids = {name: installation.process(name).pid for name in SERVICES}

    installation.stop("postgres")
    async with httpx.AsyncClient(timeout=10) as client:
        for service in SERVICES:
            ready = await client.get(installation.ops_url(service) + "/readyz")
            assert ready.status_code == 503 and "database" in ready.json()["failing"], (service, ready.text)
    for attempt in (admin.post("/v1/calls", json=call_body()), admin.get(f"/v1/calls/{before.json()['id']}/decision")):
        refused = await attempt
        assert refused.status_code == 503, refused.text
        assert refused.headers["retry-after"].isdigit()
        assert refused.headers["content-type"] == "application/problem+json"

    installation.start("postgres")
    await recovered(installation)
    # Every pooled connection of before the restart is dead: none of them may surface as an error.
    for _ in range(20):
        decision = await admin.get(f"/v1/calls/{before.json()['id']}/decision")
        assert decision.status_code == 200, decision.text
    after = await admin.post("/v1/calls", json=call_body())
    assert after.status_code == 201, after.text
    assert {name: installation.process(name).pid for name in SERVICES} == pids  # nothing was restarted

    async def listed() -> bool:
        found = await admin.get("/v1/calls", params={"external_id": after.json()["external_id"]})
        return found.status_code == 200 and len(found.json()["items"]) == 1

    await eventually(listed, 10, what="the new call listed")

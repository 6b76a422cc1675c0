"""Outbound webhooks, end to end: a gateway of the test's own (development mode, so a loopback receiver
is allowed; its own databases and NATS) fans events out to a local receiver that verifies every
signature with the `standardwebhooks` package, the Standard Webhooks reference implementation."""

from uuid import UUID, uuid4

import httpx
import nats
import pytest
from standardwebhooks.webhooks import WebhookVerificationError

from services.common.db import create_engine
from services.common.events.envelope import CloudEvent
from services.common.settings import Environment
from services.gateway.app import create_app
from services.gateway.service import ensure_tenant_with_key
from tests.helpers.support import event_headers, eventually, serving
from tests.helpers.webhook_receiver import receiving


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


@pytest.fixture
async def receiver():
    async with receiving() as receiver:
        yield receiver


@pytest.fixture
async def hooks(private_nats):
    """(client with a tenant admin key, tenant id, publish(event type, subject) -> event)."""
    settings = private_nats.settings.model_copy(update={
        "env": Environment.development, "webhook_retry_seconds": [0.2] * 8,
        "webhook_poll_seconds": 0.05, "webhook_disable_after_seconds": 1.0, "gateway_ops_port": 0})
    engine = create_engine(settings.service_database_url("gateway", owner=True), 2)
    tenant_id, key = await ensure_tenant_with_key(engine, "Hooks", f"h-{uuid4().hex[:10]}", ["tenant_admin"], "t")
    await engine.dispose()
    nc = await nats.connect(private_nats.url)
    js = nc.jetstream()

    async def publish(event_type: str, subject: str = "calls/1", tenant: UUID = tenant_id) -> CloudEvent:
        event = CloudEvent(source="callvault/test", type=event_type, subject=subject, tenantid=tenant,
                           data={"n": str(uuid4())})
        subject, body = f"callvault.{event_type}", event.model_dump_json().encode()
        await js.publish(subject, body, headers=event_headers(settings, subject, body, str(event.id)))
        return event

    try:
        async with serving(create_app(settings)) as url, httpx.AsyncClient(
                base_url=url, headers=bearer(key), timeout=10) as client:
            yield client, tenant_id, publish
    finally:
        await nc.close()


async def _endpoint(client: httpx.AsyncClient, url: str, types: list[str]) -> dict:
    response = await client.post("/v1/webhook-endpoints", json={"url": url, "event_types": types})
    assert response.status_code == 201, response.text
    assert response.json()["secret"].startswith("whsec_")
    return response.json()


async def _deliveries(client: httpx.AsyncClient, endpoint: dict) -> list[dict]:
    return (await client.get(f"/v1/webhook-endpoints/{endpoint['id']}/deliveries")).json()


async def test_subscribed_events_arrive_signed_and_nothing_else(hooks, receiver):
    client, _, publish = hooks
    endpoint = await _endpoint(client, receiver.url, ["consent.*", "recording.must_stop"])
    await publish("call.created")  # not subscribed
    await publish("consent.granted", tenant=uuid4())  # another tenant's
    wanted = [await publish("consent.withdrawn"), await publish("recording.must_stop")]

    async def arrived() -> bool:
        return len(receiver.received) >= 2

    await eventually(arrived, timeout=10, what="two deliveries")
    # Events are fanned out in stream order: the two before were handled, and made no delivery.
    assert len(receiver.received) == 2
    bodies = receiver.verified(endpoint["secret"])
    assert sorted(b["id"] for b in bodies) == sorted(str(e.id) for e in wanted)
    assert {h["webhook-id"] for h, _ in receiver.received} == {str(e.id) for e in wanted}
    with pytest.raises(WebhookVerificationError):  # another secret's signature does not hold
        receiver.verified("whsec_" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=")
    # The receiver has the body before the sender commits its answer: wait for that commit.
    async def recorded() -> bool:
        return [d["status"] for d in await _deliveries(client, endpoint)] == ["delivered", "delivered"]

    await eventually(recorded, timeout=10, what="both deliveries recorded as delivered")
    listed = await _deliveries(client, endpoint)
    assert all(d["attempt_log"][-1]["status"] == 200 for d in listed)


async def test_failures_are_retried_in_order_until_the_receiver_takes_them(hooks, receiver):
    client, _, publish = hooks
    endpoint = await _endpoint(client, receiver.url, ["consent.*"])
    receiver.statuses = [500, 503]
    first, second = await publish("consent.granted", "calls/7"), await publish("consent.withdrawn", "calls/7")

    async def both_delivered() -> bool:
        return [d["status"] for d in await _deliveries(client, endpoint)] == ["delivered", "delivered"]

    await eventually(both_delivered, timeout=15, what="both delivered after the failures")
    order = [body["id"] for _, body in receiver.received]
    assert order == [str(first.id)] * 3 + [str(second.id)]  # the second waited for the first
    log = next(d for d in await _deliveries(client, endpoint) if d["event_id"] == str(first.id))["attempt_log"]
    assert [a["status"] for a in log] == [500, 503, 200]


async def test_a_delivery_can_be_sent_again(hooks, receiver):
    client, _, publish = hooks
    endpoint = await _endpoint(client, receiver.url, ["*"])
    event = await publish("transcript.stored")

    async def arrived(count: int):
        async def check() -> bool:
            return len(receiver.received) >= count
        return check

    await eventually(await arrived(1), timeout=10)
    delivery = (await _deliveries(client, endpoint))[0]
    again = await client.post(f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/{delivery['id']}/replay")
    assert again.status_code == 202
    await eventually(await arrived(2), timeout=10)
    assert [h["webhook-id"] for h, _ in receiver.received] == [str(event.id)] * 2
    unknown = await client.post(f"/v1/webhook-endpoints/{endpoint['id']}/deliveries/{uuid4()}/replay")
    assert unknown.status_code == 404


async def test_an_endpoint_that_keeps_failing_is_disabled_and_gets_nothing_more(hooks, receiver):
    """The fixture disables an endpoint failing for a second (the default is five days); a healthy
    endpoint of the same tenant hears of it (`webhook_endpoint.disabled`) and keeps getting events."""
    client, _, publish = hooks
    failing = await _endpoint(client, receiver.url.replace("/hook", "/hook?failing"), ["consent.*"])
    healthy = await _endpoint(client, receiver.url, ["consent.*", "webhook_endpoint.*"])
    receiver.fail_query = "failing"
    await publish("consent.withdrawn")

    async def disabled() -> bool:
        return (await client.get(f"/v1/webhook-endpoints/{failing['id']}")).json()["disabled_at"] is not None

    await eventually(disabled, timeout=15, what="the failing endpoint is disabled")
    later = await publish("consent.granted")

    async def healthy_got_it() -> bool:
        return any(body["id"] == str(later.id) for _, body in receiver.received_at(""))

    await eventually(healthy_got_it, timeout=10, what="the healthy endpoint got the later event")
    assert [d["event_type"] for d in await _deliveries(client, failing)] == ["consent.withdrawn"]

    async def noticed() -> bool:
        return any(b["type"] == "webhook_endpoint.disabled" for _, b in receiver.received_at(""))

    await eventually(noticed, timeout=10, what="the disabling is announced")
    notices = [b for _, b in receiver.received_at("") if b["type"] == "webhook_endpoint.disabled"]
    assert notices[0]["data"]["endpoint_id"] == failing["id"]
    assert healthy["id"] != failing["id"]
    enabled = await client.patch(f"/v1/webhook-endpoints/{failing['id']}", json={"disabled": False})
    assert enabled.json()["disabled_at"] is None and enabled.json()["failing_since"] is None


async def test_unsafe_urls_are_refused(gateway, tenant_key):
    """The production gateway (the session's): loopback, private, link-local and plain http refused."""
    for url in ("https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/hook",
                "https://169.254.169.254/latest/meta-data", "https://[::1]/hook", "http://93.184.215.14/hook",
                "ftp://example.com/hook",
                # no address to read, or one carrying a private IPv4 address (NAT64, mapped): a 422, never a 500
                "https://h:99999/hook", "https://a..com/hook", "https://[64:ff9b::a00:5]/hook",
                "https://[::ffff:10.0.0.5]/hook"):
        response = await gateway.post("/v1/webhook-endpoints", headers=bearer(tenant_key[1]),
                                      json={"url": url, "event_types": ["*"]})
        assert response.status_code == 422, (url, response.text)
        assert response.headers["content-type"] == "application/problem+json"
    listed = await gateway.get("/v1/webhook-endpoints", headers=bearer(tenant_key[1]))
    assert listed.json() == []


async def test_a_delivery_goes_to_the_address_that_was_checked_with_the_name_as_host(hooks):
    client, _, publish = hooks
    async with receiving("localhost") as receiver:  # every address `localhost` has
        await _endpoint(client, f"http://localhost:{receiver.port}/hook", ["consent.*"])
        await publish("consent.granted")

        async def arrived() -> bool:
            return len(receiver.received) == 1

        await eventually(arrived, timeout=10, what="the delivery")
        headers = {k.lower(): v for k, v in receiver.received[0][0].items()}
        assert headers["host"] == f"localhost:{receiver.port}"  # the name, though the address was pinned

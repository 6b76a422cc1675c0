from uuid import uuid4

import pytest

from services.common.auth import Principal
from services.gateway.rate_limits import Limit, RateLimited, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: Clock) -> RateLimiter:
    return RateLimiter({"agent": Limit(2, 2), "telephony": Limit(100, 100)}, Limit(5, 5), clock=clock)


def caller(tenant=None, roles=("agent",), subject=None) -> Principal:
    return Principal(tenant or uuid4(), subject or f"api-key:{uuid4()}", frozenset(roles))


def test_a_burst_then_a_429_that_says_when_to_retry_then_refill():
    clock = Clock()
    limits, agent = limiter(clock), caller()
    limits.admit(agent, Limit(100, 100))
    limits.admit(agent, Limit(100, 100))
    with pytest.raises(RateLimited) as refused:
        limits.admit(agent, Limit(100, 100))
    assert refused.value.status == 429 and refused.value.extra["limit"] == "credential"
    assert refused.value.headers["Retry-After"] == "1" and refused.value.headers["RateLimit-Limit"] == "2"
    assert refused.value.headers["RateLimit-Remaining"] == "0"
    clock.now += 0.5  # one token back at 2 per second
    limits.admit(agent, Limit(100, 100))


def test_the_tenant_bucket_is_shared_by_its_credentials():
    clock = Clock()
    limits, tenant = limiter(clock), uuid4()
    small = Limit(1, 3)
    for _ in range(3):
        limits.admit(caller(tenant, ("telephony",)), small)
    with pytest.raises(RateLimited) as refused:
        limits.admit(caller(tenant, ("telephony",)), small)
    assert refused.value.extra["limit"] == "tenant"
    limits.admit(caller(uuid4(), ("telephony",)), small)  # another tenant is not affected


def test_the_most_generous_role_counts_and_unknown_roles_get_the_default():
    clock = Clock()
    limits = limiter(clock)
    both = caller(roles=("agent", "telephony"))
    for _ in range(50):
        limits.admit(both, Limit(1000, 1000))
    auditor = caller(roles=("auditor",))
    for _ in range(5):
        limits.admit(auditor, Limit(1000, 1000))
    with pytest.raises(RateLimited):
        limits.admit(auditor, Limit(1000, 1000))


def test_a_refusal_takes_no_token_from_the_other_bucket():
    clock = Clock()
    limits, tenant = limiter(clock), uuid4()
    agent = caller(tenant)
    limits.admit(agent, Limit(1, 3))
    limits.admit(agent, Limit(1, 3))
    with pytest.raises(RateLimited):  # the credential's bucket (2) is empty; the tenant's has one left
        limits.admit(agent, Limit(1, 3))
    limits.admit(caller(tenant, ("telephony",)), Limit(1, 3))  # that one is still there


def test_webhooks_spend_from_a_budget_of_their_own():
    clock = Clock()
    limits, tenant = limiter(clock), uuid4()
    small = Limit(1, 2)
    limits.admit(caller(tenant, ("telephony",)), small)
    limits.admit(caller(tenant, ("telephony",)), small)
    with pytest.raises(RateLimited):  # an admin script emptied the tenant's bucket
        limits.admit(caller(tenant, ("telephony",)), small)
    for _ in range(10):  # five times the tenant's burst, untouched by the script
        limits.admit_webhook(tenant, small)
    with pytest.raises(RateLimited) as refused:
        limits.admit_webhook(tenant, small)
    assert refused.value.extra["limit"] == "webhook budget" and refused.value.headers["RateLimit-Limit"] == "10"

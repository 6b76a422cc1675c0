"""Token buckets per tenant and per credential, so one tenant (or one runaway script) cannot starve
the others. Kept in the gateway's memory: each gateway instance enforces the limits on what it
receives, so N instances behind a load balancer admit up to N times the configured rates."""

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from services.common.auth import Principal
from services.common.errors import CallvaultError


@dataclass(frozen=True)
class Limit:
    per_second: float
    burst: int


class RateLimited(CallvaultError):
    status, slug, title = 429, "rate-limited", "Too many requests"

    def __init__(self, scope: str, limit: Limit, wait: float) -> None:
        seconds = max(1, math.ceil(wait))
        super().__init__(f"the {scope}'s limit of {limit.per_second:g} requests/s (bursts of {limit.burst}) is "
                         f"reached; retry in {seconds} s", limit=scope)
        self.headers = {"Retry-After": str(seconds), "RateLimit-Limit": str(limit.burst),
                        "RateLimit-Remaining": "0", "RateLimit-Reset": str(seconds)}


class RateLimiter:
    def __init__(self, by_role: dict[str, Limit], default: Limit, webhook_factor: float = 5.0, size: int = 100_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.by_role, self.default, self.size, self.clock = by_role, default, size, clock
        self.webhook_factor = webhook_factor
        self._buckets: dict[tuple[str, object], tuple[float, float]] = {}  # key -> (tokens, at)

    def admit(self, principal: Principal, tenant: Limit) -> None:
        """Take a token from the credential's bucket and the tenant's, or refuse (429) and take none."""
        credential = max((self.by_role.get(role, self.default) for role in principal.roles),
                         key=lambda limit: limit.per_second, default=self.default)
        now = self.clock()
        checks = ((("credential", principal.subject), credential, "credential"),
                  (("tenant", principal.tenant_id), tenant, "tenant"))
        levels = []
        for key, limit, scope in checks:
            tokens = self._level(key, limit, now)
            if tokens < 1:
                raise RateLimited(scope, limit, (1 - tokens) / limit.per_second)
            levels.append((key, tokens))
        if len(self._buckets) >= self.size:  # bounded: starting over only forgives, never refuses
            self._buckets.clear()
        for key, tokens in levels:
            self._buckets[key] = (tokens - 1, now)

    def admit_webhook(self, tenant_id: UUID, tenant: Limit) -> None:
        """Inbound telephony webhooks spend from a bucket of their own, `webhook_factor` times the
        tenant's, so a burst of calls is never throttled by an admin script (or the reverse)."""
        budget = Limit(tenant.per_second * self.webhook_factor, int(tenant.burst * self.webhook_factor))
        key = ("webhooks", tenant_id)
        now = self.clock()
        tokens = self._level(key, budget, now)
        if tokens < 1:
            raise RateLimited("webhook budget", budget, (1 - tokens) / budget.per_second)
        self._buckets[key] = (tokens - 1, now)

    def _level(self, key: tuple[str, object], limit: Limit, now: float) -> float:
        tokens, at = self._buckets.get(key, (float(limit.burst), now))
        return min(float(limit.burst), tokens + (now - at) * limit.per_second)

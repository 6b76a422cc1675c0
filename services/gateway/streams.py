"""Open live streams (a call's decision stream, the calls stream), counted per credential and per
tenant on each gateway instance: past either cap a new one is a 429 with Retry-After. Streams also go
to the services over a connection pool of their own (`upstreams`), so however many are open, the
gateway's other requests never wait behind them: 200 streams of one softphone token once held every
pooled connection, and every other caller's decision read waited without end."""

from collections import Counter
from collections.abc import Callable

from services.common.auth import Principal
from services.common.errors import CallvaultError

RETRY_SECONDS = 30  # a stream ends when its call does, or its client goes


class TooManyStreams(CallvaultError):
    status, slug, title = 429, "too-many-streams", "Too many open streams"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.headers = {"Retry-After": str(RETRY_SECONDS)}


class StreamSlots:
    def __init__(self, per_credential: int, per_tenant: int) -> None:
        self.per_credential, self.per_tenant = per_credential, per_tenant
        self._open: Counter[tuple] = Counter()

    def take(self, principal: Principal) -> Callable[[], None]:
        """A slot for one stream, or TooManyStreams; the function returned gives it back (once)."""
        credential, tenant = ("credential", principal.tenant_id, principal.subject), ("tenant", principal.tenant_id)
        if self._open[credential] >= self.per_credential:
            raise TooManyStreams(f"this credential has {self.per_credential} streams open, the most it may")
        if self._open[tenant] >= self.per_tenant:
            raise TooManyStreams(f"the tenant has {self.per_tenant} streams open, the most it may")
        self._open[credential] += 1
        self._open[tenant] += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                for key in (credential, tenant):
                    self._open[key] -= 1
                    if not self._open[key]:
                        del self._open[key]

        return release

    def open(self, principal: Principal) -> int:
        return self._open[("credential", principal.tenant_id, principal.subject)]

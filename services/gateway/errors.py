"""Errors of the gateway."""

from services.common.errors import RETRY_AFTER_SECONDS, CallvaultError, Forbidden, Unauthenticated


class InvalidApiKey(Unauthenticated):
    slug, title = "invalid-credentials", "The credentials are missing, unknown, revoked or expired"


class TenantDisabled(Forbidden):
    slug, title = "tenant-disabled", "The tenant is disabled"


class UpstreamTimeout(CallvaultError):
    status, slug, title = 504, "upstream-timeout", "A service did not answer in time"

    def __init__(self, upstream: str) -> None:
        super().__init__(f"{upstream} did not answer in time; retry later", dependency=upstream)
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}

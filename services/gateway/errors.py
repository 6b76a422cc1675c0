"""Errors of the gateway."""

from services.common.errors import (
    RETRY_AFTER_SECONDS,
    CallvaultError,
    Conflict,
    Forbidden,
    NotFound,
    Unauthenticated,
    Unprocessable,
)


class InvalidApiKey(Unauthenticated):
    slug, title = "invalid-credentials", "The credentials are missing, unknown, revoked or expired"


class TenantDisabled(Forbidden):
    slug, title = "tenant-disabled", "The tenant is disabled"


class UpstreamTimeout(CallvaultError):
    status, slug, title = 504, "upstream-timeout", "A service did not answer in time"

    def __init__(self, upstream: str) -> None:
        super().__init__(f"{upstream} did not answer in time; retry later", dependency=upstream)
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}


class TenantNotFound(NotFound):
    slug, title = "tenant-not-found", "No such tenant"


class SlugTaken(Conflict):
    slug, title = "slug-taken", "Another tenant has this slug"


class ApiKeyNotFound(NotFound):
    slug, title = "api-key-not-found", "No such API key"


class NotYours(Forbidden):
    slug, title = "platform-admin-only", "Only a platform administrator may do this"


class ExpiryInPast(Unprocessable):
    slug, title = "expiry-in-past", "The expiry is in the past"


class FieldNotNullable(Unprocessable):
    slug, title = "field-not-nullable", "A field was set to null"


class IssuerTaken(Conflict):
    slug, title = "issuer-taken", "Another tenant signs in through this issuer"


class UnsafeIdentityProvider(Unprocessable):
    slug, title = "unsafe-identity-provider-url", "The identity provider is on the gateway's own loopback"


class OidcNotConfigured(NotFound):
    slug, title = "oidc-not-configured", "The tenant has no identity provider"


class LengthRequired(CallvaultError):
    status, slug, title = 411, "length-required", "The request body must state its length"


class CallNotFound(NotFound):
    slug, title = "call-not-found", "Call not found"

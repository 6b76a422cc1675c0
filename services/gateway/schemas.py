"""What the gateway's own routes take and give: tenants and their API keys."""

from datetime import datetime
from typing import Annotated, Any, ClassVar
from urllib.parse import urlsplit
from uuid import UUID

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from services.common.auth import Role
from services.common.schemas import ExternalId, SettingsDocument, Timestamp

Slug = Annotated[str, Field(pattern=r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", examples=["acme-support"],
                            description="Lowercase letters, digits and dashes; part of webhook URLs")]
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")]
Region = Annotated[str, Field(pattern=r"^[a-z]{2}(?:-[a-z0-9]{1,20})?$", examples=["us", "eu", "eu-central"],
                              description="Where the tenant's data is kept")]
RetentionDays = Annotated[int, Field(ge=0, le=36500, description="Days transcripts are kept after the call "
                                                                 "ended, when no policy says otherwise")]
RatePerSecond = Annotated[float, Field(gt=0, le=100_000, description="Requests per second the tenant may make "
                                                                     "(token bucket refill)")]
Burst = Annotated[int, Field(ge=1, le=1_000_000, description="Requests the tenant may make at once (bucket size)")]


def _readable_url(url: str) -> str:
    """A URL whose host and port can be read (urlsplit raises ValueError on "https://[x/", "https://h:99999/"),
    without control characters (a NUL in a host broke the address checks)."""
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        raise ValueError("a URL has no control characters")
    parts = urlsplit(url)
    _ = parts.hostname, parts.port
    return url


HttpUrlText = Annotated[str, Field(max_length=2000, pattern=r"^https://[^\s]+$|^http://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(/[^\s]*)?$",
                                   description="https (plain http only on loopback)"), AfterValidator(_readable_url)]
# Who may change what: a tenant administrator its own name and retention, a platform administrator
# everything (a tenant must not raise its own rate limits or move its own data).
TENANT_ADMIN_FIELDS = frozenset({"name", "default_retention_days", "consent"})
CONSENT = Field(None, description="The tenant's consent settings (`jurisdiction_mode`, `agents_prior_agreement`, "
                                  "`stay_on_line_seconds`, `lawful_basis`, `default_region`, "
                                  "`agent_jurisdiction`), as "
                                  "`PUT /v1/consent-settings` takes them: kept by the recording-consent service")


class TenantCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Name
    slug: Slug
    data_region: Region = "us"
    default_retention_days: RetentionDays = 30
    rate_limit_per_second: RatePerSecond = 1000
    rate_burst: Burst = 2000


class TenantUpdate(BaseModel):
    """Only the fields sent change."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    data_region: Region | None = None
    default_retention_days: RetentionDays | None = None
    rate_limit_per_second: RatePerSecond | None = None
    rate_burst: Burst | None = None
    disabled: bool | None = Field(None, description="A disabled tenant's credentials stop working (403 "
                                                    "`tenant-disabled`)")
    consent: dict[str, Any] | None = CONSENT


class TenantRead(BaseModel):
    id: UUID
    name: str
    slug: str
    data_region: str
    default_retention_days: int
    rate_limit_per_second: float
    rate_burst: int
    disabled: bool
    created_at: datetime
    updated_at: datetime
    consent: dict[str, Any] | None = Field(None, description="The consent settings, in the answer about one "
                                                             "tenant (not in lists)")


class ApiKeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    label: Name
    roles: list[Role] = Field(min_length=1, max_length=len(Role))
    expires_at: Timestamp | None = Field(None, description="After this the key stops working; none: it does not expire")
    tenant_id: UUID | None = Field(None, description="Platform administrators only: the tenant the key is for "
                                                     "(default: the caller's own)")

    @field_validator("roles")
    @classmethod
    def _distinct(cls, roles: list[Role]) -> list[Role]:
        if len(set(roles)) != len(roles):
            raise ValueError("each role at most once")
        return roles


class ApiKeyRead(BaseModel):
    id: UUID
    tenant_id: UUID
    label: str
    prefix: str = Field(description="The start of the secret, to recognize the key by")
    roles: list[Role]
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None = Field(description="Within about a minute")
    created_at: datetime


class ApiKeyCreated(ApiKeyRead):
    secret: str = Field(description="The key itself: shown this once, stored only as a hash")


class AgentTokenCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agent_id: ExternalId = Field(description="The agent participant's `external_id` on the calls it takes")
    ttl_seconds: int = Field(900, ge=60, le=3600, description="Lifetime; the softphone asks for a new one before")


class AgentTokenRead(BaseModel):
    token: str = Field(description="Send as `Authorization: Bearer <token>`")
    agent_id: str
    expires_at: datetime


class OidcSettings(SettingsDocument):
    """Sign-in through the tenant's own identity provider: its tokens are accepted as credentials."""

    issuer: HttpUrlText = Field(description="The `iss` of its tokens, exactly", examples=["https://login.example.com/"])
    jwks_url: HttpUrlText = Field(description="Where its signing keys are published (JWKS)")
    audience: str = Field(min_length=1, max_length=500, description="The `aud` its tokens carry for callvault")
    roles_claim: str = Field("roles", min_length=1, max_length=100,
                             description="The claim that holds the user's groups or roles (a string or a list)")
    role_map: dict[str, Role] = Field(min_length=1, description="Claim value -> callvault role; values not "
                                                                "listed give no role")
    client_secret: str | None = Field(
        None, max_length=500, pattern=r"^[\x21-\x7e]*$", description=(
            "For a provider that wants the console to be a confidential client: its client secret, sent at the "
            "token endpoint as HTTP Basic (`client_secret_basic`, OpenID Connect Core 9). Write-only: never "
            "shown again (`client_secret_set` says whether one is stored); left out, the stored one is kept; "
            "`\"\"` removes it."))
    read_only: ClassVar[frozenset[str]] = frozenset({"updated_at", "client_secret_set"})

    @field_validator("role_map")
    @classmethod
    def _tenant_roles_only(cls, value: dict[str, Role]) -> dict[str, Role]:
        if Role.platform_admin in value.values():
            raise ValueError("an identity provider cannot grant platform_admin")
        return value


class OidcRead(OidcSettings):
    client_secret: None = Field(None, exclude=True)
    client_secret_set: bool = Field(False, description="Whether a client secret is stored (it is never shown)")
    updated_at: datetime


EventTypePattern = Annotated[str, Field(pattern=r"^(\*|[a-z_]+(\.[a-z_]+)*(\.\*)?)$",
                                        examples=["recording.must_stop", "consent.*"])]


class WebhookEndpointCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000, description="An https URL on a public address (in development also "
                                                 "http://127.0.0.1:...)")
    event_types: list[EventTypePattern] = Field(min_length=1, max_length=50,
                                                description="Event types, or a family with `.*`, or `*`")
    description: str = Field("", max_length=500, pattern=r"^[^\x00]*$")


class WebhookEndpointUpdate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str | None = Field(None, max_length=2000)
    event_types: list[EventTypePattern] | None = Field(None, min_length=1, max_length=50)
    description: str | None = Field(None, max_length=500, pattern=r"^[^\x00]*$")
    disabled: bool | None = Field(None, description="false re-enables an endpoint that was disabled")


class WebhookEndpointRead(BaseModel):
    id: UUID
    url: str
    event_types: list[str]
    description: str
    failing_since: datetime | None
    disabled_at: datetime | None
    created_at: datetime
    updated_at: datetime


class WebhookEndpointCreated(WebhookEndpointRead):
    secret: str = Field(description="The signing secret (Standard Webhooks, `whsec_...`): shown this once")


class WebhookDeliveryRead(BaseModel):
    id: UUID
    event_id: UUID
    event_type: str
    status: str = Field(description="pending, delivered or failed")
    attempts: int
    attempt_log: list[dict[str, Any]] = Field(description="Each attempt: when, the status code or the error")
    next_attempt_at: datetime
    created_at: datetime
    delivered_at: datetime | None

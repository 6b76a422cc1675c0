"""Tables of the gateway: the tenant registry and API keys."""

from datetime import UTC, datetime
from uuid import UUID, uuid4

from sqlalchemy import Column, DateTime, LargeBinary, Text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(UTC)


class Tenant(SQLModel, table=True):
    id: UUID = Field(default_factory=uuid4, primary_key=True)
    name: str
    slug: str = Field(unique=True)
    disabled: bool = False
    data_region: str = "us"
    default_retention_days: int = 30
    rate_limit_per_second: float = 1000
    rate_burst: int = 2000
    created_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
    updated_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(foreign_key="tenant.id", index=True)
    label: str
    prefix: str
    secret_hash: str = Field(unique=True)
    roles: list[str] = Field(sa_column=Column(ARRAY(Text), nullable=False))
    expires_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    last_used_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    created_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))


class TenantOidc(SQLModel, table=True):
    """A tenant's identity provider: tokens from `issuer`, signed by a key in `jwks_url`, for
    `audience`; the values of claim `roles_claim` become callvault roles through `role_map`."""

    __tablename__ = "tenant_oidc"

    tenant_id: UUID = Field(foreign_key="tenant.id", primary_key=True)
    issuer: str = Field(unique=True)
    jwks_url: str
    audience: str
    roles_claim: str
    role_map: dict[str, str] = Field(sa_column=Column(JSONB, nullable=False))
    # The console's secret at the token endpoint, for a provider that wants a confidential client;
    # encrypted under the tenant's field key (`oidc.client_secret`).
    client_secret_encrypted: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    updated_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))


class WebhookEndpoint(SQLModel, table=True):
    __tablename__ = "webhook_endpoint"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(foreign_key="tenant.id", index=True)
    url: str
    event_types: list[str] = Field(sa_column=Column(ARRAY(Text), nullable=False))
    description: str = ""
    secret_encrypted: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    loopback: bool = False  # registered for a loopback address (development only)
    failing_since: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    disabled_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))
    created_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
    updated_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))


class WebhookDelivery(SQLModel, table=True):
    """One event owed to one endpoint: pending until a 2xx, failed when its retries ran out."""

    __tablename__ = "webhook_delivery"

    id: UUID = Field(default_factory=uuid4, primary_key=True)
    tenant_id: UUID = Field(foreign_key="tenant.id", index=True)
    endpoint_id: UUID = Field(foreign_key="webhook_endpoint.id", ondelete="CASCADE")
    event_id: UUID
    event_type: str
    subject: str | None = None
    payload: dict = Field(sa_column=Column(JSONB, nullable=False))
    status: str = "pending"
    attempts: int = 0
    attempt_log: list[dict] = Field(default_factory=list, sa_column=Column(JSONB, nullable=False))
    next_attempt_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
    created_at: datetime = Field(default_factory=_now, sa_column=Column(DateTime(timezone=True), nullable=False))
    delivered_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))

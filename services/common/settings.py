"""Settings shared by every service: where the infrastructure is and how to reach it.

Every field is a `CALLVAULT_*` environment variable; the settings table of docs/configuration.md is checked against
these classes by a test, so a field added here without documentation fails the build.
"""

from enum import StrEnum
from pathlib import Path
from typing import Literal
from urllib.parse import quote

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

SERVICES = ("gateway", "recording_consent", "transcripts")

# Database roles: the owner runs migrations and owns the tables; the services run as the app role,
# which owns nothing, so row-level security always applies to them.
OWNER_ROLE = "callvault_owner"
APP_ROLE = "callvault_app"


class MissingSetting(RuntimeError):
    """A setting without which a service cannot run safely, so it refuses to start."""


class Environment(StrEnum):
    development = "development"
    production = "production"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CALLVAULT_", extra="ignore")

    env: Environment = Field(Environment.production, description="`development` under `callvault up`")
    data_dir: Path = Field(Path(".callvault"), description="where `callvault up` keeps all its data")
    log_level: str = Field("INFO", description="structured log level (`DEBUG` adds a line per successful "
                           "request; failed ones are logged at `INFO`)")
    otel_exporter_endpoint: str | None = Field(
        None, description="OTLP/HTTP collector (`http://collector:4318`) to send traces to: a span per request, "
                          "one trace from the gateway through the services it calls (unset: no tracing)")

    # PostgreSQL: one server, a database per service, two roles.
    database_url: SecretStr | None = Field(
        None,
        description="external PostgreSQL server URL of a role that may create databases and roles "
        "(used by `callvault up`/`migrate`; unset: embedded)",
    )
    db_host: str | None = Field(
        None, description="PostgreSQL host the services connect to (unset: that of the database URL)"
    )
    db_port: int | None = Field(
        None, description="PostgreSQL port the services connect to (unset: that of the database URL)"
    )
    db_name_prefix: str = Field("callvault_", description="service databases are named prefix + service")
    db_owner_password: SecretStr | None = Field(
        None, description="password of the migration role `callvault_owner` (required)"
    )
    db_app_password: SecretStr | None = Field(
        None, description="password of the runtime role `callvault_app` (required)"
    )
    db_pool_size: int = Field(10, description="connections per database pool of a service process (recording consent "
                              "has two: the ORM's and its hot reads')")

    # S3-compatible object storage.
    s3_endpoint_url: str | None = Field(None, description="external S3 endpoint (unset: embedded SeaweedFS)")
    s3_region: str = Field("us-east-1", description="S3 region")
    s3_access_key_id: SecretStr | None = Field(None, description="S3 access key id (required)")
    s3_secret_access_key: SecretStr | None = Field(None, description="S3 secret key (required)")
    s3_bucket: str = Field("callvault", description="bucket for transcripts and exports")
    s3_regions: dict[str, dict[str, str]] = Field(
        {}, description="per tenant data region, the bucket its transcripts go to, as JSON: `{\"eu\": {\"bucket\": "
        "\"callvault-eu\", \"endpoint_url\": \"https://...\", \"region\": \"eu-central-1\"}}` (endpoint and "
        "region optional: the defaults above); a region not named uses `CALLVAULT_S3_BUCKET`")

    # NATS JetStream.
    nats_url: str | None = Field(None, description="external NATS URL (unset: embedded nats-server)")
    nats_stream: str = Field("CALLVAULT", description="JetStream stream that carries domain events")
    nats_stream_replicas: int = Field(1, description="stream replicas (3 on a production cluster)")
    event_retention_days: int = Field(
        7, ge=1, description="days JetStream keeps a domain event, and a service's database a published outbox "
        "row; consumers remember the ids of processed events twice as long (the evidence itself is in the "
        "ledger and the audit log)")

    # Ports of what `callvault up` starts.
    postgres_port: int = Field(55432, description="embedded PostgreSQL port")
    s3_port: int = Field(58333, description="embedded SeaweedFS S3 port")
    seaweedfs_internal_ports: str | None = Field(
        None,
        description="comma-separated master,volume,filer ports for SeaweedFS (unset: free ports)",
    )
    nats_port: int = Field(54222, description="embedded NATS port")
    gateway_port: int = Field(8000, description="gateway HTTP port")
    recording_consent_port: int = Field(8001, description="recording-consent service port")
    transcripts_port: int = Field(8002, description="transcripts service port")
    # /readyz and /metrics on a port of their own, which no ingress exposes (0: on the service's port).
    gateway_ops_port: int = Field(8090, ge=0, le=65535, description=(
        "gateway: /readyz and /metrics on this port, off the public one (0: on the gateway's port)"))
    recording_consent_ops_port: int = Field(0, ge=0, le=65535, description=(
        "recording-consent service: /readyz and /metrics on this port instead of its own (0: on its own)"))
    transcripts_ops_port: int = Field(0, ge=0, le=65535, description=(
        "transcripts service: /readyz and /metrics on this port instead of its own (0: on its own)"))
    bind_host: str = Field("127.0.0.1", description="address the services listen on")

    # How the gateway reaches the services (unset: 127.0.0.1 and the ports above).
    recording_consent_url: str | None = Field(None, description="recording-consent base URL")
    transcripts_url: str | None = Field(None, description="transcripts base URL")

    # Internal authentication: the gateway signs (Ed25519), services verify with the public key only,
    # so a compromised service cannot mint tokens for another.
    internal_signing_key: SecretStr | None = Field(
        None, description="gateway only: PEM Ed25519 private key for internal tokens"
    )
    internal_verify_key: str | None = Field(None, description="PEM Ed25519 public key for internal tokens")
    internal_token_ttl_seconds: int = Field(60, description="lifetime of an internal token, seconds")
    credential_rate_limits: dict[str, tuple[float, int]] = Field(
        {"agent": (20, 40), "telephony": (500, 1000)},
        description="gateway only: per credential, requests per second and burst by role, as JSON (a credential "
        "with several roles gets the most generous); other roles get `CALLVAULT_DEFAULT_CREDENTIAL_RATE_LIMIT`")
    default_credential_rate_limit: tuple[float, int] = Field(
        (200, 400), description="gateway only: requests per second and burst of a credential whose roles have no "
        "line in `CALLVAULT_CREDENTIAL_RATE_LIMITS`, as JSON")
    oidc_loopback: bool = Field(
        False, description="gateway only: a tenant's identity provider may be on the gateway's own loopback (its "
        "issuer, keys and token endpoint, plain http allowed there) in production too, for a provider run beside "
        "the gateway on one host: any tenant administrator could then aim the gateway at that host's loopback. "
        "Always allowed in development")
    jwks_refetch_seconds: float = Field(
        30, description="gateway only: a token naming a key its identity provider's JWKS did not have makes the "
        "gateway fetch the JWKS again, at most this often; a failed fetch is not tried again sooner either")
    max_request_body_bytes: int = Field(
        10 * 1024 * 1024, description="every service: a larger request body is refused with a 413 before it is read "
        "or authenticated (at once from its Content-Length; a chunked body as soon as it passes the limit)")
    max_request_bodies_in_flight_bytes: int = Field(
        256 * 1024 * 1024, ge=1, description="every service: the bytes of request bodies one process holds at "
        "once, every request together (what has arrived, not what was declared); a body that would pass it is a "
        "503 with Retry-After")
    decision_streams_per_credential: int = Field(
        20, ge=1, description="gateway only: live streams (`.../stream`) one credential may hold open on a gateway "
        "instance; past it a new one is a 429 with Retry-After")
    decision_streams_per_tenant: int = Field(
        1000, ge=1, description="gateway only: the same for all of a tenant's credentials together")
    stream_pool_size: int = Field(
        5000, ge=1, description="gateway only: connections to each service for live streams, a pool apart from "
        "the one every other proxied request uses")
    upstream_pool_wait_seconds: float = Field(
        5, gt=0, description="gateway only: how long a proxied request waits for a pooled connection to a service "
        "before it is a 503 with Retry-After")
    max_webhook_body_bytes: int = Field(
        64 * 1024, description="gateway only: the same for a provider's webhooks (`/v1/webhooks/...`), whose "
        "callbacks are a few KB")
    max_transcript_webhook_body_bytes: int = Field(
        4 * 1024 * 1024, description="gateway only: the same for Retell's and Vapi's webhooks, whose end-of-call "
        "ones carry the call's transcript (each word with its times, and the rest of the call)")
    webhook_rate_factor: float = Field(
        5, description="gateway only: inbound telephony webhooks get a rate budget of their own, this many times "
        "the tenant's")
    webhook_attempt_seconds: float = Field(
        15, gt=0, description="gateway only: the deadline of one outbound webhook attempt, from connecting to the "
        "end of the answer (of which at most 4 KB is read); a receiver that misses it is tried again later")
    webhook_retry_seconds: list[float] = Field(
        [5, 30, 120, 600, 1800, 3600, 7200, 14400, 28800, 43200],
        description="gateway only: waits between attempts of a webhook delivery, as JSON (each with 20% jitter); "
        "the delivery fails when they run out (the default spans about 27 hours)")
    webhook_retention_days: int = Field(
        7, ge=2, description="gateway only: days a telephony webhook is kept once applied or refused (the inbox row, "
        "an IVR step's answer) and an outbound delivery once delivered or failed, with its attempts; then pruned. "
        "Longer than every provider's retries (Twilio, Telnyx and Vonage retry within hours; Standard Webhooks "
        "senders within about a day): a later repeat is stored again and the consent service stores its events "
        "once")
    webhook_disable_after_seconds: float = Field(
        5 * 24 * 3600, description="gateway only: an endpoint whose deliveries fail this long is disabled")
    webhook_poll_seconds: float = Field(0.5, description="gateway only: how often due webhook deliveries are sent")
    public_base_url: str | None = Field(
        None, description="gateway only: the gateway's address as telephony providers reach it (the URLs they sign "
        "are built from it; unset: http://127.0.0.1 and the gateway port)")
    telephony_api_urls: dict[str, str] = Field(
        {"twilio": "https://api.twilio.com", "telnyx": "https://api.telnyx.com/v2", "vonage": "https://api.nexmo.com"},
        description="gateway only: base URLs of the providers' REST APIs, as JSON (used to stop recordings)")
    recording_stop_retry_seconds: list[float] = Field(
        [1, 2, 4, 8, 16], description="gateway only: waits between attempts to stop a recording at its provider, "
        "as JSON; the stop is reported failed when they run out")
    provider_recording_delete_retry_seconds: list[float] = Field(
        [30, 120, 600, 3600, 21600], min_length=1,
        description="gateway only: waits between attempts to delete a recording at its provider once the call's "
        "transcripts are deleted, as JSON; past the last, the recording is shown `failed` and tried again at the "
        "last interval")
    provider_recording_retention_check_seconds: float = Field(
        3600, gt=0, description="gateway only: how often the retention of a provider's recording of a call without "
        "transcripts is checked again while it is kept (at the latest; at once when it falls due): a policy change "
        "or a released legal hold reaches such recordings within this time")
    provider_recording_end_grace_seconds: float = Field(
        86400, ge=0, description="gateway only: a provider's recording of a call without transcripts is never due "
        "sooner than this after the call ended, whatever the retention: a transcript made from it may still be on "
        "its way (a call with no known end waits 30 days, or its retention when longer)")
    upstream_timeout_seconds: float = Field(
        10, description="gateway only: how long a service may take to answer before the caller gets a 504")
    api_key_cache_seconds: float = Field(
        5, description="how long a gateway keeps an API key as it read it: a revoked key, or a disabled "
        "tenant's, stops working within this time on every gateway instance")

    event_key: SecretStr | None = Field(
        None, description="key (32 characters or more) the events on the bus are signed with (HMAC-SHA256) and "
        "checked against: an event without its signature is counted and dropped (required)")

    # Personal data: field encryption and blind indexes until the KMS arrives.
    master_key: SecretStr | None = Field(
        None,
        description="base64 32-byte master key for per-tenant field keys: personal data, webhook secrets (required)",
    )

    # Key-encryption keys for transcripts' data keys.
    kms_provider: Literal["local", "vault", "aws-kms"] = Field(
        "local", description="where tenants' key-encryption keys live: `local` (a keyring file under the master key; "
        "one machine), `vault` (HashiCorp Vault Transit) or `aws-kms`")
    keyring_path: Path | None = Field(
        None, description="`local` KMS: the keyring file (unset: `keyring.bin` in the data directory); every "
        "transcripts process and the CLI must see the same file")
    vault_url: str | None = Field(None, description="`vault` KMS: the Vault server's base URL")
    vault_token: SecretStr | None = Field(None, description="`vault` KMS: a token allowed to use the Transit keys "
                                          "`callvault-<tenant id>`")
    vault_namespace: str | None = Field(None, description="`vault` KMS: the Vault Enterprise namespace, if any")
    vault_transit_mount: str = Field("transit", description="`vault` KMS: where the Transit engine is mounted")
    aws_kms_key_id: str | None = Field(None, description="`aws-kms` KMS: the key (id, ARN or alias) that wraps data "
                                       "keys; credentials come from the usual AWS chain")
    aws_kms_region: str = Field("us-east-1", description="`aws-kms` KMS: the key's region")
    aws_kms_endpoint_url: str | None = Field(None, description="`aws-kms` KMS: another endpoint (a VPC endpoint)")

    # Transcripts.
    max_transcript_segments: int = Field(10_000, description="transcripts only: most segments in one transcript "
                                         "(more: 422)")
    max_transcript_bytes: int = Field(5 * 1024 * 1024, description="transcripts only: largest transcript body, in "
                                      "bytes (larger: 413)")
    purge_interval_seconds: float = Field(
        30, description="purge worker: pause between passes over the due transcripts, seconds")
    worker_metrics_port: int | None = Field(
        None, description="purge worker: serve its Prometheus metrics (purged, failed) on this port (unset: none)")
    lifecycle_stats_seconds: float = Field(
        15, description="transcripts only: how often the lifecycle gauges (due, held, oldest overdue) are "
        "refreshed from the database, seconds")
    orphan_object_seconds: float = Field(
        600, description="transcripts only: an object written for a transcript whose row never followed (a crash "
        "between the two) is removed by the sweeper once it is this old")
    privacy_scan_seconds: float = Field(
        10, description="transcripts only: how often verified privacy requests with work left are looked for (after a "
        "restart, or a dependency's outage), seconds; a verification starts its request at once")
    privacy_export_days: int = Field(
        7, ge=1, le=90, description="transcripts only: days a privacy request's export stays downloadable before it is "
        "deleted (and the deletion certified)")
    privacy_export_downloads: int = Field(
        3, ge=1, le=100, description="transcripts only: downloads of a privacy request's export before it is deleted")
    privacy_export_page: int = Field(
        500, ge=1, le=10_000, description="transcripts only: the subject's transcripts read per query while an "
        "export is made (a page at a time, so memory stays flat however many transcripts the subject has)")
    redaction_cpu_seconds_per_mb: float = Field(
        10, gt=0, description="transcripts only: the CPU one redaction may spend, seconds per megabyte of its text "
        "(at least 0.25 s): past it the redaction stops and answers 422 `redaction-over-budget`; every recognizer "
        "is linear: ordinary call text costs about a second a megabyte, the worst runs measured about four")
    redaction_spacy_model: str = Field(
        "en_core_web_sm", description="transcripts only: the spaCy model (a package or a directory) that finds names "
        "and places for the redaction, when spaCy is installed (`pip install 'callvault[names]'`); without it they are "
        "reported as not checked")

    # The deployment's evidence key: signs consent receipts, logs' tree heads and deletion certificates
    # (Ed25519); the consent service publishes its public key (gateway: /.well-known/jwks.json).
    signing_key: SecretStr | None = Field(
        None, description="recording consent and transcripts: PEM Ed25519 private key for receipts, signed "
        "tree heads and deletion certificates"
    )
    jws_algorithm: Literal["Ed25519", "EdDSA"] = Field(
        "Ed25519", description="recording consent and transcripts: the `alg` of new receipts, tree heads and "
        "certificates: Ed25519 (RFC 9864), or the deprecated EdDSA for verifiers that know no other name; both "
        "verify"
    )
    signing_previous_public_keys: str | None = Field(
        None, description="PEM public keys of retired signing keys, still published so old receipts verify"
    )
    log_seal_seconds: float = Field(
        0.5, gt=0, description="recording consent and transcripts: how often the sealer takes the entries written "
        "since, extends each tenant's log and signs its tree head, seconds"
    )
    log_lease_seconds: float = Field(
        10, gt=0, description="how long a sealer's lease on a tenant's log lasts unrenewed: how soon another "
        "instance takes over from one that died, seconds"
    )
    decision_stream_keepalive_seconds: float = Field(
        15, description="interval of keep-alive comments on the decision stream, seconds"
    )

    run_outbox_relay: bool = Field(True, description="run the outbox relay inside each service process")
    run_inbox_drainer: bool = Field(
        True, description="gateway only: apply the telephony webhook inbox inside the gateway process (false when "
        "`callvault drain-inbox` runs it apart)")
    outbox_poll_seconds: float = Field(
        0.5, description="relay poll interval, seconds, when no NOTIFY arrives"
    )

    @field_validator("internal_signing_key", "internal_verify_key", "signing_key", "signing_previous_public_keys",
                     mode="before")
    @classmethod
    def _pem_newlines(cls, value: object) -> object:
        """PEM keys may arrive on one line with `\\n` escapes (env files hold one line per variable)."""
        if isinstance(value, str):
            return value.replace("\\n", "\n")
        if isinstance(value, SecretStr):
            return SecretStr(value.get_secret_value().replace("\\n", "\n"))
        return value

    # --- derived values -------------------------------------------------------------------------
    def secret(self, name: str) -> str:
        """A required secret's value; its absence names the variable to set."""
        value = getattr(self, name)
        if value is None:
            raise MissingSetting(f"set CALLVAULT_{name.upper()}")
        return value.get_secret_value() if isinstance(value, SecretStr) else value

    def database_name(self, service: str) -> str:
        return f"{self.db_name_prefix}{service}"

    def service_database_url(self, service: str, *, owner: bool = False) -> str:
        role, password = (
            (OWNER_ROLE, self.secret("db_owner_password")) if owner else (APP_ROLE, self.secret("db_app_password"))
        )
        return (
            f"postgresql+asyncpg://{role}:{quote(password, safe='')}"
            f"@{self.db_address}/{self.database_name(service)}"
        )

    @property
    def db_address(self) -> str:
        external = make_url(self.database_url.get_secret_value()) if self.database_url else None
        host = self.db_host or (external.host if external else "127.0.0.1")
        port = self.db_port or ((external.port or 5432) if external else self.postgres_port)
        return f"{host}:{port}"

    def admin_database_url(self) -> str:
        """The bootstrap URL, as asyncpg takes it (plain `postgresql://`)."""
        if self.database_url is None:
            return f"postgresql://postgres@{self.db_address}/postgres"
        url = make_url(self.database_url.get_secret_value()).set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    def public_url(self) -> str:
        return (self.public_base_url or f"http://127.0.0.1:{self.gateway_port}").rstrip("/")

    def service_url(self, service: str) -> str:
        explicit = {"recording_consent": self.recording_consent_url, "transcripts": self.transcripts_url}
        if explicit.get(service):
            return explicit[service].rstrip("/")
        return f"http://127.0.0.1:{self.port_of(service)}"

    def keyring_file(self) -> Path:
        return self.keyring_path or self.data_dir / "keyring.bin"

    def port_of(self, service: str) -> int:
        return getattr(self, f"{service}_port")

    def ops_port_of(self, service: str) -> int:
        """The port of the service's /readyz and /metrics: its ops port, else its own."""
        return getattr(self, f"{service}_ops_port") or self.port_of(service)

    def ops_url(self, service: str) -> str:
        return f"http://127.0.0.1:{self.ops_port_of(service)}"

    @property
    def nats_servers(self) -> str:
        return self.nats_url or f"nats://127.0.0.1:{self.nats_port}"

    @property
    def s3_endpoint(self) -> str:
        return self.s3_endpoint_url or f"http://127.0.0.1:{self.s3_port}"

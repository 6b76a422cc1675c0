"""The test session's infrastructure: PostgreSQL, SeaweedFS and NATS started once from the wheels on
free ports in a temporary directory (or the external ones named by CALLVAULT_DATABASE_URL,
CALLVAULT_S3_ENDPOINT_URL, CALLVAULT_NATS_URL), bootstrapped exactly as `callvault up` does."""

import asyncio
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from uuid import UUID, uuid4

import httpx
import nats
import pytest

from services.common.db import create_engine
from services.common.events.bus import ensure_stream
from services.common.settings import SERVICES, Environment, Settings
from services.stack.bootstrap import bootstrap, ensure_roles_and_databases, migrate
from services.stack.embedded import start_nats
from services.stack.processes import free_port
from services.stack.up import Stack, development_settings, start_infrastructure, start_services
from tests.helpers.provider_fake import ProviderFake
from tests.helpers.support import running


def session_settings(data_dir: Path, provider_urls: dict[str, str]) -> Settings:
    base = Settings(data_dir=data_dir)
    external_db = base.database_url is not None
    ports = {name: free_port() for name in ("postgres_port", "s3_port", "nats_port", "gateway_ops_port",
                                            *(f"{s}_port" for s in SERVICES))}
    # On a shared external server, a prefix of our own keeps parallel runs apart.
    prefix = f"cvt{secrets.token_hex(3)}_" if external_db else "callvault_"
    settings = development_settings(base.model_copy(update={**ports, "db_name_prefix": prefix}))
    # The tests run as production does: development mode must relax nothing they check.
    # A short key cache and JWKS refetch pause, so the tests that revoke a key or rotate a signing
    # key wait a second or two for it, not five or thirty.
    # The telephony providers' REST APIs are the session's fake; a stop is retried within a second.
    # Tenants in the `eu` data region keep their transcripts in a bucket of their own.
    # The purge worker `callvault up` starts makes one pass at its start and no other: the tests run
    # the passes they are about.
    # Privacy exports read the subject's transcripts two at a time, so that an export test crosses pages.
    # The OIDC tests' identity provider is a server of their own on loopback, which a production gateway
    # allows only where the deployment says so.
    return settings.model_copy(update={"env": Environment.production, "api_key_cache_seconds": 1.0,
                                       "oidc_loopback": True,
                                       "privacy_export_page": 2,
                                       "purge_interval_seconds": 3600.0,
                                       "jwks_refetch_seconds": 2.0, "telephony_api_urls": provider_urls,
                                       "recording_stop_retry_seconds": [0.2, 0.2, 0.2],
                                       "provider_recording_delete_retry_seconds": [0.2, 0.2, 0.2],
                                       "provider_recording_end_grace_seconds": 0,
                                       "s3_regions": {"eu": {"bucket": "callvault-eu"}}})


@pytest.fixture(scope="session")
def provider_api() -> Iterator[ProviderFake]:
    fake = ProviderFake()
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.hookimpl(trylast=True)  # after pytest's own reordering by fixture scope, which would undo it
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `last` after all the others (stable otherwise)."""
    items.sort(key=lambda item: item.get_closest_marker("last") is not None)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory, provider_api: ProviderFake) -> Iterator[Stack]:
    stack = Stack(session_settings(tmp_path_factory.mktemp("callvault"), provider_api.urls))
    try:
        start_infrastructure(stack)
        bootstrap(stack.settings)
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="session")
def settings(stack: Stack) -> Settings:
    return stack.settings


@pytest.fixture
def tenant_id() -> UUID:
    """Every test acts for a tenant of its own, so no test depends on another's rows."""
    return uuid4()


@pytest.fixture(scope="session")
async def app_engine(settings: Settings):
    """The recording-consent database as the services see it: the runtime role, under RLS."""
    engine = create_engine(settings.service_database_url("recording_consent"), pool_size=2)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
async def owner_engine(settings: Settings):
    engine = create_engine(settings.service_database_url("recording_consent", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="session")
async def consent_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The recording-consent service in-process (ASGI), its lifespan (relay included) running."""
    from services.recording_consent.app import create_app

    async for client in running(create_app(settings)):
        yield client


@pytest.fixture(scope="session")
def service_processes(stack: Stack) -> Iterator[Stack]:
    """All three services and the purge worker as real processes (uvicorn), started as `callvault up`
    starts them; a test that stops one starts it again."""
    services = Stack(stack.settings)
    try:
        start_services(services)
        yield services
    finally:
        services.stop()


@pytest.fixture(scope="session")
def services(service_processes: Stack) -> Settings:
    return service_processes.settings




class PrivateNats:
    """A NATS server of the test's own, to stop and restart without disturbing the session's."""

    def __init__(self, directory: Path, settings: Settings) -> None:
        self.directory = directory
        self.port = free_port()
        self.process = None
        self.settings = settings.model_copy(update={"nats_url": self.url})

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = start_nats(self.directory, self.port)

    def stop(self) -> None:
        self.process.stop()


@pytest.fixture(scope="session")
def isolated_settings(settings: Settings) -> Settings:
    """A second installation on the same PostgreSQL (databases of its own), for tests that take
    NATS away: no other service's outbox relay can reach its rows."""
    isolated = settings.model_copy(update={"db_name_prefix": settings.db_name_prefix + "iso_"})
    asyncio.run(ensure_roles_and_databases(isolated))
    migrate(isolated)
    return isolated


@pytest.fixture
async def private_nats(tmp_path: Path, isolated_settings: Settings) -> AsyncIterator[PrivateNats]:
    """A NATS of the test's own (stopped and restarted at will), with the isolated databases:
    `private_nats.settings` points a service at both."""
    server = PrivateNats(tmp_path, isolated_settings)
    server.start()
    nc = await nats.connect(server.url)
    await ensure_stream(nc.jetstream(), isolated_settings.nats_stream)
    await nc.close()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
async def js(settings: Settings):
    nc = await nats.connect(settings.nats_servers)
    yield nc.jetstream()
    await nc.close()


@pytest.fixture(scope="session")
async def gateway_engine(settings: Settings):
    engine = create_engine(settings.service_database_url("gateway", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


@pytest.fixture
async def tenant_key(gateway_engine) -> tuple[UUID, str]:
    """A tenant of the test's own with a tenant_admin API key: (tenant id, secret)."""
    from services.gateway.service import ensure_tenant_with_key

    return await ensure_tenant_with_key(gateway_engine, "Test tenant", f"t-{uuid4().hex[:12]}",
                                        ["tenant_admin"], "test")


@pytest.fixture
async def gateway(services: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """The gateway over real HTTP, with the other services running behind it."""
    # Idle connections are dropped well before uvicorn's 5 s keep-alive ends: at the same 5 s, a request
    # sent on a connection the server was closing failed with a ReadError (seen on a loaded machine).
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{services.gateway_port}", timeout=10,
                                 limits=httpx.Limits(keepalive_expiry=1.0)) as client:
        yield client

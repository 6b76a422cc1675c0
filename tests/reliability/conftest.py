"""The reliability suite's own installation: PostgreSQL, SeaweedFS, NATS, the three services and the
purge worker, each a process started as `callvault up` starts it, in a directory and on ports of its
own. The faults its tests inject (a SIGKILL, a stopped database) reach no other test, and after each
test whatever is down is started again."""

import contextlib
import os
import signal
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from uuid import UUID, uuid4

import httpx
import pytest

from services.common.db import create_engine
from services.common.settings import SERVICES, Environment, Settings
from services.stack.bootstrap import bootstrap
from services.stack.processes import ManagedProcess, free_port
from services.stack.up import (
    Stack,
    start_embedded,
    start_infrastructure,
    start_service,
    start_services,
    start_worker,
    wait_ready,
)
from tests.conftest import session_settings
from tests.helpers.provider_fake import ProviderFake
from tests.helpers.support import eventually

INFRASTRUCTURE = ("nats", "postgres", "seaweedfs")


class Installation:
    """A whole callvault, part by part: `kill` (SIGKILL, nothing flushed), `stop` (the part's own
    shutdown), `start` again on the same data and ports."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.stack = Stack(settings)

    def start_all(self) -> None:
        start_infrastructure(self.stack)
        bootstrap(self.settings)
        start_services(self.stack)

    def process(self, name: str) -> ManagedProcess:
        return next(p for p in self.stack.processes if p.name == name)

    def kill(self, name: str) -> None:
        process = self.process(name)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.popen.wait(10)

    def stop(self, name: str) -> None:
        self.process(name).stop()

    def start(self, name: str, settings: Settings | None = None) -> ManagedProcess:
        """The part started again (with other settings, for a worker of a test's own), replacing the one
        that stopped; a service is waited for until it is ready."""
        s = settings or self.settings
        if name in INFRASTRUCTURE:
            process = start_embedded(s, name)
        elif name == "purge-worker":
            process = start_worker(s)
        else:
            process = start_service(s, name)
            wait_ready(s, name, process)
        self.stack.processes = [process if p.name == name else p for p in self.stack.processes]
        return process

    def heal(self) -> None:
        """Every part that is down started again, the infrastructure first."""
        for name in [*INFRASTRUCTURE, *SERVICES, "purge-worker"]:
            if not self.process(name).running():
                self.start(name)

    def url(self, service: str = "gateway") -> str:
        return f"http://127.0.0.1:{self.settings.port_of(service)}"

    def ops_url(self, service: str = "gateway") -> str:
        return self.settings.ops_url(service)


@pytest.fixture(scope="package")
def installation(tmp_path_factory: pytest.TempPathFactory, provider_api: ProviderFake) -> Iterator[Installation]:
    settings = session_settings(tmp_path_factory.mktemp("reliability"), provider_api.urls)
    # As `callvault up` runs (development: a loopback webhook receiver is allowed), with the embedded
    # infrastructure even when the session uses external servers: the faults need processes to kill.
    # SeaweedFS on fixed internal ports, so that a restart finds its volumes where it left them.
    settings = settings.model_copy(update={
        "env": Environment.development, "database_url": None, "s3_endpoint_url": None, "nats_url": None,
        "db_name_prefix": "callvault_", "seaweedfs_internal_ports": f"{free_port()},{free_port()},{free_port()}",
        "webhook_retry_seconds": [0.2] * 8, "webhook_poll_seconds": 0.05})
    installed = Installation(settings)
    try:
        installed.start_all()
        yield installed
    finally:
        installed.stack.stop()


@pytest.fixture(autouse=True)
def healed(installation: Installation) -> Iterator[None]:
    """One test's fault never reaches the next."""
    yield
    installation.heal()


@pytest.fixture(scope="package")
async def gateway_owner(installation: Installation):
    engine = create_engine(installation.settings.service_database_url("gateway", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


@dataclass
class Tenant:
    id: UUID
    slug: str
    admin: httpx.AsyncClient  # the gateway, as the tenant's administrator


@pytest.fixture
async def tenant(installation: Installation, gateway_owner) -> AsyncIterator[Tenant]:
    """A tenant of the test's own."""
    from services.gateway.service import ensure_tenant_with_key

    slug = f"r-{uuid4().hex[:12]}"
    tenant_id, key = await ensure_tenant_with_key(gateway_owner, "Reliability", slug, ["tenant_admin"], "test")
    async with httpx.AsyncClient(base_url=installation.url(), headers={"Authorization": f"Bearer {key}"},
                                 timeout=10) as client:
        yield Tenant(tenant_id, slug, client)


async def all_ready(installation: Installation) -> bool:
    async with httpx.AsyncClient(timeout=2) as client:
        for service in SERVICES:
            try:
                if (await client.get(installation.ops_url(service) + "/readyz")).status_code != 200:
                    return False
            except httpx.HTTPError:
                return False
    return True


async def recovered(installation: Installation, timeout: float = 60) -> None:
    await eventually(lambda: all_ready(installation), timeout, 0.2, "every service ready again")

"""`callvault up`: the embedded infrastructure, the bootstrap, the services, until Ctrl-C.

The tests start the stack through the same functions, on free ports in a temporary directory.
"""

import asyncio
import json
import os
import signal
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from secrets import token_urlsafe

from pydantic import SecretStr

from services.common.auth import generate_keypair
from services.common.crypto.fields import generate_master_key
from services.common.db import create_engine
from services.common.settings import SERVICES, Environment, Settings
from services.stack import embedded
from services.stack.bootstrap import bootstrap
from services.stack.processes import ManagedProcess, require_free, wait_until

DEMO_TENANT_SLUG = "demo"
DEMO_KEY_FILE = "demo-api-key"
STACK_FILE = "stack.json"
SECRETS_FILE = "dev-secrets.json"
SERVICE_READY_TIMEOUT = 60.0


@dataclass
class Stack:
    settings: Settings
    processes: list[ManagedProcess] = field(default_factory=list)

    def stop(self) -> None:
        """Services first (they hold connections), then the infrastructure, each with a bound."""
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()

    def dead(self) -> ManagedProcess | None:
        return next((p for p in self.processes if not p.running()), None)


def _write_private(path: Path, content: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(content)
    path.chmod(0o600)


def development_settings(base: Settings) -> Settings:
    """The settings `callvault up` runs with: development mode, absolute data directory, and the
    secrets a development stack needs, generated once into the data directory (mode 0600) unless
    the environment sets them."""
    data_dir = base.data_dir.resolve()
    secrets_path = data_dir / SECRETS_FILE
    secrets = json.loads(secrets_path.read_text()) if secrets_path.exists() else {}
    generated = {**_new_development_secrets(), **secrets}
    if generated != secrets:
        _write_private(secrets_path, json.dumps(generated, indent=2))
    secrets = generated
    updates: dict = {"env": Environment.development, "data_dir": data_dir}
    for name, value in secrets.items():
        if getattr(base, name) is None:
            updates[name] = SecretStr(value)
    return base.model_copy(update=updates)


def _new_development_secrets() -> dict[str, str]:
    private, _public = generate_keypair()
    evidence_key, _public = generate_keypair()
    return {
        "internal_signing_key": private, "signing_key": evidence_key, "master_key": generate_master_key(),
        "event_key": token_urlsafe(32),
        "db_owner_password": token_urlsafe(24), "db_app_password": token_urlsafe(24),
        "s3_access_key_id": "callvault-" + token_urlsafe(6), "s3_secret_access_key": token_urlsafe(24),
    }


def settings_env(settings: Settings) -> dict[str, str]:
    """The settings as the `CALLVAULT_*` environment a child process reads them back from."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLVAULT_")}
    for name in Settings.model_fields:
        value = getattr(settings, name)
        if value is None:
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        # Structured settings travel as JSON, which is how pydantic-settings reads them back.
        env[f"CALLVAULT_{name.upper()}"] = json.dumps(value) if isinstance(value, dict | list | tuple) else str(value)
    return env


def check_ports(settings: Settings, *, infrastructure: bool = True, services: bool = True) -> None:
    """Before anything starts: every port we are about to listen on is free, or we say which
    setting moves it."""
    wanted = []
    if infrastructure:
        wanted += [("postgres", settings.database_url), ("s3", settings.s3_endpoint_url), ("nats", settings.nats_url)]
    for name, external in wanted:
        if external is None:
            require_free(getattr(settings, f"{name}_port"), f"CALLVAULT_{name.upper()}_PORT")
    for service in SERVICES if services else ():
        require_free(settings.port_of(service), f"CALLVAULT_{service.upper()}_PORT")
        if ops_port := getattr(settings, f"{service}_ops_port"):
            require_free(ops_port, f"CALLVAULT_{service.upper()}_OPS_PORT")


def start_infrastructure(stack: Stack) -> None:
    """Start what the settings do not point elsewhere, then wait for each."""
    s = stack.settings
    check_ports(s, services=False)
    for name, external in (("nats", s.nats_url), ("postgres", s.database_url), ("seaweedfs", s.s3_endpoint_url)):
        if external is None:
            stack.processes.append(start_embedded(s, name))


def start_embedded(settings: Settings, name: str) -> ManagedProcess:
    """One part of the embedded infrastructure (`nats`, `postgres` or `seaweedfs`), on the data of its
    previous start if there was one."""
    s = settings
    if name == "nats":
        return embedded.start_nats(s.data_dir, s.nats_port)
    if name == "postgres":
        return embedded.start_postgres(s.data_dir, s.postgres_port)
    ports = embedded.SeaweedPorts.parse(s.seaweedfs_internal_ports)
    return embedded.start_seaweedfs(s.data_dir, s.s3_port, ports, s.secret("s3_access_key_id"),
                                    s.secret("s3_secret_access_key"))


def start_services(stack: Stack) -> None:
    s = stack.settings
    check_ports(s, infrastructure=False)
    started = [(service, start_service(s, service)) for service in SERVICES]
    stack.processes.extend(process for _, process in started)
    for service, process in started:
        wait_ready(s, service, process)
    # The purge worker listens on no port: `Stack.dead()` tells when it stops.
    stack.processes.append(start_worker(s))


def start_service(settings: Settings, service: str) -> ManagedProcess:
    """One service as its own process (uvicorn through `callvault serve`); `wait_ready` waits for it."""
    args = [sys.executable, "-m", "services.cli", "serve", service]
    log = settings.data_dir / "logs" / f"{service}.log"
    return ManagedProcess(service, args, log, env=settings_env(settings)).start()


def wait_ready(settings: Settings, service: str, process: ManagedProcess) -> None:
    url = f"{settings.ops_url(service)}/readyz"
    wait_until(lambda: _answers_200(url), SERVICE_READY_TIMEOUT, f"{service} readiness", process, 0.2)


def start_worker(settings: Settings) -> ManagedProcess:
    return ManagedProcess("purge-worker", [sys.executable, "-m", "services.cli", "worker"],
                          settings.data_dir / "logs" / "purge-worker.log", env=settings_env(settings)).start()


def _answers_200(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def ensure_demo_tenant(settings: Settings) -> str:
    """The demo tenant and its key (platform_admin + tenant_admin), kept in the data directory so a
    later `callvault up` prints the same key."""
    from services.gateway.service import ensure_tenant_with_key

    key_path = settings.data_dir / DEMO_KEY_FILE
    existing = key_path.read_text().strip() if key_path.exists() else None

    async def run() -> str:
        engine = create_engine(settings.service_database_url("gateway"), pool_size=1)
        try:
            _tenant, secret = await ensure_tenant_with_key(
                engine, "Demo tenant", DEMO_TENANT_SLUG, ["platform_admin", "tenant_admin"], "demo", existing)
        finally:
            await engine.dispose()
        return secret

    secret = asyncio.run(run())
    _write_private(key_path, secret + "\n")
    return secret


def write_stack_file(settings: Settings) -> dict:
    info = {
        "database": {
            "admin_url": settings.admin_database_url(),
            **{f"{svc}_url": settings.service_database_url(svc).replace("+asyncpg", "") for svc in SERVICES},
        },
        "s3": {"endpoint_url": settings.s3_endpoint, "region": settings.s3_region,
               "bucket": settings.s3_bucket,
               "access_key_id": settings.secret("s3_access_key_id"),
               "secret_access_key": settings.secret("s3_secret_access_key")},
        "nats": {"url": settings.nats_servers, "stream": settings.nats_stream},
        "services": {svc: f"http://127.0.0.1:{settings.port_of(svc)}" for svc in SERVICES},
        "docs": f"http://127.0.0.1:{settings.gateway_port}/docs",
    }
    _write_private(settings.data_dir / STACK_FILE, json.dumps(info, indent=2))
    return info


def start_stack(settings: Settings) -> tuple[Stack, str]:
    """Everything, in order; on any failure, stops what it started and re-raises."""
    stack = Stack(settings)
    check_ports(settings)
    try:
        start_infrastructure(stack)
        bootstrap(settings)
        demo_key = ensure_demo_tenant(settings)
        start_services(stack)
    except BaseException:
        stack.stop()
        raise
    return stack, demo_key


def run_until_stopped(stack: Stack) -> int:
    """Block until Ctrl-C / SIGTERM (exit 0) or until a child dies on its own (exit 1)."""
    stopping = []

    def on_signal(signum: int, _frame: object) -> None:
        stopping.append(signum)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while not stopping:
            if (dead := stack.dead()) is not None:
                print(f"{dead.name} exited unexpectedly:\n{dead.log_tail()}", file=sys.stderr)
                return 1
            time.sleep(0.5)
        return 0
    finally:
        stack.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

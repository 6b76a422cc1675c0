"""Child processes that `callvault up` and the tests start, and stop again with nothing left behind."""

import contextlib
import ctypes
import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PR_SET_PDEATHSIG = 1


class PortInUse(RuntimeError):
    def __init__(self, port: int, setting: str) -> None:
        super().__init__(f"port {port} is already in use; free it or set {setting} to another port")
        self.port = port
        self.setting = setting


class StartupFailed(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def require_free(port: int, setting: str) -> None:
    if not port_is_free(port):
        raise PortInUse(port, setting)


def _die_with_parent() -> None:
    # If `callvault up` itself is killed (even with SIGKILL), the kernel stops its children too.
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def as_user(user: str | None) -> dict:
    """Popen arguments that run a child as `user` with that user's own group and no others (a root
    group left in place would apply the group bits of root-owned directories)."""
    return {} if user is None else {"user": user, "group": user, "extra_groups": []}


@dataclass
class ManagedProcess:
    name: str
    args: list[str]
    log_path: Path
    env: dict[str, str] | None = None
    user: str | None = None
    stop_signal: int = signal.SIGTERM
    stop_timeout: float = 10.0  # how long `stop` waits for the process to exit before it kills it
    popen: subprocess.Popen | None = field(default=None, repr=False)

    def start(self) -> "ManagedProcess":
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            # Own session: a terminal's Ctrl-C reaches only `callvault up`, which stops the
            # children in order (services before the infrastructure they use).
            self.popen = subprocess.Popen(
                self.args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                env=self.env, start_new_session=True, preexec_fn=_die_with_parent, **as_user(self.user),
            )
        return self

    @property
    def pid(self) -> int:
        assert self.popen is not None
        return self.popen.pid

    def running(self) -> bool:
        return self.popen is not None and self.popen.poll() is None

    def stop(self, timeout: float | None = None) -> None:
        """Signal the whole process group, wait with a bound, then kill what is left."""
        timeout = self.stop_timeout if timeout is None else timeout
        if self.popen is None:
            return
        if self.popen.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.popen.pid, self.stop_signal)
            try:
                self.popen.wait(timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self.popen.pid, signal.SIGKILL)
                self.popen.wait(5)
        # Anything the leader left behind in its group goes too.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.popen.pid, signal.SIGKILL)

    def log_tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def wait_until(check: Callable[[], bool], timeout: float, what: str,
               process: ManagedProcess | None = None, interval: float = 0.1) -> None:
    """Poll `check` until it holds; fail with the process's log if it died or time ran out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        if process is not None and not process.running():
            raise StartupFailed(f"{what}: process exited\n{process.log_tail()}")
        time.sleep(interval)
    tail = f"\n{process.log_tail()}" if process else ""
    raise StartupFailed(f"{what}: not ready after {timeout:.0f}s{tail}")


def tcp_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0

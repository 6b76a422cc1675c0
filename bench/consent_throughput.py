"""Decision reads and event ingest of the recording-consent service, beside a bare FastAPI ceiling.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports), plus a bare FastAPI endpoint that returns a constant JSON (the ceiling), all served by
uvicorn with one worker. `wrk` (Debian package `wrk`) drives the load, at 32 connections:
- GET /.../constant on the bare app (the ceiling);
- GET /v1/calls/{id}/decision straight to the service (with an internal token) and through the
  gateway (with an API key), with the gateway process's CPU time per request; and both again over
  one connection, where the p50 difference is what the gateway's hop adds unloaded;
- POST /v1/calls/{id}/events straight to the service, one event per request and batches of 10,
  spread over 200 calls of one tenant; each event is committed with its ledger entry and outbox row.
Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/consent_throughput.py [--seconds 10] [--connections 32]
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.decision_latency import machine, record
from services.common.auth import Principal, Role, sign_internal_token
from services.common.settings import SERVICES, Settings
from services.stack.processes import ManagedProcess, free_port, wait_until
from services.stack.up import Stack, development_settings, start_stack

CEILING_APP = """
from fastapi import FastAPI
app = FastAPI()
@app.get("/constant")
async def constant():
    return {"may_record": True, "may_transcribe": True, "reasons": []}
"""
EVENTS_LUA = """
local paths, bodies = {}, {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do
    local path, body = line:match("^(%S+) (.*)$")
    table.insert(paths, path); table.insert(bodies, body)
  end
end
request = function()
  i = i % #paths + 1
  return wrk.format("POST", paths[i], {["Content-Type"] = "application/json",
                    ["Authorization"] = wrk.headers["Authorization"]}, bodies[i])
end
"""


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str], script: Path | None = None,
        script_args: list[str] | None = None) -> dict[str, float]:
    command = ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    out = subprocess.run(command, capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    percentile = {p: _ms(m) for p, m in re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, flags=re.MULTILINE)}
    if set(percentile) != {"50", "99"}:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "p50": percentile["50"],
            "p99": percentile["99"], "errors": int(errors.group(1)) if errors else 0,
            "requests": int(re.search(r"(\d+) requests in", out).group(1))}


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def setup_calls(gateway: str, key: str, count: int) -> list[tuple[str, str]]:
    """(call id, customer participant id) for `count` calls, created through the gateway."""
    calls = []
    with httpx.Client(base_url=gateway, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        for n in range(count):
            body = {"external_id": f"bench-{n}-{time.monotonic_ns()}", "provider": "twilio", "direction": "inbound",
                    "participants": [{"external_id": "agent", "role": "agent", "jurisdiction": "US-NY"},
                                     {"external_id": "cust", "role": "customer", "phone_number": "+14155550100"}]}
            call = client.post("/v1/calls", json=body).raise_for_status().json()
            calls.append((call["id"], next(p["id"] for p in call["participants"] if p["external_id"] == "cust")))
    return calls


def settle(settings: Settings) -> None:
    """VACUUM ANALYZE every service database once the set-up rows are in (as pgbench does before its
    runs), so PostgreSQL's autovacuum does not pick this minute to visit them mid-measurement."""
    import asyncio

    import asyncpg

    async def vacuum() -> None:
        for service in SERVICES:
            url = settings.service_database_url(service, owner=True).replace("+asyncpg", "")
            connection = await asyncpg.connect(url)
            try:
                await connection.execute("VACUUM ANALYZE")
            finally:
                await connection.close()

    asyncio.run(vacuum())


def event_lines(calls: list[tuple[str, str]], batch: int) -> str:
    occurred = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    event = {"type": "consent_granted", "purposes": ["recording"], "method": "dtmf", "occurred_at": occurred}
    lines = []
    for call_id, participant_id in calls:
        one = {**event, "participant_id": participant_id}
        body = one if batch == 1 else {"events": [one] * batch}
        lines.append(f"/v1/calls/{call_id}/events {json.dumps(body)}")
    return "\n".join(lines) + "\n"


@dataclass
class BenchStack:
    settings: Settings
    stack: Stack
    key: str
    gateway: str
    service: str
    tenant_id: UUID

    def pid(self, name: str) -> int:
        return next(p for p in self.stack.processes if p.name == name).pid


@contextmanager
def bench_stack(tmp: str, overrides: dict | None = None) -> Iterator[BenchStack]:
    """The whole stack as `callvault up` starts it, in `tmp`, on free ports, stopped afterwards
    (`overrides`: settings to change)."""
    ports = {name: free_port() for name in ("postgres_port", "s3_port", "nats_port",
                                            *(f"{s}_port" for s in SERVICES))}
    # The gateway's rate limits would turn most of a saturating load into 429s: lifted here, for the
    # credential (a setting) and for the demo tenant (below), so what is measured is the work.
    settings = development_settings(Settings(data_dir=Path(tmp)).model_copy(
        update={**ports, "default_credential_rate_limit": (1_000_000, 1_000_000), **(overrides or {})}))
    stack, key = start_stack(settings)
    try:
        gateway = f"http://127.0.0.1:{settings.gateway_port}"
        tenant_id = _tenant(settings, key)
        httpx.patch(f"{gateway}/v1/tenants/{tenant_id}", headers={"Authorization": f"Bearer {key}"}, timeout=10,
                    json={"rate_limit_per_second": 100_000, "rate_burst": 1_000_000}).raise_for_status()
        yield BenchStack(settings, stack, key, gateway, f"http://127.0.0.1:{settings.recording_consent_port}",
                         tenant_id)
    finally:
        stack.stop()


def run(args: argparse.Namespace) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp) as bench:
        settings, key, gateway, service = bench.settings, bench.key, bench.gateway, bench.service
        ceiling_port = free_port()
        (Path(tmp) / "ceiling.py").write_text(CEILING_APP)
        ceiling = ManagedProcess("ceiling", [sys.executable, "-m", "uvicorn", "ceiling:app", "--app-dir", tmp,
                                             "--port", str(ceiling_port), "--log-level", "warning",
                                             "--no-access-log"], log_path=Path(tmp) / "ceiling.log")
        ceiling.start()
        try:
            wait_until(lambda: _up(f"http://127.0.0.1:{ceiling_port}/constant"), 30, "the ceiling app")
            calls = setup_calls(gateway, key, 200)
            settle(settings)
            token = sign_internal_token(settings.secret("internal_signing_key"),
                                        Principal(bench.tenant_id, "bench", frozenset({Role.tenant_admin})),
                                        "recording_consent", 3600)
            internal = {"Authorization": f"Bearer {token}"}
            api_key = {"Authorization": f"Bearer {key}"}
            decision = f"/v1/calls/{calls[0][0]}/decision"
            s, c = args.seconds, args.connections
            results = {
                "ceiling: bare FastAPI, constant JSON": wrk(f"http://127.0.0.1:{ceiling_port}/constant", s, c, {}),
                "GET decision, straight to the service": wrk(service + decision, s, c, internal),
            }
            gateway_pid = bench.pid("gateway")
            before = cpu_seconds(gateway_pid)
            results["GET decision, through the gateway"] = through = wrk(gateway + decision, s, c, api_key)
            through["gateway_cpu_ms"] = 1000 * (cpu_seconds(gateway_pid) - before) / through["requests"]
            # Unloaded: one connection, so the p50 difference is what the gateway's hop adds.
            results["GET decision, straight, 1 connection"] = wrk(service + decision, s, 1, internal)
            results["GET decision, through the gateway, 1 connection"] = wrk(gateway + decision, s, 1, api_key)
            script = Path(tmp) / "events.lua"
            script.write_text(EVENTS_LUA)
            for batch in (1, 10):
                lines = Path(tmp) / f"events-{batch}.txt"
                lines.write_text(event_lines(calls, batch))
                spy = _profiler(args.profile, bench.pid("recording_consent"), s) if batch == 1 else None
                row = wrk(service, s, c, internal, script, [str(lines)])
                if spy is not None:
                    spy.wait(timeout=s + 30)
                row["events"] = row["rps"] * batch
                results[f"POST events, {batch} per request, straight to the service"] = row
        finally:
            ceiling.stop()
    ceiling_rps = results["ceiling: bare FastAPI, constant JSON"]["rps"]
    rows = []
    for name, r in results.items():
        share = f"{100 * r['rps'] / ceiling_rps:.0f}%"
        events = f"{r['events']:.0f}" if "events" in r else ""
        gateway_cpu = f"{r['gateway_cpu_ms']:.2f}" if "gateway_cpu_ms" in r else ""
        rows.append(f"| {name} | {r['rps']:.0f} | {share} | {r['p50']:.2f} | {r['p99']:.2f} | {events} | "
                    f"{gateway_cpu} | {r['errors']} |")
    return rows


def _profiler(output: str | None, pid: int, seconds: int) -> subprocess.Popen | None:
    """py-spy sampling the consent service while the single-event load runs (collapsed stacks in `output`)."""
    if output is None:
        return None
    spy = Path(sys.executable).parent / "py-spy"
    return subprocess.Popen([str(spy), "record", "--pid", str(pid), "--duration", str(seconds), "--rate", "250",
                             "--nonblocking", "--format", "raw", "--output", output],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _tenant(settings: Settings, key: str) -> UUID:
    """The demo tenant's id, from the gateway's database (the API key's row)."""
    import asyncio

    from services.common.db import create_engine
    from services.gateway.key_cache import KeyCache

    async def find() -> UUID:
        engine = create_engine(settings.service_database_url("gateway"), 1)
        try:
            return (await KeyCache(0).lookup(engine, key)).tenant_id
        finally:
            await engine.dispose()

    return asyncio.run(find())


def _up(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--profile", help="py-spy's collapsed stacks of the consent service under single events "
                                          "(`pip install py-spy`), written to this file")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk): a Python load generator would share the 2 cores it measures")
    rows = run(args)
    section = "\n".join([
        f"\n## consent_throughput.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. wrk -t2 -c{args.connections} -d{args.seconds}s on the same machine as "
        "PostgreSQL, SeaweedFS, NATS and the three services (one uvicorn worker each), over loopback.\n",
        "| what | req/s | of ceiling | p50 ms | p99 ms | events/s | gateway CPU ms/request | non-2xx |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    record(section)


if __name__ == "__main__":
    main()

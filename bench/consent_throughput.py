"""Decision reads and event ingest of the recording-consent service, beside a bare FastAPI ceiling.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports), plus a bare FastAPI endpoint that returns a constant JSON (the ceiling), all served by
uvicorn with one worker. `wrk` (Debian package `wrk`) drives the load, at 32 connections:
- GET /.../constant on the bare app (the ceiling);
- GET /v1/calls/{id}/decision straight to the service (with an internal token) and through the
  gateway (with an API key), with the gateway process's CPU time per request; and both again over
  one connection, where the p50 difference is what the gateway's hop adds unloaded;
- POST /v1/calls/{id}/events straight to the service, one event per request and batches of 10,
  spread over 200 calls of one tenant, with the consent service's CPU time per request (as for the
  straight decision reads); each event is committed with its ledger entry and outbox row;
- the same single events spread over 200 calls of each of 8 tenants;
- the same single events of one tenant to one instance and then to two instances of the service
  against the same PostgreSQL (two wrk of half the connections each, at once: to the same instance,
  then one to each), to show whether one tenant's rate grows with instances.
Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/consent_throughput.py [--seconds 10] [--connections 32] [--events-only]
        [--only TEXT ...] [--profile FILE]

`--only` runs the ceiling (at the start and the end) and the rows whose name contains one of the
texts (e.g. `--only "1 per request, straight"`); like `--events-only`, it prints and records nothing.
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
from collections.abc import Callable, Iterator
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
from services.stack.up import Stack, development_settings, settings_env, start_stack, wait_ready

CEILING_APP = """
from fastapi import FastAPI
app = FastAPI()
@app.get("/constant")
async def constant():
    return {"may_record": True, "may_transcribe": True, "reasons": []}
"""
# Each thread walks the calls from its own starting point (args: the lines' file, this wrk's first
# stream, the streams in all): walking them in step, two threads would post on the same call at once
# all along, and the loser of each such race reads the call again under its lock.
EVENTS_LUA = """
local paths, tokens, bodies = {}, {}, {}
local i = 0
local threads = 0
setup = function(thread)
  thread:set("stream", threads)
  threads = threads + 1
end
init = function(args)
  for line in io.lines(args[1]) do
    local path, token, body = line:match("^(%S+) (%S+) (.*)$")
    table.insert(paths, path); table.insert(tokens, token); table.insert(bodies, body)
  end
  i = (tonumber(args[2]) + stream) * math.floor(#paths / tonumber(args[3]))
end
request = function()
  i = i % #paths + 1
  return wrk.format("POST", paths[i], {["Content-Type"] = "application/json",
                    ["Authorization"] = "Bearer " .. tokens[i]}, bodies[i])
end
"""
TENANTS = 8


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str], script: Path | None = None,
        script_args: list[str] | None = None, threads: int = 2) -> dict[str, float]:
    out = subprocess.run(wrk_command(url, seconds, connections, headers, script, script_args, threads),
                         capture_output=True, text=True, check=True, timeout=seconds + 60).stdout
    return wrk_result(out)


def wrk_command(url: str, seconds: int, connections: int, headers: dict[str, str], script: Path | None = None,
                script_args: list[str] | None = None, threads: int = 2) -> list[str]:
    command = ["wrk", f"-t{min(threads, connections)}", f"-c{connections}", f"-d{seconds}s", "--latency",
               "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    command.append(url)
    if script_args:
        command += ["--", *script_args]
    return command


def wrk_result(out: str) -> dict[str, float]:
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
    """(call id, customer participant id) for `count` calls, created through the gateway (`key`: an
    API key) or straight to the service (`key`: an internal token)."""
    calls = []
    with httpx.Client(base_url=gateway, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        for n in range(count):
            body = {"external_id": f"bench-{n}-{time.monotonic_ns()}", "provider": "twilio", "direction": "inbound",
                    "participants": [{"external_id": "agent", "role": "agent", "jurisdiction": "US-NY"},
                                     {"external_id": "cust", "role": "customer", "phone_number": "+14155550100"}]}
            call = client.post("/v1/calls", json=body).raise_for_status().json()
            calls.append((call["id"], next(p["id"] for p in call["participants"] if p["external_id"] == "cust")))
    return calls


def warm_up(service: str, script: Path, lines: list[Path], seconds: int = 3) -> None:
    """Events on the calls before `settle`: statistics taken while the timelines were empty would have
    PostgreSQL read the whole tenant's events for each call's (a plan it drops once autovacuum has
    counted the rows, which a 10 s run does not wait for)."""
    for path in lines:
        wrk(service, seconds, 32, {}, script, [str(path), "0", "2"])


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


def event_lines(calls: list[tuple[str, str, str]], batch: int) -> str:
    """One line per call (its path, the token of its tenant, a body), the tenants' calls interleaved."""
    occurred = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()
    event = {"type": "consent_granted", "purposes": ["recording"], "method": "dtmf", "occurred_at": occurred}
    lines = []
    for call_id, participant_id, token in calls:
        one = {**event, "participant_id": participant_id}
        body = one if batch == 1 else {"events": [one] * batch}
        lines.append(f"/v1/calls/{call_id}/events {token} {json.dumps(body)}")
    return "\n".join(lines) + "\n"


def internal_token(settings: Settings, tenant_id: UUID) -> str:
    return sign_internal_token(settings.secret("internal_signing_key"),
                               Principal(tenant_id, "bench", frozenset({Role.tenant_admin})), "recording_consent", 3600)


def tenants_calls(bench: "BenchStack", tenants: int, per_tenant: int) -> list[tuple[str, str, str]]:
    """`per_tenant` calls in each of `tenants` new tenants (registered at the gateway), created straight
    to the service with each tenant's internal token; interleaved, so consecutive requests change tenant."""
    by_tenant = []
    with httpx.Client(base_url=bench.gateway, headers={"Authorization": f"Bearer {bench.key}"}, timeout=30) as admin:
        for n in range(tenants):
            tenant = admin.post("/v1/tenants", json={"name": f"Bench {n}", "slug": f"bench-{n}-{time.time_ns()}"})
            token = internal_token(bench.settings, UUID(tenant.raise_for_status().json()["id"]))
            by_tenant.append([(c, p, token) for c, p in setup_calls(bench.service, token, per_tenant)])
    return [call for calls in zip(*by_tenant, strict=True) for call in calls]


@contextmanager
def second_instance(bench: "BenchStack", tmp: str) -> Iterator[str]:
    """Another recording-consent process on the same database (its own port), as a second machine
    would run it; its URL, stopped afterwards."""
    port, ops = free_port(), free_port()
    settings = bench.settings.model_copy(update={"recording_consent_port": port, "recording_consent_ops_port": ops})
    command = [sys.executable, "-m", "services.cli", "serve", "recording_consent"]
    process = ManagedProcess("recording_consent-2", command, Path(tmp) / "recording_consent-2.log",
                             env=settings_env(settings)).start()
    try:
        wait_ready(settings, "recording_consent", process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.stop()


def wrk_at_once(targets: list[str], seconds: int, connections: int, script: Path, lines: Path) -> dict[str, float]:
    """One wrk per target (one thread and `connections` each) at the same time; requests per second
    added, the worse of their p50 and p99."""
    running = [subprocess.Popen(wrk_command(url, seconds, connections, {}, script,
                                            [str(lines), str(n), str(len(targets))], threads=1),
                                stdout=subprocess.PIPE, text=True) for n, url in enumerate(targets)]
    results = [wrk_result(p.communicate(timeout=seconds + 60)[0]) for p in running]
    return {"rps": sum(r["rps"] for r in results), "p50": max(r["p50"] for r in results),
            "p99": max(r["p99"] for r in results), "errors": sum(r["errors"] for r in results),
            "requests": sum(r["requests"] for r in results)}


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
    ports = {name: free_port() for name in ("postgres_port", "s3_port", "nats_port", "gateway_ops_port",
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


@contextmanager
def ceiling_app(tmp: str) -> Iterator[str]:
    """The bare FastAPI app that answers a constant JSON (the ceiling), served by uvicorn with one
    worker; its URL, stopped afterwards."""
    port = free_port()
    (Path(tmp) / "ceiling.py").write_text(CEILING_APP)
    ceiling = ManagedProcess("ceiling", [sys.executable, "-m", "uvicorn", "ceiling:app", "--app-dir", tmp,
                                         "--port", str(port), "--log-level", "warning", "--no-access-log"],
                             log_path=Path(tmp) / "ceiling.log")
    ceiling.start()
    try:
        url = f"http://127.0.0.1:{port}/constant"
        wait_until(lambda: _up(url), 30, "the ceiling app")
        yield url
    finally:
        ceiling.stop()


def row_names(connections: int) -> dict[str, str]:
    half = connections // 2
    return {"decision": "GET decision, straight to the service",
            "decision_gateway": "GET decision, through the gateway",
            "decision_1": "GET decision, straight, 1 connection",
            "decision_gateway_1": "GET decision, through the gateway, 1 connection",
            "1": "POST events, 1 per request, straight to the service",
            "tenants": f"POST events, 1 per request, {TENANTS} tenants, straight to the service",
            "10": "POST events, 10 per request, straight to the service",
            "instance": f"POST events, 1 per request, 1 instance, 2 wrk of {half} connections",
            "instances": f"POST events, 1 per request, 2 instances, 2 wrk of {half} connections"}


EVENTS_ONLY = {"1", "tenants", "instance", "instances"}


def wanted(args: argparse.Namespace, row: str) -> bool:
    """Whether a row runs: every row, or the single-event rows (`--events-only`), or those with a name
    that contains one of `--only`'s texts."""
    if args.only:
        return any(part in row_names(args.connections)[row] for part in args.only)
    return not args.events_only or row in EVENTS_ONLY


def run(args: argparse.Namespace) -> list[str]:
    with (tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp) as bench,
          ceiling_app(tmp) as ceiling_url):
        settings, key, gateway, service = bench.settings, bench.key, bench.gateway, bench.service
        token = internal_token(settings, bench.tenant_id)
        # Each row its own calls, each call a few events before it (a decision is recomputed from the
        # call's whole timeline, so rows on the same calls would each find longer timelines). The
        # first row's are always made: the decision reads read one of them.
        calls = {name: [(c, p, token) for c, p in setup_calls(gateway, key, 200)]
                 for name in ("1", "10", "instance", "instances") if name == "1" or wanted(args, name)}
        if wanted(args, "tenants"):
            calls["tenants"] = tenants_calls(bench, TENANTS, 200)
        script = Path(tmp) / "events.lua"
        script.write_text(EVENTS_LUA)
        lines = {name: Path(tmp) / f"events-{name}.txt" for name in calls}
        for name, some in calls.items():
            lines[name].write_text(event_lines(some, 10 if name == "10" else 1))
        warm_up(service, script, [lines[name] for name in calls if name != "10"])
        settle(settings)
        internal = {"Authorization": f"Bearer {token}"}
        api_key = {"Authorization": f"Bearer {key}"}
        decision = f"/v1/calls/{calls['1'][0][0]}/decision"
        s, c, names = args.seconds, args.connections, row_names(args.connections)
        consent = bench.pid("recording_consent")
        results = {"ceiling: bare FastAPI, constant JSON": wrk(ceiling_url, s, c, {})}

        def measure(row: str, load: Callable[[], dict[str, float]], batch: int = 0, cpu_of: int | None = None) -> None:
            """The row if wanted, with the CPU ms per request of the process `cpu_of` (from /proc)."""
            if not wanted(args, row):
                return
            before = cpu_seconds(cpu_of) if cpu_of else 0.0
            results[names[row]] = result = load()
            if cpu_of:
                result["cpu_ms"] = 1000 * (cpu_seconds(cpu_of) - before) / max(result["requests"], 1)
            if batch:
                _events(result, batch)

        measure("decision", lambda: wrk(service + decision, s, c, internal), cpu_of=consent)
        measure("decision_gateway", lambda: wrk(gateway + decision, s, c, api_key), cpu_of=bench.pid("gateway"))
        # Unloaded: one connection, so the p50 difference is what the gateway's hop adds.
        measure("decision_1", lambda: wrk(service + decision, s, 1, internal))
        measure("decision_gateway_1", lambda: wrk(gateway + decision, s, 1, api_key))
        spy = _profiler(args.profile, consent, s) if wanted(args, "1") else None
        measure("1", lambda: wrk(service, s, c, {}, script, [str(lines["1"]), "0", "2"]), 1, consent)
        if spy is not None:
            spy.wait(timeout=s + 30)
        measure("tenants", lambda: wrk(service, s, c, {}, script, [str(lines["tenants"]), "0", "2"]), 1, consent)
        measure("10", lambda: wrk(service, s, c, {}, script, [str(lines["10"]), "0", "2"]), 10, consent)
        if wanted(args, "instance") or wanted(args, "instances"):
            with second_instance(bench, tmp) as other:
                measure("instance", lambda: wrk_at_once([service, service], s, c // 2, script, lines["instance"]), 1)
                measure("instances", lambda: wrk_at_once([service, other], s, c // 2, script, lines["instances"]), 1)
        # Again at the end: on a shared machine the ceiling moves within the run; the shares are of the mean.
        results["ceiling again, at the end"] = wrk(ceiling_url, s, c, {})
    ceiling_rps = (results["ceiling: bare FastAPI, constant JSON"]["rps"]
                   + results["ceiling again, at the end"]["rps"]) / 2
    rows = []
    for name, r in results.items():
        share = f"{100 * r['rps'] / ceiling_rps:.1f}%"
        events = f"{r['events']:.0f}" if "events" in r else ""
        cpu = f"{r['cpu_ms']:.2f}" if "cpu_ms" in r else ""
        rows.append(f"| {name} | {r['rps']:.0f} | {share} | {r['p50']:.2f} | {r['p99']:.2f} | {events} | "
                    f"{cpu} | {r['errors']} |")
    return rows


def _events(row: dict[str, float], batch: int) -> dict[str, float]:
    row["events"] = row["rps"] * batch
    return row


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
    parser.add_argument("--events-only", action="store_true",
                        help="the ceiling and the single-event rows only, printed and not recorded")
    parser.add_argument("--only", nargs="+", metavar="TEXT",
                        help="the ceiling and the rows whose name contains one of these, printed and not recorded")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk): a Python load generator would share the 2 cores it measures")
    load = os.getloadavg()
    rows = run(args)
    section = "\n".join([
        f"\n## consent_throughput.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()} ({load[0]:.1f} at the start). "
        f"wrk -t2 -c{args.connections} -d{args.seconds}s on the same machine as "
        "PostgreSQL, SeaweedFS, NATS and the three services (one uvicorn worker each), over loopback.\n",
        "| what | req/s | of ceiling | p50 ms | p99 ms | events/s | service CPU ms/request | non-2xx |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    if not args.events_only and not args.only:
        record(section)


if __name__ == "__main__":
    main()

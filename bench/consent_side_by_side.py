"""Two builds of the recording-consent service side by side under the same single-event load.

On a machine shared with other work the rate of one run moves by 2x, so a change to the event path
is measured against the code before it at the same moment: one stack (`callvault up`'s, from this
checkout: its migrations must hold every SQL function either build calls), and two more
recording-consent processes on its database, one running the code `--before` and one `--after`,
each without the log's sealer or the outbox relay (the stack's own instance does that work for
both). Each round: the bare FastAPI ceiling (wrk -c32), fresh calls for each side, then one wrk of
`--connections` on each side at the same time (the side started first alternates), so both see the
same load. Per side and round: events per second, latency, the service's CPU per event and that of
the PostgreSQL backends serving it (from /proc; backends found with `ss`), the whole machine's.
`--syscalls` adds a round under strace: system calls per event, and the writes and reads per event
by peer (database, HTTP client, other). `--profile DIR` keeps py-spy's stacks of each side's service
and perf's of its PostgreSQL backends (`perf report -i DIR/after-postgres.data`) from the first round.
With `--before X --after X` it is a control: both sides the same code. Prints its tables;
bench/RESULTS.md's consent_throughput section summarizes them.

    .venv/bin/python bench/consent_side_by_side.py [--before main] [--after WORKTREE] [--rounds 6]
        [--seconds 10] [--connections 16] [--calls 200] [--syscalls] [--profile DIR]

A side's code is a git ref (exported with `git archive`) or WORKTREE, this checkout's files as they are.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import (
    EVENTS_LUA,
    bench_stack,
    ceiling_app,
    cpu_seconds,
    event_lines,
    internal_token,
    settle,
    setup_calls,
    wrk,
    wrk_command,
    wrk_result,
)
from bench.decision_latency import machine
from services.stack.processes import ManagedProcess, free_port
from services.stack.up import settings_env, wait_ready

ROOT = Path(__file__).resolve().parents[1]
WORKTREE = "WORKTREE"
# The service as `callvault serve` runs it, with the log's sealer idle: the stack's own instance seals.
LAUNCHER = """
import asyncio
import sys

from services.common.transparency import sealer


async def _idle(self) -> None:
    await asyncio.Event().wait()


sealer.Sealer.run = _idle
from services.cli import app

sys.argv = ["callvault", "serve", "recording_consent"]
app()
"""


@dataclass
class Side:
    name: str
    code: Path
    url: str = ""
    process: ManagedProcess | None = None
    rounds: list[dict] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid


def code_tree(ref: str, into: Path) -> Path:
    """The files of `ref` (WORKTREE: this checkout's)."""
    if ref == WORKTREE:
        return ROOT
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    into.mkdir(parents=True)
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def start_side(side: Side, bench, tmp: str) -> None:
    port, ops = free_port(), free_port()
    settings = bench.settings.model_copy(update={"recording_consent_port": port, "recording_consent_ops_port": ops,
                                                 "run_outbox_relay": False})
    env = {**settings_env(settings), "PYTHONPATH": str(side.code)}
    log = Path(tmp) / f"consent-{side.name}.log"
    args = [sys.executable, "-c", LAUNCHER]
    side.process = ManagedProcess(f"consent-{side.name}", args, log, env=env, popen=subprocess.Popen(
        args, cwd=side.code, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True))
    wait_ready(settings, "recording_consent", side.process)
    side.url = f"http://127.0.0.1:{port}"


def backends(pid: int) -> set[int]:
    """The PostgreSQL backends connected to process `pid` (over TCP or a Unix socket), from `ss`."""
    pairs = []
    for kind in ("-t", "-x"):
        out = subprocess.run(["ss", kind, "-npH"], capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            tokens = line.split()
            pids = {int(p) for p in re.findall(r"pid=(\d+)", line)}
            # TCP: State Recv-Q Send-Q Local Peer ...; Unix: Netid State Recv-Q Send-Q Path Inode Peer PeerInode
            local, peer = (tokens[3], tokens[4]) if kind == "-t" else (tokens[5], tokens[7])
            pairs.append((local, peer, pids))
    mine = {local for local, _, pids in pairs if pid in pids}
    return {p for _, peer, pids in pairs if peer in mine for p in pids if p != pid}


def machine_cpu_seconds() -> float:
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


def tree_cpu(pids: set[int]) -> float:
    total = 0.0
    for pid in pids:
        try:
            total += cpu_seconds(pid)
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def fresh_lines(bench, token: str, sides: list[Side], calls: int, tmp: str, tag: str) -> dict[str, Path]:
    lines = {}
    for side in sides:
        path = Path(tmp) / f"events-{tag}-{side.name}.txt"
        path.write_text(event_lines([(c, p, token) for c, p in setup_calls(bench.gateway, bench.key, calls)], 1))
        lines[side.name] = path
    return lines


def load_both(sides: list[Side], lines: dict[str, Path], script: Path, seconds: int, connections: int,
              first: int) -> dict[str, dict]:
    order = sides[first:] + sides[:first]
    running = {side.name: subprocess.Popen(wrk_command(side.url, seconds, connections, {}, script,
                                                       [str(lines[side.name]), "0", "1"], threads=1),
                                           stdout=subprocess.PIPE, text=True) for side in order}
    return {name: wrk_result(p.communicate(timeout=seconds + 60)[0]) for name, p in running.items()}


def measured_round(sides: list[Side], lines: dict[str, Path], script: Path, args, first: int,
                   profile: Path | None) -> tuple[dict[str, dict], float]:
    dbs = {side.name: backends(side.pid) for side in sides}
    before = {side.name: (cpu_seconds(side.pid), tree_cpu(dbs[side.name])) for side in sides}
    machine_before = machine_cpu_seconds()
    spies = [subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--pid", str(side.pid),
                               "--duration", str(args.seconds), "--rate", "250", "--nonblocking", "--format", "raw",
                               "--output", str(profile / f"{side.name}.txt")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
             for side in sides] if profile else []
    if profile and shutil.which("perf"):  # the backends are C: perf samples them with their call graphs
        spies += [subprocess.Popen(["perf", "record", "-F", "499", "--call-graph", "dwarf,32768",
                                    "-o", str(profile / f"{side.name}-postgres.data"),
                                    "-p", ",".join(map(str, dbs[side.name])), "--", "sleep", str(args.seconds)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                  for side in sides if dbs[side.name]]
    results = load_both(sides, lines, script, args.seconds, args.connections, first)
    for spy in spies:
        spy.wait(timeout=args.seconds + 30)
    machine_used = machine_cpu_seconds() - machine_before
    for side in sides:
        r = results[side.name]
        service, database = before[side.name]
        r["cpu_ms"] = 1000 * (cpu_seconds(side.pid) - service) / max(r["requests"], 1)
        r["db_ms"] = 1000 * (tree_cpu(dbs[side.name]) - database) / max(r["requests"], 1)
    events = sum(r["requests"] for r in results.values())
    return results, 1000 * machine_used / max(events, 1)


def syscalls_round(sides: list[Side], lines: dict[str, Path], script: Path, args, pg_port: int,
                   tmp: str) -> dict[str, dict]:
    """System calls per event under strace (which slows the process: only the counts mean anything)."""
    out = {}
    tracers = {}
    for side in sides:
        path = Path(tmp) / f"strace-{side.name}.txt"
        tracers[side.name] = (path, subprocess.Popen(
            ["strace", "-f", "-qq", "-yy", "-e", "trace=read,write,writev,readv,sendto,recvfrom,sendmsg,recvmsg",
             "-e", "signal=none", "-o", str(path), "-p", str(side.pid)], stderr=subprocess.DEVNULL))
    time.sleep(1)
    results = load_both(sides, lines, script, args.seconds, args.connections, 0)
    for name, (path, tracer) in tracers.items():
        tracer.terminate()
        tracer.wait(timeout=30)
        counts = Counter()
        service_port = sides[[s.name for s in sides].index(name)].url.rsplit(":", 1)[1]
        for line in path.read_text(errors="replace").splitlines():
            found = re.match(r"\d+\s+(\w+)\(\d+<(.*?\])>", line)
            if not found:
                continue
            call, fd = found.groups()
            peer = ("database" if f":{pg_port}]" in fd or "UNIX-STREAM" in fd
                    else "HTTP" if f"127.0.0.1:{service_port}->" in fd else "other")
            direction = "out" if call in ("write", "writev", "sendto", "sendmsg") else "in"
            counts[(peer, direction)] += 1
        out[name] = {"requests": results[name]["requests"], "counts": counts}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main", help="git ref, or WORKTREE")
    parser.add_argument("--after", default=WORKTREE, help="git ref, or WORKTREE (this checkout's files)")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16, help="per side")
    parser.add_argument("--calls", type=int, default=200, help="fresh calls per side and round")
    parser.add_argument("--syscalls", action="store_true", help="a last round under strace: system calls per event")
    parser.add_argument("--profile", type=Path, help="py-spy's raw stacks of each side's service and perf's of "
                        "its PostgreSQL backends in the first round, here")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk)")
    if args.syscalls and (shutil.which("strace") is None or shutil.which("ss") is None):
        sys.exit("--syscalls needs strace and ss")
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
    load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="callvault-side-") as tmp, bench_stack(tmp) as bench, \
            ceiling_app(tmp) as ceiling_url:
        sides = [Side("before", code_tree(args.before, Path(tmp) / "before")),
                 Side("after", code_tree(args.after, Path(tmp) / "after"))]
        try:
            for side in sides:
                start_side(side, bench, tmp)
            token = internal_token(bench.settings, bench.tenant_id)
            script = Path(tmp) / "events.lua"
            script.write_text(EVENTS_LUA)
            # Warm both (prepared statements, the planner's statistics), then VACUUM ANALYZE once.
            warm = fresh_lines(bench, token, sides, args.calls, tmp, "warm")
            load_both(sides, warm, script, 3, args.connections, 0)
            settle(bench.settings)
            rows, machine_ms = [], []
            for n in range(args.rounds):
                ceiling = wrk(ceiling_url, args.seconds, 32, {})["rps"]
                lines = fresh_lines(bench, token, sides, args.calls, tmp, str(n))
                results, whole = measured_round(sides, lines, script, args, n % 2,
                                                args.profile if n == 0 else None)
                machine_ms.append(whole)
                rows.append((n + 1, ceiling, os.getloadavg()[0], results, whole))
                for side in sides:
                    side.rounds.append(results[side.name])
                print(_round_line(rows[-1], sides), flush=True)
            syscalls = (syscalls_round(sides, fresh_lines(bench, token, sides, args.calls, tmp, "strace"), script,
                                       args, bench.settings.postgres_port, tmp) if args.syscalls else None)
        finally:
            for side in sides:
                if side.process is not None:
                    side.process.stop()
    print(_report(args, sides, rows, load_start, syscalls))


def _round_line(row, sides: list[Side]) -> str:
    n, ceiling, load, results, whole = row
    parts = [f"round {n}: ceiling {ceiling:.0f}/s, load {load:.1f}, machine {whole:.2f} ms/event"]
    for side in sides:
        r = results[side.name]
        parts.append(f"{side.name} {r['rps']:.0f}/s cpu {r['cpu_ms']:.3f} db {r['db_ms']:.3f} ms/event")
    return "; ".join(parts)


def _report(args, sides: list[Side], rows, load_start: float, syscalls) -> str:
    before, after = sides
    lines = [
        f"Side by side: before = {args.before}, after = {args.after}; {args.rounds} rounds of {args.seconds} s, "
        f"wrk -t1 -c{args.connections} on each side at once, {args.calls} fresh calls per side and round.",
        f"Machine: {machine()} ({load_start:.1f} at the start).", "",
        "| round | ceiling req/s | load | before events/s | after events/s | before p50/p99 ms | after p50/p99 ms "
        "| before service CPU ms/event | after | after/before | before PostgreSQL CPU ms/event | after | "
        "whole machine ms/event | non-2xx |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for n, ceiling, load, results, whole in rows:
        b, a = results["before"], results["after"]
        lines.append(f"| {n} | {ceiling:.0f} | {load:.1f} | {b['rps']:.0f} | {a['rps']:.0f} | "
                     f"{b['p50']:.1f}/{b['p99']:.0f} | {a['p50']:.1f}/{a['p99']:.0f} | {b['cpu_ms']:.3f} | "
                     f"{a['cpu_ms']:.3f} | {a['cpu_ms'] / b['cpu_ms']:.3f} | {b['db_ms']:.3f} | {a['db_ms']:.3f} | "
                     f"{whole:.2f} | {b['errors'] + a['errors']} |")

    def avg(side: Side, key: str) -> float:
        return mean(r[key] for r in side.rounds)

    ratios = [a["cpu_ms"] / b["cpu_ms"] for b, a in zip(before.rounds, after.rounds, strict=True)]
    db_ratios = [a["db_ms"] / b["db_ms"] for b, a in zip(before.rounds, after.rounds, strict=True) if b["db_ms"]]
    rates = [a["rps"] / b["rps"] for b, a in zip(before.rounds, after.rounds, strict=True)]
    lines += ["", f"Means: service CPU ms/event {avg(before, 'cpu_ms'):.3f} -> {avg(after, 'cpu_ms'):.3f} "
                  f"(after/before per round: mean {mean(ratios):.3f}, {min(ratios):.3f}-{max(ratios):.3f}); "
                  f"PostgreSQL CPU ms/event {avg(before, 'db_ms'):.3f} -> {avg(after, 'db_ms'):.3f} "
                  f"(mean ratio {mean(db_ratios):.3f}); events/s ratio mean {mean(rates):.3f} "
                  f"({min(rates):.3f}-{max(rates):.3f})."]
    if syscalls:
        lines += ["", "System calls per event under strace (peer: database, HTTP client, other):", "",
                  "| side | requests | database out | database in | HTTP out | HTTP in | other out | other in |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, found in syscalls.items():
            c, n = found["counts"], max(found["requests"], 1)
            lines.append(f"| {name} | {found['requests']} | " + " | ".join(
                f"{c[(peer, d)] / n:.2f}" for peer in ("database", "HTTP", "other") for d in ("out", "in")) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()

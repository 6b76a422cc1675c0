"""A setting of the recording-consent service's SQL functions on and off, in alternate rounds of one stack.

`bench/consent_side_by_side.py` compares two builds of the service on one database; a setting of a
function in that database (`ALTER FUNCTION ... SET`) is shared by both, so it is measured here instead:
one stack (`callvault up`'s, from this checkout), and rounds in pairs, the setting on in one and off in
the other (which comes first alternates from pair to pair), each round on fresh calls after 2 s that let
each connection plan again. Per round: single events per second (wrk -c32 straight to the service), the
service's CPU per event and that of the PostgreSQL backends serving it (from /proc). Prints its table;
bench/RESULTS.md's consent_throughput section summarizes it.

    .venv/bin/python bench/consent_function_settings.py [--function callvault_record_events]
        [--setting "plan_cache_mode TO force_generic_plan"] [--pairs 4] [--seconds 10]
"""

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path
from statistics import mean

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_side_by_side import backends, tree_cpu
from bench.consent_throughput import (
    EVENTS_LUA,
    bench_stack,
    cpu_seconds,
    event_lines,
    internal_token,
    settle,
    setup_calls,
    warm_up,
    wrk,
)
from bench.decision_latency import machine


async def _set(url: str, function: str, setting: str, on: bool) -> None:
    """The function's setting on or off (every overload of that name)."""
    connection = await asyncpg.connect(url)
    try:
        signatures = await connection.fetch("SELECT oid::regprocedure::text FROM pg_proc WHERE proname = $1", function)
        if not signatures:
            sys.exit(f"no function named {function}")
        name = setting.split()[0]
        for (signature,) in signatures:
            await connection.execute(f"ALTER FUNCTION {signature} " + (f"SET {setting}" if on else f"RESET {name}"))
    finally:
        await connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--function", default="callvault_record_events")
    parser.add_argument("--setting", default="plan_cache_mode TO force_generic_plan",
                        help="as ALTER FUNCTION SET takes it")
    parser.add_argument("--pairs", type=int, default=4)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk)")
    load_start = os.getloadavg()[0]
    rounds = []
    with tempfile.TemporaryDirectory(prefix="callvault-settings-") as tmp, bench_stack(tmp) as bench:
        url = bench.settings.service_database_url("recording_consent", owner=True).replace("+asyncpg", "")
        token = internal_token(bench.settings, bench.tenant_id)
        script = Path(tmp) / "events.lua"
        script.write_text(EVENTS_LUA)

        def fresh(tag: str) -> Path:
            path = Path(tmp) / f"events-{tag}.txt"
            path.write_text(event_lines([(c, p, token) for c, p in setup_calls(bench.gateway, bench.key, 200)], 1))
            return path

        warm_up(bench.service, script, [fresh("warm")])
        settle(bench.settings)
        consent = bench.pid("recording_consent")
        for n in range(2 * args.pairs):
            on = (n % 2 == 0) == (n // 2 % 2 == 0)  # on, off, then off, on, ...
            asyncio.run(_set(url, args.function, args.setting, on))
            lines = fresh(str(n))
            wrk(bench.service, 2, 32, {}, script, [str(lines), "0", "2"])  # each connection plans again
            databases = backends(consent)
            service, database = cpu_seconds(consent), tree_cpu(databases)
            result = wrk(bench.service, args.seconds, 32, {}, script, [str(lines), "0", "2"])
            events = max(result["requests"], 1)
            rounds.append((on, result["rps"], 1000 * (cpu_seconds(consent) - service) / events,
                           1000 * (tree_cpu(databases) - database) / events, os.getloadavg()[0], result["errors"]))
            print(f"round {n + 1}: {'on' if on else 'off'} {rounds[-1][1]:.0f}/s service {rounds[-1][2]:.3f} "
                  f"PostgreSQL {rounds[-1][3]:.3f} ms/event", flush=True)
    print(_report(args, rounds, load_start))


def _report(args, rounds, load_start: float) -> str:
    lines = [f"`{args.function}` with `SET {args.setting}` (on) and without (off): {args.pairs} pairs of rounds of "
             f"{args.seconds} s, wrk -c32 straight to the service, 200 fresh calls a round.",
             f"Machine: {machine()} ({load_start:.1f} at the start).", "",
             "| round | setting | events/s | service CPU ms/event | PostgreSQL CPU ms/event | load | non-2xx |",
             "|---|---|---|---|---|---|---|"]
    for n, (on, rps, service, database, load, errors) in enumerate(rounds, 1):
        lines.append(f"| {n} | {'on' if on else 'off'} | {rps:.0f} | {service:.3f} | {database:.3f} | {load:.1f} "
                     f"| {errors} |")
    pairs = [(rounds[i], rounds[i + 1]) if rounds[i][0] else (rounds[i + 1], rounds[i])
             for i in range(0, len(rounds), 2)]
    db = [on[3] / off[3] for on, off in pairs]
    service = [on[2] / off[2] for on, off in pairs]
    rates = [on[1] / off[1] for on, off in pairs]
    lines += ["", f"On/off per pair: PostgreSQL CPU per event mean {mean(db):.3f} ({min(db):.3f}-{max(db):.3f}); "
                  f"service CPU {mean(service):.3f} ({min(service):.3f}-{max(service):.3f}); events/s "
                  f"{mean(rates):.3f} ({min(rates):.3f}-{max(rates):.3f})."]
    return "\n".join(lines)


if __name__ == "__main__":
    main()

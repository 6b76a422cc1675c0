"""Does the gateway leak? Its resident memory after 10,000 proxied requests and after 100,000.

The whole stack as `callvault up` starts it; `wrk` reads one call's decision through the gateway at
32 connections in slices of a few seconds, and the gateway's VmRSS is read from /proc after the
first slice that passes 10,000 requests and after the one that passes 100,000. The gateway issue's
target: the second within 10% of the first. Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/gateway_memory.py [--total 100000]
"""

import argparse
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import bench_stack, setup_calls, wrk
from bench.decision_latency import machine, record

SLICE_SECONDS = 4


def rss_kib(pid: int) -> int:
    line = next(x for x in Path(f"/proc/{pid}/status").read_text().splitlines() if x.startswith("VmRSS:"))
    return int(line.split()[1])


def run(total: int) -> list[str]:
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp) as bench:
        call_id, _ = setup_calls(bench.gateway, bench.key, 1)[0]
        url = f"{bench.gateway}/v1/calls/{call_id}/decision"
        headers = {"Authorization": f"Bearer {bench.key}"}
        pid, done, marks, errors = bench.pid("gateway"), 0, {}, 0
        for mark in (total // 10, total):
            while done < mark:
                result = wrk(url, SLICE_SECONDS, 32, headers)
                done += result["requests"]
                errors += result["errors"]
            marks[mark] = (done, rss_kib(pid))
    (n1, first), (n2, second) = marks[total // 10], marks[total]
    growth = 100 * (second - first) / first
    return [f"| after {n1:,} requests | {first / 1024:.1f} MiB |  |",
            f"| after {n2:,} requests | {second / 1024:.1f} MiB | {growth:+.1f}% |",
            f"| non-2xx responses | {errors} |  |"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=100_000)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk)")
    rows = run(args.total)
    section = "\n".join([
        f"\n## gateway_memory.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. GET decision through the gateway with wrk -t2 -c32 in {SLICE_SECONDS} s slices; "
        "the gateway's VmRSS.\n",
        "| when | gateway RSS | change |",
        "|---|---|---|",
        *rows,
    ])
    print(section)
    record(section)


if __name__ == "__main__":
    main()

"""How fast is "may I record this call right now?" through the gateway, on this machine?

Starts the whole stack as `callvault up` does (embedded infrastructure, three services as processes)
in a temporary directory on free ports, creates calls, then measures:
- POST /v1/calls (create a call with two participants), sequential and concurrent;
- GET /v1/calls/{id}/decision, the softphones' hot path, at a fixed concurrency.
Puts a dated section in bench/RESULTS.md (`record`). Loopback only; every loop is bounded.

    .venv/bin/python bench/decision_latency.py [--requests 3000] [--concurrency 16]
"""

import argparse
import asyncio
import os
import platform
import re
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx

from services.common.settings import SERVICES, Settings
from services.stack.processes import free_port
from services.stack.up import development_settings, start_stack

RESULTS = Path(__file__).with_name("RESULTS.md")


def record(section: str) -> None:
    """A run's section in RESULTS.md in place of its script's previous one (the file shows current results;
    earlier runs are in git), or at the end when the script has none yet."""
    script = section.strip().split(",", 1)[0]  # "## decision_latency.py"
    parts = re.split(r"(?m)^(?=## )", RESULTS.read_text())
    mine = [i for i, part in enumerate(parts) if part.startswith(script + ",")]
    new = section.strip() + "\n\n"
    if mine:
        parts[mine[0]] = new
        parts = [part for i, part in enumerate(parts) if i not in mine[1:]]
    else:
        parts[-1] = parts[-1].rstrip() + "\n\n"
        parts.append(new)
    RESULTS.write_text("".join(parts).rstrip() + "\n")


def call_body(n: int) -> dict:
    return {"external_id": f"bench-{n}-{time.monotonic_ns()}", "provider": "twilio", "direction": "inbound",
            "participants": [{"external_id": "agent", "role": "agent", "phone_number": "+14155550100"},
                             {"external_id": "cust", "role": "customer", "phone_number": "+4915112345678"}]}


async def timed_requests(make_request, total: int, concurrency: int) -> tuple[list[float], float]:
    latencies: list[float] = []
    counter = iter(range(total))

    async def worker() -> None:
        for n in counter:
            started = time.perf_counter()
            response = await make_request(n)
            latencies.append(time.perf_counter() - started)
            response.raise_for_status()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies, time.perf_counter() - started


def summary(name: str, latencies: list[float], elapsed: float, concurrency: int) -> str:
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    return (f"| {name} | {len(ms)} | {concurrency} | {len(ms) / elapsed:.0f} | {q[49]:.1f} | {q[94]:.1f} | "
            f"{q[98]:.1f} | {ms[-1]:.1f} |")


async def measure(gateway: str, key: str, requests: int, concurrency: int) -> list[str]:
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=gateway, headers=headers, limits=limits, timeout=30) as client:
        warm = await client.post("/v1/calls", json=call_body(-1))
        call_id = warm.raise_for_status().json()["id"]
        rows = []
        creates = max(requests // 6, 50)
        lat, took = await timed_requests(lambda n: client.post("/v1/calls", json=call_body(n)), creates, 1)
        rows.append(summary("POST /v1/calls", lat, took, 1))
        lat, took = await timed_requests(lambda n: client.post("/v1/calls", json=call_body(n + creates)),
                                         creates, concurrency)
        rows.append(summary("POST /v1/calls", lat, took, concurrency))
        lat, took = await timed_requests(lambda n: client.get(f"/v1/calls/{call_id}/decision"), requests, 1)
        rows.append(summary("GET decision", lat, took, 1))
        lat, took = await timed_requests(lambda n: client.get(f"/v1/calls/{call_id}/decision"), requests,
                                         concurrency)
        rows.append(summary("GET decision", lat, took, concurrency))
        return rows


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    # The load average as the section is written: on a machine shared with other work, the figures
    # are only comparable with the ceiling measured in the same run.
    return (f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, {platform.system()}, "
            f"load average {os.getloadavg()[0]:.1f} at the end")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp:
        ports = {name: free_port() for name in ("postgres_port", "s3_port", "nats_port",
                                                *(f"{s}_port" for s in SERVICES))}
        settings = development_settings(Settings(data_dir=Path(tmp)).model_copy(update=ports))
        stack, key = start_stack(settings)
        try:
            rows = asyncio.run(measure(f"http://127.0.0.1:{settings.gateway_port}", key, args.requests,
                                       args.concurrency))
        finally:
            stack.stop()
    section = "\n".join([
        f"\n## decision_latency.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. Everything (PostgreSQL, SeaweedFS, NATS, three services, one uvicorn "
        "worker each, and this client) on the same machine, over loopback.\n",
        "| request | count | concurrency | req/s | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    record(section)


if __name__ == "__main__":
    main()

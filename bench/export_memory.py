"""Privacy exports in bounded memory: the peak memory of the two services that build an access export,
for subjects on 1,000, 5,000 and 10,000 calls, and of the transcripts service and the gateway while
it is downloaded, beside what holding the export would take.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports). Through the gateway: a subject on each number of calls, each call with an
agent, the subject consenting and a transcript of 4 segments. Then, for each subject in turn, an access
request from `POST .../verify` to `completed` while the VmRSS of the consent service (which streams its
part: a JSON line per call, receipts signed) and of the transcripts service (which streams the zip: every
transcript read a page at a time, decrypted and redacted) is sampled from /proc every 20 ms: their growth
over the value just before is the export's memory. Then the archive is downloaded (read by the client as
it comes) while the transcripts service (which opens it as it streams from the object store) and the
gateway are sampled the same way. The ceiling beside it, measured in the same run, is the export's own
size: what building or opening it in memory, as before, held at least.
Appends a dated section to bench/RESULTS.md.

    .venv/bin/python bench/export_memory.py [--sizes 1000 5000 10000]
"""

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import uuid4

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import bench_stack
from bench.decision_latency import RESULTS, machine
from bench.gateway_memory import rss_kib
from bench.privacy import FINISHED
from services.stack.processes import free_port

SERVICES = ("recording_consent", "transcripts")


async def make_calls(client: httpx.AsyncClient, number: str, count: int, concurrency: int = 16) -> None:
    """`count` calls of the subject, consenting, each with a transcript (through the API)."""
    started = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()

    async def one(i: int) -> None:
        call = (await client.post("/v1/calls", json={
            "provider": "bench", "external_id": f"export-{uuid4().hex}", "direction": "inbound", "started_at": started,
            "participants": [{"external_id": "agent-1", "role": "agent", "jurisdiction": "US-NY"},
                             {"external_id": "cust", "role": "customer", "phone_number": number}]})).json()
        ids = {p["external_id"]: p["id"] for p in call["participants"]}
        (await client.post(f"/v1/calls/{call['id']}/events", json={
            "type": "consent_granted", "participant_id": ids["cust"], "purposes": ["recording", "transcription"],
            "method": "dtmf", "occurred_at": call["started_at"]})).raise_for_status()
        segments = [{"participant_id": ids["agent-1" if n % 2 == 0 else "cust"], "start_ms": n * 1000,
                     "end_ms": n * 1000 + 900, "text": f"Sentence {n} of call {i}: call me back on 415 555 0199."}
                    for n in range(4)]
        (await client.post("/v1/transcripts", json={"call_id": call["id"], "language": "en", "engine": "bench",
                                                    "segments": segments})).raise_for_status()

    queue: asyncio.Queue[int] = asyncio.Queue()
    for i in range(count):
        queue.put_nowait(i)

    async def worker() -> None:
        while not queue.empty():
            await one(queue.get_nowait())

    await asyncio.gather(*(worker() for _ in range(concurrency)))


class Peaks:
    """The highest VmRSS of each process while running, sampled every 20 ms."""

    def __init__(self, pids: dict[str, int]) -> None:
        self.pids = pids
        self.before = {name: rss_kib(pid) for name, pid in pids.items()}
        self.peak = dict(self.before)
        self._task = asyncio.get_running_loop().create_task(self._sample())

    async def _sample(self) -> None:
        while True:
            for name, pid in self.pids.items():
                self.peak[name] = max(self.peak[name], rss_kib(pid))
            await asyncio.sleep(0.02)

    async def stop(self) -> dict[str, int]:
        self._task.cancel()
        return {name: self.peak[name] - self.before[name] for name in self.pids}


async def export(officer: httpx.AsyncClient, number: str, pids: dict[str, int]) -> tuple[float, dict, dict, int]:
    """Seconds from verify to completed, each service's RSS growth (KiB) while the export is made and while
    it is downloaded, the archive's size (bytes)."""
    created = (await officer.post("/v1/privacy-requests", json={
        "type": "access", "regulation": "gdpr", "subject": {"phone_numbers": [number]},
        "received_at": datetime.now(UTC).isoformat()})).json()
    peaks = Peaks({name: pids[name] for name in SERVICES})
    started = time.perf_counter()
    (await officer.post(f"/v1/privacy-requests/{created['id']}/verify",
                        json={"method": "bench", "verified_by": "bench"})).raise_for_status()
    while True:
        answer = (await officer.get(f"/v1/privacy-requests/{created['id']}")).json()
        if answer["status"] in FINISHED:
            break
        if time.perf_counter() - started > 1800:
            raise RuntimeError(f"privacy request {created['id']} did not finish within 30 min: {answer['status']}")
        await asyncio.sleep(0.2)
    seconds, growth = time.perf_counter() - started, await peaks.stop()
    assert answer["status"] == "completed", answer
    peaks, size = Peaks({name: pids[name] for name in ("transcripts", "gateway")}), 0
    async with officer.stream("GET", f"/v1/privacy-requests/{created['id']}/export") as archive:
        archive.raise_for_status()
        async for piece in archive.aiter_raw():
            size += len(piece)
    return seconds, growth, await peaks.stop(), size


async def measure(bench, sizes: list[int]) -> list[str]:
    admin = {"Authorization": f"Bearer {bench.key}"}
    pids = {name: bench.pid(name) for name in (*SERVICES, "gateway")}
    rows = []
    async with httpx.AsyncClient(base_url=bench.gateway, headers=admin, timeout=120) as client:
        secret = (await client.post("/v1/api-keys", json={"label": "bench", "roles": ["compliance_officer"]})).json()
        numbers = {size: f"+1415555{1000 + n:04d}" for n, size in enumerate(sizes)}
        for size, number in numbers.items():
            made = time.perf_counter()
            await make_calls(client, number, size)
            print(f"{size:,} calls with transcripts through the API in {time.perf_counter() - made:.0f}s", flush=True)
        async with httpx.AsyncClient(base_url=bench.gateway, timeout=600,
                                     headers={"Authorization": f"Bearer {secret['secret']}"}) as officer:
            for size, number in numbers.items():
                seconds, growth, download, archive = await export(officer, number, pids)
                rows.append(f"| {size:,} calls, {size:,} transcripts | {seconds:.1f} s | "
                            f"{growth['recording_consent'] / 1024:.1f} MiB | {growth['transcripts'] / 1024:.1f} MiB | "
                            f"{download['transcripts'] / 1024:.1f} MiB | {download['gateway'] / 1024:.1f} MiB | "
                            f"{archive / 2**20:.1f} MiB |")
                print(rows[-1], flush=True)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Past 5,000 calls the archive is larger than one multipart part (8 MiB, held while it is sent), so
    # 5,000 and 10,000 differ only by what grows with the subject's transcripts.
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 5_000, 10_000])
    args = parser.parse_args()
    # The gateway's ops port on a free one too: another stack (a test session, a bench) may hold the default.
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, \
            bench_stack(tmp, {"gateway_ops_port": free_port()}) as bench:
        rows = asyncio.run(measure(bench, args.sizes))
    section = "\n".join([
        f"\n## export_memory.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. An access export through the gateway, the whole stack as `callvault up` starts "
        "it; peak VmRSS growth of each service while the export is made, and of the transcripts service and the "
        "gateway while it is downloaded (sampled every 20 ms), beside the ceiling measured in the same run: the "
        "archive's own size, which building or opening it in memory held at least.\n",
        "| subject on | verify to completed | export: consent service | export: transcripts service | "
        "download: transcripts service | download: gateway | ceiling: the archive |",
        "|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    with RESULTS.open("a") as results:
        results.write(section + "\n")


if __name__ == "__main__":
    main()

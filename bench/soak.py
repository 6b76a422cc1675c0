"""A soak: a steady mixed load through the gateway for ten minutes, and what it leaves behind.

The whole stack as `callvault up` starts it (temporary directory, free ports). After a warm-up, each
operation is sent at a fixed rate (open loop: a slow answer does not slow the sender): Standard
Webhooks (each call started, a key press, ended), decision reads, consent changes that the live
decision streams of a few subscribers carry, transcript ingest, and transcript reads. At the end:
throughput, p50/p99 and errors per operation; the resident memory of each process, sampled ten times
from the start of the load to its end (the issue's target: no growth beyond 10%), with the means of
the two halves compared; and, once the load stops, how long until the outboxes, the JetStream
consumers and the webhook inbox have nothing left (the target: all zero). Puts a dated section in
bench/RESULTS.md, in place of its last one.

Caches fill during the first half hour (PostgreSQL's shared buffers, SeaweedFS): a warm-up of 1800 s
measures the steady state rather than the filling.

    .venv/bin/python -m bench.soak [--seconds 600] [--warmup 30]
"""

import argparse
import asyncio
import contextlib
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path

import httpx
import nats
import psutil
from sqlalchemy import text
from standardwebhooks import Webhook

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import BenchStack, bench_stack
from bench.decision_latency import machine, record
from services.common.db import create_engine, tenant_session
from services.common.settings import SERVICES

RATES = {  # requests a second
    "webhook": 10.0,
    "GET decision": 40.0,
    "POST consent change": 2.0,
    "POST transcript": 2.0,
    "GET transcript": 5.0,
}
SUBSCRIBERS = 4  # live decision streams open all along, on the calls whose consent changes
IN_FLIGHT = 64  # per operation: beyond this, a send is counted as skipped (the stack fell behind)
DRAIN_TIMEOUT = 300.0
SAMPLES = 10  # memory is read this many times during the load, and once at its end
WEBHOOK_SECRET = "whsec_" + "c29hay1iZW5jaC1zZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZg=="


class Recorder:
    def __init__(self) -> None:
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.skipped: dict[str, int] = defaultdict(int)
        self.first_error: dict[str, str] = {}

    async def timed(self, name: str, request: Callable[[], Awaitable[httpx.Response]], expect: int) -> None:
        started = time.perf_counter()
        try:
            response = await request()
            ok = response.status_code == expect
            detail = f"{response.status_code} {response.text[:200]}"
        except httpx.HTTPError as exc:
            ok, detail = False, repr(exc)
        self.latencies[name].append(1000 * (time.perf_counter() - started))
        if not ok:
            self.errors[name] += 1
            self.first_error.setdefault(name, detail)


async def paced(recorder: Recorder, name: str, rate: float, until: float,
                send: Callable[[], tuple[Callable[[], Awaitable[httpx.Response]], int] | None]) -> None:
    """`send` at `rate` a second until `until` (loop time), each request its own task."""
    loop = asyncio.get_running_loop()
    in_flight: set[asyncio.Task] = set()
    next_at = loop.time()
    while loop.time() < until:
        request = send()
        if request is not None:
            if len(in_flight) >= IN_FLIGHT:
                recorder.skipped[name] += 1
            else:
                task = asyncio.create_task(recorder.timed(name, *request))
                in_flight.add(task)
                task.add_done_callback(in_flight.discard)
        next_at += 1 / rate
        await asyncio.sleep(max(0.0, next_at - loop.time()))  # the pace itself, not a wait for anything
    await asyncio.gather(*in_flight)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))] if ordered else 0.0


def memory_mib(bench: BenchStack) -> dict[str, float]:
    """Resident memory of each process. PostgreSQL's in two parts: what its postmaster and backends hold
    privately (USS), and their shared memory as far as they have touched it (PSS less USS: the shared
    buffers counted once, not per backend), which grows until it reaches `shared_buffers`."""
    found = {}
    for process in bench.stack.processes:
        leader = psutil.Process(process.pid)
        if process.name == "postgres":
            infos = [p.memory_full_info() for p in [leader, *leader.children(True)]]
            found["postgres private"] = sum(i.uss for i in infos) / 2**20
            found["postgres shared"] = sum(i.pss - i.uss for i in infos) / 2**20
        else:
            found[process.name] = sum(p.memory_info().rss for p in [leader, *leader.children(True)]) / 2**20
    return found


async def backlog(bench: BenchStack, admin: httpx.AsyncClient) -> dict[str, int]:
    """What is still to do: unpublished outbox rows per service, unacknowledged events per consumer,
    webhooks waiting in the inbox."""
    found: dict[str, int] = {}
    for service in SERVICES:
        engine = create_engine(bench.settings.service_database_url(service, owner=True), pool_size=1)
        try:
            async with tenant_session(engine, bench.tenant_id) as session:
                connection = await session.connection()
                found[f"outbox {service}"] = (await connection.execute(text(
                    "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))).scalar_one()
        finally:
            await engine.dispose()
    nc = await nats.connect(bench.settings.nats_servers)
    try:
        for info in await nc.jetstream().consumers_info(bench.settings.nats_stream):
            found[f"consumer {info.name}"] = info.num_pending + info.num_ack_pending
    finally:
        await nc.close()
    found["webhook inbox"] = (await admin.get("/v1/webhook-inbox")).json()["pending"]
    return found


async def setup(admin: httpx.AsyncClient, calls: int) -> list[dict]:
    """Calls whose customer consented to recording and transcription: (call id, participant ids)."""
    made = []
    started = (datetime.now(UTC) - timedelta(minutes=1)).isoformat()  # consent from the call's first second
    for n in range(calls):
        body = {"external_id": f"soak-{n}-{time.monotonic_ns()}", "provider": "twilio", "direction": "inbound",
                "started_at": started,
                "participants": [{"external_id": "agent", "role": "agent", "jurisdiction": "US-NY"},
                                 {"external_id": "cust", "role": "customer", "phone_number": "+14155550100"}]}
        call = (await admin.post("/v1/calls", json=body)).raise_for_status().json()
        ids = {p["external_id"]: p["id"] for p in call["participants"]}
        (await admin.post(f"/v1/calls/{call['id']}/events", json={
            "type": "consent_granted", "participant_id": ids["cust"], "purposes": ["recording", "transcription"],
            "method": "dtmf", "occurred_at": started})).raise_for_status()
        made.append({"id": call["id"], **ids})
    return made


async def subscribe(admin: httpx.AsyncClient, call_id: str, until: float, received: list[int]) -> None:
    """A live decision stream held open until `until` (loop time), counting the decisions it carries;
    reconnects if it drops (counted in `received[1]`)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout_at(until):  # the stream's keep-alives would hold a read timeout off
            while True:
                try:
                    async with admin.stream("GET", f"/v1/calls/{call_id}/decision/stream") as response:
                        async for line in response.aiter_lines():
                            if line.startswith("data:"):
                                received[0] += 1
                except httpx.HTTPError:
                    received[1] += 1


async def soak(bench: BenchStack, seconds: float, warmup: float) -> dict:
    admin = httpx.AsyncClient(base_url=bench.gateway, headers={"Authorization": f"Bearer {bench.key}"},
                              timeout=30, limits=httpx.Limits(max_connections=200))
    provider = httpx.AsyncClient(base_url=bench.gateway, timeout=30)
    slug = (await admin.get(f"/v1/tenants/{bench.tenant_id}")).json()["slug"]
    (await admin.put("/v1/telephony/standard", json={"secret": WEBHOOK_SECRET})).raise_for_status()
    calls = await setup(admin, 20)
    watched = calls[:SUBSCRIBERS]
    transcripts: list[str] = []
    webhook_numbers, changes, picks = count(), count(), count()
    signer = Webhook(WEBHOOK_SECRET)

    def webhook():
        n = next(webhook_numbers)
        kind = ["call.started", "consent.dtmf", "call.ended"][n % 3]
        body = json.dumps({"type": kind, "call_id": f"soak-{n // 3}", "digits": "1"})
        message_id, at = f"msg_soak_{n}", datetime.now(UTC)
        headers = {"content-type": "application/json", "webhook-id": message_id,
                   "webhook-timestamp": str(int(at.timestamp())),
                   "webhook-signature": signer.sign(message_id, at, body)}
        return (lambda: provider.post(f"/v1/webhooks/standard/{slug}", content=body, headers=headers)), 200

    def decision():
        call = calls[next(picks) % len(calls)]
        return (lambda: admin.get(f"/v1/calls/{call['id']}/decision")), 200

    def consent_change():
        n = next(changes)  # each watched call's consent withdrawn, granted, withdrawn...: each a new decision
        call = watched[n % len(watched)]
        kind = "consent_withdrawn" if (n // len(watched)) % 2 == 0 else "consent_granted"
        event = {"type": kind, "participant_id": call["cust"], "purposes": ["transcription"], "method": "dtmf",
                 "occurred_at": datetime.now(UTC).isoformat()}
        return (lambda: admin.post(f"/v1/calls/{call['id']}/events", json=event)), 200

    def ingest():
        call = calls[SUBSCRIBERS + next(picks) % (len(calls) - SUBSCRIBERS)]  # consent never withdrawn
        body = {"call_id": call["id"], "language": "en-US", "engine": "soak", "segments": [
            {"participant_id": call["agent"], "start_ms": 0, "end_ms": 900, "text": "Thanks for calling."},
            {"participant_id": call["cust"], "start_ms": 1000, "end_ms": 1900, "text": "I would like to pay."}]}

        async def post() -> httpx.Response:
            response = await admin.post("/v1/transcripts", json=body)
            if response.status_code == 201:
                transcripts.append(response.json()["id"])
            return response
        return post, 201

    def read_transcript():
        if not transcripts:
            return None
        transcript = transcripts[-1 - next(picks) % min(50, len(transcripts))]
        return (lambda: admin.get(f"/v1/transcripts/{transcript}")), 200

    senders = {"webhook": webhook, "GET decision": decision, "POST consent change": consent_change,
               "POST transcript": ingest, "GET transcript": read_transcript}
    loop = asyncio.get_running_loop()

    async def load(recorder: Recorder, duration: float) -> list[list[int]]:
        until = loop.time() + duration
        streams = [[0, 0] for _ in watched]
        await asyncio.gather(*(paced(recorder, name, RATES[name], until, send) for name, send in senders.items()),
                             *(subscribe(admin, call["id"], until, received)
                               for call, received in zip(watched, streams, strict=True)))
        return streams

    await load(Recorder(), warmup)
    recorder = Recorder()
    started = time.perf_counter()
    timeline = [(0.0, memory_mib(bench))]

    async def sample_memory() -> None:
        for n in range(1, SAMPLES):
            await asyncio.sleep(started + n * seconds / SAMPLES - time.perf_counter())  # the sampling pace
            timeline.append((time.perf_counter() - started, memory_mib(bench)))
    sampler = asyncio.create_task(sample_memory())
    streams = await load(recorder, seconds)
    elapsed = time.perf_counter() - started
    sampler.cancel()
    timeline.append((elapsed, memory_mib(bench)))
    drain_started = time.perf_counter()
    while (left := await backlog(bench, admin)) and any(left.values()):
        if time.perf_counter() - drain_started > DRAIN_TIMEOUT:
            break
        await asyncio.sleep(1)  # polled: what is left is reported whether or not it reached zero
    drained_in = time.perf_counter() - drain_started
    await admin.aclose()
    await provider.aclose()
    return {"recorder": recorder, "elapsed": elapsed, "memory": timeline, "backlog": left,
            "drained_in": drained_in, "streams": streams}


def report(result: dict, seconds: float, warmup: float) -> str:
    recorder: Recorder = result["recorder"]
    rows = ["| operation | rate asked /s | done | /s | p50 ms | p99 ms | errors | skipped |",
            "|---|---|---|---|---|---|---|---|"]
    for name, rate in RATES.items():
        values = recorder.latencies[name]
        rows.append(f"| {name} | {rate:g} | {len(values)} | {len(values) / result['elapsed']:.1f} | "
                    f"{percentile(values, 50):.1f} | {percentile(values, 99):.1f} | {recorder.errors[name]} | "
                    f"{recorder.skipped[name]} |")
    timeline = result["memory"]
    (_, start), (_, middle), (_, end) = timeline[0], timeline[len(timeline) // 2], timeline[-1]
    # A garbage-collected process (NATS, SeaweedFS: Go) swings by a fifth between collections: two
    # single readings can fall on a trough and a crest. The means of the halves show a trend instead.
    half = len(timeline) // 2
    first, second = timeline[:half + 1], timeline[half:]
    memory = ["| process | start MiB | middle MiB | end MiB | change | change in the second half "
              "| mean of the second half vs the first |", "|---|---|---|---|---|---|---|"]
    for name in start:
        means = [sum(sample[name] for _, sample in part) / len(part) for part in (first, second)]
        memory.append(f"| {name} | {start[name]:.1f} | {middle[name]:.1f} | {end[name]:.1f} | "
                      f"{100 * (end[name] / start[name] - 1):+.1f}% | {100 * (end[name] / middle[name] - 1):+.1f}% | "
                      f"{100 * (means[1] / means[0] - 1):+.1f}% |")
    curve = ["| minute | " + " | ".join(start) + " |", "|---|" + "---|" * len(start)]
    for at, sample in timeline:
        curve.append(f"| {at / 60:.1f} | " + " | ".join(f"{sample[name]:.0f}" for name in start) + " |")
    left = result["backlog"]
    streams = result["streams"]
    errors = "".join(f"\nFirst error of {name}: `{detail}`" for name, detail in recorder.first_error.items())
    return "\n".join([
        f"\n## soak.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. The stack as `callvault up` starts it, all on this machine; {seconds:g} s of "
        f"steady load after {warmup:g} s of warm-up, every request through the gateway; {SUBSCRIBERS} live "
        "decision streams open all along. PostgreSQL's memory is its processes' private memory (USS) and their "
        "share of the shared memory they touched (PSS less USS); the others' is RSS.\n",
        *rows, "",
        f"Live decision streams: {sum(s[0] for s in streams)} decisions received, "
        f"{sum(s[1] for s in streams)} reconnects.\n",
        *memory, "", "Memory (MiB) during the load:\n", *curve, "",
        f"After the load: {'everything drained' if not any(left.values()) else 'NOT drained'} in "
        f"{result['drained_in']:.1f} s. Left: " + ", ".join(f"{k} {v}" for k, v in left.items()) + "." + errors,
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600)
    parser.add_argument("--warmup", type=float, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="callvault-soak-") as tmp, bench_stack(tmp) as bench:
        result = asyncio.run(soak(bench, args.seconds, args.warmup))
    section = report(result, args.seconds, args.warmup)
    print(section)
    record(section)


if __name__ == "__main__":
    main()

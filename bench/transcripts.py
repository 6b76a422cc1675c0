"""Transcript ingest and reads, beside plain aioboto3 PUTs of the same sizes to the same SeaweedFS.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports). At 16 concurrent clients:
- the ceiling: plain aioboto3 `put_object` of 5 KB and 200 KB bodies, one client and 16 tasks: a
  stock client (the issue's ceiling, what its targets are measured against) and one configured as
  the services configure theirs (no payload hashing, cached endpoints: a stricter ceiling, shown
  beside it);
- POST /v1/transcripts of 5 KB and 200 KB transcripts (20 and 800 segments), straight to the
  transcripts service (internal token) and through the gateway (API key), driven by `wrk`; each is
  one consent request, one KMS wrap, one S3 PUT and two commits; three rounds of the four, each
  ratio taken within its round (the machine drifts by several per cent from minute to minute);
- GET /v1/transcripts/{id} (redacted view, its stored redacted artifact present: a GET from S3, an
  unwrap, a decryption, an audit entry), between two runs of a bare FastAPI app answering a constant
  JSON (the ceiling of issue 30's read target, at the same connections);
- a subject lookup (`?phone_number=`) once the tenant holds 100,000 transcripts (rows inserted
  directly: the lookup reads rows and the blind index, never objects).
Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/transcripts.py [--seconds 10] [--connections 16] [--rounds 3] [--read-rounds 1]
        [--reads-only] [--profile FILE]
"""

import argparse
import asyncio
import json
import random
import shutil
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID

import aioboto3
import httpx
import msgspec
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import _profiler, bench_stack, ceiling_app, settle, wrk
from bench.decision_latency import machine, record
from services.common.auth import Principal, Role, sign_internal_token
from services.common.crypto.fields import FieldCrypto
from services.common.phones import normalize_phone
from services.common.storage import s3_client
from services.transcripts.documents import pack
from services.transcripts.schemas import TranscriptCreate

POST_LUA = """
local body
init = function(args)
  local f = io.open(args[1], "rb"); body = f:read("*a"); f:close()
end
request = function()
  return wrk.format("POST", wrk.path, {["Content-Type"] = "application/json",
                    ["Authorization"] = wrk.headers["Authorization"]}, body)
end
"""
SIZES = {"5 KB": 20, "200 KB": 800}  # segments of ~250 bytes each
LOOKUP_ROWS = 100_000


def consenting_call(gateway: str, key: str) -> tuple[str, dict[str, str]]:
    with httpx.Client(base_url=gateway, headers={"Authorization": f"Bearer {key}"}, timeout=30) as client:
        call = client.post("/v1/calls", json={
            "external_id": f"bench-{time.monotonic_ns()}", "provider": "twilio", "direction": "inbound",
            "started_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
            "participants": [{"external_id": "agent", "role": "agent", "jurisdiction": "US-NY"},
                             {"external_id": "cust", "role": "customer", "phone_number": "+14155550100"}]},
        ).raise_for_status().json()
        ids = {p["external_id"]: p["id"] for p in call["participants"]}
        client.post(f"/v1/calls/{call['id']}/events", json={
            "type": "consent_granted", "participant_id": ids["cust"], "purposes": ["recording", "transcription"],
            "method": "dtmf", "occurred_at": call["started_at"]}).raise_for_status()
    return call["id"], ids


# Words of support calls, drawn at random (and a number now and then): it compresses about as well as
# speech does (zstd: about 3.5 times), where one repeated sentence would compress forty times.
WORDS = """
a about account actually address after again agent all also am amount an and any anything are around as ask at
available back balance bank be because been before being bill billing both but buy by call called calling can
cancel card case change charge charged check city claim close code come company confirm contract could credit
customer date day days deal delivery department did different do does doing done down due each email else end
even every exactly fee few file find first fix for form free from full get give go going good got great had has
have he hear hello help her here hi him his hold home hour how i if in information insurance internet into is issue
it item just keep kind know last late later let like line little live look looks lot mail make manager many may me
mean minute minutes moment money month monthly more morning most much my name need never new next no not note
now number of off offer office oh ok okay on once one only open or order other our out over paid part pay payment
people period person phone plan please point policy price problem process product question quite rate really reason
receive received record refund remember renew right said same say second see send sent service set she should
show since so some someone something sorry speak start still sure system take talk team tell than thank thanks that
the their them then there these they thing think this those through time to today told too transfer try trying two
under understand until up update us use used very wait want was way we week well went were what when where which
while who why will with without work would yeah year yes yesterday you your
""".split()


def transcript(call_id: str, ids: dict[str, str], segments: int) -> bytes:
    rng = random.Random(segments)

    def words(length: int) -> str:
        out: list[str] = []
        while sum(len(w) + 1 for w in out) < length:
            out.append(rng.choice(WORDS) if rng.random() > 0.03 else str(rng.randrange(1, 10_000)))
        return " ".join(out)

    body = {"call_id": call_id, "language": "en-US", "engine": "bench", "segments": [
        {"participant_id": ids["agent" if n % 2 else "cust"], "start_ms": 1000 + 2000 * n, "end_ms": 2900 + 2000 * n,
         "text": words(170), "confidence": round(rng.uniform(0.6, 1), 3)} for n in range(segments)]}
    return json.dumps(body).encode()


def quiet() -> None:
    """Until the machine is quiet again (30 s at most): SeaweedFS goes on writing for seconds after a
    run that sent it a gigabyte, and whichever run came next would pay for it."""
    deadline = time.monotonic() + 30
    while psutil.cpu_percent(interval=0.5) > 10 and time.monotonic() < deadline:
        pass


@asynccontextmanager
async def stock_client(settings) -> AsyncIterator:
    """aioboto3 as it comes: its default configuration hashes every body for the signature."""
    async with aioboto3.Session().client(
            "s3", endpoint_url=settings.s3_endpoint, region_name=settings.s3_region,
            aws_access_key_id=settings.secret("s3_access_key_id"),
            aws_secret_access_key=settings.secret("s3_secret_access_key")) as client:
        yield client


CLIENTS = {"stock": stock_client, "tuned": s3_client}


async def plain_puts(settings, size: int, seconds: float, concurrency: int, client: str = "stock"
                     ) -> dict[str, float]:
    """PUTs/s, latency, and the client's own CPU per PUT (this process runs nothing else meanwhile)."""
    body = b"x" * size
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    async with CLIENTS[client](settings) as s3:
        async def worker(w: int) -> None:
            n = 0
            while time.perf_counter() < deadline:
                started = time.perf_counter()
                await s3.put_object(Bucket=settings.s3_bucket, Key=f"bench/{size}/{w}/{n}", Body=body)
                latencies.append(time.perf_counter() - started)
                n += 1
        started, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker(w) for w in range(concurrency)))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    ms = sorted(x * 1000 for x in latencies)
    return {"rps": len(ms) / elapsed, "p50": ms[len(ms) // 2], "p99": ms[int(len(ms) * 0.99)], "errors": 0,
            "cpu_ms": 1000 * cpu / len(ms)}


async def fill_for_lookup(settings, tenant_id, rows: int) -> None:
    """`rows` transcripts with a participant each (one in 10,000 is the person looked up)."""
    import asyncpg

    crypto = FieldCrypto(settings.secret("master_key"))
    wanted = crypto.blind_index(tenant_id, "phone", normalize_phone("+14155550199", "US"))
    url = settings.service_database_url("transcripts", owner=True).replace("+asyncpg", "")
    connection = await asyncpg.connect(url)
    try:
        await connection.execute("SELECT set_config('app.tenant_id', $1, false)", str(tenant_id))
        await connection.execute("""
            INSERT INTO transcript (id, tenant_id, call_id, version, status, language, engine, tags, agent_ids,
                segment_count, removed_segments, call_started_at, wrapped_key, kek_id, kek_version, created_at)
            SELECT gen_random_uuid(), $1, gen_random_uuid(), 1, 'active', 'en', 'bench', '{}', '{agent}', 1, 0,
                   now(), '\\x00', 'bench', 1, now() - make_interval(secs => g)
            FROM generate_series(1, $2) g""", tenant_id, rows)
        await connection.execute("""
            INSERT INTO transcript_subject (tenant_id, kind, digest, transcript_id)
            SELECT $1, 'phone', CASE WHEN row_number() OVER () % 10000 = 0 THEN $2 ELSE md5(id::text) END, id
            FROM transcript WHERE tenant_id = $1 AND engine = 'bench'""", tenant_id, wanted)
    finally:
        await connection.close()


def run(args: argparse.Namespace) -> tuple[list[str], list[str]]:
    s, c = args.seconds, args.connections
    rows: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp) as bench:
        settings = bench.settings
        token = sign_internal_token(settings.secret("internal_signing_key"),
                                    Principal(bench.tenant_id, "bench", frozenset({Role.tenant_admin})),
                                    "transcripts", 3600)
        internal = {"Authorization": f"Bearer {token}"}
        api_key = {"Authorization": f"Bearer {bench.key}"}
        service = f"http://127.0.0.1:{settings.transcripts_port}"
        call_id, ids = consenting_call(bench.gateway, bench.key)
        with httpx.Client(base_url=service, headers=internal, timeout=30) as client:
            one = client.post("/v1/transcripts", content=transcript(call_id, ids, SIZES["5 KB"]),
                              headers={"content-type": "application/json"}).raise_for_status().json()
        # First, while no ingest has left the redaction consumer a backlog: its artifact is there at once.
        asyncio.run(redacted_stored(settings, bench.tenant_id, one["id"]))
        quiet()
        with ceiling_app(tmp) as ceiling_url:
            for _ in range(args.read_rounds):
                before = wrk(ceiling_url, s, c, {})
                spy = _profiler(args.profile, bench.pid("transcripts"), s)
                read = read_load(bench, f"{service}/v1/transcripts/{one['id']}", s, c, internal)
                if spy is not None:
                    spy.wait(timeout=s + 30)
                after = wrk(ceiling_url, s, c, {})
                ceiling = (before["rps"] + after["rps"]) / 2
                rows.append(f"| ceiling: bare FastAPI, constant JSON, before and after the reads | {ceiling:.0f} | | | "
                            f"| {before['p50']:.1f} | {before['p99']:.1f} | {before['errors'] + after['errors']} |")
                rows.append(f"| GET transcript 5 KB (redacted), straight ({100 * read['rps'] / ceiling:.1f}% of the "
                            f"ceiling; CPU ms/read {read['cpu']}) | {read['rps']:.0f} | | | | {read['p50']:.1f} | "
                            f"{read['p99']:.1f} | {read['errors']} |")
        if args.reads_only:
            return rows, notes
        script = Path(tmp) / "post.lua"
        script.write_text(POST_LUA)
        for label, segments in SIZES.items():
            body = Path(tmp) / f"{label}.json"
            body.write_bytes(transcript(call_id, ids, segments))
            size = body.stat().st_size
            # Rounds of the three, one after the other: this machine drifts by several per cent from one
            # minute to the next, so each ratio is taken within its round, and the median round reported.
            runs = {"stock": [], "tuned": [], "straight": [], "through": []}
            for _ in range(args.rounds):
                for client in ("stock", "tuned"):
                    quiet()
                    runs[client].append(asyncio.run(plain_puts(settings, size, s, c, client)))
                quiet()
                runs["straight"].append(wrk(f"{service}/v1/transcripts", s, c, internal, script, [str(body)]))
                quiet()
                runs["through"].append(wrk(f"{bench.gateway}/v1/transcripts", s, c, api_key, script, [str(body)]))
            for name, kind in ((f"plain aioboto3 PUT, {label}, stock client", "stock"),
                               (f"plain aioboto3 PUT, {label}, client as the services configure it", "tuned"),
                               (f"POST transcript {label}, straight to the service", "straight"),
                               (f"POST transcript {label}, through the gateway", "through")):
                r = sorted(runs[kind], key=lambda run: run["rps"])[len(runs[kind]) // 2]
                cpu = f" (client CPU {r['cpu_ms']:.2f} ms/PUT)" if "cpu_ms" in r else ""
                rows.append(f"| {name}{cpu} | {r['rps']:.0f} | {r['rps'] * size / 1e6:.1f} | "
                            f"{_ratio(runs[kind], runs['stock'])} | {_ratio(runs[kind], runs['tuned'])} | "
                            f"{r['p50']:.1f} | {r['p99']:.1f} | {sum(run['errors'] for run in runs[kind])} |")
            stored = len(pack(msgspec.json.decode(body.read_bytes(), type=TranscriptCreate).segments))
            notes.append(f"A {label} transcript ({size / 1e3:.0f} KB as sent) is stored as {stored / 1e3:.0f} KB "
                         f"(its words compressed {size / stored:.1f} times, then sealed).")
        asyncio.run(fill_for_lookup(settings, bench.tenant_id, LOOKUP_ROWS))
        settle(settings)
        lookup = wrk(f"{service}/v1/transcripts?phone_number=%2B14155550199", s, 1, internal)
        rows.append(f"| subject lookup over {LOOKUP_ROWS:,} transcripts, 1 connection | {lookup['rps']:.0f} | | | | "
                    f"{lookup['p50']:.1f} | {lookup['p99']:.1f} | {lookup['errors']} |")
        lookup = wrk(f"{service}/v1/transcripts?phone_number=%2B14155550199", s, c, internal)
        rows.append(f"| subject lookup over {LOOKUP_ROWS:,} transcripts, {c} connections | {lookup['rps']:.0f} | | | "
                    f"| {lookup['p50']:.1f} | {lookup['p99']:.1f} | {lookup['errors']} |")
    return rows, notes


CPU_OF = ("transcripts", "recording_consent", "postgres", "seaweedfs")  # the processes a redacted read runs in


def read_load(bench, url: str, seconds: int, connections: int, headers: dict[str, str]) -> dict:
    """wrk's figures, and the CPU each process of the read spent per read (from /proc, its children
    included: PostgreSQL's backends), plus the machine's (every process, wrk and other work included)."""
    before = {name: _tree_cpu(bench.pid(name)) for name in CPU_OF}
    machine_before = psutil.cpu_times()
    result = wrk(url, seconds, connections, headers)
    machine_after = psutil.cpu_times()
    spent = {name: sum(t - before[name].get(pid, 0.0) for pid, t in _tree_cpu(bench.pid(name)).items())
             for name in CPU_OF}
    busy = sum(getattr(machine_after, f) - getattr(machine_before, f) for f in ("user", "system", "nice", "irq",
                                                                                  "softirq"))
    per_read = {name: 1000 * seconds_ / result["requests"] for name, seconds_ in spent.items()}
    result["cpu"] = ", ".join([*(f"{name} {ms:.2f}" for name, ms in per_read.items()),
                               f"these {sum(per_read.values()):.2f}",
                               f"machine {1000 * busy / result['requests']:.2f}"])
    return result


def _tree_cpu(pid: int) -> dict[int, float]:
    """User plus system CPU seconds of a process and each of its descendants, by pid."""
    found = {}
    root = psutil.Process(pid)
    for process in [root, *root.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        found[process.pid] = times.user + times.system
    return found


async def redacted_stored(settings, tenant_id, transcript_id: str, timeout: float = 60) -> None:
    """Until the redacted artifact the consumer writes for a new transcript is stored (the read
    measured is the one that finds it)."""
    import asyncpg

    connection = await asyncpg.connect(settings.service_database_url("transcripts").replace("+asyncpg", ""))
    try:
        deadline = time.monotonic() + timeout
        await connection.execute("SELECT set_config('app.tenant_id', $1, false)", str(tenant_id))
        while not await connection.fetchval("SELECT EXISTS (SELECT 1 FROM transcript_artifact WHERE transcript_id = "
                                            "$1 AND kind LIKE 'redacted-%')", UUID(transcript_id)):
            if time.monotonic() > deadline:
                raise TimeoutError("the redacted artifact was not stored")
            await asyncio.sleep(0.2)
    finally:
        await connection.close()


def _ratio(runs: list[dict], ceilings: list[dict]) -> str:
    """The median round's ratio, and the range over the rounds."""
    ratios = sorted(r["rps"] / p["rps"] for r, p in zip(runs, ceilings, strict=True))
    return f"{100 * ratios[len(ratios) // 2]:.0f}% ({100 * ratios[0]:.0f}-{100 * ratios[-1]:.0f}%)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the ingest comparison (median reported)")
    parser.add_argument("--profile", help="py-spy's collapsed stacks of the transcripts service under the redacted "
                                          "reads (`pip install py-spy`), written to this file")
    parser.add_argument("--read-rounds", type=int, default=1,
                        help="rounds of ceiling, redacted reads (with each process's CPU per read), ceiling")
    parser.add_argument("--reads-only", action="store_true",
                        help="the ceiling and the redacted reads only, printed and not recorded")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk): a Python load generator would share the 2 cores it measures")
    rows, notes = run(args)
    section = "\n".join([
        f"\n## transcripts.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. wrk -t2 -c{args.connections} -d{args.seconds}s (the plain PUTs: one aioboto3 "
        "client, as many tasks; a stock client, the issue's ceiling, and one configured as the services configure "
        "theirs, a stricter one) on the same machine as PostgreSQL, SeaweedFS, NATS and the three services. "
        f"Ingest: {args.rounds} rounds of the two kinds of plain PUTs, straight and through the gateway; the "
        "median round's numbers, and the range of each ratio over the rounds. "
        + " ".join(notes) + "\n",
        "| what | req/s | MB/s | of stock PUTs | of tuned PUTs | p50 ms | p99 ms | non-2xx |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    if not args.reads_only:
        record(section)


if __name__ == "__main__":
    main()

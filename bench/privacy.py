"""Privacy requests at scale: finding a subject among 100,000 transcripts of 50,000 subjects, an
erasure of 1,000 transcripts, an access export of 200.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports). The demo tenant gets 100,000 transcripts of 50,000 other subjects (rows inserted directly, two
per subject, each with its blind index), then:
- find: the query a request's work runs for a subject (`privacy.repository.transcripts_of`), as the
  service's role, 200 times for random subjects: p50, p99;
- erasure: a subject with 1,000 transcripts (rows inserted directly, a 1 KB object each, indexed under
  the subject's real blind index): from `POST .../verify` through the gateway to the request
  `completed` (keys destroyed, objects deleted, 1,000 certificates, the consent service's part);
- access: a subject on 200 calls with a transcript each, made through the API (consent, participants,
  sealed words): from `POST .../verify` to `completed` with the zip ready, then its download.
Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/privacy.py [--filler 100000]
"""

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from uuid import UUID, uuid4

import asyncpg
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import bench_stack
from bench.decision_latency import machine, record
from bench.purge import _owner_url, fill
from services.common.crypto.fields import FieldCrypto
from services.common.phones import normalize_phone
from services.common.settings import Settings
from services.transcripts.privacy.repository import transcripts_of

ERASED, EXPORTED = "+14155550101", "+14155550102"
FINISHED = ("completed", "partially_completed", "rejected")


async def filler(settings: Settings, tenant_id: UUID, transcripts: int) -> list[str]:
    """Transcripts of other subjects (two each), rows only; their subjects' blind indexes."""
    digests = [uuid4().hex + uuid4().hex for _ in range(transcripts // 2)]
    connection = await asyncpg.connect(_owner_url(settings))
    try:
        async with connection.transaction():
            await connection.execute("SELECT set_config('app.tenant_id', $1, false)", str(tenant_id))
            ids = await connection.fetch("""
                INSERT INTO transcript (id, tenant_id, call_id, version, status, language, engine, tags, agent_ids,
                    segment_count, removed_segments, call_started_at, wrapped_key, kek_id, kek_version)
                SELECT gen_random_uuid(), $1, gen_random_uuid(), 1, 'active', 'en', 'bench', '{}', '{agent}', 1, 0,
                       now() - interval '1 day', '\\x00', 'bench', 1
                FROM generate_series(1, $2) RETURNING id""", tenant_id, transcripts)
            await connection.execute("""
                INSERT INTO transcript_subject (tenant_id, kind, digest, transcript_id)
                SELECT $1, 'phone', ($2::text[])[(n - 1) / 2 + 1], id
                FROM unnest($3::uuid[]) WITH ORDINALITY AS x(id, n)""", tenant_id, digests, [r["id"] for r in ids])
    finally:
        await connection.close()
    return digests


async def find_times(settings: Settings, tenant_id: UUID, digests: list[str], runs: int = 200) -> list[float]:
    """The work's lookup of a subject, as the service runs it (its role, its tenant), in milliseconds."""
    from services.common.db import create_engine, tenant_session

    engine = create_engine(settings.service_database_url("transcripts"), pool_size=1)
    times = []
    try:
        for digest in digests[:runs]:
            async with tenant_session(engine, tenant_id) as session:
                started = time.perf_counter()
                rows = await transcripts_of(session, [digest])
                times.append((time.perf_counter() - started) * 1000)
                assert len(rows) == 2, rows
    finally:
        await engine.dispose()
    return times


async def make_calls(client: httpx.AsyncClient, number: str, count: int) -> None:
    """`count` calls of the subject, consenting, each with a transcript (through the API)."""
    async def one(i: int) -> None:
        call = (await client.post("/v1/calls", json={
            "provider": "bench", "external_id": f"access-{uuid4().hex}", "direction": "inbound",
            "started_at": (datetime.now(UTC) - timedelta(minutes=5)).isoformat(),
            "participants": [{"external_id": "agent-1", "role": "agent", "jurisdiction": "US-NY"},
                             {"external_id": "cust", "role": "customer", "phone_number": number}]})).json()
        ids = {p["external_id"]: p["id"] for p in call["participants"]}
        (await client.post(f"/v1/calls/{call['id']}/events", json={
            "type": "consent_granted", "participant_id": ids["cust"], "purposes": ["recording", "transcription"],
            "method": "dtmf", "occurred_at": call["started_at"]})).raise_for_status()
        segments = [{"participant_id": ids["agent-1" if n % 2 == 0 else "cust"], "start_ms": n * 1000,
                     "end_ms": n * 1000 + 900, "text": f"Sentence {n} of call {i}, about the bill and the plan."}
                    for n in range(20)]
        (await client.post("/v1/transcripts", json={"call_id": call["id"], "language": "en", "engine": "bench",
                                                    "segments": segments})).raise_for_status()

    for start in range(0, count, 20):
        await asyncio.gather(*(one(i) for i in range(start, min(count, start + 20))))


async def request_until_done(officer: httpx.AsyncClient, kind: str, number: str) -> tuple[float, dict]:
    created = (await officer.post("/v1/privacy-requests", json={
        "type": kind, "regulation": "gdpr", "subject": {"phone_numbers": [number]},
        "received_at": datetime.now(UTC).isoformat()})).json()
    started = time.perf_counter()
    (await officer.post(f"/v1/privacy-requests/{created['id']}/verify",
                        json={"method": "bench", "verified_by": "bench"})).raise_for_status()
    while time.perf_counter() - started < 300:
        answer = (await officer.get(f"/v1/privacy-requests/{created['id']}")).json()
        if answer["status"] in FINISHED:
            return time.perf_counter() - started, answer
        await asyncio.sleep(0.05)
    raise RuntimeError(f"privacy request {created['id']} did not finish within 300 s: {answer['status']}")


async def measure(bench, filler_count: int) -> list[str]:
    settings, tenant_id = bench.settings, bench.tenant_id
    crypto = FieldCrypto(settings.secret("master_key"))
    rows = []
    began = time.perf_counter()
    digests = await filler(settings, tenant_id, filler_count)
    erased = crypto.blind_index(tenant_id, "phone", normalize_phone(ERASED, "US"))
    await fill(settings, tenant_id, 1_000, erased, due=False)
    print(f"{filler_count:,} transcripts of {len(digests):,} subjects and 1,000 of one in "
          f"{time.perf_counter() - began:.0f}s", flush=True)
    times = sorted(await find_times(settings, tenant_id, digests))
    rows.append(f"| find one subject among {filler_count:,} transcripts of {len(digests):,} subjects | "
                f"p50 {statistics.median(times):.1f} ms, p99 {times[int(len(times) * 0.99) - 1]:.1f} ms | < 100 ms |")
    admin = {"Authorization": f"Bearer {bench.key}"}
    async with httpx.AsyncClient(base_url=bench.gateway, headers=admin, timeout=60) as client:
        secret = (await client.post("/v1/api-keys", json={"label": "bench", "roles": ["compliance_officer"]})).json()
        officer = httpx.AsyncClient(base_url=bench.gateway, timeout=60,
                                    headers={"Authorization": f"Bearer {secret['secret']}"})
        seconds, erased = await request_until_done(officer, "erasure", ERASED)
        purged = next(d for d in erased["report"]["done"] if d.get("action") == "purged")["count"]
        certified = next(d for d in erased["report"]["done"] if d.get("action") == "certified")["count"]
        rows.append(f"| erasure of a subject's 1,000 transcripts (verify to `{erased['status']}`) | {seconds:.1f} s "
                    f"({purged:,} purged, {certified:,} certificates) | < 10 s |")
        print(rows[-1], flush=True)
        made = time.perf_counter()
        await make_calls(client, EXPORTED, 200)
        print(f"200 calls with transcripts through the API in {time.perf_counter() - made:.0f}s", flush=True)
        seconds, exported = await request_until_done(officer, "access", EXPORTED)
        ready = next(d for d in exported["report"]["done"] if d.get("action") == "export_ready")
        started = time.perf_counter()
        archive = await officer.get(f"/v1/privacy-requests/{exported['id']}/export")
        download = time.perf_counter() - started
        rows.append(f"| access export of 200 transcripts (verify to `{exported['status']}`, zip ready) | "
                    f"{seconds:.1f} s ({ready['transcripts']} transcripts, {ready['files']} files; download "
                    f"{len(archive.content) / 1e6:.1f} MB in {download:.2f} s) | < 10 s |")
        print(rows[-1], flush=True)
        await officer.aclose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--filler", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp) as bench:
        rows = asyncio.run(measure(bench, args.filler))
    section = "\n".join([
        f"\n## privacy.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. One tenant with {args.filler:,} transcripts of {args.filler // 2:,} other subjects; "
        "the whole stack as `callvault up` starts it, driven through the gateway.\n",
        "| what | measured | target |",
        "|---|---|---|",
        *rows,
    ])
    print(section)
    record(section)


if __name__ == "__main__":
    main()

"""Purge of due transcripts (small objects), with one worker and with two, at 10,000 and 100,000.

In one run, on this machine: the whole stack as `callvault up` starts it (temporary directory, free
ports; its own purge worker idle). For each size and worker count, a tenant of its own gets that many
due transcripts: rows inserted directly (a phone subject each, the call ended a day ago, retention
0 days) and one 1 KB object each in SeaweedFS. Then that many `callvault purge --tenant T` processes
run at once, as separate workers would; each reports its own time (its start-up excluded). Checked
after each run: every object gone, one certificate per transcript. Also: the backlog query's plan.
Puts a dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python bench/purge.py [--sizes 10000 100000]
"""

import argparse
import asyncio
import re
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from uuid import UUID, uuid4

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.consent_throughput import bench_stack
from bench.decision_latency import machine, record
from services.common.settings import Settings
from services.common.storage import s3_client
from services.stack.up import settings_env
from services.transcripts.clients.objects import object_key

OBJECT = bytes(1024)
PUT_CONCURRENCY = 32


async def fill(settings: Settings, tenant_id: UUID, rows: int, subject: str | None = None, due: bool = True) -> None:
    """`rows` transcripts of the tenant (`due`: their call ended a day ago, retention 0 days), each with
    its object, its artifact row and a subject (`subject`'s blind index, else one of its own)."""
    ids = [uuid4() for _ in range(rows)]
    keys = iter([object_key(tenant_id, i, 1, "segments.json") for i in ids])
    async with s3_client(settings) as s3:
        async def put() -> None:
            for key in keys:
                await s3.put_object(Bucket=settings.s3_bucket, Key=key, Body=OBJECT)
        await asyncio.gather(*(put() for _ in range(PUT_CONCURRENCY)))
    # Then the rows, as ingest orders them: objects first.
    connection = await asyncpg.connect(_owner_url(settings))
    try:
        async with connection.transaction():  # due all at once, with their artifacts
            await connection.execute("SELECT set_config('app.tenant_id', $1, false)", str(tenant_id))
            await connection.execute("""
                INSERT INTO transcript (id, tenant_id, call_id, version, status, language, engine, tags, agent_ids,
                    segment_count, removed_segments, call_started_at, wrapped_key, kek_id, kek_version, call_ended_at)
                SELECT id, $1, gen_random_uuid(), 1, 'active', 'en', 'bench', '{}', '{agent}', 1, 0,
                       now() - interval '1 day', '\\x00', 'bench', 1, CASE WHEN $3 THEN now() - interval '1 day' END
                FROM unnest($2::uuid[]) id""", tenant_id, ids, due)
            if due:
                await connection.execute("UPDATE transcript SET retention_days = 0 WHERE tenant_id = $1", tenant_id)
            await connection.execute("""
                INSERT INTO transcript_artifact
                    (transcript_id, version, kind, tenant_id, bucket, object_key, size, sha256)
                SELECT id, 1, 'segments.json', $1, $2, $4 || id::text || '/v1/segments.json', 1024, md5(id::text)
                FROM unnest($3::uuid[]) id""", tenant_id, settings.s3_bucket, ids, f"tenants/{tenant_id}/transcripts/")
            await connection.execute("""
                INSERT INTO transcript_subject (tenant_id, kind, digest, transcript_id)
                SELECT $1, 'phone', COALESCE($3, md5(id::text)), id FROM unnest($2::uuid[]) id""", tenant_id, ids,
                                     subject)
    finally:
        await connection.close()


async def check(settings: Settings, tenant_id: UUID, rows: int) -> str:
    """'' when every object is gone and each transcript has one certificate; else what is wrong."""
    async with s3_client(settings) as s3:
        left = (await s3.list_objects_v2(Bucket=settings.s3_bucket, Prefix=f"tenants/{tenant_id}/"))
    connection = await asyncpg.connect(_owner_url(settings))
    try:
        await connection.execute("SELECT set_config('app.tenant_id', $1, false)", str(tenant_id))
        certified = await connection.fetchval(
            "SELECT count(DISTINCT transcript_id) FROM deletion_certificate WHERE tenant_id = $1", tenant_id)
        certificates = await connection.fetchval("SELECT count(*) FROM deletion_certificate WHERE tenant_id = $1",
                                                 tenant_id)
    finally:
        await connection.close()
    problems = []
    if left.get("KeyCount", 0):
        problems.append(f"{left['KeyCount']} objects left")
    if (certified, certificates) != (rows, rows):
        problems.append(f"{certificates} certificates for {certified} of {rows} transcripts")
    return "; ".join(problems)


async def backlog_plan(settings: Settings, tenant_id: UUID) -> str:
    """EXPLAIN of the purge's backlog query, as the worker runs it (the service's role, its tenant)."""
    from services.transcripts.lifecycle.repository import CLAIM_DUE

    connection = await asyncpg.connect(settings.service_database_url("transcripts").replace("+asyncpg", ""))
    try:
        async with connection.transaction():
            await connection.execute("SELECT set_config('app.tenant_id', $1, true)", str(tenant_id))
            rows = await connection.fetch("EXPLAIN " + CLAIM_DUE.replace(":limit", "500"))
    finally:
        await connection.close()
    return "\n".join(r[0] for r in rows)


def purge_with(settings: Settings, tenant_id: UUID, workers: int) -> tuple[float, list[float], int]:
    """(wall seconds, each worker's own seconds, transcripts purged) of `workers` processes at once."""
    command = [sys.executable, "-m", "services.cli", "purge", "--tenant", str(tenant_id)]
    env = {**settings_env(settings), "COLUMNS": "200"}
    started = time.perf_counter()
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                 for _ in range(workers)]
    outputs = [p.communicate(timeout=3600) for p in processes]
    wall = time.perf_counter() - started
    own, purged = [], 0
    for process, (out, err) in zip(processes, outputs, strict=True):
        text = out.decode()
        found = re.search(r"purged (\d+) in ([0-9.]+)s", text)
        if process.returncode != 0 or found is None:
            raise RuntimeError(f"a purge worker failed ({process.returncode}): {text}{err.decode()[-2000:]}")
        purged += int(found.group(1))
        own.append(float(found.group(2)))
    return wall, own, purged


def _owner_url(settings: Settings) -> str:
    return settings.service_database_url("transcripts", owner=True).replace("+asyncpg", "")


def run(args: argparse.Namespace) -> tuple[list[str], str]:
    rows: list[str] = []
    plan = ""
    with tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, \
            bench_stack(tmp, {"purge_interval_seconds": 86_400.0}) as bench:
        settings = bench.settings
        for size in args.sizes:
            for workers in (1, 2):
                tenant_id = uuid4()
                filled = time.perf_counter()
                asyncio.run(fill(settings, tenant_id, size))
                print(f"{size} due transcripts in {time.perf_counter() - filled:.0f}s", flush=True)
                if not plan and size == max(args.sizes):
                    plan = asyncio.run(backlog_plan(settings, tenant_id))
                wall, own, purged = purge_with(settings, tenant_id, workers)
                problem = asyncio.run(check(settings, tenant_id, size))
                slowest = max(own)
                rows.append(f"| {size:,} | {workers} | {purged:,} | {slowest:.1f} | {purged / slowest:,.0f} | "
                            f"{wall:.1f} | {problem or 'all objects gone, one certificate each'} |")
                print(rows[-1], flush=True)
    return rows, plan


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    rows, plan = run(args)
    section = "\n".join([
        f"\n## purge.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. Due transcripts of one tenant (1 KB objects in the embedded SeaweedFS), purged by "
        "`callvault purge --tenant T` processes running at once: key destroyed, objects deleted with "
        "DeleteObjects, certificate signed (Ed25519), written to the erasure ledger (one object per batch) and to "
        "the database with `transcript.purged`, 500 per batch. The time is "
        "the slowest worker's own (its process start-up excluded); wall includes start-up.\n",
        "| due transcripts | workers | purged | seconds | transcripts/s | wall s | check |",
        "|---|---|---|---|---|---|---|",
        *rows,
        "\nThe backlog query's plan (100,000 due):\n",
        "```", plan, "```",
    ])
    print(section)
    record(section)


if __name__ == "__main__":
    main()

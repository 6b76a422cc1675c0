"""Signed telephony webhooks through the gateway into stored consent events.

The whole stack as `callvault up` starts it (temporary directory, free ports); the demo tenant gets
a Twilio configuration and 200 calls whose callers consented. `wrk` (Debian package `wrk`) then
posts Twilio recording status callbacks at 32 connections, each signed with Twilio's own
`RequestValidator` beforehand and each a different callback (its own recording sid), so every one
is stored as a consent event (recording started or paused): first at an offered rate (`--rate`,
default 650/s over all connections, each waiting a random time between its requests), then as fast
as the connections go (saturating the machine). After each load every call's timeline is read back:
each acknowledged webhook must be a stored event. The bare FastAPI ceiling (`consent_throughput.py`'s
constant JSON, at the same connections) runs before the loads and after them, and each load's rate is
given as a share of the two's mean: on a shared machine only that ratio compares across runs. Puts a
dated section in bench/RESULTS.md, in place of its last one.

    .venv/bin/python -m bench.webhook_ingest [--seconds 10] [--connections 32] [--rate 650]
"""

import argparse
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

import httpx
from twilio.request_validator import RequestValidator

from bench.consent_throughput import bench_stack, ceiling_app, cpu_seconds, settle, wrk
from bench.decision_latency import machine, record
from services.stack.processes import ManagedProcess
from services.stack.up import settings_env

CALLS = 200
DRAIN_TIMEOUT = 600  # seconds after the load for the inbox to drain
AUTH_TOKEN = "bench-auth-token-0123456789"
ACCOUNT = "AC" + "0" * 32
LUA = """
local lines, n, i = {}, 0, 0
local threads = 0  -- `id` is each thread's global, set by setup()
setup = function(thread)
  thread:set("id", threads); threads = threads + 1
end
init = function(args)
  for line in io.lines(args[1]) do
    local path, signature, body = line:match("^(%S+) (%S+) (.*)$")
    table.insert(lines, {path, signature, body})
  end
  n = #lines
  local mean = tonumber(args[2] or "0")
  if mean > 0 then  -- an offered rate: each connection waits a random time (this mean) before a request
    delay = function() return math.random(0, math.floor(2 * mean)) end
  end
end
request = function()
  -- Two threads, each its own half of the lines: no callback is sent twice unless the run outlasts them.
  local line = lines[(2 * i + id) % n + 1]
  i = i + 1
  return wrk.format("POST", line[1], {["Content-Type"] = "application/x-www-form-urlencoded",
                    ["X-Twilio-Signature"] = line[2]}, line[3])
end
"""


def _form(client: httpx.Client, base: str, path: str, params: dict) -> httpx.Response:
    signature = RequestValidator(AUTH_TOKEN).compute_signature(base + path, params)
    return client.post(path, data=params, headers={"X-Twilio-Signature": signature})


def run(args: argparse.Namespace) -> list[str]:
    overrides = {"run_inbox_drainer": args.drainer == "gateway"}
    with (tempfile.TemporaryDirectory(prefix="callvault-bench-") as tmp, bench_stack(tmp, overrides) as bench,
          ceiling_app(tmp) as ceiling_url):
        admin = httpx.Client(base_url=bench.gateway, headers={"Authorization": f"Bearer {bench.key}"}, timeout=30)
        slug = admin.get(f"/v1/tenants/{bench.tenant_id}").raise_for_status().json()["slug"]
        admin.put("/v1/telephony/twilio", json={"account_sid": ACCOUNT, "auth_token": AUTH_TOKEN,
                                                "dial_target": "+14155550199"}).raise_for_status()
        path = f"/v1/webhooks/twilio/{slug}"
        sids = [f"CA{n:032x}" for n in range(CALLS)]
        call = {"AccountSid": ACCOUNT, "From": "+14155550100", "To": "+14155550142", "Direction": "inbound"}
        with httpx.Client(base_url=bench.gateway, timeout=30) as client:
            for sid in sids:  # the call, then the caller's key press: recording is allowed
                _form(client, bench.gateway, path, {**call, "CallSid": sid, "CallStatus": "in-progress",
                                                    "SequenceNumber": "0"}).raise_for_status()
                _form(client, bench.gateway, path, {**call, "CallSid": sid, "Digits": "1"}).raise_for_status()
        settle(bench.settings)
        drainer = None
        if args.drainer == "separate":  # the gateways only acknowledge (see the bench_stack settings)
            drainer = ManagedProcess("drain-inbox", [sys.executable, "-m", "services.cli", "drain-inbox"],
                                     log_path=Path(tmp) / "drain-inbox.log", env=settings_env(bench.settings)).start()
        (Path(tmp) / "webhooks.lua").write_text(LUA)
        results, stored_before = [], 0
        ceilings = [wrk(ceiling_url, args.seconds, args.connections, {})]
        loads = [(f"offered {args.rate}/s", 1000 * args.connections / args.rate), ("saturating", 0)]
        for number, (label, mean_delay_ms) in enumerate(loads):
            lines_file = Path(tmp) / f"webhooks-{number}.txt"
            lines_file.write_text(_callbacks(bench.gateway, path, sids, args.lines, first=number * args.lines))
            pids = {name: bench.pid(name) for name in ("gateway", "recording_consent")}
            before = {name: cpu_seconds(pid) for name, pid in pids.items()}
            started = time.monotonic()
            result = wrk(bench.gateway, args.seconds, args.connections, {}, Path(tmp) / "webhooks.lua",
                         [str(lines_file), str(mean_delay_ms)])
            load_ended = time.monotonic() - started
            applied_in = _drained(admin, started)
            cpu = {name: 1000 * (cpu_seconds(pid) - before[name]) / result["requests"] for name, pid in pids.items()}
            stored_now = _stored(admin, sids)
            stored, stored_before = stored_now - stored_before, stored_now
            if result["requests"] > args.lines:
                print(f"the run outlasted the {args.lines} prepared callbacks: repeats were acknowledged without "
                      "storing", file=sys.stderr)
            results.append((label, result, stored, applied_in, load_ended, cpu))
        admin.close()
        if drainer is not None:
            drainer.stop()
        ceilings.append(wrk(ceiling_url, args.seconds, args.connections, {}))
    ceiling = (ceilings[0]["rps"] + ceilings[1]["rps"]) / 2
    rows = [f"| ceiling: bare FastAPI, constant JSON{', again at the end' if n else ''} | {c['rps']:.0f} | "
            f"{100 * c['rps'] / ceiling:.1f}% | {c['p50']:.2f} | {c['p99']:.2f} | | | | | {c['errors']} | | |"
            for n, c in enumerate(ceilings)]
    for label, result, stored, applied_in, load_ended, cpu in results:
        rows.insert(-1, f"| Twilio recording callbacks, signed, through the gateway, {label} | {result['rps']:.0f} | "
                        f"{100 * result['rps'] / ceiling:.1f}% | {result['p50']:.2f} | {result['p99']:.2f} | "
                        f"{result['requests'] - result['errors']} | {stored} | {stored / applied_in:.0f} | "
                        f"{applied_in - load_ended:.2f} | {result['errors']} | {cpu['gateway']:.2f} | "
                        f"{cpu['recording_consent']:.2f} |")
    return rows


def _callbacks(gateway: str, path: str, sids: list[str], count: int, first: int) -> str:
    """`count` signed recording callbacks, each its own (recording sids from `first` on)."""
    validator, lines = RequestValidator(AUTH_TOKEN), []
    for n in range(first, first + count):
        params = {"AccountSid": ACCOUNT, "CallSid": sids[n % CALLS], "RecordingSid": f"RE{n:032x}",
                  "RecordingStatus": "in-progress" if (n // CALLS) % 2 == 0 else "paused",
                  "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{ACCOUNT}/Recordings/RE{n:032x}"}
        lines.append(f"{path} {validator.compute_signature(gateway + path, params)} {urlencode(params)}")
    return "\n".join(lines) + "\n"


def _drained(admin: httpx.Client, started: float) -> float:
    """Acknowledged means stored in the inbox; applied means a consent event: wait for the last, and
    say how long after `started` it came."""
    deadline = time.monotonic() + DRAIN_TIMEOUT
    while (pending := admin.get("/v1/webhook-inbox").json()["pending"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    if pending:
        sys.exit(f"{pending} acknowledged webhooks still unapplied after {DRAIN_TIMEOUT} s")
    return time.monotonic() - started


def _stored(admin: httpx.Client, sids: list[str]) -> int:
    """Recording events stored over all the calls, read back from their timelines."""
    stored = 0
    for sid in sids:
        call_id = admin.get("/v1/calls", params={"provider": "twilio", "external_id": sid}).json()["items"][0]["id"]
        stored += sum(1 for e in admin.get(f"/v1/calls/{call_id}/events").json()
                      if e["type"] in ("recording_started", "recording_paused"))
    return stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--lines", type=int, default=30_000, help="distinct signed callbacks prepared per load")
    parser.add_argument("--rate", type=int, default=650, help="webhooks per second offered by the first load, over "
                        "all connections")
    parser.add_argument("--drainer", choices=["separate", "gateway"], default="separate",
                        help="drain the inbox in a `callvault drain-inbox` process (the gateway only acknowledges), "
                             "or inside the gateway (the default deployment)")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed (apt-get install wrk): a Python load generator would share the 2 cores it measures")
    started = time.monotonic()
    rows = run(args)
    section = "\n".join([
        f"\n## webhook_ingest.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"Machine: {machine()}. wrk -t2 -c{args.connections} -d{args.seconds}s on the same machine as PostgreSQL, "
        "SeaweedFS, NATS and the three services (one uvicorn worker each), over loopback; the inbox drained "
        f"{'by a `callvault drain-inbox` process' if args.drainer == 'separate' else 'inside the gateway'}. "
        "Each callback is a "
        "different one (its own recording sid). A webhook is acknowledged once in the gateway's inbox; stored = "
        "consent events read back once the inbox drained, stored/s = those over the time from the load's start to "
        "the drain's end, drain lag = from the load's end to the drain's end; CPU per webhook over the load and the "
        "drain.\n",
        "| what | acknowledged/s | of ceiling | p50 ms | p99 ms | acknowledged | stored | stored/s | drain lag s | "
        "non-2xx | gateway CPU ms/webhook | consent CPU ms/webhook |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        *rows,
    ])
    print(section)
    print(f"({time.monotonic() - started:.0f} s)", file=sys.stderr)
    record(section)


if __name__ == "__main__":
    main()

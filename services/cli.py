"""`callvault`: run the stack, migrate, inspect, export the OpenAPI documents."""

import contextlib
import json
import sys
import time
from pathlib import Path
from uuid import UUID

import typer
from rich.console import Console
from rich.table import Table

from services.common.settings import Settings

app = typer.Typer(help="callvault: call-recording consent and transcript lifecycle.", no_args_is_help=True)
openapi_app = typer.Typer(help="The OpenAPI documents in openapi/.", no_args_is_help=True)
app.add_typer(openapi_app, name="openapi")
ledger_app = typer.Typer(help="The consent ledger (a transparency log).", no_args_is_help=True)
app.add_typer(ledger_app, name="ledger")
audit_app = typer.Typer(help="The transcripts' audit log.", no_args_is_help=True)
app.add_typer(audit_app, name="audit")
receipt_app = typer.Typer(help="Consent receipts.", no_args_is_help=True)
app.add_typer(receipt_app, name="receipt")
keys_app = typer.Typer(help="Tenants' key-encryption keys for transcripts.", no_args_is_help=True)
app.add_typer(keys_app, name="keys")
simulate_app = typer.Typer(help="Play a signed provider call against a running stack.", no_args_is_help=True)
app.add_typer(simulate_app, name="simulate")
redaction_app = typer.Typer(help="The transcripts' stored redacted artifacts.", no_args_is_help=True)
app.add_typer(redaction_app, name="redaction")
console = Console()
# What `purge --reapply-erasures` counts of other services' erasure records (see `_reapply_erasures`).
NUMBERS_ERASED, RECORDINGS_ASKED, CALLS_CLOSED = "participant_numbers", "provider_recordings", "calls_closed"


@app.command()
def up() -> None:
    """Run the whole stack (embedded PostgreSQL, SeaweedFS, NATS unless settings point elsewhere)."""
    from services.stack.processes import PortInUse, StartupFailed
    from services.stack.up import development_settings, run_until_stopped, start_stack

    started = time.monotonic()
    settings = development_settings(Settings())
    console.print(f"[bold]callvault[/bold] starting; data in {settings.data_dir}")
    try:
        stack, demo_key = start_stack(settings)
    except (PortInUse, StartupFailed) as exc:
        console.print(f"[red]cannot start:[/red] {exc}")
        raise typer.Exit(1) from exc
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    _print_ready(settings, demo_key, time.monotonic() - started)
    code = run_until_stopped(stack)
    console.print("stopped; nothing left running")
    raise typer.Exit(code)


def _print_ready(settings: Settings, demo_key: str, seconds: float) -> None:
    from services.stack.up import write_stack_file

    info = write_stack_file(settings)
    table = Table(title=f"callvault is ready ({seconds:.1f}s)")
    table.add_column("what")
    table.add_column("where", overflow="fold")
    table.add_row("gateway (public API)", info["services"]["gateway"])
    table.add_row("API docs", info["docs"])
    table.add_row("recording-consent (internal)", info["services"]["recording_consent"])
    table.add_row("transcripts (internal)", info["services"]["transcripts"])
    table.add_row("PostgreSQL", info["database"]["admin_url"])
    table.add_row("S3", info["s3"]["endpoint_url"])
    table.add_row("NATS", info["nats"]["url"])
    table.add_row("purge worker", f"a pass every {settings.purge_interval_seconds:g}s (logs/purge-worker.log)")
    if settings.kms_provider == "local":
        table.add_row("transcript keys", f"LOCAL keyring {settings.keyring_file()}")
    console.print(table)
    if settings.kms_provider == "local":
        console.print("[bold yellow]Transcript keys are in a LOCAL KEYRING file under the master key: for development "
                      "only. In production set CALLVAULT_KMS_PROVIDER to vault or aws-kms.[/]")
    gateway = info["services"]["gateway"]
    console.print(f"Demo tenant API key (platform_admin, tenant_admin): {demo_key}", soft_wrap=True)
    console.print(
        f"Try:\n  curl -X POST {gateway}/v1/calls -H 'Authorization: Bearer {demo_key}' "
        "-H 'Content-Type: application/json' -d '{\"external_id\": \"CA1\", \"provider\": \"twilio\", "
        "\"direction\": \"inbound\", \"participants\": [{\"external_id\": \"agent-1\", \"role\": \"agent\"}, "
        "{\"external_id\": \"cust-1\", \"role\": \"customer\", \"phone_number\": \"+14155550100\"}]}'\n"
        f"  curl {gateway}/v1/calls/<id>/decision -H 'Authorization: Bearer {demo_key}'\n"
        f"Connection settings: {settings.data_dir / 'stack.json'} (`callvault status`). Ctrl-C stops everything.",
        soft_wrap=True, highlight=False, markup=False,
    )


@app.command()
def serve(service: str = typer.Argument(..., help="gateway, recording_consent or transcripts")) -> None:
    """Run one service (what each container and `callvault up` run); port and host from settings."""
    import uvicorn

    from services.common.settings import SERVICES

    if service not in SERVICES:
        console.print(f"unknown service {service!r}; one of: {', '.join(SERVICES)}")
        raise typer.Exit(2)
    settings = Settings()
    uvicorn.run(f"services.{service}.app:create_app", factory=True, host=settings.bind_host,
                port=settings.port_of(service), access_log=False, log_level="warning", proxy_headers=False)


@app.command("drain-inbox")
def drain_inbox(once: bool = typer.Option(False, help="stop when the inbox is empty")) -> None:
    """Apply the telephony webhook inbox apart from the gateways (run them with
    CALLVAULT_RUN_INBOX_DRAINER=false); runs until stopped."""
    import asyncio

    from services.gateway.telephony.drain_process import drain

    drained = asyncio.run(drain(Settings(), once=once))
    if once:
        console.print(f"{drained} webhooks drained")


@app.command()
def probe() -> None:
    """The container's health check: exits 0 when what this container runs answers on 127.0.0.1 (a
    service's /healthz on its port, or the purge worker's metrics port), 1 otherwise."""
    import urllib.request

    from services.common.settings import SERVICES

    settings = Settings()
    urls = [f"http://127.0.0.1:{settings.port_of(s)}/healthz" for s in SERVICES]
    if settings.worker_metrics_port:
        urls.append(f"http://127.0.0.1:{settings.worker_metrics_port}/metrics")
    for url in urls:
        with contextlib.suppress(OSError):
            with urllib.request.urlopen(url, timeout=2) as answer:
                if answer.status == 200:
                    return
    raise typer.Exit(1)


@app.command("generate-secrets")
def generate_secrets(compose: bool = typer.Option(False, help="also the passwords docker-compose.yml's own "
                                                               "PostgreSQL and SeaweedFS need")) -> None:
    """Print fresh production secrets as CALLVAULT_* lines for an env file (keep them secret)."""
    import secrets as random

    from services.common.auth import generate_keypair
    from services.common.crypto.fields import generate_master_key

    private, public = generate_keypair()
    evidence, _ = generate_keypair()
    lines = {
        "CALLVAULT_INTERNAL_SIGNING_KEY": private.strip().replace("\n", "\\n"),
        "CALLVAULT_SIGNING_KEY": evidence.strip().replace("\n", "\\n"),
        "CALLVAULT_INTERNAL_VERIFY_KEY": public.strip().replace("\n", "\\n"),
        "CALLVAULT_MASTER_KEY": generate_master_key(),
        "CALLVAULT_EVENT_KEY": random.token_urlsafe(32),
        "CALLVAULT_DB_OWNER_PASSWORD": random.token_urlsafe(24),
        "CALLVAULT_DB_APP_PASSWORD": random.token_urlsafe(24),
    }
    if compose:  # the containers' own PostgreSQL superuser and SeaweedFS identity: no default passwords
        lines |= {"POSTGRES_PASSWORD": random.token_urlsafe(24), "CALLVAULT_S3_ACCESS_KEY_ID": random.token_hex(10),
                  "CALLVAULT_S3_SECRET_ACCESS_KEY": random.token_urlsafe(30)}
    for name, value in lines.items():
        print(f"{name}={value}")


@app.command()
def status() -> None:
    """Print the connection settings of the stack `callvault up` is running."""
    from services.stack.up import STACK_FILE

    path = Settings().data_dir.resolve() / STACK_FILE
    if not path.exists():
        console.print(f"no {path}: is `callvault up` running with this CALLVAULT_DATA_DIR?")
        raise typer.Exit(1)
    console.print_json(path.read_text())


@app.command()
def migrate() -> None:
    """Create the roles and databases if missing, run every service's migrations, create the
    stream and the bucket (needs CALLVAULT_DATABASE_URL of a role that may create roles)."""
    from services.stack.bootstrap import bootstrap

    bootstrap(Settings())
    console.print("migrated")


@ledger_app.command("verify")
def ledger_verify(tenant: str = typer.Option(..., help="the tenant's id")) -> None:
    """Recompute a tenant's consent ledger from its entries and check every signed tree head (the
    database's and the object store's); exits 1 and names the first entry edited, deleted, reordered or
    cut off, and the first head forged or swapped."""
    from services.common.transparency import CONSENT_LEDGER

    _verified(Settings(), "recording_consent", tenant, CONSENT_LEDGER)


@audit_app.command("verify")
def audit_verify(tenant: str = typer.Option(..., help="the tenant's id")) -> None:
    """The same for a tenant's transcript audit log."""
    from services.common.transparency import TRANSCRIPTS_AUDIT

    _verified(Settings(), "transcripts", tenant, TRANSCRIPTS_AUDIT)


@receipt_app.command("verify")
def receipt_verify(path: str = typer.Argument(..., help="the receipt, as the API answered it (JSON)"),
                   jwks: str = typer.Option(..., help="the published keys: a copy of /.well-known/jwks.json")) -> None:
    """Check a consent receipt offline: its signature, its ledger entry, the entry's inclusion proof and
    the signed tree head, with the published keys and nothing else; exits 1 and says what fails."""
    from services.common.transparency import offline

    problems = offline.verify_receipt(offline.load(path), offline.load(jwks))
    console.print_json(data={"ok": not problems, "problems": problems})
    if problems:
        raise typer.Exit(1)


def _verified(settings: Settings, service: str, tenant: str, log) -> None:
    """Run a log's verification in a session of the tenant; print its report, exit 1 unless ok."""
    import asyncio
    from uuid import UUID

    from services.common.auth import public_key_of
    from services.common.crypto.signing import split_pems
    from services.common.db import create_engine, tenant_session
    from services.common.transparency import verification

    keys = [public_key_of(settings.secret("signing_key")), *split_pems(settings.signing_previous_public_keys)]

    async def run():
        engine = create_engine(settings.service_database_url(service), pool_size=1)
        try:
            async with tenant_session(engine, UUID(tenant)) as session:
                return await verification.verify(session, settings, log, keys, UUID(tenant))
        finally:
            await engine.dispose()

    report = asyncio.run(run())
    console.print_json(report.model_dump_json())
    if not report.ok:
        raise typer.Exit(1)


@keys_app.command("init")
def keys_init() -> None:
    """Create the `local` KMS's keyring file (encrypted under CALLVAULT_MASTER_KEY) if there is none."""
    from services.common.crypto.keyring import ensure_keyring

    settings = Settings()
    created = ensure_keyring(settings)
    console.print(f"{'created' if created else 'kept the existing'} keyring {settings.keyring_file()}")


@keys_app.command("rotate")
def keys_rotate(tenant: str = typer.Option(..., help="the tenant's id")) -> None:
    """Add a KEK version for the tenant and rewrap every transcript's data key under it (content is
    never re-encrypted; reads go on meanwhile); then retire the old versions. Resumes a rotation a
    crash interrupted."""
    import asyncio
    from uuid import UUID

    from rich.progress import Progress

    from services.common.crypto.providers import kms_from
    from services.common.db import create_engine
    from services.transcripts.key_rotation import rotate

    settings = Settings()

    async def run():
        engine = create_engine(settings.service_database_url("transcripts"), pool_size=1)
        kms = kms_from(settings)
        try:
            with Progress(console=console) as bar:
                task = bar.add_task("rewrapping data keys", total=None)
                job = await rotate(engine, kms, UUID(tenant), progress=lambda j: bar.update(
                    task, total=max(j.total, 1), completed=j.rewrapped if j.total else 1))
            return job
        finally:
            await kms.close()
            await engine.dispose()

    job = asyncio.run(run())
    console.print(f"KEK version {job.to_version}: {job.rewrapped} data keys rewrapped; "
                  + (f"versions below {job.retired_below} retired" if job.retired_below else "old versions kept"))


@redaction_app.command("backfill")
def redaction_backfill(tenant: UUID = typer.Option(..., help="the tenant's id")) -> None:
    """Write the redacted artifact of every active transcript of the tenant again, with today's
    recognizers and the tenant's operators (after either changed; until then the redacted view redacts
    from the words). Resumes where a stopped run was."""
    import asyncio

    from rich.progress import Progress

    from services.common.crypto.fields import FieldCrypto
    from services.common.crypto.providers import kms_from
    from services.common.db import create_engine
    from services.transcripts.clients.objects import ObjectStore
    from services.transcripts.redacted_artifact import RedactedWriter, backfill
    from services.transcripts.redaction import names, warm

    settings = _stack_settings()
    names.use_model(settings.redaction_spacy_model)
    warm()  # what loads on first use, loaded before the first redaction's CPU budget starts

    async def run():
        engine, kms, store = create_engine(settings.service_database_url("transcripts"), pool_size=2), \
            kms_from(settings), ObjectStore(settings)
        await store.open()
        try:
            writer = RedactedWriter(engine, kms, store, FieldCrypto(settings.secret("master_key")), settings)
            with Progress(console=console) as bar:
                task = bar.add_task("redacted artifacts", total=None)
                return await backfill(writer, tenant, progress=lambda j: bar.update(
                    task, total=max(j.total, 1), completed=j.written + j.current + j.skipped))
        finally:
            await store.close()
            await kms.close()
            await engine.dispose()

    job = asyncio.run(run())
    console.print(f"{job.total} transcripts: {job.written} artifacts written, {job.current} already current, "
                  f"{job.skipped} skipped (gone or changed meanwhile, or over the redaction's CPU budget)")


def _stack_settings() -> Settings:
    """The settings of the stack `callvault up` started from this data directory (its stack.json and
    secrets), else the environment's."""
    from services.stack.up import STACK_FILE, development_settings

    settings = Settings()
    return development_settings(settings) if (settings.data_dir / STACK_FILE).exists() else settings


@app.command()
def purge(dry_run: bool = typer.Option(False, "--dry-run", help="list what would go now and why; delete nothing"),
          tenant: UUID | None = typer.Option(None, help="only this tenant's (its id)"),
          reapply_erasures: bool = typer.Option(False, "--reapply-erasures",
                                                help="after restoring a database backup: delete again what the "
                                                     "erasure ledger in object storage certifies as deleted")) -> None:
    """One purge pass now: every due transcript not under a legal hold loses its data key, then its
    objects, and gets a deletion certificate; withdrawals waiting are applied."""
    import asyncio

    from services.transcripts.lifecycle.worker import due_now, purge_once

    settings = _stack_settings()
    if reapply_erasures:
        done = asyncio.run(_reapply_erasures(settings))
        console.print(f"{done.certificates} records in the erasure ledger; {done.restored} certificates put back; "
                      f"{done.transcripts} transcripts and {done.versions} versions deleted again; "
                      f"{done.others.get(NUMBERS_ERASED, 0)} participants' phone numbers erased again; "
                      f"{done.others.get(RECORDINGS_ASKED, 0)} erasures' provider recordings asked again; "
                      f"{done.unverified} lines ignored (signature does not verify, or filed under another tenant)")
        console.print(f"{done.others.get(CALLS_CLOSED, 0)} erased calls closed again to later transcripts")
        if done.unverified:
            raise typer.Exit(1)
        return
    if dry_run:
        rows = asyncio.run(due_now(settings, tenant))
        table = Table("tenant", "transcript", "call", "expired at", "why", "kept by")
        for row in rows:
            table.add_row(str(row.tenant_id), str(row.id), str(row.call_id), f"{row.expires_at:%Y-%m-%d %H:%M}",
                          row.why, ", ".join(row.matters or []) or "-")
        console.print(table)
        console.print(f"{sum(1 for r in rows if not r.matters)} would be purged; "
                      f"{sum(1 for r in rows if r.matters)} are kept by a legal hold")
        return
    started = time.perf_counter()
    report = asyncio.run(purge_once(settings, tenant))
    console.print(f"purged {report.purged} in {time.perf_counter() - started:.1f}s {report.by_reason or ''}; "
                  f"{report.held} kept by a legal hold; "
                  f"{report.failed} batches failed (the next pass resumes them)")
    if report.failed:
        raise typer.Exit(1)


async def _reapply_erasures(settings):
    """Every service's erasures: the transcripts' certificates, the consent service's erased phone numbers
    (against its own database) and, from the same records, the gateway's deletions of the recordings its
    providers keep of the erased calls (against its own), and the transcripts service's closing of those calls
    to later transcripts (`privacy/erased_calls.py`)."""
    from functools import partial

    from services.common.db import create_engine
    from services.gateway.telephony import recording_retention
    from services.recording_consent import erasures
    from services.transcripts.lifecycle.worker import reapply_erasures
    from services.transcripts.privacy import erased_calls

    consent = create_engine(settings.service_database_url("recording_consent"), pool_size=2)
    gateway = create_engine(settings.service_database_url("gateway"), pool_size=2)
    transcripts = create_engine(settings.service_database_url("transcripts"), pool_size=2)
    try:
        return await reapply_erasures(settings, {erasures.TYPE: [
            (NUMBERS_ERASED, partial(erasures.reapply, consent)),
            (RECORDINGS_ASKED, partial(recording_retention.reapply_erasure, gateway)),
            (CALLS_CLOSED, partial(erased_calls.reapply, transcripts))]})
    finally:
        await consent.dispose()
        await gateway.dispose()
        await transcripts.dispose()


@app.command()
def worker() -> None:
    """The purge worker: a pass every CALLVAULT_PURGE_INTERVAL_SECONDS, until stopped. Several may run,
    on several machines: they share the work without doing any of it twice."""
    import asyncio

    from services.transcripts.lifecycle.worker import run_worker

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_worker(_stack_settings()))


@simulate_app.command("twilio")
def simulate_twilio(
    tenant: str = typer.Option(..., help="the tenant's slug (as in its webhook URLs)"),
    auth_token: str = typer.Option(..., envvar="TWILIO_AUTH_TOKEN",
                                   help="the auth token configured with PUT /v1/telephony/twilio (signs the webhooks)"),
    api_key: str = typer.Option(None, envvar="CALLVAULT_API_KEY",
                                help="a tenant_admin key of that tenant (default: `callvault up`'s demo key)"),
    url: str = typer.Option(None, help="where the gateway answers (default: the stack's public URL)"),
    digit: str = typer.Option("1", help="the key the caller presses"),
    caller: str = typer.Option("+14155550100", "--from", help="the caller's number"),
    called: str = typer.Option("+14155550123", "--to", help="the number called (client:NAME: a softphone user)"),
    as_json: bool = typer.Option(False, "--json", help="print the outcome as JSON"),
) -> None:
    """One inbound Twilio call, signed as Twilio signs: voice (the IVR's TwiML), status callbacks
    initiated, ringing, in-progress, the key press, the recording's start, completed, and the
    recording's end; with the decision after each step."""
    import httpx

    from services.gateway.telephony.simulation import SimulationFailed, Step, TwilioSimulator
    from services.stack.up import DEMO_KEY_FILE

    settings = _stack_settings()
    demo_key = settings.data_dir / DEMO_KEY_FILE
    key = api_key or (demo_key.read_text().strip() if demo_key.exists() else None)
    if not key:
        console.print("no API key: pass --api-key or set CALLVAULT_API_KEY")
        raise typer.Exit(2)

    def report(step: Step) -> None:
        if not as_json:
            console.print(f"[bold]{step.name:<22}[/] {step.status}  may_record={step.may_record} "
                          f"may_transcribe={step.may_transcribe} recording={step.recording_state}\n"
                          f"{'':<27}{step.answer}", soft_wrap=True, highlight=False)

    with httpx.Client(base_url=url or settings.public_url(), headers={"Authorization": f"Bearer {key}"},
                      timeout=10) as client:
        simulator = TwilioSimulator(client, tenant, auth_token, caller=caller, called=called, report=report)
        try:
            outcome = simulator.run(digit)
        except (SimulationFailed, httpx.HTTPError) as exc:
            console.print(f"[red]simulation stopped:[/red] {exc}", soft_wrap=True)
            raise typer.Exit(1) from exc
    if as_json:
        print(json.dumps(outcome.as_dict()))
    else:
        console.print(f"call sid {outcome.call_sid}, call {outcome.call_id}, agent {outcome.agent_id}",
                      highlight=False, soft_wrap=True)


def openapi_documents() -> dict[str, dict]:
    """What `openapi/` must hold: each service's document, and the gateway's merged public one."""
    from services.gateway.app import create_app as gateway
    from services.gateway.openapi import merge_documents
    from services.recording_consent.app import create_app as recording_consent
    from services.transcripts.app import create_app as transcripts

    settings = Settings()
    documents = {"recording_consent": recording_consent(settings).openapi(),
                 "transcripts": transcripts(settings).openapi()}
    return {"gateway": merge_documents(gateway(settings).openapi(), documents), **documents}


@openapi_app.command("export")
def openapi_export(directory: Path = typer.Option(Path("openapi"), help="where to write")) -> None:
    """Write openapi/<service>.json from the code."""
    directory.mkdir(parents=True, exist_ok=True)
    for name, document in openapi_documents().items():
        (directory / f"{name}.json").write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
        console.print(f"wrote {directory / name}.json")


def main() -> None:  # pragma: no cover - `python -m services.cli`
    sys.exit(app())


if __name__ == "__main__":  # pragma: no cover
    main()

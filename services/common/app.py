"""The skeleton every service app shares: lifespan (engine, NATS, outbox relay), errors, health,
metrics, request ids. A service adds its routers; nothing connects at import time."""

import asyncio
import gc
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Sequence
from contextlib import asynccontextmanager
from typing import Any

import structlog
from fastapi import APIRouter, Depends, FastAPI
from starlette.middleware import Middleware

from services.common import tracing
from services.common.auth import VerifiedTokens, public_key_of
from services.common.body_limit import BodyLimit
from services.common.db import create_driver_pool, create_engine, ping
from services.common.errors import install_error_handlers, reject_unknown_query_parameters
from services.common.events.bus import EventBus
from services.common.events.relay import OutboxRelay
from services.common.events.signing import event_key
from services.common.observability import configure_logging, health_router, install_observability, ops_router
from services.common.openapi import install_problem_openapi, operation_id
from services.common.ops_server import OpsServer
from services.common.permissions import guard, require_listed
from services.common.settings import MissingSetting, Settings
from services.common.storage import s3_client

log = structlog.get_logger()

Hook = Callable[[FastAPI], Awaitable[None]]
Tasks = Callable[[FastAPI], list[Coroutine[Any, Any, None]]]


def verify_key(settings: Settings) -> str:
    if settings.internal_verify_key:
        return settings.internal_verify_key
    if settings.internal_signing_key:
        return public_key_of(settings.secret("internal_signing_key"))
    raise MissingSetting("set CALLVAULT_INTERNAL_VERIFY_KEY (the gateway's Ed25519 public key, PEM)")


# FastAPI's own telemetry (from 0.16x, active once a tracer provider exists) records query strings,
# which can hold phone numbers, and exception messages: off. callvault's spans (`tracing`) carry
# route templates only.
NO_NATIVE_TELEMETRY = {"telemetry": {"tracing": False, "metrics": False, "logs": False, "operation_spans": False,
                                     "auto_configure": False}} \
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters else {}


SHUTDOWN_STEP_SECONDS = 10.0


async def _bounded(step: str, work: Awaitable[Any]) -> bool:
    """One step of a shutdown, given a bounded time: a step that hangs (a pool waiting for a connection
    never released, a task that will not end) is abandoned and named in the log, so the process still
    stops. Nothing is lost by it: what was not published stays in the outbox. True when it finished."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=SHUTDOWN_STEP_SECONDS)
    if not done:
        task.cancel()
        log.warning("shutdown step abandoned", step=step, seconds=SHUTDOWN_STEP_SECONDS)
        return False
    if not task.cancelled() and task.exception() is not None:
        log.warning("shutdown step failed", step=step, error=str(task.exception()) or type(task.exception()).__name__)
    return True


def _failed(task: asyncio.Task) -> bool:
    return task.done() and not task.cancelled() and task.exception() is not None


def _ended(task: asyncio.Task) -> None:
    """A background task that dies while the service runs is said loudly; /readyz then fails."""
    if _failed(task):
        error = task.exception()
        log.error("background task failed", task=task.get_name(), error=str(error) or type(error).__name__)


async def _background_running(app: FastAPI) -> None:
    """Raises when a consumer, relay or worker of the service died of an error: the process would
    answer requests but no longer do that work, so it is not ready (the orchestrator restarts it)."""
    failed = [t.get_name() for t in getattr(app.state, "background_tasks", []) if _failed(t)]
    if failed:
        raise RuntimeError(f"failed: {', '.join(failed)}")


def create_service_app(
    name: str, settings: Settings, routers: Sequence[APIRouter], *, title: str, description: str,
    uses_s3: bool = False, internal_auth: bool = True, on_startup: Hook | None = None,
    on_shutdown: Hook | None = None, own_docs: bool = False, background: Tasks | None = None,
    public_routers: Sequence[APIRouter] = (), driver_pool: bool = False,
    hot_paths: Sequence[Middleware] = (),
    young_collection_threshold: int | None = None,
    smaller_bodies: Sequence[tuple[str, int]] = (),
) -> FastAPI:
    """`background` names the long-running tasks a service runs beside its requests (started once
    the engine and NATS are up, cancelled at shutdown); `public_routers` need no internal token;
    `driver_pool` adds `app.state.driver_pool`, plain asyncpg connections for hot reads;
    `hot_paths` are ASGI middleware that answer a few frequent requests before routing (inside the
    request ids, metrics and logs every request gets); `young_collection_threshold` raises the
    allocations between the collector's youngest-generation passes, for a service whose requests
    allocate thousands of objects each."""
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(settings.log_level)
        app.state.verify_key = verify_key(settings)
        app.state.verified_tokens = VerifiedTokens()
        event_key(settings)  # every service publishes or consumes events: without the key it does not start
        if on_startup is not None:  # first: a missing setting stops the start before anything connects
            await on_startup(app)
        ops = getattr(app.state, "ops", None)
        if ops is not None:
            await ops.start()
        app.state.engine = create_engine(settings.service_database_url(name), settings.db_pool_size)
        app.state.bus = bus = EventBus(settings.nats_servers, f"callvault-{name}")
        await bus.start()
        app.state.listen_dsn = settings.service_database_url(name).replace("+asyncpg", "")
        if driver_pool:
            app.state.driver_pool = await create_driver_pool(app.state.listen_dsn, settings.db_pool_size)
        relay_task = None
        if settings.run_outbox_relay:
            app.state.relay = OutboxRelay(app.state.engine, bus, app.state.listen_dsn, settings.outbox_poll_seconds,
                                          name, settings.event_retention_days, key=event_key(settings))
            relay_task = asyncio.create_task(app.state.relay.run(), name=f"outbox-relay-{name}")
        tasks = [asyncio.create_task(work, name=f"{name}:{work.__qualname__}")
                 for work in (background(app) if background else [])]
        app.state.background_tasks = [t for t in (relay_task, *tasks) if t is not None]
        for task in app.state.background_tasks:
            task.add_done_callback(_ended)
        # What start-up loaded (modules, rules, schemas) lives as long as the process: kept out of
        # the collector's way, so its full collections stop walking it (they were the pauses in the
        # latency tail of a busy service).
        gc.collect()
        gc.freeze()
        if young_collection_threshold is not None:
            gc.set_threshold(young_collection_threshold, *gc.get_threshold()[1:])
        try:
            yield
        finally:
            if on_shutdown is not None:
                await _bounded("on_shutdown", on_shutdown(app))
            for task in tasks:
                task.cancel()
            await _bounded("background tasks", asyncio.gather(*tasks, return_exceptions=True))
            if relay_task is not None:
                relay_task.cancel()
                await _bounded("outbox relay", asyncio.gather(relay_task, return_exceptions=True))
                await _bounded("outbox relay listener", app.state.relay.close())
            await _bounded("NATS", bus.close())
            if driver_pool and not await _bounded("driver pool", app.state.driver_pool.close()):
                app.state.driver_pool.terminate()
            await _bounded("database engine", app.state.engine.dispose())
            if ops is not None:
                await _bounded("ops port", ops.stop())
            tracing.stop()

    docs = {"openapi_url": None, "docs_url": None, "redoc_url": None} if own_docs else {}
    app = FastAPI(title=title, description=description, version="0.1.0", lifespan=lifespan, **docs,
                  generate_unique_id_function=operation_id, **NO_NATIVE_TELEMETRY)
    app.state.service_name = name
    app.state.settings = settings
    checks = {"database": lambda: ping(app.state.engine), "nats": lambda: app.state.bus.ping(),
              "background work": lambda: _background_running(app)}
    if uses_s3:
        checks["s3"] = lambda: _s3_ping(settings)
    app.include_router(health_router())
    ops_port = getattr(settings, f"{name}_ops_port")
    if ops_port:
        app.state.ops = OpsServer([health_router(), ops_router(checks)], settings.bind_host, ops_port)
    else:
        app.include_router(ops_router(checks))
    # The gateway (no internal auth) forwards query strings untouched: the service that owns the
    # route is the one that knows which parameters it takes.
    guarded = [Depends(guard)] if internal_auth else []
    if internal_auth:
        require_listed(r for router in routers for r in router.routes)
    for router in routers:
        app.include_router(router, dependencies=guarded)
    for router in public_routers:
        app.include_router(router, dependencies=[Depends(reject_unknown_query_parameters)])
    install_error_handlers(app)
    for middleware in hot_paths:
        app.add_middleware(middleware.cls, *middleware.args, **middleware.kwargs)
    # Outside the hot paths and every route (authentication included), inside the request ids and logs.
    app.add_middleware(BodyLimit, limit=settings.max_request_body_bytes, smaller=smaller_bodies,
                       in_flight=settings.max_request_bodies_in_flight_bytes)
    install_observability(app, assign_request_ids=not internal_auth)  # the gateway: the public edge
    if tracing.start(name, settings.otel_exporter_endpoint):
        app.add_middleware(tracing.Tracing)  # outermost: the span covers everything the request did
    install_problem_openapi(app)
    return app


async def _s3_ping(settings: Settings) -> None:
    async with s3_client(settings) as s3:
        await s3.head_bucket(Bucket=settings.s3_bucket)

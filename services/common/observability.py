"""Structured logs with the request id, Prometheus metrics, and the platform's health endpoints."""

import asyncio
import functools
import logging
import random
import re
import time
import uuid
from collections.abc import Awaitable, Callable

import structlog
from fastapi import APIRouter, FastAPI, Request, Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.errors import RETRY_AFTER_SECONDS, DependencyUnavailable, problem

log = structlog.get_logger()

REQUEST_ID_HEADER = "X-Request-ID"
TRACEPARENT = re.compile(r"00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}")
READINESS_TIMEOUT_SECONDS = 2.0

REQUESTS = Counter("callvault_http_requests_total", "HTTP requests", ["service", "method", "route", "status"])
LATENCY = Histogram("callvault_http_request_seconds", "HTTP request latency", ["service", "method", "route"])

ReadinessCheck = Callable[[], Awaitable[None]]


def configure_logging(level: str = "INFO") -> None:
    logging.basicConfig(format="%(message)s", level=level.upper())
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per hop would double our own
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        cache_logger_on_first_use=True,
    )


CALLER_REQUEST_ID_CHARS = 200  # of a caller's own X-Request-Id, as logged


def trace_context(headers: Headers) -> str:
    """The caller's W3C `traceparent` when it is valid, else the start of a new trace."""
    given = headers.get("traceparent", "")
    if TRACEPARENT.fullmatch(given):
        return given
    return f"00-{random.getrandbits(128) or 1:032x}-{random.getrandbits(64) or 1:016x}-01"


def new_request_id() -> str:
    """A random UUID from the process's generator, not the kernel's: an id needs to be unique, not
    secret, and `uuid4()` costs a system call on every request."""
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


class RequestContext:
    """Request id and W3C `traceparent` in (or made), in every log line (the id), and back out on every
    answer, errors and the gateway's own answers included; metrics per route template.

    Plain ASGI rather than BaseHTTPMiddleware: no extra task and stream per request, and streamed
    responses (the decision stream) pass straight through. At the public edge (`assign_ids`, the
    gateway) the id is always made here: a caller's own is logged as `caller_request_id` only, so no
    caller can choose the id that audit entries and certificates carry."""

    def __init__(self, app: ASGIApp, assign_ids: bool = False) -> None:
        self.app, self.assign_ids = app, assign_ids

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        given = headers.get(REQUEST_ID_HEADER)
        request_id = new_request_id() if self.assign_ids or not given else given
        scope.setdefault("state", {})["request_id"] = request_id
        traceparent = scope["state"]["traceparent"] = trace_context(headers)
        service = scope["app"].state.service_name
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(request_id=request_id, service=service)
        if self.assign_ids and given:
            structlog.contextvars.bind_contextvars(caller_request_id=given[:CALLER_REQUEST_ID_CHARS])
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                answer = MutableHeaders(scope=message)
                answer[REQUEST_ID_HEADER] = request_id
                answer["traceparent"] = traceparent
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            elapsed = time.perf_counter() - started
            latency, requests = _metrics(service, scope["method"], route, status)
            latency.observe(elapsed)
            requests.inc()
            # Successful requests at debug: at thousands of decision reads a second, a line each
            # would cost more than the read; the metrics count them all, errors are logged.
            (log.info if status >= 400 else log.debug)(
                "request", method=scope["method"], route=route, status=status, duration_ms=round(elapsed * 1000, 2))


@functools.cache
def _metrics(service: str, method: str, route: str, status: int) -> tuple[Histogram, Counter]:
    """The labelled series of one route and status, looked up once (`labels()` costs per call)."""
    return LATENCY.labels(service, method, route), REQUESTS.labels(service, method, route, str(status))


def health_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "alive"}

    return router


def ops_router(checks: dict[str, ReadinessCheck]) -> APIRouter:
    """/readyz and /metrics: for the platform (probes, Prometheus), served on the ops port when the
    service has one (`ops_server`), so that they stay off the public network."""
    router = APIRouter(include_in_schema=False)

    @router.get("/readyz")
    async def readyz(request: Request) -> Response:
        failing = [name for name, ok in zip(checks, await _run_checks(checks), strict=True) if not ok]
        if failing:  # the problem, not the exception: a probe is not a failed call, the metric stays
            return problem(503, DependencyUnavailable.slug, DependencyUnavailable.title,
                           f"not ready: {', '.join(failing)} unreachable", request.url.path,
                           {"Retry-After": str(RETRY_AFTER_SECONDS)}, failing=failing)
        return Response('{"status":"ready"}', media_type="application/json")

    @router.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return router


async def _run_checks(checks: dict[str, ReadinessCheck]) -> list[bool]:
    async def one(check: ReadinessCheck) -> bool:
        try:
            await asyncio.wait_for(check(), READINESS_TIMEOUT_SECONDS)
        except Exception:  # any failure of a dependency check means "not ready"
            return False
        return True

    return list(await asyncio.gather(*(one(c) for c in checks.values())))


def install_observability(app: FastAPI, assign_request_ids: bool = False) -> None:
    app.add_middleware(RequestContext, assign_ids=assign_request_ids)

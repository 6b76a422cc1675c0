"""OpenTelemetry tracing, when a collector is configured (`CALLVAULT_OTEL_EXPORTER_ENDPOINT`).

Each request gets a server span named by its method and route template; the W3C trace context
(`traceparent`) travels on every call from one service to another, so a request's trace runs from
the gateway through the services it reached. Spans carry the method, the route template and the
status, never a path's ids, a query string or a body: those can hold phone numbers. Unconfigured,
nothing is installed and `inject` returns at once: the hot paths pay nothing for it.
"""

from collections.abc import MutableMapping

from opentelemetry import propagate, trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from opentelemetry.trace import SpanKind, StatusCode
from starlette.types import ASGIApp, Message, Receive, Scope, Send

_provider: TracerProvider | None = None
CONTEXT_HEADERS = (b"traceparent", b"tracestate")


def start(service: str, endpoint: str | None) -> bool:
    """Install the process's tracer provider, exporting to `endpoint` (OTLP over HTTP); False when
    tracing is off. The sampler is the SDK's default (parent-based, always on), which the standard
    `OTEL_TRACES_SAMPLER` variables change."""
    global _provider
    if not endpoint:
        return False
    if _provider is None:
        _provider = TracerProvider(resource=Resource.create({"service.name": f"callvault-{service}"}))
        _provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(
            endpoint=endpoint.rstrip("/") + "/v1/traces")))
        trace.set_tracer_provider(_provider)
    return True


def stop() -> None:
    """Send what is still buffered (at a service's shutdown)."""
    if _provider is not None:
        _provider.force_flush(5000)


def inject(headers: MutableMapping[str, str]) -> None:
    """Add the current trace context to an outgoing request's headers (nothing when tracing is off)."""
    if _provider is not None:
        propagate.inject(headers)


class Tracing:
    """A server span around each HTTP request, continuing the caller's trace when it sent one."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.tracer = trace.get_tracer("callvault")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"] if k in CONTEXT_HEADERS}
        status = 500

        async def send_with_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        method = scope["method"]
        # No exception recorded on the span: its message may quote what the request carried.
        with self.tracer.start_as_current_span(method, context=propagate.extract(carrier), kind=SpanKind.SERVER,
                                               record_exception=False, set_status_on_exception=False) as span:
            try:
                await self.app(scope, receive, send_with_status)
            finally:
                route = getattr(scope.get("route"), "path", None)
                if route:
                    span.update_name(f"{method} {route}")
                    span.set_attribute("http.route", route)
                span.set_attribute("http.request.method", method)
                span.set_attribute("http.response.status_code", status)
                if status >= 500:
                    span.set_status(StatusCode.ERROR)

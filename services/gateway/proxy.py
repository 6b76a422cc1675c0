"""Every request under a service's public prefix: authenticated, then handed to the service that owns
the path with an internal token, and the answer passed back.

Plain ASGI, in front of FastAPI's routing: the gateway does this for every public request, and
FastAPI's routing, dependency and response machinery would cost more CPU than the hop itself.
Paths no service owns fall through to the gateway's own routes (and their 404).
"""

from collections.abc import AsyncIterator
from types import SimpleNamespace

import aiohttp
import structlog
from starlette.background import BackgroundTask
from starlette.responses import Response, StreamingResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from services.common.auth import bearer_token_from_scope
from services.common.body_limit import BodyTooLarge
from services.common.errors import DependencyUnavailable, handled
from services.gateway.authentication import authenticate
from services.gateway.clients.upstreams import service_name
from services.gateway.errors import LengthRequired
from services.gateway.routing import route_template, service_for

# What metrics, logs and traces name a request: its route's template; this for a path no route has
# (a 404 from the service), so that the names stay few.
UNKNOWN_ROUTE = SimpleNamespace(path="/v1/{path:path}")
_ROUTES: dict[str, SimpleNamespace] = {}
# Only these reach a service: everything else a client sends (a forged internal token, headers
# only the gateway sets) stays here.
FORWARDED_HEADERS = {b"content-type", b"accept", b"idempotency-key", b"last-event-id", b"traceparent",
                     b"tracestate"}
# Headers of the hop itself, which the gateway's own response sets anew.
HOP_HEADERS = {b"connection", b"keep-alive", b"transfer-encoding", b"content-length",
               b"date", b"server", b"x-request-id"}
IDEMPOTENT = {"GET", "HEAD", "OPTIONS", "PUT", "DELETE"}
# Answers passed on as they come, never held whole: server-sent events (they do not end) and archives
# (a privacy export: as large as a subject's calls make it, streamed by the service).
PASSED_THROUGH = {"text/event-stream", "application/zip"}
# Bodies up to this size are read whole (so an idempotent request can be sent again); larger ones
# are streamed to the service as they arrive.
BUFFERED_BODY = 1 << 20


class Proxy:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        upstream = service_for(scope["path"]) if scope["type"] == "http" else None
        if upstream is None:
            await self.app(scope, receive, send)
            return
        scope["route"] = _route(scope["method"], scope["path"])
        try:
            response = await forward(scope, receive, upstream)
        except Exception as exc:
            response = await handled(scope, exc)
        await response(scope, receive, send)


def _route(method: str, path: str) -> SimpleNamespace:
    template = route_template(method, path)
    if template is None:
        return UNKNOWN_ROUTE
    return _ROUTES.setdefault(template, SimpleNamespace(path=template))


async def forward(scope: Scope, receive: Receive, upstream: str) -> Response:
    state = scope["app"].state
    principal, limit = await authenticate(state.engine, state.auth, bearer_token_from_scope(scope))
    structlog.contextvars.bind_contextvars(tenant_id=str(principal.tenant_id))
    state.limiter.admit(principal, limit)

    headers = {name.decode(): value.decode("latin-1") for name, value in scope["headers"]
               if name in FORWARDED_HEADERS}
    traceparent = scope["state"]["traceparent"]  # the caller's when valid, else a new trace (RequestContext)
    if headers.get("traceparent") != traceparent:  # a new trace: the caller's state belongs to no trace of ours
        headers.pop("tracestate", None)
    headers["traceparent"] = traceparent
    headers["x-request-id"] = scope["state"]["request_id"]
    headers["authorization"] = "Bearer " + state.signer.token(principal, upstream)
    # The path and query as the client encoded them: decoding and re-encoding could change what the
    # service sees (repeated keys, their order, escaped slashes).
    url = (scope.get("raw_path") or scope["path"].encode()).decode("latin-1")
    if scope["query_string"]:
        url += "?" + scope["query_string"].decode("latin-1")
    method = scope["method"]
    content, size = await _body(scope, receive, state.settings.max_request_body_bytes)
    if not isinstance(content, bytes):  # streamed: the service gets the length the caller declared
        headers["content-length"] = str(size)
    streaming = method == "GET" and scope["path"].endswith("/stream")
    release = state.streams.take(principal) if streaming else _nothing
    try:
        answer = await state.upstreams.send(upstream, method, url, headers, content, streaming=streaming,
                                            retry=method in IDEMPOTENT and isinstance(content, bytes))
    except BaseException:
        release()
        raise
    kept = [(name, value) for name, value in answer.raw_headers if name.lower() not in HOP_HEADERS]
    kept.append((b"traceparent", headers["traceparent"].encode()))
    if answer.content_type in PASSED_THROUGH:
        response: Response = StreamingResponse(_until_closed(answer.content.iter_any(), release),
                                               status_code=answer.status,
                                               background=BackgroundTask(_released, answer, release))
        if length := answer.headers.get("content-length"):  # an answer the service breaks off stays short of it
            kept.append((b"content-length", length.encode()))
    else:
        try:
            body = await answer.read()
        except aiohttp.ClientError as exc:  # the service went away mid-answer
            raise DependencyUnavailable(service_name(upstream)) from exc
        finally:
            answer.release()
            release()
        response = Response(body, status_code=answer.status)
    response.raw_headers.extend(kept)
    return response


def _nothing() -> None:
    pass


async def _until_closed(chunks: AsyncIterator[bytes], release) -> AsyncIterator[bytes]:
    """The stream's slot is given back however it ends (the client gone, the service gone)."""
    try:
        async for chunk in chunks:
            yield chunk
    finally:
        release()


async def _released(answer: aiohttp.ClientResponse, release) -> None:
    answer.release()
    release()


async def _body(scope: Scope, receive: Receive, limit: int) -> tuple[bytes | AsyncIterator[bytes], int]:
    """The request body and its length: read whole when small, else streamed on as it arrives. A
    body must say its length (411 otherwise) and stay within the limit (413), so nothing larger
    ever starts on its way to a service."""
    length = next((value for name, value in scope["headers"] if name == b"content-length"), None)
    if length is None:
        if any(name == b"transfer-encoding" for name, _ in scope["headers"]):
            raise LengthRequired("send the body with a Content-Length")
        return b"", 0
    size = int(length) if length.isdigit() else -1
    if size < 0:
        raise LengthRequired("Content-Length is not a number")
    if size > limit:
        raise BodyTooLarge(f"the body is {size} bytes; at most {limit} are accepted")
    if size <= BUFFERED_BODY:
        return b"".join([chunk async for chunk in _chunks(receive)]), size
    return _chunks(receive), size


async def _chunks(receive: Receive) -> AsyncIterator[bytes]:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return
        yield message.get("body", b"")
        if not message.get("more_body", False):
            return

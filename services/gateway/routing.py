"""Which service answers which public path, and the hop to it with the internal token."""

import httpx
from fastapi import Request, Response
from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

from services.common.auth import Principal, sign_internal_token
from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.gateway.errors import RouteNotFound

# Public path prefix -> the service that owns it. Longest prefix first when they nest.
ROUTES: dict[str, str] = {
    "/v1/calls": "recording_consent",
    "/v1/announcements": "recording_consent",
    "/v1/do-not-record": "recording_consent",
    "/v1/consent-settings": "recording_consent",
    "/v1/jurisdictions": "recording_consent",
    "/v1/ledger": "recording_consent",
    "/v1/transcripts": "transcripts",
}
FORWARDED_HEADERS = ("content-type", "accept", "idempotency-key", "x-request-id", "last-event-id")
HOP_TIMEOUT = httpx.Timeout(10.0, connect=2.0)
# A live stream is quiet between changes (keep-alives every 15 s): only connecting is bounded.
STREAM_TIMEOUT = httpx.Timeout(None, connect=2.0)
# Headers of the hop itself, which the gateway's own response sets anew.
HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date",
               "server"}


def service_for(path: str) -> str:
    for prefix, service in sorted(ROUTES.items(), key=lambda item: -len(item[0])):
        if path == prefix or path.startswith(prefix + "/"):
            return service
    raise RouteNotFound(f"no route for {path}")


async def forward(request: Request, principal: Principal, client: httpx.AsyncClient,
                  settings: Settings) -> Response:
    service = service_for(request.url.path)
    token = sign_internal_token(settings.secret("internal_signing_key"), principal, service,
                                settings.internal_token_ttl_seconds)
    headers = {name: request.headers[name] for name in FORWARDED_HEADERS if name in request.headers}
    headers["x-request-id"] = principal.request_id
    headers["authorization"] = f"Bearer {token}"
    # The path as the client encoded it: decoding and re-encoding could change what the service sees.
    raw_path = request.scope.get("raw_path") or request.url.path.encode()
    url = settings.service_url(service) + raw_path.decode("latin-1")
    if query := request.scope.get("query_string", b""):  # as sent: repeated keys and order kept
        url += "?" + query.decode("latin-1")
    streaming = request.method == "GET" and request.url.path.endswith("/stream")
    outbound = client.build_request(request.method, url, content=await request.body(),
                                    headers=headers, timeout=STREAM_TIMEOUT if streaming else HOP_TIMEOUT)
    try:
        upstream = await client.send(outbound, stream=True)
        if not upstream.headers.get("content-type", "").startswith("text/event-stream"):
            await upstream.aread()
    except httpx.TransportError as exc:
        raise DependencyUnavailable(service.replace("_", "-") + " service") from exc
    kept = {k: v for k, v in upstream.headers.items() if k.lower() not in HOP_HEADERS}
    if upstream.is_closed:
        return Response(upstream.content, status_code=upstream.status_code, headers=kept)
    # Server-sent events pass through as they come, never buffered.
    return StreamingResponse(upstream.aiter_raw(), status_code=upstream.status_code, headers=kept,
                             background=BackgroundTask(upstream.aclose))

"""Public routes of the gateway: the one OpenAPI document, and everything under /v1 authenticated and
forwarded."""

import httpx
from fastapi import APIRouter, Request, Response
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from services.common.errors import DependencyUnavailable
from services.gateway.deps import CallerDep
from services.gateway.openapi import fetch_service_documents, merge_documents
from services.gateway.routing import forward

router = APIRouter()


@router.get("/openapi.json", include_in_schema=False)
async def openapi(request: Request) -> JSONResponse:
    """The public API: the gateway's own routes and the services' public ones, merged once."""
    state = request.app.state
    if getattr(state, "openapi_document", None) is None:
        try:
            services = await fetch_service_documents(state.http, state.settings)
        except httpx.HTTPError as exc:
            raise DependencyUnavailable("a backing service") from exc
        state.openapi_document = merge_documents(request.app.openapi(), services)
    return JSONResponse(state.openapi_document)


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    return get_swagger_ui_html(openapi_url="/openapi.json", title="callvault API")


@router.get("/.well-known/jwks.json", tags=["keys"])
async def published_keys(request: Request) -> JSONResponse:
    """The public keys (JWKS) that verify consent receipts and ledger checkpoints."""
    state = request.app.state
    try:
        response = await state.http.get(f"{state.settings.service_url('recording_consent')}/.well-known/jwks.json",
                                        timeout=5)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise DependencyUnavailable("recording-consent service") from exc
    return JSONResponse(response.json(), headers={"cache-control": "public, max-age=300"})


@router.api_route("/v1/{path:path}", methods=["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
                  include_in_schema=False)
async def proxy(request: Request, caller: CallerDep) -> Response:
    """Authenticate, then hand the request to the service that owns the path."""
    return await forward(request, caller, request.app.state.http, request.app.state.settings)

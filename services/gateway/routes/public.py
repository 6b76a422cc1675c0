"""The gateway's own public routes: the one OpenAPI document, its documentation, the published keys.
Everything under a service's prefix is proxied before routing (`proxy.Proxy`)."""

import importlib.resources

import httpx
from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse

from services.common.errors import DependencyUnavailable
from services.gateway.deps import UpstreamsDep
from services.gateway.openapi import fetch_service_documents, merge_documents

router = APIRouter()
# Swagger UI and ReDoc as the fastapi-offline package ships them (its package data, not its code).
DOCS_ASSETS = importlib.resources.files("fastapi_offline") / "static"
DOCS_ASSETS_URL = "/docs/assets"


@router.get("/openapi.json", include_in_schema=False)
async def openapi(request: Request) -> JSONResponse:
    """The public API: the gateway's own routes and the services' public ones, merged once."""
    state = request.app.state
    if getattr(state, "openapi_document", None) is None:
        try:
            services = await fetch_service_documents(state.upstreams)
        except httpx.HTTPError as exc:
            raise DependencyUnavailable("a backing service") from exc
        state.openapi_document = merge_documents(request.app.openapi(), services)
    return JSONResponse(state.openapi_document)


@router.get("/docs", include_in_schema=False)
async def docs() -> HTMLResponse:
    """Interactive documentation from files shipped in the package: no CDN (many networks that run
    callvault have no internet)."""
    return get_swagger_ui_html(openapi_url="/openapi.json", title="callvault API",
                               swagger_js_url=f"{DOCS_ASSETS_URL}/swagger-ui-bundle.js",
                               swagger_css_url=f"{DOCS_ASSETS_URL}/swagger-ui.css",
                               swagger_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png")


@router.get("/redoc", include_in_schema=False)
async def redoc() -> HTMLResponse:
    return get_redoc_html(openapi_url="/openapi.json", title="callvault API",
                          redoc_js_url=f"{DOCS_ASSETS_URL}/redoc.standalone.js",
                          redoc_favicon_url=f"{DOCS_ASSETS_URL}/favicon.png", with_google_fonts=False)


@router.get("/.well-known/jwks.json", tags=["keys"])
async def get_published_keys(upstreams: UpstreamsDep) -> JSONResponse:
    """The public keys (JWKS) that verify consent receipts and signed tree heads."""
    try:
        response = await upstreams.client("recording_consent").get("/.well-known/jwks.json", timeout=5)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise DependencyUnavailable("recording-consent service") from exc
    return JSONResponse(response.json(), headers={"cache-control": "public, max-age=300"})

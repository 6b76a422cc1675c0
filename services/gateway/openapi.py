"""One OpenAPI document for the public API: the gateway's own paths plus, for every public prefix in
the routing table, the owning service's paths and schemas (the services are never imported: their
documents come over HTTP at run time, or from `callvault openapi export`)."""

import asyncio
from typing import Any

from services.common.errors import PROBLEM_JSON
from services.common.openapi import PROBLEM_REF, ordered_tags
from services.gateway.clients.upstreams import Upstreams
from services.gateway.routing import ROUTES, service_for

WEBHOOKS = "/v1/webhooks/"
BEARER = {"bearerAuth": {"type": "http", "scheme": "bearer", "description": "an API key or token"}}


def merge_documents(gateway: dict[str, Any], services: dict[str, dict[str, Any]]) -> dict[str, Any]:
    merged = {**gateway, "paths": {path: _guarded(path, item) for path, item in gateway.get("paths", {}).items()}}
    schemas = dict(gateway.get("components", {}).get("schemas", {}))
    for name, document in sorted(services.items()):
        for path, item in document.get("paths", {}).items():
            if _public(path) and service_for(path) == name:
                merged["paths"][path] = _secured(item)
        schemas.update(document.get("components", {}).get("schemas", {}))
    merged["components"] = {**gateway.get("components", {}), "schemas": schemas, "securitySchemes": BEARER}
    merged["paths"] = dict(sorted(merged["paths"].items()))
    merged["tags"] = ordered_tags(merged)
    return merged


RATE_LIMITED = {"description": "Over the credential's or the tenant's rate limit; retry after Retry-After "
                               "(RateLimit-* headers say more)",
                "content": {PROBLEM_JSON: {"schema": PROBLEM_REF}}}


def _guarded(path: str, item: dict[str, Any]) -> dict[str, Any]:
    if path.startswith(WEBHOOKS):  # a provider's signature is the credential: no API key, same rate limits
        return {method: {**op, "security": [], "responses": {**op.get("responses", {}), "429": RATE_LIMITED}}
                for method, op in item.items()}
    return _secured(item) if path.startswith("/v1/") else item


def _secured(item: dict[str, Any]) -> dict[str, Any]:
    """An operation behind a credential, and so behind the rate limits."""
    return {method: {**op, "security": [{"bearerAuth": []}], "responses": {**op.get("responses", {}),
                                                                           "429": RATE_LIMITED}}
            for method, op in item.items()}


def _public(path: str) -> bool:
    return any(path == prefix or path.startswith(prefix + "/") for prefix in ROUTES)


async def fetch_service_documents(upstreams: Upstreams) -> dict[str, dict]:
    pairs = upstreams.items()
    responses = await asyncio.gather(*(client.get("/openapi.json") for _, client in pairs))
    return {service: response.raise_for_status().json()
            for (service, _), response in zip(pairs, responses, strict=True)}

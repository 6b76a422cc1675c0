"""OpenAPI as the services really answer: every error response is application/problem+json."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from services.common.bodies import SCHEMAS_KEY
from services.common.errors import PROBLEM_JSON, Problem
from services.common.permissions import roles_for

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

# The tags in the order a user meets them: a platform integrates calls and consent first, then
# transcripts and their lifecycle; administration comes last.
TAGS = {
    "calls": "Calls, participants, consent events and the decision (may this call be recorded or "
             "transcribed now?), its live stream and the participants' consent receipts.",
    "telephony webhooks": "Where telephony and voice-AI providers send their signed webhooks.",
    "telephony": "Per-provider credentials and settings, the IVR that asks for consent, and the inbox of "
                 "received webhooks.",
    "consent settings": "The tenant's consent policy: announcements, what a refusal stops, jurisdictions.",
    "announcements": "Versions of the recording notice that consent events cite.",
    "do-not-record": "Standing objections, by blind index, carried across calls.",
    "jurisdictions": "The rules table: what recording requires where, with the statute cited.",
    "transcripts": "Hand in transcripts (segments without consent are refused) and read them, "
                   "redacted by default.",
    "redaction": "Redact text with the tenant's redaction settings.",
    "vcons": "vCons (IETF vCon 0.4.0) in and out: a call exported with its transcript (WTF) and each party's "
             "lawful basis; a vCon imported as a call, its consent and its transcript (through the consent gate).",
    "retention and legal holds": "How long transcripts are kept, legal holds that keep them longer, and "
                                 "the certificates of what was deleted.",
    "purge": "Run the retention purge for the tenant now, or preview what it would delete and what holds keep.",
    "privacy requests": "Data-subject requests: access, portability, erasure, restriction, rectification, "
                        "objection, with due dates per regulation.",
    "transcripts administration": "Transcript settings, the audit log of every read (a transparency log, "
                                  "with its proofs), and key status.",
    "ledger": "The consent ledger, a transparency log: signed tree heads, entries, inclusion and consistency "
              "proofs (RFC 9162), verification.",
    "keys": "The published keys that verify receipts, signed tree heads and certificates.",
    "webhooks": "Outbound webhooks: endpoints, deliveries and replays (Standard Webhooks signatures).",
    "softphone tokens": "Short-lived tokens for agents' softphones, limited to one call's decision.",
    "api keys": "The tenant's API keys.",
    "tenants": "Tenants and their single sign-on (OIDC) settings.",
}


def operation_id(route: APIRoute) -> str:
    """The route function's name (`create_call`), so generated clients read as if written by hand;
    tests/unit/test_openapi_surface.py keeps them unique across the public document."""
    return route.name


def ordered_tags(document: dict[str, Any]) -> list[dict[str, str]]:
    """The tags the document uses, in TAGS' order (a tag missing from TAGS is listed last, undescribed)."""
    used = {tag for item in document.get("paths", {}).values() for op in item.values() for tag in op.get("tags", [])}
    known = [{"name": name, "description": text} for name, text in TAGS.items() if name in used]
    return known + [{"name": name} for name in sorted(used - TAGS.keys())]


def install_problem_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(title=app.title, version=app.version, description=app.description,
                                   routes=app.routes)
            app.openapi_schema = _problems_everywhere(document)
        return app.openapi_schema

    app.openapi = openapi


def _problems_everywhere(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            schemas.update(operation.pop(SCHEMAS_KEY, {}))  # bodies read by services.common.bodies
            responses = operation.setdefault("responses", {})
            if allowed := roles_for(method.upper(), path):  # the permission table's line, for API clients
                responses.setdefault("403", {"description": "Allowed to the roles: " + ", ".join(sorted(allowed))})
            # Every API route can refuse the caller and can meet an outage.
            responses.setdefault("401", {"description": "Missing or invalid credentials"})
            responses.setdefault("503", {"description": "A dependency is unavailable; retry after Retry-After"})
            if "requestBody" in operation:
                responses.setdefault("400", {"description": "The body could not be read (not UTF-8 JSON)"})
            for status, response in operation.get("responses", {}).items():
                if status.startswith(("4", "5")):
                    response["content"] = {PROBLEM_JSON: {"schema": PROBLEM_REF}}
                    if status == "422":
                        response["description"] = "The request is not valid (field paths in `errors`)"
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    schemas["Problem"] = Problem.model_json_schema()
    document["tags"] = ordered_tags(document)
    return document

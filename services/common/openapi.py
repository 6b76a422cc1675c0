"""OpenAPI as the services really answer: every error response is application/problem+json."""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from services.common.bodies import SCHEMAS_KEY
from services.common.errors import PROBLEM_JSON, Problem
from services.common.permissions import roles_for

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}


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
    return document

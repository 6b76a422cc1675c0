"""JSON request bodies validated straight from their bytes by pydantic-core, for the few routes that
take large ones: FastAPI's own path (json.loads, then validating the Python objects) costs several
times more CPU on a 200 KB transcript. The route's OpenAPI entry says what the body is, as usual."""

from typing import Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError

Model = TypeVar("Model", bound=BaseModel)
SCHEMAS_KEY = "x-callvault-schemas"  # carried to components/schemas by services.common.openapi


async def parse_body(request: Request, model: type[Model], limit: int | None = None,
                     too_large: type[Exception] | None = None) -> tuple[Model, bytes]:
    """The validated body and its bytes; `too_large` is raised over `limit` bytes, before validation."""
    raw = await request.body()
    if limit is not None and len(raw) > limit and too_large is not None:
        raise too_large(f"the body is {len(raw)} bytes; at most {limit} bytes")
    try:
        return model.model_validate_json(raw), raw
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from exc


def body_openapi(model: type[BaseModel]) -> dict[str, Any]:
    """`openapi_extra` for a route whose body `parse_body` reads."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    definitions = schema.pop("$defs", {})
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{model.__name__}"}}}},
        SCHEMAS_KEY: {model.__name__: schema, **definitions}}

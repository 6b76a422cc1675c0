"""Large JSON request bodies, decoded and validated straight from their bytes by msgspec.

For the few routes whose bodies are large (a 200 KB transcript): FastAPI's own path (json.loads, then
pydantic over the Python objects) costs several times the CPU, and pydantic from bytes still four
times msgspec's. The body's type is a `msgspec.Struct`; its OpenAPI schema comes from the same type,
and its errors are the same 422 problem as every other body's.
"""

import re
from functools import cache
from typing import Any, TypeVar

import msgspec
from fastapi import Request
from fastapi.exceptions import RequestValidationError

Body = TypeVar("Body", bound=msgspec.Struct)
SCHEMAS_KEY = "x-callvault-schemas"  # carried to components/schemas by services.common.openapi
_STEP = re.compile(r"\.([^.\[]+)|\[(\d+)\]")


async def parse_body(request: Request, kind: type[Body], limit: int | None = None,
                     too_large: type[Exception] | None = None) -> tuple[Body, bytes]:
    """The validated body and its bytes; `too_large` is raised over `limit` bytes, before decoding."""
    raw = await request.body()
    if limit is not None and len(raw) > limit and too_large is not None:
        raise too_large(f"the body is {len(raw)} bytes; at most {limit} bytes")
    try:
        return _decoder(kind).decode(raw), raw
    except msgspec.ValidationError as exc:  # "Expected `int` >= 0 - at `$.segments[3].start_ms`"
        message, found, where = str(exc).rpartition(" - at `$")
        raise RequestValidationError([_error(message if found else str(exc), where, "value_error")]) from exc
    except msgspec.DecodeError as exc:
        raise RequestValidationError([_error(str(exc), "", "json_invalid")]) from exc


@cache
def _decoder(kind: type[Body]) -> msgspec.json.Decoder:
    return msgspec.json.Decoder(kind)


def _error(message: str, where: str, kind: str) -> dict[str, Any]:
    """In FastAPI's shape: `where` is msgspec's path after the `$` (".segments[3].start_ms`")."""
    loc = [name or int(index) for name, index in _STEP.findall(where.rstrip("`"))]
    return {"loc": ("body", *loc), "msg": message, "type": kind}


def body_openapi(kind: type[msgspec.Struct]) -> dict[str, Any]:
    """`openapi_extra` for a route whose body `parse_body` reads."""
    _, schemas = msgspec.json.schema_components([kind], ref_template="#/components/schemas/{name}")
    return {"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": f"#/components/schemas/{kind.__name__}"}}}},
        SCHEMAS_KEY: schemas}

"""MkDocs hooks: pages generated at build time from what the code says, so they cannot drift.

- `reference/api.md`: the public API, rendered as Markdown from `openapi/gateway.json` (offline: no
  JavaScript renderer, no CDN), with the document itself beside it for download.
- `reference/cli.md`: every `callvault` command with its options, from the typer app itself.
- The events table of `reference/events.md`: from `services/common/events/catalog.py`, every event type
  with its payload's fields.
- The permission table of `domains/roles-and-permissions.md` is checked against the code by
  tests/unit/test_documents_in_step.py instead (it is committed, so it reads well on GitHub too).
"""

import html
import json
import re
from pathlib import Path
from typing import Any

import click
import typer
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from services.cli import app as cli_app
from services.common.events.catalog import PAYLOADS

ROOT = Path(__file__).resolve().parents[1]
METHODS = ("get", "put", "post", "patch", "delete")
EVENTS_MARKER = "<!-- generated: the event catalogue -->"


def on_files(files: Files, config: Any) -> Files:
    document = json.loads((ROOT / "openapi" / "gateway.json").read_text())
    files.append(File.generated(config, "reference/api.md", content=api_reference(document)))
    files.append(File.generated(config, "reference/cli.md", content=cli_reference()))
    files.append(File.generated(config, "reference/openapi/gateway.json",
                                content=json.dumps(document, indent=1, ensure_ascii=False)))
    return files


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    if page.file.src_uri == "reference/events.md":
        if EVENTS_MARKER not in markdown:
            raise ValueError(f"reference/events.md lost its marker {EVENTS_MARKER}")
        return markdown.replace(EVENTS_MARKER, event_table())
    return markdown


def event_table() -> str:
    lines = ["| type | payload | fields | what |", "|---|---|---|---|"]
    for payload in PAYLOADS:
        types = ", ".join(f"`{kind}`" for kind in payload.TYPES)
        fields = "<br>".join(f"`{name}`: {_annotation(field.annotation)}"
                             for name, field in payload.model_fields.items())
        lines.append(f"| {types} | `{payload.__name__}` | {fields} | {_cell(payload.__doc__)} |")
    return "\n".join(lines)


def _annotation(annotation: Any) -> str:
    text = annotation.__name__ if isinstance(annotation, type) else str(annotation)
    return re.sub(r"\b(uuid|typing)\.", "", text).replace("|", "or")


def cli_reference() -> str:
    lines = ["# CLI reference: `callvault`", "",
             "Generated at build time from the command-line tool itself (`services/cli.py`); "
             "`callvault COMMAND --help` says the same.", ""]
    return "\n".join(lines + _commands(typer.main.get_command(cli_app), "callvault")) + "\n"


def _commands(group: click.Command, path: str) -> list[str]:
    lines: list[str] = []
    for name, command in sorted(getattr(group, "commands", {}).items()):
        if command.hidden:
            continue
        full = f"{path} {name}"
        usage = command.get_usage(click.Context(command, info_name=full)).removeprefix("Usage: ")
        lines += [f"## `{full}`", "", "```", usage, "```", "", _text((command.help or "").strip()), ""]
        params = [p for p in command.params if not getattr(p, "hidden", False) and p.name != "help"]
        if params:
            lines += ["| parameter | what | default |", "|---|---|---|"]
            lines += [f"| `{', '.join(p.opts)}`{' (required)' if p.required else ''} | "
                      f"{_cell(getattr(p, 'help', None))} | {_default(p)} |" for p in params]
            lines.append("")
        lines += _commands(command, full)
    return lines


def _default(param: click.Parameter) -> str:
    if param.required or param.default in (None, False, ()) or callable(param.default):
        return ""
    return f"`{param.default}`"


def api_reference(document: dict) -> str:
    info = document["info"]
    lines = [f"# API reference: {info['title']} {info['version']}", "",
             "Generated at build time from `openapi/gateway.json`, the one document of the public API (the "
             "gateway's; download it [here](openapi/gateway.json) for a client generator). Every error is "
             "`application/problem+json` ([Problem](#schema-Problem)). Send credentials as "
             "`Authorization: Bearer <key or token>`.", ""]
    operations = _operations_by_tag(document)
    for tag in document.get("tags", []):
        if not operations.get(tag["name"]):
            continue
        lines += [f"## {tag['name'].capitalize()}", "", tag.get("description", ""), ""]
        for method, path, operation in operations[tag["name"]]:
            lines += _operation(method, path, operation)
    lines += ["## Schemas", ""]
    for name, schema in sorted(document["components"]["schemas"].items()):
        lines += _schema(name, schema)
    return "\n".join(lines) + "\n"


def _operations_by_tag(document: dict) -> dict[str, list[tuple[str, str, dict]]]:
    by_tag: dict[str, list[tuple[str, str, dict]]] = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            if method in item:
                tag = (item[method].get("tags") or ["other"])[0]
                by_tag.setdefault(tag, []).append((method, path, item[method]))
    return by_tag


def _operation(method: str, path: str, operation: dict) -> list[str]:
    lines = [f"### `{method.upper()} {path}` {{#{operation['operationId']}}}", "",
             operation.get("description") or operation.get("summary", ""), "",
             f"Operation id: `{operation['operationId']}`", ""]
    parameters = operation.get("parameters", [])
    if parameters:
        lines += ["| parameter | in | required | type | what |", "|---|---|---|---|---|"]
        lines += [f"| `{p['name']}` | {p['in']} | {'yes' if p.get('required') else ''} | "
                  f"{_type(p.get('schema', {}))} | {_cell(p.get('description') or p['schema'].get('description'))} |"
                  for p in parameters]
        lines.append("")
    body = operation.get("requestBody")
    if body:
        for media, content in body["content"].items():
            lines += [f"Request body ({media}{', required' if body.get('required') else ''}): "
                      f"{_type(content.get('schema', {}))}", ""]
    lines += ["| status | what | body |", "|---|---|---|"]
    for status, response in operation.get("responses", {}).items():
        bodies = ", ".join(f"{_type(c.get('schema', {}))} ({media})"
                           for media, c in response.get("content", {}).items())
        lines.append(f"| {status} | {_cell(response.get('description'))} | {bodies} |")
    return [*lines, ""]


def _schema(name: str, schema: dict) -> list[str]:
    lines = [f"### {name} {{#schema-{name}}}", ""]
    if schema.get("description"):
        lines += [_cell(schema["description"]), ""]
    if "enum" in schema:
        return [*lines, _type(schema), ""]
    properties = schema.get("properties", {})
    if not properties:
        return [*lines, f"Type: {_type(schema)}", ""]
    required = set(schema.get("required", []))
    lines += ["| field | type | required | what |", "|---|---|---|---|"]
    lines += [f"| `{field}` | {_type(s)} | {'yes' if field in required else ''} | {_cell(s.get('description'))} |"
              for field, s in properties.items()]
    return [*lines, ""]


def _type(schema: dict) -> str:
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#schema-{name})"
    for combinator in ("anyOf", "oneOf", "allOf"):
        if combinator in schema:
            return " or ".join(dict.fromkeys(_type(s) for s in schema[combinator]))
    if "enum" in schema:
        return "one of " + ", ".join(f"`{v}`" for v in schema["enum"])
    if schema.get("type") == "array":
        return f"array of {_type(schema.get('items', {}))}"
    if schema.get("type") == "object" and "additionalProperties" in schema:
        values = schema["additionalProperties"]
        return f"object of {_type(values)}" if isinstance(values, dict) else "object"
    kind = schema.get("type", "any")
    return f"{kind} ({schema['format']})" if "format" in schema else str(kind)


def _cell(text: str | None) -> str:
    """Text that stays inside one cell of a Markdown table."""
    return _text(" ".join((text or "").split())).replace("|", "\\|")


def _text(text: str) -> str:
    """Prose from the code as Markdown: `<service>` outside a code span is text, not an HTML tag."""
    pieces = text.split("`")
    return "`".join(html.escape(piece, quote=False) if i % 2 == 0 else piece for i, piece in enumerate(pieces))

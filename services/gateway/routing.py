"""Which service answers which public path, and by which route template."""

from collections import defaultdict

from services.common.permissions import PERMISSIONS

# Public path prefix -> the service that owns it.
ROUTES: dict[str, str] = {
    "/v1/calls": "recording_consent",
    "/v1/event-batches": "recording_consent",
    "/v1/announcements": "recording_consent",
    "/v1/do-not-record": "recording_consent",
    "/v1/consent-settings": "recording_consent",
    "/v1/agent-sites": "recording_consent",
    "/v1/jurisdictions": "recording_consent",
    "/v1/ledger": "recording_consent",
    "/v1/transcripts": "transcripts",
    "/v1/transcript-settings": "transcripts",
    "/v1/transcript-keys": "transcripts",
    "/v1/audit": "transcripts",
    "/v1/retention-policies": "transcripts",
    "/v1/legal-holds": "transcripts",
    "/v1/purge": "transcripts",
    "/v1/deletion-certificates": "transcripts",
    "/v1/redact": "transcripts",
    "/v1/privacy-requests": "transcripts",
    "/v1/vcons": "transcripts",
}
# Resources under another service's: /v1/calls/{call_id}/transcripts belongs to transcripts; None: the
# gateway's own (the copies of a call: its provider's recordings, which only the gateway tracks).
NESTED: dict[tuple[str, str], str | None] = {("/v1/calls", "transcripts"): "transcripts",
                                             ("/v1/calls", "retention"): "transcripts",
                                             ("/v1/calls", "vcon"): "transcripts",
                                             ("/v1/calls", "copies"): None}
_BY_LENGTH = sorted(ROUTES.items(), key=lambda item: -len(item[0]))  # the longest prefix wins when they nest


def service_for(path: str) -> str | None:
    """The service that owns the path; None when no service does (the gateway's own routes, or none)."""
    for (parent, child), service in NESTED.items():
        if path.startswith(parent + "/") and path[len(parent) + 1:].partition("/")[2].partition("/")[0] == child:
            return service
    for prefix, service in _BY_LENGTH:
        if path.startswith(prefix) and (len(path) == len(prefix) or path[len(prefix)] == "/"):
            return service
    return None


def _templates_by_shape() -> dict[tuple[str, int], list[tuple[str, tuple[str | None, ...]]]]:
    """Every public route template (the permissions table names them all), by method and number of
    segments; a template's segments are its literals and None for each `{parameter}`. Within a
    shape, the templates with more literals first: `/v1/calls/stream` before `/v1/calls/{call_id}`."""
    shapes: dict[tuple[str, int], list[tuple[str, tuple[str | None, ...]]]] = defaultdict(list)
    for route in PERMISSIONS:
        method, template = route.split(" ", 1)
        segments = tuple(None if part.startswith("{") else part for part in template.split("/"))
        shapes[(method, len(segments))].append((template, segments))
    for templates in shapes.values():
        templates.sort(key=lambda entry: sum(part is None for part in entry[1]))
    return dict(shapes)


_SHAPES = _templates_by_shape()


def route_template(method: str, path: str) -> str | None:
    """The template of the public route a proxied request is for (`/v1/calls/{call_id}/decision`), so
    its metrics and trace are named per route and hold no id; None for a path no route has."""
    parts = path.split("/")
    for template, segments in _SHAPES.get(("GET" if method == "HEAD" else method, len(parts)), ()):
        if all(want is None or want == got for want, got in zip(segments, parts, strict=True)):
            return template
    return None

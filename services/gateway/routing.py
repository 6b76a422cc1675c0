"""Which service answers which public path."""

# Public path prefix -> the service that owns it.
ROUTES: dict[str, str] = {
    "/v1/calls": "recording_consent",
    "/v1/event-batches": "recording_consent",
    "/v1/announcements": "recording_consent",
    "/v1/do-not-record": "recording_consent",
    "/v1/consent-settings": "recording_consent",
    "/v1/jurisdictions": "recording_consent",
    "/v1/ledger": "recording_consent",
    "/v1/transcripts": "transcripts",
    "/v1/transcript-settings": "transcripts",
    "/v1/transcript-keys": "transcripts",
    "/v1/audit": "transcripts",
    "/v1/retention-policies": "transcripts",
    "/v1/legal-holds": "transcripts",
    "/v1/deletion-certificates": "transcripts",
    "/v1/redact": "transcripts",
    "/v1/privacy-requests": "transcripts",
}
# Resources under another service's: /v1/calls/{call_id}/transcripts belongs to transcripts.
NESTED: dict[tuple[str, str], str] = {("/v1/calls", "transcripts"): "transcripts",
                                      ("/v1/calls", "retention"): "transcripts"}
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

import pytest

from services.gateway.routing import route_template, service_for


@pytest.mark.parametrize(("path", "service"), [
    ("/v1/calls", "recording_consent"),
    ("/v1/calls/123/decision", "recording_consent"),
    ("/v1/transcripts", "transcripts"),
    ("/v1/calls/123/transcripts", "transcripts"),
    ("/v1/calls/{call_id}/transcripts", "transcripts"),
    ("/v1/calls/123/transcriptsX", "recording_consent"),
    ("/v1/audit/verify", "transcripts"),
])
def test_paths_go_to_their_service(path, service):
    assert service_for(path) == service


@pytest.mark.parametrize("path", ["/v1/callsX", "/v1/unknown", "/v1"])
def test_unknown_paths_are_not_routed(path):
    assert service_for(path) is None


@pytest.mark.parametrize(("method", "path", "template"), [
    ("GET", "/v1/calls/0b7e/decision", "/v1/calls/{call_id}/decision"),
    ("GET", "/v1/calls/0b7e/decision/stream", "/v1/calls/{call_id}/decision/stream"),
    ("HEAD", "/v1/transcripts/5c1d", "/v1/transcripts/{transcript_id}"),
    ("POST", "/v1/calls", "/v1/calls"),
    ("GET", "/v1/calls/0b7e/transcripts", "/v1/calls/{call_id}/transcripts"),
    ("GET", "/v1/calls/0b7e/no-such-thing/at-all", None),
    ("PATCH", "/v1/calls", None),
])
def test_a_proxied_request_is_named_by_its_route_template(method, path, template):
    assert route_template(method, path) == template

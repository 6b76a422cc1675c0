import pytest

from services.gateway.routing import service_for


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

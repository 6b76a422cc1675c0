"""Every error is problem+json: bad input says what is wrong, unknown routes too."""

import pytest

from tests.helpers.support import call_body, internal_headers


async def test_a_malformed_body_is_a_problem_with_its_location(consent_client, settings, tenant_id):
    response = await consent_client.post("/v1/calls", content=b'{"external_id": ',
                                         headers={**internal_headers(settings, tenant_id),
                                                  "content-type": "application/json"})
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "urn:callvault:problem:validation-error"


@pytest.mark.parametrize(("change", "path"), [
    ({"direction": "sideways"}, "body.direction"),
    ({"participants": []}, "body.participants"),
    ({"participants": [{"external_id": "a", "role": "boss"}]}, "body.participants.0.role"),
    ({"participants": [{"external_id": "a", "role": "agent", "phone_number": "+1 415\n555"}]},
     "body.participants.0.phone_number"),
    ({"started_at": "2026-01-01T10:00:00"}, "body.started_at"),
    ({"started_at": 0}, "body.started_at"),
    ({"external_id": 12}, "body.external_id"),
    ({"external_id": "CA\u0000"}, "body.external_id"),
    ({"surprise": 1}, "body.surprise"),
])
async def test_invalid_fields_are_named(consent_client, settings, tenant_id, change, path):
    response = await consent_client.post("/v1/calls", json=call_body(**change),
                                         headers=internal_headers(settings, tenant_id))
    assert response.status_code == 422, response.text
    assert path in [e["path"] for e in response.json()["errors"]]


async def test_an_unknown_route_is_a_problem(consent_client):
    response = await consent_client.get("/no/such/route")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == 404


async def test_a_wrong_method_is_a_problem(consent_client, settings, tenant_id):
    response = await consent_client.delete("/v1/calls", headers=internal_headers(settings, tenant_id))
    assert response.status_code == 405
    assert response.headers["content-type"] == "application/problem+json"


async def test_an_unparseable_id_is_a_422_not_a_500(consent_client, settings, tenant_id):
    response = await consent_client.get("/v1/calls/not-a-uuid", headers=internal_headers(settings, tenant_id))
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "path.call_id"

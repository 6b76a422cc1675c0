"""The public API against its own OpenAPI document, with inputs Schemathesis generates: no 5xx, and
every status, content type and body as the document says."""

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

DOCUMENT = Path(__file__).resolve().parents[2] / "openapi" / "gateway.json"
schema = schemathesis.openapi.from_path(DOCUMENT)


@pytest.fixture
def gateway_url(services) -> str:
    return f"http://127.0.0.1:{services.gateway_port}"


@schema.parametrize()
# Derandomized: CI sees the same examples every run; raise max_examples locally to explore further.
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
def test_the_gateway_keeps_its_documented_promises(case, gateway_url, tenant_key):
    _, secret = tenant_key
    # Rules the schema cannot express (participants' external ids distinct within a call) turn some
    # schema-valid bodies into 422s on purpose; every other promise is checked.
    case.call_and_validate(base_url=gateway_url, headers={"Authorization": f"Bearer {secret}"},
                           excluded_checks=[positive_data_acceptance])

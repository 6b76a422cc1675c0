"""Fixtures of the integration tests: one service in the test's process (ASGI), against the session's
PostgreSQL, SeaweedFS and NATS."""

import pytest

from tests.helpers.support import ConsentApi, internal_headers


@pytest.fixture
def api(consent_client, settings, tenant_id) -> ConsentApi:
    """The recording-consent service as the gateway calls it: an internal token for the test's tenant."""
    return ConsentApi(consent_client, internal_headers(settings, tenant_id))

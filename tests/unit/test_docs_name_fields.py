"""The docs name request fields as the API does (an integrator copies them): the tenant's, and the
calls list's filters."""

from pathlib import Path

from services.gateway.schemas import TenantCreate

DOMAINS = Path(__file__).parents[2] / "docs" / "domains"


def test_the_docs_name_the_tenants_fields_and_the_calls_filters_as_the_api_does():
    tenants = (DOMAINS / "tenants-and-access.md").read_text()
    for name in TenantCreate.model_fields:
        assert f'"{name}"' in tenants, name
    consent = (DOMAINS / "recording-consent.md").read_text()
    for name in ("external_id", "started_after", "started_before"):
        assert f"`{name}`" in consent, name
    assert "`sequence`" in consent and "one counter for every call" in consent

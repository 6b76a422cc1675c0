"""The README names request fields as the API does (an integrator copies them): the tenant's, and the
calls list's filters."""

from pathlib import Path

from services.gateway.schemas import TenantCreate

README = (Path(__file__).parents[2] / "README.md").read_text()


def test_the_readme_names_the_tenants_fields_and_the_calls_filters_as_the_api_does():
    for name in TenantCreate.model_fields:
        assert f'"{name}"' in README, name
    for name in ("external_id", "started_after", "started_before"):
        assert f"`{name}`" in README, name
    assert "`sequence`" in README and "one counter for every call" in README

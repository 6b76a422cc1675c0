"""What users read must match what the code does: openapi/, the README's settings table, and the
compose file."""

import json
import re
from pathlib import Path

import yaml

from services.cli import openapi_documents
from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_committed_openapi_documents_match_the_code():
    for name, document in openapi_documents().items():
        committed = json.loads((ROOT / "openapi" / f"{name}.json").read_text())
        assert committed == document, f"openapi/{name}.json is stale: run `make openapi`"


def test_every_public_route_of_a_service_is_in_the_gateway_document():
    documents = openapi_documents()
    public = set(documents["gateway"]["paths"])
    assert {p for p in documents["recording_consent"]["paths"] if p.startswith("/v1/")} <= public


def _readme_settings() -> set[str]:
    readme = (ROOT / "README.md").read_text()
    return set(re.findall(r"^\|\s*`(CALLVAULT_[A-Z0-9_]+)`", readme, flags=re.MULTILINE))


def test_the_readme_documents_every_setting_and_no_other():
    in_code = {f"CALLVAULT_{name.upper()}" for name in Settings.model_fields}
    documented = _readme_settings()
    assert in_code - documented == set(), "settings missing from the README table"
    assert documented - in_code == set(), "README documents settings that do not exist"


def test_the_readme_starts_with_the_two_commands():
    head = "\n".join((ROOT / "README.md").read_text().splitlines()[:40])
    assert "make up" in head and "make test" in head


def test_compose_names_real_services_images_and_settings():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"postgres", "seaweedfs", "nats", "gateway", "recording_consent", "transcripts"} <= set(services)
    settings = {f"CALLVAULT_{name.upper()}" for name in Settings.model_fields}
    for name, service in services.items():
        assert service.get("image") or service.get("build"), f"{name} has neither image nor build"
        depends = service.get("depends_on", {})
        assert set(depends) <= set(services), f"{name} depends on a service that does not exist"
        for variable in _environment(service):
            if variable.startswith("CALLVAULT_"):
                assert variable in settings, f"{name} sets {variable}, which is not a setting"
        if "build" in service:
            build = service["build"]
            dockerfile = ROOT / build.get("context", ".") / build.get("dockerfile", "Dockerfile")
            assert dockerfile.exists(), f"{name} builds from a missing {dockerfile}"
    for volume in compose.get("volumes", {}):
        assert any(volume in str(s.get("volumes", [])) for s in services.values()), f"unused volume {volume}"


def test_the_dockerfile_runs_as_a_non_root_user():
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text()
    users = re.findall(r"^USER\s+(\S+)", dockerfile, flags=re.MULTILINE)
    assert users and users[-1] not in ("root", "0")


def _environment(service: dict) -> list[str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        return [item.split("=", 1)[0] for item in env]
    return list(env)


def test_the_readme_shows_the_permission_table_the_code_enforces():
    from services.common.permissions import markdown_table

    readme = (ROOT / "README.md").read_text()
    shown = readme.split("<!-- permissions:start -->\n", 1)[1].split("\n<!-- permissions:end -->", 1)[0]
    assert shown == markdown_table(), ("the README's permission table is stale: paste the output of "
                                       "`python -c 'from services.common.permissions import markdown_table; "
                                       "print(markdown_table())'`")

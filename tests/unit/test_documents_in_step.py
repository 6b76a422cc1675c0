"""What users read must match what the code does: openapi/, the settings table of docs/configuration.md,
the permission table of docs/domains/roles-and-permissions.md, the event catalogue, the README's first
lines, and the compose file."""

import ast
import json
import re
from pathlib import Path

import yaml

from services.cli import openapi_documents
from services.common.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"


def test_committed_openapi_documents_match_the_code():
    for name, document in openapi_documents().items():
        committed = json.loads((ROOT / "openapi" / f"{name}.json").read_text())
        assert committed == document, f"openapi/{name}.json is stale: run `make openapi`"


def test_every_public_route_of_a_service_is_in_the_gateway_document():
    documents = openapi_documents()
    public = set(documents["gateway"]["paths"])
    assert {p for p in documents["recording_consent"]["paths"] if p.startswith("/v1/")} <= public


def _documented_settings() -> set[str]:
    page = (DOCS / "configuration.md").read_text()
    return set(re.findall(r"^\|\s*`(CALLVAULT_[A-Z0-9_]+)`", page, flags=re.MULTILINE))


def test_the_configuration_page_documents_every_setting_and_no_other():
    in_code = {f"CALLVAULT_{name.upper()}" for name in Settings.model_fields}
    documented = _documented_settings()
    assert in_code - documented == set(), "settings missing from the table of docs/configuration.md"
    assert documented - in_code == set(), "docs/configuration.md documents settings that do not exist"


def test_the_readme_starts_with_the_two_commands_and_stays_short():
    readme = (ROOT / "README.md").read_text().splitlines()
    head = "\n".join(readme[:40])
    assert "make up" in head and "make test" in head and "apt-get install -y chromium" in head
    assert len(readme) <= 150, "the README is the front page: the manual goes in docs/"


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


def test_the_docs_show_the_permission_table_the_code_enforces():
    from services.common.permissions import markdown_table

    page = (DOCS / "domains" / "roles-and-permissions.md").read_text()
    shown = page.split("<!-- permissions:start -->\n", 1)[1].split("\n<!-- permissions:end -->", 1)[0]
    assert shown == markdown_table(), ("the permission table of docs/domains/roles-and-permissions.md is stale: "
                                       "paste the output of "
                                       "`python -c 'from services.common.permissions import markdown_table; "
                                       "print(markdown_table())'`")


def _module_constants(tree: ast.Module) -> dict[str, str]:
    constants: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            names, values = node.targets[0], node.value
            pairs = (zip(names.elts, values.elts, strict=False) if isinstance(names, ast.Tuple)
                     and isinstance(values, ast.Tuple) else [(names, values)])
            constants |= {n.id: v.value for n, v in pairs if isinstance(n, ast.Name)
                          and isinstance(v, ast.Constant) and isinstance(v.value, str)}
    return constants


def _consumers_in_code() -> set[str]:
    """The durable name given to every EventConsumer (the event types come from the catalogue itself:
    docs/_hooks.py generates their table from services/common/events/catalog.py)."""
    consumers = set()
    for path in (ROOT / "services").rglob("*.py"):
        tree = ast.parse(path.read_text())
        constants = _module_constants(tree)
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "EventConsumer":
                name = call.args[2]
                consumers.add(constants[name.id] if isinstance(name, ast.Name) else name.value)
    return consumers


def test_the_event_catalogue_names_every_consumer_the_code_has():
    page = (DOCS / "reference" / "events.md").read_text()
    consumers_table = page.split("## Consumers", 1)[1]
    consumers = _consumers_in_code()
    assert consumers and consumers <= set(re.findall(r"^\| `([a-z-]+)`", consumers_table, flags=re.MULTILINE)), (
        "a consumer is missing from docs/reference/events.md")


def test_every_relative_link_of_the_markdown_outside_docs_exists():
    for document in ("README.md", "SECURITY.md", "deploy/README.md"):
        text = (ROOT / document).read_text()
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", text):
            if not re.match(r"[a-z]+:", target):
                assert (ROOT / document).parent.joinpath(target).exists(), f"{document} links to a missing {target}"

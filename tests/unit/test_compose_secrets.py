"""docker-compose.yml holds no password: every secret comes from the environment (compose refuses to
start without it), `generate-secrets --compose` prints every one it asks for, and each service gets
only the secrets it uses (the owner's password the migration alone, the internal signing key the
gateway alone)."""

import re
import subprocess
import sys
from pathlib import Path

import yaml
from typer.testing import CliRunner

from services.cli import app as cli

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_TEXT = (ROOT / "docker-compose.yml").read_text()
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SECRET_NAME = re.compile(r"PASSWORD|SECRET|_KEY\b|_KEY_ID\b")


def _environment(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    return dict(item.split("=", 1) for item in env) if isinstance(env, list) else {k: str(v) for k, v in env.items()}


def test_no_secret_has_a_default_or_a_literal_value():
    defaulted = re.findall(r"\$\{(\w+):?-[^}]*\}", COMPOSE_TEXT)
    assert [name for name in defaulted if SECRET_NAME.search(name)] == []
    for name, service in COMPOSE["services"].items():
        for variable, value in _environment(service).items():
            if SECRET_NAME.search(variable):
                assert value.startswith("${") and ":?" in value, f"{name}: {variable} is {value!r}"


def test_generate_secrets_prints_every_secret_compose_requires():
    required = set(re.findall(r"\$\{(\w+):\?", COMPOSE_TEXT))
    printed = CliRunner().invoke(cli, ["generate-secrets", "--compose"])
    assert printed.exit_code == 0, printed.output
    names = {line.split("=", 1)[0] for line in printed.output.splitlines() if "=" in line}
    assert required <= names, required - names


def test_each_service_gets_only_its_own_secrets():
    services = COMPOSE["services"]
    holders = {variable: {name for name, s in services.items() if variable in _environment(s)}
               for variable in ("CALLVAULT_DB_OWNER_PASSWORD", "CALLVAULT_INTERNAL_SIGNING_KEY", "CALLVAULT_EVENT_KEY")}
    assert holders == {"CALLVAULT_DB_OWNER_PASSWORD": {"migrate"}, "CALLVAULT_INTERNAL_SIGNING_KEY": {"gateway"},
                       "CALLVAULT_EVENT_KEY": {"gateway", "recording_consent", "transcripts", "purge_worker"}}


def test_the_compose_file_follows_the_compose_specification():
    """Checked against the Compose Specification's JSON schema as check-jsonschema vendors it (offline)."""
    checker = Path(sys.executable).parent / "check-jsonschema"
    compose = str(ROOT / "docker-compose.yml")
    checked = subprocess.run([str(checker), "--builtin-schema", "vendor.compose-spec", compose],
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_gateway_publishes_its_public_port_only():
    gateway = COMPOSE["services"]["gateway"]
    ops = _environment(gateway)["CALLVAULT_GATEWAY_OPS_PORT"]
    assert gateway["ports"] == ["8000:8000"] and ops not in str(gateway["ports"])
    assert f"127.0.0.1:{ops}/readyz" in " ".join(gateway["healthcheck"]["test"])

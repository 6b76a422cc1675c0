"""The documentation site builds with `mkdocs build --strict`: a broken link, an anchor that does not
exist, a page missing from the navigation or a generated page that fails is an error, not a warning."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import typer

from services.cli import app as cli_app
from services.common.events.catalog import CATALOG

ROOT = Path(__file__).resolve().parents[2]


def test_the_docs_site_builds_strictly(tmp_path):
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=ROOT, capture_output=True, text=True, timeout=240,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr[-4000:]
    assert (site / "index.html").is_file()
    api = (site / "reference" / "api" / "index.html").read_text()
    document = json.loads((ROOT / "openapi" / "gateway.json").read_text())
    for path, item in document["paths"].items():
        for operation in item.values():
            assert f'id="{operation["operationId"]}"' in api, f"{path} is missing from the API reference"
    events = (site / "reference" / "events" / "index.html").read_text()
    for event_type in CATALOG:
        assert f"<code>{event_type}</code>" in events, f"{event_type} is missing from the event catalogue"
    cli = (site / "reference" / "cli" / "index.html").read_text()
    for command in _cli_commands(typer.main.get_command(cli_app), "callvault"):
        assert f"<code>{command}</code>" in cli, f"{command} is missing from the CLI reference"
    remote = re.compile(r"""<(script|img|link|iframe)\b[^>]*\b(src|href)=["']?(https?:)?//""")
    for page in site.rglob("*.html"):
        assert not remote.search(page.read_text()), f"{page} loads something remote: the docs must work offline"


def _cli_commands(group, path: str) -> list[str]:
    found = []
    for name, command in getattr(group, "commands", {}).items():
        found += [f"{path} {name}", *_cli_commands(command, f"{path} {name}")]
    return found

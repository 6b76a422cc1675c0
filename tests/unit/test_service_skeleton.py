"""Every service has the files of the skeleton that docs/architecture.md writes down: the test reads
the list from the doc's table, so the doc and the tree cannot drift apart."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\| `([a-z_/]+\.py|[a-z_/]+/)` \|")


def _section() -> str:
    text = DOC.read_text()
    return text.split("## One skeleton for every service", 1)[1].split("\n## ", 1)[0]


def skeleton() -> list[str]:
    return [m.group(1) for line in _section().splitlines() if (m := ROW.match(line))]


def documented_services() -> set[str]:
    line = next(line for line in _section().splitlines() if line.startswith("The services:"))
    return set(re.findall(r"`([a-z_]+)`", line))


def services() -> set[str]:
    """A service is what has a database of its own: a folder under services/ with migrations."""
    return {p.parent.name for p in (ROOT / "services").glob("*/migrations")}


def test_the_doc_names_the_services_there_are():
    assert documented_services() == services() == {"gateway", "recording_consent", "transcripts"}


def test_the_skeleton_table_is_read():
    assert {"app.py", "deps.py", "routes/", "consumers.py", "clients/", "migrations/", "migrations/sql/"} <= set(
        skeleton())


def test_every_service_has_every_file_of_the_skeleton():
    missing = [f"services/{service}/{entry}" for service in sorted(services()) for entry in skeleton()
               if not ((ROOT / "services" / service / entry.rstrip("/")).is_dir() if entry.endswith("/")
                       else (ROOT / "services" / service / entry).is_file())]
    assert missing == []


def test_no_route_module_sits_beside_the_routes_package():
    """One convention: a service's routes are in `routes/`; only a subject folder has a `routes.py`."""
    strays = sorted(str(p.relative_to(ROOT)) for service in services()
                    for p in (ROOT / "services" / service).glob("*routes*.py"))
    assert strays == []

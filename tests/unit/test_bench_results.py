"""bench/RESULTS.md shows the current result of each benchmark, not a log: one section per script, and a
run replaces its script's section where it stands."""

import re
from pathlib import Path

import bench.decision_latency as decision_latency

RESULTS = Path(__file__).resolve().parents[2] / "bench" / "RESULTS.md"


def test_results_hold_one_section_per_benchmark_script():
    headers = re.findall(r"^## (\w+\.py), ", RESULTS.read_text(), flags=re.MULTILINE)
    scripts = {p.name for p in RESULTS.parent.glob("*.py")}
    assert headers and len(headers) == len(set(headers)), "a benchmark has more than one section"
    assert set(headers) <= scripts, "a section names a script that is not in bench/"


def test_a_run_replaces_its_scripts_section_in_place(tmp_path, monkeypatch):
    results = tmp_path / "RESULTS.md"
    results.write_text("# Benchmark results\n\nintro\n\n## a.py, 2026-01-01 00:00 UTC\nold a\n\n"
                       "## b.py, 2026-01-01 00:00 UTC\nold b\n")
    monkeypatch.setattr(decision_latency, "RESULTS", results)
    decision_latency.record("\n## a.py, 2026-02-01 00:00 UTC\nnew a")
    decision_latency.record("\n## c.py, 2026-02-01 00:00 UTC\nnew c")
    assert results.read_text() == ("# Benchmark results\n\nintro\n\n## a.py, 2026-02-01 00:00 UTC\nnew a\n\n"
                                   "## b.py, 2026-01-01 00:00 UTC\nold b\n\n## c.py, 2026-02-01 00:00 UTC\nnew c\n")

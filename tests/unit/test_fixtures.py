"""The test suite's fixtures: none defined three times (a third copy belongs in a conftest.py), and none
that overrides a conftest's fixture of the same name with another type."""

import ast
from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _is_fixture(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return isinstance(target, ast.Attribute) and target.attr == "fixture"


def fixtures() -> list[tuple[Path, str, str | None]]:
    """(file, name, return annotation) of every fixture."""
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(map(_is_fixture,
                                                                                      node.decorator_list)):
                found.append((path, node.name, ast.unparse(node.returns) if node.returns else None))
    return found


def test_no_fixture_is_defined_three_times():
    found = fixtures()
    assert len(found) > 30  # the scan sees them
    assert [name for name, n in Counter(name for _, name, _ in found).items() if n >= 3] == []


def test_no_fixture_overrides_a_conftest_one_with_another_type():
    found = fixtures()
    conftests = {(path.parent, name): returns for path, name, returns in found if path.name == "conftest.py"}
    shadowing = []
    for path, name, returns in found:
        for folder in [path.parent, *path.parent.parents][1 if path.name == "conftest.py" else 0:]:
            above = conftests.get((folder, name), "absent")
            if above != "absent" and returns and above and above != returns:
                shadowing.append(f"{path.relative_to(TESTS)}:{name} ({returns}) over {folder.name}'s ({above})")
            if not str(folder).startswith(str(TESTS)):
                break
    assert shadowing == []

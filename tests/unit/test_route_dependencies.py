"""Routes take what the app's lifespan built through typed dependencies (`...Dep` aliases over
`services.common.deps.from_state`); no route reads `request.app.state` itself."""

import ast
from pathlib import Path

SERVICES = Path(__file__).resolve().parents[2] / "services"
VERBS = {"get", "post", "put", "patch", "delete"}
# The merged OpenAPI document is cached on the app itself, once per process.
ALLOWED = {"openapi"}


def _is_route(node: ast.AsyncFunctionDef | ast.FunctionDef) -> bool:
    return any(isinstance(d, ast.Call) and isinstance(d.func, ast.Attribute) and d.func.attr in VERBS
               for d in node.decorator_list)


def _routes() -> list[tuple[str, ast.AsyncFunctionDef | ast.FunctionDef]]:
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.AsyncFunctionDef | ast.FunctionDef) and _is_route(node):
                found.append((f"{path.relative_to(SERVICES.parent)}:{node.name}", node))
    return found


def test_no_route_reads_the_app_state():
    routes = _routes()
    assert len(routes) > 100  # the scan sees the routes
    reading = [name for name, node in routes if node.name not in ALLOWED and "request.app.state" in ast.unparse(node)]
    assert reading == []

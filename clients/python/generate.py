"""Regenerates callvault_client from openapi/gateway.json with openapi-python-client (`make client`).
The generated modules are replaced; the hand-written ones (HAND_WRITTEN) are kept.
tests/unit/test_python_client_helpers.py fails when the committed client is older than the OpenAPI."""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE / "callvault_client"
SPEC = HERE.parents[1] / "openapi" / "gateway.json"
HAND_WRITTEN = frozenset({"decisions.py", "webhooks.py", "pipecat.py", "livekit.py", "py.typed"})


def generate(into: Path, spec: Path = SPEC) -> None:
    """Write the generated package into `into` (created or emptied, but for HAND_WRITTEN files)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "callvault_client"
        tools = Path(sys.executable).parent  # openapi-python-client and the ruff of its post hook
        subprocess.run([str(tools / "openapi-python-client"), "generate", "--path", str(spec), "--meta", "none",
                        "--output-path", str(out), "--config", str(HERE / "generator.yaml")],
                       check=True, capture_output=True, cwd=scratch,
                       env={**os.environ, "PATH": f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"})
        into.mkdir(parents=True, exist_ok=True)
        for old in into.iterdir():
            if old.name not in HAND_WRITTEN:
                shutil.rmtree(old) if old.is_dir() else old.unlink()
        shutil.copytree(out, into, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".ruff_cache", "__pycache__"))


if __name__ == "__main__":
    generate(PACKAGE)
    print(f"wrote {PACKAGE.relative_to(Path.cwd()) if PACKAGE.is_relative_to(Path.cwd()) else PACKAGE}")

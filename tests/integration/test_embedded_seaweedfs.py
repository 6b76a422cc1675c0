"""The embedded SeaweedFS starts even when a port chosen for it was taken before it could bind it."""

import socket
import urllib.request
from pathlib import Path

import pytest

from services.stack import embedded
from services.stack.processes import free_port


def test_a_grpc_port_taken_meanwhile_gets_a_new_try(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    ports, s3_port = embedded.SeaweedPorts.parse(None), free_port()
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    handed = iter([taken.getsockname()[1]])  # the first gRPC port handed out is already someone's
    monkeypatch.setattr(embedded, "free_port", lambda: next(handed, None) or free_port())
    process = None
    try:
        process = embedded.start_seaweedfs(tmp_path, s3_port, ports, "key", "secret")
        with pytest.raises(urllib.error.HTTPError) as refused:  # serving: an S3 error document for no signature
            urllib.request.urlopen(f"http://127.0.0.1:{s3_port}/", timeout=5)
        assert refused.value.code in (400, 403)
        assert "address already in use" in (tmp_path / "logs" / "seaweedfs.log").read_text()
    finally:
        taken.close()
        if process is not None:
            process.stop()

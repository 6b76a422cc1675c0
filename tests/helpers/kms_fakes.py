"""HashiCorp Vault's Transit API and AWS KMS's JSON API, faked at the HTTP layer (the parts callvault
calls, answering as they document), each a local server in a thread of its own. Their key material is
real AES-GCM, so what the fakes hand out decrypts only as the real services' would."""

import base64
import json
import os
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from services.stack.processes import free_port

Answer = tuple[int, dict]


class _Server:
    def __init__(self, answer: Callable[[str, str, dict, bytes], Answer]) -> None:
        self.port = free_port()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                status, payload = answer(self.command, self.path, dict(self.headers), body)
                data = json.dumps(payload).encode() if payload else b""
                self.send_response(status)
                self.send_header("content-type", "application/x-amz-json-1.1" if "x-amz-target" in
                                 {k.lower() for k in self.headers} else "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


class VaultFake(_Server):
    """Transit: keys with versions, datakey/plaintext, decrypt, rewrap, rotate, min_decryption_version."""

    TOKEN = "s.test-token"

    def __init__(self) -> None:
        self.keys: dict[str, dict] = {}
        self.lock = threading.Lock()
        super().__init__(self.answer)

    def answer(self, method: str, path: str, headers: dict, body: bytes) -> Answer:
        if {k.lower(): v for k, v in headers.items()}.get("x-vault-token") != self.TOKEN:
            return 403, {"errors": ["permission denied"]}
        parts = path.removeprefix("/v1/transit/").split("/")
        request = json.loads(body) if body else {}
        with self.lock:
            return self._route(method, parts, request)

    def _route(self, method: str, parts: list[str], request: dict) -> Answer:
        if parts[0] == "keys":
            return self._keys(method, parts[1], parts[2] if len(parts) > 2 else None, request)
        key = self.keys.get(parts[-1])
        if key is None:
            return 400, {"errors": ["encryption key not found"]}
        if parts[0] == "datakey":
            plaintext = os.urandom(request.get("bits", 256) // 8)
            return 200, {"data": {"plaintext": base64.b64encode(plaintext).decode(),
                                  "ciphertext": self._encrypt(key, plaintext)}}
        plaintext = self._decrypt(key, request["ciphertext"])
        if plaintext is None:
            return 400, {"errors": ["cipher: message authentication failed"]}
        if parts[0] == "decrypt":
            return 200, {"data": {"plaintext": base64.b64encode(plaintext).decode()}}
        return 200, {"data": {"ciphertext": self._encrypt(key, plaintext)}}  # rewrap

    def _keys(self, method: str, name: str, action: str | None, request: dict) -> Answer:
        key = self.keys.get(name)
        if method == "GET":
            return (404, {"errors": []}) if key is None else (200, {"data": {
                "latest_version": key["latest"], "min_decryption_version": key["min"]}})
        if action is None:
            self.keys.setdefault(name, {"latest": 1, "min": 1, "versions": {1: os.urandom(32)}})
            return 204, {}
        if key is None:
            return 404, {"errors": []}
        if action == "rotate":
            key["latest"] += 1
            key["versions"][key["latest"]] = os.urandom(32)
        elif action == "config":
            key["min"] = int(request["min_decryption_version"])
        return 204, {}

    @staticmethod
    def _encrypt(key: dict, plaintext: bytes) -> str:
        version = key["latest"]
        return f"vault:v{version}:" + base64.b64encode(_seal(key["versions"][version], plaintext, b"")).decode()

    @staticmethod
    def _decrypt(key: dict, ciphertext: str) -> bytes | None:
        _, version, blob = ciphertext.split(":", 2)
        number = int(version.removeprefix("v"))
        if number < key["min"] or number not in key["versions"]:
            return None
        raw = base64.b64decode(blob)
        try:
            return AESGCM(key["versions"][number]).decrypt(raw[:12], raw[12:], b"")
        except InvalidTag:
            return None


class AwsKmsFake(_Server):
    """KMS's JSON 1.1 protocol: GenerateDataKey, Decrypt (bound to the encryption context), RotateKeyOnDemand."""

    KEY_ID = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"

    def __init__(self) -> None:
        self.material = os.urandom(32)
        self.rotations = 0
        super().__init__(self.answer)

    def answer(self, method: str, path: str, headers: dict, body: bytes) -> Answer:
        target = {k.lower(): v for k, v in headers.items()}.get("x-amz-target", "")
        request = json.loads(body or b"{}")
        context = json.dumps(request.get("EncryptionContext", {}), sort_keys=True).encode()
        if target.endswith("GenerateDataKey"):
            plaintext = os.urandom(32)
            return 200, {"KeyId": self.KEY_ID, "Plaintext": base64.b64encode(plaintext).decode(),
                         "CiphertextBlob": base64.b64encode(_seal(self.material, plaintext, context)).decode()}
        if target.endswith("Decrypt"):
            raw = base64.b64decode(request["CiphertextBlob"])
            try:
                plaintext = AESGCM(self.material).decrypt(raw[:12], raw[12:], context)
            except InvalidTag:
                return 400, {"__type": "InvalidCiphertextException", "message": "context mismatch"}
            return 200, {"KeyId": self.KEY_ID, "Plaintext": base64.b64encode(plaintext).decode()}
        if target.endswith("RotateKeyOnDemand"):
            self.rotations += 1
            return 200, {"KeyId": self.KEY_ID}
        return 400, {"__type": "UnknownOperationException"}

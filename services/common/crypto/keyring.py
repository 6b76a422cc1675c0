"""The `local` KMS: a keyring file of versioned per-tenant KEKs, encrypted under the master key.

Made for one machine (development, small single-host installs): every process that wraps or
unwraps keys must see the same file. Writes take an exclusive lock on a sidecar file and replace
the keyring atomically; readers notice a replaced file by its modification time and reload it.
"""

import base64
import fcntl
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from services.common.crypto.envelope import DATA_KEY_BYTES, NONCE_BYTES, new_data_key
from services.common.crypto.kms import UnknownKeyVersion, WrappedKey
from services.common.settings import Environment, MissingSetting, Settings

MAGIC = b"cvkr1"
_FILE_AAD = b"callvault-keyring"


def _file_key(master_key_b64: str) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"callvault/keyring")
    return hkdf.derive(base64.b64decode(master_key_b64))


def read_keyring(path: Path, master_key_b64: str) -> dict:
    blob = path.read_bytes()
    if not blob.startswith(MAGIC):
        raise MissingSetting(f"{path} is not a callvault keyring")
    body = blob[len(MAGIC):]
    try:
        plain = AESGCM(_file_key(master_key_b64)).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], _FILE_AAD)
    except InvalidTag as exc:
        raise MissingSetting(f"the keyring {path} does not open with CALLVAULT_MASTER_KEY") from exc
    return json.loads(plain)


def write_keyring(path: Path, master_key_b64: str, keyring: dict) -> None:
    nonce = os.urandom(NONCE_BYTES)
    blob = MAGIC + nonce + AESGCM(_file_key(master_key_b64)).encrypt(nonce, json.dumps(keyring).encode(), _FILE_AAD)
    temporary = path.with_suffix(".tmp")
    temporary.write_bytes(blob)
    temporary.chmod(0o600)
    os.replace(temporary, path)


def ensure_keyring(settings: Settings) -> bool:
    """Create an empty keyring when there is none; True when it did."""
    path = settings.keyring_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        if path.exists():
            return False
        write_keyring(path, settings.secret("master_key"), {"format": 1, "tenants": {}})
        return True


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with open(path.with_suffix(".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _wrap_aad(tenant_id: UUID, version: int) -> bytes:
    return f"callvault-kek|{tenant_id}|{version}".encode()


class LocalKms:
    name = "local"

    def __init__(self, settings: Settings) -> None:
        self.path = settings.keyring_file()
        self._master = settings.secret("master_key")
        if not self.path.exists():
            if settings.env != Environment.development:
                raise MissingSetting(f"no keyring at {self.path}: create one with `callvault keys init`, or set "
                                     "CALLVAULT_KMS_PROVIDER to vault or aws-kms")
            ensure_keyring(settings)
        self._stamp: tuple[int, int, int] | None = None
        self._keyring: dict = {}

    # --- the file ---------------------------------------------------------------------------------
    def _tenants(self) -> dict:
        stat = self.path.stat()
        stamp = (stat.st_ino, stat.st_mtime_ns, stat.st_size)  # every write replaces the file (a new inode)
        if stamp != self._stamp:
            self._keyring = read_keyring(self.path, self._master)
            self._stamp = stamp
        return self._keyring["tenants"]

    def _change(self, tenant_id: UUID, change) -> dict:
        """Apply `change` to the tenant's entry under the file lock, on the freshest copy."""
        with _locked(self.path):
            self._stamp = None
            tenants = self._tenants()
            entry = tenants.setdefault(str(tenant_id), {"current": 0, "versions": {}})
            change(entry)
            write_keyring(self.path, self._master, self._keyring)
            self._stamp = None
            return entry

    def _entry(self, tenant_id: UUID) -> dict:
        entry = self._tenants().get(str(tenant_id))
        if entry is None or not entry["current"]:
            entry = self._change(tenant_id, lambda e: _add_version(e) if not e["current"] else None)
        return entry

    def _kek(self, tenant_id: UUID, version: int) -> bytes:
        entry = self._tenants().get(str(tenant_id), {"versions": {}})
        key = entry["versions"].get(str(version))
        if key is None:
            raise UnknownKeyVersion(f"KEK version {version} of tenant {tenant_id} is not in the keyring")
        return base64.b64decode(key)

    # --- the KMS interface ------------------------------------------------------------------------
    def _wrap(self, tenant_id: UUID, data_key: bytes) -> WrappedKey:
        version = self._entry(tenant_id)["current"]
        nonce = os.urandom(NONCE_BYTES)
        blob = nonce + AESGCM(self._kek(tenant_id, version)).encrypt(nonce, data_key, _wrap_aad(tenant_id, version))
        return WrappedKey(f"local:{tenant_id}", version, blob)

    async def generate(self, tenant_id: UUID) -> tuple[bytes, WrappedKey]:
        data_key = new_data_key()
        return data_key, self._wrap(tenant_id, data_key)

    async def unwrap(self, tenant_id: UUID, wrapped: WrappedKey) -> bytes:
        kek = self._kek(tenant_id, wrapped.kek_version)
        blob = wrapped.blob
        try:
            data_key = AESGCM(kek).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:],
                                           _wrap_aad(tenant_id, wrapped.kek_version))
        except InvalidTag as exc:
            raise UnknownKeyVersion("the wrapped data key does not open under its KEK") from exc
        assert len(data_key) == DATA_KEY_BYTES
        return data_key

    async def rewrap(self, tenant_id: UUID, wrapped: WrappedKey) -> WrappedKey:
        return self._wrap(tenant_id, await self.unwrap(tenant_id, wrapped))

    async def current_version(self, tenant_id: UUID) -> int:
        return self._entry(tenant_id)["current"]

    async def rotate(self, tenant_id: UUID) -> int:
        return self._change(tenant_id, _add_version)["current"]

    async def retire(self, tenant_id: UUID, below: int) -> None:
        def drop(entry: dict) -> None:
            entry["versions"] = {v: k for v, k in entry["versions"].items() if int(v) >= below}
        self._change(tenant_id, drop)

    async def versions(self, tenant_id: UUID) -> list[int]:
        return sorted(int(v) for v in self._tenants().get(str(tenant_id), {"versions": {}})["versions"])

    async def close(self) -> None:
        return None


def _add_version(entry: dict) -> None:
    entry["current"] += 1
    entry["versions"][str(entry["current"])] = base64.b64encode(os.urandom(32)).decode()

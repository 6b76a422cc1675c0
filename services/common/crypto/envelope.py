"""Envelope encryption of stored objects: a fresh data key per transcript, AES-256-GCM per object.

The associated data binds the object to its place (tenant, transcript, version, artifact), so a
ciphertext copied onto another transcript, version or artifact fails to decrypt instead of being
read as someone else's words.
"""

import hashlib
import os
from dataclasses import dataclass
from uuid import UUID

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

DATA_KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT = b"cv1"  # a format marker ahead of the nonce, so a later scheme can be told apart


class IntegrityError(Exception):
    """A stored object does not match what was written for its place: tampered, swapped or corrupt."""


@dataclass(frozen=True)
class Place:
    tenant_id: UUID
    transcript_id: UUID
    version: int
    artifact: str

    def associated_data(self) -> bytes:
        return f"callvault|{self.tenant_id}|{self.transcript_id}|v{self.version}|{self.artifact}".encode()


def new_data_key() -> bytes:
    return os.urandom(DATA_KEY_BYTES)


def seal(data_key: bytes, place: Place, plaintext: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT + nonce + AESGCM(data_key).encrypt(nonce, plaintext, place.associated_data())


def open_sealed(data_key: bytes, place: Place, blob: bytes) -> bytes:
    if not blob.startswith(FORMAT) or len(blob) < len(FORMAT) + NONCE_BYTES + 16:
        raise IntegrityError("the object is not a callvault envelope")
    body = blob[len(FORMAT):]
    try:
        return AESGCM(data_key).decrypt(body[:NONCE_BYTES], body[NONCE_BYTES:], place.associated_data())
    except InvalidTag as exc:
        raise IntegrityError("the object does not decrypt for its place: altered, or moved from another") from exc


def digest(blob: bytes) -> str:
    return hashlib.sha256(blob).hexdigest()

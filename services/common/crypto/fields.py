"""Personal data in table columns: encrypted per tenant, and found again through a blind index.

Per-tenant keys are derived (HKDF) from the master key, one per purpose, so the key that encrypts
phone numbers is never the key that indexes them. The transcripts issue brings the KMS and its
keyring; this module is the column-level part and keeps its interface when that lands.
"""

import base64
import hashlib
import hmac
import os
from uuid import UUID

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


class FieldCrypto:
    def __init__(self, master_key_b64: str) -> None:
        self._master = base64.b64decode(master_key_b64)
        if len(self._master) != 32:
            raise ValueError("the master key must be 32 bytes, base64-encoded")

    def _key(self, tenant_id: UUID, purpose: str) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=b"callvault/" + purpose.encode() + b"/" + tenant_id.bytes)
        return hkdf.derive(self._master)

    def encrypt(self, tenant_id: UUID, column: str, value: str) -> bytes:
        """nonce || AES-256-GCM ciphertext; the associated data binds tenant and column, so a value
        copied into another tenant's row or another column does not decrypt."""
        nonce = os.urandom(NONCE_BYTES)
        aad = f"{tenant_id}/{column}".encode()
        return nonce + AESGCM(self._key(tenant_id, "field-encryption")).encrypt(nonce, value.encode(), aad)

    def decrypt(self, tenant_id: UUID, column: str, blob: bytes) -> str:
        aad = f"{tenant_id}/{column}".encode()
        key = self._key(tenant_id, "field-encryption")
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], aad).decode()

    def derive(self, tenant_id: UUID, purpose: str) -> bytes:
        """A key of the tenant's for one purpose (the redaction's tokens, say), never one of the above."""
        return self._key(tenant_id, f"derived/{purpose}")

    def blind_index(self, tenant_id: UUID, kind: str, normalized: str) -> str:
        """HMAC of the normalized value: equal values match within a tenant, and nothing else leaks."""
        key = self._key(tenant_id, f"blind-index/{kind}")
        return hmac.new(key, normalized.encode(), hashlib.sha256).hexdigest()


def generate_master_key() -> str:
    return base64.b64encode(os.urandom(32)).decode()

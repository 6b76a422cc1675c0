"""The consent service's part of a privacy export, as both services see it: written by the consent
service (one JSON line per call, a STREAM of chunks: `crypto/stream.py`), read by the transcripts
service into the archive. Its data key is derived for that part alone from the tenant's key and a fresh
salt that travels in the part's reference, so no key travels on the bus or sits in a report."""

from uuid import UUID

from services.common.crypto.fields import FieldCrypto

NAME = "consent.jsonl"


def place(tenant_id: UUID, request_id: UUID | str) -> bytes:
    """The associated data of the part's stream: it opens for this tenant's request only."""
    return f"callvault|{tenant_id}|privacy-request|{request_id}|{NAME}".encode()


def data_key(crypto: FieldCrypto, tenant_id: UUID, request_id: UUID | str, salt: str) -> bytes:
    return crypto.derive(tenant_id, f"privacy-export-part/{request_id}/{salt}")

"""What an entry commits to: its canonical content (sorted keys, no spaces, UTF-8), hashed as an
RFC 9162 leaf; and the links of the hash chain that the log replaced, still checked on the entries
written before it."""

import hashlib
import json
from typing import Any
from uuid import UUID

from services.common.transparency import merkle

GENESIS = "0" * 64


def canonical(content: dict[str, Any]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(content: dict[str, Any]) -> str:
    """Computed on insert: a change to an entry before it is sealed shows as a mismatch."""
    return hashlib.sha256(canonical(content)).hexdigest()


def leaf_hash(content: dict[str, Any]) -> bytes:
    return merkle.leaf_hash(canonical(content))


def legacy_entry_hash(tenant_id: UUID, seq: int, prev_hash: str, content_digest: str) -> str:
    """The hash chain's link (entries written before the log): tenant, sequence, previous, content."""
    return hashlib.sha256(f"{tenant_id}|{seq}|{prev_hash}|{content_digest}".encode()).hexdigest()

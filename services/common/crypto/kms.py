"""Key-encryption keys: the interface every KMS provider offers, and the one settings choose.

A data key leaves a provider in two forms: in the clear (used once, in memory, to seal an object)
and wrapped under the tenant's current KEK version (stored in the database). Rotation adds a KEK
version; rewrapping moves a wrapped key onto the current version without touching the content it
protects; a version is retired once no wrapped key uses it.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from services.common.errors import DependencyUnavailable

KMS = "the key management service"


class KmsUnavailable(Exception):
    """The KMS could not be reached or refused to answer: a dependency outage (503)."""


class UnknownKeyVersion(Exception):
    """A wrapped key names a KEK version the KMS no longer has (retired, or never existed)."""


@contextmanager
def kms_outage(consequence: str | None = None) -> Iterator[None]:
    """The KMS away, as every caller answers it: a 503 with Retry-After (`consequence`: what was not done)."""
    try:
        yield
    except KmsUnavailable as exc:
        raise DependencyUnavailable(KMS, f"{exc}; {consequence}" if consequence else None) from exc


@dataclass(frozen=True)
class WrappedKey:
    kek_id: str
    kek_version: int
    blob: bytes


class Kms(Protocol):
    name: str

    async def generate(self, tenant_id: UUID) -> tuple[bytes, WrappedKey]:
        """A fresh 256-bit data key: in the clear, and wrapped under the tenant's current KEK."""
        ...

    async def unwrap(self, tenant_id: UUID, wrapped: WrappedKey) -> bytes: ...

    async def rewrap(self, tenant_id: UUID, wrapped: WrappedKey) -> WrappedKey:
        """The same data key wrapped under the tenant's current KEK version."""
        ...

    async def current_version(self, tenant_id: UUID) -> int: ...

    async def rotate(self, tenant_id: UUID) -> int:
        """Add a KEK version and make it current; returns it."""
        ...

    async def retire(self, tenant_id: UUID, below: int) -> None:
        """Forget every KEK version below `below` (the caller checked that nothing uses them)."""
        ...

    async def versions(self, tenant_id: UUID) -> list[int]:
        """The KEK versions that can still unwrap (oldest first)."""
        ...

    async def close(self) -> None: ...

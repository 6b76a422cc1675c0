"""What the transcripts service hands its lower modules: the request's `Context`, the purge's
`PurgeReport`, and the tools of the orchestrators as contracts (`Purging`, `PrivacyTools`).

A leaf: the modules that supersede, shred or export (versions, withdrawals, rectification, export,
holds) type what they are handed against these, so they never import the orchestrators that hand
it (the purge, the privacy work, the service): dependencies flow one way.
"""

from dataclasses import dataclass, field
from typing import Protocol
from uuid import UUID

import asyncpg
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common import subjects
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.kms import Kms
from services.common.crypto.signing import Signer
from services.common.settings import Settings
from services.transcripts.audit import Actor
from services.transcripts.clients.consent import ConsentClient
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.models import PrivacyRequest


@dataclass
class PurgeReport:
    purged: int = 0
    held: int = 0
    failed: int = 0
    by_reason: dict[str, int] = field(default_factory=dict)


class Purging(Protocol):
    """The purge, as work that removes data uses it: its tools, and finishing what it marked."""

    engine: AsyncEngine
    store: ObjectStore
    signer: Signer
    kms: Kms
    batch: int

    async def complete(self, tenant_id: UUID, report: PurgeReport, ids: list[UUID] | None = None) -> int: ...

    async def complete_versions(self, tenant_id: UUID, report: PurgeReport,
                                keys: list[tuple[UUID, int]] | None = None) -> int: ...


class PrivacyTools(Protocol):
    """The privacy work, as its steps (export, rectification) use it."""

    purger: Purging
    engine: AsyncEngine
    crypto: FieldCrypto
    settings: Settings

    async def locked(self, session: AsyncSession, request_id: UUID) -> PrivacyRequest: ...


@dataclass(frozen=True)
class Context:
    actor: Actor
    token: str  # the caller's internal token, forwarded to the consent service
    kms: Kms
    store: ObjectStore
    crypto: FieldCrypto
    consent: ConsentClient
    settings: Settings
    pool: asyncpg.Pool  # plain asyncpg connections for the write path (repository.store)
    purger: Purging  # a manual delete goes the purge's way

    @property
    def tenant_id(self) -> UUID:
        return self.actor.tenant_id

    async def phone_index(self, phone_number: str) -> str:
        """A number's blind index, read in the tenant's region as the consent service reads it."""
        region = await self.consent.phone_region(self.token, self.actor.request_id)
        return subjects.phone_index(self.crypto, self.tenant_id, phone_number, region)

    async def subject_indexes(self, phone_numbers: list[str], emails: list[str], external_ids: list[str]
                              ) -> list[tuple[str, str]]:
        """(kind, blind index) of each identifier of a subject, sorted."""
        pairs = {(subjects.PHONE, await self.phone_index(p)) for p in phone_numbers}
        return sorted(pairs | subjects.other_indexes(self.crypto, self.tenant_id, emails, external_ids))

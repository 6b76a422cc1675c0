"""A webhook's tenant and its provider configuration (decrypted) and IVR settings, kept for
`CALLVAULT_API_KEY_CACHE_SECONDS` as API keys are: a provider sends many webhooks a second, and each
would otherwise cost a database round trip and a decryption before its signature could be checked.
A change on this instance is seen at once; on others within that time."""

import time
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.gateway import repository
from services.gateway.rate_limits import Limit
from services.gateway.telephony.schemas import IvrSettings
from services.gateway.telephony.sealing import open_config

MAX_ENTRIES = 10_000


@dataclass(frozen=True)
class Configured:
    tenant_id: UUID
    disabled: bool
    limit: Limit
    config: dict
    ivr: IvrSettings


class TelephonyLookup:
    def __init__(self, engine: AsyncEngine, crypto: FieldCrypto, ttl_seconds: float) -> None:
        self.engine, self.crypto, self.ttl = engine, crypto, ttl_seconds
        self._entries: dict[tuple[str, str], tuple[float, Configured | None]] = {}

    async def find(self, slug: str, provider: str) -> Configured | None:
        now = time.monotonic()
        cached = self._entries.get((slug, provider))
        if cached is not None and cached[0] > now:
            return cached[1]
        async with self.engine.connect() as conn:
            found = await repository.telephony_lookup(conn, slug, provider)
        configured = None
        if found is not None:
            async with tenant_session(self.engine, found.tenant_id) as session:
                ivr = await repository.get_ivr(session)
            configured = Configured(found.tenant_id, found.tenant_disabled,
                                    Limit(found.rate_limit_per_second, found.rate_burst),
                                    open_config(self.crypto, found.tenant_id, provider, found.sealed),
                                    IvrSettings.model_validate(ivr) if ivr else IvrSettings())
        if len(self._entries) >= MAX_ENTRIES:
            self._entries.clear()
        self._entries[(slug, provider)] = (now + self.ttl, configured)
        return configured

    def forget(self, tenant_id: UUID) -> None:
        """After a change to the tenant's configuration on this instance."""
        for key, (_, configured) in list(self._entries.items()):
            if configured is not None and configured.tenant_id == tenant_id:
                del self._entries[key]

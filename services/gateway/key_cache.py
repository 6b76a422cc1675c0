"""API keys as this gateway last read them, kept for a few seconds: reading the key on every
request would cost a database round trip each time. So revoking a key, or disabling its tenant,
takes effect within `CALLVAULT_API_KEY_CACHE_SECONDS` on every gateway instance."""

import asyncio
import time
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncEngine

from services.gateway import api_keys, repository
from services.gateway.repository import KeyRecord, TenantStatus


class KeyCache:
    def __init__(self, ttl_seconds: float, size: int = 10_000) -> None:
        self.ttl_seconds, self.size = ttl_seconds, size
        # Unknown keys are kept too, so a flood of wrong keys does not become a flood of queries.
        self._entries: dict[str, tuple[KeyRecord | None, float]] = {}
        # One read per key at a time: when an entry expires under load, the requests that find it
        # expired wait for that one read instead of each queueing for a connection.
        self._reading: dict[str, asyncio.Future[KeyRecord | None]] = {}
        self._tenants: dict[UUID, tuple[TenantStatus | None, float]] = {}

    async def lookup(self, engine: AsyncEngine, secret: str) -> KeyRecord | None:
        digest = api_keys.secret_hash(secret)
        entry = self._entries.get(digest)
        if entry is not None and entry[1] > time.monotonic():
            return entry[0]
        if (reading := self._reading.get(digest)) is not None:
            return await asyncio.shield(reading)
        self._reading[digest] = reading = asyncio.get_running_loop().create_future()
        try:
            async with engine.connect() as conn:
                record = await repository.lookup_key(conn, digest)
                if record is not None:  # read every few seconds at most: last_used_at within a minute or so
                    await repository.mark_key_used(conn, record.id)
                    await conn.commit()
        except Exception as exc:
            reading.set_exception(exc)
            reading.exception()  # marked retrieved: no warning when nobody else was waiting
            raise
        except BaseException:  # cancelled: whoever waited reads the key again
            reading.cancel()
            raise
        finally:
            del self._reading[digest]
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[digest] = (record, time.monotonic() + self.ttl_seconds)
        reading.set_result(record)
        return record

    async def tenant_status(self, engine: AsyncEngine, tenant_id: UUID) -> TenantStatus | None:
        """A tenant's flag and limits (for softphone tokens, which no key row stands behind), kept as
        long as a key; None for a tenant that does not exist."""
        entry = self._tenants.get(tenant_id)
        if entry is not None and entry[1] > time.monotonic():
            return entry[0]
        async with engine.connect() as conn:
            status = await repository.tenant_status(conn, tenant_id)
        if len(self._tenants) >= self.size:
            self._tenants.clear()
        self._tenants[tenant_id] = (status, time.monotonic() + self.ttl_seconds)
        return status

    def clear(self) -> None:
        """Forget everything (this instance sees a revocation at once; others within the TTL)."""
        self._entries.clear()
        self._tenants.clear()

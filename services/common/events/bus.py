"""The connection to NATS JetStream: kept alive in the background, so a service starts (and reports
not-ready) while NATS is down, and recovers by itself when NATS returns."""

import asyncio

import nats
import structlog
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import StreamConfig
from nats.js.errors import NotFoundError

from services.common.events.envelope import SUBJECT_PREFIX

log = structlog.get_logger()


class EventBus:
    def __init__(self, servers: str, name: str) -> None:
        self.servers = servers
        self.name = name
        self.nc: Client | None = None
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._connect_forever(), name=f"nats-connect-{self.name}")

    async def _connect_forever(self) -> None:
        delay = 0.2
        while self.nc is None:
            try:
                self.nc = await nats.connect(
                    self.servers, name=self.name, connect_timeout=2, max_reconnect_attempts=-1,
                    reconnect_time_wait=0.5, allow_reconnect=True,
                )
            except Exception as exc:  # any failure to connect: try again, bounded back-off
                log.warning("nats connect failed", error=str(exc) or type(exc).__name__)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 5)

    @property
    def js(self) -> JetStreamContext:
        if self.nc is None or not self.nc.is_connected:
            raise ConnectionError("NATS is not connected")
        return self.nc.jetstream(timeout=5)

    async def ping(self, timeout: float = 1.0) -> None:
        if self.nc is None or not self.nc.is_connected:
            raise ConnectionError("NATS is not connected")
        await self.nc.flush(timeout=timeout)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
        if self.nc is not None and not self.nc.is_closed:
            await self.nc.close()


async def ensure_stream(js: JetStreamContext, name: str, replicas: int = 1, retention_days: int = 7) -> None:
    """The stream that carries every domain event; created if missing, its settings brought up to date
    otherwise (idempotent). Events older than the retention are dropped: a consumer down longer than
    that would miss them, and without a bound the stream grows for ever."""
    config = StreamConfig(name=name, subjects=[f"{SUBJECT_PREFIX}.>"], num_replicas=replicas,
                          duplicate_window=600.0, max_age=retention_days * 86400.0)
    try:
        await js.stream_info(name)
        await js.update_stream(config)
    except NotFoundError:
        await js.add_stream(config)

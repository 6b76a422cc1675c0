"""The ops port: /healthz, /readyz and /metrics on a listener of their own beside the service's, in
the same process and event loop, so that the public port (the gateway's) does not serve them and no
ingress rule has to hide them."""

import asyncio
import contextlib
import socket
from collections.abc import Iterator

import uvicorn
from fastapi import APIRouter, FastAPI


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the service's own server handles SIGTERM and then ends this one (`stop`)


class OpsServer:
    def __init__(self, routers: list[APIRouter], host: str, port: int) -> None:
        app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
        for router in routers:
            app.include_router(router)
        config = uvicorn.Config(app, lifespan="off", access_log=False, log_level="warning", log_config=None)
        self._server = _Server(config)
        self.host, self.port = host, port
        self._socket: socket.socket | None = None
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Bound here, so a port already taken stops the service's start with an OSError that names it."""
        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        self._socket = socket.socket(family, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((self.host, self.port))
        except OSError as exc:
            self._socket.close()
            raise OSError(exc.errno, f"the ops port {self.host}:{self.port} is taken ({exc.strerror}); "
                                     "CALLVAULT_*_OPS_PORT moves it") from exc
        self._socket.listen(128)
        self._task = asyncio.create_task(self._server.serve(sockets=[self._socket]), name="ops-port")

    async def stop(self) -> None:
        self._server.should_exit = True
        if self._task is not None:
            await self._task

"""The gateway: the only public surface. Knows who is calling and hands each request on."""

import httpx
from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.settings import Settings
from services.gateway.routes import router

NAME = "gateway"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        settings.secret("internal_signing_key")  # refuse to start without it
        app.state.http = httpx.AsyncClient(limits=httpx.Limits(max_connections=200))

    async def on_shutdown(app: FastAPI) -> None:
        await app.state.http.aclose()

    return create_service_app(
        NAME, settings, [router], title="callvault",
        description="Call-recording consent and the transcript lifecycle. Send API keys as "
        "`Authorization: Bearer <key>`.",
        internal_auth=False, on_startup=on_startup, on_shutdown=on_shutdown, own_docs=True,
    )

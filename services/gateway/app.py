"""The gateway: the only public surface. Knows who is calling and hands each request on."""

import httpx
from fastapi import FastAPI

from services.common.app import MissingSetting, create_service_app
from services.common.settings import Settings
from services.gateway.routes import router

NAME = "gateway"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        if settings.internal_signing_key is None:
            raise MissingSetting("set CALLVAULT_INTERNAL_SIGNING_KEY (Ed25519 private key, PEM)")
        app.state.http = httpx.AsyncClient(limits=httpx.Limits(max_connections=200))

    return create_service_app(
        NAME, settings, [router], title="callvault",
        description="Call-recording consent and the transcript lifecycle. Send API keys as "
        "`Authorization: Bearer <key>`.",
        internal_auth=False, on_startup=on_startup,
    )

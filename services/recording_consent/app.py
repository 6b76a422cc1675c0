"""The recording-consent service: calls, participants, consent, decisions."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.crypto.fields import FieldCrypto
from services.common.settings import Settings
from services.recording_consent.routes import router

NAME = "recording_consent"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        app.state.crypto = FieldCrypto(settings.secret("master_key"))

    return create_service_app(
        NAME, settings, [router], title="callvault recording consent",
        description="Calls, participants, consent events and the live recording decision.",
        on_startup=on_startup,
    )

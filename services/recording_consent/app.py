"""The recording-consent service: calls, participants, consent, decisions."""

from fastapi import FastAPI

from services.common.app import MissingSetting, create_service_app
from services.common.crypto.fields import FieldCrypto
from services.common.settings import Settings
from services.recording_consent.routes import router

NAME = "recording_consent"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        if settings.master_key is None:
            raise MissingSetting("set CALLVAULT_MASTER_KEY (base64, 32 bytes) to encrypt personal data")
        app.state.crypto = FieldCrypto(settings.master_key.get_secret_value())

    return create_service_app(
        NAME, settings, [router], title="callvault recording consent",
        description="Calls, participants, consent events and the live recording decision.",
        on_startup=on_startup,
    )

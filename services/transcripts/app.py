"""The transcripts service: consent-gated ingest, envelope-encrypted objects in S3, redacted and
full views, the audit trail, key rotation, and the sweeper of objects left without a row."""

from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.kms import kms_from
from services.common.settings import Settings
from services.transcripts import admin_routes, routes, sweeper
from services.transcripts.clients.consent import ConsentClient
from services.transcripts.objects import ObjectStore

NAME = "transcripts"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def start(app: FastAPI) -> None:
        app.state.crypto = FieldCrypto(settings.secret("master_key"))
        app.state.kms = kms_from(settings)
        app.state.objects = ObjectStore(settings)
        await app.state.objects.open()
        app.state.consent = ConsentClient(settings.service_url("recording_consent"))

    async def stop(app: FastAPI) -> None:
        await app.state.consent.close()
        await app.state.objects.close()
        await app.state.kms.close()

    def background(app: FastAPI) -> list:
        return [sweeper.run(app.state.engine, app.state.objects, settings.orphan_object_seconds)]

    return create_service_app(
        NAME, settings, [routes.router, admin_routes.router], title="callvault transcripts",
        description="Encrypted transcripts, their views, audit trail and keys.", uses_s3=True,
        on_startup=start, on_shutdown=stop, background=background, driver_pool=True,
        # A large transcript is thousands of objects (its segments, their ids and texts): at the default
        # 700 allocations the collector ran several times per request.
        young_collection_threshold=50_000,
    )

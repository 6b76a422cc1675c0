"""The transcripts service: consent-gated ingest, envelope-encrypted objects in S3, redacted and
full views, the audit trail, key rotation, the sweeper of objects left without a row, and the
lifecycle: its routes (retention, legal holds, certificates), its consumers (calls' ends, consent
withdrawn) and its gauges, and privacy requests (their routes, their work in the background); the purge
worker runs apart (`callvault worker`)."""

from anyio import to_thread
from fastapi import FastAPI

from services.common.app import create_service_app
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.providers import kms_from
from services.common.crypto.signing import Signer, split_pems
from services.common.settings import Settings
from services.common.transparency import TRANSCRIPTS_AUDIT
from services.common.transparency.sealer import Sealer
from services.transcripts import consumers, sweeper
from services.transcripts.clients.consent import ConsentClient
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.lifecycle import consumers as lifecycle_consumers
from services.transcripts.lifecycle import routes as lifecycle_routes
from services.transcripts.lifecycle import stats
from services.transcripts.lifecycle.purge import Purger
from services.transcripts.privacy import consumers as privacy_consumers
from services.transcripts.privacy import routes as privacy_routes
from services.transcripts.privacy.fulfillment import PrivacyWork
from services.transcripts.redacted_artifact import RedactedWriter
from services.transcripts.redaction import names, warm
from services.transcripts.routes import administration as admin_routes
from services.transcripts.routes import transcripts as transcript_routes
from services.transcripts.vcons import routes as vcon_routes

NAME = "transcripts"

# A large transcript is thousands of objects (its segments, their ids and texts, a redaction's tokens): at the
# default 700 allocations the collector ran several times per request (bench/redaction.py redacts so too).
YOUNG_COLLECTION_THRESHOLD = 50_000

def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def start(app: FastAPI) -> None:
        app.state.crypto = FieldCrypto(settings.secret("master_key"))
        app.state.kms = kms_from(settings)
        app.state.objects = ObjectStore(settings)
        await app.state.objects.open()
        app.state.consent = ConsentClient(settings.service_url("recording_consent"))
        # Signs deletion certificates and the audit log's tree heads.
        app.state.signer = signer = Signer.from_pem(settings.secret("signing_key"), settings.jws_algorithm)
        app.state.public_keys = [signer.public_pem, *split_pems(settings.signing_previous_public_keys)]
        names.use_model(settings.redaction_spacy_model)
        await to_thread.run_sync(warm)  # loaded now, not inside the first redaction's CPU budget

    async def stop(app: FastAPI) -> None:
        await app.state.consent.close()
        await app.state.objects.close()
        await app.state.kms.close()

    def background(app: FastAPI) -> list:
        # Here because the engine is: a manual delete completes its purge in the request.
        app.state.purger = Purger(app.state.engine, app.state.objects, app.state.signer, app.state.kms)
        app.state.privacy_work = PrivacyWork(app.state.purger, app.state.crypto, settings)
        app.state.sealer = Sealer(app.state.engine, TRANSCRIPTS_AUDIT, app.state.signer, settings)
        return [app.state.sealer.run(),
                sweeper.run(app.state.engine, app.state.objects, settings.orphan_object_seconds),
                lifecycle_consumers.run_call_ends(app.state.engine, app.state.bus, settings),
                lifecycle_consumers.run_withdrawals(app.state.purger, app.state.bus, settings),
                consumers.run_phone_regions(app.state.engine, app.state.bus, settings),
                consumers.run_redacted_artifacts(RedactedWriter(app.state.engine, app.state.kms, app.state.objects,
                                                  app.state.crypto, settings), app.state.bus, settings),
                stats.run(app.state.engine, settings.lifecycle_stats_seconds),
                app.state.privacy_work.run(settings.privacy_scan_seconds),
                privacy_consumers.run_consent_applied(app.state.privacy_work, app.state.bus, settings)]

    return create_service_app(
        NAME, settings, [transcript_routes.router, admin_routes.router, admin_routes.log_routes,
                         lifecycle_routes.router, privacy_routes.router, vcon_routes.router],
        title="callvault transcripts", description="Encrypted transcripts, their views, audit trail, keys, lifecycle "
        "and privacy requests.", uses_s3=True,
        on_startup=start, on_shutdown=stop, background=background, driver_pool=True,
        young_collection_threshold=YOUNG_COLLECTION_THRESHOLD,
    )

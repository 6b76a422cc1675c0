"""The recording-consent service: calls, participants, consent events, decisions, ledger, receipts."""

from fastapi import FastAPI
from starlette.middleware import Middleware

from services.common.app import create_service_app
from services.common.crypto.fields import FieldCrypto
from services.common.crypto.signing import Signer, split_pems
from services.common.settings import Settings
from services.common.transparency import CONSENT_LEDGER
from services.common.transparency.sealer import Sealer
from services.recording_consent import consumers, privacy
from services.recording_consent.hot_read import DecisionFastPath, PhoneRegionFastPath
from services.recording_consent.policy import routes as policy_routes
from services.recording_consent.policy.rules import load_rules
from services.recording_consent.routes import calls as call_routes
from services.recording_consent.routes import ledger as ledger_routes
from services.recording_consent.routes import registry as registry_routes
from services.recording_consent.stream import DecisionListener

NAME = "recording_consent"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        app.state.crypto = FieldCrypto(settings.secret("master_key"))
        app.state.rules = load_rules()
        app.state.signer = signer = Signer.from_pem(settings.secret("signing_key"), settings.jws_algorithm)
        app.state.public_keys = [signer.public_pem, *split_pems(settings.signing_previous_public_keys)]

    def background(app: FastAPI) -> list:
        app.state.decision_listener = DecisionListener(app.state.listen_dsn)
        app.state.sealer = Sealer(app.state.engine, CONSENT_LEDGER, app.state.signer, settings)
        tools = privacy.Tools(app.state.engine, settings, app.state.crypto, app.state.signer, app.state.rules,
                              app.state.sealer)
        return [app.state.decision_listener.run(), app.state.sealer.run(),
                consumers.run_privacy_requests(tools, app.state.bus)]

    return create_service_app(
        NAME, settings, [call_routes.router, registry_routes.router, policy_routes.router, ledger_routes.router],
        title="callvault recording consent",
        description="Calls, participants, consent events, live recording decisions, the consent ledger and receipts.",
        uses_s3=True, on_startup=on_startup, background=background, public_routers=[ledger_routes.public_router],
        driver_pool=True, hot_paths=[Middleware(DecisionFastPath), Middleware(PhoneRegionFastPath)],
        # An event's request allocates thousands of objects (its state's rows, the decision, its
        # document): at the default 700 allocations the collector ran several times per event.
        young_collection_threshold=50_000,
    )

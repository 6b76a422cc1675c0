"""The gateway: the only public surface. Knows who is calling and hands each request on."""

import httpx
from fastapi import FastAPI
from httpx_aiohttp import AiohttpTransport
from starlette.middleware import Middleware
from starlette.staticfiles import StaticFiles

from services.common.app import create_service_app
from services.common.auth import InternalTokenSigner
from services.common.crypto.fields import FieldCrypto
from services.common.permissions import require_listed
from services.common.settings import Environment, Settings
from services.gateway import console, consumers, pruning, webhooks
from services.gateway.authentication import Authenticators
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.consent_settings import ConsentSettings
from services.gateway.clients.identity_providers import IdentityProviderKeys, SignIns, loopback_allowed
from services.gateway.clients.transcripts import TranscriptsClient
from services.gateway.clients.upstreams import Upstreams
from services.gateway.clients.webhook_receivers import WebhookReceivers
from services.gateway.key_cache import KeyCache
from services.gateway.oidc import OidcVerifier
from services.gateway.proxy import Proxy
from services.gateway.rate_limits import Limit, RateLimiter
from services.gateway.routes import tenants as tenant_routes
from services.gateway.routes import webhooks as webhook_routes
from services.gateway.routes.public import DOCS_ASSETS, DOCS_ASSETS_URL, router
from services.gateway.softphone_tokens import SoftphoneTokens
from services.gateway.streams import StreamSlots
from services.gateway.telephony import consumers as telephony_consumers
from services.gateway.telephony import inbox, recordings, stops
from services.gateway.telephony import routes as telephony_routes
from services.gateway.telephony.front import WebhookFront
from services.gateway.telephony.inbound import Telephony
from services.gateway.telephony.lookup import TelephonyLookup
from services.gateway.telephony.schemas import AI_PROVIDERS

NAME = "gateway"


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings()

    async def on_startup(app: FastAPI) -> None:
        app.state.signer = InternalTokenSigner(settings.secret("internal_signing_key"),  # refuses to start without
                                               settings.internal_token_ttl_seconds)
        app.state.identity_http = httpx.AsyncClient(transport=AiohttpTransport(), follow_redirects=False)
        app.state.sign_ins = SignIns(app.state.identity_http)
        app.state.auth = Authenticators(KeyCache(settings.api_key_cache_seconds),
                                        SoftphoneTokens(settings.secret("internal_signing_key")),
                                        OidcVerifier(IdentityProviderKeys(
                                            app.state.identity_http, settings.jwks_refetch_seconds,
                                            loopback_allowed=loopback_allowed(settings)),
                                                     settings.api_key_cache_seconds))
        by_role = {role: Limit(*limit) for role, limit in settings.credential_rate_limits.items()}
        app.state.limiter = RateLimiter(by_role, Limit(*settings.default_credential_rate_limit),
                                        settings.webhook_rate_factor)
        app.state.upstreams = Upstreams(settings)
        app.state.streams = StreamSlots(settings.decision_streams_per_credential, settings.decision_streams_per_tenant)
        app.state.consent_settings = ConsentSettings(app.state.upstreams, app.state.signer)
        app.state.crypto = FieldCrypto(settings.secret("master_key"))  # webhook and provider secrets, encrypted
        app.state.subscribers = webhooks.Subscribers()
        # Webhooks go to the tenants' own servers: bounded, and never redirected (see ssrf.py).
        app.state.webhook_http = httpx.AsyncClient(transport=AiohttpTransport(), follow_redirects=False,
                                                   timeout=httpx.Timeout(10.0, connect=5.0))
        # The providers' REST APIs (operator-configured URLs): bounded, never redirected.
        app.state.provider_http = httpx.AsyncClient(follow_redirects=False, timeout=httpx.Timeout(10.0, connect=5.0))
        console.start(app, settings)

    async def on_shutdown(app: FastAPI) -> None:
        await app.state.upstreams.aclose()
        await app.state.identity_http.aclose()
        await app.state.webhook_http.aclose()
        await app.state.provider_http.aclose()
        await console.stop(app)

    def background(app: FastAPI) -> list:  # after the engine and the driver pool exist
        consent = ConsentClient(app.state.upstreams, app.state.signer)
        app.state.telephony = Telephony(app.state.engine, app.state.driver_pool, app.state.crypto, settings, consent,
                                        app.state.consent_settings, app.state.limiter,
                                        TelephonyLookup(app.state.engine, app.state.crypto,
                                                        settings.api_key_cache_seconds))
        receivers = WebhookReceivers(app.state.webhook_http, settings.webhook_attempt_seconds,
                                     development=settings.env == Environment.development)
        dispatcher = webhooks.Dispatcher(app.state.engine, app.state.crypto, settings, receivers)
        stop_worker = stops.StopWorker(app.state.engine, settings, app.state.crypto, app.state.provider_http,
                                       app.state.upstreams, app.state.signer)
        transcripts = TranscriptsClient(app.state.upstreams, app.state.signer)
        deletion_worker = recordings.DeletionWorker(app.state.engine, settings, app.state.crypto,
                                                    app.state.provider_http, consent, transcripts)
        return [consumers.run_fan_out(app.state.engine, app.state.bus, settings, app.state.subscribers),
                webhooks.run_dispatcher(dispatcher, settings.webhook_poll_seconds),
                telephony_consumers.run_recording_stops(app.state.engine, app.state.bus, settings),
                stops.run_worker(stop_worker, settings.webhook_poll_seconds),
                telephony_consumers.run_provider_recordings(app.state.engine, app.state.bus, settings),
                telephony_consumers.run_recording_erasures(app.state.engine, app.state.bus, settings),
                recordings.run_worker(deletion_worker, settings.webhook_poll_seconds),
                pruning.run(app.state.engine, settings.webhook_retention_days),
                *([inbox.run(inbox.Drainer(app.state.engine, app.state.crypto, consent, transcripts),
                             app.state.telephony.stored)] if settings.run_inbox_drainer else [])]

    guarded = [tenant_routes.router, webhook_routes.router, telephony_routes.router, telephony_routes.ivr_router,
               telephony_routes.inbox_router, telephony_routes.copies_router]
    require_listed([route for guarded_router in guarded for route in guarded_router.routes])
    app = create_service_app(
        NAME, settings, [telephony_routes.webhooks, router, *console.ROUTERS, *guarded], title="callvault",
        description="Call-recording consent and the transcript lifecycle. Send API keys as "
        "`Authorization: Bearer <key>`.",
        internal_auth=False, on_startup=on_startup, on_shutdown=on_shutdown, own_docs=True, background=background,
        hot_paths=[Middleware(Proxy), Middleware(WebhookFront)], driver_pool=True, young_collection_threshold=50_000,
        smaller_bodies=[*((f"/v1/webhooks/{p}/", settings.max_transcript_webhook_body_bytes) for p in AI_PROVIDERS),
                        ("/v1/webhooks/", settings.max_webhook_body_bytes)],
    )
    console.install(app)
    app.mount(DOCS_ASSETS_URL, StaticFiles(directory=str(DOCS_ASSETS)), name="docs-assets")
    return app

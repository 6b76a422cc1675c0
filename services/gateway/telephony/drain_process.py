"""The inbox drainer as a process of its own (`callvault drain-inbox`), for gateways run with
`CALLVAULT_RUN_INBOX_DRAINER=false`: the gateways' event loops then do nothing but acknowledge, and
the drain's rounds stop showing in their latency. Any number may run (rows are claimed with SKIP
LOCKED; each call's webhooks are taken together, in order)."""

import asyncio

from services.common.auth import InternalTokenSigner
from services.common.crypto.fields import FieldCrypto
from services.common.db import create_engine
from services.common.settings import Settings
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.transcripts import TranscriptsClient
from services.gateway.clients.upstreams import Upstreams
from services.gateway.telephony import inbox


async def drain(settings: Settings, *, once: bool = False) -> int:
    """Drain for as long as the process runs; with `once`, until the inbox is empty, returning how
    many webhooks were applied or refused."""
    engine = create_engine(settings.service_database_url("gateway"), settings.db_pool_size)
    upstreams = Upstreams(settings)
    signer = InternalTokenSigner(settings.secret("internal_signing_key"), settings.internal_token_ttl_seconds)
    drainer = inbox.Drainer(engine, FieldCrypto(settings.secret("master_key")), ConsentClient(upstreams, signer),
                            TranscriptsClient(upstreams, signer))
    try:
        if not once:
            # Nothing wakes it early: it polls when idle.
            await inbox.run(drainer, asyncio.Event(), inbox.UNWOKEN_POLL_SECONDS)
        total = 0
        while drained := await drainer.run_once():
            total += drained
        return total
    finally:
        await upstreams.aclose()
        await engine.dispose()

"""A tenant administrator's use cases: configure a provider, read it back (without its secrets),
remove it; set the IVR's wording."""

from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncEngine

from services.common.auth import Principal
from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.settings import Settings
from services.gateway import repository
from services.gateway.clients.consent import ConsentClient
from services.gateway.telephony import announcements
from services.gateway.telephony.errors import IvrInvalid, TelephonyNotConfigured
from services.gateway.telephony.schemas import (
    CONFIGS,
    SECRETS,
    AnnouncementPlayed,
    InboxRead,
    IvrSettings,
    RefusedWebhook,
    TelephonyRead,
)
from services.gateway.telephony.sealing import open_config, seal_config

IVR_PROVIDERS = {"twilio", "telnyx", "vonage"}


async def put(engine: AsyncEngine, crypto: FieldCrypto, settings: Settings, consent: ConsentClient,
              caller: Principal, provider: str, body: dict[str, Any]) -> TelephonyRead:
    """Stored only once the answer can say which announcement the IVR will play (a consent-service
    outage is a 503 and changes nothing)."""
    try:
        config = CONFIGS[provider].model_validate(body).model_dump(mode="json", exclude_none=True)
    except ValidationError as exc:  # answered as any invalid body is
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in exc.errors()]) from exc
    played = await _played(engine, consent, caller, provider)
    async with tenant_session(engine, caller.tenant_id) as session:
        await repository.put_telephony(session, caller.tenant_id, provider,
                                       seal_config(crypto, caller.tenant_id, provider, config))
        tenant = await repository.get_tenant(session, caller.tenant_id)
        await session.commit()
    return _read(settings, provider, tenant.slug, config, played)


async def get(engine: AsyncEngine, crypto: FieldCrypto, settings: Settings, consent: ConsentClient,
              caller: Principal, provider: str) -> TelephonyRead:
    async with tenant_session(engine, caller.tenant_id) as session:
        sealed = await repository.get_telephony(session, provider)
        tenant = await repository.get_tenant(session, caller.tenant_id)
    if sealed is None:
        raise TelephonyNotConfigured(f"{provider} is not configured")
    config = open_config(crypto, caller.tenant_id, provider, sealed)
    return _read(settings, provider, tenant.slug, config, await _played(engine, consent, caller, provider))


async def _played(engine: AsyncEngine, consent: ConsentClient, caller: Principal,
                  provider: str) -> AnnouncementPlayed | None:
    if provider not in IVR_PROVIDERS:
        return None
    ivr = await get_ivr(engine, caller)
    chosen = announcements.choose(await consent.announcements(caller.tenant_id), ivr, ivr.default_language)
    return AnnouncementPlayed(version=chosen["version"], language=chosen["language"], text=chosen["text"],
                              builtin=bool(chosen.get("builtin")))


async def delete(engine: AsyncEngine, caller: Principal, provider: str) -> None:
    async with tenant_session(engine, caller.tenant_id) as session:
        if not await repository.delete_telephony(session, provider):
            raise TelephonyNotConfigured(f"{provider} is not configured")
        await session.commit()


async def get_ivr(engine: AsyncEngine, caller: Principal) -> IvrSettings:
    async with tenant_session(engine, caller.tenant_id) as session:
        stored = await repository.get_ivr(session)
    return IvrSettings.model_validate(stored) if stored else IvrSettings()


async def put_ivr(engine: AsyncEngine, caller: Principal, body: IvrSettings) -> IvrSettings:
    if body.allow_digit == body.decline_digit:
        raise IvrInvalid("allow_digit and decline_digit must differ")
    if body.default_language not in body.prompt:
        raise IvrInvalid(f"prompt needs a text in the default language ({body.default_language})")
    async with tenant_session(engine, caller.tenant_id) as session:
        await repository.put_ivr(session, caller.tenant_id, body.model_dump(mode="json"))
        await session.commit()
    return body


def _read(settings: Settings, provider: str, slug: str, config: dict[str, Any],
          played: AnnouncementPlayed | None) -> TelephonyRead:
    base = f"{settings.public_url()}/v1/webhooks/{provider}/{slug}"
    entry = {"twilio": "/voice", "telnyx": "/voice", "vonage": "/voice"}.get(provider)
    return TelephonyRead(provider=provider, webhook_url=base, voice_url=base + entry if entry else None,
                         gather_url=base + "/gather" if entry else None,
                         continue_url=base + "/continue" if entry else None,
                         announcement=played,
                         settings={k: str(v) for k, v in config.items() if k not in SECRETS},
                         secrets_set=sorted(k for k in config if k in SECRETS))


async def inbox(engine: AsyncEngine, caller: Principal) -> InboxRead:
    async with tenant_session(engine, caller.tenant_id) as session:
        counts, refused = await repository.inbox_summary(session, 20)
    return InboxRead(pending=counts.get("pending", 0), done=counts.get("done", 0), refused=counts.get("refused", 0),
                     transcripts_waiting=counts.get("transcripts_waiting", 0),
                     latest_refused=[RefusedWebhook(**row) for row in refused])

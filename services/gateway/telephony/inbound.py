"""A provider's webhook, from its raw request to its answer: the tenant's configuration, the
signature, then either the inbox (status and event webhooks: acknowledged once stored, applied in the
background, see `inbox`) or, for the consent IVR's steps, the consent service at once (their answer
depends on the decision).

Nothing is stored before the signature is verified. A webhook seen before gets the first answer
again and changes nothing; each event also carries a `source_event_id` made from what identifies the
webhook, so two applications of it store it once.
"""

import asyncio
import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from types import ModuleType
from typing import Literal
from urllib.parse import urlencode
from uuid import UUID

import asyncpg
import phonenumbers
from prometheus_client import Counter
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine
from starlette.requests import Request
from starlette.responses import Response

from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.errors import DependencyUnavailable
from services.common.settings import Settings
from services.gateway import repository
from services.gateway.clients.consent import ConsentClient
from services.gateway.clients.consent_settings import ConsentSettings
from services.gateway.errors import TenantDisabled
from services.gateway.rate_limits import RateLimiter
from services.gateway.telephony import (
    announcements,
    inbox,
    recordings,
    retell,
    standard,
    telnyx,
    twilio,
    vapi,
    vonage,
)
from services.gateway.telephony.errors import InvalidSignature, MalformedWebhook
from services.gateway.telephony.happenings import CallLeg, Happening, Inbound, Seen
from services.gateway.telephony.lookup import TelephonyLookup
from services.gateway.telephony.parsing import key_press
from services.gateway.telephony.schemas import IvrSettings

MODULES: dict[str, ModuleType] = {"twilio": twilio, "telnyx": telnyx, "vonage": vonage, "standard": standard,
                                  "retell": retell, "vapi": vapi}
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
IVR_PARAMS = ("v", "lang", "wait", "began")  # what callvault writes into an IVR step's URL, signed
MAX_STAY_WAIT = 600  # seconds: the consent settings' bound on stay_on_line_seconds
IGNORED = Counter("callvault_telephony_webhooks_ignored_total",
                  "Verified webhooks of an event type callvault does not use", ["provider"])
RECEIVED = Counter("callvault_telephony_webhooks_total", "Webhooks by provider and outcome: stored, repeated (a "
                   "duplicate), recorded, ignored, signature_invalid", ["provider", "outcome"])
Step = Literal["voice", "gather", "continue"]
XML, JSON = "application/xml", "application/json"
# The IVR's markup: TwiML; Telnyx's TeXML reads the same; Vonage's NCCO.
MARKUP: dict[str, tuple[ModuleType, str]] = {"twilio": (twilio, XML), "telnyx": (twilio, XML),
                                             "vonage": (vonage, JSON)}
ACCEPTED = b'{"accepted":true}'
# What identifies a webhook becomes its events' `source_event_id`, "<provider>:<key>#<n>", which the
# consent service takes up to 200 characters; the call's id becomes the call's `external_id` (200).
DEDUPE_KEY_MAX, CALL_ID_MAX = 180, 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class Telephony:
    """What the webhooks need, made once at start-up."""

    engine: AsyncEngine
    pool: asyncpg.Pool  # the acknowledgement's one statement, on the driver directly
    crypto: FieldCrypto
    settings: Settings
    consent: ConsentClient
    consent_settings: ConsentSettings
    limiter: RateLimiter
    lookup: TelephonyLookup
    stored: asyncio.Event = field(default_factory=asyncio.Event)  # wakes this gateway's inbox drainer


@dataclass(frozen=True)
class Verified:
    tenant_id: UUID
    config: dict
    ivr: IvrSettings
    seen: Seen


async def verified(tel: Telephony, provider: str, slug: str, request: Request) -> Verified:
    """The tenant's configuration for the provider, and the request checked against it. An unknown
    tenant and an unconfigured provider look the same as a bad signature: nothing tells a prober
    which slugs exist."""
    found = await tel.lookup.find(slug, provider)
    if found is None:
        RECEIVED.labels(provider, "signature_invalid").inc()
        raise InvalidSignature(f"no {provider} configuration matches this URL")
    if found.disabled:
        raise TenantDisabled("the tenant is disabled")
    tel.limiter.admit_webhook(found.tenant_id, found.limit)
    body = await request.body()
    headers = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in request.scope["headers"]}
    url = tel.settings.public_url() + request.scope.get("raw_path", request.url.path.encode()).decode("latin-1")
    if query := request.scope.get("query_string"):
        url += "?" + query.decode("latin-1")
    form = None
    if headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
        form = twilio.parse_form(body)  # Twilio's and TeXML's callbacks: a signed form either way
    seen = Seen(url, headers, body, form)
    try:
        MODULES[provider].verify(found.config, seen)
    except InvalidSignature:
        RECEIVED.labels(provider, "signature_invalid").inc()
        raise
    return Verified(found.tenant_id, found.config, found.ivr, seen)


async def receive(tel: Telephony, provider: str, slug: str, request: Request) -> Response:
    """A status or event webhook, acknowledged once stored in the inbox (drained into the consent
    service in the background); a repeat is acknowledged and changes nothing."""
    v = await verified(tel, provider, slug, request)
    inbound: Inbound = MODULES[provider].parse(v.config, v.seen, v.ivr)
    if inbound.ignored is not None:
        IGNORED.labels(provider).inc()
        RECEIVED.labels(provider, "ignored").inc()
        return Response(json.dumps({"ignored": inbound.ignored}), media_type=JSON)
    _ensure_bounded(inbound)
    try:
        if inbound.recording and inbound.call:  # tracked before the acknowledgement: a repeat finds it
            await recordings.track(tel.pool, v.tenant_id, provider, inbound.recording, inbound.call.external_id)
        new = await inbox.put(tel.pool, tel.crypto, v.tenant_id, provider, inbound, v.config["agent_side"])
    except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, SQLAlchemyError) as exc:
        raise DependencyUnavailable("database") from exc
    RECEIVED.labels(provider, "stored" if new else "repeated").inc()
    if new:
        tel.stored.set()
    # The same answer as the first time; a header tells a repeat apart, for whoever debugs a provider.
    headers = {} if new else {"Callvault-Webhook-Repeated": "true"}
    return Response(ACCEPTED, media_type=JSON, headers=headers)


async def ivr(tel: Telephony, provider: str, slug: str, step: Step, request: Request) -> Response:
    """The consent IVR. `voice`: the call arrives; announce and ask (or, staying on the line, announce
    and wait). `gather`: the caller's key press, recorded; `continue`: after the wait. Both end by
    connecting the caller, recorded only when the decision allows it."""
    v = await verified(tel, provider, slug, request)
    settings = v.ivr
    markup, media_type = MARKUP[provider]
    leg = _ivr_leg(provider, v.seen)
    call = await tel.consent.ensure_call(v.tenant_id, provider, leg, v.config["agent_side"], ivr=True)
    base = f"{tel.settings.public_url()}/v1/webhooks/{provider}/{slug}"
    if step == "voice":
        language = _language(settings, leg.from_number)
        text, version, language = await _announcement(tel, v.tenant_id, settings, language)
        signed = partial(_ivr_query, tel.crypto, v.tenant_id, provider, leg.external_id)
        if settings.mode == "stay_on_line":
            delay = (await tel.consent_settings.read(v.tenant_id)).get("stay_on_line_seconds") or 0
            wait = markup.stay_wait(delay)
            # The announcement starts; it is known complete only when the provider comes back after it and
            # the wait (`continue`): a caller who hangs up during it has heard no complete notice.
            began = datetime.now(UTC)
            notice = Happening("notice_given", began, side="customer", announcement_version=version, completed=False)
            await tel.consent.record(v.tenant_id, call, [notice], provider, f"{leg.external_id}:notice")
            url = f"{base}/continue?" + signed("continue", v=version, lang=language, wait=wait,
                                               began=(began - EPOCH) // timedelta(microseconds=1))
            return _render(media_type, markup.announce_then_continue(text, language, wait, url))
        prompt = settings.prompt.get(language) or settings.prompt.get(settings.default_language) or ""
        url = f"{base}/gather?" + signed("gather", v=version, lang=language)
        return _render(media_type, markup.ask(text, language, prompt, url, settings))

    async def connect() -> tuple[int, str, bytes]:
        now = datetime.now(UTC)
        ours = _ivr_params(tel.crypto, v.tenant_id, provider, leg.external_id, step, request.query_params)
        if step == "gather":
            happenings = key_press(settings, _ivr_digits(provider, v.seen), now, ours.get("v") or None)
        else:
            happenings = _stayed(provider, v.seen, ours, now)
        if "ivr" in call.participants:  # the caller is connected on: the IVR leaves the call
            happenings.append(Happening("participant_left", now, side="ivr"))
        if happenings:
            decision = (await tel.consent.record(v.tenant_id, call, happenings, provider,
                                                 f"{leg.external_id}:ivr"))["decision"]
        else:  # a call the IVR did not create, staying on the line
            decision = await tel.consent.decision(v.tenant_id, call.id)
        dial = markup.dial(v.config["dial_target"], decision["may_record"], base)
        return 200, media_type, _render(media_type, dial).body

    return await _once(tel, v.tenant_id, provider, f"{leg.external_id}:ivr:{step}", connect)


# --- pieces --------------------------------------------------------------------------------------
def _ensure_bounded(inbound: Inbound) -> None:
    """Identifiers the consent service could not store are refused at the door (400, which the
    provider sees), never acknowledged and then refused later in the inbox."""
    if len(inbound.dedupe_key) > DEDUPE_KEY_MAX or _CONTROL.search(inbound.dedupe_key):
        raise MalformedWebhook(f"the webhook's identity (its id, or the call's with its status) is longer than "
                               f"{DEDUPE_KEY_MAX} characters or holds control characters")
    call_id = inbound.call.external_id if inbound.call else ""
    if len(call_id) > CALL_ID_MAX or _CONTROL.search(call_id):
        raise MalformedWebhook(f"the call's id is longer than {CALL_ID_MAX} characters or holds control characters")


async def _once(tel: Telephony, tenant_id: UUID, provider: str, dedupe_key: str, apply) -> Response:
    """The first answer to this webhook, stored; a repeat gets it back and changes nothing."""
    async with tenant_session(tel.engine, tenant_id) as session:
        seen_before = await repository.answered_webhook(session, provider, dedupe_key)
    if seen_before is not None:
        RECEIVED.labels(provider, "repeated").inc()
        status_code, media_type, body = seen_before
        return Response(body, status_code=status_code, media_type=media_type,
                        headers={"Callvault-Webhook-Repeated": "true"})
    status_code, media_type, body = await apply()
    async with tenant_session(tel.engine, tenant_id) as session:
        await repository.remember_webhook(session, tenant_id, provider, dedupe_key, status_code, media_type, body)
        await session.commit()
    RECEIVED.labels(provider, "recorded").inc()
    return Response(body, status_code=status_code, media_type=media_type)


def _stayed(provider: str, seen: Seen, query: Mapping[str, str], now: datetime) -> list[Happening]:
    """Back from a stay-on-line announcement: the caller heard it to its end and stayed through the
    wait. It ended `wait` seconds ago (the wait the markup asked for), and not before it `began`; both
    come back in the continue URL, which the provider's signature covers. Where a Vonage caller cut the
    wait short with a key, it ended now. Either way an error makes consent later, never earlier."""
    version = query.get("v")
    if not version:
        return []
    waited = _small_int(query.get("wait"), MAX_STAY_WAIT)
    if provider == "vonage":
        document = vonage.document_of(seen)
        if not isinstance(document.get("dtmf"), dict):  # not the input's event: another of the call's, replayed
            return []
        if not vonage.input_timed_out(document):
            waited = 0
    heard = now - timedelta(seconds=waited)
    if began := _small_int(query.get("began"), 10**17):  # microseconds since the epoch, exact
        heard = min(now, max(heard, EPOCH + timedelta(microseconds=began)))
    return [Happening("notice_given", heard, side="customer", announcement_version=version, completed=True)]


def _ivr_query(crypto: FieldCrypto, tenant_id: UUID, provider: str, call_id: str, step: str, **params: object) -> str:
    """The query of an IVR step's URL: what the next step needs (the announcement's version, the wait), with
    a tenant-keyed signature over it, the call and the step. Twilio signs the whole URL anyway; Vonage's
    token covers only the body, so without this a caller's own request could name another version or wait."""
    written = {k: str(value) for k, value in params.items()}
    return urlencode({**written, "sig": _ivr_signature(crypto, tenant_id, provider, call_id, step, written)})


def _ivr_params(crypto: FieldCrypto, tenant_id: UUID, provider: str, call_id: str, step: str,
                query: Mapping[str, str]) -> dict[str, str]:
    """The parameters callvault wrote into this step's URL for this call; none when their signature does
    not hold (the step then records no notice: consent later, never earlier)."""
    written = {k: query[k] for k in IVR_PARAMS if k in query}
    expected = _ivr_signature(crypto, tenant_id, provider, call_id, step, written)
    return written if hmac.compare_digest(query.get("sig", "").encode(), expected.encode()) else {}


def _ivr_signature(crypto: FieldCrypto, tenant_id: UUID, provider: str, call_id: str, step: str,
                   params: dict[str, str]) -> str:
    message = "\n".join([provider, call_id, step, *(f"{k}={params[k]}" for k in sorted(params))])
    return hmac.new(crypto.derive(tenant_id, "ivr-urls"), message.encode(), hashlib.sha256).hexdigest()[:32]


def _small_int(text: str | None, bound: int) -> int:
    """A non-negative integer from a query parameter we wrote, bounded; 0 when it is not one."""
    return min(int(text), bound) if text and len(text) <= 18 and text.isdigit() else 0


def _ivr_leg(provider: str, seen: Seen) -> CallLeg:
    if provider == "vonage":
        return vonage.call_leg(vonage.document_of(seen))
    return twilio.call_leg(seen.form if seen.form is not None else twilio.parse_form(seen.body))


def _ivr_digits(provider: str, seen: Seen) -> str:
    if provider == "vonage":
        dtmf = vonage.document_of(seen).get("dtmf")
        return str(dtmf.get("digits") or "") if isinstance(dtmf, dict) else ""
    form = seen.form if seen.form is not None else twilio.parse_form(seen.body)
    value = form.get("Digits")
    return value if isinstance(value, str) else ""


def _language(settings: IvrSettings, caller: str | None) -> str:
    """The caller's language, from the country of their number."""
    if caller:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse(caller, None))
        except phonenumbers.NumberParseException:
            region = None
        if region and region in settings.country_languages:
            return settings.country_languages[region]
    return settings.default_language


async def _announcement(tel: Telephony, tenant_id: UUID, settings: IvrSettings,
                        language: str) -> tuple[str, str, str]:
    chosen = announcements.choose(await tel.consent.announcements(tenant_id), settings, language)
    return chosen["text"], chosen["version"], chosen["language"]


def _render(media_type: str, markup: str | list) -> Response:
    if media_type == JSON:
        return Response(json.dumps(markup), media_type=JSON)
    return Response(markup, media_type=XML)

"""Each tenant's configuration per provider (stored encrypted, secrets never shown again) and the
wording of its consent IVR."""

import base64
import binascii
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from services.common.schemas import NO_CONTROL_CHARACTERS

Provider = Literal["twilio", "telnyx", "vonage", "standard", "retell", "vapi"]
PROVIDERS: tuple[str, ...] = ("twilio", "telnyx", "vonage", "standard", "retell", "vapi")
AI_PROVIDERS = frozenset({"retell", "vapi"})  # their agent is an AI: a virtual agent of the tenant's
AgentSide = Annotated[Literal["to", "from"], Field(
    description="Which number of an inbound call is the tenant's agent (on an outbound call, the other one)")]
DialTarget = Annotated[str, Field(min_length=3, max_length=200, pattern=r"^(\+[0-9]{6,15}|sip:[^\s]+)$",
                                  description="Where the consent IVR connects the caller: E.164 or a SIP URI",
                                  examples=["+14155550199"])]
Secret = Annotated[str, Field(min_length=8, max_length=500, pattern=NO_CONTROL_CHARACTERS)]


def _ed25519_key(value: str) -> str:
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error as exc:
        raise ValueError("public_key must be base64") from exc
    if len(raw) != 32:
        raise ValueError(f"public_key must be a 32-byte Ed25519 key; this one has {len(raw)} bytes")
    return value


def _whsec(value: str) -> str:
    try:
        if len(base64.b64decode(value.removeprefix("whsec_"), validate=True)) < 24:
            raise ValueError("secret must be at least 24 bytes")
    except binascii.Error as exc:
        raise ValueError("secret must be whsec_ followed by base64") from exc
    return value


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TwilioConfig(_Config):
    account_sid: str = Field(pattern=r"^AC[0-9a-fA-F]{32}$")
    auth_token: Secret
    agent_side: AgentSide = "to"
    dial_target: DialTarget
    stop_as: Literal["stopped", "paused"] = Field(
        "stopped", description="What a recording becomes when consent goes: stopped, or paused")


class TelnyxConfig(_Config):
    public_key: Annotated[str, AfterValidator(_ed25519_key)] = Field(
        description="The account's Ed25519 public key (base64), from the Telnyx portal")
    api_key: Secret
    agent_side: AgentSide = "to"
    dial_target: DialTarget


class VonageConfig(_Config):
    api_key: str = Field(min_length=4, max_length=64, pattern=r"^[A-Za-z0-9]+$")
    application_id: str = Field(pattern=r"^[0-9a-fA-F-]{36}$")
    signature_secret: Secret
    private_key: str | None = Field(None, max_length=10_000, description="The application's PEM private key: "
                                    "the Voice API needs it to stop a recording")
    agent_side: AgentSide = "to"
    dial_target: DialTarget


class StandardConfig(_Config):
    secret: Annotated[str, Field(pattern=r"^whsec_[A-Za-z0-9+/=]+$"), AfterValidator(_whsec)]
    agent_side: AgentSide = "to"


class RetellConfig(_Config):
    api_key: Secret = Field(description="The Retell API key its webhooks are signed with")
    agent_side: AgentSide = "to"


class VapiConfig(_Config):
    hmac_secret: Annotated[str, Field(min_length=24, max_length=500, pattern=NO_CONTROL_CHARACTERS)] = Field(
        description="The secret key of the HMAC credential the tenant's Vapi server URL uses (sha256, "
                    "x-vapi-signature, x-vapi-timestamp, payload `{timestamp}.{body}`, hex)")
    agent_side: AgentSide = "to"


CONFIGS: dict[str, type[_Config]] = {"twilio": TwilioConfig, "telnyx": TelnyxConfig, "vonage": VonageConfig,
                                     "standard": StandardConfig, "retell": RetellConfig, "vapi": VapiConfig}
SECRETS = {"auth_token", "api_key", "signature_secret", "private_key", "secret", "hmac_secret"}


class AnnouncementPlayed(BaseModel):
    version: str
    language: str
    text: str
    builtin: bool = Field(description="callvault's built-in announcement: create one under /v1/announcements to "
                                      "replace it")


class TelephonyRead(BaseModel):
    provider: Provider
    settings: dict[str, str] = Field(description="The configuration without its secrets")
    secrets_set: list[str] = Field(description="Which secrets are stored (never shown again)")
    webhook_url: str = Field(description="Point the provider's webhooks here")
    voice_url: str | None = Field(None, description="The consent IVR's entry point (Twilio voice URL, TeXML "
                                                    "application URL, Vonage answer URL)")
    gather_url: str | None = Field(None, description="Where the IVR's key press goes (named in its own markup; "
                                   "listed so a firewall or a proxy can let it through)")
    continue_url: str | None = Field(None, description="Where the IVR goes on after the stay-on-line wait")
    announcement: AnnouncementPlayed | None = Field(None, description="What the consent IVR plays to a caller in "
                                                    "its default language, recorded as the notice (IVR providers)")


class IvrSettings(_Config):
    mode: Literal["gather", "stay_on_line"] = Field(
        "gather", description="gather: the caller presses a digit; stay_on_line: the announcement plays and the "
        "call proceeds after the consent settings' stay-on-line delay")
    allow_digit: str = Field("1", pattern=r"^[0-9*#]$")
    decline_digit: str = Field("2", pattern=r"^[0-9*#]$")
    prompt: dict[str, Annotated[str, Field(min_length=1, max_length=500, pattern=NO_CONTROL_CHARACTERS)]] = Field(
        default_factory=lambda: {"en": "Press 1 to allow recording of this call, or 2 to decline."},
        description="What the caller is asked, by language (BCP 47); the default language's is used when the "
                    "caller's is missing")
    default_language: str = Field("en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    country_languages: dict[str, str] = Field(
        default_factory=lambda: {"US": "en", "GB": "en", "CA": "en", "AU": "en", "IE": "en", "DE": "de", "AT": "de",
                                 "FR": "fr", "ES": "es", "MX": "es", "IT": "it", "NL": "nl", "PT": "pt", "BR": "pt"},
        description="The caller's language by the country of their number")
    purposes: list[Literal["recording", "transcription", "analytics", "ai_training"]] = Field(
        default_factory=lambda: ["recording", "transcription"], min_length=1,
        description="What a key press allows or declines")
    gather_timeout_seconds: int = Field(8, ge=1, le=60)


class RefusedWebhook(BaseModel):
    provider: str
    dedupe_key: str = Field(description="What identifies the webhook (call sid and status, event id, ...)")
    problem: dict | None
    received_at: datetime
    processed_at: datetime | None


class InboxRead(BaseModel):
    pending: int = Field(description="Verified and acknowledged, not yet applied")
    done: int
    refused: int
    transcripts_waiting: int = Field(description="Applied webhooks whose transcript is not yet handed to the "
                                     "transcripts service (retried with backoff while it is away)")
    latest_refused: list[RefusedWebhook] = Field(description="The 20 most recent the consent service refused, "
                                                 "and transcripts that were not taken")

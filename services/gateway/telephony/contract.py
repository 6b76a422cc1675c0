"""The inbound webhook contract, for the OpenAPI document: per provider, the signature headers, the
fields of the body callvault reads (providers send more: the rest is ignored, never refused) and the
answers. Documentation only: the bodies are read by the provider modules after the signature is
verified, never validated by FastAPI first (an unsigned probe learns nothing from a 422)."""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from services.common.bodies import SCHEMAS_KEY
from services.gateway.telephony import twilio
from services.gateway.telephony.schemas import IvrSettings

FORM, JSON, XML = "application/x-www-form-urlencoded", "application/json", "application/xml"
COMPONENT = "#/components/schemas/{model}"


class _Read(BaseModel):
    model_config = ConfigDict(extra="allow")


# --- Twilio (and Telnyx's TeXML IVR, whose callbacks are shaped like Twilio's) --------------------
class TwilioCallback(_Read):
    """A Twilio voice webhook, status callback or recording status callback (a form)."""

    CallSid: str = Field(description="The call; becomes the call's `external_id`", examples=["CA" + "0" * 32])
    Direction: str | None = Field(None, description="`inbound`, else outbound (`outbound-api`, `outbound-dial`)")
    From: str | None = Field(None, description="The caller; E.164 numbers only locate a participant")
    To: str | None = Field(None, description="The number called")
    CallStatus: str | None = Field(None, description="initiated, ringing, in-progress (the answer: transcript "
                                   "offsets count from its Timestamp), completed, busy, failed, no-answer, canceled")
    Timestamp: str | None = Field(None, description="RFC 2822; when missing or in the future, the time received")
    SequenceNumber: str | None = Field(None, description="With CallSid and CallStatus, what identifies a callback")
    RecordingSid: str | None = Field(None, description="The provider's copy, deleted through its API with the "
                                     "call's transcripts")
    RecordingStatus: str | None = Field(None, description="in-progress (recording started), paused, completed, "
                                        "stopped, absent, failed (recording stopped)")
    Digits: str | None = Field(None, description="The caller's key press (the IVR's `gather` step)")


# --- Telnyx Call Control ----------------------------------------------------------------------------
class TelnyxPayload(_Read):
    call_control_id: str = Field(description="The call; becomes the call's `external_id`")
    direction: str | None = Field(None, description="incoming/inbound, else outbound")
    to: str | None = None
    digits: str | None = Field(None, description="call.gather.ended: the key pressed")
    recording_id: str | None = Field(None, description="call.recording.saved: the provider's copy, deleted "
                                     "through its API with the call's transcripts (missing: listed as "
                                     "`unnamed:...`, to delete at the provider)")
    from_: str | None = Field(None, alias="from")


class TelnyxData(_Read):
    id: str = Field(description="The event's id: what identifies the webhook")
    event_type: str = Field(description="Used: call.initiated, call.answered (the answer), call.hangup, "
                            "call.gather.ended, call.recording.started, call.recording.saved, "
                            "call.recording.stopped, call.recording.error; others are acknowledged and ignored")
    occurred_at: str | None = Field(None, description="ISO 8601")
    payload: TelnyxPayload


class TelnyxEvent(_Read):
    data: TelnyxData


# --- Vonage -----------------------------------------------------------------------------------------
class VonageDtmf(_Read):
    digits: str | None = None
    timed_out: bool | None = Field(None, description="The input ended by its timeout: a stay-on-line wait "
                                   "waited in full (a key pressed makes the notice complete only then)")


class VonageEvent(_Read):
    """A Vonage event webhook (answer URL and input callbacks are shaped alike)."""

    conversation_uuid: str = Field(description="The call; becomes the call's `external_id`")
    uuid: str | None = Field(None, description="The leg")
    direction: str | None = Field(None, description="outbound, else inbound")
    from_: str | None = Field(None, alias="from", description="Digits without the plus")
    to: str | None = None
    status: str | None = Field(None, description="started, ringing, answered (the answer), completed, busy, "
                               "cancelled, failed, rejected, timeout, unanswered")
    timestamp: str | None = Field(None, description="ISO 8601")
    recording_uuid: str | None = Field(None, description="A finished recording (with end_time)")
    end_time: str | None = None
    recording_url: str | None = Field(None, description="The recording's file: the provider's copy, deleted "
                                      "through its API with the call's transcripts (a URL that is not a Media "
                                      "API file, `/v1/files/<id>`: listed as `unnamed:...`, to delete at the "
                                      "provider)")
    dtmf: VonageDtmf | None = Field(None, description="The caller's key press")


# --- Standard Webhooks (callvault's own body) ---------------------------------------------------------
class StandardEvent(_Read):
    type: str = Field(description="Used: call.started (the answer), call.ended, consent.dtmf, recording.started, "
                      "recording.paused, recording.resumed, recording.stopped; others are acknowledged and ignored")
    call_id: str = Field(min_length=1, max_length=200, description="Becomes the call's `external_id`")
    direction: Literal["inbound", "outbound"] = "inbound"
    from_: str | None = Field(None, alias="from")
    to: str | None = None
    digits: str | None = Field(None, description="consent.dtmf: the key pressed")
    occurred_at: str | None = Field(None, description="ISO 8601")


# --- Retell AI --------------------------------------------------------------------------------------
class RetellWord(_Read):
    start: float | None = Field(None, description="Seconds of audio from the call's `start_timestamp`")
    end: float | None = None


class RetellUtterance(_Read):
    role: str = Field(description="`agent` (the AI: the virtual agent) or `user` (the caller); `transfer_target` "
                                  "utterances are left out")
    content: str = Field(description="The words; at most 20,000 characters")
    words: list[RetellWord] = Field(description="Timed words: the utterance runs from the first start to the last "
                                                "end; one without timed words is left out")


class RetellCall(_Read):
    call_id: str = Field(min_length=1, max_length=150)
    direction: Literal["inbound", "outbound"] = "inbound"
    from_number: str | None = None
    to_number: str | None = None
    start_timestamp: int | None = Field(None, description="Milliseconds since the epoch (call_started; on "
                                        "call_ended and call_analyzed, an answer too: the earliest answer counts)")
    end_timestamp: int | None = Field(None, description="Milliseconds since the epoch (call_ended)")
    transcript_object: list[RetellUtterance] | None = Field(
        None, max_length=10_000, description="call_ended, call_analyzed: the call's transcript, ingested through "
        "the consent gate as `POST /v1/transcripts` (once per call); one that cannot be taken is acknowledged and "
        "listed as refused at `GET /v1/webhook-inbox`")


class RetellEvent(_Read):
    event: str = Field(description="call_started (the answer), call_ended (the hang-up and the transcript), "
                                    "call_analyzed (the transcript, when it carries one); others are acknowledged "
                                    "and ignored")
    call: RetellCall


# --- Vapi -----------------------------------------------------------------------------------------------
class VapiRecordingConsent(_Read):
    type: Literal["verbal", "stay-on-line"]
    grantedAt: str | None = Field(None, description="ISO 8601; absent: no consent was given")


class VapiCompliance(_Read):
    recordingConsent: VapiRecordingConsent | None = None


class VapiNumber(_Read):
    number: str | None = None


class VapiCall(_Read):
    id: str = Field(min_length=1, max_length=150)
    type: Literal["inboundPhoneCall", "outboundPhoneCall", "webCall"]
    customer: VapiNumber | None = Field(None, description="The caller (inbound) or the called (outbound)")
    phoneNumber: VapiNumber | None = Field(None, description="The tenant's Vapi number")
    compliance: VapiCompliance | None = Field(None, description="The outcome of the assistant's "
                                              "`recordingConsentPlan`: a consent with `grantedAt` is recorded")


class VapiSpoken(_Read):
    role: str = Field(description="`bot` (the AI: the virtual agent) or `user` (the caller); system and tool "
                                  "messages are left out")
    message: str = Field(description="The words; at most 20,000 characters")
    time: float = Field(description="Milliseconds since the epoch: when the words began")
    endTime: float | None = Field(None, description="Milliseconds since the epoch: when they ended")


class VapiArtifact(_Read):
    messages: list[VapiSpoken] | None = Field(
        None, max_length=10_000, description="The call's transcript, ingested through the consent gate as "
        "`POST /v1/transcripts` (once per call); one that cannot be taken is acknowledged and listed as refused "
        "at `GET /v1/webhook-inbox`")


class VapiTranscriber(_Read):
    language: str | None = Field(None, description="The transcript's language when it is a BCP 47 tag, else `und`")


class VapiAssistant(_Read):
    transcriber: VapiTranscriber | None = None


class VapiMessage(_Read):
    type: str = Field(description="Used: status-update (status in-progress: the answer; ended: the hang-up) and "
                                  "end-of-call-report (the hang-up and the transcript); others are acknowledged "
                                  "and ignored")
    status: str | None = None
    timestamp: int | None = Field(None, description="Milliseconds since the epoch")
    startedAt: str | None = Field(None, description="end-of-call-report: when the call started (ISO 8601), an "
                                  "answer too (the earliest answer counts)")
    call: VapiCall
    artifact: VapiArtifact | None = Field(None, description="end-of-call-report: what the call left")
    assistant: VapiAssistant | None = None


class VapiServerMessage(_Read):
    message: VapiMessage


# --- answers --------------------------------------------------------------------------------------
class WebhookAcknowledged(BaseModel):
    """`{"accepted": true}` once stored (applied in the background; see /v1/webhook-inbox), or
    `{"ignored": "<what>"}` for an event callvault does not use."""

    accepted: bool | None = None
    ignored: str | None = Field(None, description="The event type or status that is not used")


def _header(name: str, description: str) -> dict[str, Any]:
    return {"in": "header", "name": name, "required": True, "schema": {"type": "string"}, "description": description}


HEADERS = {
    "twilio": [_header("X-Twilio-Signature", "HMAC-SHA1 (base64) of the URL and the sorted form parameters, with "
                       "the account's auth token (Twilio's algorithm; the URL is CALLVAULT_PUBLIC_BASE_URL's)")],
    "telnyx": [_header("telnyx-signature-ed25519", "Ed25519 (base64) over `{telnyx-timestamp}|{body}`"),
               _header("telnyx-timestamp", "Unix seconds, at most 5 minutes from now")],
    "vonage": [_header("Authorization", "Bearer <JWT, HS256 with the signature secret; `payload_hash` is the "
                       "body's SHA-256, `iat` at most 5 minutes from now>")],
    "standard": [_header("webhook-id", "Identifies the webhook"),
                 _header("webhook-timestamp", "Unix seconds, at most 5 minutes from now"),
                 _header("webhook-signature", "v1,<base64 HMAC-SHA256 with the whsec_ secret>")],
    "retell": [_header("x-retell-signature", "v=<ms timestamp>,d=<hex HMAC-SHA256 of body + timestamp, keyed "
                       "with the API key>")],
    "vapi": [_header("x-vapi-signature", "hex HMAC-SHA256 of `{timestamp}.{body}` with the HMAC credential's "
                     "secret"),
             _header("x-vapi-timestamp", "Seconds or milliseconds since the epoch, at most 5 minutes from now")],
}
BODIES: dict[str, tuple[str, type[BaseModel]]] = {
    "twilio": (FORM, TwilioCallback), "telnyx": (JSON, TelnyxEvent), "vonage": (JSON, VonageEvent),
    "standard": (JSON, StandardEvent), "retell": (JSON, RetellEvent), "vapi": (JSON, VapiServerMessage)}
# The IVR's callbacks: Telnyx's TeXML posts forms shaped like Twilio's.
IVR_BODIES: dict[str, tuple[str, type[BaseModel]]] = {
    "twilio": (FORM, TwilioCallback), "telnyx": (FORM, TwilioCallback), "vonage": (JSON, VonageEvent)}
_GATHER = "https://callvault.example/v1/webhooks/twilio/acme/gather?v=callvault-builtin-1&lang=en&sig=3f0c9d2e41b7a8655e0f1c2d3b4a5968"
TWIML_EXAMPLE = twilio.ask("This call may be recorded.", "en", IvrSettings().prompt["en"], _GATHER, IvrSettings())
REPEATED = {"Callvault-Webhook-Repeated": {"description": "`true` on a repeat: the first answer, again",
                                           "schema": {"type": "string"}}}


def _body(media_type: str, model: type[BaseModel]) -> tuple[dict[str, Any], dict[str, Any]]:
    schema = model.model_json_schema(ref_template=COMPONENT, by_alias=True)
    components = {**schema.pop("$defs", {}), model.__name__: schema}
    return {"required": True, "content": {media_type: {"schema": {"$ref": COMPONENT.format(model=model.__name__)}}}}, \
        components


def receive_openapi(provider: str) -> dict[str, Any]:
    """`openapi_extra` of a provider's status/event webhook route."""
    request_body, components = _body(*BODIES[provider])
    components[WebhookAcknowledged.__name__] = WebhookAcknowledged.model_json_schema()
    answer = {"$ref": COMPONENT.format(model=WebhookAcknowledged.__name__)}
    return {"parameters": HEADERS[provider], "requestBody": request_body, SCHEMAS_KEY: components, "responses": {
        "200": {"description": "Stored (or ignored); a repeat gets the same answer", "headers": REPEATED,
                "content": {JSON: {"schema": answer}}}}}


def ivr_openapi(provider: str) -> dict[str, Any]:
    """`openapi_extra` of a provider's consent-IVR step: TwiML (TeXML reads the same) or NCCO back."""
    request_body, components = _body(*IVR_BODIES[provider])
    if provider == "vonage":
        content = {JSON: {"schema": {"type": "array", "items": {"type": "object"}, "description": "An NCCO: talk "
                                     "and input (voice), or record (when allowed) and connect (gather, continue)"}}}
    else:
        content = {XML: {"schema": {"type": "string", "description": "TwiML: Gather with Say (voice), or Dial, "
                                    "recorded only when the decision allows it (gather, continue)"},
                         "example": TWIML_EXAMPLE}}
    query = [{"in": "query", "name": name, "required": False, "schema": {"type": "string", "maxLength": 100},
              "description": text} for name, text in (
        ("v", "The announcement version that played (callvault writes it into the gather and continue URLs)"),
        ("lang", "The language it played in"))]
    return {"parameters": HEADERS[provider] + query,
            "requestBody": request_body, SCHEMAS_KEY: components, "responses": {
                "200": {"description": "The IVR's next instructions; a repeat gets the same answer",
                        "headers": REPEATED, "content": content}}}

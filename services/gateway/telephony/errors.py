"""What a telephony webhook or configuration can get wrong."""

from services.common.errors import CallvaultError, NotFound


class InvalidSignature(CallvaultError):
    """Nothing is stored; a provider retries, so the detail says exactly what did not match."""

    status, slug, title = 401, "webhook-signature-invalid", "The webhook's signature is missing, wrong or stale"


class MalformedWebhook(CallvaultError):
    status, slug, title = 400, "webhook-malformed", "The webhook is signed but its content cannot be used"


class TelephonyNotConfigured(NotFound):
    slug, title = "telephony-not-configured", "This provider is not configured for the tenant"


class IvrInvalid(CallvaultError):
    status, slug, title = 422, "ivr-settings-invalid", "The IVR settings are not valid"

"""Checks that a webhook came from callvault: deliveries are signed per the Standard Webhooks
specification, verified here with its reference implementation (`standardwebhooks`)."""

from collections.abc import Mapping
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

__all__ = ["WebhookVerificationError", "verify_webhook"]


def verify_webhook(secret: str, body: bytes | str, headers: Mapping[str, str]) -> dict[str, Any]:
    """The delivered event (a CloudEvent) if `body` was signed with the endpoint's `secret` (`whsec_...`,
    shown when the endpoint was created) less than five minutes ago; WebhookVerificationError if not.
    Pass the body exactly as received, before any JSON parsing."""
    raw = body.decode() if isinstance(body, bytes) else body
    return Webhook(secret).verify(raw, {key.lower(): value for key, value in headers.items()})

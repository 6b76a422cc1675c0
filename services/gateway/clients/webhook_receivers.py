"""The tenants' webhook receivers, as the gateway calls them: a delivery POSTed, signed per the
Standard Webhooks specification, to the address checked again at every attempt (where a name points
can change) and connected to as checked, within the attempt's deadline
(`CALLVAULT_WEBHOOK_ATTEMPT_SECONDS`), reading at most ANSWER_BYTES of the answer: one slow receiver
(headers, then a byte every few seconds) holds nothing else back.
"""

import asyncio
import json
from datetime import UTC, datetime

import httpx
from standardwebhooks import Webhook

from services.gateway import ssrf
from services.gateway.models import WebhookDelivery, WebhookEndpoint

RESPONSE_EXCERPT = 500
ANSWER_BYTES = 4096  # of a receiver's answer, read: the rest is never waited for


class WebhookReceivers:
    def __init__(self, http: httpx.AsyncClient, attempt_seconds: float, development: bool) -> None:
        self.http, self.attempt_seconds, self.development = http, attempt_seconds, development

    async def send(self, endpoint: WebhookEndpoint, secret: str, delivery: WebhookDelivery) -> dict:
        """The attempt as the delivery's log keeps it: the receiver's `status` and an excerpt of its
        `response`, or the `error` that stopped it."""
        try:
            target = await ssrf.pin(endpoint.url, development=self.development)
            if target.loopback and not endpoint.loopback:
                raise ssrf.UnsafeUrl("the endpoint's address became a loopback address")
        except ssrf.UnsafeUrl as exc:
            return {"error": exc.detail}
        body = json.dumps(delivery.payload)
        msg_id, at = str(delivery.event_id), datetime.now(UTC)
        headers = {"host": target.host_header, "content-type": "application/json", "webhook-id": msg_id,
                   "webhook-timestamp": str(int(at.timestamp())),
                   "webhook-signature": Webhook(secret).sign(msg_id, at, body)}
        request = self.http.build_request("POST", target.url, content=body, headers=headers,
                                          extensions={"sni_hostname": target.hostname})  # TLS checks the name
        deadline = asyncio.get_running_loop().time() + self.attempt_seconds
        try:
            async with asyncio.timeout_at(deadline):
                response = await self.http.send(request, stream=True)
        except TimeoutError:
            return {"error": f"no answer within {self.attempt_seconds:g} s"}
        except httpx.HTTPError as exc:
            return {"error": f"{type(exc).__name__}: {exc}"[:RESPONSE_EXCERPT]}
        kept = bytearray()
        try:  # the status is the answer; of its body, what comes before the deadline and the cap
            async with asyncio.timeout_at(deadline):
                async for chunk in response.aiter_raw():
                    kept += chunk[:ANSWER_BYTES - len(kept)]
                    if len(kept) >= ANSWER_BYTES:
                        break
        except (TimeoutError, httpx.HTTPError):
            pass
        finally:
            await response.aclose()
        return {"status": response.status_code, "response": kept.decode("utf-8", "replace")[:RESPONSE_EXCERPT]}

"""Status and event webhooks answered before FastAPI's routing: a provider sends them by the
thousand, and routing, dependencies and response models cost more than the acknowledgement itself.
Same path, same checks, same problems as the documented routes (`routes.receive_<provider>_webhook`), which
stays for the OpenAPI document and is reached by nothing this front takes."""

import re
from types import SimpleNamespace

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from services.common.errors import handled
from services.gateway.telephony import inbound
from services.gateway.telephony.schemas import PROVIDERS

ROUTE = SimpleNamespace(path="/v1/webhooks/{provider}/{tenant_slug}")  # what metrics and logs name these
SLUG = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"  # as schemas.Slug
PATH = re.compile(rf"/v1/webhooks/({'|'.join(PROVIDERS)})/({SLUG})")


class WebhookFront:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        match = PATH.fullmatch(scope["path"]) if scope["type"] == "http" and scope["method"] == "POST" else None
        if match is None:
            await self.app(scope, receive, send)
            return
        scope["route"] = ROUTE
        try:
            response = await inbound.receive(scope["app"].state.telephony, match[1], match[2], Request(scope, receive))
        except Exception as exc:
            response = await handled(scope, exc)
        await response(scope, receive, send)

"""The softphones' poll, `GET /v1/calls/{call_id}/decision`, and the transcripts service's question on every
redacted read, `GET /v1/consent-settings/phone-region`, answered before FastAPI's routing and dependency
machinery, which costs more CPU than the read itself.

Only the plain case is answered here: no query string, an internal token already verified (and
cached) by an earlier request, a role that may make the read, a stored decision that is still fresh
(the region: a token that is not a softphone's). Everything else (first sight of a token, `?at=`, a
malformed id, an unknown call, a stale decision, a database error) falls through to the FastAPI route,
which answers it with the same rules and the same problem responses; so this module adds speed, never
behaviour.
"""

from types import SimpleNamespace
from uuid import UUID

from starlette.types import ASGIApp, Receive, Scope, Send

from services.common.auth import bearer_token_from_scope
from services.common.permissions import roles_for
from services.recording_consent import registry, service
from services.recording_consent.schemas import PhoneRegionRead
from services.recording_consent.service import Context

PREFIX, SUFFIX = "/v1/calls/", "/decision"
REGION = "/v1/consent-settings/phone-region"
ROUTE = PREFIX + "{call_id}" + SUFFIX
_UUID_LENGTH = 36
_ROUTE = SimpleNamespace(path=ROUTE)


async def _answer(scope: Scope, send: Send, route: SimpleNamespace, body: bytes) -> None:
    scope["route"] = route  # metrics and logs name the route's template, as for every route
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _principal(scope: Scope, readers: frozenset):
    """The caller of a token an earlier request verified, when one of its roles may make the read."""
    token = bearer_token_from_scope(scope)
    principal = scope["app"].state.verified_tokens.get(token) if token else None
    return principal if principal is not None and principal.roles & readers else None


class DecisionFastPath:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.readers = roles_for("GET", ROUTE)  # the route's own line in the permission table

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if (scope["type"] != "http" or scope["method"] != "GET" or scope["query_string"]
                or len(path) != len(PREFIX) + _UUID_LENGTH + len(SUFFIX)
                or not path.startswith(PREFIX) or not path.endswith(SUFFIX)):
            await self.app(scope, receive, send)
            return
        document = await self._read(scope, path[len(PREFIX):-len(SUFFIX)])
        if document is None:
            await self.app(scope, receive, send)
            return
        await _answer(scope, send, _ROUTE, document.encode())

    async def _read(self, scope: Scope, raw_id: str) -> str | None:
        state = scope["app"].state
        if (principal := _principal(scope, self.readers)) is None:
            return None
        try:
            call_id = UUID(raw_id)
            ctx = Context(principal.tenant_id, state.crypto, state.rules)
            return await service.read_fresh_decision(state.driver_pool, ctx, call_id, principal.agent_id)
        except Exception:  # whatever it is, the route answers it properly
            return None


class PhoneRegionFastPath:
    """`GET /v1/consent-settings/phone-region`: one statement on the driver pool, as the route's. A softphone
    token (which the route refuses everywhere but its few routes) is handed to the route."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.readers = roles_for("GET", REGION)
        self.route = SimpleNamespace(path=REGION)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] != "GET" or scope["query_string"]
                or scope.get("path") != REGION or (region := await self._read(scope)) is None):
            await self.app(scope, receive, send)
            return
        await _answer(scope, send, self.route, region.model_dump_json().encode())

    async def _read(self, scope: Scope) -> PhoneRegionRead | None:
        principal = _principal(scope, self.readers)
        if principal is None or principal.agent_id is not None:
            return None
        state = scope["app"].state
        try:
            return await registry.phone_region(state.driver_pool, Context(principal.tenant_id, state.crypto,
                                                                          state.rules))
        except Exception:  # whatever it is, the route answers it properly
            return None

"""The softphones' poll, `GET /v1/calls/{call_id}/decision`, answered before FastAPI's routing and
dependency machinery, which costs more CPU than the read itself.

Only the plain case is answered here: no query string, an internal token already verified (and
cached) by an earlier request, a role that may read decisions, a stored decision that is still
fresh. Everything else (first sight of a token, `?at=`, a malformed id, an unknown call, a stale
decision, a database error) falls through to the FastAPI route, which answers it with the same
rules and the same problem responses; so this module adds speed, never behaviour.
"""

from types import SimpleNamespace
from uuid import UUID

from starlette.types import ASGIApp, Receive, Scope, Send

from services.common.auth import bearer_token_from_scope
from services.common.permissions import roles_for
from services.recording_consent import service
from services.recording_consent.service import Context

PREFIX, SUFFIX = "/v1/calls/", "/decision"
ROUTE = PREFIX + "{call_id}" + SUFFIX
_UUID_LENGTH = 36
_ROUTE = SimpleNamespace(path=ROUTE)


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
        scope["route"] = _ROUTE  # metrics and logs name the route's template, as for every route
        body = document.encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def _read(self, scope: Scope, raw_id: str) -> str | None:
        token = bearer_token_from_scope(scope)
        state = scope["app"].state
        principal = state.verified_tokens.get(token) if token else None
        if principal is None or not principal.roles & self.readers:
            return None
        try:
            call_id = UUID(raw_id)
            ctx = Context(principal.tenant_id, state.crypto, state.rules)
            return await service.read_fresh_decision(state.driver_pool, ctx, call_id, principal.agent_id)
        except Exception:  # whatever it is, the route answers it properly
            return None

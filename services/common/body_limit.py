"""Request bodies bounded before anything reads them, on every route of every service and before
authentication. FastAPI parses a JSON body before a route's dependencies (authentication among them)
run, so without this an unauthenticated caller could make a service hold a body of any size in
memory. A declared `Content-Length` over the limit is a 413 at once, nothing read; a body sent
without one (chunked) is cut off with a 413 as soon as it passes the limit. Some paths (a provider's
webhooks: a few KB) have a smaller limit of their own.
"""

from collections.abc import Sequence

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.errors import CallvaultError, handled


class BodyTooLarge(CallvaultError, HTTPException):
    """Also an HTTPException: FastAPI lets those through from reading a body (anything else raised
    there becomes its 400 "error parsing the body"); rendered as every CallvaultError is."""

    status, slug, title = 413, "body-too-large", "The request body is too large"

    def __init__(self, detail: str) -> None:
        CallvaultError.__init__(self, detail)
        self.status_code = self.status


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int, smaller: Sequence[tuple[str, int]] = ()) -> None:
        self.app, self.limit, self.smaller = app, limit, tuple(smaller)

    def limit_for(self, path: str) -> int:
        return next((limit for prefix, limit in self.smaller if path.startswith(prefix)), self.limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = next((value for name, value in scope["headers"] if name == b"content-length"), None)
        try:
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge(f"the body is {int(declared)} bytes; at most {limit} are accepted here")
            await self.app(scope, _bounded(receive, limit), send)
        except BodyTooLarge as exc:  # answered here only when nothing inside answered it first
            response = await handled(scope, exc)
            await response(scope, receive, send)


def _bounded(receive: Receive, limit: int) -> Receive:
    received = 0

    async def bounded() -> Message:
        nonlocal received
        message = await receive()
        if message["type"] == "http.request":
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(f"the body passed {limit} bytes, the most accepted here")
        return message

    return bounded

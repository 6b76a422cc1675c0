"""Request bodies bounded before anything reads them, on every route of every service and before
authentication. FastAPI parses a JSON body before a route's dependencies (authentication among them)
run, so without this an unauthenticated caller could make a service hold a body of any size in
memory. A declared `Content-Length` over the limit is a 413 at once, nothing read; a body sent
without one (chunked) is cut off with a 413 as soon as it passes the limit. Some paths (a provider's
webhooks: a few KB) have a smaller limit of their own.

Each body is bounded, and so are all of them together: the bytes the service has received of the
bodies of requests still being handled are counted, and a chunk that would take them past
`in_flight` is a 503 with Retry-After. Otherwise a thousand callers, none authenticated, each sending
a body just under the limit, would make the service hold gigabytes. What is counted is what arrived,
not what was declared: a caller that declares much and sends slowly holds only what it sent.
"""

from collections.abc import Sequence

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.common.errors import RETRY_AFTER_SECONDS, CallvaultError, handled


class BodyTooLarge(CallvaultError, HTTPException):
    """Also an HTTPException: FastAPI lets those through from reading a body (anything else raised
    there becomes its 400 "error parsing the body"); rendered as every CallvaultError is."""

    status, slug, title = 413, "body-too-large", "The request body is too large"

    def __init__(self, detail: str) -> None:
        CallvaultError.__init__(self, detail)
        self.status_code = self.status


class BodiesInFlight(CallvaultError, HTTPException):
    """A 503: the service holds as many bytes of request bodies as it may; an HTTPException as above."""

    status, slug, title = 503, "request-bodies-in-flight", "The service is receiving too many request bodies"

    def __init__(self, detail: str) -> None:
        CallvaultError.__init__(self, detail)
        self.status_code = self.status
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}


class BodyLimit:
    def __init__(self, app: ASGIApp, limit: int, smaller: Sequence[tuple[str, int]] = (),
                 in_flight: int | None = None) -> None:
        self.app, self.limit, self.smaller = app, limit, tuple(smaller)
        self.in_flight = in_flight  # the most bytes of bodies held at once, every request together
        self.held = 0  # one event loop per app: no lock needed

    def limit_for(self, path: str) -> int:
        return next((limit for prefix, limit in self.smaller if path.startswith(prefix)), self.limit)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        declared = next((value for name, value in scope["headers"] if name == b"content-length"), None)
        received = 0

        async def bounded() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request" and (size := len(message.get("body", b""))):
                if received + size > limit:
                    raise BodyTooLarge(f"the body passed {limit} bytes, the most accepted here")
                if self.in_flight is not None and self.held + size > self.in_flight:
                    raise BodiesInFlight("the service is receiving as many request bodies as it may hold; "
                                         "retry later")
                received += size
                self.held += size
            return message

        try:
            if declared is not None and declared.isdigit() and int(declared) > limit:
                raise BodyTooLarge(f"the body is {int(declared)} bytes; at most {limit} are accepted here")
            await self.app(scope, bounded, send)
        except (BodyTooLarge, BodiesInFlight) as exc:  # answered here only when nothing inside answered it first
            response = await handled(scope, exc)
            await response(scope, receive, send)
        finally:
            self.held -= received

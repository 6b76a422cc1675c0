"""The console's way to the data: the gateway's own public API, called in-process with the signed-in
person's credential. Every page goes through the same front door as any client (authentication,
rate limits, the permission table, the services' row-level security), so the console can show and
do nothing its user could not do with curl.
"""

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx
from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

from services.common.errors import handled
from services.gateway.console.session import Session
from services.gateway.proxy import forward


@dataclass
class ApiError(Exception):
    """An answer of the API that was not a success, as its problem document says."""

    status: int
    title: str
    detail: str

    @classmethod
    def from_response(cls, response: httpx.Response) -> "ApiError":
        try:
            problem = response.json()
        except ValueError:
            problem = {}
        problem = problem if isinstance(problem, dict) else {}
        return cls(response.status_code, str(problem.get("title") or response.reason_phrase),
                   str(problem.get("detail") or ""))


class ConsoleApi:
    def __init__(self, app: FastAPI) -> None:
        self._app = app
        self._http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=("127.0.0.1", 0)),
                                       base_url="http://console.internal")

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, request: Request, session: Session, method: str, path: str, *,
                   params: dict | None = None, json: Any = None) -> Any:
        """The JSON answer of one API request (None for 204), or ApiError. Run as a task of its own:
        the inner request binds its own logging context, which must not replace the page's."""
        headers = {"authorization": f"Bearer {session.credential}",
                   "x-request-id": request.state.request_id if hasattr(request.state, "request_id") else ""}
        # None when empty: httpx replaces a path's own query string with any params given, even {}
        params = {k: v for k, v in (params or {}).items() if v not in (None, "")} or None
        response = await asyncio.create_task(self._http.request(method, path, params=params, json=json,
                                                                headers=headers))
        if response.status_code >= 400:
            raise ApiError.from_response(response)
        return None if response.status_code == 204 or not response.content else response.json()

    async def get_many(self, request: Request, session: Session, **paths: str) -> dict[str, Any]:
        """Several GETs at once, by name; a refused one (the role may not, say) is an ApiError in place."""
        names = list(paths)
        answers = await asyncio.gather(*(self.call(request, session, "GET", paths[n]) for n in names),
                                       return_exceptions=True)
        for answer in answers:
            if isinstance(answer, Exception) and not isinstance(answer, ApiError):
                raise answer
        return dict(zip(names, answers, strict=True))

    async def stream(self, request: Request, session: Session, path: str) -> Response:
        """A server-sent-events route of the API, passed through as it comes (the proxy's own path)."""
        scope = {**request.scope, "path": path, "raw_path": path.encode(), "query_string": b"",
                 "headers": [(b"authorization", f"Bearer {session.credential}".encode()),
                             (b"accept", b"text/event-stream"),
                             *[(k, v) for k, v in request.scope["headers"] if k == b"last-event-id"]]}
        try:
            return await forward(scope, request.receive, "recording_consent")
        except Exception as exc:
            return await handled(scope, exc)

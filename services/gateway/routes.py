"""Public routes of the gateway: everything under /v1 is authenticated and forwarded."""

from fastapi import APIRouter, Request, Response

from services.gateway.deps import CallerDep
from services.gateway.routing import forward

router = APIRouter()


@router.api_route("/v1/{path:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                  include_in_schema=False)
async def proxy(request: Request, caller: CallerDep) -> Response:
    """Authenticate, then hand the request to the service that owns the path."""
    return await forward(request, caller, request.app.state.http, request.app.state.settings)

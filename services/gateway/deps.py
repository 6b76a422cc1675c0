"""Dependency aliases of the gateway's own routes."""

from typing import Annotated

import structlog
from fastapi import Depends, Request

from services.common import permissions
from services.common.auth import Principal, bearer_token
from services.gateway.authentication import authenticate


async def _caller(request: Request) -> Principal:
    """Who is calling, within their rate limits, refused unless the permission table lets one of their
    roles in."""
    state = request.app.state
    principal, limit = await authenticate(state.engine, state.auth, bearer_token(request))
    structlog.contextvars.bind_contextvars(tenant_id=str(principal.tenant_id))
    state.limiter.admit(principal, limit)
    permissions.check(request, principal)
    return principal


CallerDep = Annotated[Principal, Depends(_caller)]

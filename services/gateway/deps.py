"""Dependency aliases of the gateway's own routes."""

from typing import Annotated

import structlog
from fastapi import Depends, Request

from services.common import permissions
from services.common.auth import Principal, bearer_token
from services.common.deps import from_state
from services.gateway.authentication import Authenticators, authenticate
from services.gateway.clients.consent_settings import ConsentSettings
from services.gateway.clients.identity_providers import SignIns
from services.gateway.clients.upstreams import Upstreams
from services.gateway.telephony.inbound import Telephony
from services.gateway.webhooks import Subscribers


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
AuthDep = Annotated[Authenticators, Depends(from_state("auth"))]
ConsentSettingsDep = Annotated[ConsentSettings, Depends(from_state("consent_settings"))]
UpstreamsDep = Annotated[Upstreams, Depends(from_state("upstreams"))]
TelephonyDep = Annotated[Telephony, Depends(from_state("telephony"))]
SubscribersDep = Annotated[Subscribers, Depends(from_state("subscribers"))]
SignInsDep = Annotated[SignIns, Depends(from_state("sign_ins"))]

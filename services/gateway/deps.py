"""Dependency aliases of the gateway."""

from typing import Annotated

from fastapi import Depends, Request

from services.common.auth import Principal, bearer_token
from services.gateway import service
from services.gateway.errors import InvalidApiKey


async def _caller(request: Request) -> Principal:
    secret = bearer_token(request)
    if secret is None:
        raise InvalidApiKey("send an API key as `Authorization: Bearer <key>`")
    return await service.authenticate_key(request.app.state.engine, secret, request.state.request_id)


CallerDep = Annotated[Principal, Depends(_caller)]

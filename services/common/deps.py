"""Dependency aliases every service uses."""

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.auth import PrincipalDep
from services.common.db import tenant_session


async def _tenant_session(request: Request, principal: PrincipalDep) -> AsyncIterator[AsyncSession]:
    async with tenant_session(request.app.state.engine, principal.tenant_id) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(_tenant_session)]

"""Dependency aliases every service uses, and `from_state`, the one reader of what an app's lifespan put
on `app.state` (routes take these aliases; they never read `request.app.state` themselves)."""

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any

import asyncpg
from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel.ext.asyncio.session import AsyncSession

from services.common.crypto.fields import FieldCrypto
from services.common.db import tenant_session
from services.common.permissions import PrincipalDep
from services.common.settings import Settings


def from_state(name: str) -> Callable[[Request], Awaitable[Any]]:
    """A dependency giving `app.state.<name>` (async: FastAPI runs a plain function in a thread)."""

    async def read(request: Request) -> Any:
        return getattr(request.app.state, name)

    read.__name__ = f"app_state_{name}"
    return read


async def _tenant_session(request: Request, principal: PrincipalDep) -> AsyncIterator[AsyncSession]:
    async with tenant_session(request.app.state.engine, principal.tenant_id) as session:
        yield session


SessionDep = Annotated[AsyncSession, Depends(_tenant_session)]
EngineDep = Annotated[AsyncEngine, Depends(from_state("engine"))]
DriverPoolDep = Annotated[asyncpg.Pool, Depends(from_state("driver_pool"))]
SettingsDep = Annotated[Settings, Depends(from_state("settings"))]
CryptoDep = Annotated[FieldCrypto, Depends(from_state("crypto"))]
PublicKeysDep = Annotated[list[str], Depends(from_state("public_keys"))]  # PEM, current first

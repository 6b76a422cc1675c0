"""Dependency aliases of the compliance console."""

from typing import Annotated

from fastapi import Depends

from services.common.deps import from_state
from services.gateway.console.api import ConsoleApi
from services.gateway.console.session import Sessions

ConsoleSessionsDep = Annotated[Sessions, Depends(from_state("console_sessions"))]
ConsoleApiDep = Annotated[ConsoleApi, Depends(from_state("console_api"))]

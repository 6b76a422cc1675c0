"""Dependency aliases of the recording-consent service."""

from typing import Annotated

from fastapi import Depends, Request

from services.common.crypto.fields import FieldCrypto


def _crypto(request: Request) -> FieldCrypto:
    return request.app.state.crypto


CryptoDep = Annotated[FieldCrypto, Depends(_crypto)]

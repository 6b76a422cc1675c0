"""A provider configuration at rest: JSON, encrypted under the tenant's field key for its column."""

import json
from uuid import UUID

from services.common.crypto.fields import FieldCrypto


def _column(provider: str) -> str:
    return f"telephony_credential.{provider}"


def seal_config(crypto: FieldCrypto, tenant_id: UUID, provider: str, config: dict) -> bytes:
    return crypto.encrypt(tenant_id, _column(provider), json.dumps(config))


def open_config(crypto: FieldCrypto, tenant_id: UUID, provider: str, sealed: bytes) -> dict:
    return json.loads(crypto.decrypt(tenant_id, _column(provider), bytes(sealed)))

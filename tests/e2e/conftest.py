"""Fixtures of the end-to-end tests."""

from uuid import uuid4

import httpx
import pytest

from services.gateway.service import ensure_tenant_with_key
from tests.telephony import Phone, standard_config, telnyx_keys, twilio_config, vonage_config


@pytest.fixture
async def phone(gateway: httpx.AsyncClient, gateway_engine) -> Phone:
    slug = f"p-{uuid4().hex[:12]}"
    _, key = await ensure_tenant_with_key(gateway_engine, "Phone tenant", slug, ["tenant_admin"], "test")
    admin = httpx.AsyncClient(base_url=str(gateway.base_url), headers={"Authorization": f"Bearer {key}"}, timeout=10)
    telnyx_key, telnyx = telnyx_keys()
    configs = {"twilio": twilio_config(), "telnyx": telnyx, "vonage": vonage_config(), "standard": standard_config()}
    for provider, config in configs.items():
        response = await admin.put(f"/v1/telephony/{provider}", json=config)
        assert response.status_code == 200, response.text
    yield Phone(gateway, admin, slug, str(gateway.base_url).rstrip("/"), configs["twilio"], telnyx, telnyx_key,
                configs["vonage"], configs["standard"])
    await admin.aclose()

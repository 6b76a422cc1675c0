"""Fixtures of the end-to-end tests."""

from uuid import uuid4

import httpx
import pytest

from services.common.crypto.providers import kms_from
from services.common.crypto.signing import Signer
from services.common.db import create_engine
from services.gateway.service import ensure_tenant_with_key
from services.transcripts.clients.objects import ObjectStore
from services.transcripts.lifecycle.purge import Purger
from tests.helpers.consenting_calls import key_with_roles
from tests.helpers.signed_webhooks import Phone, standard_config, telnyx_keys, twilio_config, vonage_config
from tests.helpers.support import ConsentApi


@pytest.fixture
async def phone(gateway: httpx.AsyncClient, gateway_engine) -> Phone:
    slug = f"p-{uuid4().hex[:12]}"
    _, key = await ensure_tenant_with_key(gateway_engine, "Phone tenant", slug, ["tenant_admin"], "test")
    admin = httpx.AsyncClient(base_url=str(gateway.base_url), headers={"Authorization": f"Bearer {key}"}, timeout=10,
                              limits=httpx.Limits(keepalive_expiry=1.0))  # see the gateway fixture
    telnyx_key, telnyx = telnyx_keys()
    configs = {"twilio": twilio_config(), "telnyx": telnyx, "vonage": vonage_config(), "standard": standard_config()}
    for provider, config in configs.items():
        response = await admin.put(f"/v1/telephony/{provider}", json=config)
        assert response.status_code == 200, response.text
    yield Phone(gateway, admin, slug, str(gateway.base_url).rstrip("/"), configs["twilio"], telnyx, telnyx_key,
                configs["vonage"], configs["standard"])
    await admin.aclose()


# The lifecycle's (tests/e2e/test_lifecycle*.py)

@pytest.fixture
def api(gateway, tenant_key) -> ConsentApi:
    return ConsentApi(gateway, {"Authorization": f"Bearer {tenant_key[1]}"})


@pytest.fixture
async def officer(gateway, api) -> ConsentApi:
    return ConsentApi(gateway, await key_with_roles(gateway, api.headers, "compliance_officer"))


@pytest.fixture(scope="module")
async def owner(settings):
    """The transcripts database as its owner (row-level security still applies: a session sets its tenant)."""
    engine = create_engine(settings.service_database_url("transcripts", owner=True), pool_size=2)
    yield engine
    await engine.dispose()


@pytest.fixture(scope="module")
async def purger(settings):
    """A purge worker in the test's process, as `callvault worker` runs one."""
    engine = create_engine(settings.service_database_url("transcripts"), pool_size=2)
    store, kms = ObjectStore(settings), kms_from(settings)
    await store.open()
    yield Purger(engine, store, Signer.from_pem(settings.secret("signing_key")), kms)
    await store.close()
    await engine.dispose()
    await kms.close()

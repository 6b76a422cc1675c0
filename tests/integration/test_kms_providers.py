"""Every KMS provider keeps the same promises: a data key wraps for one tenant only, rotation adds a
version that rewrapping moves keys onto, and a retired version no longer unwraps. `local` for real;
Vault Transit and AWS KMS against their HTTP APIs faked at the HTTP layer."""

from collections.abc import AsyncIterator
from pathlib import Path
from uuid import uuid4

import pytest

from services.common.crypto.fields import generate_master_key
from services.common.crypto.keyring import ensure_keyring
from services.common.crypto.kms import Kms, KmsUnavailable, UnknownKeyVersion
from services.common.crypto.providers import kms_from
from services.common.settings import Settings
from tests.helpers.kms_fakes import AwsKmsFake, VaultFake


@pytest.fixture(params=["local", "vault", "aws-kms"])
async def kms(request, tmp_path: Path, monkeypatch) -> AsyncIterator[Kms]:
    settings = Settings(master_key=generate_master_key(), keyring_path=tmp_path / "keyring.bin",
                        kms_provider=request.param)
    fake = None
    if request.param == "local":
        ensure_keyring(settings)
    elif request.param == "vault":
        fake = VaultFake()
        settings = settings.model_copy(update={"vault_url": fake.url, "vault_token": VaultFake.TOKEN})
    else:
        fake = AwsKmsFake()
        for name, value in {"AWS_ACCESS_KEY_ID": "AKIATEST", "AWS_SECRET_ACCESS_KEY": "secret"}.items():
            monkeypatch.setenv(name, value)
        settings = settings.model_copy(update={"aws_kms_key_id": "alias/callvault", "aws_kms_endpoint_url": fake.url})
    provider = kms_from(settings)
    yield provider
    await provider.close()
    if fake is not None:
        fake.stop()


async def test_a_data_key_unwraps_for_its_tenant_only(kms):
    tenant, other = uuid4(), uuid4()
    data_key, wrapped = await kms.generate(tenant)
    assert len(data_key) == 32 and data_key not in wrapped.blob
    assert await kms.unwrap(tenant, wrapped) == data_key
    with pytest.raises((UnknownKeyVersion, KmsUnavailable)):
        await kms.unwrap(other, wrapped)


async def test_rotation_rewraps_onto_the_new_version_and_retiring_the_old_one_ends_it(kms):
    tenant = uuid4()
    data_key, old = await kms.generate(tenant)
    version = await kms.rotate(tenant)
    moved = await kms.rewrap(tenant, old)
    assert await kms.unwrap(tenant, moved) == data_key
    if kms.name == "aws-kms":  # AWS keeps versions itself: one version as callvault sees it, nothing to retire
        assert (version, moved.kek_version, await kms.versions(tenant)) == (1, 1, [1])
        return
    assert version == old.kek_version + 1 == moved.kek_version == await kms.current_version(tenant)
    assert await kms.unwrap(tenant, old) == data_key  # until retired, the old version still unwraps
    await kms.retire(tenant, version)
    assert await kms.versions(tenant) == [version]
    with pytest.raises(UnknownKeyVersion):
        await kms.unwrap(tenant, old)
    assert await kms.unwrap(tenant, moved) == data_key


async def test_the_vault_token_is_required():
    fake = VaultFake()
    try:
        kms = kms_from(Settings(kms_provider="vault", vault_url=fake.url, vault_token="s.wrong",
                                master_key=generate_master_key()))
        with pytest.raises(KmsUnavailable):
            await kms.generate(uuid4())
        await kms.close()
    finally:
        fake.stop()

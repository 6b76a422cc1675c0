"""The KMS provider the settings choose (`CALLVAULT_KMS_PROVIDER`): apart from `kms.py`, which every
provider imports for the interface, so that the interface does not import its implementations."""

from services.common.crypto import aws_kms, keyring, vault
from services.common.crypto.kms import Kms
from services.common.settings import Settings

PROVIDERS = {"local": keyring.LocalKms, "vault": vault.VaultKms, "aws-kms": aws_kms.AwsKms}


def kms_from(settings: Settings) -> Kms:
    return PROVIDERS[settings.kms_provider](settings)

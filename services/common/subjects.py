"""The blind indexes a data subject is found by, the same in every service: a phone number normalized
(E.164 in the tenant's region, else its digits), an email trimmed and lower-cased, an external id as
given, each keyed by the tenant and its kind. One place, so that the consent service's index of a number
is the one the transcripts service, its legal holds and its privacy requests look for."""

from uuid import UUID

from services.common.crypto.fields import FieldCrypto
from services.common.phones import normalize_phone

PHONE, EMAIL, EXTERNAL_ID = "phone", "email", "external_id"


def phone_index(crypto: FieldCrypto, tenant_id: UUID, phone_number: str, region: str) -> str:
    return crypto.blind_index(tenant_id, PHONE, normalize_phone(phone_number, region))


def email_index(crypto: FieldCrypto, tenant_id: UUID, email: str) -> str:
    return crypto.blind_index(tenant_id, EMAIL, email.strip().lower())


def external_id_index(crypto: FieldCrypto, tenant_id: UUID, external_id: str) -> str:
    return crypto.blind_index(tenant_id, EXTERNAL_ID, external_id)


def other_indexes(crypto: FieldCrypto, tenant_id: UUID, emails: list[str], external_ids: list[str]
                  ) -> set[tuple[str, str]]:
    """(kind, index) of a subject's emails and external ids."""
    return ({(EMAIL, email_index(crypto, tenant_id, e)) for e in emails}
            | {(EXTERNAL_ID, external_id_index(crypto, tenant_id, x)) for x in external_ids})

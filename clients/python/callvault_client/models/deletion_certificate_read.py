from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deletion_certificate_read_reason import DeletionCertificateReadReason
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
    from ..models.deletion_certificate_read_claims import DeletionCertificateReadClaims


T = TypeVar("T", bound="DeletionCertificateRead")


@_attrs_define
class DeletionCertificateRead:
    """
    Attributes:
        call_id (UUID):
        claims (DeletionCertificateReadClaims): What the JWS signs: ids, subject blind indexes, reason and its cause,
            times, object keys and their ciphertexts' SHA-256, and `provider_copies`: where the deletion of the provider's
            recordings of the call is recorded, against this certificate's id
        id (UUID):
        issued_at (datetime.datetime):
        jws (str): Compact JWS, `alg` Ed25519 (older: EdDSA); verify with the key named by `kid` in /.well-
            known/jwks.json
        reason (DeletionCertificateReadReason):
        transcript_id (UUID):
    """

    call_id: UUID
    claims: DeletionCertificateReadClaims
    id: UUID
    issued_at: datetime.datetime
    jws: str
    reason: DeletionCertificateReadReason
    transcript_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.deletion_certificate_read_claims import (
            DeletionCertificateReadClaims,
        )  # noqa: PLC0415

        call_id = str(self.call_id)

        claims = self.claims.to_dict()

        id = str(self.id)

        issued_at = self.issued_at.isoformat()

        jws = self.jws

        reason = self.reason.value

        transcript_id = str(self.transcript_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "claims": claims,
                "id": id,
                "issued_at": issued_at,
                "jws": jws,
                "reason": reason,
                "transcript_id": transcript_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deletion_certificate_read_claims import (
            DeletionCertificateReadClaims,
        )  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        claims = DeletionCertificateReadClaims.from_dict(d.pop("claims"))

        id = UUID(d.pop("id"))

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        jws = d.pop("jws")

        reason = DeletionCertificateReadReason(d.pop("reason"))

        transcript_id = UUID(d.pop("transcript_id"))

        deletion_certificate_read = cls(
            call_id=call_id,
            claims=claims,
            id=id,
            issued_at=issued_at,
            jws=jws,
            reason=reason,
            transcript_id=transcript_id,
        )

        deletion_certificate_read.additional_properties = d
        return deletion_certificate_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

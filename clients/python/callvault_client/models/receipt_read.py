from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.receipt_evidence import ReceiptEvidence
    from ..models.receipt_read_claims import ReceiptReadClaims


T = TypeVar("T", bound="ReceiptRead")


@_attrs_define
class ReceiptRead:
    """
    Attributes:
        claims (ReceiptReadClaims):
        evidence (None | ReceiptEvidence): The entry's inclusion in the signed log; null only when the entry could not
            be sealed in time (ask again)
        jws (str): Compact JWS, `alg` Ed25519 (older: EdDSA); verify with the key named by `kid` in /.well-
            known/jwks.json
        receipt_id (UUID):
    """

    claims: ReceiptReadClaims
    evidence: None | ReceiptEvidence
    jws: str
    receipt_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.receipt_evidence import ReceiptEvidence  # noqa: PLC0415
        from ..models.receipt_read_claims import ReceiptReadClaims  # noqa: PLC0415

        claims = self.claims.to_dict()

        evidence: dict[str, Any] | None
        if isinstance(self.evidence, ReceiptEvidence):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence

        jws = self.jws

        receipt_id = str(self.receipt_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "claims": claims,
                "evidence": evidence,
                "jws": jws,
                "receipt_id": receipt_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_evidence import ReceiptEvidence  # noqa: PLC0415
        from ..models.receipt_read_claims import ReceiptReadClaims  # noqa: PLC0415

        d = dict(src_dict)
        claims = ReceiptReadClaims.from_dict(d.pop("claims"))

        def _parse_evidence(data: object) -> None | ReceiptEvidence:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = ReceiptEvidence.from_dict(data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReceiptEvidence, data)

        evidence = _parse_evidence(d.pop("evidence"))

        jws = d.pop("jws")

        receipt_id = UUID(d.pop("receipt_id"))

        receipt_read = cls(
            claims=claims,
            evidence=evidence,
            jws=jws,
            receipt_id=receipt_id,
        )

        receipt_read.additional_properties = d
        return receipt_read

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

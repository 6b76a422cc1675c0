from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.receipt_evidence_entry import ReceiptEvidenceEntry


T = TypeVar("T", bound="ReceiptEvidence")


@_attrs_define
class ReceiptEvidence:
    """
    Attributes:
        audit_path (list[str]): RFC 9162 inclusion proof, hex, from the leaf up
        entry (ReceiptEvidenceEntry): The ledger entry; its canonical JSON is the leaf
        leaf_index (int):
        tree_head (str): The signed tree head (compact JWS) the proof leads to
        tree_size (int):
    """

    audit_path: list[str]
    entry: ReceiptEvidenceEntry
    leaf_index: int
    tree_head: str
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.receipt_evidence_entry import ReceiptEvidenceEntry  # noqa: PLC0415

        audit_path = self.audit_path

        entry = self.entry.to_dict()

        leaf_index = self.leaf_index

        tree_head = self.tree_head

        tree_size = self.tree_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audit_path": audit_path,
                "entry": entry,
                "leaf_index": leaf_index,
                "tree_head": tree_head,
                "tree_size": tree_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.receipt_evidence_entry import ReceiptEvidenceEntry  # noqa: PLC0415

        d = dict(src_dict)
        audit_path = cast(list[str], d.pop("audit_path"))

        entry = ReceiptEvidenceEntry.from_dict(d.pop("entry"))

        leaf_index = d.pop("leaf_index")

        tree_head = d.pop("tree_head")

        tree_size = d.pop("tree_size")

        receipt_evidence = cls(
            audit_path=audit_path,
            entry=entry,
            leaf_index=leaf_index,
            tree_head=tree_head,
            tree_size=tree_size,
        )

        receipt_evidence.additional_properties = d
        return receipt_evidence

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

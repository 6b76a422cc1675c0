from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="InclusionProof")


@_attrs_define
class InclusionProof:
    """
    Attributes:
        audit_path (list[str]): RFC 9162 2.1.3.1, from the leaf up
        leaf_hash (str): SHA-256 of 0x00 and the entry's canonical content (RFC 9162 2.1.1)
        leaf_index (int):
        tree_size (int):
    """

    audit_path: list[str]
    leaf_hash: str
    leaf_index: int
    tree_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_path = self.audit_path

        leaf_hash = self.leaf_hash

        leaf_index = self.leaf_index

        tree_size = self.tree_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audit_path": audit_path,
                "leaf_hash": leaf_hash,
                "leaf_index": leaf_index,
                "tree_size": tree_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audit_path = cast(list[str], d.pop("audit_path"))

        leaf_hash = d.pop("leaf_hash")

        leaf_index = d.pop("leaf_index")

        tree_size = d.pop("tree_size")

        inclusion_proof = cls(
            audit_path=audit_path,
            leaf_hash=leaf_hash,
            leaf_index=leaf_index,
            tree_size=tree_size,
        )

        inclusion_proof.additional_properties = d
        return inclusion_proof

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

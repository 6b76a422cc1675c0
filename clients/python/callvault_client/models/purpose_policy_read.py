from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.purpose_policy_read_clarity import PurposePolicyReadClarity


T = TypeVar("T", bound="PurposePolicyRead")


@_attrs_define
class PurposePolicyRead:
    """
    Attributes:
        citation (str):
        clarity (PurposePolicyReadClarity):
        name (str):
        source_url (str):
    """

    citation: str
    clarity: PurposePolicyReadClarity
    name: str
    source_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        citation = self.citation

        clarity = self.clarity.value

        name = self.name

        source_url = self.source_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citation": citation,
                "clarity": clarity,
                "name": name,
                "source_url": source_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        citation = d.pop("citation")

        clarity = PurposePolicyReadClarity(d.pop("clarity"))

        name = d.pop("name")

        source_url = d.pop("source_url")

        purpose_policy_read = cls(
            citation=citation,
            clarity=clarity,
            name=name,
            source_url=source_url,
        )

        purpose_policy_read.additional_properties = d
        return purpose_policy_read

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

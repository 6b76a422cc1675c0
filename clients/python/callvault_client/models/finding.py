from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.entity_type import EntityType


T = TypeVar("T", bound="Finding")


@_attrs_define
class Finding:
    """Something the redacted view hid: its type, where it was, which recognizer found it; never the value.

    Attributes:
        end (int):
        recognizer (str):
        segment (int):
        start (int): Offset into the segment's original text
        type_ (EntityType):
    """

    end: int
    recognizer: str
    segment: int
    start: int
    type_: EntityType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        recognizer = self.recognizer

        segment = self.segment

        start = self.start

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "recognizer": recognizer,
                "segment": segment,
                "start": start,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        recognizer = d.pop("recognizer")

        segment = d.pop("segment")

        start = d.pop("start")

        type_ = EntityType(d.pop("type"))

        finding = cls(
            end=end,
            recognizer=recognizer,
            segment=segment,
            start=start,
            type_=type_,
        )

        finding.additional_properties = d
        return finding

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

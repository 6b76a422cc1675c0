from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.entity_type import EntityType
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="RedactedEntity")


@_attrs_define
class RedactedEntity:
    """
    Attributes:
        end (int):
        recognizer (str):
        start (int): Offset into the text (or the segment) as given
        type_ (EntityType):
        segment (int | None | Unset): The segment, when `segments` were given
    """

    end: int
    recognizer: str
    start: int
    type_: EntityType
    segment: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        recognizer = self.recognizer

        start = self.start

        type_ = self.type_.value

        segment: int | None | Unset
        if isinstance(self.segment, Unset):
            segment = UNSET
        else:
            segment = self.segment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end": end,
                "recognizer": recognizer,
                "start": start,
                "type": type_,
            }
        )
        if segment is not UNSET:
            field_dict["segment"] = segment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        recognizer = d.pop("recognizer")

        start = d.pop("start")

        type_ = EntityType(d.pop("type"))

        def _parse_segment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        segment = _parse_segment(d.pop("segment", UNSET))

        redacted_entity = cls(
            end=end,
            recognizer=recognizer,
            start=start,
            type_=type_,
            segment=segment,
        )

        redacted_entity.additional_properties = d
        return redacted_entity

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

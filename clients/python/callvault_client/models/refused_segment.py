from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID


T = TypeVar("T", bound="RefusedSegment")


@_attrs_define
class RefusedSegment:
    """
    Attributes:
        end_ms (int):
        index (int): Position in the request's `segments`
        participant_id (UUID):
        reason (str):
        start_ms (int):
    """

    end_ms: int
    index: int
    participant_id: UUID
    reason: str
    start_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_ms = self.end_ms

        index = self.index

        participant_id = str(self.participant_id)

        reason = self.reason

        start_ms = self.start_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_ms": end_ms,
                "index": index,
                "participant_id": participant_id,
                "reason": reason,
                "start_ms": start_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_ms = d.pop("end_ms")

        index = d.pop("index")

        participant_id = UUID(d.pop("participant_id"))

        reason = d.pop("reason")

        start_ms = d.pop("start_ms")

        refused_segment = cls(
            end_ms=end_ms,
            index=index,
            participant_id=participant_id,
            reason=reason,
            start_ms=start_ms,
        )

        refused_segment.additional_properties = d
        return refused_segment

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

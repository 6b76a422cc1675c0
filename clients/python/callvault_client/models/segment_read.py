from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID


T = TypeVar("T", bound="SegmentRead")


@_attrs_define
class SegmentRead:
    """
    Attributes:
        end_ms (int):
        participant_id (UUID):
        start_ms (int):
        confidence (float | None | Unset):
        removed (bool | Unset):  Default: False.
        removed_reason (None | str | Unset):
        text (None | str | Unset): null for a segment removed for lack of consent
    """

    end_ms: int
    participant_id: UUID
    start_ms: int
    confidence: float | None | Unset = UNSET
    removed: bool | Unset = False
    removed_reason: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_ms = self.end_ms

        participant_id = str(self.participant_id)

        start_ms = self.start_ms

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        removed = self.removed

        removed_reason: None | str | Unset
        if isinstance(self.removed_reason, Unset):
            removed_reason = UNSET
        else:
            removed_reason = self.removed_reason

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_ms": end_ms,
                "participant_id": participant_id,
                "start_ms": start_ms,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if removed is not UNSET:
            field_dict["removed"] = removed
        if removed_reason is not UNSET:
            field_dict["removed_reason"] = removed_reason
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_ms = d.pop("end_ms")

        participant_id = UUID(d.pop("participant_id"))

        start_ms = d.pop("start_ms")

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        removed = d.pop("removed", UNSET)

        def _parse_removed_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        removed_reason = _parse_removed_reason(d.pop("removed_reason", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        segment_read = cls(
            end_ms=end_ms,
            participant_id=participant_id,
            start_ms=start_ms,
            confidence=confidence,
            removed=removed,
            removed_reason=removed_reason,
            text=text,
        )

        segment_read.additional_properties = d
        return segment_read

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.due_counts import DueCounts


T = TypeVar("T", bound="RetentionPreview")


@_attrs_define
class RetentionPreview:
    """
    Attributes:
        awaiting_call_end (int): Transcripts whose call has not ended yet (their clock has not started)
        current (DueCounts):
        held (int): Of those due now under the proposal, kept by a legal hold
        proposed (DueCounts):
    """

    awaiting_call_end: int
    current: DueCounts
    held: int
    proposed: DueCounts
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.due_counts import DueCounts  # noqa: PLC0415

        awaiting_call_end = self.awaiting_call_end

        current = self.current.to_dict()

        held = self.held

        proposed = self.proposed.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "awaiting_call_end": awaiting_call_end,
                "current": current,
                "held": held,
                "proposed": proposed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.due_counts import DueCounts  # noqa: PLC0415

        d = dict(src_dict)
        awaiting_call_end = d.pop("awaiting_call_end")

        current = DueCounts.from_dict(d.pop("current"))

        held = d.pop("held")

        proposed = DueCounts.from_dict(d.pop("proposed"))

        retention_preview = cls(
            awaiting_call_end=awaiting_call_end,
            current=current,
            held=held,
            proposed=proposed,
        )

        retention_preview.additional_properties = d
        return retention_preview

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

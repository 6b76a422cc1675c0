from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.purge_due_item import PurgeDueItem


T = TypeVar("T", bound="PurgeDue")


@_attrs_define
class PurgeDue:
    """What a purge pass would do now: nothing is deleted.

    Attributes:
        items (list[PurgeDueItem]): Soonest expired first, at most 1,000
        kept (int):
        truncated (bool): More are due than listed
        would_purge (int):
    """

    items: list[PurgeDueItem]
    kept: int
    truncated: bool
    would_purge: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.purge_due_item import PurgeDueItem  # noqa: PLC0415

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        kept = self.kept

        truncated = self.truncated

        would_purge = self.would_purge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "kept": kept,
                "truncated": truncated,
                "would_purge": would_purge,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.purge_due_item import PurgeDueItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PurgeDueItem.from_dict(items_item_data)

            items.append(items_item)

        kept = d.pop("kept")

        truncated = d.pop("truncated")

        would_purge = d.pop("would_purge")

        purge_due = cls(
            items=items,
            kept=kept,
            truncated=truncated,
            would_purge=would_purge,
        )

        purge_due.additional_properties = d
        return purge_due

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

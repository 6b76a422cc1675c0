from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.log_entry_read_content import LogEntryReadContent


T = TypeVar("T", bound="LogEntryRead")


@_attrs_define
class LogEntryRead:
    """
    Attributes:
        content (LogEntryReadContent): The entry; its canonical JSON (sorted keys, no spaces, UTF-8) is the leaf
        leaf_index (int):
    """

    content: LogEntryReadContent
    leaf_index: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_entry_read_content import LogEntryReadContent  # noqa: PLC0415

        content = self.content.to_dict()

        leaf_index = self.leaf_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "leaf_index": leaf_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_entry_read_content import LogEntryReadContent  # noqa: PLC0415

        d = dict(src_dict)
        content = LogEntryReadContent.from_dict(d.pop("content"))

        leaf_index = d.pop("leaf_index")

        log_entry_read = cls(
            content=content,
            leaf_index=leaf_index,
        )

        log_entry_read.additional_properties = d
        return log_entry_read

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

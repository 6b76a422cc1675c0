from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="ImportedEvent")


@_attrs_define
class ImportedEvent:
    """
    Attributes:
        method (str):
        occurred_at (datetime.datetime):
        party (int):
        purposes (list[str]):
        type_ (str):
    """

    method: str
    occurred_at: datetime.datetime
    party: int
    purposes: list[str]
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        occurred_at = self.occurred_at.isoformat()

        party = self.party

        purposes = self.purposes

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "occurred_at": occurred_at,
                "party": party,
                "purposes": purposes,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        method = d.pop("method")

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        party = d.pop("party")

        purposes = cast(list[str], d.pop("purposes"))

        type_ = d.pop("type")

        imported_event = cls(
            method=method,
            occurred_at=occurred_at,
            party=party,
            purposes=purposes,
            type_=type_,
        )

        imported_event.additional_properties = d
        return imported_event

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="PurgeDueItem")


@_attrs_define
class PurgeDueItem:
    """
    Attributes:
        call_id (UUID):
        expires_at (datetime.datetime):
        kept_by (list[str]): Matter ids of the legal holds that keep it (empty: it would go)
        transcript_id (UUID):
        why (str): The retention that made it due
    """

    call_id: UUID
    expires_at: datetime.datetime
    kept_by: list[str]
    transcript_id: UUID
    why: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = str(self.call_id)

        expires_at = self.expires_at.isoformat()

        kept_by = self.kept_by

        transcript_id = str(self.transcript_id)

        why = self.why

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "expires_at": expires_at,
                "kept_by": kept_by,
                "transcript_id": transcript_id,
                "why": why,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        kept_by = cast(list[str], d.pop("kept_by"))

        transcript_id = UUID(d.pop("transcript_id"))

        why = d.pop("why")

        purge_due_item = cls(
            call_id=call_id,
            expires_at=expires_at,
            kept_by=kept_by,
            transcript_id=transcript_id,
            why=why,
        )

        purge_due_item.additional_properties = d
        return purge_due_item

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="CallRetentionUpdate")


@_attrs_define
class CallRetentionUpdate:
    """
    Attributes:
        days (int):
        reason (str):
    """

    days: int
    reason: str

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "days": days,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days = d.pop("days")

        reason = d.pop("reason")

        call_retention_update = cls(
            days=days,
            reason=reason,
        )

        return call_retention_update

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.hold_scope import HoldScope


T = TypeVar("T", bound="LegalHoldCreate")


@_attrs_define
class LegalHoldCreate:
    """
    Attributes:
        matter_id (str):
        reason (str):
        scope (HoldScope): A transcript is held when it matches any of the call ids, subjects or tags given (or, when
            none
            is given, any transcript), and its call started within `from`..`to` when they are given.
    """

    matter_id: str
    reason: str
    scope: HoldScope

    def to_dict(self) -> dict[str, Any]:
        from ..models.hold_scope import HoldScope  # noqa: PLC0415

        matter_id = self.matter_id

        reason = self.reason

        scope = self.scope.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "matter_id": matter_id,
                "reason": reason,
                "scope": scope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hold_scope import HoldScope  # noqa: PLC0415

        d = dict(src_dict)
        matter_id = d.pop("matter_id")

        reason = d.pop("reason")

        scope = HoldScope.from_dict(d.pop("scope"))

        legal_hold_create = cls(
            matter_id=matter_id,
            reason=reason,
            scope=scope,
        )

        return legal_hold_create

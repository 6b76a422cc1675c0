from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.call_events import CallEvents


T = TypeVar("T", bound="CallsEventsBatch")


@_attrs_define
class CallsEventsBatch:
    """Events of many calls in one request (a telephony ingest drains its queue so): each call's
    events are applied in order and atomically, each call on its own.

        Attributes:
            calls (list[CallEvents]):
    """

    calls: list[CallEvents]

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_events import CallEvents  # noqa: PLC0415

        calls = []
        for calls_item_data in self.calls:
            calls_item = calls_item_data.to_dict()
            calls.append(calls_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "calls": calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_events import CallEvents  # noqa: PLC0415

        d = dict(src_dict)
        calls = []
        _calls = d.pop("calls")
        for calls_item_data in _calls:
            calls_item = CallEvents.from_dict(calls_item_data)

            calls.append(calls_item)

        calls_events_batch = cls(
            calls=calls,
        )

        return calls_events_batch

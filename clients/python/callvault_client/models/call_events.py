from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
    from ..models.event_create import EventCreate


T = TypeVar("T", bound="CallEvents")


@_attrs_define
class CallEvents:
    """
    Attributes:
        call_id (UUID):
        events (list[EventCreate]): Applied in order, atomically
    """

    call_id: UUID
    events: list[EventCreate]

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_create import EventCreate  # noqa: PLC0415

        call_id = str(self.call_id)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "call_id": call_id,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_create import EventCreate  # noqa: PLC0415

        d = dict(src_dict)
        call_id = UUID(d.pop("call_id"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventCreate.from_dict(events_item_data)

            events.append(events_item)

        call_events = cls(
            call_id=call_id,
            events=events,
        )

        return call_events

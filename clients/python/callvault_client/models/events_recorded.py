from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.decision_read import DecisionRead
    from ..models.recorded_event import RecordedEvent


T = TypeVar("T", bound="EventsRecorded")


@_attrs_define
class EventsRecorded:
    """
    Attributes:
        decision (DecisionRead):
        events (list[RecordedEvent]):
    """

    decision: DecisionRead
    events: list[RecordedEvent]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.decision_read import DecisionRead  # noqa: PLC0415
        from ..models.recorded_event import RecordedEvent  # noqa: PLC0415

        decision = self.decision.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "decision": decision,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision_read import DecisionRead  # noqa: PLC0415
        from ..models.recorded_event import RecordedEvent  # noqa: PLC0415

        d = dict(src_dict)
        decision = DecisionRead.from_dict(d.pop("decision"))

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = RecordedEvent.from_dict(events_item_data)

            events.append(events_item)

        events_recorded = cls(
            decision=decision,
            events=events,
        )

        events_recorded.additional_properties = d
        return events_recorded

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

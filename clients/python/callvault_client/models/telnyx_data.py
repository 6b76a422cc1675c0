from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.telnyx_payload import TelnyxPayload


T = TypeVar("T", bound="TelnyxData")


@_attrs_define
class TelnyxData:
    """
    Attributes:
        event_type (str): Used: call.initiated, call.answered (the answer), call.hangup, call.gather.ended,
            call.recording.started, call.recording.saved, call.recording.stopped, call.recording.error; others are
            acknowledged and ignored
        id (str): The event's id: what identifies the webhook
        payload (TelnyxPayload):
        occurred_at (None | str | Unset): ISO 8601
    """

    event_type: str
    id: str
    payload: TelnyxPayload
    occurred_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.telnyx_payload import TelnyxPayload  # noqa: PLC0415

        event_type = self.event_type

        id = self.id

        payload = self.payload.to_dict()

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        else:
            occurred_at = self.occurred_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_type": event_type,
                "id": id,
                "payload": payload,
            }
        )
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.telnyx_payload import TelnyxPayload  # noqa: PLC0415

        d = dict(src_dict)
        event_type = d.pop("event_type")

        id = d.pop("id")

        payload = TelnyxPayload.from_dict(d.pop("payload"))

        def _parse_occurred_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))

        telnyx_data = cls(
            event_type=event_type,
            id=id,
            payload=payload,
            occurred_at=occurred_at,
        )

        telnyx_data.additional_properties = d
        return telnyx_data

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

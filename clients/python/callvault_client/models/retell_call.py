from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.retell_call_direction import RetellCallDirection
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="RetellCall")


@_attrs_define
class RetellCall:
    """
    Attributes:
        call_id (str):
        direction (RetellCallDirection | Unset):  Default: RetellCallDirection.INBOUND.
        end_timestamp (int | None | Unset): Milliseconds since the epoch (call_ended)
        from_number (None | str | Unset):
        start_timestamp (int | None | Unset): Milliseconds since the epoch (call_started)
        to_number (None | str | Unset):
    """

    call_id: str
    direction: RetellCallDirection | Unset = RetellCallDirection.INBOUND
    end_timestamp: int | None | Unset = UNSET
    from_number: None | str | Unset = UNSET
    start_timestamp: int | None | Unset = UNSET
    to_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        end_timestamp: int | None | Unset
        if isinstance(self.end_timestamp, Unset):
            end_timestamp = UNSET
        else:
            end_timestamp = self.end_timestamp

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        start_timestamp: int | None | Unset
        if isinstance(self.start_timestamp, Unset):
            start_timestamp = UNSET
        else:
            start_timestamp = self.start_timestamp

        to_number: None | str | Unset
        if isinstance(self.to_number, Unset):
            to_number = UNSET
        else:
            to_number = self.to_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
            }
        )
        if direction is not UNSET:
            field_dict["direction"] = direction
        if end_timestamp is not UNSET:
            field_dict["end_timestamp"] = end_timestamp
        if from_number is not UNSET:
            field_dict["from_number"] = from_number
        if start_timestamp is not UNSET:
            field_dict["start_timestamp"] = start_timestamp
        if to_number is not UNSET:
            field_dict["to_number"] = to_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        _direction = d.pop("direction", UNSET)
        direction: RetellCallDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = RetellCallDirection(_direction)

        def _parse_end_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_timestamp = _parse_end_timestamp(d.pop("end_timestamp", UNSET))

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("from_number", UNSET))

        def _parse_start_timestamp(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_timestamp = _parse_start_timestamp(d.pop("start_timestamp", UNSET))

        def _parse_to_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_number = _parse_to_number(d.pop("to_number", UNSET))

        retell_call = cls(
            call_id=call_id,
            direction=direction,
            end_timestamp=end_timestamp,
            from_number=from_number,
            start_timestamp=start_timestamp,
            to_number=to_number,
        )

        retell_call.additional_properties = d
        return retell_call

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
